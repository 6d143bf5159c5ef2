// Check digits and validators of pii-formats.md.
#include <array>
#include <cstdint>
#include <string_view>

#include "base/base.h"
#include "redaction/detectors.h"
#include "redaction/redaction.h"
#include "redaction/text.h"

namespace disclosure::redaction {
namespace internal {

bool PassesLuhn(std::string_view digits) {
  if (digits.empty()) return false;
  int sum = 0;
  bool twice = false;
  for (size_t k = digits.size(); k-- > 0;) {
    if (!IsDigit(static_cast<unsigned char>(digits[k]))) return false;
    int d = digits[k] - '0';
    if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

constexpr std::array<int, 17> kIdWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::string_view kIdCheck = "10X98765432";

char IdCheckCharacter(std::string_view first17) {
  int sum = 0;
  for (size_t k = 0; k < 17; ++k) sum += (first17[k] - '0') * kIdWeights[k];
  return kIdCheck[sum % 11];
}

bool HasValidIdCheckDigit(std::string_view id) {
  if (id.size() != 18) return false;
  // The digit test and IdCheckCharacter's sum in one pass (every 18-digit run is tested).
  int sum = 0;
  for (size_t k = 0; k < 17; ++k) {
    const unsigned digit = static_cast<unsigned char>(id[k]) - unsigned{'0'};
    if (digit > 9) return false;
    sum += static_cast<int>(digit) * kIdWeights[k];
  }
  const char last = id[17] == 'x' ? 'X' : id[17];
  return kIdCheck[sum % 11] == last;
}

bool HasValidVinCheckDigit(std::string_view vin) {
  if (vin.size() != 17) return false;
  static constexpr std::array<int, 17> kWeights = {8, 7, 6, 5, 4, 3, 2, 10, 0,
                                                   9, 8, 7, 6, 5, 4, 3, 2};
  // Letter values: A–H 1–8, J–N 1–5, P 7, R 9, S–Z 2–9 (I, O, Q never occur).
  static constexpr std::string_view kLetters = "ABCDEFGHJKLMNPRSTUVWXYZ";
  static constexpr std::array<int, 23> kValues = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4,
                                                  5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
  int sum = 0;
  for (size_t k = 0; k < 17; ++k) {
    const char c = vin[k];
    int value = 0;
    if (IsDigit(static_cast<unsigned char>(c))) {
      value = c - '0';
    } else {
      const size_t at = kLetters.find(c);
      if (at == std::string_view::npos) return false;
      value = kValues[at];
    }
    sum += value * kWeights[k];
  }
  const int check = sum % 11;
  return vin[8] == (check == 10 ? 'X' : static_cast<char>('0' + check));
}

}  // namespace internal

namespace {

int ParseDigits(std::string_view s) {
  int value = 0;
  for (char ch : s) value = value * 10 + (ch - '0');
  return value;
}

}  // namespace

bool IsValidResidentId(std::string_view id) {
  // Region first digit 1–8 (mainland, 港澳台 permits 81–83) or 9 (2023 foreign permanent
  // residence ID, same check). The birth date must exist; "not in the future" needs a clock,
  // which this pure stage does not have.
  if (!internal::HasValidIdCheckDigit(id) || id[0] == '0') return false;
  return internal::IsRealDate(ParseDigits(id.substr(6, 4)), ParseDigits(id.substr(10, 2)),
                              ParseDigits(id.substr(12, 2)));
}

bool IsUnifiedSocialCreditCode(std::string_view code) {
  // GB 32100-2015: 17 characters weighted 3^i mod 31, check = (31 − Σ mod 31) mod 31.
  static constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static constexpr std::array<int, 17> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                                   29, 25, 13, 8,  24, 10, 30, 28};
  // Each byte's value in the alphabet plus one, 0 for a byte not in it: a load per character
  // instead of a search of the alphabet (every 18-character token is tested).
  static constexpr std::array<uint8_t, 256> kValues = [] {
    std::array<uint8_t, 256> values{};
    for (size_t k = 0; k < kAlphabet.size(); ++k) {
      values[static_cast<unsigned char>(kAlphabet[k])] = static_cast<uint8_t>(k + 1);
    }
    return values;
  }();
  if (code.size() != 18) return false;
  int sum = 0;
  for (size_t k = 0; k < 17; ++k) {
    const int value = kValues[static_cast<unsigned char>(code[k])] - 1;
    if (value < 0) return false;
    sum += value * kWeights[k];
  }
  // A last character outside the alphabet equals no check character.
  return code[17] == kAlphabet[(31 - sum % 31) % 31];
}

}  // namespace disclosure::redaction
