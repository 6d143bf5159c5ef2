// The reverse guard (must-keep values) and the JSON reading of the last-line check.
#include <string>
#include <string_view>
#include <vector>

#include "redaction/detectors.h"
#include "redaction/redaction.h"
#include "redaction/text.h"

namespace disclosure::redaction {
namespace internal {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
  return -1;
}

// Four hex digits at s[i], or -1.
int Hex4(std::string_view s, size_t i) {
  if (i + 4 > s.size()) return -1;
  int value = 0;
  for (size_t k = 0; k < 4; ++k) {
    const int h = HexValue(s[i + k]);
    if (h < 0) return -1;
    value = value * 16 + h;
  }
  return value;
}

// The bytes a JSON document may have outside its strings.
bool IsJsonOutsideStrings(unsigned char c) {
  switch (c) {
    case ' ':
    case '\n':
    case '\r':
    case '\t':
    case '{':
    case '}':
    case '[':
    case ']':
    case ':':
    case ',':
    case '-':
    case '+':
    case '.':
    case 'e':
    case 'E':
    case 't':
    case 'r':
    case 'u':
    case 'f':
    case 'a':
    case 'l':
    case 's':
    case 'n':
      return true;
    default:
      return c >= '0' && c <= '9';
  }
}

}  // namespace

bool JsonStrings(std::string_view text, std::string* buffer, std::vector<size_t>* ends) {
  buffer->clear();
  ends->clear();
  std::string& value = *buffer;
  size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' ||
                             text[i] == '\t')) {
    ++i;
  }
  if (i == text.size() || (text[i] != '{' && text[i] != '[')) return false;
  for (; i < text.size(); ++i) {
    if (text[i] != '"') {
      // Outside strings a JSON document has only its punctuation, numbers and true, false,
      // null: anything else (a text that starts with a minor's placeholder, [未成年人]张三…) is
      // text, to be checked as it is written, all of it.
      if (!IsJsonOutsideStrings(static_cast<unsigned char>(text[i]))) return false;
      continue;
    }
    for (++i; i < text.size() && text[i] != '"'; ++i) {
      if (text[i] != '\\' || i + 1 == text.size()) {
        // The plain run up to the next quote or backslash goes in whole.
        size_t end = i + 1;
        while (end < text.size() && text[end] != '"' && text[end] != '\\') ++end;
        value.append(text.data() + i, end - i);
        i = end - 1;
        continue;
      }
      const char e = text[++i];
      switch (e) {
        case 'n':
          value.push_back('\n');
          break;
        case 't':
          value.push_back('\t');
          break;
        case 'r':
          value.push_back('\r');
          break;
        case 'b':
          value.push_back('\b');
          break;
        case 'f':
          value.push_back('\f');
          break;
        case 'u': {
          int cp = Hex4(text, i + 1);
          if (cp < 0) {
            value.push_back('u');
            break;
          }
          i += 4;
          if (cp >= 0xD800 && cp <= 0xDBFF && i + 2 < text.size() && text[i + 1] == '\\' &&
              text[i + 2] == 'u') {
            const int low = Hex4(text, i + 3);
            if (low >= 0xDC00 && low <= 0xDFFF) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
              i += 6;
            }
          }
          AppendUtf8(cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : static_cast<char32_t>(cp), &value);
          break;
        }
        default:
          value.push_back(e);  // \" \\ \/
      }
    }
    ends->push_back(value.size());
  }
  return true;
}

}  // namespace internal

std::string_view ToString(MustKeepValue::Kind kind) {
  switch (kind) {
    case MustKeepValue::Kind::kUnitName:
      return "unit_name";
    case MustKeepValue::Kind::kDocumentNumber:
      return "document_no";
    case MustKeepValue::Kind::kLegalBasis:
      return "legal_basis";
    case MustKeepValue::Kind::kOfficer:
      return "officer";
    case MustKeepValue::Kind::kOrganization:
      return "organization";
  }
  return "unknown";
}

std::vector<MustKeepValue> MustKeepValues(const events::CaseEvent& event) {
  using Kind = MustKeepValue::Kind;
  std::vector<MustKeepValue> values;
  auto add = [&](Kind kind, std::string_view value) {
    if (!value.empty()) values.push_back({kind, std::string(value)});
  };
  add(Kind::kUnitName, event.source.unit_name);
  if (event.decision) {
    if (event.decision->document_no) add(Kind::kDocumentNumber, *event.decision->document_no);
    if (event.decision->legal_basis) add(Kind::kLegalBasis, *event.decision->legal_basis);
  }
  for (const events::Officer& officer : event.officers) {
    add(Kind::kOfficer, officer.name);
    add(Kind::kOfficer, officer.badge);
  }
  for (const events::Party& party : event.parties) {
    if (party.kind != events::PartyKind::kOrganization) continue;
    const std::string_view code =
        party.id_number ? std::string_view(party.id_number->reveal()) : std::string_view();
    if (code.starts_with("92")) continue;  // 个体工商户: a person
    add(Kind::kOrganization, party.name.reveal());
    add(Kind::kOrganization, code);
  }
  return values;
}

std::vector<MustKeepValue::Kind> MustKeepCheck(std::span<const Field> fields,
                                               const RedactedItem& redacted,
                                               std::span<const MustKeepValue> values) {
  std::vector<MustKeepValue::Kind> missing;
  for (const MustKeepValue& v : values) {
    for (size_t f = 0; f < fields.size() && f < redacted.fields.size(); ++f) {
      if (fields[f].text.find(v.value) != std::string_view::npos &&
          redacted.fields[f].second.find(v.value) == std::string::npos) {
        missing.push_back(v.kind);
        break;
      }
    }
  }
  return missing;
}

}  // namespace disclosure::redaction
