// Redact: fold every field, run the detectors, resolve overlaps, number the people who would
// read alike, then render. Two phases so that numbering follows first appearance across fields.
#include "redaction/redaction.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <memory_resource>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "redaction/detectors.h"
#include "redaction/matcher.h"
#include "redaction/text.h"

namespace disclosure::redaction {

std::string_view ToString(PiiClass cls) {
  switch (cls) {
    case PiiClass::kPersonName:
      return "person_name";
    case PiiClass::kIdNumber:
      return "id_number";
    case PiiClass::kCertificate:
      return "certificate";
    case PiiClass::kPhone:
      return "phone";
    case PiiClass::kBankAccount:
      return "bank_account";
    case PiiClass::kPlate:
      return "plate";
    case PiiClass::kContact:
      return "contact";
    case PiiClass::kAddress:
      return "address";
    case PiiClass::kBirthDate:
      return "birth_date";
    case PiiClass::kMinorDetail:
      return "minor_detail";
  }
  return "unknown";
}

std::string_view ToString(FoundBy how) {
  switch (how) {
    case FoundBy::kKnownValue:
      return "known_value";
    case FoundBy::kPattern:
      return "pattern";
    case FoundBy::kHeuristic:
      return "heuristic";
  }
  return "unknown";
}

namespace {

using internal::Candidate;
using internal::Findings;
using internal::FoldValue;
using internal::Range;

std::string_view Placeholder(PiiClass cls) {
  switch (cls) {
    case PiiClass::kIdNumber:
      return "[身份证号]";
    case PiiClass::kCertificate:
      return "[证件号]";
    case PiiClass::kPhone:
      return "[电话]";
    case PiiClass::kBankAccount:
      return "[银行账号]";
    case PiiClass::kPlate:
      return "[车牌号]";
    case PiiClass::kContact:
      return "[联系方式]";
    case PiiClass::kAddress:
      return "[住址]";
    case PiiClass::kBirthDate:
      return "[出生日期]";
    case PiiClass::kMinorDetail:
      return "[未成年人信息]";
    case PiiClass::kPersonName:
      break;
  }
  return "某";
}

constexpr size_t kNever = std::numeric_limits<size_t>::max();
constexpr int kClassCount = static_cast<int>(PiiClass::kMinorDetail) + 1;

// A natural person (or 个体工商户) listed as a party. Parties with the same name are one
// person. (What a call of Redact learns of a person, and the unlisted names the heuristic
// finds, are that call's.)
struct Person {
  std::string_view name;  // folded (a view of the bytes of the KnownValues that lists it)
  int first_party = -1;
  bool confidential = false;
  bool minor = false;
};

enum class EntryKind { kPersonName, kValue, kProtect };
struct Entry {
  EntryKind kind = EntryKind::kValue;
  PiiClass cls = PiiClass::kPersonName;
  int person = -1;
};

inline bool IsBlank(char c) { return c == ' ' || c == '\t'; }
std::string_view TrimSlow(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}
// Inline for the common case, a value with nothing to trim (two compares each end).
inline std::string_view Trim(std::string_view s) {
  if (s.empty() || (!IsBlank(s.front()) && !IsBlank(s.back()))) return s;
  return TrimSlow(s);
}

// True if all eight bytes of `word` are ASCII digits (byte by byte: no carry or borrow crosses
// into the next byte, so byte order does not matter).
bool EightDigits(uint64_t word) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  const uint64_t at_least_0 = (word | kHigh) - 0x3030303030303030ull;  // bit 7 kept: >= '0'
  const uint64_t above_9 = word + 0x4646464646464646ull;               // bit 7 set: > '9'
  return (word & kHigh) == 0 && (at_least_0 & kHigh) == kHigh && (above_9 & kHigh) == 0;
}

}  // namespace

namespace internal {

std::string_view WithoutCountryCode(std::string_view digits) {
  if (digits.size() == 13 && digits.starts_with("86")) {
    digits.remove_prefix(2);
  } else if (digits.size() == 15 && digits.starts_with("0086")) {
    digits.remove_prefix(4);
  }
  return digits;
}

std::string_view NormalizeDigitsTo(std::string_view folded, char* const begin) {
  char* w = begin;
  size_t i = 0;
  // Eight plain digits at a time first (most numbers are written without separators).
  for (; i + 8 <= folded.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, folded.data() + i, 8);
    if (!EightDigits(word)) break;
    std::memcpy(w, &word, 8);
    w += 8;
  }
  size_t x = std::string::npos;  // where the first X went
  for (; i < folded.size(); ++i) {
    const char c = folded[i];
    if (IsDigit(static_cast<unsigned char>(c))) {
      *w++ = c;
    } else if (c == 'x' || c == 'X') {
      if (x == std::string::npos) x = static_cast<size_t>(w - begin);
      *w++ = 'X';
    } else if (c != ' ' && c != '-' && c != '+' && c != '(' && c != ')') {
      return {};
    }
  }
  const std::string_view all(begin, static_cast<size_t>(w - begin));
  const std::string_view digits = WithoutCountryCode(all);
  const size_t cut = all.size() - digits.size();
  // An X only at the end (the first X: "86" and "0086" hold none).
  if (x != std::string::npos && x - cut + 1 != digits.size()) return {};
  return digits;
}

std::string NormalizeDigits(std::string_view folded) {
  std::string buffer(folded.size(), '\0');
  return std::string(NormalizeDigitsTo(folded, buffer.data()));
}

bool IsPlainNumber(std::string_view value) {
  const size_t n = value.size();
  if (n < 8) {
    if (n == 0) return false;
    for (size_t i = 0; i + 1 < n; ++i) {
      if (!IsDigit(static_cast<unsigned char>(value[i]))) return false;
    }
    return IsDigit(static_cast<unsigned char>(value[n - 1])) || value[n - 1] == 'X';
  }
  // Whole words, the last one overlapping the one before it, with a final X read as a digit.
  char last[8];
  std::memcpy(last, value.data() + n - 8, 8);
  if (last[7] == 'X') last[7] = '0';
  uint64_t word;
  std::memcpy(&word, last, 8);
  if (!EightDigits(word)) return false;
  for (size_t i = 0; i + 8 < n; i += 8) {
    std::memcpy(&word, value.data() + i, 8);
    if (!EightDigits(word)) return false;
  }
  return true;
}

}  // namespace internal

namespace {

size_t CharCount(std::string_view s) { return internal::CharCount(s); }
// CharCount(s) >= 2, without counting them all.
bool TwoCharsOrMore(std::string_view s) {
  if (s.size() < 2) return false;
  if (s.size() > 4) return true;  // a character has at most four bytes
  char32_t cp;
  return internal::DecodeUtf8Checked(s, 0, &cp) < s.size();
}

// A set of short strings for one item: the bytes in one arena, an open-addressing table of
// indices (no allocation per string). Each string carries what the item knows of it (Info).
class NameSet {
 public:
  explicit NameSet(std::pmr::memory_resource* memory = std::pmr::get_default_resource())
      : bytes_(memory), keys_(memory), slots_(memory) {}
  // What KnownValues knows of a name (a full name and a variant are one name in one set: one
  // hash and one probe each, one table to fetch).
  struct Info {
    int person = -1;     // the listed person whose full name this is, or -1
    bool owned = false;  // added as a name variant (to its first owner)
  };
  void Reserve(size_t count) {
    size_t slots = 16;
    while (slots < 2 * count) slots *= 2;
    Rehash(slots);
    keys_.reserve(count);
    bytes_.Reserve(count * 12);
  }
  // Adds `name`; returns its index (in order of first insertion) and whether it was new.
  std::pair<int, bool> Insert(std::string_view name) {
    const uint64_t h = Hash(name);
    if (2 * (keys_.size() + 1) > slots_.size()) Rehash(slots_.empty() ? 16 : 2 * slots_.size());
    for (size_t k = h & (slots_.size() - 1);; k = (k + 1) & (slots_.size() - 1)) {
      const int32_t slot = slots_[k] - 1;
      if (slot < 0) {
        const auto index = static_cast<int32_t>(keys_.size());
        slots_[k] = index + 1;
        keys_.push_back(
            {h, static_cast<uint32_t>(bytes_.Append(name)), static_cast<uint32_t>(name.size())});
        return {index, true};
      }
      const Key& key = keys_[static_cast<size_t>(slot)];
      if (key.hash == h && internal::EqualShort(At(slot), name)) {
        return {slot, false};
      }
    }
  }

