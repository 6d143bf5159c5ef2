// redaction: build what the public may see of an event's texts (../shared/spec/policy.md §3,
// ../shared/spec/pii-formats.md).
//
// Stage 3 of the pipeline. Pure: a function of (parties, officers, fields, profile). Three
// detectors run over every field: known values of the parties (all written variants), validated
// patterns (IDs, phones, cards, plates, …), and name heuristics. Original values never leave this
// library except inside the caller's own input; spans carry offsets, never values.
// Thread-safe: all functions are reentrant.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "events/events.h"

namespace disclosure::redaction {

enum class PiiClass {
  kPersonName,   // 张三 → 张某, confidential → [保密], minor → [未成年人]
  kIdNumber,     // resident ID → [身份证号]
  kCertificate,  // passport, permits, driving licence → [证件号]
  kPhone,        // [电话]
  kBankAccount,  // [银行账号]
  kPlate,        // plates, VIN, property certificate → [车牌号]
  kContact,      // e-mail, QQ, WeChat, IP, MAC → [联系方式]
  kAddress,      // house-level address detail → [住址]
  kBirthDate,    // [出生日期]
  kMinorDetail,  // a minor's age or school (when a minor is a party) → [未成年人信息]
};
std::string_view ToString(PiiClass cls);  // "person_name", "id_number", …

enum class FoundBy { kKnownValue, kPattern, kHeuristic };
std::string_view ToString(FoundBy how);  // "known_value", "pattern", "heuristic"

// How strictly to redact; the catalog item names its profile.
struct Profile {
  bool keep_legal_representative = false;  // 双公示 listings keep the 法定代表人's name
};

// One text to redact, named by its place in the published item ("content.facts").
struct Field {
  std::string name;
  std::string_view text;
};

// One redacted stretch of an original field. Offsets are UTF-8 byte offsets into the original
// text. No value: only where, what class, and what replaced it.
struct Span {
  Span() = default;
  // Where and what (Redact sets the replacement after).
  Span(const std::string& field, size_t offset, size_t length, PiiClass cls, FoundBy how)
      : field(field), offset(offset), length(length), cls(cls), how(how) {}
  std::string field;
  size_t offset = 0;
  size_t length = 0;
  PiiClass cls = PiiClass::kPersonName;
  FoundBy how = FoundBy::kPattern;
  std::string replacement;
};

// The name each party is published under, by party_id: (party_id, name) in party order, read
// like a map (a repeated id, which no valid event has: find and at give its last party).
struct PartyNames {
  using Entry = std::pair<std::string, std::string>;  // (party_id, published name)
  using Iterator = std::vector<Entry>::const_iterator;
  std::vector<Entry> entries;

  Iterator begin() const { return entries.begin(); }
  Iterator end() const { return entries.end(); }
  // The last entry of `id`, or end(): a linear search from the back (an event's parties are
  // few, and the event parser's duplicate check is linear in them too).
  Iterator find(std::string_view id) const;
  // The name of `id` (its last entry); throws std::out_of_range when there is none.
  const std::string& at(std::string_view id) const;
  bool operator==(const PartyNames&) const = default;
};

// The spans of each (field, class) of an item, ascending by (field, class) as a map would hold
// them, in one vector: an item has a few (a map allocated a node for each, and a process that
// redacts item after item paid for them in the allocator).
struct ClassCounts {
  using Key = std::pair<std::string, PiiClass>;  // (field, class)
  using Entry = std::pair<Key, int>;             // ((field, class), spans)
  using Iterator = std::vector<Entry>::const_iterator;
  std::vector<Entry> entries;  // ascending by key, one per key

