// redaction internals: the detectors that run over one folded field. Each reports candidate
// spans (what to mask) and protected spans (what nothing may mask); redaction.cc resolves them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <memory_resource>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/base.h"
#include "redaction/redaction.h"
#include "redaction/text.h"

namespace disclosure::redaction::internal {

struct Range {
  size_t begin = 0;  // folded byte offsets, [begin, end)
  size_t end = 0;
  // A protected span from a known value (an officer, an organization) rather than a pattern
  // (document number, hotline, credit code): only these may veto a known personal value.
  bool known = false;
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
  // A name the heuristic found before, again (NameMentions): it stands only where the heuristic
  // finding stood as well (Redact).
  bool mention = false;
};

// A probable name of a person no party lists, at [begin, end): the name heuristic's guess,
// which raises the item's doubt.
inline Candidate HeuristicName(size_t begin, size_t end) {
  Candidate c;
  c.begin = begin;
  c.end = end;
  c.cls = PiiClass::kPersonName;
  c.how = FoundBy::kHeuristic;
  c.person = kUnlistedPerson;
  c.doubt = true;
  return c;
}

// The names the heuristic has found in an item so far, so that the scan finds them again
// where they stand with no context (其朋友王小明称 … 当晚王小明独自回家). The first character of
// each is added to a copy of the scan's trigger set: the scan stops there, as at any trigger,
// and compares the names that start with it. So a name is found again after the place where
// it was found first, in that field and in the item's later fields; a mention before that
// place is not (that would need a second pass over the text).
// A name is looked for as soon as the heuristic reports it; Redact keeps its mentions only if
// the finding itself stood (no protected span or certain value took its place), and carries
// only those names into the next field.
// One item at a time (Redact's working room keeps one per thread).
class NameMentions {
 public:
  NameMentions();
  // Forgets the names of the item before.
  void Reset();
  // The text the scan reads now (a folded field): names are added from it.
  void SetText(std::string_view text) {
    text_ = text;
    found_until_ = 0;
  }
  // The name text_[begin, end) that the heuristic found: looked for at once in the rest of the
  // text. Not a name of fewer than two characters (two since session thirty-six, where they
  // stand as words: ShortNameStandsAlone), or not led by an ideograph, or led by 于 向 曾 (see
  // IsLookedFor in patterns.cc).
  void Add(size_t begin, size_t end) {
    found_until_ = std::max(found_until_, end);
    AddFound(begin, end);
  }
  // Whether the name found, or mentioned, at text[begin, end) counts: not where its last
  // character, or the one after it, is a place's (县 市 区 镇 乡 村 省 州 …). There the heuristic
  // took a place for a name (法定代表人：梁河县…), and its mentions would mask the place, the
  // deciding unit's name with it (梁河县公安局). Nor before 公 派 局 (an organization's name:
  // 黄山河公安局, 金城公司), nor right after an officer's title or field (民警, 承办人 …:
  // OfficerFieldEndsAt; a colon between): an officer's name.
  // `given`: the mention is a given name of a name found (InsertGivenName), which may also
  // start a quotation or a form's value, or go before a word a person does (GivenNameAlone).
  static bool Mentionable(std::string_view text, size_t begin, size_t end, bool given = false);
  // Whether a name found is looked for again at all (see IsLookedFor in patterns.cc).
  static bool LookedFor(std::string_view name);
  // A name to look for (copied).
  void Add(std::string_view name);
  // Keeps the names for which keep(name) is true, and forgets the others and the text.
  template <typename Keep>
  void Retain(Keep&& keep) {
    std::string bytes;
    bytes.swap(bytes_);
    std::vector<Name> names;
    names.swap(names_);
    Reset();
    // (A given name only comes back with its name: Add.)
    for (const Name& name : names) {
      const std::string_view text = std::string_view(bytes).substr(name.offset, name.length);
      if (!name.given && keep(text)) Add(text);
    }
  }
  // The trigger set the scan uses (CharSet::blocks()): the patterns' triggers and the names'
  // first characters.
  const uint64_t* triggers() const { return triggers_.get(); }
  // The names' first characters (1024 words, as CharSet's).
  const uint64_t* firsts() const { return firsts_.get(); }
  // Whether cp (below U+10000) is the first character of a name found.
  bool IsFirst(char32_t cp) const { return ((firsts_[cp >> 6] >> (cp & 63)) & 1) != 0; }
  // The length of the longest name found that starts at text_[i], whose first character is cp
  // (0: none). Not inside a name found in this text (the first finding itself).
  // *given: that name is a given name only (InsertGivenName).
  size_t LongestAt(size_t i, char32_t cp, bool* given) const;

