// redaction internals: the detectors that run over one folded field. Each reports candidate
// spans (what to mask) and protected spans (what nothing may mask); redaction.cc resolves them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/base.h"
#include "redaction/redaction.h"

namespace disclosure::redaction::internal {

struct Range {
  size_t begin = 0;  // folded byte offsets, [begin, end)
  size_t end = 0;
};

// Who a person-name candidate names.
inline constexpr int kUnlistedPerson = -2;  // a heuristic name: the folded text itself is the key

// A stretch of folded text that a detector wants masked.
struct Candidate {
  size_t begin = 0;
  size_t end = 0;
  PiiClass cls = PiiClass::kPersonName;
  FoundBy how = FoundBy::kPattern;
  int person = -1;  // kPersonName: index into the person table, or kUnlistedPerson
  bool doubt = false;
};

struct Findings {
  std::vector<Candidate> candidates;
  std::vector<Range> protect;
  bool doubt = false;  // met a number that may be personal but was not masked
};

// A digit value of a party or officer (phone, ID number, badge), normalized to digits and a
// trailing upper-case X. Matched on runs of digits whatever their grouping.
struct DigitValue {
  PiiClass cls = PiiClass::kPhone;
  bool protect = false;  // an officer's badge: keep
};
using KnownDigits = std::unordered_map<std::string, std::vector<DigitValue>>;

// Validators (pii-formats.md).
bool PassesLuhn(std::string_view digits);
// `id` is 17 digits and a check character (0-9, X or x); checks only ISO 7064 MOD 11-2.
bool HasValidIdCheckDigit(std::string_view id);
// "10X98765432"[Σ digit·weight mod 11] for the first 17 digits.
char IdCheckCharacter(std::string_view first17);
bool IsRealDate(int year, int month, int day);

// Validated patterns over a folded field, in one pass: IDs, phones, bank cards, plates,
// passports and permits, e-mail/QQ/WeChat/IP, birth dates next to their labels, house-level
// address detail, plus the must-keep credit codes, document numbers, badges and hotlines.
// `birth_dates` are the parties' own birth dates (a date equal to one is masked anywhere).
void ScanPatterns(std::string_view folded, const KnownDigits& known,
                  const std::vector<Date>& birth_dates, Findings* out);

// The house-level address chunks of a folded text (勐宋村3组15号 in …乡勐宋村3组15号).
std::vector<Range> FindAddressDetails(std::string_view folded);

// Probable person names no party lists (其朋友张三, 李四称): surname + 1–2 characters.
void ScanNameHeuristics(std::string_view folded, Findings* out);

// Names.
bool IsCompoundSurname(std::string_view two_chars);
bool IsCommonSurname(std::string_view one_char);
// 张三 → 张某, 欧阳娜娜 → 欧阳某, 阿依古丽·买买提 → 阿某 (folded input).
std::string MaskedName(std::string_view name);
// The given name alone when it is two characters (杨建华 → 建华, 欧阳秀兰 → 秀兰), else "".
std::string GivenName(std::string_view name);

}  // namespace disclosure::redaction::internal
