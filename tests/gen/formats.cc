#include "gen/formats.h"

namespace disclosure::testing {

int64_t DaysFromCivil(const Ymd& date) {
  // Howard Hinnant's days_from_civil.
  int y = date.year - (date.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = static_cast<int>(y - era * 400);
  const int mp = (date.month + 9) % 12;
  const int doy = (153 * mp + 2) / 5 + date.day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd CivilFromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int doe = static_cast<int>(days - era * 146097);
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  Ymd out;
  out.day = doy - (153 * mp + 2) / 5 + 1;
  out.month = mp < 10 ? mp + 3 : mp - 9;
  out.year = static_cast<int>(yoe + era * 400) + (out.month <= 2 ? 1 : 0);
  return out;
}

bool IsValidYmd(const Ymd& date) {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int limit = kDays[date.month - 1];
  const bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
  if (date.month == 2 && leap) limit = 29;
  return date.day <= limit;
}

int AgeOn(const Ymd& birth, const Ymd& on) {
  int age = on.year - birth.year;
  if (on.month < birth.month || (on.month == birth.month && on.day < birth.day)) --age;
  return age;
}

char ResidentIdCheck(std::string_view first17) {
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (size_t i = 0; i < 17 && i < first17.size(); ++i) sum += (first17[i] - '0') * kWeights[i];
  return "10X98765432"[sum % 11];
}

bool ResidentIdValid(std::string_view id) {
  if (id.size() != 18) return false;
  for (size_t i = 0; i < 17; ++i) {
    if (id[i] < '0' || id[i] > '9') return false;
  }
  return ResidentIdCheck(id.substr(0, 17)) == id[17];
}

namespace {

int CreditValue(char c) {
  const size_t pos = kCreditAlphabet.find(c);
  return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

}  // namespace

char CreditCodeCheck(std::string_view first17) {
  static constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  if (first17.size() < 17) return '\0';
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) {
    const int v = CreditValue(first17[i]);
    if (v < 0) return '\0';
    sum += v * kWeights[i];
  }
  return kCreditAlphabet[(31 - sum % 31) % 31];
}

bool CreditCodeValid(std::string_view code) {
  return code.size() == 18 && CreditCodeCheck(code.substr(0, 17)) == code[17];
}

char OrgCodeCheck(std::string_view first8) {
  static constexpr int kWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  if (first8.size() < 8) return '\0';
  int sum = 0;
  for (size_t i = 0; i < 8; ++i) {
    const char c = first8[i];
    int v = -1;
    if (c >= '0' && c <= '9') v = c - '0';
    if (c >= 'A' && c <= 'Z') v = c - 'A' + 10;
    if (v < 0) return '\0';
    sum += v * kWeights[i];
  }
  const int check = 11 - sum % 11;
  if (check == 10) return 'X';
  if (check == 11) return '0';
  return static_cast<char>('0' + check);
}

char LuhnCheck(std::string_view payload) {
  int sum = 0;
  bool dbl = true;  // the rightmost payload digit is doubled
  for (size_t i = payload.size(); i-- > 0;) {
    int d = payload[i] - '0';
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

bool LuhnValid(std::string_view number) {
  if (number.size() < 2) return false;
  for (char c : number) {
    if (c < '0' || c > '9') return false;
  }
  return LuhnCheck(number.substr(0, number.size() - 1)) == number.back();
}

std::string ToFullWidth(std::string_view ascii) {
  std::string out;
  out.reserve(ascii.size() * 3);
  for (char ch : ascii) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x21 || c > 0x7e) {
      out.push_back(ch);
      continue;
    }
    const unsigned cp = 0xFF01 + (c - 0x21);
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
  return out;
}

std::string FoldFullWidth(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 == 0xEF && i + 2 < text.size()) {
      const unsigned cp = ((b0 & 0x0F) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) |
                          (static_cast<unsigned char>(text[i + 2]) & 0x3F);
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        out.push_back(static_cast<char>(cp - 0xFF01 + 0x21));
        i += 3;
        continue;
      }
    }
    if (b0 == 0xE3 && i + 2 < text.size() && text[i + 1] == '\x80' && text[i + 2] == '\x80') {
      out.push_back(' ');  // U+3000 ideographic space
      i += 3;
      continue;
    }
    out.push_back(text[i]);
    ++i;
  }
  return out;
}

std::string SpaceCharacters(std::string_view text, std::string_view sep) {
  std::string out;
  for (size_t k = 0; k < text.size(); ++k) {
    // (A continuation byte, 10xxxxxx, goes on with its character.)
    if (k > 0 && (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80) out += sep;
    out += text[k];
  }
  return out;
}

std::string ChineseNumerals(std::string_view digits, std::string_view zero, std::string_view one) {
  static constexpr std::string_view kDigits[] = {"",   "",   "二", "三", "四",
                                                 "五", "六", "七", "八", "九"};
  std::string out;
  for (const char c : digits) {
    if (c == '0') {
      out += zero;
    } else if (c == '1') {
      out += one;
    } else if (c >= '2' && c <= '9') {
      out += kDigits[c - '0'];
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace disclosure::testing
