// Validated patterns of pii-formats.md, found in one left-to-right pass over a folded field.
#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/detectors.h"
#include "redaction/text.h"

namespace disclosure::redaction::internal {
namespace {

using Words = std::span<const std::string_view>;

constexpr std::string_view kProvinces =
    "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新";
constexpr std::string_view kPlateSpecial = "警学挂港澳领试超";
constexpr std::array<std::string_view, 4> kIdLabels = {"身份证", "身份号码", "居民身份", "证件号"};
constexpr std::array<std::string_view, 6> kAccountLabels = {"卡号", "账号", "银行",
                                                            "开户", "账户", "存折"};
constexpr std::array<std::string_view, 2> kTaiwanPermitLabels = {"台胞证",
                                                                 "台湾居民来往大陆通行证"};
constexpr std::array<std::string_view, 7> kHotlines = {"110",   "119",   "120",  "122",
                                                       "12345", "12389", "12123"};
// Labels a QQ or WeChat id follows, then the filler between label and value.
constexpr std::array<std::string_view, 6> kLabelFillers = {"号码", "号", ":", " ", "为", "是"};

// A village, road or 小区 …, then house-level numbers (longest words first).
constexpr std::array<std::string_view, 19> kPlaceSuffixes = {
    "小区", "社区", "新村", "花园", "公寓", "大厦", "大道", "胡同", "家园", "村",
    "路",   "街",   "巷",   "弄",   "道",   "苑",   "寨",   "屯",   "庄"};
constexpr std::array<std::string_view, 15> kHouseUnits = {
    "单元", "号楼", "号院", "组", "号", "栋", "幢", "楼", "室", "层", "户", "社", "队", "座", "排"};
constexpr std::array<std::string_view, 1> kBirthBefore = {"出生"};
constexpr std::string_view kCjkNumerals = "一二三四五六七八九十百零〇两";
// Administrative levels kept in an address (省 市 州 县 区 乡 镇), and words that end the
// place name when walking back from its suffix.
constexpr std::string_view kAddressStops =
    "省市州县区乡镇旗住在于至到往从经自及和与的位址所即处为是对向将把被其家";
// After a bare house number these mean the number was something else (a date, an amount).
constexpr std::string_view kNotHouseNumberAfter = "年月日时分秒元岁个名人次";

bool At(std::string_view s, size_t i, std::string_view word) {
  return i <= s.size() && s.size() - i >= word.size() && s.substr(i, word.size()) == word;
}

// Length of the first of `words` at s[i], or 0.
size_t AtAny(std::string_view s, size_t i, Words words) {
  for (std::string_view w : words) {
    if (At(s, i, w)) return w.size();
  }
  return 0;
}

// True if the whole character `ch` (three bytes: every list holds ideographs) is in `list`.
bool InCharList(std::string_view list, std::string_view ch) {
  return ch.size() == 3 && list.find(ch) != std::string_view::npos;
}

// The character at byte i ("" at the end).
std::string_view CharAt(std::string_view s, size_t i) {
  if (i >= s.size()) return {};
  char32_t cp;
  return s.substr(i, DecodeUtf8(s, i, &cp));
}

bool DigitAt(std::string_view s, size_t i) {
  return i < s.size() && IsDigit(static_cast<unsigned char>(s[i]));
}
bool AlnumAt(std::string_view s, size_t i) {
  return i < s.size() && IsAlnum(static_cast<unsigned char>(s[i]));
}
bool IsX(char c) { return c == 'X' || c == 'x'; }

int ToInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

size_t SkipDigits(std::string_view s, size_t i) {
  while (DigitAt(s, i)) ++i;
  return i;
}

// True if d (all digits) is 0 + area code + a 7–8 digit local number not starting with 0/1.
bool IsLandline(std::string_view d) {
  if (d.size() < 3 || d[0] != '0') return false;
  size_t area = 0;
  if (d[1] == '1') {
    if (d[2] != '0') return false;
    area = 3;
  } else if (d[1] == '2') {
    area = 3;
  } else if (d[1] >= '3') {
    area = 4;
  } else {
    return false;
  }
  if (d.size() < area + 7 || d.size() > area + 8) return false;
  return d[area] != '0' && d[area] != '1';
}

bool IsMobile(std::string_view d) {
  return d.size() == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9';
}

// Characters at which a CJK-triggered pattern may start (〔, 微信, provinces, place suffixes).
const CharSet& TriggerChars() {
  static const CharSet* const kChars = [] {
    std::vector<std::string_view> words = {"〔", "微"};
    for (size_t i = 0; i + 3 <= kProvinces.size(); i += 3) words.push_back(kProvinces.substr(i, 3));
    words.insert(words.end(), kPlaceSuffixes.begin(), kPlaceSuffixes.end());
    return new CharSet(words);
  }();
  return *kChars;
}

class Scanner {
 public:
  Scanner(std::string_view s, const KnownDigits& known, const std::vector<Date>& birth_dates,
          Findings* out)
      : s_(s), known_(known), birth_dates_(birth_dates), out_(out) {}

