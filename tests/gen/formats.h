// Building blocks of the synthetic generator: check digits of Chinese identifiers, civil-date
// arithmetic and character-width folding. Pure functions, no state; all values invented.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace disclosure::testing {

// A civil date (proleptic Gregorian).
struct Ymd {
  int year = 0;
  int month = 0;
  int day = 0;
};

int64_t DaysFromCivil(const Ymd& date);  // days since 1970-01-01
Ymd CivilFromDays(int64_t days);
bool IsValidYmd(const Ymd& date);
// Whole years between `birth` and `on` (age of a person born on `birth`, on the day `on`).
int AgeOn(const Ymd& birth, const Ymd& on);

// Resident ID (GB 11643): the check character of the first 17 digits, ISO 7064 MOD 11-2.
char ResidentIdCheck(std::string_view first17);
// True if `id` is 18 characters, 17 digits and the right check character (upper-case X only).
bool ResidentIdValid(std::string_view id);

// Unified social credit code (GB 32100): the check character of the first 17 characters.
// Returns '\0' if a character is outside the alphabet.
char CreditCodeCheck(std::string_view first17);
bool CreditCodeValid(std::string_view code);
// Organisation code (GB 11714): the check character of the first 8 characters ('\0' if bad).
char OrgCodeCheck(std::string_view first8);
inline constexpr std::string_view kCreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// Luhn check digit for a payload (the number without its last digit), and validation.
char LuhnCheck(std::string_view payload);
bool LuhnValid(std::string_view number);

// Printable ASCII (! … ~) to the full-width forms (U+FF01 … U+FF5E), other bytes unchanged.
std::string ToFullWidth(std::string_view ascii);
// The reverse: full-width ASCII forms and the ideographic space to ASCII.
std::string FoldFullWidth(std::string_view text);

// `text` (valid UTF-8) with `sep` between each two characters: digits one at a time
// (5 3 3 1 0 2 …), a name spaced as text pasted from a PDF has it (王 建 国).
std::string SpaceCharacters(std::string_view text, std::string_view sep);

// Digits in Chinese numerals, as a statement taken down by hand writes a phone or an ID
// (13880635817 → 一三八八〇六三五八一七); `zero` and `one` are the forms of 0 and 1 (〇 or 零,
// 一 or 幺). Any other character is kept (an ID's X).
std::string ChineseNumerals(std::string_view digits, std::string_view zero = "〇",
                            std::string_view one = "一");

}  // namespace disclosure::testing