  // The index of `name`, or -1.
  int Find(std::string_view name) const {
    if (slots_.empty()) return -1;
    const uint64_t h = Hash(name);
    for (size_t k = h & (slots_.size() - 1);; k = (k + 1) & (slots_.size() - 1)) {
      const int32_t slot = slots_[k] - 1;
      if (slot < 0) return -1;
      const Key& key = keys_[static_cast<size_t>(slot)];
      if (key.hash == h && internal::EqualShort(At(slot), name)) {
        return slot;
      }
    }
  }
  size_t size() const { return keys_.size(); }
  static uint64_t Hash(std::string_view s) { return internal::HashBytes(s); }
  // The name with index `index`.
  std::string_view At(int index) const {
    const Key& key = keys_[static_cast<size_t>(index)];
    return bytes_.View(key.offset, key.length);
  }
  Info& info(int index) { return keys_[static_cast<size_t>(index)].info; }
  const Info& info(int index) const { return keys_[static_cast<size_t>(index)].info; }

 private:
  struct Key {
    uint64_t hash;
    uint32_t offset;
    uint32_t length;
    Info info;
  };
  void Rehash(size_t slots) {
    if (slots <= slots_.size()) return;
    slots_.assign(slots, 0);
    for (size_t i = 0; i < keys_.size(); ++i) {
      size_t k = keys_[i].hash & (slots - 1);
      while (slots_[k] != 0) k = (k + 1) & (slots - 1);
      slots_[k] = static_cast<int32_t>(i + 1);
    }
  }
  internal::ByteArena bytes_;
  std::pmr::vector<Key> keys_;
  // Index + 1 of a key, 0 where empty: a table of zeros is set by one memset, not a loop.
  std::pmr::vector<int32_t> slots_;
};

// What a scan is for: Redact (officers protected, name heuristics on) or CheckOutgoing (the
// parties' values only: officers' entries are skipped, no heuristics).
enum class ScanMode { kRedact, kCheck };

// The parties' and officers' values, compiled once per event (Parties) and then only read.
class KnownValues {
 public:
  KnownValues(std::span<const events::Party> parties, std::span<const events::Officer> officers)
      : memory_(MemoryFor(parties.size(), officers.size())),
        persons_(&memory_),
        forms_(&memory_),
        names_(&memory_),
        party_person_(&memory_),
        matcher_(&memory_),
        entries_(&memory_),
        digits_(&memory_),
        birth_dates_(&memory_) {
    // Nothing to prepare (Redact of an item without parties or officers): no allocation (the
    // memory resource allocates its first block on first use).
    if (parties.empty() && officers.empty()) return;
    // Each party's strings are read in turn below: when the party list is not in the cache,
    // fetching them all first lets their loads overlap instead of waiting on each in turn.
    for (const events::Party& party : parties) {
      // (The lines of the party that the loads below do not touch: birth date, aliases, flags.)
      __builtin_prefetch(&party.birth_date);
      __builtin_prefetch(&party.confidential);
      __builtin_prefetch(party.name.reveal().data());
      if (party.id_number) __builtin_prefetch(party.id_number->reveal().data());
      if (party.phone) __builtin_prefetch(party.phone->reveal().data());
      if (party.address) __builtin_prefetch(party.address->reveal().data());
    }
    party_person_.assign(parties.size(), -1);
    names_.Reserve(4 * parties.size() + 8);
    persons_.reserve(parties.size() + 8);
    forms_.reserve(parties.size() + 8);
    entries_.reserve(8 * parties.size() + 2 * officers.size() + 8);
    digits_.Reserve(2 * parties.size() + officers.size());
    matcher_.Reserve(8 * parties.size() + 2 * officers.size() + 8, 128 * parties.size() + 64);
    std::pmr::vector<int> given_names(&memory_);  // the persons whose given names are added last
    given_names.reserve(parties.size());
    // The parts of dotted names (阿依古丽·买买提: 阿依古丽, 买买提), added with the given names.
    std::pmr::vector<std::pair<int, int>> name_parts(&memory_);  // (index in names_, person)
    birth_dates_.reserve(parties.size());
    for (size_t k = 0; k < parties.size(); ++k) {
      const events::Party& party = parties[k];
      const std::string_view given_id =
          party.id_number ? Trim(party.id_number->reveal()) : std::string_view();
      const bool plain_id = internal::IsPlainNumber(given_id);
      const std::string_view id = plain_id ? given_id : internal::FoldedValue(given_id, &id_);
      if (party.kind == events::PartyKind::kOrganization && !id.starts_with("92")) {
        AddOrganization(party, id);
        continue;
      }
      const std::string_view name = Folded(Trim(party.name.reveal()));
      const int name_index = names_.Insert(name).first;  // the name's bytes, kept
      const int person = PersonFor(name_index, static_cast<int>(k));
      party_person_[k] = person;
      persons_[person].confidential = persons_[person].confidential || party.confidential;
      persons_[person].minor = persons_[person].minor || party.minor;
      scan_options_.minor_present = scan_options_.minor_present || party.minor;
      if (TwoCharsOrMore(name)) {
        AddNameAt(name_index, name, person);
        AddNameWrittenApart(name, person, party.minor || party.confidential, &name_parts);
      }
      for (const PersonalText& alias : party.aliases)
        AddName(Folded(Trim(alias.reveal())), person);
      if (party.kind == events::PartyKind::kPerson) {
        given_names.push_back(person);
      }
      if (!id.empty()) {
        AddFoldedNumber(id, plain_id,
                        id.starts_with("92") ? PiiClass::kCertificate : PiiClass::kIdNumber);
      }
      if (party.phone) AddNumberAsGiven(party.phone->reveal(), PiiClass::kPhone);
      if (party.address) AddPersonAddress(Folded(Trim(party.address->reveal())), party.minor);
      if (party.birth_date) {
        if (auto date = Date::Parse(party.birth_date->reveal())) birth_dates_.push_back(*date);
      }
    }
    // Given names last: a full name or alias of someone else wins over a given name.
    for (const int person : given_names) {
      if (const std::string_view given = forms_[person].Given(); !given.empty()) {
        AddName(given, person);
      }
    }
    for (const auto& [index, person] : name_parts) AddName(names_.At(index), person);
    // Officers' entries come last: CheckOutgoing skips them (it never knew the officers).
    officer_entries_ = entries_.size();
    for (const events::Officer& officer : officers) {
      AddProtected(FoldValue(Trim(officer.name)));
      const std::string badge = FoldValue(Trim(officer.badge));
      if (const std::string digits = internal::NormalizeDigits(badge); !digits.empty()) {
        digits_.Add(digits, {PiiClass::kPhone, /*protect=*/true});
      } else {
        AddProtected(badge);
      }
    }
    matcher_.Build();
    digits_.Build();
    // The persons' names are views of names_'s bytes, which no longer move.
    for (size_t k = 0; k < names_.size(); ++k) {
      if (const int person = names_.info(static_cast<int>(k)).person; person >= 0) {
        persons_[static_cast<size_t>(person)].name = names_.At(static_cast<int>(k));
      }
    }
  }

  std::span<const Person> persons() const { return persons_; }
  // The masked name (张某) of listed person k.
  std::string_view Masked(size_t k) const { return forms_[k].Masked(); }
  int PartyPerson(size_t party) const { return party_person_[party]; }
  // The listed person named `name`, or -1.
  int FindPerson(std::string_view name) const {
    const int found = names_.Find(name);
    return found < 0 ? -1 : names_.info(found).person;
  }

  // Known-value, pattern and heuristic candidates and protected spans of one folded field,
  // followed by a NUL byte (a FoldedText's text or a std::string).
  void Scan(std::string_view folded, ScanMode mode, Findings* out) const {
    if (!matcher_.empty()) ScanKnown(folded, mode, out);
    internal::ScanOptions options = scan_options_;
    options.name_heuristics = mode == ScanMode::kRedact;
    options.protected_digits = mode == ScanMode::kRedact;
    internal::ScanPatterns(folded, digits_, birth_dates_, options, out);
  }

  void ScanKnown(std::string_view folded, ScanMode mode, Findings* out) const {
    const size_t limit = mode == ScanMode::kRedact ? entries_.size() : officer_entries_;
    matcher_.Scan(folded, [&](size_t begin, size_t end, int id) {
      if (static_cast<size_t>(id) >= limit) return;
      const Entry& entry = entries_[id];
      if (entry.kind == EntryKind::kProtect) {
        out->protect.push_back({begin, end, /*known=*/true});
        return;
      }
      Candidate c;
      c.begin = begin;
      c.end = end;
      c.cls = entry.cls;
      c.how = FoundBy::kKnownValue;
      c.person = entry.person;
      out->candidates.push_back(c);
    });
  }