  void Run() {
    for (size_t i = 0; i < s_.size();) {
      const auto c = static_cast<unsigned char>(s_[i]);
      if (IsAlnum(c)) {
        i = Token(i);
        continue;
      }
      char32_t cp;
      const size_t len = DecodeUtf8(s_, i, &cp);
      if (c == '@') {
        Email(i, 1);
      } else if (c == '(' || c == '[') {
        if (At(s_, i, "(at)")) Email(i, 4);
        ParenLandline(i);
        DocumentNumber(i, 1);
      } else if (len == 3 && TriggerChars().contains(cp)) {
        if (At(s_, i, "〔")) DocumentNumber(i, len);
        Plate(i);
        HouseAddress(i);
        if (At(s_, i, "微信")) WeChat(i + 6);
      }
      i += len;
    }
  }

 private:
  void Add(size_t b, size_t e, PiiClass cls, FoundBy how = FoundBy::kPattern) {
    Candidate c;
    c.begin = b;
    c.end = e;
    c.cls = cls;
    c.how = how;
    out_->candidates.push_back(c);
  }
  void Protect(size_t b, size_t e) { out_->protect.push_back({b, e}); }

  // True if one of `labels` occurs within the `max_chars` characters before `pos`, not across
  // the end of a clause.
  bool LabelBefore(size_t pos, Words labels, int max_chars = 10) const {
    size_t start = pos;
    for (int k = 0; k < max_chars && start > 0; ++k) {
      const size_t prev = PrevCharStart(s_, start);
      const std::string_view ch = s_.substr(prev, start - prev);
      if (ch == "," || ch == ";" || ch == "!" || ch == "?" || ch == "\n" || ch == "。" ||
          ch == "、") {
        break;
      }
      start = prev;
    }
    const std::string_view window = s_.substr(start, pos - start);
    return std::any_of(labels.begin(), labels.end(), [&](std::string_view label) {
      return window.find(label) != std::string_view::npos;
    });
  }

  // Position after the label fillers (号, ：, space …) starting at i.
  size_t SkipFillers(size_t i) const {
    for (int k = 0; k < 3; ++k) {
      const size_t n = AtAny(s_, i, kLabelFillers);
      if (n == 0) break;
      i += n;
    }
    return i;
  }

  // An alphanumeric token starting at p (the character before is not alphanumeric).
  size_t Token(size_t p) {
    size_t t = p;
    bool letters = false;
    while (AlnumAt(s_, t)) {
      letters = letters || IsAlpha(static_cast<unsigned char>(s_[t]));
      ++t;
    }
    if (t - p >= 2 && (s_[p] | 0x20) == 'q' && (s_[p + 1] | 0x20) == 'q') {
      Qq(p + 2);  // QQ12345678 or QQ号：12345678
      return t;
    }
    const bool id_with_x = letters && t - p == 18 && IsX(s_[t - 1]) &&
                           std::all_of(s_.begin() + p, s_.begin() + t - 1, [](char c) {
                             return IsDigit(static_cast<unsigned char>(c));
                           });
    if (!letters || id_with_x) return DigitRun(p);
    AlnumToken(p, t);
    return t;
  }

  // QQ id after the label: [1-9]\d{4,10}.
  void Qq(size_t i) {
    i = SkipFillers(i);
    const size_t e = SkipDigits(s_, i);
    if (e - i >= 5 && e - i <= 11 && s_[i] != '0' && !AlnumAt(s_, e)) Add(i, e, PiiClass::kContact);
  }