 private:
  void AddFound(size_t begin, size_t end);
  // Whether `name` (first character `first`) is looked for already.
  bool Has(char32_t first, std::string_view name) const;
  void Insert(char32_t first, std::string_view name, bool given = false);
  void InsertGivenName(std::string_view name);  // GivenNameOf(name), if any
  std::unique_ptr<uint64_t[]> triggers_;  // 1024 words, as CharSet's
  std::unique_ptr<uint64_t[]> firsts_;    // 1024 words
  std::vector<uint16_t> touched_;         // the words of both changed since Reset
  std::string bytes_;                     // the names, one after another
  struct Name {
    char32_t first = 0;
    uint32_t offset = 0;  // in bytes_
    uint32_t length = 0;
    bool given = false;  // a given name only (InsertGivenName)
  };
  std::vector<Name> names_;
  std::string_view text_;
  size_t found_until_ = 0;  // the end of the last name found in text_
};

struct Findings {
  std::vector<Candidate> candidates;
  std::vector<Range> protect;
  // Names written before a badge number (倪俊杰（警号107724）: OfficerBeforeBadge): officers acting
  // in office, whose name is kept wherever else the item writes it (since session forty-two).
  std::vector<Range> officers;
  bool doubt = false;   // met a number that may be personal but was not masked
  int suspect_ids = 0;  // 18-digit ID-shaped numbers (real birth date) failing the check digit
  // Whether the text being scanned has a middle dot (U+00B7, folded) anywhere: where it has none
  // (most texts), the name rules look for no minority name written with one. Set by the scan
  // (ScanPatterns) for each text; true unless known otherwise.
  bool text_has_dot = true;
  // Whether the scan met 籍 (Redact then drops the names read right before one: a nationality,
  // 哈萨克斯坦籍; since session forty-nine).
  bool saw_ji = false;
  // Whether it met 丙方, an agreement's third party (Redact then drops the names read as 丁方, its
  // fourth; since session sixty-six).
  bool saw_bing_fang = false;
  // The names found so far in the item (Redact), or null: the scan adds them to its triggers
  // and reports where else they stand. Kept by Clear.
  NameMentions* mentions = nullptr;
  // The dates the scan read that no label marks a birth's (ScanPatterns' working room: one equal
  // to the birth date of an ID number found in the same text is masked at the scan's end).
  struct DateRead {
    size_t begin = 0;
    size_t end = 0;
    Date date;
  };
  std::vector<DateRead> dates;
  // Empty again, keeping the vectors' room (a caller that scans text after text reuses it).
  void Clear() {
    candidates.clear();
    dates.clear();
    protect.clear();
    officers.clear();
    doubt = false;
    suspect_ids = 0;
    text_has_dot = true;
    saw_ji = false;
    saw_bing_fang = false;
  }
};

// A digit value of a party or officer (phone, ID number, badge), normalized to digits and a
// trailing upper-case X. Matched on runs of digits whatever their grouping.
struct DigitValue {
  PiiClass cls = PiiClass::kPhone;
  bool protect = false;  // an officer's badge: keep
};
// The digit values of one item in one flat table: every value's digits in one arena, and an
// open-addressing table from the digits to the first entry with them; entries with the same
// digits are chained in the order they were added. No sorting.
class KnownDigits {
 public:
  explicit KnownDigits(std::pmr::memory_resource* memory = std::pmr::get_default_resource())
      : arena_(memory), entries_(memory), slots_(memory) {}
  struct Entry {
    uint32_t offset = 0;  // arena_[offset, offset + length)
    uint32_t length = 0;
    uint32_t hash = 0;  // the digits' hash (its low bits: a table has fewer than 2^32 slots)
    int32_t next = -1;  // the next entry with the same digits, or -1
    DigitValue value;
  };
  void Add(std::string_view digits, DigitValue value) {
    const auto index = static_cast<int32_t>(entries_.size());
    entries_.push_back({static_cast<uint32_t>(arena_.Append(digits)),
                        static_cast<uint32_t>(digits.size()), Hash(digits), -1, value});
    lengths_ |= 1ull << (digits.size() & 63);
    if (2 * entries_.size() > slots_.size()) {
      Rehash(slots_.empty() ? 64 : 2 * slots_.size());  // re-inserts every entry, this one too
      return;
    }
    Insert(index);
  }
  // Room for `count` values (optional: saves rehashing).
  void Reserve(size_t count) {
    entries_.reserve(count);
    arena_.Reserve(count * 18);
    size_t slots = 64;
    while (slots < 2 * count) slots *= 2;
    if (slots > slots_.size()) Rehash(slots);
  }
  void Build() {}
  bool empty() const { return entries_.empty(); }
  // Bit k: some value has k digits (mod 64).
  uint64_t lengths() const { return lengths_; }
  // Calls on_entry(entry) for each entry whose digits are `digits`, in the order added;
  // returns whether there was one.
  template <typename OnEntry>
  bool Find(std::string_view digits, OnEntry&& on_entry) const {
    if (slots_.empty()) return false;
    const size_t mask = slots_.size() - 1;
    const uint32_t hash = Hash(digits);
    for (size_t k = hash & mask;; k = (k + 1) & mask) {
      const int32_t slot = slots_[k];
      if (slot < 0) return false;
      const Entry& first = entries_[static_cast<size_t>(slot)];
      if (first.hash != hash || !EqualShort(Key(first), digits)) continue;
      for (int32_t e = slot; e >= 0; e = entries_[static_cast<size_t>(e)].next) {
        on_entry(entries_[static_cast<size_t>(e)]);
      }
      return true;
    }
  }