 private:
  // The person whose full name is names_'s name `index` (an index into persons_). A new
  // person's name is set at the end of the constructor.
  int PersonFor(int index, int party) {
    NameSet::Info& info = names_.info(index);
    if (info.person < 0) {
      info.person = static_cast<int>(persons_.size());
      persons_.emplace_back().first_party = party;
      forms_.push_back(internal::NameForms(names_.At(index)));
    }
    return info.person;
  }

  void AddEntry(std::string_view value, Entry entry) {
    if (value.empty()) return;
    matcher_.Add(value, static_cast<int>(entries_.size()));
    entries_.push_back(entry);
  }

  // A name variant; a variant already naming someone else is skipped (it cannot tell them
  // apart), as is a single character (it would hit ordinary words).
  void AddName(std::string_view name, int person) {
    if (TwoCharsOrMore(name)) AddNameAt(names_.Insert(name).first, name, person);
  }
  // The same for `name` (two characters or more) with index `index` in names_.
  void AddNameAt(int index, std::string_view name, int person) {
    NameSet::Info& info = names_.info(index);
    if (info.owned) return;
    info.owned = true;
    AddEntry(name, {EntryKind::kPersonName, PiiClass::kPersonName, person});
  }

  // The ways a listed full name is written apart (folded: every kind of space is ' '). A name
  // of two ideographs spaced to align with names of three in a form (张　三; a name of three is
  // the width it is aligned to, and is spaced only by mistake: looked for only where `no_trace`).
  // A dotted minority name with another separator or none (阿依古丽．买买提, 阿依古丽买买提);
  // its parts of two characters or more go into `parts`, for later (a part is one person's own
  // name, as a given name is, and ranks with those).
  void AddNameWrittenApart(std::string_view name, int person, bool no_trace,
                           std::pmr::vector<std::pair<int, int>>* parts) {
    constexpr std::string_view kDot = "·";  // folded: every middle dot is U+00B7
    if (name.find(kDot) != std::string_view::npos) {
      std::vector<std::string_view> split;
      for (size_t from = 0;;) {
        const size_t dot = name.find(kDot, from);
        split.push_back(name.substr(from, dot - from));
        if (dot == std::string_view::npos) break;
        from = dot + kDot.size();
      }
      std::string variant;
      for (std::string_view sep : {".", "", " ", "-"}) {
        variant.clear();
        for (size_t k = 0; k < split.size(); ++k) {
          if (k > 0) variant.append(sep);
          variant.append(split[k]);
        }
        AddName(variant, person);
      }
      for (std::string_view part : split) {
        if (TwoCharsOrMore(part)) parts->emplace_back(names_.Insert(part).first, person);
      }
      return;
    }
    // Spaced at every character (张 三, 王 建 国: a text pasted from a PDF spaces them all;
    // 张　　三 with two spaces, as forms align names); of three or four, where `no_trace`, also
    // spaced once anywhere (李 小明 would leave 李 before the given name found alone).
    const size_t chars = name.size() / 3;
    if (!internal::IdeographsOnly(name, 4) || chars < 2) return;
    char spaced[32];  // (4 · 3 bytes and 3 · 2 spaces; more room for the compiler's bounds)
    size_t n = 0;
    for (const std::string_view gap : {" ", "  "}) {
      n = 0;
      for (size_t k = 0; k < name.size(); k += 3) {
        if (k > 0) {
          std::memcpy(spaced + n, gap.data(), gap.size());
          n += gap.size();
        }
        std::memcpy(spaced + n, name.data() + k, 3);
        n += 3;
      }
      AddName({spaced, n}, person);
    }
    for (size_t at = 3; no_trace && chars >= 3 && at < name.size(); at += 3) {  // one space
      std::memcpy(spaced, name.data(), at);
      spaced[at] = ' ';
      std::memcpy(spaced + at + 1, name.data() + at, name.size() - at);
      AddName({spaced, name.size() + 1}, person);
    }
  }

  void AddProtected(std::string_view value) {
    if (TwoCharsOrMore(value)) AddEntry(value, {EntryKind::kProtect, PiiClass::kPersonName, -1});
  }

  // A number as given (not folded yet): one written as digits alone goes in as it is.
  void AddNumberAsGiven(std::string_view value, PiiClass cls) {
    const bool plain = internal::IsPlainNumber(value);
    AddFoldedNumber(plain ? value : Folded(value), plain, cls);
  }
  // A folded number; `plain`: IsPlainNumber (then its digits need no normalizing).
  void AddFoldedNumber(std::string_view folded, bool plain, PiiClass cls) {
    if (plain) {
      AddDigits(internal::WithoutCountryCode(folded), cls);
    } else {
      AddNumber(folded, cls);
    }
  }

  // A number's normalized digits (NormalizeDigits).
  void AddDigits(std::string_view digits, PiiClass cls) {
    if (digits.size() < 5) return;
    digits_.Add(digits, {cls, /*protect=*/false});
    NoteListedNumber(digits.ends_with('X') ? digits.size() - 1 : digits.size());  // numerals
    if (cls == PiiClass::kPhone) {
      // A landline is written without its area code too (座机6123457).
      if (const std::string_view local = internal::LandlineLocalNumber(digits); !local.empty()) {
        digits_.Add(local, {cls, /*protect=*/false});
      }
    }
    // Also as bytes, to be found glued inside a longer run of digits.
    if (digits.size() >= 7) {
      AddEntry(digits, {EntryKind::kValue, cls, -1});
      if (digits.back() == 'X') {
        // And with a lower-case x (the matcher compares bytes). The matcher keeps a copy.
        char local[64];
        std::string long_lower;  // (digits may be in long_number_)
        char* const lower = digits.size() <= sizeof local
                                ? local
                                : (long_lower.resize(digits.size()), long_lower.data());
        std::memcpy(lower, digits.data(), digits.size());
        lower[digits.size() - 1] = 'x';
        AddEntry({lower, digits.size()}, {EntryKind::kValue, cls, -1});
      }
    }
  }

  // (Not a landline's local number: in Chinese numerals it is found after its label only, and
  // the scan samples the text less often for numbers of eleven digits or more.)
  void NoteListedNumber(size_t digits) {
    size_t& fewest = scan_options_.listed_number_digits;
    if (fewest == 0 || digits < fewest) fewest = digits;
  }

  void AddNumber(std::string_view folded, PiiClass cls) {
    // Numbers are short: their digits go into a local buffer (long_number_ for a long value).
    char local[64];
    char* const buffer = folded.size() <= sizeof local
                             ? local
                             : (long_number_.resize(folded.size()), long_number_.data());
    const std::string_view digits = internal::NormalizeDigitsTo(folded, buffer);
    if (digits.size() >= 5) {
      AddDigits(digits, cls);
    } else if (digits.empty() && CharCount(folded) >= 5) {
      std::string upper(folded);
      for (char& c : upper) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      }
      AddEntry(upper, {EntryKind::kValue, PiiClass::kCertificate, -1});
    }
  }

  void AddPersonAddress(std::string_view address, bool minor) {
    internal::FindAddressDetails(address, &details_);
    const std::vector<Range>& details = details_;
    for (const Range& r : details) {
      AddEntry(std::string_view(address).substr(r.begin, r.end - r.begin),
               {EntryKind::kValue, PiiClass::kAddress, -1});
    }
    if (details.empty()) {
      // No house number: what follows the township (乡, 镇, 街道) is still below it.
      size_t cut = std::string::npos;
      for (std::string_view level : {"乡", "镇", "街道"}) {
        const size_t at = address.rfind(level);
        if (at != std::string::npos && (cut == std::string::npos || at + level.size() > cut)) {
          cut = at + level.size();
        }
      }
      const std::string_view rest =
          cut == std::string::npos ? std::string_view() : std::string_view(address).substr(cut);
      if (cut != std::string::npos && TwoCharsOrMore(rest)) {
        AddEntry(rest, {EntryKind::kValue, PiiClass::kAddress, -1});
      }
    }
    // Nothing may identify a minor: the whole address goes.
    if (minor && TwoCharsOrMore(address)) {
      AddEntry(address, {EntryKind::kValue, PiiClass::kAddress, -1});
    }
  }