  Iterator begin() const { return entries.begin(); }
  Iterator end() const { return entries.end(); }
  size_t size() const { return entries.size(); }
  bool empty() const { return entries.empty(); }
  // The count of `key`; throws std::out_of_range when there is none.
  int at(const Key& key) const;
  bool operator==(const ClassCounts&) const = default;
};

struct RedactedItem {
  std::vector<std::pair<std::string, std::string>> fields;  // (name, redacted text), input order
  std::vector<Span> spans;                                  // in field order, then offset order
  ClassCounts counts;                                       // (field, class) → spans
  // The name each party is published under (张某, 张某1, 欧阳某, [保密], [未成年人]), by party_id;
  // organizations (not 个体工商户) keep their name.
  PartyNames party_names;
  // The redactor met something it could not classify with confidence (an unlisted probable
  // person name, a number that may be personal): the item needs review (redaction_review).
  bool doubt = false;
};

struct ResidualReport;

// The parties and officers of one event, prepared once (every written variant of their names,
// numbers and address details, compiled for matching) and then used for every field by Redact
// and for the last-line check by CheckOutgoing. Copies what it needs: the spans may go away.
// Immutable once built; one object may be used by one thread at a time. A moved-from object may
// only be assigned to or destroyed.
class Parties {
 public:
  explicit Parties(std::span<const events::Party> parties,
                   std::span<const events::Officer> officers = {});
  ~Parties();
  Parties(Parties&&) noexcept;
  Parties& operator=(Parties&&) noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  friend RedactedItem Redact(const Parties&, std::span<const Field>, const Profile&);
  friend ResidualReport CheckOutgoing(std::string_view, const Parties&);
};

// Redacts `fields` of one item. Names are numbered (张某1, 张某2) across all fields in order of
// first appearance. Officers acting in office, organizations and their credit codes are kept.
RedactedItem Redact(const Parties& parties, std::span<const Field> fields,
                    const Profile& profile = {});
// The same, preparing the parties for this one call.
RedactedItem Redact(std::span<const events::Party> parties,
                    std::span<const events::Officer> officers, std::span<const Field> fields,
                    const Profile& profile = {});

// Last line of defence (最后一道防线): what the pipeline checks in an item just before it goes
// out. Counts by class only; never values.
struct ResidualReport {
  std::map<PiiClass, int> hits;  // validated patterns and known values still present
  int suspect_ids = 0;           // 18-digit ID-shaped numbers with a failing check digit
  bool clean() const { return hits.empty() && suspect_ids == 0; }
};

// Scans an outgoing item once more: validated patterns, and every known value of the
// natural-person parties in all written variants. The item is a published JSON document, whose
// string values are unescaped and scanned one by one, or plain text: a text that starts with '{'
// or '[' is read as JSON only where nothing but JSON's punctuation, numbers and literals lies
// outside its strings (a redacted text starting with [未成年人] is checked whole).
// Organizations' names and credit codes, document numbers and hotlines do not count. A hit means
// the item must not be published unreviewed (reason residual_personal_data).
// The officers a Parties object holds play no part here.
ResidualReport CheckOutgoing(std::string_view published_json_or_text, const Parties& parties);
// The same, preparing the parties for this one call.
ResidualReport CheckOutgoing(std::string_view published_json_or_text,
                             std::span<const events::Party> parties);

// A value that must survive redaction (the reverse guard).
struct MustKeepValue {
  enum class Kind { kUnitName, kDocumentNumber, kLegalBasis, kOfficer, kOrganization };
  Kind kind = Kind::kUnitName;
  std::string value;
};
std::string_view ToString(MustKeepValue::Kind kind);  // "unit_name", "document_no", …

// The must-keep values of an event: the deciding unit's name, the decision's document number
// and legal basis, the officers' names and badges, and each organization's name and unified
// social credit code (not a 个体工商户's).
std::vector<MustKeepValue> MustKeepValues(const events::CaseEvent& event);

// The must-keep values that occur in some input field but no longer in the same field of
// `redacted` (masked: a bug). Returns their kinds in `values` order; empty when all survived.
std::vector<MustKeepValue::Kind> MustKeepCheck(std::span<const Field> fields,
                                               const RedactedItem& redacted,
                                               std::span<const MustKeepValue> values);

// True if `code` is a valid 18-character unified social credit code (统一社会信用代码).
bool IsUnifiedSocialCreditCode(std::string_view code);
// True if `id` is an 18-digit resident ID with a valid check digit and birth date.
bool IsValidResidentId(std::string_view id);

}  // namespace disclosure::redaction
