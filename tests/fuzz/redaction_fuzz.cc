// libFuzzer target for redaction::Redact and CheckOutgoing over arbitrary bytes and arbitrary
// party lists derived from them. Invariants, not only "no crash":
//   1. every redacted field is valid UTF-8;
//   2. no planted known value survives: a natural person's full name (≥ 2 characters), ID
//      number or phone, written into the text as is (or the number in Chinese numerals), is
//      absent from the output;
//   3. spans lie inside their field;
//   4. the last-line check finds no name of those parties in the output.
// Names are drawn from disjoint character sets per party (no name can be formed from another
// name's remains or from a placeholder), so a surviving name is a redaction failure.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "gen/formats.h"
#include "redaction/redaction.h"

namespace {

using disclosure::PersonalText;
using disclosure::events::Party;
using disclosure::events::PartyKind;
namespace redaction = disclosure::redaction;

// Four disjoint alphabets (no 某, no character of a placeholder, no digit).
constexpr std::string_view kAlphabets[4] = {
    "张欧阳建国华明伟芳", "王司马秀兰丽强军杰", "李诸葛小红刚磊洋勇", "赵上官娜静敏涛超琳"};
constexpr std::string_view kAsciiNames[4] = {"abcd", "efgh", "jklm", "pqrs"};

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t len = 0;
    uint32_t cp = 0;
    if (c < 0x80) {
      len = 1, cp = c;
    } else if (c >= 0xC2 && c <= 0xDF) {
      len = 2, cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3, cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4, cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
      return false;
    }
    i += len;
  }
  return true;
}

std::string Digits(FuzzedDataProvider& in, size_t count, char first) {
  std::string out(1, first);
  while (out.size() < count) out.push_back(static_cast<char>('0' + in.ConsumeIntegralInRange(0, 9)));
  return out;
}

// `digits` in Chinese numerals (an ID's x kept), 0 and 1 in the forms the input picks.
std::string InChineseNumerals(FuzzedDataProvider& in, const std::string& digits) {
  static constexpr std::string_view kZero[] = {"〇", "○", "零"};
  const std::string_view zero = kZero[in.ConsumeIntegralInRange(0, 2)];
  return disclosure::testing::ChineseNumerals(digits, zero, in.ConsumeBool() ? "一" : "幺");
}

// Control bytes (NUL among them) escaped, so that a text prints whole (FUZZ_DEBUG).
std::string Printable(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == '\\') {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned char>(c));
      out += escaped;
    } else {
      out += c;
    }
  }
  return out;
}

[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "invariant violated: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  const int party_count = in.ConsumeIntegralInRange(0, 4);
  std::vector<Party> parties;
  std::vector<std::string> planted;
  for (int k = 0; k < party_count; ++k) {
    Party p;
    p.party_id = "P" + std::to_string(k + 1);
    p.kind = PartyKind::kPerson;
    std::string name;
    if (in.ConsumeBool()) {
      const std::string_view alphabet = kAlphabets[k];
      const int chars = in.ConsumeIntegralInRange(2, 4);
      for (int c = 0; c < chars; ++c) {
        const size_t at = 3 * in.ConsumeIntegralInRange<size_t>(0, alphabet.size() / 3 - 1);
        name.append(alphabet.substr(at, 3));
      }
    } else {
      const std::string_view letters = kAsciiNames[k];
      const int chars = in.ConsumeIntegralInRange(2, 6);
      for (int c = 0; c < chars; ++c) {
        name.push_back(letters[in.ConsumeIntegralInRange<size_t>(0, letters.size() - 1)]);
      }
    }
    p.name = PersonalText(name);
    planted.push_back(name);
    if (in.ConsumeBool()) {
      std::string id = Digits(in, 17, static_cast<char>('1' + in.ConsumeIntegralInRange(0, 7)));
      id.push_back(in.ConsumeBool() ? 'x' : static_cast<char>('0' + in.ConsumeIntegralInRange(0, 9)));
      p.id_number = PersonalText(id);
      planted.push_back(in.ConsumeBool() ? InChineseNumerals(in, id) : id);
    }
    if (in.ConsumeBool()) {
      const std::string phone = Digits(in, 11, '1');
      p.phone = PersonalText(phone);
      planted.push_back(in.ConsumeBool() ? InChineseNumerals(in, phone) : phone);
    }
    p.minor = in.ConsumeBool();
    p.confidential = in.ConsumeBool();
    parties.push_back(std::move(p));
  }
  // The text: arbitrary bytes with the planted values inserted at arbitrary places.
  std::string text = in.ConsumeRandomLengthString(4096);
  for (const std::string& value : planted) {
    const size_t at = in.ConsumeIntegralInRange<size_t>(0, text.size());
    text.insert(at, value);
  }
  const std::string second = in.ConsumeRemainingBytesAsString();
  const std::vector<redaction::Field> fields = {{"a", text}, {"b", second}};
  const redaction::RedactedItem item = redaction::Redact(parties, {}, fields);

  if (item.fields.size() != fields.size()) Fail("field count");
  for (const auto& [name, out] : item.fields) {
    if (!IsValidUtf8(out)) Fail("output is not valid UTF-8");
    for (const std::string& value : planted) {
      if (out.find(value) != std::string::npos) {
        if (std::getenv("FUZZ_DEBUG") != nullptr) {
          std::fprintf(stderr, "value: %s\nin: %s\nsecond: %s\nout: %s\n", Printable(value).c_str(),
                       Printable(text).c_str(), Printable(second).c_str(), Printable(out).c_str());
        }
        Fail("a planted value survived");
      }
    }
  }
  for (const redaction::Span& span : item.spans) {
    const std::string_view field = span.field == "a" ? std::string_view(text) : second;
    if (span.offset + span.length > field.size()) Fail("span outside its field");
  }
  const redaction::ResidualReport report = redaction::CheckOutgoing(item.fields[0].second, parties);
  // Only names: a digit run cut by a masked phone may leave a phone-shaped rest, which the
  // check rightly reports.
  if (report.hits.count(redaction::PiiClass::kPersonName) > 0) {
    if (std::getenv("FUZZ_DEBUG") != nullptr) {
      for (const auto& [cls, n] : report.hits) {
        std::fprintf(stderr, "%s %d\n", std::string(redaction::ToString(cls)).c_str(), n);
      }
      for (const Party& party : parties) {
        std::fprintf(stderr, "party: %s minor=%d confidential=%d\n", party.name.reveal().c_str(),
                     party.minor ? 1 : 0, party.confidential ? 1 : 0);
      }
      std::fprintf(stderr, "in: %s\nout: %s\nsecond: %s\n", Printable(text).c_str(),
                   Printable(item.fields[0].second).c_str(), Printable(second).c_str());
    }
    Fail("the last-line check found a known value in redacted output");
  }
  return 0;
}