  void AddOrganization(const events::Party& party, std::string_view id) {
    AddProtected(FoldValue(Trim(party.name.reveal())));
    if (!id.empty()) {
      std::string upper(id);
      for (char& c : upper) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      }
      AddProtected(upper);
    }
    if (party.address) {
      const std::string address = FoldValue(Trim(party.address->reveal()));
      AddProtected(address);
      internal::FindAddressDetails(address, &details_);
      for (const Range& r : details_) {
        AddProtected(std::string_view(address).substr(r.begin, r.end - r.begin));
      }
    }
    if (party.phone) AddNumberAsGiven(party.phone->reveal(), PiiClass::kPhone);
  }

  // `value` folded: `value` itself, or a view of the reused buffer folded_ (valid until the
  // next call).
  std::string_view Folded(std::string_view value) { return internal::FoldedValue(value, &folded_); }

  // A first block of memory for the tables below (the matcher's 16 KB filter, and about a
  // kilobyte a party), so that most items allocate once, and free once.
  static size_t MemoryFor(size_t parties, size_t officers) {
    return parties + officers == 0 ? 0 : 24 * 1024 + 1024 * parties + 256 * officers;
  }
  // Every table of this object after the constructor's working room lives here: one allocation
  // (or a few, for many parties) instead of about twenty, and none freed one by one. Declared
  // first: it outlives them.
  std::pmr::monotonic_buffer_resource memory_;
  // Working room of the constructor, reused from party to party.
  std::string folded_;
  std::string long_number_;     // AddNumber's digits of a value longer than 64 bytes
  std::string id_;              // the folded ID number of the party being added, if it folds
  std::vector<Range> details_;  // the address details of the party being added
  std::pmr::vector<Person> persons_;
  std::pmr::vector<internal::NameForm> forms_;  // MaskedName and GivenName of each person
  size_t officer_entries_ = 0;                  // entries_ from here on are the officers'
  NameSet names_;  // the persons' full names and the name variants added
  std::pmr::vector<int> party_person_;
  internal::MultiMatcher matcher_;
  std::pmr::vector<Entry> entries_;
  internal::KnownDigits digits_;
  std::pmr::vector<Date> birth_dates_;
  internal::ScanOptions scan_options_;
};

int HowRank(FoundBy how) {
  switch (how) {
    case FoundBy::kKnownValue:
      return 0;
    case FoundBy::kPattern:
      return 1;
    case FoundBy::kHeuristic:
      return 2;
  }
  return 3;
}

}  // namespace

namespace internal {

// Whether a candidate is kept depends only on the candidates it overlaps, so the choice is made
// cluster by cluster (a cluster: candidates linked by overlaps, in order of begin). Most clusters
// are one candidate, kept as it is; only the others are ordered by preference.
std::vector<Candidate> Resolve(Findings& findings) {
  std::vector<Candidate> accepted;
  Resolve(findings, &accepted);
  return accepted;
}

void Resolve(Findings& findings, std::vector<Candidate>* const out) {
  out->clear();
  if (findings.candidates.empty()) return;
  auto& protect = findings.protect;
  std::sort(protect.begin(), protect.end(),
            [](const Range& a, const Range& b) { return a.begin < b.begin; });
  // Working room kept by each thread from call to call (Resolve runs for every field and every
  // outgoing string: most have a few candidates, and an allocation would cost more than they).
  thread_local std::vector<size_t> max_end;  // max end over protect[0..k]
  max_end.resize(protect.size());
  for (size_t k = 0; k < protect.size(); ++k) {
    max_end[k] = std::max(protect[k].end, k > 0 ? max_end[k - 1] : 0);
  }
  auto vetoed = [&](const Candidate& c) {
    // Protected spans starting before c ends; walk back while one may still reach into c.
    size_t k = static_cast<size_t>(
        std::lower_bound(protect.begin(), protect.end(), c.end,
                         [](const Range& p, size_t end) { return p.begin < end; }) -
        protect.begin());
    while (k-- > 0 && max_end[k] > c.begin) {
      const Range& p = protect[k];
      if (c.how == FoundBy::kKnownValue && !p.known) continue;
      const bool overlaps = c.begin < p.end && p.begin < c.end;
      const bool contains =
          c.begin <= p.begin && p.end <= c.end && c.end - c.begin > p.end - p.begin;
      if (overlaps && !contains) return true;
    }
    return false;
  };
  // The candidates that stand, by begin (then as found: the scans report mostly in order).
  struct Live {
    size_t begin;
    uint32_t index;
  };
  const std::vector<Candidate>& all = findings.candidates;
  thread_local std::vector<Live> live;
  live.clear();
  for (size_t k = 0; k < all.size(); ++k) {
    const Candidate& c = all[k];
    if (c.end > c.begin && !vetoed(c)) live.push_back({c.begin, static_cast<uint32_t>(k)});
  }
  auto by_begin = [](const Live& a, const Live& b) {
    return a.begin < b.begin || (a.begin == b.begin && a.index < b.index);
  };
  // The scans report in runs sorted by begin: the known values', then the patterns'. Two runs
  // (an item with parties) are merged without a branch on the data (a sort's comparisons of
  // the two interleaved runs mispredicted); more are sorted. The same order either way: the
  // index breaks every tie.
  if (const auto second = std::is_sorted_until(live.begin(), live.end(), by_begin);
      second != live.end()) {
    if (std::is_sorted(second, live.end(), by_begin)) {
      thread_local std::vector<Live> first_run;
      first_run.assign(live.begin(), second);
      const Live* a = first_run.data();
      const Live* const a_end = a + first_run.size();
      const Live* b = &*second;
      const Live* const b_end = live.data() + live.size();
      Live* out = live.data();
      while (a != a_end && b != b_end) {
        const bool take_b = by_begin(*b, *a);
        *out++ = take_b ? *b : *a;
        b += take_b ? 1 : 0;
        a += take_b ? 0 : 1;
      }
      while (a != a_end) *out++ = *a++;  // (the rest of b is in place)
    } else {
      std::sort(live.begin(), live.end(), by_begin);
    }
  }
  // Preference within a cluster: guesses (the name heuristic) last whatever their length (a
  // known value or a validated pattern they overlap is certain, the guess is not: 欧阳不称, the
  // party 欧阳); then longer first, then by how found, then by begin, then as found. As two
  // words compared in turn (guess, the length's complement; how, begin), then the index.
  struct Order {
    uint64_t high;
    uint64_t low;
    uint32_t index;
  };
  constexpr uint64_t kLengthBits = (uint64_t{1} << 63) - 1;
  thread_local std::vector<Order> pool;
  thread_local std::vector<Candidate> chosen;  // of one cluster: sorted by begin, no overlaps
  std::vector<Candidate>& accepted = *out;
  accepted.reserve(live.size());
  for (size_t first = 0; first < live.size();) {
    size_t reach = all[live[first].index].end;
    size_t last = first + 1;
    while (last < live.size() && live[last].begin < reach) {
      reach = std::max(reach, all[live[last].index].end);
      ++last;
    }
    if (last == first + 1) {
      accepted.push_back(all[live[first].index]);
      first = last;
      continue;
    }
    pool.clear();
    for (size_t k = first; k < last; ++k) {
      const Candidate& c = all[live[k].index];
      const uint64_t guess = c.how == FoundBy::kHeuristic ? 1 : 0;
      pool.push_back({guess << 63 | (kLengthBits - (c.end - c.begin)),
                      static_cast<uint64_t>(HowRank(c.how)) << 62 | c.begin, live[k].index});
    }
    std::sort(pool.begin(), pool.end(), [](const Order& a, const Order& b) {
      return a.high < b.high ||
             (a.high == b.high && (a.low < b.low || (a.low == b.low && a.index < b.index)));
    });
    chosen.clear();
    for (const Order& o : pool) {
      const Candidate& c = all[o.index];
      auto next = std::lower_bound(chosen.begin(), chosen.end(), c.begin,
                                   [](const Candidate& a, size_t b) { return a.begin < b; });
      auto hit = chosen.end();
      if (next != chosen.end() && next->begin < c.end) {
        hit = next;
      } else if (next != chosen.begin() && std::prev(next)->end > c.begin) {
        hit = std::prev(next);
      }
      if (hit == chosen.end()) {
        chosen.insert(next, c);
        continue;
      }
      // A value found for certain (a known value or a validated pattern) that a chosen one
      // covers in part would publish the rest: the chosen span grows to cover both, where no
      // other chosen span is in the way. Found by the fuzzer: a party's name and its spaced form
      // (张张 in 张张 张); a listed phone in numerals with figures after it that start an e-mail
      // (幺七〇…八二85gggg@…: the e-mail's span, longer, left the numerals, and the phone's
      // the rest of the e-mail). So also two numbers in digits written one at a time (6 2 2 2 …
      // 5 3 3 1 0 2 …: a card's digits may run into an ID's). A guess (the name heuristic) that
      // overlaps a certain one is dropped whole: it was the wrong reading (欧阳不称).
      if (c.how != FoundBy::kHeuristic && hit->how != FoundBy::kHeuristic) {
        const size_t b = std::min(hit->begin, c.begin);
        const size_t e = std::max(hit->end, c.end);
        if ((hit == chosen.begin() || std::prev(hit)->end <= b) &&
            (std::next(hit) == chosen.end() || std::next(hit)->begin >= e)) {
          hit->begin = b;
          hit->end = e;
          // A name grown over another class's value is masked as that value: a name may be
          // published as written (a profile keeps a legal representative's), the value not.
          if (hit->cls == PiiClass::kPersonName && c.cls != PiiClass::kPersonName) {
            hit->cls = c.cls;
            hit->how = c.how;
            hit->person = c.person;
          }
        }
      }
    }
    accepted.insert(accepted.end(), chosen.begin(), chosen.end());
    first = last;
  }
}

}  // namespace internal