  // WeChat id after the label: [A-Za-z][-_A-Za-z0-9]{5,19}.
  void WeChat(size_t i) {
    i = SkipFillers(i);
    if (i >= s_.size() || !IsAlpha(static_cast<unsigned char>(s_[i]))) return;
    size_t e = i + 1;
    while (e < s_.size() && (AlnumAt(s_, e) || s_[e] == '-' || s_[e] == '_')) ++e;
    if (e - i >= 6 && e - i <= 20) Add(i, e, PiiClass::kContact);
  }

  void AlnumToken(size_t p, size_t t) {
    std::string tok(s_.substr(p, t - p));
    for (char& c : tok) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    const size_t len = tok.size();
    if (len == 18 && IsUnifiedSocialCreditCode(tok)) {
      // 个体工商户 (92…) is a person: its code is masked; any other organization's is kept.
      if (tok.starts_with("92")) {
        Add(p, t, PiiClass::kCertificate);
      } else {
        Protect(p, t);
      }
      return;
    }
    auto digits_from = [&](size_t k) {
      return std::all_of(tok.begin() + static_cast<std::ptrdiff_t>(k), tok.end(),
                         [](char c) { return IsDigit(static_cast<unsigned char>(c)); });
    };
    auto no_io = [](char c) { return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O'; };
    const char a = tok[0];
    const bool passport =
        (len == 9 &&
         (a == 'E' || a == 'G' || a == 'C' || a == 'W' || a == 'H' || a == 'M' || a == 'L') &&
         digits_from(1)) ||
        (len == 9 && a == 'E' && no_io(tok[1]) && digits_from(2)) ||
        (len == 9 && (tok.starts_with("DE") || tok.starts_with("SE") || tok.starts_with("PE")) &&
         digits_from(2)) ||
        (len == 11 && (a == 'H' || a == 'M') && digits_from(1));
    if (passport) {
      Add(p, t, PiiClass::kCertificate);
      return;
    }
    if (len == 17) {  // VIN: A-HJ-NPR-Z0-9, letters and digits mixed
      bool vin = true;
      int digits = 0;
      for (char c : tok) {
        if (IsDigit(static_cast<unsigned char>(c))) {
          ++digits;
        } else if (c == 'I' || c == 'O' || c == 'Q') {
          vin = false;
        }
      }
      if (vin && digits >= 4 && digits < 17) Add(p, t, PiiClass::kPlate);
    }
  }

  struct Group {
    size_t begin;
    size_t end;
  };

  // A run of digits starting at p, possibly grouped by single spaces, hyphens or '·'.
  size_t DigitRun(size_t p) {
    const size_t q0 = SkipDigits(s_, p);
    if (q0 + 1 < s_.size() && (s_[q0] == '.' || s_[q0] == '/' || s_[q0] == ':') &&
        DigitAt(s_, q0 + 1)) {
      return Dotted(p);
    }
    if (q0 - p == 4 && At(s_, q0, "年")) {
      if (const size_t e = CjkDate(p); e != 0) return e;
    }
    std::vector<Group> groups = {{p, q0}};
    std::vector<char> seps;
    size_t q = q0;
    while (groups.size() < 12) {
      size_t sep = 0;
      if (q < s_.size() && (s_[q] == ' ' || s_[q] == '-')) {
        sep = 1;
      } else if (At(s_, q, "·")) {
        sep = 2;
      }
      if (sep == 0 || !DigitAt(s_, q + sep)) break;
      const size_t r = q + sep;
      const size_t e = SkipDigits(s_, r);
      if (e < s_.size() && IsAlpha(static_cast<unsigned char>(s_[e])) &&
          !(IsX(s_[e]) && !AlnumAt(s_, e + 1))) {
        break;  // the next group belongs to an alphanumeric token
      }
      groups.push_back({r, e});
      seps.push_back(s_[q]);
      q = e;
    }
    const bool has_x = q < s_.size() && IsX(s_[q]) && !AlnumAt(s_, q + 1);
    const size_t x_end = has_x ? q + 1 : q;
    if (groups.size() == 3 && seps[0] == '-' && seps[1] == '-' &&
        groups[0].end - groups[0].begin == 4 && !has_x) {
      const Group& y = groups[0];
      const Group& m = groups[1];
      const Group& d = groups[2];
      if (m.end - m.begin <= 2 && d.end - d.begin <= 2) {
        DateFound(y.begin, d.end, ToInt(s_.substr(y.begin, 4)),
                  ToInt(s_.substr(m.begin, m.end - m.begin)),
                  ToInt(s_.substr(d.begin, d.end - d.begin)));
        return x_end;
      }
    }
    for (size_t i = 0; i < groups.size(); ++i) {
      std::string digits;
      for (size_t j = i; j < groups.size(); ++j) {
        digits.append(s_.substr(groups[j].begin, groups[j].end - groups[j].begin));
        if (digits.size() > 25) break;
        const bool last = j + 1 == groups.size();
        Classify(digits, groups, i, j, last && has_x ? x_end : 0);
      }
    }
    return x_end;
  }

  // Looks `digits` up among the parties' and officers' numbers.
  bool Known(std::string_view digits, size_t b, size_t e) {
    auto lookup = [&](std::string_view key, size_t begin) {
      auto it = known_.find(std::string(key));
      if (it == known_.end()) return false;
      for (const DigitValue& v : it->second) {
        if (v.protect) {
          Protect(begin, e);
        } else {
          Add(begin, e, v.cls, FoundBy::kKnownValue);
        }
      }
      return true;
    };
    const size_t plus = b > 0 && s_[b - 1] == '+' ? b - 1 : b;
    bool found = lookup(digits, b);
    if (digits.size() == 13 && digits.starts_with("86")) {
      found = lookup(digits.substr(2), plus) || found;
    }
    if (digits.size() == 15 && digits.starts_with("0086"))
      found = lookup(digits.substr(4), b) || found;
    return found;
  }

  // Classifies groups i..j of a digit run whose digits are `digits`. x_end != 0 when the run
  // ends in an X/x right after group j (a resident ID's check character).
  void Classify(const std::string& digits, const std::vector<Group>& groups, size_t i, size_t j,
                size_t x_end) {
    const size_t b = groups[i].begin;
    const size_t e = groups[j].end;
    const bool at_start = i == 0;  // labels before the run apply
    const size_t len = digits.size();
    if (x_end != 0) {
      const std::string id = digits + "X";
      Known(id, b, x_end);
      if (len == 17 && (IsValidResidentId(id) || (at_start && LabelBefore(b, kIdLabels)))) {
        Add(b, x_end, PiiClass::kIdNumber);
      }
    }
    Known(digits, b, e);
    if (at_start && j + 1 == groups.size() &&
        std::find(kHotlines.begin(), kHotlines.end(), digits) != kHotlines.end()) {
      Protect(b, e);
      return;
    }
    if (len == 18) {
      if (IsValidResidentId(digits) || (at_start && LabelBefore(b, kIdLabels))) {
        Add(b, e, PiiClass::kIdNumber);
        return;
      }
      if (digits[0] >= '1' && digits[0] <= '8' &&
          IsRealDate(ToInt(digits.substr(6, 4)), ToInt(digits.substr(10, 2)),
                     ToInt(digits.substr(12, 2)))) {
        out_->doubt = true;  // an ID with a typo in its check digit, or something else
      }
    }
    if (len == 15 && at_start && LabelBefore(b, kIdLabels) &&
        IsRealDate(1900 + ToInt(digits.substr(6, 2)), ToInt(digits.substr(8, 2)),
                   ToInt(digits.substr(10, 2)))) {
      Add(b, e, PiiClass::kIdNumber);
      return;
    }
    if (IsMobile(digits)) {
      Add(b, e, PiiClass::kPhone);
      return;
    }
    if (len == 13 && digits.starts_with("86") && IsMobile(std::string_view(digits).substr(2))) {
      Add(b > 0 && s_[b - 1] == '+' ? b - 1 : b, e, PiiClass::kPhone);
      return;
    }
    if (len == 15 && digits.starts_with("0086") && IsMobile(std::string_view(digits).substr(4))) {
      Add(b, e, PiiClass::kPhone);
      return;
    }
    const bool landline = IsLandline(digits);
    const size_t last_group = groups[j].end - groups[j].begin;
    const bool with_extension = !landline && j > i && last_group <= 6 &&
                                IsLandline(std::string_view(digits).substr(0, len - last_group));
    if (landline || with_extension) {
      size_t end = e;
      if (At(s_, e, "转") && DigitAt(s_, e + 3)) {
        const size_t ext = SkipDigits(s_, e + 3);
        if (ext - e - 3 <= 6 && !AlnumAt(s_, ext)) end = ext;
      }
      Add(b, end, PiiClass::kPhone);
      return;
    }
    const bool account_label = at_start && LabelBefore(b, kAccountLabels);
    if (len >= 16 && len <= 19 && PassesLuhn(digits)) {
      const bool card_prefix = digits.starts_with("62") || digits[0] == '4' ||
                               (digits[0] == '5' && digits[1] >= '1' && digits[1] <= '5') ||
                               digits.starts_with("35");
      if (card_prefix || account_label) {
        Add(b, e, PiiClass::kBankAccount);
        return;
      }
      out_->doubt = true;  // Luhn alone: perhaps a card
    }
    if (account_label && len >= 10 && len <= 25) {
      Add(b, e, PiiClass::kBankAccount);  // 对公账户, 存折: often not Luhn-valid
      return;
    }
    if (at_start && (len == 8 || len == 10) && LabelBefore(b, kTaiwanPermitLabels)) {
      Add(b, e, PiiClass::kCertificate);
      return;
    }
    if (len == 8 && i == j && (digits.starts_with("19") || digits.starts_with("20"))) {
      DateFound(b, e, ToInt(digits.substr(0, 4)), ToInt(digits.substr(4, 2)),
                ToInt(digits.substr(6, 2)));
    }
  }

  // Numbers joined by '.', '/' or ':' (IPv4, 1990.1.1, 21:30, 45.5), starting at p.
  size_t Dotted(size_t p) {
    const char sep = s_[SkipDigits(s_, p)];
    std::vector<Group> parts;
    size_t q = p;
    while (true) {
      const size_t e = SkipDigits(s_, q);
      parts.push_back({q, e});
      q = e;
      if (q + 1 < s_.size() && s_[q] == sep && DigitAt(s_, q + 1)) {
        ++q;
      } else {
        break;
      }
    }
    if (AlnumAt(s_, q)) return q;
    auto value = [&](const Group& g) { return ToInt(s_.substr(g.begin, g.end - g.begin)); };
    auto width = [](const Group& g) { return g.end - g.begin; };
    if (sep == '.' && parts.size() == 4 &&
        std::all_of(parts.begin(), parts.end(),
                    [&](const Group& g) { return width(g) <= 3 && value(g) <= 255; })) {
      Add(p, q, PiiClass::kContact);
    } else if ((sep == '.' || sep == '/') && parts.size() == 3 && width(parts[0]) == 4 &&
               width(parts[1]) <= 2 && width(parts[2]) <= 2) {
      DateFound(p, q, value(parts[0]), value(parts[1]), value(parts[2]));
    }
    return q;
  }

  // YYYY年M月D日 (or YYYY年M月) at p; returns its end, or 0 if it is not one.
  size_t CjkDate(size_t p) {
    const int year = ToInt(s_.substr(p, 4));
    size_t q = p + 4 + 3;  // after 年
    const size_t m_end = SkipDigits(s_, q);
    if (m_end == q || m_end - q > 2 || !At(s_, m_end, "月")) return 0;
    const int month = ToInt(s_.substr(q, m_end - q));
    q = m_end + 3;
    const size_t d_end = SkipDigits(s_, q);
    if (d_end > q && d_end - q <= 2 && At(s_, d_end, "日")) {
      DateFound(p, d_end + 3, year, month, ToInt(s_.substr(q, d_end - q)));
      return d_end + 3;
    }
    if (d_end == q && month >= 1 && month <= 12 && BirthLabelAround(p, q)) {
      Add(p, q, PiiClass::kBirthDate);
    }
    return q;
  }

  // 出生 / 生于 / 出生日期 before, or 出生 / 生 right after.
  bool BirthLabelAround(size_t b, size_t e) const {
    size_t after = e;
    while (after < s_.size() && s_[after] == ' ') ++after;
    if (At(s_, after, "出生")) return true;
    if (At(s_, after, "生")) {
      char32_t cp = 0;
      if (after + 3 >= s_.size()) return true;
      DecodeUtf8(s_, after + 3, &cp);
      if (!IsIdeograph(cp) || At(s_, after + 3, "人")) return true;
    }
    if (LabelBefore(b, kBirthBefore, 8)) return true;
    // 生于, but not 发生于 / 产生于 (an event).
    size_t start = b;
    for (int k = 0; k < 8 && start > 0; ++k) start = PrevCharStart(s_, start);
    const std::string_view window = s_.substr(start, b - start);
    for (size_t at = window.find("生于"); at != std::string_view::npos;
         at = window.find("生于", at + 1)) {
      if (at >= 3) {
        const std::string_view before = window.substr(at - 3, 3);
        if (before == "发" || before == "产" || before == "派" || before == "衍") continue;
      }
      return true;
    }
    return false;
  }

  void DateFound(size_t b, size_t e, int year, int month, int day) {
    if (!IsRealDate(year, month, day)) return;
    if (BirthLabelAround(b, e)) {
      Add(b, e, PiiClass::kBirthDate);
      return;
    }
    const Date date{year, month, day};
    if (std::find(birth_dates_.begin(), birth_dates_.end(), date) != birth_dates_.end()) {
      Add(b, e, PiiClass::kBirthDate, FoundBy::kKnownValue);
    }
  }

  // e-mail around the '@' (or "(at)") at `at`.
  void Email(size_t at, size_t at_len) {
    auto local_char = [](char c) {
      return IsAlnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '%' ||
             c == '+' || c == '-';
    };
    size_t b = at;
    while (b > 0 && local_char(s_[b - 1])) --b;
    while (b < at && !AlnumAt(s_, b)) ++b;
    if (b == at) return;
    size_t e = at + at_len;
    int labels = 0;
    size_t last_label = 0;
    while (true) {
      const size_t start = e;
      while (e < s_.size() && (AlnumAt(s_, e) || s_[e] == '-')) ++e;
      if (e == start) return;
      ++labels;
      last_label = start;
      if (e + 1 < s_.size() && s_[e] == '.' && AlnumAt(s_, e + 1)) {
        ++e;
      } else {
        break;
      }
    }
    if (labels < 2 || e - last_label < 2) return;
    for (size_t k = last_label; k < e; ++k) {
      if (!IsAlpha(static_cast<unsigned char>(s_[k]))) return;
    }
    Add(b, e, PiiClass::kContact);
  }

  // (0755)61234567, (010) 6123-4567 is not accepted: the local number is one group.
  void ParenLandline(size_t p) {
    if (s_[p] != '(' || !DigitAt(s_, p + 1) || s_[p + 1] != '0') return;
    const size_t area_end = SkipDigits(s_, p + 1);
    if (area_end - p - 1 < 3 || area_end - p - 1 > 4 || !At(s_, area_end, ")")) return;
    size_t q = area_end + 1;
    if (q < s_.size() && (s_[q] == ' ' || s_[q] == '-')) ++q;
    const size_t local_end = SkipDigits(s_, q);
    if (AlnumAt(s_, local_end)) return;
    const std::string digits =
        std::string(s_.substr(p + 1, area_end - p - 1)) + std::string(s_.substr(q, local_end - q));
    if (IsLandline(digits)) Add(p, local_end, PiiClass::kPhone);
  }

  // 〔2026〕118号, (2024)云3122刑初123号: document and court case numbers are kept.
  void DocumentNumber(size_t p, size_t open_len) {
    size_t q = p + open_len;
    const size_t year_end = SkipDigits(s_, q);
    if (year_end - q != 4) return;
    const size_t close = At(s_, year_end, "〕")                             ? 3
                         : (At(s_, year_end, ")") || At(s_, year_end, "]")) ? 1
                                                                            : 0;
    if (close == 0) return;
    q = year_end + close;
    for (int k = 0; k < 12 && q < s_.size(); ++k) {
      if (At(s_, q, "号")) {
        if (q > 0 && DigitAt(s_, q - 1)) Protect(p, q + 3);
        return;
      }
      char32_t cp;
      const size_t len = DecodeUtf8(s_, q, &cp);
      if (!IsIdeograph(cp) && !IsAlnum(static_cast<unsigned char>(s_[q]))) return;
      q += len;
    }
  }

  // A plate: province, issuing letter (not I), optional '·' or space, then the serial.
  void Plate(size_t p) {
    if (!InCharList(kProvinces, CharAt(s_, p))) return;
    const size_t letter = p + 3;
    if (letter >= s_.size() || s_[letter] < 'A' || s_[letter] > 'Z' || s_[letter] == 'I') return;
    size_t q = letter + 1;
    if (At(s_, q, "·")) {
      q += 2;
    } else if (q < s_.size() && s_[q] == ' ') {
      q += 1;
    }
    size_t e = q;
    int digits = 0;
    while (e < s_.size() && e - q < 7 &&
           ((s_[e] >= 'A' && s_[e] <= 'Z') || IsDigit(static_cast<unsigned char>(s_[e])))) {
      digits += IsDigit(static_cast<unsigned char>(s_[e])) ? 1 : 0;
      ++e;
    }
    const std::string_view serial = s_.substr(q, e - q);
    if (AlnumAt(s_, e) || (e < s_.size() && s_[e] >= 'a' && s_[e] <= 'z')) return;
    auto plain = [](char c) { return c != 'I' && c != 'O'; };
    auto energy_letter = [](char c) { return (c >= 'A' && c <= 'H') || c == 'J' || c == 'K'; };
    auto all_digits = [](std::string_view v) {
      return std::all_of(v.begin(), v.end(),
                         [](char c) { return IsDigit(static_cast<unsigned char>(c)); });
    };
    bool plate = false;
    if (serial.size() == 5) {
      plate = digits >= 3 && std::all_of(serial.begin(), serial.end(), plain);
    } else if (serial.size() == 6) {
      plate = (energy_letter(serial[0]) && plain(serial[1]) && all_digits(serial.substr(2))) ||
              (all_digits(serial.substr(0, 5)) && energy_letter(serial[5]));
    } else if (serial.size() == 4 && std::all_of(serial.begin(), serial.end(), plain) &&
               InCharList(kPlateSpecial, CharAt(s_, e))) {
      plate = true;
      e += 3;
    }
    if (plate) Add(p, e, PiiClass::kPlate);
  }

  void HouseAddress(size_t i) {
    Range r;
    if (MatchHouseAddress(s_, i, &r)) Add(r.begin, r.end, PiiClass::kAddress);
  }

 public:
  // A place suffix at i followed by house-level numbers; the chunk starts at the place name.
  static bool MatchHouseAddress(std::string_view s, size_t i, Range* out) {
    const size_t suffix = AtAny(s, i, kPlaceSuffixes);
    if (suffix == 0) return false;
    size_t q = i + suffix;
    size_t end = 0;
    bool unit_seen = false;
    while (q < s.size()) {
      size_t r = q;
      bool ascii_number = false;
      if (DigitAt(s, r)) {
        r = SkipDigits(s, r);
        ascii_number = true;
        if (r < s.size() && IsAlpha(static_cast<unsigned char>(s[r])) && !AlnumAt(s, r + 1)) ++r;
      } else if (IsAlpha(static_cast<unsigned char>(s[r])) && !AlnumAt(s, r + 1)) {
        ++r;
      } else {
        while (InCharList(kCjkNumerals, CharAt(s, r))) r += 3;
      }
      if (r == q) break;
      if (const size_t unit = AtAny(s, r, kHouseUnits); unit != 0) {
        end = r + unit;
        unit_seen = true;
        q = end;
        continue;
      }
      if (r < s.size() && s[r] == '-' && DigitAt(s, r + 1)) {
        q = r + 1;
        continue;
      }
      if (unit_seen && ascii_number && !InCharList(kNotHouseNumberAfter, CharAt(s, r))) end = r;
      break;
    }
    if (!unit_seen || end == 0) return false;
    // Walk back over the place name, at most five characters, to an administrative level or
    // a word that ends the name.
    size_t start = i;
    for (int k = 0; k < 5 && start > 0; ++k) {
      const size_t prev = PrevCharStart(s, start);
      char32_t cp;
      DecodeUtf8(s, prev, &cp);
      if (!IsIdeograph(cp) || InCharList(kAddressStops, s.substr(prev, start - prev))) break;
      start = prev;
    }
    if (start == i) return false;
    *out = {start, end};
    return true;
  }

 private:
  std::string_view s_;
  const KnownDigits& known_;
  const std::vector<Date>& birth_dates_;
  Findings* out_;
};

}  // namespace

void ScanPatterns(std::string_view folded, const KnownDigits& known,
                  const std::vector<Date>& birth_dates, Findings* out) {
  Scanner(folded, known, birth_dates, out).Run();
}

std::vector<Range> FindAddressDetails(std::string_view folded) {
  std::vector<Range> found;
  for (size_t i = 0; i < folded.size();) {
    char32_t cp;
    const size_t len = DecodeUtf8(folded, i, &cp);
    Range r;
    if (len == 3 && Scanner::MatchHouseAddress(folded, i, &r)) found.push_back(r);
    i += len;
  }
  return found;
}

}  // namespace disclosure::redaction::internal
