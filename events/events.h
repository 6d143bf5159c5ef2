// events: parse and validate one case-event/1 record (../shared/spec/case-event.md).
//
// Stage 1 of the pipeline. Pure: no clock, no I/O. Never throws: every record either becomes a
// CaseEvent or a Rejection with a dead-letter reason. Rejection details name the JSON pointer of
// the first offending field and the rule it broke, never the offending value (it may be personal).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/base.h"

namespace disclosure::events {

enum class EventType {
  kCaseReceived,     // case.received 受案
  kCaseFiled,        // case.filed 立案
  kCaseNotFiled,     // case.not_filed 不予立案
  kCaseWithdrawn,    // case.withdrawn 撤销案件
  kCaseClosed,       // case.closed 结案
  kPenaltyDecided,   // penalty.decided 行政处罚决定
  kPenaltyChanged,   // penalty.changed 行政处罚决定变更
  kPenaltyRevoked,   // penalty.revoked 行政处罚决定撤销
  kMeasureImposed,   // measure.imposed 采取强制措施
  kLicenseDecided,   // license.decided 行政许可决定
  kLicenseRevoked,   // license.revoked 行政许可撤销
  kServiceCompleted  // service.completed 办事结果
};
enum class Domain { kCriminal, kAdministrative, kTraffic, kHousehold, kVehicle, kExitEntry };
enum class PartyKind { kPerson, kOrganization };
enum class Role { kSuspect, kOffender, kVictim, kWitness, kComplainant, kApplicant, kAgent, kGuardian };

// Wire names ("penalty.decided", "traffic", "person", "offender") and back.
std::string_view ToString(EventType type);
std::string_view ToString(Domain domain);
std::string_view ToString(PartyKind kind);
std::string_view ToString(Role role);
std::optional<EventType> ParseEventType(std::string_view name);
std::optional<Domain> ParseDomain(std::string_view name);
std::optional<Role> ParseRole(std::string_view name);

// True for penalty.changed, penalty.revoked and license.revoked (they need refers_to).
bool IsRevocation(EventType type);

// Birth date encoded in an 18-digit (YYYYMMDD at 7–14) or 15-digit (YYMMDD, 19YY) resident ID,
// if it is a real date; nullopt for anything else (organization codes included).
std::optional<Date> BirthDateFromResidentId(std::string_view id);

// How a party's minority was established.
enum class MinorBasis { kUnknown, kFlag, kBirthDate, kIdNumber };

struct Party {
  std::string party_id;
  PartyKind kind = PartyKind::kPerson;
  Role role = Role::kWitness;
  PersonalText name;
  std::optional<PersonalText> id_number;   // resident ID or unified social credit code
  std::optional<PersonalText> birth_date;  // "YYYY-MM-DD" as written
  std::optional<PersonalText> gender;
  std::optional<PersonalText> phone;
  std::optional<PersonalText> address;
  std::vector<PersonalText> aliases;
  bool minor = false;  // under 18 at occurred_at: the flag, else birth_date, else the ID number
  MinorBasis minor_basis = MinorBasis::kUnknown;
  bool is_police = false;
  bool confidential = false;  // 报案人要求保密: name removed entirely
};

struct Officer {  // acting in office: name and badge are published as they are
  std::string name;
  std::string badge;
};

struct DecisionInfo {
  std::optional<std::string> document_no;
  std::optional<Date> decided_at;
  std::optional<std::string> result;
  std::optional<std::string> legal_basis;
  std::optional<PersonalText> text;  // full decision document: routinely holds personal data
};

struct CaseEvent {
  EventId event_id;
  EventType type = EventType::kCaseReceived;
  Timestamp occurred_at;
  struct Source {
    std::string system;
    std::string unit_code;  // 12 digits
    std::string unit_name;
  } source;
  PersonalText case_id;  // internal case number: never published as is
  Domain domain = Domain::kCriminal;
  std::string category;
  std::optional<PersonalText> title;
  std::optional<PersonalText> summary;
  std::vector<std::string> tags;
  std::vector<Party> parties;
  std::vector<Officer> officers;
  std::optional<DecisionInfo> decision;
  std::optional<EventId> refers_to;
  // `extra` and unknown top-level fields are not modelled: the original bytes carry them.
};

// Dead-letter reasons, wire names as in spec/case-event.md.
enum class RejectReason {
  kInvalidJson,        // invalid_json
  kInvalidUtf8,        // invalid_utf8
  kTooLarge,           // too_large
  kSchemaViolation,    // schema_violation
  kUnsupportedSchema,  // unsupported_schema
  kUnknownReference,   // unknown_reference (decided by the connector, which knows what was seen)
};
std::string_view ToString(RejectReason reason);

struct Rejection {
  RejectReason reason = RejectReason::kInvalidJson;
  // For schema_violation: "<json pointer>: <what is wrong>", e.g. "/parties/0/role: not one of
  // the allowed values". Never contains the offending value.
  std::string detail;
};

struct Limits {
  size_t max_record_bytes = 1 << 20;  // 1 MiB
  int max_depth = 32;                 // nesting of objects and arrays
  size_t max_string_bytes = 256 << 10;
};

using ParseOutcome = std::variant<CaseEvent, Rejection>;

// Thread-safe after Create: Parse may be called concurrently.
class Parser {
 public:
  // Compiles the embedded JSON Schema (events/schema/case-event.schema.json).
  static Result<std::shared_ptr<const Parser>> Create(const Limits& limits = {});
  ~Parser();

  ParseOutcome Parse(std::string_view bytes) const;

  // The schema text the parser validates against (the file shipped in events/schema/).
  static std::string_view SchemaText();

 private:
  struct Impl;
  explicit Parser(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace disclosure::events