namespace {

// Whether `replacement` (a published name) ends in a digit (张某1) and the folded text has a
// digit at `at` (full-width ones are folded to ASCII).
bool NumberedBeforeDigit(std::string_view replacement, std::string_view folded, size_t at) {
  return !replacement.empty() &&
         internal::IsDigit(static_cast<unsigned char>(replacement.back())) && at < folded.size() &&
         internal::IsDigit(static_cast<unsigned char>(folded[at]));
}

// 张某12 → 张某１２: the ASCII digits at the end as full-width ones (U+FF10–FF19).
void WidenTrailingDigits(std::string* s) {
  size_t digits = 0;
  while (digits < s->size() &&
         internal::IsDigit(static_cast<unsigned char>((*s)[s->size() - 1 - digits]))) {
    ++digits;
  }
  const std::string tail = s->substr(s->size() - digits);
  s->resize(s->size() - digits);
  for (const char d : tail) {
    s->append("\xEF\xBC");
    s->push_back(static_cast<char>(0x90 + (d - '0')));
  }
}

// True if the folded text before `pos` ends with 法定代表人 (and a filler such as ：).
bool AfterLegalRepresentativeLabel(std::string_view s, size_t pos) {
  constexpr std::string_view kLabel = "法定代表人";
  for (std::string_view filler : {"", ":", " ", "为", "是"}) {
    const size_t need = kLabel.size() + filler.size();
    if (pos >= need && s.substr(pos - need, need) == std::string(kLabel) + std::string(filler)) {
      return true;
    }
  }
  return false;
}

// Takes out of a field's folded text the spaces FindSpacedNames found in it (罗 丽 → 罗丽), and
// keeps its map to the original: the rules then read the name whole, and its span covers the
// space. (Rare: most texts have no such space, and are left as they are.)
// `room` is working room for the new map, kept from call to call.
void JoinSpacedNames(const std::vector<internal::Range>& spaces, internal::FoldedText* fold,
                     std::vector<std::pair<uint32_t, uint32_t>>* room) {
  if (spaces.empty()) return;
  char* const w = fold->storage.get();
  const std::vector<std::pair<uint32_t, uint32_t>>& old = fold->breaks;
  std::vector<std::pair<uint32_t, uint32_t>>& breaks = *room;
  breaks.clear();
  breaks.reserve(old.size() + spaces.size());
  size_t b = 0;        // the next old break
  size_t from = 0;     // the first old byte not yet moved
  size_t removed = 0;  // bytes taken out before `from`
  for (const internal::Range& r : spaces) {
    for (; b < old.size() && old[b].first <= r.begin; ++b) {
      breaks.emplace_back(static_cast<uint32_t>(old[b].first - removed), old[b].second);
    }
    const auto origin = static_cast<uint32_t>(fold->Origin(r.end));  // (by the old map)
    while (b < old.size() && old[b].first <= r.end) ++b;             // (a folded U+3000's own)
    std::memmove(w + from - removed, w + from, r.begin - from);
    breaks.emplace_back(static_cast<uint32_t>(r.begin - removed), origin);
    removed += r.end - r.begin;
    from = r.end;
  }
  for (; b < old.size(); ++b) {
    breaks.emplace_back(static_cast<uint32_t>(old[b].first - removed), old[b].second);
  }
  const size_t size = fold->text.size();
  std::memmove(w + from - removed, w + from, size - from + 1);  // (with the NUL after the text)
  fold->text = std::string_view(w, size - removed);
  fold->breaks.swap(breaks);
}

// What Redact keeps of its working room from call to call, per thread (see Redact).
struct WorkingRoom {
  std::vector<internal::FoldedText> folded;      // of each field
  std::vector<std::vector<Candidate>> accepted;  // of each field
  Findings findings;                             // of the field being scanned
  internal::NameMentions mentions;               // the unlisted names found in the item
  std::vector<internal::Range> spaces;           // in a name (FindSpacedNames)
  std::vector<std::pair<uint32_t, uint32_t>> breaks;  // (JoinSpacedNames)
  // Releases what an unusually large item left: the room of fields past the sixteenth, and
  // each buffer of more than a megabyte (a field's folded text or its map, its spans, the
  // findings). A usual item leaves a few tens of kilobytes; an event of the parser's largest
  // (1 MiB) a few megabytes at most.
  void KeepRoom() {
    constexpr size_t kKeptBytes = size_t{1} << 20;
    constexpr size_t kKeptFields = 16;
    auto large = [](const auto& v) { return v.capacity() * sizeof(v[0]) > kKeptBytes; };
    if (folded.size() > kKeptFields) folded.resize(kKeptFields);
    if (accepted.size() > kKeptFields) accepted.resize(kKeptFields);
    for (internal::FoldedText& f : folded) {
      if (f.capacity > kKeptBytes || large(f.breaks)) f = {};
    }
    for (std::vector<Candidate>& a : accepted) {
      if (large(a)) a = {};
    }
    if (large(findings.candidates) || large(findings.protect)) findings = {};
    if (large(breaks)) breaks = {};
  }
};

}  // namespace

struct Parties::Impl {
  Impl(std::span<const events::Party> parties, std::span<const events::Officer> officers)
      : known(parties, officers) {
    party_names.reserve(parties.size());
    for (const events::Party& party : parties) {
      party_names.emplace_back(party.party_id, party.name.reveal());
    }
  }
  KnownValues known;
  std::vector<std::pair<std::string, std::string>> party_names;  // (party_id, name as given)
};

PartyNames::Iterator PartyNames::find(std::string_view id) const {
  for (auto at = entries.end(); at != entries.begin();) {
    if ((--at)->first == id) return at;
  }
  return entries.end();
}

const std::string& PartyNames::at(std::string_view id) const {
  const auto found = find(id);
  if (found == entries.end()) throw std::out_of_range("no published name for this party id");
  return found->second;
}

int ClassCounts::at(const Key& key) const {
  const auto found = std::lower_bound(entries.begin(), entries.end(), key,
                                      [](const Entry& e, const Key& k) { return e.first < k; });
  if (found == entries.end() || found->first != key) {
    throw std::out_of_range("no count for this field and class");
  }
  return found->second;
}

Parties::Parties(std::span<const events::Party> parties,
                 std::span<const events::Officer> officers)
    : impl_(std::make_unique<Impl>(parties, officers)) {}
Parties::~Parties() = default;
Parties::Parties(Parties&&) noexcept = default;
Parties& Parties::operator=(Parties&&) noexcept = default;

RedactedItem Redact(std::span<const events::Party> parties,
                    std::span<const events::Officer> officers, std::span<const Field> fields,
                    const Profile& profile) {
  return Redact(Parties(parties, officers), fields, profile);
}