 private:
  static uint32_t Hash(std::string_view s) { return static_cast<uint32_t>(HashBytes(s)); }
  std::string_view Key(const Entry& e) const { return arena_.View(e.offset, e.length); }
  // Puts entry `index` in the table: a new slot, or the end of its digits' chain.
  void Insert(int32_t index) {
    const size_t mask = slots_.size() - 1;
    const Entry& entry = entries_[static_cast<size_t>(index)];
    for (size_t k = entry.hash & mask;; k = (k + 1) & mask) {
      const int32_t slot = slots_[k];
      if (slot < 0) {
        slots_[k] = index;
        return;
      }
      const Entry& first = entries_[static_cast<size_t>(slot)];
      if (first.hash != entry.hash || !EqualShort(Key(first), Key(entry))) continue;
      int32_t last = slot;
      while (entries_[static_cast<size_t>(last)].next >= 0) {
        last = entries_[static_cast<size_t>(last)].next;
      }
      entries_[static_cast<size_t>(last)].next = index;
      return;
    }
  }
  void Rehash(size_t slots) {
    slots_.assign(slots, -1);
    for (Entry& e : entries_) e.next = -1;
    for (size_t i = 0; i < entries_.size(); ++i) Insert(static_cast<int32_t>(i));
  }
  ByteArena arena_;
  std::pmr::vector<Entry> entries_;
  std::pmr::vector<int32_t> slots_;  // power of two, at most half full
  uint64_t lengths_ = 0;
};

// Digits of a phone or ID as written (spaces, dashes, '+', parentheses dropped; x upper-cased; a
// leading 86 or 0086 of 13 or 15 digits cut), written into `buffer` (room for folded.size()
// bytes); returns them (a view into buffer), or "" if the value holds anything else or an X
// that is not last.
std::string_view NormalizeDigitsTo(std::string_view folded, char* buffer);
std::string NormalizeDigits(std::string_view folded);
// `digits` without the leading 86 or 0086 of a 13- or 15-digit number.
std::string_view WithoutCountryCode(std::string_view digits);
// True if `value` is ASCII digits alone, with at most an upper-case X last (most IDs and phones):
// then it folds to itself and NormalizeDigits(value) is WithoutCountryCode(value), so both steps
// may be skipped.
bool IsPlainNumber(std::string_view value);

// What ScanPatterns looks for besides the validated patterns.
struct ScanOptions {
  bool name_heuristics = true;  // probable unlisted person names (NameHeuristicAt)
  bool minor_present = false;   // a minor is a party: ages under 18 and school names go too
  bool protected_digits = true;  // officers' badges (protected digit values) count
  // The fewest digits of a number a party lists (0: none): the scan looks for the parties'
  // numbers written in Chinese numerals in runs of at least this many (and seven) numerals.
  size_t listed_number_digits = 0;
};

// Validators (pii-formats.md).
bool PassesLuhn(std::string_view digits);
// `id` is 17 digits and a check character (0-9, X or x); checks only ISO 7064 MOD 11-2.
bool HasValidIdCheckDigit(std::string_view id);
// "10X98765432"[Σ digit·weight mod 11] for the first 17 digits.
char IdCheckCharacter(std::string_view first17);
// A date from 1900 on that exists (inline, as Date::IsValid is: every date-shaped number is
// tested).
inline bool IsRealDate(int year, int month, int day) {
  return year >= 1900 && Date::IsValid(year, month, day);
}
// ISO 3779 / GB 16735 check digit (9th character) of a 17-character upper-case VIN.
bool HasValidVinCheckDigit(std::string_view vin);

// Validated patterns over a folded field, in one pass: IDs, phones, bank cards, plates,
// passports and permits, e-mail/QQ/WeChat/IP, birth dates next to their labels, house-level
// address detail, plus the must-keep credit codes, document numbers, badges and hotlines.
// `birth_dates` are the parties' own birth dates (a date equal to one is masked anywhere).
// Runs in one pass with the name heuristics (options.name_heuristics).
// `folded` must be valid UTF-8 (Fold's text, FoldValue's), and the byte after it a NUL that may
// be read (a std::string's, or FoldedText::text's): the scan's inner loops stop at it without
// end tests of their own.
void ScanPatterns(std::string_view folded, const KnownDigits& known,
                  std::span<const Date> birth_dates, const ScanOptions& options, Findings* out);

// The house-level address chunks of a folded text (勐宋村3组15号 in …乡勐宋村3组15号), into
// `found` (cleared first, so that a caller can reuse one vector): those of HouseAddressAt at
// each byte, in order.
void FindAddressDetails(std::string_view folded, std::vector<Range>* found);
// The chunk at byte i of a folded text, the test ScanPatterns makes at each place suffix (村 at
// 勐宋村3组15号): a suffix word at i with house-level numbers after it (组 号 栋 单元 室 …),
// from the place name before it (at most five ideographs back, to one of kAddressStops). True
// and *out, or false.
bool HouseAddressAt(std::string_view folded, size_t i, Range* out);
// Administrative levels kept in an address (省 市 州 县 区 乡 镇), and words that end the
// place name when walking back from its suffix.
inline constexpr std::string_view kAddressStops =
    "省市州县区乡镇旗住在于至到往从经自及和与的位址所即处为是对向将把被其家给我你他她";
// The first characters of familiar names (阿强, 小胡, 老孙), and the last ones of elders' words
// after a surname or a given name's character (王叔, 张大爷, 李阿姨, 顺伯).
inline constexpr std::string_view kFamiliarFirsts = "阿小老";
inline constexpr std::string_view kElders = "伯叔婶姨嫂哥姐爷奶";

// The spans to mask of one field's findings: drops candidates a protected span vetoes (unless
// the candidate strictly contains it), then keeps the longest, most certain of overlapping
// candidates (heuristic guesses only where nothing else overlaps; equal ones: the first found).
// A known value or a pattern's that overlaps just one kept known value or pattern's makes that
// one cover both, whatever their classes (a name and its spaced form, 张张 in 张张 张; a card's
// digits running into an ID's; a listed phone in numerals whose last figures start an e-mail:
// no part of either is published; a name grown so is masked as the other value's class). A
// guess that overlaps a certain one is dropped whole.
// Sorted by begin, free of overlaps. Sorts findings.protect in place.
std::vector<Candidate> Resolve(Findings& findings);
// The same into `accepted` (cleared first), whose room is reused.
void Resolve(Findings& findings, std::vector<Candidate>* accepted);

// Probable person names no party lists (其朋友张三, 李四称): surname + 1–2 characters, found by
// the pattern scan (ScanPatterns) at its context words.
// The heuristic's context words (其朋友, 被害人, 称 …): the scan runs it at their first characters.
std::vector<std::string_view> NameHeuristicWords();
// Runs the heuristic for the context word at byte i (if any); returns the first byte at which
// it may run next (past the word it matched, else i + the character's length).
size_t NameHeuristicAt(std::string_view folded, size_t i, Findings* out);
// A name in Latin letters at byte `at` (a capital) after its label, with a colon, a quotation
// mark or nothing between (英文姓名CHEUNG WAI MAN, （拼音：DONGFANG MINGYUE）, 拼音姓名"Zhang
// Wei"): masked.
void LatinNameAfterLabel(std::string_view folded, size_t at, Findings* out);
// The spaces (one or two, folded) inside names written with one (罗 丽, 蒙　桂英): between a
// surname that starts a word and an ideograph, in `folded`'s offsets, ascending (*spaces cleared
// first). Redact and CheckOutgoing take them out of the folded text.
// Since session forty-nine also every space between two ideographs on a line spaced at most of
// its characters (a scanned statement: 犯 罪嫌 疑人 向 明 军（ 男 ，土家 族), but not a folded
// ideographic space (谭 立 新　黄 鹏: two names apart), which `breaks` (the fold's map, where
// there is one) tells.
void FindSpacedNames(std::string_view folded, std::vector<Range>* spaces,
                     std::span<const std::pair<uint32_t, uint32_t>> breaks = {});
// The names in a tab-separated table's columns of persons: after a header row that has 姓名,
// 持有人, 被收缴人, 物主 … as a cell, the cell of that column in each row up to the first line
// without a tab (1⇥201⇥欧阳志坚⇥男; a list of goods seized and who held them). Since session
// thirty-six (a red-team round: 30 of 41 such cells were published).
void NamesInTableColumns(std::string_view folded, Findings* out);
// Whether a name of two characters at folded[begin, end) stands as a word: after the text's
// start, punctuation, a stop or a word's end, and before the end, punctuation, a word that ends
// a name, 的 家 之, or a join 和 与 及 (边巴称, 。孙浩与宋国强, 苏和家, 二狗和龙小平; not 早高峰,
// 万元). Where a name of two
// that the heuristic found is mentioned again (NameMentions::Mentionable).
bool ShortNameStandsAlone(std::string_view folded, size_t begin, size_t end);
bool ShortNameIsNoWord(std::string_view folded, size_t begin);
// The given name of a name of three characters led by a surname of the lists and no compound
// surname (刘振国: 振国), or empty: what a text often calls the person by after naming them in
// full (since session forty-two: red-team sets E and F leaked 41 such given names of 86 of two
// characters).
std::string_view GivenNameOf(std::string_view name);
// Whether such a given name at folded[begin, end) stands as a word where ShortNameStandsAlone
// finds none: after a word's boundary, at a quotation's or a form's value's start, or before a
// kin's address (哥 姐), a speech verb, a join or an adverb (since session forty-two).
bool GivenNameAlone(std::string_view folded, size_t begin, size_t end);
// A full name in the bracket at byte i after a word for a name (（大名赖志龙）,
// （户口名李凤兰，…）) or after a nickname (“海哥”（马海生）, 会计小胡（胡婷婷）): masked with the
// nickname (since session forty-two). Whether it found one.
bool FullNameInBracket(std::string_view folded, size_t i, Findings* out);
// A person's name written again in the bracket at byte i, in Latin letters or its rendering,
// after the name just found or one masked (穆某（MUHAMMAD ARIF）, 陈某1（CHEN CHIH-HAO）). Whether
// the bracket held one.
bool NameAgainInBracket(std::string_view folded, size_t i, Findings* out);
// The name right before the bracket at byte i that opens with a badge's label (社区民警：倪俊杰
// （警号107724）, 迪力木拉提·亚森（警号650487）): noted in out->officers (since session
// forty-two). Two to four ideographs after a title, a colon, a space, 、 or the line's start, or a
// dotted name.
void OfficerBeforeBadge(std::string_view folded, size_t i, Findings* out);
// A dotted minority name around the middle dot (folded to U+00B7) at byte `dot`, wherever it
// stands (由艾力江·吐尔洪一方先行垫付): its parts read over the characters that write names by
// their sound.
void NameAtDot(std::string_view folded, size_t dot, Findings* out);
// A form's field of a person (报警人:张三, 姓名:李四) at the ASCII colon at byte i (full-width
// ones are folded to it): the name after it, and the later members of its list. After any other
// word's colon, a name followed by its sex (经查明：周立新，女).
void NameAfterColon(std::string_view folded, size_t i, Findings* out);
// The same where the label 姓名 or 户名 (曾用名, 化名 …), ending at byte i, is followed by a
// space, a tab, / or |, or closed by a bracket (] or 】: `len` bytes) instead: a form flattened
// into text (姓名 李晓东 性别 男, 【姓名】李晓东, | 姓名 | 李晓东 |). Not a header row (姓名 性别
// 民族), nor an officer's field (民警姓名 王建国).
// Also after an English gloss (姓名(Name) 李晓东, 姓名/Name: 李晓东) or a verb (户名 为 李晓东,
// 户名变更为李晓东, 姓名系王芳), and closed by 〕 〗 》 」 〉 』 or ) as well.
void NameAfterLabelGap(std::string_view folded, size_t i, size_t len, Findings* out);
// Since session fifty-two (red-team sets O and P): a chat log's speaker after a role and a dash
// in the tag that starts a line, before a colon (【客服-小雅】：, 【财务-阿杰】：): two to four
// ideographs led by a surname, 阿, 小 or 老, or a doubled character (not 【客服-售后】：). `close`
// is the byte of 】.
void ChatSpeakerInTag(std::string_view folded, size_t close, Findings* out);
// Since session fifty-three (red-team set Q): a chat log's speaker after the time that starts its
// line, before the colon at byte `colon` ([2026-03-02 20:15] 麦生：, 01-15 09:02　艾克拜尔
// （微信号：…）：): two to four ideographs; not a role (客服, 对方), nor the police.
void ChatSpeakerBeforeColon(std::string_view folded, size_t colon, Findings* out);
// Since session sixty-nine (red-team set AH): the same for a longer handle after a stamp in
// brackets, or one joined by a dash, a middle dot, letters or digits (橄榄妹妹小芳：,
// 小柯-单板教练：, 椒王·老三：, 张淑琴0318：): masked whole; not the police's nor a role's.
void ChatHandleBeforeColon(std::string_view folded, size_t colon, Findings* out);
// Since session seventy (red-team set AI): a speaker's own name in brackets after the handle
// (【19:45】老某1（葛志田）：), on a line that starts with a stamp.
void ChatNameInBracketBeforeColon(std::string_view folded, size_t colon, Findings* out);
// Since session seventy (red-team sets AH and AI): a name called right before 你 or 您 at a
// chat message's start, after the speaker's colon (椒某：建军你嫑…).
void VocativeAfterChatSpeaker(std::string_view folded, size_t colon, Findings* out);
// The same where the value follows the label at once (姓名李晓东，性别男, 户名为李晓东): at the
// byte i after its 名. Not after 签名 or 署名 (署名文章), nor at a join (姓名和身份证号).
void NameRightAfterLabel(std::string_view folded, size_t i, Findings* out);
// Since session sixty-nine: where a party's field's value that starts at byte `at` ends if it is
// a name whole (被处罚人：阿卜杜萨拉木艾合买提⏎, 艾则孜-吐尔逊，, 诸 葛 建 国，), or 0.
size_t WholeValueNameEnd(std::string_view folded, size_t at);
// Whether an officer's field or title ends at byte i (执法人员, 承办人, 民警, 办案单位负责人 …;
// not 被执行人): the name after it is kept.
bool OfficerFieldEndsAt(std::string_view folded, size_t i);
// The same at a name's start, past a form's colon before it (民警：王磊).
bool OfficerFieldBefore(std::string_view folded, size_t start);
// The later members of a list after a person already masked, at the 某 at byte i (张某、李四,
// 王某某和赵六): names as after a role word.
void NamesAfterMasked(std::string_view folded, size_t i, Findings* out);
// The same after a mention of a name found before, folded[begin, end) (拉巴 found, then
// 拉巴、德吉均证实; since session fifty-seven, red-team sets B, E, N and others), and a list's
// member right before it (侦查雷家旺、覃国富等人; since session fifty-eight).
void NamesAroundMention(std::string_view folded, size_t begin, size_t end, Findings* out);
// A list that starts after a join (与, 和, 同, 跟) at byte i with no name found before it
// (因琐事与瞿建平发生口角, 他和张三一起): its members as later ones of a list are read, the first
// with the surnames of the two wider lists (NamesListedAfter).
void NameAfterJoin(std::string_view folded, size_t i, Findings* out);
// Names that no context word announces, read by a model of given names (NameByModel: a surname
// and one or two characters common in given names, ending as a name does): where a clause
// starts, at byte `at` (，张三于2024年); after a date's 日 at byte i (6日张三在); after a verb or a
// preposition of which a person is the object, at byte i (殴打张三, 将张三打伤); before 的 之 家
// 名 at byte i (张三的妻子, 张三之子, 张三家中). Where a clause starts, also a name the model does
// not read that its sex follows (周立新，男，1980年生).
void NameAtClauseStart(std::string_view folded, size_t at, Findings* out);
// 一 to 十, the numbers of a list's items (一、).
constexpr bool IsListNumeral(char32_t cp) {
  switch (cp) {
    case U'一':
    case U'二':
    case U'三':
    case U'四':
    case U'五':
    case U'六':
    case U'七':
    case U'八':
    case U'九':
    case U'十':
      return true;
    default:
      return false;
  }
}
// Whether a list's number may start with the byte c, the character cp (0 unless a 3-byte one):
// (, a digit, a letter, 一 to 十, ① to ⑳.
constexpr bool MayStartListNumber(unsigned char c, char32_t cp) {
  return c == '(' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
         IsListNumeral(cp) || (cp >= 0x2460 && cp <= 0x2473);
}
// The end of a list's number at byte `at` ((1), (一), 1., 1、, 1), 一、, ①, A.: full-width forms
// are folded; a table row's number and a space or a tab), or `at` where none is there.
size_t AfterListNumber(std::string_view folded, size_t at);
// A numbered list's item at byte i after a space, where the item before it ends on the same line
// (1.郑海燕，女 2.冯建军，男; (1)… (2)…; 一、… 二、…): its name, as at a line's start; not in an
// officer's field (办案民警：1.冯建军 2.韩冬梅).
void NameAfterSpacedListNumber(std::string_view folded, size_t i, Findings* out);
// A name written with single spaces between its characters, the first before the space at
// byte i (被询问人：张 海 涛).
void SpacedNameAt(std::string_view folded, size_t i, Findings* out);
// The same after one or two time words that start a clause at byte `at` (当晚张三酒后…,
// 次日下午李四到…, 随后王五逃离; ClauseTimeWordChars).
void NameAfterTimeWord(std::string_view folded, size_t at, Findings* out);
void NameAfterDate(std::string_view folded, size_t i, Findings* out);
void NameAfterVerb(std::string_view folded, size_t i, Findings* out);
void NameBeforeOwnWord(std::string_view folded, size_t i, Findings* out);
// An old woman's name of her husband's and her father's surnames and the 氏 at byte i (邵李氏).
void MarriedWomansName(std::string_view folded, size_t i, Findings* out);
// A name right before the bracket at byte i that gives a person's age, sex or kin (邱子墨（7岁）,
// 裴秀英（阮某之妻）).
void NameBeforePersonBracket(std::string_view folded, size_t i, Findings* out);
// Whether a name masked already ends at byte `end`: 某, then its number or none (张某, 洪某3).
bool MaskedNameEndsAt(std::string_view folded, size_t end);
// A name after the 由 at byte i before a verb of taking charge (由郑杰负责).
void NameAfterYou(std::string_view folded, size_t i, Findings* out);
// A nickname alone in the bracket at byte i after a name or one masked (洪某3（阿琴，…）,
// 周桂英（桂妹子）).
void NicknameInBracketAfterName(std::string_view folded, size_t i, Findings* out);
// A foreigner's name in Latin capitals before the bracket at byte i that gives it in Chinese
// (AUNG KO KO（中文译名昂哥哥，…）, LE VAN DAT（黎文达）): both.
void LatinNameBeforeBracket(std::string_view folded, size_t i, Findings* out);
// Since session forty-three (red-team set H): the end of a name in Cyrillic letters at byte
// `at` (Анна Смирнова, Кузнецов Сергей Иванович, ПОПОВ АЛЕКСЕЙ): two to four words apart by one
// space, each a capital and small letters or capitals only; or `at` where none starts there.
size_t CyrillicNameEnd(std::string_view folded, size_t at);
// Whether byte c leads a two-byte Cyrillic letter that such a name may hold (U+0400–U+04FF,
// Kazakh's and Mongolian's letters among them): where the scan asks CyrillicNameEnd.
constexpr bool IsCyrillicLead(unsigned char c) { return c >= 0xD0 && c <= 0xD3; }
// Since session forty-four (red-team set I): the end of a Korean name in Hangul at byte `at`
// (김민준, 이지은): two to four syllables led by a Korean surname, at a run's start and the
// whole run; or `at` where none starts there.
size_t HangulNameEnd(std::string_view folded, size_t at);
// Since session forty-four (red-team sets H and I): a name written in Chinese characters before
// the bracket at byte i that opens with it in Latin or Cyrillic letters (佐藤健太（SATO KENTA）,
// 貌登温（MAUNG THEIN WIN，…）, 库兹涅佐夫（Кузнецов Сергей…）): two to five ideographs after a
// boundary, a nationality or a word for a person (NameRunBefore); both masked. Whether the
// bracket opens with such letters.
bool RenderingBeforeForeignBracket(std::string_view folded, size_t i, Findings* out);
// Whether `text` ends with a police unit's name (…派出所, …刑事侦查大队, …公安处): a unit named
// in brackets after an officer's name or a unit's phone line.
bool EndsWithPoliceUnit(std::string_view text);
// Whether `text` names a police unit anywhere (a field's label: 高笋塘派出所地址, 大队地址).
bool HasPoliceUnit(std::string_view text);
// A list of three names or more that no word announces, at its first 、 at byte i
// (被盗事主有查桂英、晋小平、宁德海等).
void NamesListedAt(std::string_view folded, size_t i, Findings* out);
// Whether `name`, led by 曾 于 or 向, reads as that character and a word after it by its second
// character (曾多次, 曾经, 于当日, 于本所, 向民警, 向东).
bool HeadStartsWord(std::string_view name);
// A name after a word of place or presence and the 的 at byte i (路过的黎文光, 对门的武秀珍).
void NameAfterPresenceWord(std::string_view folded, size_t i, Findings* out);
// The words at whose first characters the scan calls the last three (日, 的 之 家 名, the object
// verbs and prepositions); the characters that may start a name the model reads (surnames,
// compound surnames' first characters), and those of its given names: a caller's cheap tests
// before it calls.
std::vector<std::string_view> ModelTriggerWords();
const CharSet& ModelNameFirsts();
const CharSet& ModelGivenChars();
// The first (k = 0) and the second characters (k = 1) of the time words that may come before a
// name where a clause starts (当晚, 次日, 随后 …): where NameAfterTimeWord may find one.
const CharSet& ClauseTimeWordChars(int k);
// A name after the 人员 of a word for the persons a case involves, at the 员 at byte i
// (涉案人员张三, 受伤人员李四; not 执法人员 or 工作人员): as after a role word.
void NameAfterPersonnel(std::string_view folded, size_t i, Findings* out);
// A name after a dealer's word of 贩 at byte i (桔贩危小兵, 菜贩, 人贩子): as after a trade's noun;
// not the verbs 贩卖, 贩运.
void NameAfterDealer(std::string_view folded, size_t i, Findings* out);
// A nickname or an alias in quotation marks, at the “ at byte i, after a word that announces one
// (外号“大金”, 网名为“凯哥”, 都叫他“二狗”): up to five ideographs, letters and digits.
void NicknameInQuotes(std::string_view folded, size_t i, Findings* out);
// Since session forty-three: a short name of 阿 or 小 and a given name's character at byte `at`,
// a clause's or a quotation's start, before the clause's end or a word a person does (阿宝用微信
// 转了…, “小宇平时很听话).
void FamiliarNameAt(std::string_view folded, size_t at, Findings* out);
// Since session fifty-seven: a spouse's name after 妻 or 夫 at byte i, a clause's start, before
// a comma, a line's end or a bracket (长子：葛大军，妻任翠萍，子…; 长女：葛桂芝，夫鲁长生↵).
void SpouseNameAt(std::string_view folded, size_t i, Findings* out);
// Since session forty-nine: a nickname by a sibling's rank after a surname that starts a word, at
// the 老 or the kin word at byte i (钟老二, 杨老大, 覃老幺; 罗二妹, 郑三娃, 符二弟, 韦二哥); not an
// elder's word (杨老大爷), nor after a surname that is a common word's (他和老三, 其二弟).
void RankNicknameAt(std::string_view folded, size_t i, Findings* out);
// Since session sixty-six (red-team sets AD, AE, O, S, X and Y): a given name of two characters,
// or one doubled, before an elder's or a sibling's word at byte i (哥 妹 姐 叔 婶 爷 姨), as a
// village or a chat calls a person (庆山哥, 月珍姐, 建民叔, 彩霞姨, 露露姐): after no ideograph or
// a word before an object (的 和 跟 叫 找 …), not before a longer kin word's character (哥们,
// 姐妹, 姨妈). The given name masked, not the elder's word.
void GivenNameBeforeElderWord(std::string_view folded, size_t i, Findings* out);
// Since session sixty-six (red-team sets AE and AC): the full name after a comma at byte i and
// 就是 whose surname a word of the three characters before the comma holds (放牛的祝老三，就是
// 祝永福, 开超市的崔大姐，就是崔明淑): a nickname or an address of that person, named again.
void FullNameAfterItIs(std::string_view folded, size_t i, Findings* out);
// Whether a compound surname (欧阳, 司马 …) starts at byte `at`.
bool CompoundSurnameAt(std::string_view folded, size_t at);
bool RankNicknameStartsAt(std::string_view folded, size_t a);  // (its test, at the surname)
// A Yi or Jingpo name of a clan's name and two characters ending at byte end (曲比阿果家).
void ClanNameBefore(std::string_view folded, size_t end, Findings* out);
// A name ending at byte i before 等人 (邹建平等人), with the members of its list before it.
void NameBeforeOthers(std::string_view folded, size_t i, Findings* out);
// A name ending at byte i before a join, 其 and a kin word (杨再兴与其女婿).
void NameBeforeKinJoin(std::string_view folded, size_t i, Findings* out);
// Whether a name may end at byte i: no place's or body's (李家村), no word's for persons.
bool NameMayEndAt(std::string_view folded, size_t i);
// The same where a given name's character ends it.
bool GivenNameMayEndAt(std::string_view folded, size_t i);
// A name found at [start, end) before its context, with the list's members before it; not an
// officer's (OfficerFieldBefore).
void AddNameBefore(std::string_view folded, size_t start, size_t end, Findings* out);
// A name right before the label 联系电话 that starts at byte i (刘洋联系电话), or before the
// space before a mobile (“卢振邦 138…”; since session fifty-eight), or (since session
// sixty-seven, red-team sets AF and Y) before the comma or bracket before an ID's label
// (经核查为黄建勋，身份证号…).
void NameBeforeLabel(std::string_view folded, size_t i, Findings* out);
// Whether the last name read ends at byte `end`.
bool NameReadEndsAt(const Findings& out, size_t end);
// A short name written bare after 小名 or 乳名, whose end is at byte i (乳名轩轩。); since session
// sixty-nine also after 绰号, 外号, 诨号, 网名, 诨名 and 艺名 (（绰号喜子）, 外号：喜子，), but
// not after 的 (`after_de` false: 剧团的艺名登记表).
void BareNicknameAfter(std::string_view folded, size_t i, Findings* out, bool after_de = true);
// A nickname in quotation marks before the bracket or the comma at byte i that says the name is
// unknown or gives it (“黑蛋”（姓名不详）, “老炮儿”，真名褚某).
void QuotedNameOfUnknownName(std::string_view folded, size_t i, Findings* out);
// Since session sixty-four (red-team set AC): a given name of two characters of given names,
// after 喊 or 叫 and 他 or 她, right before the clause's end at byte i (老板娘喊她春花。,
// 我们叫他建军，); not a word (叫他小心，).
void GivenNameAfterCalling(std::string_view folded, size_t i, Findings* out);
// Its pre-test, inline where the scan calls it at every comma and 。: whether 他 or 她 may end
// nine bytes before byte i (their last bytes are 96 and B9).
inline bool PronounMayEndNineBefore(std::string_view folded, size_t i) {
  return i >= 12 && (folded[i - 7] == '\x96' || folded[i - 7] == '\xB9');
}
// Names called out at the start of quoted speech (“建伟，弄啥呢？”), at the quotation mark i.
void NamesCalledInQuotes(std::string_view folded, size_t i, Findings* out);
// The name a quoted nickname is said to be (“阿海”系郑芳芳，), at its closing mark i.
void NameAfterQuotedAlias(std::string_view folded, size_t i, Findings* out, bool ascii = false);
// Since session sixty-seven (red-team set AD): at a list item's start `at` (after its number), a
// display name, a dash and the person's name (1．梅姐—柴玉梅，媒人; 5．浩子—张浩，身份证号…).
void NameAfterDisplayNameDash(std::string_view folded, size_t at, Findings* out);
// A familiar name ending a quoted handle after a dash or a dot (“瓷韵阁-阿杰”), at its closing
// mark i.
void FamiliarNameEndingHandle(std::string_view folded, size_t i, Findings* out);

// If `text` is a JSON document (starts with '{' or '[', and has nothing but JSON's punctuation,
// numbers and literals outside its strings), stores every string in it (keys and values, escapes
// decoded) one after another in *buffer, and the end offset of each in *ends, and returns true;
// false for anything else. Lenient: an unterminated string ends the text.
bool JsonStrings(std::string_view text, std::string* buffer, std::vector<size_t>* ends);

// Names.
// 张三 → 张某, 欧阳娜娜 → 欧阳某, 阿依古丽·买买提 → 阿某 (folded input).
std::string MaskedName(std::string_view name);
// The given name alone when it is two characters (杨建华 → 建华, 欧阳秀兰 → 秀兰), else "".
std::string GivenName(std::string_view name);
// Both of the above, splitting the name once, in fixed buffers (no allocation).
struct NameForm {
  char masked[12];  // a surname of at most two characters of at most four bytes, then 某
  char given[6];    // two 3-byte characters
  uint8_t masked_size = 0;
  uint8_t given_size = 0;
  std::string_view Masked() const { return {masked, masked_size}; }
  std::string_view Given() const { return {given, given_size}; }
};
NameForm NameForms(std::string_view name);
// Whether `name` is 1 to `most` whole 3-byte characters with leads E4–EC (CJK ideographs and
// their neighbours: never a middle dot or a space), as most names are. Inline: NameForms asks
// it of every name.
inline bool IdeographsOnly(std::string_view name, size_t most) {
  const auto* const p = reinterpret_cast<const unsigned char*>(name.data());
  const size_t n = name.size();
  if (n == 0 || n % 3 != 0 || n > 3 * most) return false;
  for (size_t i = 0; i < n; i += 3) {
    if (static_cast<unsigned char>(p[i] - 0xE4) > 0xEC - 0xE4 ||
        ((p[i + 1] ^ 0x80) | (p[i + 2] ^ 0x80)) >= 0x40) {
      return false;
    }
  }
  return true;
}
// The local number of `digits` if they are a landline with its area code (0692 6123457:
// 6123457), else empty.
std::string_view LandlineLocalNumber(std::string_view digits);

}  // namespace disclosure::redaction::internal