namespace {

// Whether `c` is an unlisted person's 丁方, the fourth party of an agreement where a 丙方 is named
// (丙方（签名）：…　丁方（签名）：…), no person's name there. Elsewhere it may be one (丁方 and
// 马群 read as names after a list word; since session sixty-six, red-team set AE).
bool IsDingFang(std::string_view text, const Candidate& c) {
  return c.end - c.begin == 6 && c.person == internal::kUnlistedPerson &&
         text.compare(c.begin, 6, "丁方") == 0;
}

// The counts, added field by field, in the order of their keys, one per key: of a field name
// given twice (no item has one), the count of its last field, as a map assigned in turn would
// hold.
void SortCounts(ClassCounts* counts) {
  std::vector<ClassCounts::Entry>& entries = counts->entries;
  auto by_key = [](const ClassCounts::Entry& a, const ClassCounts::Entry& b) {
    return a.first < b.first;
  };
  // Strictly ascending already (one field: always): no sort, whose buffer would be the
  // allocation this vector replaced a map to avoid.
  if (std::adjacent_find(entries.begin(), entries.end(), [&](const auto& a, const auto& b) {
        return !by_key(a, b);
      }) == entries.end()) {
    return;
  }
  std::stable_sort(entries.begin(), entries.end(), by_key);
  size_t kept = 0;
  for (size_t k = 0; k < entries.size(); ++k) {
    if (kept > 0 && entries[kept - 1].first == entries[k].first) --kept;  // the later wins
    if (kept != k) entries[kept] = std::move(entries[k]);
    ++kept;
  }
  entries.resize(kept);
}

}  // namespace

RedactedItem Redact(const Parties& prepared, std::span<const Field> fields,
                    const Profile& profile) {
  const KnownValues& known = prepared.impl_->known;
  const std::span<const Person> listed = known.persons();
  // This call's view of the persons: the listed ones (read-only in `known`), then the unlisted
  // names the heuristic finds, numbered on from them.
  struct State {
    std::pair<size_t, size_t> first_seen = {kNever, kNever};  // (field, folded offset)
    bool keep = false;
    std::string_view published;  // the name published (before its number, if any)
    int number = 0;              // 张某1, 张某2: 1, 2; 0: none
  };
  // Room for a few unlisted names (a dense item has about six) without growing step by step.
  constexpr size_t kUnlistedRoom = 16;
  // This call's working tables on the stack (most items need less than this; more goes to the
  // heap): no allocation for them.
  alignas(std::max_align_t) std::byte room[8192];
  std::pmr::monotonic_buffer_resource scratch(room, sizeof room);
  std::pmr::vector<State> state(&scratch);
  state.reserve(listed.size() + kUnlistedRoom);
  state.resize(listed.size());
  // The unlisted persons are their names only (none is a minor, confidential or kept): person
  // listed.size() + k is name k of this set.
  NameSet unlisted(&scratch);
  std::string joined;
  auto unlisted_person = [&](std::string_view name) {
    // (A name spaced out is the same person as the name written whole: 张 海 涛, 张海涛;
    // SpacedNameAt.)
    if (!name.empty() && static_cast<unsigned char>(name[0]) >= 0x80 &&
        name.find(' ') != std::string_view::npos) {
      joined.clear();
      for (const char c : name) {
        if (c != ' ') joined.push_back(c);
      }
      name = joined;
    }
    if (const int found = known.FindPerson(name); found >= 0) return found;
    if (unlisted.size() == 0) unlisted.Reserve(kUnlistedRoom);
    const auto [index, inserted] = unlisted.Insert(name);
    if (inserted) state.emplace_back();
    return static_cast<int>(listed.size()) + index;
  };
  // The first unlisted name of three or four whose given name `given` (two characters) is, or -1.
  // (Its last bytes compared first: GivenNameOf's tests for every name cost 1.5 % more
  // instructions where each given name read alone asks.)
  auto given_owner = [&](std::string_view given) {
    for (int k = 0; k < static_cast<int>(unlisted.size()); ++k) {
      const std::string_view name = unlisted.At(k);
      if ((name.size() == 9 || name.size() == 12) && name.ends_with(given) &&
          internal::GivenNameOf(name) == given) {
        return k;
      }
    }
    return -1;
  };
  // The unlisted name a mention is of: the name itself, or (since session forty-two) the first
  // name of three whose given name it is (振国 of 刘振国: NameMentions::InsertGivenName); or -1.
  auto unlisted_owner = [&](std::string_view mention) {
    if (const int found = unlisted.Find(mention); found >= 0 || mention.size() != 6) return found;
    return given_owner(mention);
  };
  RedactedItem item;
  std::vector<std::string> officer_names;  // (OfficerBeforeBadge's, in the fields so far)

  // Phase 1: find and resolve the spans of every field. Their working room (the folded texts,
  // the findings, the spans accepted) is kept by each thread from call to call: once a thread
  // has redacted an item of some size, the next allocates none of it (KeepRoom releases what
  // grew too large).
  thread_local WorkingRoom kept;
  std::vector<internal::FoldedText>& folded = kept.folded;
  std::vector<std::vector<Candidate>>& accepted = kept.accepted;
  if (folded.size() < fields.size()) folded.resize(fields.size());
  if (accepted.size() < fields.size()) accepted.resize(fields.size());
  Findings& findings = kept.findings;
  // The names the heuristic finds in a field are looked for in the rest of the item too.
  kept.mentions.Reset();
  findings.mentions = &kept.mentions;
  for (size_t f = 0; f < fields.size(); ++f) {
    internal::Fold(fields[f].text, &folded[f]);
    internal::FindSpacedNames(folded[f].text, &kept.spaces, folded[f].breaks);
    JoinSpacedNames(kept.spaces, &folded[f], &kept.breaks);
    const std::string_view text = folded[f].text;
    findings.Clear();
    findings.candidates.reserve(text.size() / 64 + 8);
    findings.protect.reserve(text.size() / 512 + 8);  // document numbers, hotlines, codes
    known.Scan(text, ScanMode::kRedact, &findings);
    item.doubt = item.doubt || findings.doubt;
    // Every span whole characters: the name rules count most characters three bytes, and one
    // of four (an ideograph past U+FFFF, 𧀀) in a name could leave a span's end inside it and
    // the output no longer UTF-8 (the fuzzer's finding, session thirty-nine). Widened, never
    // narrowed: what was to be masked still is.
    for (Candidate& c : findings.candidates) {
      while (c.begin > 0 && (static_cast<unsigned char>(text[c.begin]) & 0xC0) == 0x80) --c.begin;
      while (c.end < text.size() && (static_cast<unsigned char>(text[c.end]) & 0xC0) == 0x80) {
        ++c.end;
      }
    }
    // A name of four characters or more that the heuristic read right before 籍 is a country's
    // (①哈萨克斯坦籍NURLAN ABENOV; not 籍贯, a field after a name): dropped, and its mentions
    // with it (since session forty-nine, red-team set N). Not a shorter one, nor one of a
    // compound surname: a person's with their home after it (邻居王海龙籍四川, 李小户籍地 read
    // as 李小户) stays masked. Only where the scan met a 籍 at all.
    if (findings.saw_ji) {
      std::erase_if(findings.candidates, [&](const Candidate& c) {
        return c.person == internal::kUnlistedPerson && c.cls == PiiClass::kPersonName &&
               c.end - c.begin >= 12 && text.compare(c.end, 3, "籍") == 0 &&
               text.compare(c.end + 3, 3, "贯") != 0 && !internal::CompoundSurnameAt(text, c.begin);
      });
    }
    // 丁方 is the fourth party of an agreement that names a 丙方 (IsDingFang): dropped, with its
    // mentions.
    if (findings.saw_bing_fang) {
      std::erase_if(findings.candidates, [&](const Candidate& c) { return IsDingFang(text, c); });
    }
    internal::Resolve(findings, &accepted[f]);
    // Names the item shows to be officers' (a badge number after them: OfficerBeforeBadge) are
    // kept wherever the heuristic took them for a person's (登记人：倪俊杰 after 社区民警：倪俊杰
    // （警号107724）), in this field and the later ones (since session forty-two).
    for (const internal::Range& r : findings.officers) {
      officer_names.emplace_back(text.substr(r.begin, r.end - r.begin));
    }
    if (!officer_names.empty()) {
      std::erase_if(accepted[f], [&](const Candidate& c) {
        return c.cls == PiiClass::kPersonName && c.person == internal::kUnlistedPerson &&
               std::find(officer_names.begin(), officer_names.end(),
                         text.substr(c.begin, c.end - c.begin)) != officer_names.end();
      });
    }
    // A mention of a name the heuristic found (NameMentions) stands only if a finding of that
    // name stood, in this field or an earlier one: the findings first, then the mentions.
    bool mentions = false;
    for (Candidate& c : accepted[f]) {
      if (c.cls != PiiClass::kPersonName || c.person != internal::kUnlistedPerson) continue;
      if (c.mention) {
        mentions = true;
        continue;
      }
      // A given name the heuristic read alone (建军你…, 我家建军, “建军，…) that is the given name
      // of a name found before (李建军) is that person's: masked 李某, not 建某, which would
      // publish the given name's first character (since session seventy-one).
      // (unlisted_owner: the name itself where found before, else the owner of a given name.)
      const std::string_view name = text.substr(c.begin, c.end - c.begin);
      if (const int owner = unlisted_owner(name); owner >= 0) {
        c.person = static_cast<int>(listed.size()) + owner;
        continue;
      }
      c.person = unlisted_person(name);
    }
    if (mentions) {
      std::erase_if(accepted[f], [&](Candidate& c) {
        if (!c.mention || c.person != internal::kUnlistedPerson) return false;
        const int found = unlisted_owner(text.substr(c.begin, c.end - c.begin));
        if (found < 0) return true;
        c.person = static_cast<int>(listed.size()) + found;
        return false;
      });
    }
    // The next field looks for the names looked for so far of which a finding stood.
    if (f + 1 < fields.size()) {
      kept.mentions.Retain([&](std::string_view name) { return unlisted_owner(name) >= 0; });
    }
    for (Candidate& c : accepted[f]) {
      if (c.cls != PiiClass::kPersonName) continue;
      State& st = state[static_cast<size_t>(c.person)];
      st.first_seen = std::min(st.first_seen, std::make_pair(f, c.begin));
      if (profile.keep_legal_representative && static_cast<size_t>(c.person) < listed.size() &&
          AfterLegalRepresentativeLabel(text, c.begin)) {
        st.keep = true;
      }
      item.doubt = item.doubt || c.doubt;
    }
  }

  // Phase 1b: a name the heuristic found stands where the item writes it before the place it
  // was first found as well (学生王建军与同学打架。报警人王建军称被打: the scan looks for the names
  // found from there on only, NameMentions): in the earlier fields, and in the kBackfillBytes
  // before it in its own field (a published field names a case's few people within a few
  // sentences; the benchmark's items of 8 KB join many cases, and a search of all the text before
  // each name cost a fifth more instructions there). 512 bytes until session thirty-six: 1,024
  // found 9 more of 964 mentions in a red-team round's 60 documents (as many as the whole text
  // did in the two rounds before), for 2 % more instructions. Where no span stands already, and
  // where a mention may stand (NameMentions::Mentionable, LookedFor).
  // Since session forty-one, a name in Latin capitals (THAN HTIKE, found before its Chinese
  // rendering in brackets) everywhere in the item, as a word (no letter or digit next to it):
  // the scan looks for no name that a letter starts (NameMentions). Since session fifty-four
  // (red-team set S) also one word in title case (Mandy, found before its Chinese name in
  // brackets: 我同Mandy一齐嚟).
  constexpr size_t kBackfillBytes = 1024;
  auto latin = [](std::string_view name) {
    if (name.size() < 3 || name[0] < 'A' || name[0] > 'Z') return false;
    return name.find(' ') != std::string_view::npos ||
           std::all_of(name.begin() + 1, name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  // Longer names first: a name's mention before it stands whole where a shorter name found later
  // starts it (库尔曼别克用马鞭 before 库尔曼是我老邻居: not 库某别克; since session seventy).
  // (By a counting sort on the length in bytes, the order of finding kept among equals: a
  // comparison sort cost 0.3 % more instructions on the benchmark's items of many names.)
  constexpr size_t kLongest = 63;  // (longer names share the first bucket)
  auto bucket = [&](int k) { return kLongest - std::min(unlisted.At(k).size(), kLongest); };
  std::array<int, kLongest + 2> starts{};
  const int unlisted_count = static_cast<int>(unlisted.size());
  for (int k = 0; k < unlisted_count; ++k) ++starts[bucket(k) + 1];
  for (size_t b = 1; b < starts.size(); ++b) starts[b] += starts[b - 1];
  std::pmr::vector<int> by_length(unlisted.size(), &scratch);
  for (int k = 0; k < unlisted_count; ++k) by_length[static_cast<size_t>(starts[bucket(k)]++)] = k;
  for (const int k : by_length) {
    const std::string_view name = unlisted.At(k);
    const bool everywhere = latin(name);
    if (!everywhere && !internal::NameMentions::LookedFor(name)) continue;
    const int person = static_cast<int>(listed.size()) + k;
    const auto [first_field, first_offset] = state[static_cast<size_t>(person)].first_seen;
    for (size_t f = 0; f < fields.size() && (everywhere || f <= first_field); ++f) {
      const std::string_view text = folded[f].text;
      const size_t from = !everywhere && f == first_field && first_offset > kBackfillBytes
                              ? first_offset - kBackfillBytes
                              : 0;
      const size_t until = !everywhere && f == first_field ? first_offset : text.size();
      std::vector<Candidate>& spans = accepted[f];
      // (FindBytes: string_view::find stops at every byte like the name's first, and a CJK
      // name's first byte leads most characters.)
      for (size_t at = from; at + name.size() <= until; at += name.size()) {
        const size_t hit = internal::FindBytes(text.substr(at, until - at), name);
        if (hit == std::string_view::npos) break;
        at += hit;
        const size_t end = at + name.size();
        // The first span that ends after `at`: none may start before `end`.
        const auto next = std::partition_point(spans.begin(), spans.end(),
                                               [&](const Candidate& c) { return c.end <= at; });
        auto alnum = [&](size_t k) {
          return k < text.size() && internal::IsAlnum(static_cast<unsigned char>(text[k]));
        };
        if ((next != spans.end() && next->begin < end) ||
            (everywhere ? (at > 0 && alnum(at - 1)) || alnum(end)
                        : !internal::NameMentions::Mentionable(text, at, end))) {
          continue;
        }
        Candidate c = internal::HeuristicName(at, end);
        c.mention = true;
        c.person = person;
        spans.insert(next, c);
        State& st = state[static_cast<size_t>(person)];
        st.first_seen = std::min(st.first_seen, std::make_pair(f, at));
      }
    }
  }

  // Phase 2: publish names; people who would read alike are numbered by first appearance.
  std::pmr::vector<int> masked(&scratch);  // persons published under a masked name
  masked.reserve(state.size());
  std::vector<std::string> unlisted_masked;  // (reserved: state's views of them do not move)
  unlisted_masked.reserve(state.size() - listed.size());
  for (size_t k = 0; k < state.size(); ++k) {
    State& st = state[k];
    if (k >= listed.size()) {
      st.published = unlisted_masked.emplace_back(
          internal::MaskedName(unlisted.At(static_cast<int>(k - listed.size()))));
      masked.push_back(static_cast<int>(k));
      continue;
    }
    const Person& p = listed[k];
    if (p.minor) {
      st.published = "[未成年人]";
    } else if (p.confidential) {
      st.published = "[保密]";
    } else if (st.keep) {
      st.published = p.name;
    } else {
      st.published = known.Masked(k);
      masked.push_back(static_cast<int>(k));
    }
  }
  // Groups of equal masked names (a hash set of them: no sorting by string), each numbered in
  // order of first appearance (ties: person order) when it has two members or more. The names
  // are views that stay put (known's or unlisted_masked's): the table holds the index of each
  // group's first member.
  std::pmr::vector<int> group(masked.size(), &scratch);
  std::pmr::vector<int> group_size(&scratch);
  group_size.reserve(masked.size());
  {
    size_t slots = 16;
    while (slots < 2 * masked.size()) slots *= 2;
    std::pmr::vector<int32_t> table(slots, -1,
                                    &scratch);  // k of a group's first member in masked, or -1
    for (size_t k = 0; k < masked.size(); ++k) {
      const std::string_view name = state[masked[k]].published;
      size_t at = internal::HashBytes(name) & (slots - 1);
      while (table[at] >= 0 && !internal::EqualShort(state[masked[table[at]]].published, name)) {
        at = (at + 1) & (slots - 1);
      }
      if (table[at] < 0) {
        table[at] = static_cast<int32_t>(k);
        group[k] = static_cast<int>(group_size.size());
        group_size.push_back(0);
      } else {
        group[k] = group[table[at]];  // the group of its first member
      }
      ++group_size[group[k]];
    }
  }
  // Each member of a group of two or more is numbered by its rank in the group by first
  // appearance (ties: person order). The members are put in their groups (a counting sort),
  // and each one's rank counted against the others of its group, without a branch: a group has
  // a few members, and sorting them by comparisons of unordered data mispredicted (a large
  // group is sorted).
  std::pmr::vector<int> first_member(group_size.size() + 1, 0, &scratch);  // of group g in members
  for (size_t g = 0; g < group_size.size(); ++g) {
    first_member[g + 1] = first_member[g] + (group_size[g] >= 2 ? group_size[g] : 0);
  }
  struct Member {
    uint64_t seen;  // first_seen as one number: field, then offset (kNever: after all)
    int person;
  };
  std::pmr::vector<Member> members(static_cast<size_t>(first_member.back()), &scratch);
  for (size_t k = 0; k < masked.size(); ++k) {
    if (first_member[group[k] + 1] == first_member[group[k]]) continue;  // alone in its group
    const auto [field, offset] = state[masked[k]].first_seen;
    // (A field index below 2^24 and an offset below 2^40: an item has a few fields of at most
    // a few megabytes.)
    const uint64_t seen = field == kNever ? ~uint64_t{0} : uint64_t{field} << 40 | offset;
    // (The slot after the group's last one filled, counted down in group_size.)
    const int slot = first_member[group[k] + 1] - group_size[group[k]]--;
    members[static_cast<size_t>(slot)] = {seen, masked[k]};
  }
  auto before = [](const Member& a, const Member& b) {
    return a.seen < b.seen || (a.seen == b.seen && a.person < b.person);
  };
  for (size_t g = 0; g + 1 < first_member.size(); ++g) {
    const std::span<Member> in_group(members.data() + first_member[g],
                                     members.data() + first_member[g + 1]);
    if (in_group.size() > 16) std::sort(in_group.begin(), in_group.end(), before);
    for (const Member& m : in_group) {
      int rank = 1;
      if (in_group.size() > 16) {
        rank += static_cast<int>(&m - in_group.data());
      } else {
        for (const Member& other : in_group) rank += before(other, m) ? 1 : 0;
      }
      state[m.person].number = rank;
    }
  }

  // Phase 3: render.
  // The name a person is published under, appended to *out.
  auto publish = [](const State& st, std::string* out) {
    out->append(st.published);
    if (st.number > 0) *out += std::to_string(st.number);
  };
  size_t total = 0;
  for (size_t f = 0; f < fields.size(); ++f) total += accepted[f].size();
  item.spans.reserve(total);
  item.counts.entries.reserve(std::min(total, fields.size() * kClassCount));
  for (size_t f = 0; f < fields.size(); ++f) {
    const std::string_view original = fields[f].text;
    const internal::FoldedText& fold = folded[f];
    auto append = [&](std::string_view part, std::string* out) {
      if (fold.valid_utf8) {
        out->append(part);
      } else {
        internal::AppendValidUtf8(part, out);
      }
    };
    std::string out;
    out.reserve(original.size() + 16);
    size_t copied = 0;
    int counts[kClassCount] = {};
    size_t cursor = 0;
    const std::vector<Candidate>& spans = accepted[f];
    for (size_t k = 0; k < spans.size(); ++k) {
      const Candidate& c = spans[k];
      if (c.cls == PiiClass::kPersonName && state[c.person].keep) continue;
      // Whether the text after this span follows it in the output (not the replacement of a
      // span that starts right there; a kept name is its text).
      auto text_follows = [&] {
        return k + 1 == spans.size() || spans[k + 1].begin != c.end ||
               (spans[k + 1].cls == PiiClass::kPersonName && state[spans[k + 1].person].keep);
      };
      const size_t begin = fold.Origin(c.begin, &cursor);
      size_t end = fold.Origin(c.end, &cursor);
      // (A span that ends where JoinSpacedNames took spaces out ends before them: 冉 德 才 发 →
      // 冉某1 发, not 冉某1发. Where the folded text has no space before its end, a space there in
      // the original is one taken out.)
      if (c.end > c.begin && fold.text[c.end - 1] != ' ') {
        while (end > begin && original[end - 1] == ' ') --end;
      }
      // Built in place (item.spans has room for all): no moves of its strings, and no zeroing
      // of the whole span first.
      Span& span = item.spans.emplace_back(fields[f].name, begin, end - begin, c.cls, c.how);
      if (c.cls == PiiClass::kPersonName) {
        publish(state[c.person], &span.replacement);  // (still empty)
        if (NumberedBeforeDigit(span.replacement, fold.text, c.end) && text_follows()) {
          // 张某1 right before a digit would read as part of the number that follows, and
          // could spell a party's number with it (张某1 + 5635142930): its number in full-width
          // digits here, and the item to review.
          WidenTrailingDigits(&span.replacement);
          item.doubt = true;
        }
      } else {
        // (Still empty: append only copies, where assign would test the two for overlap.)
        span.replacement.append(Placeholder(c.cls));
      }
      append(original.substr(copied, begin - copied), &out);
      out.append(span.replacement);
      copied = end;
      ++counts[static_cast<int>(c.cls)];
    }
    append(original.substr(copied), &out);
    for (int k = 0; k < kClassCount; ++k) {
      if (counts[k] > 0) {
        item.counts.entries.emplace_back(ClassCounts::Key{fields[f].name, static_cast<PiiClass>(k)},
                                         counts[k]);
      }
    }
    item.fields.emplace_back(fields[f].name, std::move(out));
  }

  SortCounts(&item.counts);

  const auto& names = prepared.impl_->party_names;
  item.party_names.entries.reserve(names.size());
  for (size_t k = 0; k < names.size(); ++k) {
    const int person = known.PartyPerson(k);
    const bool as_given = person < 0 || state[person].keep;  // an organization, or kept
    std::string& name = item.party_names.entries.emplace_back(names[k].first, std::string()).second;
    if (as_given) {
      name = names[k].second;
    } else {
      publish(state[person], &name);
    }
  }
  kept.KeepRoom();
  return item;
}

ResidualReport CheckOutgoing(std::string_view published_json_or_text,
                             std::span<const events::Party> parties) {
  return CheckOutgoing(published_json_or_text, Parties(parties));
}

namespace {

// Whether the name found at `c` in `folded` ends inside a listed person's pseudonym that starts
// after its first character: the character before a pseudonym and the pseudonym's first
// characters may read as a given name (a given name 阳欧 masked as 欧阳某 after the text's 阳
// reads 阳欧阳某). (The fuzzer's finding of session thirty-two.)
bool EndsInPseudonym(const KnownValues& known, std::string_view folded, const Candidate& c) {
  for (size_t k = c.begin + 1; k < c.end; ++k) {
    if ((static_cast<unsigned char>(folded[k]) & 0xC0) == 0x80) continue;  // inside a character
    for (size_t person = 0; person < known.persons().size(); ++person) {
      const std::string_view masked = known.Masked(person);
      if (!masked.empty() && folded.substr(k).starts_with(masked)) return true;
    }
  }
  return false;
}

}  // namespace

ResidualReport CheckOutgoing(std::string_view published_json_or_text, const Parties& prepared) {
  const KnownValues& known = prepared.impl_->known;
  ResidualReport report;
  // One folding buffer and one set of findings for all the strings (an item has dozens, most
  // of them short): no allocation per string.
  std::string folded;
  Findings findings;
  std::vector<internal::Range> spaces;
  auto check = [&](std::string_view text) {
    internal::FoldValueInto(text, &folded);
    // (A name with a space in it read whole, as Redact reads it: 罗 丽.)
    internal::FindSpacedNames(folded, &spaces);
    for (auto r = spaces.rbegin(); r != spaces.rend(); ++r) {
      folded.erase(r->begin, r->end - r->begin);
    }
    findings.Clear();
    known.Scan(folded, ScanMode::kCheck, &findings);
    report.suspect_ids += findings.suspect_ids;
    for (const Candidate& c : internal::Resolve(findings)) {
      // The surname of a published pseudonym (欧阳某, 张某1) is not a residual, even where it
      // reads like a party's given name (司马司马 → given name 司马).
      if (c.cls == PiiClass::kPersonName &&
          (std::string_view(folded).substr(c.end).starts_with("某") ||
           EndsInPseudonym(known, folded, c))) {
        continue;
      }
      ++report.hits[c.cls];
    }
  };
  std::string strings;
  std::vector<size_t> ends;
  if (internal::JsonStrings(published_json_or_text, &strings, &ends)) {
    size_t begin = 0;
    for (const size_t end : ends) {
      check(std::string_view(strings).substr(begin, end - begin));
      begin = end;
    }
  } else {
    check(published_json_or_text);
  }
  return report;
}

}  // namespace disclosure::redaction
