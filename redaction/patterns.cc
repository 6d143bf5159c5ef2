// Validated patterns of pii-formats.md, found in one left-to-right pass over a folded field.
#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "redaction/detectors.h"
#include "redaction/text.h"

namespace disclosure::redaction::internal {
namespace {

using Words = std::span<const std::string_view>;

constexpr std::string_view kProvinces =
    "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新黔";  // 黔: Guizhou, as written
constexpr std::string_view kPlateSpecial = "警学挂港澳领试超";
constexpr std::array<std::string_view, 4> kIdLabels = {"身份证", "身份号", "居民身份", "证件号"};
// A driving licence's number is its holder's resident ID (驾驶证号码, 驾照号; since session
// thirty-seven, a red-team round's penalty decisions): Scanner::IdLabelBefore.
constexpr std::array<std::string_view, 3> kLicenceLabels = {"驾驶证", "驾照", "驾驶执照"};
// (帐 for 账: as often written. 工资卡, a payroll card, since session sixty-five, red-team set F:
// 覃某的工资卡为6217…7445, twenty digits.)
constexpr std::array<std::string_view, 9> kAccountLabels = {"卡号", "账号", "帐号", "银行",  "开户",
                                                            "账户", "帐户", "存折", "工资卡"};
constexpr std::array<std::string_view, 5> kImeiLabels = {"IMEI", "imei", "串号", "识别码",
                                                         "MEID"};
// (电机号 and 发动机号 since session forty-two: an electric bike's motor, 电机号TDR0937715.)
constexpr std::array<std::string_view, 8> kVinLabels = {
    "车架号", "车辆识别代号", "识别代码", "VIN", "vin", "车架", "电机号", "发动机号"};
constexpr std::array<std::string_view, 5> kPropertyLabels = {"不动产权证", "房产证", "产权证",
                                                             "不动产证", "房权证"};
constexpr std::array<std::string_view, 5> kPlateLabels = {"车牌", "号牌", "牌照", "车号",
                                                          "使馆车"};
// (台胞證, in traditional characters, since session sixty-one: red-team set Z.)
constexpr std::array<std::string_view, 3> kTaiwanPermitLabels = {"台胞证", "台湾居民来往大陆通行证",
                                                                 "台胞證"};
constexpr std::array<std::string_view, 7> kHotlines = {"110",   "119",   "120",  "122",
                                                       "12345", "12389", "12123"};
// Labels a QQ or WeChat id follows, then the filler between label and value.
// ((办公) since session fifty-six, red-team set U: 联系电话（办公）：0571-…, the office's line.)
constexpr std::array<std::string_view, 7> kLabelFillers = {"号码", "号", ":",     " ",
                                                           "为",   "是", "(办公)"};

// A village, road or 小区 …, then house-level numbers (longest words first). Also a zone, a
// phase or a section of an estate or a road with its numbers (滨江花园C区12栋, 幸福里小区二期8栋,
// 勐焕路东段118号, 凤凰城东区2-3-501室; since session thirty-nine a Cantonese village's lane,
// 大磡村一坊45号).
// (Since session forty: a Mongolian village, 伊和乌拉嘎查5组; a Minnan hamlet, 内厝村下厝12号.)
// (委, a residents' committee's name, before its group's number: 七星街道东山委8组26号; since
// session sixty-three, red-team set AB.)
constexpr std::array<std::string_view, 27> kPlaceSuffixes = {
    "小区", "社区", "新村", "花园", "公寓", "大厦", "大道", "胡同", "家园",
    "小组", "嘎查", "村",   "路",   "街",   "巷",   "弄",   "道",   "苑",
    "寨",   "屯",   "庄",   "区",   "期",   "段",   "坊",   "厝",   "委"};
// (委: a residents' committee's number, 和平街道14委3组27号; since session thirty-seven.)
constexpr std::array<std::string_view, 16> kHouseUnits = {"单元", "号楼", "号院", "组", "号", "栋",
                                                          "幢",   "楼",   "室",   "层", "户", "社",
                                                          "队",   "座",   "排",   "委"};
constexpr std::array<std::string_view, 3> kBirthBefore = {"出生", "生日", "出世"};
// Labels a phone number follows: a local number of 7–8 digits right after one is a landline
// without its area code (座机6123457). Looked for back from such a number only
// (PhoneLabelJustBefore), not noted by the scan: 电话 is among the commonest words of a text.
constexpr std::array<std::string_view, 6> kPhoneLabels = {"电话", "座机", "固话",
                                                          "宅电", "手机", "联系方式"};
// Labels of a public body's own lines, published on purpose: a landline after one stays.
// (处理电话: 事故处理电话; since session forty.)
// (受理电话, 认领电话 and 咨询 alone since session forty-six, red-team set K: 受理电话：021-…,
// 认领电话0577-…, 。咨询：0756-….)
constexpr std::array<std::string_view, 12> kPublicLineLabels = {
    "监督电话", "举报电话", "投诉电话", "咨询电话", "值班电话", "服务热线",
    "举报热线", "监督热线", "处理电话", "受理电话", "认领电话", "咨询"};
// Since session thirty-six: a police unit's own line, after its name or its name and 电话
// (派出所电话：0836-8622110, 户籍室电话, 边境派出所：0906-8785110; a red-team round's notices;
// 管理科 and 户政科 since session thirty-nine: 户政管理科028-86637110).
// (窗口电话 since session forty-two: 户籍窗口电话：0791-88316110.)
// (值班室 since session fifty-three, red-team set Q: 勐遮派出所值班室：0691-5160110; a duty
// room is a unit's, whichever.)
// (社区联系电话 since session fifty-three, red-team set R: a residents' community's office.)
constexpr std::array<std::string_view, 15> kUnitLineLabels = {
    "派出所电话", "公安局电话", "户籍室电话", "警务室电话", "派出所",
    "公安局",     "户籍室",     "警务室",     "大队",       "中队",
    "管理科",     "户政科",     "窗口电话",   "值班室",     "社区联系电话"};
// Whether `text` names the police or an officer (公安, 派出所, 分局, 民警, 警官; 警号 since session
// forty-two): a contact's line or field that is a unit's.
bool MentionsPolice(std::string_view text) {
  for (const std::string_view word : {"公安", "派出所", "分局", "民警", "警官", "警号"}) {
    if (text.find(word) != std::string_view::npos) return true;
  }
  return false;
}
// Since session forty-two: labels of an address the public is sent to, which is a unit's
// whatever comes before (认领地址：…41号（玄武门派出所户籍大厅）, （查询地址：…）).
// (所址: a 派出所's, a 拘留所's own address.)
constexpr std::array<std::string_view, 7> kUnitAddressLabels = {
    "认领地址", "领取地址", "接待地址", "受理地址", "查询地址", "咨询地址", "所址"};
// And the labels of a line that is a unit's where a unit's name comes right before them
// (派出所    电话：, 执行机关联系电话, 戒毒办公室联系电话; not 法制大队反映，电话), or where the
// line before them names the officers who acted (办案民警：岩香、周海涛⏎联系电话：).
constexpr std::array<std::string_view, 3> kUnitPhoneWords = {"联系电话", "电话", "传真"};
// Labels a document's or a device's serial number follows: a number after one is not taken for
// a bank card by its prefix and Luhn check alone (处罚决定书编号：5331221000123456).
// (单号 流水号 交易号: a payment's or a waybill's number, glued digits of no person's.)
constexpr std::array<std::string_view, 4> kSerialLabels = {"编号", "单号", "流水号", "交易号"};
// Labels a travel document's number follows, whatever its country's format (a Myanmar or
// Vietnamese passport, a border pass): 7–10 letters and digits, five digits at least. (Not
// 通行证 alone: 通行 is common in traffic cases, and the other permits have formats of their own.)
// (出入境通行证, 边民证 and 边境证 since session forty-three, red-team set H: 中老边境地区出入境
// 通行证LA0387152, 越南边民证号码QN 0582614.)
// (签证 and 居留 since session forty-four, red-team set I: 签证号码：0D5526184, 在华居留许可：
// Y371000A25001736, a foreigner's residence permit, of up to 18 letters and digits.)
constexpr std::array<std::string_view, 7> kPassportLabels = {
    "护照", "边境通行证", "出入境通行证", "边民证", "边境证", "签证", "居留"};
constexpr std::array<std::string_view, 1> kBornAt = {"生于"};
// Labels a driving licence's file number follows (档案编号：330100794362): twelve digits that
// name their holder, read only after one (a unit's code has as many). As PhoneLabelStart
// compares them: without their 号, which it passes as a filler (档案编号, 档案号).
constexpr std::array<std::string_view, 2> kFileNumberLabels = {"档案编", "档案"};
// Since session forty-four, labels of numbers that lead to a person, read after them only: a
// parcel's waybill, which names its sender and addressee (运单号：73528840192736, red-team set I;
// set H's in a 运单号 column: NamesInTableColumns), and a dog's chip, vaccination and
// registration numbers, which name its keeper (犬只芯片号：900138001742365, 免疫证号
// NS2025-118304, 京东犬登字2025-0104417; sets G and H). Eight to twenty digits, in groups or
// not, or letters and digits with dashes.
// Since session fifty-four (red-team set S), a student's number (学号2022051137; 学 of 学号,
// and 学籍 of 学籍号).
constexpr std::array<std::string_view, 8> kHolderNumberLabels = {
    "运单", "快递单", "芯片", "免疫证", "犬登字", "犬字", "学", "学籍"};
// A chat group's label, 群 of 群号 or QQ群 (the fillers, 号 among them, are passed first).
constexpr std::array<std::string_view, 1> kChatGroupLabels = {"群"};
// Labels a person's account on a platform follows (账号：wulaoyao1985), compared the same way.
// (闲鱼 and 转转, second-hand platforms, since session forty-four: 闲鱼号：tb0927xl.)
// (LINE since session fifty-nine, red-team set X: a Taiwan witness's LINE：….)
constexpr std::array<std::string_view, 9> kHandleLabels = {
    "账", "帐", "用户名", "账户名", "闲鱼", "转转", "LINE", "Line", "line"};

// Every label list above, and the index the scanner keeps the last sighting under. The scan
// notes each label as it passes it, so "is there a label just before here" costs O(1).
constexpr std::array<Words, 11> kLabelGroups = {kIdLabels,     kAccountLabels, kTaiwanPermitLabels,
                                                kImeiLabels,   kVinLabels,     kPropertyLabels,
                                                kPlateLabels,  kBirthBefore,   kBornAt,
                                                kSerialLabels, kPassportLabels};

// The index of each list in kLabelGroups.
constexpr int kIdGroup = 0;
constexpr int kAccountGroup = 1;
constexpr int kTaiwanPermitGroup = 2;
constexpr int kImeiGroup = 3;
constexpr int kVinGroup = 4;
constexpr int kPropertyGroup = 5;
constexpr int kPlateGroup = 6;
constexpr int kBirthGroup = 7;
constexpr int kBornAtGroup = 8;
constexpr int kSerialGroup = 9;
constexpr int kPassportGroup = 10;
static_assert(kLabelGroups[kIdGroup].data() == kIdLabels.data() &&
              kLabelGroups[kAccountGroup].data() == kAccountLabels.data() &&
              kLabelGroups[kTaiwanPermitGroup].data() == kTaiwanPermitLabels.data() &&
              kLabelGroups[kImeiGroup].data() == kImeiLabels.data() &&
              kLabelGroups[kVinGroup].data() == kVinLabels.data() &&
              kLabelGroups[kPropertyGroup].data() == kPropertyLabels.data() &&
              kLabelGroups[kPlateGroup].data() == kPlateLabels.data() &&
              kLabelGroups[kBirthGroup].data() == kBirthBefore.data() &&
              kLabelGroups[kBornAtGroup].data() == kBornAt.data() &&
              kLabelGroups[kSerialGroup].data() == kSerialLabels.data() &&
              kLabelGroups[kPassportGroup].data() == kPassportLabels.data());

// Every CJK label word has two characters or more (NoteLabels compares the second inline).
constexpr bool CjkLabelsHaveTwoCharacters() {
  for (Words group : kLabelGroups) {
    for (std::string_view w : group) {
      if (static_cast<unsigned char>(w[0]) >= 0x80 && w.size() < 6) return false;
    }
  }
  return true;
}
static_assert(CjkLabelsHaveTwoCharacters());

struct LabelWord {
  std::string_view word;
  int group;
  char32_t first;  // the word's first character
};

// The CJK label words, sorted by first character (words with the same first character keep
// their order in kLabelGroups): the words of one first character lie together.
const std::vector<LabelWord>& LabelWords() {
  static const std::vector<LabelWord>* const kWords = [] {
    auto* words = new std::vector<LabelWord>;
    for (size_t g = 0; g < kLabelGroups.size(); ++g) {
      for (std::string_view w : kLabelGroups[g]) {
        if (static_cast<unsigned char>(w[0]) >= 0x80) {
          words->push_back({w, static_cast<int>(g), Decode3(w, 0)});
        }
      }
    }
    std::stable_sort(words->begin(), words->end(),
                     [](const LabelWord& a, const LabelWord& b) { return a.first < b.first; });
    return words;
  }();
  return *kWords;
}
// Where the label words that start with one character lie in LabelWords(): begin | end << 16,
// so that a label character finds its words in a probe or two instead of a binary search.
const CodePointMap& LabelWordRanges() {
  static const CodePointMap* const kRanges = [] {
    auto* ranges = new CodePointMap;
    const std::vector<LabelWord>& words = LabelWords();
    for (size_t b = 0; b < words.size();) {
      size_t e = b + 1;
      while (e < words.size() && words[e].first == words[b].first) ++e;
      ranges->Or(words[b].first, static_cast<uint32_t>(b | e << 16));
      b = e;
    }
    return ranges;
  }();
  return *kRanges;
}
// The second characters of the CJK label words (each has one: CjkLabelsHaveTwoCharacters).
const CharSet& LabelSecondChars() {
  static const CharSet* const kChars = [] {
    std::vector<std::string_view> seconds;
    for (const LabelWord& w : LabelWords()) seconds.push_back(w.word.substr(3, 3));
    return new CharSet(seconds);
  }();
  return *kChars;
}
// The name heuristic's context words of one character (称): MayStartNameWord.
const CharSet& NameWordSingles() {
  static const CharSet* const kChars = [] {
    std::vector<std::string_view> singles;
    for (std::string_view w : NameHeuristicWords()) {
      if (w.size() == 3) singles.push_back(w);
    }
    return new CharSet(singles);
  }();
  return *kChars;
}
// The first two characters of the name heuristic's context words of two characters or more, as a
// filter (CharPairFilter): MayStartNameWord. (Since session forty-five: the second characters
// alone, a CharSet, let a trigger through before any word's second character, 人 员 主 …, where
// NameHeuristicAt then found no word.)
const CharPairFilter& NameWordPairs() {
  static const CharPairFilter* const kPairs = [] {
    auto* pairs = new CharPairFilter;
    for (std::string_view w : NameHeuristicWords()) {
      if (w.size() >= 6) pairs->Add(Decode3(w, 0), Decode3(w, 3));
    }
    return pairs;
  }();
  return *kPairs;
}
constexpr std::string_view kCjkNumerals = "一二三四五六七八九十百零〇两";
// After a bare house number these mean the number was something else (a date, an amount).
// Words that end a school's name when walking back from 中学 (在梁河县第一中学: 县 ends it).
constexpr std::string_view kSchoolStops =
    "省市州县区乡镇旗住在于至到往从经自及和与的是为就读念上系名其该";
constexpr std::string_view kNotHouseNumberAfter = "年月日时分秒元岁个名人次";

inline bool At(std::string_view s, size_t i, std::string_view word) {
  if (i > s.size() || s.size() - i < word.size()) return false;
  const char* p = s.data() + i;
  // Most words are ideographs: compare the first character inline before the rest.
  if (word.size() >= 3) {
    return p[0] == word[0] && p[1] == word[1] && p[2] == word[2] &&
           std::memcmp(p + 3, word.data() + 3, word.size() - 3) == 0;
  }
  return std::memcmp(p, word.data(), word.size()) == 0;
}

// Length of the first of `words` at s[i], or 0.
inline size_t AtAny(std::string_view s, size_t i, Words words) {
  for (std::string_view w : words) {
    if (At(s, i, w)) return w.size();
  }
  return 0;
}

// The first three bytes of `w` as one number (built from bytes: independent of byte order).
constexpr uint32_t Key3(const char* w) {
  return static_cast<uint32_t>(static_cast<unsigned char>(w[0])) |
         static_cast<uint32_t>(static_cast<unsigned char>(w[1])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(w[2])) << 16;
}

// A list of at most 32 words of three bytes or more (ideographs), and a small table from the
// key of a first three bytes to the words (a bit each, in list order) that start with them, so
// that AtAny finds its candidates in a probe or two instead of comparing every word's key.
template <size_t N>
struct KeyedWords {
  static_assert(N <= 32, "KeyedWords: a word is a bit of a 32-bit mask");
  static constexpr size_t kSlots = 64;  // at least twice N: probes stay short
  static constexpr size_t Home(uint32_t key) { return (key * 0x9E3779B1u) >> 26; }
  struct Slot {
    uint32_t key = 0;
    uint32_t words = 0;  // 0: empty
  };
  constexpr explicit KeyedWords(const std::array<std::string_view, N>& list) : words(list) {
    for (size_t k = 0; k < N; ++k) {
      if (list[k].size() < 3) throw "KeyedWords: a word shorter than three bytes";
      const uint32_t key = Key3(list[k].data());
      size_t slot = Home(key);
      while (table[slot].words != 0 && table[slot].key != key) slot = (slot + 1) % kSlots;
      table[slot].key = key;
      table[slot].words |= uint32_t{1} << k;
    }
  }
  // The words that start with `key`, a bit each (0: none).
  constexpr uint32_t Find(uint32_t key) const {
    for (size_t slot = Home(key);; slot = (slot + 1) % kSlots) {
      if (table[slot].words == 0 || table[slot].key == key) return table[slot].words;
    }
  }
  std::array<std::string_view, N> words;
  std::array<Slot, kSlots> table = {};
};

// The same as AtAny(s, i, list.words): the length of the first word of the list at s[i], or 0.
template <size_t N>
inline size_t AtAny(std::string_view s, size_t i, const KeyedWords<N>& list) {
  if (i > s.size() || s.size() - i < 3) return 0;
  const size_t room = s.size() - i;
  const char* const p = s.data() + i;
  // Lowest bit first: the words in list order.
  for (uint32_t bits = list.Find(Key3(p)); bits != 0; bits &= bits - 1) {
    const std::string_view w = list.words[static_cast<size_t>(std::countr_zero(bits))];
    if (w.size() > room) continue;
    // The rest (at most a character or two) inline: a memcmp call for none to three bytes cost
    // more than the comparison.
    size_t j = 3;
    while (j < w.size() && p[j] == w[j]) ++j;
    if (j == w.size()) return w.size();
  }
  return 0;
}
constexpr KeyedWords kPlaceSuffixWords(kPlaceSuffixes);
constexpr KeyedWords kHouseUnitWords(kHouseUnits);

// True if the whole character `ch` (three bytes: every list holds ideographs) is in `list`.
inline bool InCharList(std::string_view list, std::string_view ch) {
  if (ch.size() != 3) return false;
  if (Decode3(ch, 0) != 0) {
    // A whole character can only match at a character start: step through the list.
    for (size_t k = 0; k + 3 <= list.size(); k += 3) {
      if (list[k] == ch[0] && list[k + 1] == ch[1] && list[k + 2] == ch[2]) return true;
    }
    return false;
  }
  return list.find(ch) != std::string_view::npos;  // three bytes that are not one character
}

// The same for a whole character `ch` against a set made of a list.
inline bool InCharSet(const CharSet& set, std::string_view ch) {
  return ch.size() == 3 && set.contains(Decode3(ch, 0));
}

// One bit set per character list that the house-address matcher tests at every step.
const CharSet& CjkNumeralSet() {
  static const CharSet* const kSet = new CharSet(SplitChars(kCjkNumerals));
  return *kSet;
}
const CharSet& NotHouseNumberAfterSet() {
  static const CharSet* const kSet = new CharSet(SplitChars(kNotHouseNumberAfter));
  return *kSet;
}

// Whether the bytes b0 b1 b2 are a lead 1110xxxx and two continuation bytes 10xxxxxx.
inline bool IsThreeByteChar(unsigned b0, unsigned b1, unsigned b2) {
  return (b0 & 0xF0) == 0xE0 && ((b1 ^ 0x80) | (b2 ^ 0x80)) < 0x40;
}
inline bool ThreeByteCharAt(const unsigned char* const p, size_t n, size_t i) {
  return i + 2 < n && IsThreeByteChar(p[i], p[i + 1], p[i + 2]);
}

// Whether the 3-byte character b0 b1 b2 (IsThreeByteChar, which the caller has tested) is in
// the set of `blocks` (CharSet::blocks). Its block ((b0 & 0x0F) << 6) | (b1 & 0x3F) is
// (b0 << 6) + b1 less a constant: one shift and one add.
inline bool InBlocks(const uint64_t* const blocks, unsigned b0, unsigned b1, unsigned b2) {
  constexpr unsigned kBlockBias = (0xE0u << 6) + 0x80u;
  return ((blocks[(b0 << 6) + b1 - kBlockBias] >> (b2 & 0x3Fu)) & 1) != 0;
}
inline bool InBlocks(const uint64_t* const blocks, const unsigned char* const p) {
  return InBlocks(blocks, p[0], p[1], p[2]);
}

// The 3-byte characters of a place name, which MatchHouseAddress walks back over: the
// ideographs but the stops, as the blocks of a CharSet (for InBlocks). Built when compiling.
constexpr std::array<uint64_t, 0x10000 / 64> PlaceNameBlocks() {
  std::array<uint64_t, 0x10000 / 64> blocks{};
  for (char32_t cp = 0x800; cp < 0x10000; ++cp) {
    if (IsIdeograph(cp)) blocks[cp >> 6] |= uint64_t{1} << (cp & 63);
  }
  for (size_t k = 0; k < kAddressStops.size(); k += 3) {
    const char32_t cp = Decode3(kAddressStops, k);
    if (cp == 0) throw "kAddressStops: a character that is not of three bytes";
    blocks[cp >> 6] &= ~(uint64_t{1} << (cp & 63));
  }
  return blocks;
}
constexpr std::array<uint64_t, 0x10000 / 64> kPlaceNameBlocks = PlaceNameBlocks();

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

// The value of the digit written in Chinese numerals at s[i] (〇 ○ 零, 一 幺, 二 … 九), or -1.
// (幺 is 一 as digits are read aloud: 幺三八….) By a perfect hash of the numerals' code points
// into sixteen slots (a multiply and the top four bits): one comparison, where a switch made a
// chain of them after every run of digits.
int CnDigitAt(std::string_view s, size_t i) {
  struct Slot {
    char32_t cp = 0;  // (0: empty; Decode3's answer for no 3-byte character, whose value is -1)
    int value = -1;
  };
  constexpr uint32_t kMultiplier = 0x39455353;
  static constexpr std::array<Slot, 16> kSlots = [] {
    constexpr std::pair<char32_t, int> kNumerals[] = {
        {U'〇', 0}, {U'○', 0},  {U'零', 0}, {U'一', 1}, {U'幺', 1}, {U'二', 2}, {U'三', 3},
        {U'四', 4}, {U'五', 5}, {U'六', 6}, {U'七', 7}, {U'八', 8}, {U'九', 9}};
    std::array<Slot, 16> slots{};
    for (const auto& [cp, value] : kNumerals) {
      Slot& slot = slots[(static_cast<uint32_t>(cp) * kMultiplier) >> 28];
      if (slot.cp != 0) throw "CnDigitAt: two numerals in one slot";
      slot = {cp, value};
    }
    return slots;
  }();
  const char32_t cp = Decode3(s, i);
  const Slot& slot = kSlots[(static_cast<uint32_t>(cp) * kMultiplier) >> 28];
  return slot.cp == cp ? slot.value : -1;
}

// A number written in Chinese numerals from `b` (一三八零零…; a space or a dash between two
// digits is read past), and an ID's check character X/x right after it or after a space or
// dash.
struct CnDigits {
  char digits[33];        // the digits, then 'X' if an X ends the number
  size_t at[32];          // where each digit starts
  size_t len = 0;         // how many digits (0: none starts at b)
  bool too_long = false;  // more than 32 digits: no number (the first 32 are read)
  size_t digits_end = 0;  // after the last digit
  size_t end = 0;         // after the X if there is one, else digits_end
  bool has_x() const { return end != digits_end; }
};
// A digit in Chinese numerals or in figures at s[i] (a number written partly each way:
// 一三九12345678): its value and *len its bytes, or -1.
int MixedDigitAt(std::string_view s, size_t i, size_t* len) {
  if (i < s.size() && IsDigit(static_cast<unsigned char>(s[i]))) {
    *len = 1;
    return s[i] - '0';
  }
  *len = 3;
  return CnDigitAt(s, i);
}

// (Figures may stand among the numerals: MixedDigitAt. The caller starts it at a numeral, or
// at figures that numerals follow.)
CnDigits ReadCnDigits(std::string_view s, size_t b) {
  CnDigits r;
  size_t k = b;
  r.digits_end = b;
  size_t len = 0;
  while (true) {
    const int d = MixedDigitAt(s, k, &len);
    if (d < 0) break;
    if (r.len == 32) {
      r.too_long = true;
      break;
    }
    r.at[r.len] = k;
    r.digits[r.len++] = static_cast<char>('0' + d);
    r.digits_end = k = k + len;
    size_t next_len;
    if (k + 1 < s.size() && (s[k] == ' ' || s[k] == '-') &&
        MixedDigitAt(s, k + 1, &next_len) >= 0) {
      ++k;
    }
  }
  r.end = r.digits_end;
  if (r.len == 0) return r;
  size_t x = r.digits_end;
  if (x + 1 < s.size() && (s[x] == ' ' || s[x] == '-') && IsX(s[x + 1])) ++x;
  if (x < s.size() && IsX(s[x]) && !AlnumAt(s, x + 1)) {
    r.digits[r.len] = 'X';
    r.end = x + 1;
  }
  return r;
}

// A digit of a year written in Chinese numerals (CnDigitAt, or a letter O typed for 〇:
// 二OO五) ending right before `end`; its value, and its start in *begin, or -1.
int CnYearDigitBefore(std::string_view s, size_t end, size_t* begin) {
  if (end >= 1 && (s[end - 1] == 'O' || s[end - 1] == 'o')) {
    *begin = end - 1;
    return 0;
  }
  if (end < 3) return -1;
  *begin = end - 3;
  return CnDigitAt(s, end - 3);
}

}  // namespace

std::string_view LandlineLocalNumber(std::string_view d) {
  if (d.size() < 3 || d[0] != '0') return {};
  size_t area = 0;
  if (d[1] == '1') {
    if (d[2] != '0') return {};
    area = 3;
  } else if (d[1] == '2') {
    area = 3;
  } else if (d[1] >= '3') {
    area = 4;
  } else {
    return {};
  }
  if (d.size() < area + 7 || d.size() > area + 8) return {};
  if (d[area] == '0' || d[area] == '1') return {};
  return d.substr(area);
}

namespace {

// True if d (all digits) is 0 + area code + a 7–8 digit local number not starting with 0/1.
bool IsLandline(std::string_view d) { return !LandlineLocalNumber(d).empty(); }

bool IsMobile(std::string_view d) {
  return d.size() == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9';
}

// The characters of Scanner::Trigger (kRoleOther): 〔, 微信, 抖音, 快手, 使馆's plates, 不动产权第,
// a minor's 岁 and school, 年 of a date, and the names of lists (某 与 和 同 跟) and of 人员.
// Also the last characters of the phone labels (电话 固话, 手机 座机, 联系方式), where a number in
// Chinese numerals is looked for. And 威信 薇信 扣扣 企鹅号, labels of WeChat and QQ as written to
// dodge a scanner (at 鹅: 企 starts 企业). And the brackets that close a form's label
// (【姓名】李晓东, 〔姓名〕, 〖姓名〗, 《姓名》, 「姓名」, 〈姓名〉, 『姓名』). And “, where a
// nickname may follow (外号“大金”; or 「, 微信昵称「小鱼儿」, since session forty-eight). And 氏,
// which ends an old woman's name (邵李氏). And 等, where 等人 follows persons (邹建平等人; since
// session forty-one). And 老 妹 娃 弟 哥 of nicknames by rank (钟老二, 罗二妹; since session
// forty-nine), │, a table's bar (NamesInTableColumns, once), 籍 (Findings::saw_ji), 班 that
// ends a pupil's class (ClassBefore), and ”, where 系 and a nickname's name may follow
// (“阿海”系郑芳芳; since session fifty-eight). And 由, before a person in charge (由郑杰负责; since
// session fifty-nine). And 丙 of 丙方 (Findings::saw_bing_fang; since session sixty-six), and 姐
// 叔 婶 爷 姨 after a given name (GivenNameBeforeElderWord, as at 哥 and 妹). And 绰 外 诨 of 绰号,
// 外号, 诨号 before a nickname written bare (BareNicknameAfter; since session sixty-nine). And 贩
// of a dealer's word (NameAfterDealer; since session seventy-one).
constexpr std::array<std::string_view, 60> kOtherTriggers = {
    "〔", "微", "使", "不", "岁", "学", "校", "园", "年", "抖", "快", "某", "员", "与", "和",
    "同", "跟", "话", "机", "式", "栋", "幢", "座", "楼", "扣", "鹅", "威", "薇", "】", "〕",
    "〗", "》", "」", "〉", "』", "“",  "氏", "‘",  "等", "「", "老", "妹", "娃", "弟", "哥",
    "│",  "籍", "班", "”",  "由", "丙", "姐", "叔", "婶", "爷", "姨", "绰", "外", "诨", "贩",
};

// What a trigger character may start (bits), for the characters TriggerChars() holds.
// (kOtherTriggers, defined above, are those of kRoleOther.)
enum Role : uint8_t {
  kRoleProvince = 1,  // a plate
  kRoleSuffix = 2,    // a house-level address
  kRoleLabel = 4,     // a label (身份证, 卡号 …)
  kRoleName = 8,      // the name heuristic
  kRoleOther = 16,    // kOtherTriggers
  kRoleBreak = 32,    // 。 、: the end of a clause (noted inline: the commonest triggers)
  kRoleModel = 64,    // ModelTriggerWords(): where a name the model of given names reads may be
  kRoleAfterDeferred = 128,  // the second character of a word of a deferred one (kDeferredFirsts)
};

// Common characters that start words of the scan only before certain rarer ones (公安 and 公寓,
// 行政 and 行为人, 号码 and 号牌, 出现 and 出生, 小时 and 小区, 司法 and 司机, 大队 and 大厦, 社会
// and 社区, 女性 and 女儿, 室内 and 室友, 其他 and 其友; 通过 and 通知, 负责 and 责令, 收取 and
// 收留, 帮 要 威 of 帮助 要求 威胁, and the first characters of the other object verbs: 传唤 …):
// the scan stops at those second characters instead, and does what the first one starts there
// (Scanner::OnTrigger). Only a character each of whose roles needs a word's second character after
// it is deferred (DeferredRoles): labels, the name heuristic's context words of two characters or
// more, place suffixes of two, object verbs of two.
constexpr std::string_view kDeferredFirsts =
    "公行号出小司大社女室其通责收帮要威传抓侮推骚偷诱欺扣训约送告敲勒恐纠尾猥询盘劝控查拘诈骗"
    "导客钓寨"  // (since session forty-two: 导游, 客服, 钓友, 寨邻)
    "会业"      // (since session forty-five: 会计, 业主)
    "他她干";   // (since session sixty-one: 他妈, 她姐, 干爹)

// Whether the place suffix words hold the character ch as a word of its own (村, 路; not 小).
bool IsSingleSuffix(std::string_view ch) {
  return std::find(kPlaceSuffixes.begin(), kPlaceSuffixes.end(), ch) != kPlaceSuffixes.end();
}

// Visits every word a deferred character may start: the label words, the name heuristic's
// context words, the place suffixes and the model's trigger words.
template <typename Visit>
void ForEachDeferrableWord(Visit visit) {
  for (const LabelWord& w : LabelWords()) visit(w.word);
  for (std::string_view w : NameHeuristicWords()) visit(w);
  for (std::string_view w : kPlaceSuffixes) visit(w);
  for (std::string_view w : ModelTriggerWords()) visit(w);
}

// Whether every role of the character ch (`role`) needs one of its words' second characters
// after it: a label (NoteLabels compares whole words), a context word of two characters or more
// (MayStartNameWord), the first character of a place suffix of two (MatchHouseAddress), the
// first character of an object verb of two (NameAfterVerb: ObjectVerbAt compares whole verbs).
bool DeferredRoles(std::string_view ch, uint8_t role) {
  if (role == 0 || (role & ~(kRoleLabel | kRoleName | kRoleSuffix | kRoleModel)) != 0) {
    return false;
  }
  if ((role & kRoleName) != 0 && NameWordSingles().contains(Decode3(ch, 0))) {
    return false;
  }
  if ((role & kRoleModel) != 0) {
    const std::vector<std::string_view> words = ModelTriggerWords();
    if (std::find(words.begin(), words.end(), ch) != words.end()) return false;  // 将 的 日 …
  }
  return (role & kRoleSuffix) == 0 || !IsSingleSuffix(ch);
}

struct TriggerTables {
  std::array<uint8_t, 0x10000> roles{};
  std::vector<std::string_view> deferred;  // the characters of kDeferredFirsts deferred
  std::vector<std::string> triggers;       // the characters the scan stops at (UTF-8)
};

const TriggerTables& Triggers() {
  static const TriggerTables* const kTables = [] {
    auto* t = new TriggerTables;
    auto mark = [&](std::string_view ch, uint8_t role) {
      if (const char32_t cp = Decode3(ch, 0); cp != 0) t->roles[cp] |= role;
    };
    for (size_t i = 0; i + 3 <= kProvinces.size(); i += 3)
      mark(kProvinces.substr(i, 3), kRoleProvince);
    for (std::string_view w : kPlaceSuffixes) mark(w, kRoleSuffix);
    for (const LabelWord& w : LabelWords()) mark(w.word, kRoleLabel);
    for (std::string_view w : NameHeuristicWords()) mark(w, kRoleName);
    for (std::string_view w : kOtherTriggers) mark(w, kRoleOther);
    for (std::string_view w : ModelTriggerWords()) mark(w, kRoleModel);
    for (std::string_view w : {"。", "、"}) mark(w, kRoleBreak);
    for (char32_t cp = 0xAC00; cp <= 0xD7A3; ++cp) t->roles[cp] |= kRoleOther;  // Hangul
    // The deferred characters, and the second characters of their words. (None of those is a
    // deferred character itself: each is looked for where the scan stops.)
    std::vector<std::string_view> candidates;
    for (size_t k = 0; k + 3 <= kDeferredFirsts.size(); k += 3) {
      const std::string_view first = kDeferredFirsts.substr(k, 3);
      if (DeferredRoles(first, t->roles[Decode3(first, 0)])) candidates.push_back(first);
    }
    auto in = [](const std::vector<std::string_view>& chars, std::string_view ch) {
      return std::find(chars.begin(), chars.end(), ch) != chars.end();
    };
    // A candidate that is also a second character of a candidate's word stays where it is (the
    // scan must stop at it: 骗 of 诱骗 and of 骗取).
    std::vector<std::string_view> seconds;
    ForEachDeferrableWord([&](std::string_view w) {
      if (w.size() >= 6 && in(candidates, w.substr(0, 3))) seconds.push_back(w.substr(3, 3));
    });
    for (std::string_view first : candidates) {
      if (!in(seconds, first)) t->deferred.push_back(first);
    }
    auto deferred = [&](std::string_view ch) { return in(t->deferred, ch); };
    ForEachDeferrableWord([&](std::string_view w) {
      if (w.size() >= 6 && deferred(w.substr(0, 3))) mark(w.substr(3, 3), kRoleAfterDeferred);
    });
    for (char32_t cp = 0x800; cp < 0x10000; ++cp) {
      if (t->roles[cp] == 0) continue;
      std::string ch;
      AppendUtf8(cp, &ch);
      // (Hangul's syllables, all triggers, are none of the deferred: not searched for.)
      if ((cp >= 0xAC00 && cp <= 0xD7A3) || !deferred(ch)) t->triggers.push_back(std::move(ch));
    }
    return t;
  }();
  return *kTables;
}

const std::array<uint8_t, 0x10000>& Roles() { return Triggers().roles; }

// Characters at which a CJK-triggered pattern may start (〔, 微信, provinces, place suffixes …),
// and the second characters of the deferred ones' words: every character with a role but those.
const CharSet& TriggerChars() {
  static const CharSet* const kChars = new CharSet(Triggers().triggers);
  return *kChars;
}
const CharSet& DeferredFirsts() {
  static const CharSet* const kChars = new CharSet(Triggers().deferred);
  return *kChars;
}

// A Chinese passport's or travel permit's number (upper case): E, G, C, W, H, M or L and eight
// digits; E, a letter (not I or O) and seven digits; DE, SE or PE and seven digits; H or M
// and ten digits.
bool PassportShaped(std::string_view tok) {
  const size_t len = tok.size();
  if (len != 9 && len != 11) return false;
  auto digits_from = [&](size_t k) {
    return std::all_of(tok.begin() + static_cast<std::ptrdiff_t>(k), tok.end(),
                       [](char c) { return IsDigit(static_cast<unsigned char>(c)); });
  };
  auto no_io = [](char c) { return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O'; };
  const char a = tok[0];
  if (len == 11) return (a == 'H' || a == 'M') && digits_from(1);
  return ((a == 'E' || a == 'G' || a == 'C' || a == 'W' || a == 'H' || a == 'M' || a == 'L') &&
          digits_from(1)) ||
         ((a == 'E' || a == 'C') && no_io(tok[1]) && digits_from(2)) ||
         ((tok.starts_with("DE") || tok.starts_with("SE") || tok.starts_with("PE")) &&
          digits_from(2));
}

// The dates read from this year on are not compared with ID numbers' birth dates
// (Scanner::BirthDatesOfIds).
constexpr int kLastBirthYearRead = 2024;

class Scanner {
 public:
  Scanner(std::string_view s, const KnownDigits& known, std::span<const Date> birth_dates,
          const ScanOptions& options, Findings* out)
      : s_(s),
        known_(known),
        birth_dates_(birth_dates),
        options_(options),
        out_(out),
        mentions_(out->mentions),
        label_words_(LabelWords().data()),
        label_ranges_(LabelWordRanges()),
        label_seconds_(LabelSecondChars()),
        name_pairs_(NameWordPairs()),
        name_singles_(NameWordSingles()),
        roles_(Roles()),
        deferred_(DeferredFirsts()),
        model_firsts_(ModelNameFirsts()),
        time_firsts_(ClauseTimeWordChars(0)),
        time_seconds_(ClauseTimeWordChars(1)),
        model_given_(ModelGivenChars()) {
    known_lengths_ = known_.lengths();
    for (const Date& d : birth_dates_) birth_days_ |= uint64_t{1} << DayBit(d.month, d.day);
  }

  // One pass. ASCII bytes are classified by value; a multi-byte character is decoded only if
  // it is 3-byte (CJK) and then tested against one bit set of trigger characters, so plain
  // runs of CJK text cost a decode and a bit test per character.
  [[gnu::always_inline]] void Run() {
    const size_t n = s_.size();
    const CharSet& triggers = TriggerChars();
    const std::array<uint8_t, 0x10000>& roles = Roles();
    size_t name_resume = 0;
    const auto* const p = reinterpret_cast<const unsigned char*>(s_.data());
    // With the first characters of the names found in the item so far, where there are any
    // (NameMentions): the table grows as names are found.
    const uint64_t* const trigger_blocks =
        mentions_ != nullptr ? mentions_->triggers() : triggers.blocks();
    if (mentions_ != nullptr) mentions_->SetText(s_);
    // (None where the scan looks for no names found: a table of zeros.)
    static const uint64_t kNoFirsts[0x10000 / 64] = {};
    const uint64_t* const mention_firsts = mentions_ != nullptr ? mentions_->firsts() : kNoFirsts;
    // Whether the text has a middle dot (folded to U+00B7) at all: a minority name may then start
    // where no surname does (古丽米拉·艾则孜), and the model's places are tested for one.
    next_dot_ = s_.find("\xC2\xB7");
    has_dot_ = next_dot_ != std::string_view::npos;
    // For the name rules (Findings::text_has_dot), for this text only.
    struct DotNote {
      Findings* out;
      bool before;
      ~DotNote() { out->text_has_dot = before; }
    } note{out_, out_->text_has_dot};
    out_->text_has_dot = has_dot_;
    // A table's columns of persons (NamesInTableColumns), where the text has a tab or an ASCII
    // vertical bar at all (or, at the first one met, a box-drawing one: Trigger).
    if (options_.name_heuristics &&
        (s_.find('\t') != std::string_view::npos || s_.find('|') != std::string_view::npos)) {
      NamesInTableColumns(s_, out_);
      tables_read_ = true;
    }
    if (options_.name_heuristics) ClauseStart(0, /*field_start=*/true);  // a clause starts too
    for (size_t i = 0; i < n;) {
      // The text is valid UTF-8 (folded): a byte E0–EF always leads a 3-byte character (two
      // continuation bytes follow; no surrogate or overlong form). Runs of characters that
      // trigger nothing (most CJK text) are skipped in a tight loop: each character's block
      // (the lead's low four bits and the second byte's six) picks a word of the trigger set,
      // and the third byte's low six bits a bit of it. The NUL after the text stops the loop,
      // so that it needs no end test.
      // There the block ((lead & 0x0F) << 6) | (second & 0x3F) is (lead << 6) + second minus a
      // constant: one shift and one add.
      constexpr unsigned kBlockBias = (0xE0u << 6) + 0x80u;
      while (
          static_cast<unsigned>(p[i]) - 0xE0u < 0x10u &&
          ((trigger_blocks[(unsigned{p[i]} << 6) + p[i + 1] - kBlockBias] >> (p[i + 2] & 0x3Fu)) &
           1) == 0) {
        i += 3;
      }
      if (i >= n) break;
      // The loop stops at no 3-byte character but a trigger: its code point at once. (By adding
      // the bytes, less the bits that mark them 1110xxxx 10xxxxxx 10xxxxxx, rather than by
      // masking them: the compiler moved the masks into the loop.)
      if (const unsigned lead = p[i]; lead - 0xE0u < 0x10u) {
        const auto cp =
            static_cast<char32_t>((lead << 12) + (unsigned{p[i + 1]} << 6) + p[i + 2] - 0xE2080u);
        if (((mention_firsts[cp >> 6] >> (cp & 63)) & 1) != 0) [[unlikely]] {
          Mention(i, cp);
        }
        OnTrigger(i, cp, roles[cp], &name_resume);
        i += 3;
        continue;
      }
      const auto c = static_cast<unsigned char>(s_[i]);
      if (c < 0x80) {
        if (IsAlnum(c)) {
          i = Token(i);
          continue;
        }
        // A name spaced out, at the space after its first character (张 海 涛; since session
        // sixty, red-team set Y).
        if (c == ' ' && i >= 3 && i + 8 <= n && p[i + 4] == ' ' && p[i - 1] >= 0x80 &&
            options_.name_heuristics) {
          SpacedNameAt(s_, i, out_);
        }
        if (c == '@' || c == '#') {
          Email(i, 1);  // (# for @: written to dodge a scanner, as (at) and [at] are)
          if (c == '@') Handle(i);
        } else if (c == '(' || c == '[') {
          if (AtWord(i)) Email(i, 4);
          ParenPhone(i);
          DocumentNumber(i, 1);
          if (c == '(' && i >= 6 && p[i - 1] == 0x8D && options_.name_heuristics) {
            NameAfterLabelGap(s_, i, 1, out_);  // 姓名(Name) 李晓东
          }
          if (c == '(' && i > 0 && p[i - 1] == '\n' && options_.name_heuristics &&
              SignatureContactLine(i + 1)) {
            SignatureOfficers(i + 1);
          }
          // (Or after an ASCII quotation mark: "老黑"（李四）; since session forty-seven.)
          if (c == '(' && i > 0 && (p[i - 1] >= 0x80 || p[i - 1] == '"') &&
              options_.name_heuristics) {
            if (At(s_, i + 1, "警号") || BareBadgeInOfficersLine(i)) {
              OfficerBeforeBadge(s_, i, out_);
            }
            NameBeforePersonBracket(s_, i, out_);
          } else if (c == '(' && i > 0 && IsDigit(p[i - 1]) && options_.name_heuristics) {
            // (Or a name in Latin letters after one masked with its number, 陈某1（CHEN
            // CHIH-HAO）: since session sixty-five, red-team set O.)
            if (!(i + 1 < n && p[i + 1] >= 'A' && p[i + 1] <= 'Z' &&
                  NameAgainInBracket(s_, i, out_))) {
              FullNameInBracket(s_, i, out_);  // 于某2（户口名王淑珍）
            }
            if (MaskedNameEndsAt(s_, i))
              NicknameInBracketAfterName(s_, i, out_);  // 洪某3（阿琴，…）
          }
          if (c == '(' && i > 0 &&
              ((p[i - 1] >= 'A' && p[i - 1] <= 'Z') || (p[i - 1] >= 'a' && p[i - 1] <= 'z')) &&
              options_.name_heuristics) {
            LatinNameBeforeBracket(s_, i, out_);
          }
        } else if (c == '"') {
          // (An ASCII quotation mark after an ideograph, as “ is read: 绰号"阿三".)
          if (options_.name_heuristics && i >= 6 && (p[i - 1] >= 0x80 || p[i - 1] == '(')) {
            NicknameInQuotes(s_, i, out_);
            NamesCalledInQuotes(s_, i, out_);  // (喊"国平伯，…: since session sixty-four)
            FamiliarNameAt(s_, i + 1, out_);
            // (As a closing mark: 微信昵称"肥仔"，系吴德明; since session seventy-two.)
            NameAfterQuotedAlias(s_, i, out_, /*ascii=*/true);
          }
        } else if (c == ',' || c == ';' || c == '!' || c == '?' || c == '\n') {
          last_break_ = i;
          if (c == '\n') {
            stamp_line_ = i + 1 < n && (p[i + 1] == '[' || (p[i + 1] == 0xE3 && i + 3 < n &&
                                                            p[i + 2] == 0x80 && p[i + 3] == 0x90));
          }
          if (options_.name_heuristics) {
            // An officer before a comma and a badge number (出示工作证件：王振宇，警号071863；
            // since session fifty-seven, red-team set V).
            if (c == ',' && i > 0 && i + 1 < n && p[i + 1] == 0xE8 && p[i - 1] >= 0x80 &&
                At(s_, i + 1, "警号")) {
              OfficerBeforeBadge(s_, i, out_);
            }
            // (A quotation's end before it: “老炮儿”，真名褚某.)
            if (c == ',' && i > 0 && (p[i - 1] == 0x9D || p[i - 1] == '"')) {
              QuotedNameOfUnknownName(s_, i, out_);
            }
            // (我们叫他建军，)
            if (c == ',' && PronounMayEndNineBefore(s_, i)) {
              GivenNameAfterCalling(s_, i, out_);
            }
            ClauseStart(i + 1);
          }
        } else if (c == ':' && i + 1 < n && s_[i + 1] == ':') {
          const size_t e = Ipv6(i);
          i = e > i ? e : i + 1;
          continue;
        } else if (i >= 6 && p[i - 1] == 0x8D && options_.name_heuristics &&
                   (c == ' ' || c == '\t' || c == ']' || c == ')' || c == '/' || c == '|' ||
                    c == '-' || c == '=')) {
          // After a form's label 姓名 without its colon (姓名 李晓东, [姓名]李晓东, 姓名/李晓东;
          // U+3000 is folded to a space): 0x8D ends 名.
          NameAfterLabelGap(s_, i, 1, out_);
        } else if ((c == ' ' || c == '\t') && i > 0 && p[i - 1] >= 0x80 && At(s_, i + 1, "警号") &&
                   options_.name_heuristics) {
          // A form's officer before the next cell's badge number (接警人：⇥段昌平⇥警号：⇥053305;
          // since session forty-eight, red-team set L).
          OfficerBeforeBadge(s_, i, out_);
        } else if ((c == ' ' || c == '\t') && i > 0 && p[i - 1] >= 0x80 &&
                   MayStartListNumber(p[i + 1], Decode3(s_, i + 1)) && options_.name_heuristics) {
          // A list's item after a space, where the one before it ends in a character
          // (1.郑海燕，女 2.冯建军，男). (Not inside a number: the token's scan passes over its
          // spaces.)
          NameAfterSpacedListNumber(s_, i + 1, out_);
        } else if (c == ':' && options_.name_heuristics) {
          // Also after a context word's colon, read with the word (报警人:): the field's rule
          // takes names the role word's leaves out (报警人：曾梦兰).
          NameAfterColon(s_, i, out_);
          // (A leader's opinion's line: 0x81 ends 见, 0xBA 示.)
          if (i >= 6 && (p[i - 1] == 0x81 || p[i - 1] == 0xBA) && ApprovalLineAt(i)) {
            SignatureOfficers(i + 1, /*approval=*/true);
          }
          // (A chat log's speaker after a time: ChatSpeakerBeforeColon; a bracket's end before
          // the colon, or a space, ] or 】 (E3 80 91) two to five ideographs before it, first.)
          auto space = [&](size_t k) {
            return p[k] == ' ' || p[k] == ']' || (p[k] == 0x91 && p[k - 1] == 0x80);
          };
          const size_t found = out_->candidates.size();
          if (i >= 11 &&
              (p[i - 1] == ')' ||
               (p[i - 1] >= 0x80 && (space(i - 7) || space(i - 10) || (i >= 13 && space(i - 13)) ||
                                     (i >= 16 && space(i - 16)) || DashBeforeColon(i))))) {
            ChatSpeakerBeforeColon(s_, i, out_);
          }
          // (Where it read none, on a line that starts with a stamp's bracket, a longer handle,
          // or one with a dash, a dot, letters or digits: ChatHandleBeforeColon.)
          if (stamp_line_ && i >= 11 && out_->candidates.size() == found) {
            ChatHandleBeforeColon(s_, i, out_);
          }
          // (And the speaker's own name in brackets after the handle: 老某1（葛志田）：.)
          if (stamp_line_ && i >= 11 && p[i - 1] == ')') ChatNameInBracketBeforeColon(s_, i, out_);
          // (And a name called right after the colon: 椒某：建军你嫑….)
          if (stamp_line_ && i >= 11 && p[i - 1] >= 0x80) VocativeAfterChatSpeaker(s_, i, out_);
          // (A post's comments after their header's colon: 0xBA ends 论 of 评论.)
          if (comments_header_ != kNotSeen) {
            CommentHandle(i);
          } else if (i > 0 && p[i - 1] == 0xBA) {
            CommentsHeader(i);
          }
        }
        ++i;
        continue;
      }
      // A name in Cyrillic letters (since session forty-three).
      if (IsCyrillicLead(c) && options_.name_heuristics) {
        if (const size_t e = CyrillicNameEnd(s_, i); e != i) {
          out_->candidates.push_back(HeuristicName(i, e));
          i = e;
          continue;
        }
      }
      // A middle dot (folded to U+00B7) splits a minority name's parts.
      if (c == 0xC2 && p[i + 1] == 0xB7 && options_.name_heuristics) NameAtDot(s_, i, out_);
      ++i;  // the other bytes of 2- and 4-byte characters start nothing
    }
    CnNumbers();
    BirthDatesOfIds();
  }

 private:
  // A name found before in the item, again at i (NameMentions).
  [[gnu::noinline]] void Mention(size_t i, char32_t cp) {
    bool given = false;
    if (const size_t len = mentions_->LongestAt(i, cp, &given);
        len != 0 && NameMentions::Mentionable(s_, i, i + len, given)) {
      Candidate c = HeuristicName(i, i + len);
      c.mention = true;
      out_->candidates.push_back(c);
      if (options_.name_heuristics) NamesAroundMention(s_, i, i + len, out_);
    }
  }
  // What the trigger character cp at i may start, by its roles (Roles()), after what a deferred
  // character before it starts (kDeferredFirsts: at i - 3, where the scan did not stop).
  // *name_resume: where the name heuristic may look next.
  [[gnu::always_inline]] void OnTrigger(size_t i, char32_t cp, uint8_t role, size_t* name_resume) {
    if (role & kRoleAfterDeferred) AfterDeferred(i, name_resume);
    Dispatch(i, cp, role, name_resume);
  }
  [[gnu::noinline]] void AfterDeferred(size_t i, size_t* name_resume) {
    if (i < 3) return;
    if (const char32_t first = Decode3(s_, i - 3); first != 0 && deferred_.contains(first)) {
      Dispatch(i - 3, first, roles_[first], name_resume);
    }
  }
  [[gnu::always_inline]] void Dispatch(size_t i, char32_t cp, uint8_t role, size_t* name_resume) {
    if (role & kRoleBreak) {
      last_break_ = i;
      if (cp == U'。' && options_.name_heuristics) {
        // (喊她春花。)
        if (PronounMayEndNineBefore(s_, i)) {
          GivenNameAfterCalling(s_, i, out_);
        }
        ClauseStart(i + 3);
      }
      if (cp == U'、' && options_.name_heuristics) {
        ClanNameBefore(s_, i, out_);
        NamesListedAt(s_, i, out_);
      }
    }
    if ((role & kRoleLabel) && MayStartLabel(i)) NoteLabels(i, cp);
    if (role & kRoleOther) Trigger(i, cp);
    if (role & kRoleModel) ModelTrigger(i, cp);
    if (role & kRoleProvince) Plate(i);
    if (role & kRoleSuffix) HouseAddress(i);
    if ((role & kRoleName) && options_.name_heuristics && i >= *name_resume &&
        MayStartNameWord(i, cp)) {
      *name_resume = NameHeuristicAt(s_, i, out_);
    }
  }

  // Whether 人 follows at byte k, or a count of persons (等4人, 等三人, 等12名; since session
  // forty-nine, red-team set N): one or two digits or a numeral, then 人 or 名.
  bool OthersCountAt(size_t k) const {
    if (Decode3(s_, k) == U'人') return true;
    size_t e = k;
    while (e < k + 2 && e < s_.size() && IsDigit(static_cast<unsigned char>(s_[e]))) ++e;
    if (const size_t at = kCountNumerals.find(s_.substr(k, 3));
        e == k && at != std::string_view::npos && at % 3 == 0) {
      e = k + 3;
    }
    return e != k && (Decode3(s_, e) == U'人' || Decode3(s_, e) == U'名');
  }
  static constexpr std::string_view kCountNumerals = "二两三四五六七八九十";

  void Trigger(size_t i, char32_t cp) {
    switch (cp) {
      case U'〔':
        DocumentNumber(i, 3);
        return;
      case U'微':
      case U'威':  // 威信, 薇信: written to dodge a scanner
      case U'薇':
        if (At(s_, i + 3, "信")) WeChat(i + 6);
        return;
      case U'绰':  // 绰号喜子, （外号：喜子）, 诨号 (BareNicknameAfter; since session sixty-nine)
      case U'外':
      case U'诨':
        if (options_.name_heuristics && At(s_, i + 3, "号")) {
          BareNicknameAfter(s_, i + 6, out_, /*after_de=*/false);
        }
        return;
      case U'扣':  // 扣扣, 企鹅号: QQ's nicknames
        if (At(s_, i + 3, "扣")) Qq(i + 6);
        return;
      case U'鹅':
        if (i >= 3 && At(s_, i - 3, "企")) Qq(i + 3);
        return;
      case U'抖':
        if (At(s_, i, "抖音")) VideoAppId(i + 6);
        return;
      case U'快':
        if (At(s_, i, "快手")) VideoAppId(i + 6);
        return;
      case U'使':
        EmbassyPlate(i);
        return;
      case U'不':
        if (At(s_, i, "不动产权第")) PropertyCertificate(i);
        return;
      case U'岁':
        // (Or before 就读: （12岁，就读于…）.)
        if (options_.minor_present || PersonsAge(i) ||
            (i + 4 < s_.size() && s_[i + 3] == ',' && At(s_, i + 4, "就读"))) {
          MinorAge(i);
        }
        return;
      case U'年':
        CnDate(i);
        return;
      case U'某':
        if (options_.name_heuristics) NamesAfterMasked(s_, i, out_);
        return;
      case U'由':
        if (options_.name_heuristics) NameAfterYou(s_, i, out_);
        return;
      case U'员':
        if (options_.name_heuristics) NameAfterPersonnel(s_, i, out_);
        return;
      case U'贩':
        if (options_.name_heuristics) NameAfterDealer(s_, i, out_);
        return;
      case U'与':
      case U'和':
      case U'同':
      case U'跟':
        if (options_.name_heuristics) {
          ClanNameBefore(s_, i, out_);  // (沙马伍各和他堂弟; since session forty-one)
          NameAfterJoin(s_, i, out_);
          if (At(s_, i + 3, "其")) NameBeforeKinJoin(s_, i, out_);  // (杨再兴与其女婿)
        }
        return;
      case U'班':
        ClassBefore(i);
        return;
      case U'学':
      case U'校':
      case U'园':
        if (options_.minor_present || PupilsSchoolAt(i, cp)) School(i, cp);
        return;
      case U'话':
      case U'机':
      case U'式':
        if (PhoneLabelEndsAt(i, cp)) CnNumberNear(i + 3);
        // (A name right before 联系电话: since session forty-one.)
        if (cp == U'话' && options_.name_heuristics && i >= 15 && At(s_, i - 9, "联系电")) {
          NameBeforeLabel(s_, i - 9, out_);
        }
        return;
      case U'栋':
      case U'幢':
      case U'座':  // (万达广场A座1502室: an estate named without a place word)
        Building(i);
        return;
      case U'楼':  // 2号楼2单元1502室
        if (i >= 3 && At(s_, i - 3, "号")) Building(i - 3, 6);
        return;
      case U'】':  // 【姓名】李晓东, 〔姓名〕李晓东, 〖姓名〗, 《姓名》, 「姓名」, 〈姓名〉,
                   // 『姓名』
      case U'〕':
      case U'〗':
      case U'》':
      case U'」':
      case U'〉':
      case U'』':
        if (options_.name_heuristics) {
          NameAfterLabelGap(s_, i, 3, out_);
          if (cp == U'】') ChatSpeakerInTag(s_, i, out_);
        }
        return;
      case U'“':
      case U'‘':
      case U'「':
        if (options_.name_heuristics) {
          NicknameInQuotes(s_, i, out_);
          if (cp == U'“') {
            NamesCalledInQuotes(s_, i, out_);
            FamiliarNameAt(s_, i + 3, out_);  // (“小宇平时很听话; since session forty-three)
          }
        }
        return;
      case U'”':  // “阿海”系郑芳芳, “瓷韵阁-阿杰” (since session fifty-eight)
        if (options_.name_heuristics) {
          NameAfterQuotedAlias(s_, i, out_);
          FamiliarNameEndingHandle(s_, i, out_);
        }
        return;
      case U'氏':
        if (options_.name_heuristics) MarriedWomansName(s_, i, out_);
        return;
      case U'等':
        if (options_.name_heuristics && OthersCountAt(i + 3)) NameBeforeOthers(s_, i, out_);
        return;
      case U'老':  // 钟老二, 杨老大 (since session forty-nine)
      case U'妹':  // 罗二妹, 郑三娃, 符二弟, 韦二哥
      case U'娃':
      case U'弟':
      case U'哥':
        if (options_.name_heuristics) {
          RankNicknameAt(s_, i, out_);
          if (cp == U'哥' || cp == U'妹') GivenNameBeforeElderWord(s_, i, out_);
        }
        return;
      case U'姐':  // 月珍姐, 建民叔, 桂芳婶, 满仓爷, 彩霞姨 (since session sixty-six)
      case U'叔':
      case U'婶':
      case U'爷':
      case U'姨':
        if (options_.name_heuristics) GivenNameBeforeElderWord(s_, i, out_);
        return;
      case U'籍':  // (Redact drops a name read right before one: Findings::saw_ji)
        out_->saw_ji = true;
        return;
      case U'丙':  // (Redact drops the names read as 丁方: Findings::saw_bing_fang)
        if (s_.compare(i + 3, 3, "方") == 0) out_->saw_bing_fang = true;
        return;
      case U'│':  // a table's bar (since session forty-nine): its columns of persons, once
        if (options_.name_heuristics && !tables_read_) {
          NamesInTableColumns(s_, out_);
          tables_read_ = true;
        }
        return;
      default:
        // A Korean name in Hangul (김민준; since session forty-four): every syllable triggers.
        if (cp >= 0xAC00 && cp <= 0xD7A3 && options_.name_heuristics) {
          if (const size_t e = HangulNameEnd(s_, i); e != i) {
            out_->candidates.push_back(HeuristicName(i, e));
          }
        }
        return;
    }
  }

  // A name the model reads next to the character cp at i (ModelTriggerWords: among the
  // commonest characters): called out only where the character next to it may be one's.
  [[gnu::always_inline]] void ModelTrigger(size_t i, char32_t cp) {
    if (!options_.name_heuristics) return;
    switch (cp) {
      case U'的':
      case U'之':
      case U'家':
      case U'名':
        if (cp == U'的') NameAfterPresenceWord(s_, i, out_);
        if (cp == U'家') ClanNameBefore(s_, i, out_);  // (曲比阿果家; since session forty-one)
        if (i >= 6 && (model_given_.contains(Decode3(s_, i - 3)) || DotBefore(i))) {
          NameBeforeOwnWord(s_, i, out_);
        }
        // A form's label with its value right after it (姓名李晓东, 户名为李晓东): 姓名, 户名,
        // 曾用名, 化名, 别名, 真名, 原名, 大名, 全名, 又名, 现名, 本名 (NameRightAfterLabel tests
        // them whole).
        switch (i >= 3 ? Decode3(s_, i - 3) : 0) {
          case U'姓':
          case U'户':
          case U'用':
          case U'化':
          case U'别':
          case U'真':
          case U'原':
          case U'大':
          case U'全':
          case U'又':
          case U'现':
          case U'本':  // (本名, since session sixty-two)
            NameRightAfterLabel(s_, i + 3, out_);
            return;
          case U'小':  // (小名浩浩, 乳名轩轩: since session forty-one)
          case U'乳':
          case U'网':  // (网名阿飞, 诨名, 艺名: since session sixty-nine)
          case U'诨':
          case U'艺':
          // (苗名叫宝里, 经名：尔撒, （经名法图麦）: since session fifty-three, red-team set R)
          case U'苗':
          case U'经':
          case U'藏':
          case U'彝':
          // (羌名格日布, and the names other peoples give: since session fifty-nine, red-team set
          // X)
          case U'羌':
          case U'蒙':
          case U'傣':
          case U'瑶':
          case U'侗':
          case U'壮':
            // (Only before 名: not 小的文件, 小的是他侄女, 藏家; since session sixty-four,
            // red-team set AC.)
            if (cp == U'名') {
              const char32_t label = Decode3(s_, i - 3);
              BareNicknameAfter(s_, i + 3, out_,
                                /*after_de=*/label != U'网' && label != U'诨' && label != U'艺');
            }
            return;
          default:
            return;
        }
      case U'日':
        if (model_firsts_.contains(Decode3(s_, i + 3))) NameAfterDate(s_, i, out_);
        return;
      default:  // a verb or a preposition: a name after it, or after a verb's second character
        // (Or what a person is called, of 阿 小 老 or with 仔: 叫他老吐尔逊，, 叫我辉仔。; since
        // session fifty-four. Or with an elder's word: 叫佢顺伯，; since session fifty-five. Or
        // after 都: 大家都叫他翔太。; since session fifty-six. 喊 as 叫 since session sixty-two.)
        if (model_firsts_.contains(Decode3(s_, i + 3)) ||
            model_firsts_.contains(Decode3(s_, i + 6)) || DotNear(i + 3) ||
            ((cp == U'叫' || cp == U'喊') && i + 9 <= s_.size() &&
             (InCharList(kFamiliarFirsts, s_.substr(i + 6, 3)) || At(s_, i + 9, "仔") ||
              InCharList(kElders, s_.substr(i + 9, 3)) || (i >= 3 && At(s_, i - 3, "都"))))) {
          NameAfterVerb(s_, i, out_);
        }
        return;
    }
  }

  void Add(size_t b, size_t e, PiiClass cls, FoundBy how = FoundBy::kPattern) {
    if (cls == PiiClass::kIdNumber && ids_count_ < ids_.size()) ids_[ids_count_++] = {b, e};
    Candidate c;
    c.begin = b;
    c.end = e;
    c.cls = cls;
    c.how = how;
    out_->candidates.push_back(c);
  }
  void Protect(size_t b, size_t e) { out_->protect.push_back({b, e}); }

  // True if one of the labels of kLabelGroups[group] ends within about `max_chars` characters
  // before `pos` (from its end: a long label, 台湾居民来往大陆通行证, reaches as far as a short
  // one), with no end of a clause (，；。、 …) between it and pos.
  bool LabelBefore(size_t pos, int group, int max_chars = 10) const {
    const size_t start = label_start_[group];
    const size_t end = label_end_[group];
    if (start == kNotSeen || end > pos || pos - end > 3 * static_cast<size_t>(max_chars)) {
      return false;
    }
    if (last_break_ == kNotSeen || last_break_ < end || last_break_ >= pos) return true;
    // A line break right after the label ends no clause: the value is on the next line, as a
    // form's export writes it (出生日期：↵1990年3月15日; since session thirty). Between the label
    // noted (出生) and the break, only ideographs (日期), a colon and spaces; no punctuation.
    size_t k = end;
    while (k < last_break_) {
      const auto c = static_cast<unsigned char>(s_[k]);
      if (c == ':' || c == ' ' || c == '\t' || c == '\r') {
        ++k;
      } else if (c >= 0xE4 && c <= 0xE9) {
        k += 3;
      } else {
        return false;
      }
    }
    return k == last_break_ && s_[k] == '\n';
  }

  // Whether 号码 (and 是, 为 or a colon) comes right before p after a comma right after a travel
  // document's label: 换了护照，号码是C4827163 (since session seventy-two, red-team set AK).
  bool NumberWordAfterPassportLabel(size_t p) const {
    size_t k = p;
    if (k >= 3 && (At(s_, k - 3, "是") || At(s_, k - 3, "为"))) {
      k -= 3;
    } else if (k >= 1 && s_[k - 1] == ':') {
      k -= 1;
    }
    return k >= 7 && At(s_, k - 6, "号码") && s_[k - 7] == ',' &&
           label_start_[kPassportGroup] != kNotSeen && label_end_[kPassportGroup] == k - 7;
  }

  void NoteLabel(int group, size_t begin, size_t end) {
    label_start_[group] = begin;
    label_end_[group] = end;
  }

  // Whether the character after the label character at i may be a label word's second one:
  // most label characters are followed by none (号 before digits or ，), and this bit test
  // costs less than the call of NoteLabels. Its three bytes are assembled without checks: bytes
  // that are not a 3-byte character are no label's either, whatever bit they pick.
  bool MayStartLabel(size_t i) const { return NextCharIn(i, label_seconds_); }
  // The same for the name heuristic's context words (or the character is one: 称).
  bool MayStartNameWord(size_t i, char32_t cp) const {
    return name_singles_.contains(cp) ||
           (s_.size() - i >= 6 && name_pairs_.MayContain(cp, NextCodePoint(i)));
  }
  // A clause starts at i: a name the model reads there (where one may start, or a space there:
  // NameAtClauseStart skips it), or after a time word there (where its two characters may be
  // one's).
  // (At a field's start the model is asked whatever comes first.)
  [[gnu::always_inline]] void ClauseStart(size_t i, bool field_start = false) {
    if (i >= s_.size()) return;
    const char32_t first = Decode3(s_, i);
    const bool line_start = !field_start && s_[i - 1] == '\n';
    if ((first == U'阿' || first == U'小') && options_.name_heuristics) [[unlikely]] {
      FamiliarNameAt(s_, i, out_);  // (since session forty-three)
    }
    if ((first == U'妻' || first == U'夫') && options_.name_heuristics) [[unlikely]] {
      SpouseNameAt(s_, i, out_);
    }
    // (祝老三，就是祝永福; since session sixty-six)
    if (first == U'就' && !field_start && s_[i - 1] == ',' && options_.name_heuristics &&
        At(s_, i + 3, "是")) [[unlikely]] {
      FullNameAfterItIs(s_, i - 1, out_);
    }
    if (field_start || s_[i] == ' ' || s_[i] == '\t' || model_firsts_.contains(first) ||
        DotNear(i) || ((line_start || s_[i - 1] == ';') && SexSoon(i))) {
      // (A line's or a list's item's start is read as a field's where a person's sex follows
      // within five characters: 寻人启事↵朝克图，男，蒙古族, 主任；泽仁卓玛，女; since session
      // forty-one.)
      NameAtClauseStart(s_, i, out_);
    }
    if (line_start) [[unlikely]] {
      // (An item's number after the line's indent: 　　2．佘国平，男; since session forty-one.)
      size_t j = i;
      while (j < s_.size() && (s_[j] == ' ' || s_[j] == '\t') && j < i + 24) ++j;
      if (j != i && j < s_.size()) {
        if (const auto c = static_cast<unsigned char>(s_[j]);
            MayStartListNumber(c, Decode3(s_, j)) &&
            !(IsDigit(c) && DigitAt(s_, j + 1) && DigitAt(s_, j + 2))) {
          LineStart(j);
        }
      }
    }
    if (field_start || line_start || s_[i - 1] == ';') [[unlikely]] {
      // (Not at a year, 2026年…: a list's number has one or two digits.)
      if (const auto c = static_cast<unsigned char>(s_[i]);
          MayStartListNumber(c, first) &&
          !(IsDigit(c) && DigitAt(s_, i + 1) && DigitAt(s_, i + 2))) {
        LineStart(i);
      }
    }
    if (time_firsts_.contains(first) && time_seconds_.contains(Decode3(s_, i + 3))) {
      NameAfterTimeWord(s_, i, out_);
    }
  }
  // Whether a comma and 男 or 女 follow two to five characters after i (朝克图，男).
  bool SexSoon(size_t i) const {
    for (size_t k = i + 6; k <= i + 15 && k + 4 <= s_.size(); k += 3) {
      if (s_[k] == ',') {
        const char32_t sex = Decode3(s_, k + 1);
        return sex == U'男' || sex == U'女';
      }
    }
    return false;
  }
  // At a field's or a line's start, a numbered list's item or a table's row: the name after
  // its number ((1)何永强，男; 1⇥何永强⇥男). (Apart from ClauseStart, which is inlined where
  // clauses end.)
  [[gnu::noinline]] void LineStart(size_t i) {
    if (const size_t after = AfterListNumber(s_, i); after != i) {
      NameAtClauseStart(s_, after, out_);
      if (options_.name_heuristics) NameAfterDisplayNameDash(s_, after, out_);
    }
  }
  // Whether a middle dot (folded to U+00B7) comes within 15 bytes after i: where a minority
  // name's first part (2–4 characters) may start. The next dot is looked up once per stretch.
  [[gnu::always_inline]] bool DotNear(size_t i) {
    if (!has_dot_) [[likely]]
      return false;
    if (next_dot_ < i) {
      next_dot_ = s_.find("\xC2\xB7", i);
      if (next_dot_ == std::string_view::npos) has_dot_ = false;  // none further on
    }
    return has_dot_ && next_dot_ - i <= 15;
  }
  // Whether a middle dot comes within the 26 bytes before i (a dotted name may end at i).
  bool DotBefore(size_t i) const {
    return out_->text_has_dot && s_.substr(i > 26 ? i - 26 : 0, i > 26 ? 26 : i).find("\xC2\xB7") !=
                                     std::string_view::npos;
  }
  bool NextCharIn(size_t i, const CharSet& set) const {
    return s_.size() - i >= 6 && set.contains(NextCodePoint(i));
  }
  // The code point of the 3-byte character after the one at i, where one is there (the caller
  // tests that six bytes are left; other bytes give some code point that no word starts with).
  char32_t NextCodePoint(size_t i) const {
    const auto* const at = reinterpret_cast<const unsigned char*>(s_.data()) + i + 3;
    return ((at[0] & 0x0Fu) << 12) | ((at[1] & 0x3Fu) << 6) | (at[2] & 0x3Fu);
  }

  // Notes the labels that start at the CJK character cp at i.
  [[gnu::always_inline]] void NoteLabels(size_t i, char32_t cp) {
    const auto range = static_cast<uint32_t>(label_ranges_.Find(cp));  // begin | end << 16, 0: none
    for (size_t k = range & 0xFFFF; k < range >> 16; ++k) {
      const LabelWord& w = label_words_[k];
      // The first character is cp (at i): compare the rest, the second character inline (every
      // label word has one: ideographs, at least two).
      const char* const at = s_.data() + i;
      if (s_.size() - i < w.word.size() || at[3] != w.word[3] || at[4] != w.word[4] ||
          at[5] != w.word[5] || std::memcmp(at + 6, w.word.data() + 6, w.word.size() - 6) != 0) {
        continue;
      }
      if (w.group == kBornAtGroup && i >= 3) {
        // 生于, but not 发生于 / 产生于 / 派生于 / 衍生于 (an event).
        const std::string_view before = s_.substr(i - 3, 3);
        if (before == "发" || before == "产" || before == "派" || before == "衍") continue;
      }
      NoteLabel(w.group, i, i + w.word.size());
      if (w.group == kIdGroup || w.group == kAccountGroup) CnNumberNear(i + w.word.size());
      if (w.group == kIdGroup) NameBeforeIdLabel(i);
    }
  }

  // A name before the comma or bracket before an ID's label at i (经核查为黄建勋，身份证号…;
  // since session sixty-seven), or before a space, a table's mark or a tab (since session
  // sixty-eight, as before an ID itself: NameBeforeId), where none was read there already; not
  // after the sex or a birth's 出生, the commonest words there (…，男，身份证号, …日出生，身份证号).
  [[gnu::noinline]] void NameBeforeIdLabel(size_t i) {
    if (i >= 7 &&
        (s_[i - 1] == ',' || s_[i - 1] == '(' || s_[i - 1] == ' ' || s_[i - 1] == '|' ||
         s_[i - 1] == '\t') &&
        options_.name_heuristics && !At(s_, i - 4, "男") && !At(s_, i - 4, "女") &&
        !At(s_, i - 7, "出生") && !NameReadEndsAt(*out_, i - 1)) {
      NameBeforeLabel(s_, i - 1, out_);
    }
  }

  // A name of two or three characters alone before a comma, a space or a table's mark before an
  // ID at b (我先发：陈小兵，510…, ｜陈小兵｜510…; since session sixty-eight, red-team set AG),
  // read as before an ID's label (whose test takes the mark; not a bracket here): no more
  // ideographs before it (not 籍贯 湖南邵东⇥430…).
  [[gnu::noinline]] void NameBeforeId(size_t b) {
    if (b < 7 || s_[b - 1] == '(' || static_cast<unsigned char>(s_[b - 1]) >= 0x80) return;
    size_t k = b - 1;
    while (k >= 3 && b - 1 - k < 12 && IsIdeograph(Decode3(s_, k - 3))) k -= 3;
    if (b - 1 - k >= 6 && b - 1 - k <= 9) NameBeforeIdLabel(b);
  }

  // Whether a dash after an ideograph comes up to 18 bytes before the colon at i, on its line,
  // the note after it ending with a number and an ideograph (吴秀清-四2班：, 华叔-校车1号：): a
  // display name's note, which ChatSpeakerBeforeColon reads past.
  bool DashBeforeColon(size_t i) const {
    return IsDigit(static_cast<unsigned char>(s_[i - 4])) && DashBeforeNumberedNote(i);
  }
  [[gnu::noinline]] bool DashBeforeNumberedNote(size_t i) const {
    for (size_t k = i - 1; k + 18 > i && k >= 4 && s_[k] != '\n'; --k) {
      if (s_[k] == '-') return static_cast<unsigned char>(s_[k - 1]) >= 0x80;
    }
    return false;
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

  // A number written in Chinese numerals (一三八零零一三八零零零, 五三三一〇二…X; a space or a
  // dash between digits is read past) that starts within ten characters after i, with no
  // clause break before it: a label (身份证号码为, 联系电话：) ends at i. Seven digits or more
  // are classified as the same digits written in figures would be. (Looked for after labels
  // only: 一 二 三 are among the commonest characters, and the scan does not stop at them.)
  [[gnu::noinline]] void CnNumberNear(size_t i) {
    const size_t limit = std::min(s_.size(), i + 30);
    size_t b = i;
    while (b < limit) {
      const auto c = static_cast<unsigned char>(s_[b]);
      if (c < 0x80) {
        // Figures (the common case; with numerals after them, 139一二三四…, MixedNumber), or a
        // clause break.
        if (c != ' ' && c != ':') return;
        ++b;
      } else if (Decode3(s_, b) != 0) {
        if (CnDigitAt(s_, b) >= 0) break;
        if (At(s_, b, "。")) return;
        b += 3;
      } else {
        return;
      }
    }
    if (b >= limit) return;
    const CnDigits number = ReadCnDigits(s_, b);
    if (number.len < 7 || number.too_long) return;
    const Group group{b, number.digits_end};
    Classify({number.digits, number.len}, {&group, 1}, 0, 0, number.has_x() ? number.end : 0);
    cn_labelled_.push_back(b);
  }
  // Numbers written in Chinese numerals anywhere, with no label before them (其拨打一三八…报警).
  // The text is sampled every 3 · k bytes, so that any run of k numerals (three bytes each)
  // holds a sample: k is eleven (the fewest digits of a mobile, of a landline with its area
  // code, of an ID or a card), or the fewest digits of a party's number if fewer (seven at
  // least). A sample in a numeral leads to its run: one of eleven numerals or more is classified
  // as the same digits in figures would be, and any run is looked up among the listed numbers.
  // (Shorter runs are classified after their labels only: CnNumberNear. Sampling costs a few
  // instructions every k characters; stopping at every numeral would cost far more.)
  static constexpr size_t kUnlabelledDigits = 11;
  [[gnu::noinline]] void CnNumbers() {
    static constexpr std::string_view kNumeralChars = "〇○零一幺二三四五六七八九";
    static const CharSet* const kNumerals = new CharSet(SplitChars(kNumeralChars));
    const CharSet& numerals = *kNumerals;
    // The bytes a sample may be at in a run of numerals (any of their bytes, a space, a dash):
    // most samples are rejected by this one lookup. (Figures among numerals: MixedNumber.)
    static const std::array<bool, 256> kRunBytes = [] {
      std::array<bool, 256> bytes{};
      for (const char c : kNumeralChars) bytes[static_cast<unsigned char>(c)] = true;
      bytes[' '] = bytes['-'] = true;
      return bytes;
    }();
    // After the scan, the labels last seen are no run's: the runs are classified as unlabelled
    // (those after a label were, by CnNumberNear).
    label_start_.fill(kNotSeen);
    const size_t listed = options_.listed_number_digits;
    const size_t stride =
        3 * std::clamp<size_t>(listed == 0 ? kUnlabelledDigits : listed, 7, kUnlabelledDigits);
    const size_t n = s_.size();
    const auto* const p = reinterpret_cast<const unsigned char*>(s_.data());
    for (size_t k = stride - 1; k < n; k += stride) {
      if (!kRunBytes[p[k]]) continue;
      size_t c = k;
      if (p[c] < 0x80) {
        if (p[c] != ' ' && p[c] != '-') continue;  // else between two spaced numerals, perhaps
        ++c;
      }
      if ((p[c] & 0xC0) == 0x80) c -= (p[c - 1] & 0xC0) == 0x80 ? 2 : 1;  // its character's lead
      // A numeral's lead is E2–E9; its code point is tested before the character is checked.
      if (static_cast<unsigned>(p[c] - 0xE2) > 0xE9 - 0xE2 || c + 2 >= n ||
          !numerals.contains(((p[c] & 0x0Fu) << 12) | ((p[c + 1] & 0x3Fu) << 6) |
                             (p[c + 2] & 0x3Fu)) ||
          CnDigitAt(s_, c) < 0) {
        continue;
      }
      // A numeral alone (一, 三) is no run: one of its neighbours must be a numeral or a figure.
      auto numeral_at = [&](size_t at) { return at + 2 < n && CnDigitAt(s_, at) >= 0; };
      auto spaced = [&](size_t at) { return s_[at] == ' ' || s_[at] == '-'; };
      if (!(c >= 3 && numeral_at(c - 3)) && !numeral_at(c + 3) && !(c >= 1 && DigitAt(s_, c - 1)) &&
          !DigitAt(s_, c + 3) && !(c >= 4 && spaced(c - 1) && numeral_at(c - 4)) &&
          !(c + 4 < n && spaced(c + 3) && numeral_at(c + 4))) {
        continue;
      }
      const size_t b = CnRunStart(c);
      // A run longer than 32 numerals is read in windows of 32 that overlap by 17: a number of
      // up to 18 digits lies whole in one of them. Whatever window holds one, the whole run
      // goes (one span: two numbers found in it overlap in no part).
      const CnDigits first = ReadCnDigits(s_, b);
      size_t run_end = first.end;
      if (first.too_long) {
        for (CnDigits window = first; window.too_long;) {
          window = ReadCnDigits(s_, window.at[15]);
          run_end = window.end;
        }
        for (CnDigits window = first; listed != 0; window = ReadCnDigits(s_, window.at[15])) {
          KnownInCnRun(window, b, run_end);
          if (!window.too_long) break;
        }
      } else {
        if (first.len >= kUnlabelledDigits && !LabelledRun(b)) {
          const Group group{b, first.digits_end};
          Classify({first.digits, first.len}, {&group, 1}, 0, 0, first.has_x() ? first.end : 0);
        }
        if (listed != 0 && first.len >= 7) KnownInCnRun(first, b, run_end);
      }
      while (k + stride < run_end) k += stride;  // the next sample past the run
    }
  }

  // Whether CnNumberNear classified the run of numerals at b (after its label).
  bool LabelledRun(size_t b) const {
    return std::find(cn_labelled_.begin(), cn_labelled_.end(), b) != cn_labelled_.end();
  }

  // Back from the numeral or figure at c to its run's first (numerals, figures among them, a
  // space or a dash between two numerals: 139一二三四…).
  size_t CnRunStart(size_t c) const {
    size_t b = c;
    while (true) {
      if (b >= 4 && (s_[b - 1] == ' ' || s_[b - 1] == '-') && CnDigitAt(s_, b - 4) >= 0) {
        b -= 4;
      } else if (b >= 3 && CnDigitAt(s_, b - 3) >= 0) {
        b -= 3;
      } else if (b >= 1 && DigitAt(s_, b - 1)) {
        --b;
      } else {
        return b;
      }
    }
  }

  // MixedNumber where the figures [p, e) have a numeral right after or before them (E2–E9
  // lead the numerals).
  void MixedNumberAround(size_t p, size_t e) {
    const auto* const b = reinterpret_cast<const unsigned char*>(s_.data());
    if ((b[e] >= 0xE2 && CnDigitAt(s_, e) >= 0) ||
        (p >= 3 && b[p - 3] >= 0xE2 && CnDigitAt(s_, p - 3) >= 0)) {
      MixedNumber(p);
    }
  }

  // A number written partly in figures and partly in numerals (一三九12345678, 139一二三四5678):
  // figures at c with a numeral right before or after them. Read whole, it is classified as the
  // same digits in figures would be, and looked up among the listed numbers.
  [[gnu::noinline]] void MixedNumber(size_t c) {
    const size_t b = CnRunStart(c);
    if (LabelledRun(b)) return;
    const CnDigits run = ReadCnDigits(s_, b);
    if (run.too_long || run.len < 7) return;
    const Group group{b, run.digits_end};
    Classify({run.digits, run.len}, {&group, 1}, 0, 0, run.has_x() ? run.end : 0);
    if (options_.listed_number_digits != 0) KnownInCnRun(run, b, run.end);
  }

  // Looks the numerals `number` (of the run [b, e)) up among the listed numbers: whole, then (if
  // they are none) each stretch of them as long as a listed number (a number glued to more
  // numerals: the whole run is masked). An ID's 17 digits are looked up with its X too.
  void KnownInCnRun(const CnDigits& number, size_t b, size_t e) {
    char key[34];
    auto lookup = [&](size_t from, size_t len, bool x) {
      std::memcpy(key, number.digits + from, len);
      if (x) key[len] = 'X';
      return Known({key, len + (x ? 1 : 0)}, b, e);
    };
    if (lookup(0, number.len, number.has_x())) return;
    if (number.has_x() && lookup(0, number.len, false)) return;  // an x that is no check digit
    if (number.len == 17 && !number.has_x() && lookup(0, 17, true)) return;
    for (size_t len = 7; len < number.len; ++len) {
      const bool listed = ((known_lengths_ >> len) & 1) != 0;
      const bool listed_id = len == 17 && ((known_lengths_ >> 18) & 1) != 0;
      if (!listed && !listed_id) continue;
      for (size_t from = 0; from + len <= number.len; ++from) {
        if ((listed && lookup(from, len, false)) || (listed_id && lookup(from, len, true))) return;
      }
    }
  }

  // Whether a phone label ends with the character cp at i (电话 固话, 手机 座机, 联系方式:
  // kPhoneLabels).
  bool PhoneLabelEndsAt(size_t i, char32_t cp) const {
    if (i < 3) return false;
    const char32_t before = Decode3(s_, i - 3);
    switch (cp) {
      case U'话':
        return before == U'电' || before == U'固';
      case U'机':
        return before == U'手' || before == U'座';
      default:
        return before == U'方' && i >= 9 && At(s_, i - 9, "联系");
    }
  }

  // An alphanumeric token starting at p (the character before is not alphanumeric).
  // (Inlined into Run: called for every number, and a call there costs Run registers.)
  [[gnu::always_inline]] size_t Token(size_t p) {
    // Digits first (most tokens are numbers), then the rest of an alphanumeric token: it has
    // letters exactly when something alphanumeric follows its leading digits.
    // (The NUL after the text ends both loops: no end test.)
    const auto* const b = reinterpret_cast<const unsigned char*>(s_.data());
    size_t t = p;
    while (IsDigit(b[t])) ++t;
    const size_t digits_end = t;
    const bool letters = IsAlnum(b[t]);
    while (IsAlnum(b[t])) ++t;
    // A MAC address's first pair ends the token at its separator, an IPv6 address's first
    // group at a ':': any other token is neither.
    if (t == p + 2) {
      if (const size_t e = Mac(p); e != 0) return e;
    }
    if (t < s_.size() && s_[t] == ':') {
      if (const size_t e = Ipv6(p); e != p) return e;
    }
    if (b[t] == '_') [[unlikely]] {
      if (const size_t e = UnderscoredAccount(p, t); e != 0) return e;
    }
    if (t - p >= 2 && (s_[p] | 0x20) == 'q' && (s_[p + 1] | 0x20) == 'q') {
      Qq(p + 2);  // QQ12345678 or QQ号：12345678
      return t;
    }
    if (t - p == 4 && (s_[p] | 0x20) == 'l' && (s_[p + 1] | 0x20) == 'i' &&
        (s_[p + 2] | 0x20) == 'n' && (s_[p + 3] | 0x20) == 'e') {
      LineId(t);  // LINE ID：kuanting0809, LINE是chiawei.chang
      return t;
    }
    // (Or more digits glued before the ID: GluedNumbers.)
    const bool id_with_x = letters && t - p >= 18 && digits_end + 1 == t && IsX(s_[t - 1]);
    if (!letters || id_with_x) return DigitRun(p, digits_end);
    AlnumToken(p, t);
    return t;
  }

  // Since session fifty-five (red-team set T): an account's id of letters and digits with an
  // underscore inside, the token at p whose first part ends at the underscore at t (微信号系
  // jizaihua_663, 是jiayin_laoguan88, tb_77390215 in a column of buyers, 抖音账号“haozi_2011”),
  // whatever comes before it: no other word is written so. Not an e-mail's local part or a
  // file's name (lzpcs_tips@163.com, IMG_2034.jpg), nor a path's or an address's part, nor a
  // code of one letter (A_1234), nor a word without a digit (a JSON field's name). Its end, or
  // 0.
  [[gnu::noinline]] size_t UnderscoredAccount(size_t p, size_t t) {
    if (p > 0) {
      const char c = s_[p - 1];
      if (c == '/' || c == '.' || c == '@' || c == '-' || c == '_' || c == ':' || c == '\\' ||
          c == '=' || c == '&' || c == '?') {
        return 0;
      }
    }
    size_t e = t;
    while (e < s_.size() && (IsAlnum(static_cast<unsigned char>(s_[e])) || s_[e] == '_')) ++e;
    while (e > t && s_[e - 1] == '_') --e;
    if (e == t || e - p < 6 || e - p > 40) return 0;
    if (e < s_.size() &&
        (s_[e] == '@' || s_[e] == '/' || s_[e] == '\\' || (s_[e] == '.' && AlnumAt(s_, e + 1)))) {
      return 0;
    }
    // (Two letters at least and a digit: not a code's A_1234, nor a field's name in JSON,
    // "document_no", "unit_name"; not vx or wx glued before it, WXabc_12345, which WeChat's
    // rule reads after its label.)
    const char first = static_cast<char>(s_[p] | 0x20);
    if ((first == 'v' || first == 'w') && (s_[p + 1] | 0x20) == 'x') return 0;
    int letters = 0;
    bool digit = false;
    for (size_t k = p; k < e; ++k) {
      letters += IsAlpha(static_cast<unsigned char>(s_[k])) ? 1 : 0;
      digit = digit || DigitAt(s_, k);
    }
    if (letters < 2 || !digit) return 0;
    Add(p, e, PiiClass::kContact);
    return e;
  }

  // QQ id after the label: [1-9]\d{4,10}, its digits perhaps grouped by spaces or dashes
  // (QQ：1234 5678).
  // Past the words between a contact id's label and the id (QQ账号, 微信ID, QQ（…）).
  // (微信号（…）, 微信：“…”, 企鹅号【…】, 微信账户…: words, fillers and an opening bracket or
  // quote, in any order.)
  size_t SkipIdWords(size_t i) const {
    static constexpr std::array<std::string_view, 14> kBefore = {
        "账号", "帐号", "账户", "帐户", "ID", "id", "（", "(", "“", "\"", "【", "「", "[", "『"};
    for (int round = 0; round < 3; ++round) {
      const size_t from = i;
      for (const std::string_view before : kBefore) {
        if (At(s_, i, before)) i += before.size();
      }
      i = SkipFillers(i);
      if (i == from) break;
    }
    return i;
  }
  // Since session sixty-one (red-team set Z): a LINE id after its label (LINE ID：kuanting0809,
  // LINE是chiawei.chang), as Taiwan's residents give theirs: letters, digits and . _ -, a letter
  // or digit first and last, 4 to 20 of them.
  void LineId(size_t i) {
    if (i < s_.size() && s_[i] == ' ') ++i;
    i = SkipIdWords(i);
    if (i >= s_.size() || !AlnumAt(s_, i)) return;
    size_t e = i + 1;
    while (e < s_.size() && (AlnumAt(s_, e) || s_[e] == '.' || s_[e] == '_' || s_[e] == '-')) ++e;
    while (e > i && !AlnumAt(s_, e - 1)) --e;
    if (e - i >= 4 && e - i <= 20) Add(i, e, PiiClass::kContact);
  }
  void Qq(size_t i) {
    i = SkipIdWords(i);
    size_t e = SkipDigits(s_, i);
    size_t digits = e - i;
    e = SkipDigitGroups(e, &digits);
    if (digits >= 5 && digits <= 11 && s_[i] != '0' && !AlnumAt(s_, e)) {
      Add(i, e, PiiClass::kContact);
    }
  }
  // Past the groups of digits that follow `e`, each after one space or dash (1234 5678);
  // adds their digits to *digits (at most 24 in all).
  size_t SkipDigitGroups(size_t e, size_t* digits) const {
    while (*digits <= 24 && e + 1 < s_.size() && (s_[e] == ' ' || s_[e] == '-') &&
           DigitAt(s_, e + 1)) {
      const size_t next = SkipDigits(s_, e + 1);
      *digits += next - e - 1;
      e = next;
    }
    return e;
  }

  // An e-mail spelled out to dodge a scanner, its '@' and dots written as words between
  // spaces (situjx at 163 dot com; since session forty-six, red-team set J): a name before
  // " at ", then labels joined by " dot " (at least one) or '.', the last of letters.
  void SpelledEmail(size_t at) {
    auto word_at = [&](size_t k, std::string_view word) {
      if (s_.size() - k < word.size() + 2 || s_[k] != ' ' || s_[k + word.size() + 1] != ' ') {
        return false;
      }
      for (size_t j = 0; j < word.size(); ++j) {
        if ((s_[k + 1 + j] | 0x20) != word[j]) return false;
      }
      return true;
    };
    if (at < 3 || !word_at(at - 1, "at")) return;
    auto local_char = [&](size_t k) {
      return AlnumAt(s_, k) || s_[k] == '.' || s_[k] == '_' || s_[k] == '-';
    };
    size_t b = at - 1;
    while (b > 0 && local_char(b - 1)) --b;
    if (at - 1 - b < 2 || !AlnumAt(s_, b)) return;
    size_t e = at + 3;
    int dots = 0;
    size_t last_label = e;
    while (true) {
      last_label = e;
      while (e < s_.size() && (AlnumAt(s_, e) || s_[e] == '-')) ++e;
      if (e == last_label) return;
      if (word_at(e, "dot")) {
        e += 5;
        ++dots;
      } else if (e + 1 < s_.size() && s_[e] == '.' && AlnumAt(s_, e + 1)) {
        ++e;
      } else {
        break;
      }
    }
    if (dots == 0 || e - last_label < 2) return;
    for (size_t k = last_label; k < e; ++k) {
      if (!IsAlpha(static_cast<unsigned char>(s_[k]))) return;
    }
    Add(b, e, PiiClass::kContact);
  }

  // "(at)" or "[at]", in either case, at i.
  bool AtWord(size_t i) const {
    if (s_.size() - i < 4) return false;
    const char close = s_[i] == '(' ? ')' : ']';
    return (s_[i + 1] | 0x20) == 'a' && (s_[i + 2] | 0x20) == 't' && s_[i + 3] == close;
  }

  // A user's handle on a social platform, as a post's comments or a notice quote it (网民
  // @椰风海韵小林, ⏎@沱江边的麻姐：; since session forty): after an '@' that no e-mail's name
  // comes before, up to the punctuation, space or line's end after it, 2 to 30 characters. Not
  // a public body's account (@湘西公安, @平安南京, @滑县发布).
  void Handle(size_t at) {
    if (at > 0 &&
        (AlnumAt(s_, at - 1) || s_[at - 1] == '.' || s_[at - 1] == '_' || s_[at - 1] == '-')) {
      return;
    }
    size_t e = at + 1;
    int chars = 0;
    while (e < s_.size() && chars < 30) {
      const auto c = static_cast<unsigned char>(s_[e]);
      if (c < 0x80) {
        if (!IsAlnum(c) && c != '_' && c != '-' && c != '.') break;
        ++e;
      } else {
        const char32_t cp = Decode3(s_, e);
        if (cp == 0 || !(IsIdeograph(cp) || (cp >= 0x3040 && cp <= 0x30FF))) break;
        e += 3;
      }
      ++chars;
    }
    while (e > at + 1 && (s_[e - 1] == '.' || s_[e - 1] == '-')) --e;
    if (chars < 2 || e - at < 3) return;
    const std::string_view handle = s_.substr(at + 1, e - at - 1);
    if (handle.find('.') != std::string_view::npos) return;  // an e-mail's domain (@163.com)
    for (const std::string_view body : {"公安", "警方", "警察", "交警", "网警", "派出所", "发布",
                                        "政府", "法院", "检察", "新闻", "日报", "电视", "平安"}) {
      if (handle.find(body) != std::string_view::npos) return;
    }
    Add(at, e, PiiClass::kContact);
  }

  // A Douyin or Kuaishou id after its label (抖音号：dy_2026abc, 快手号12345678): 4–30 letters,
  // digits, '_', '.' or '-'.
  void VideoAppId(size_t i) {
    i = SkipFillers(i);
    if (i < s_.size() && s_[i] == '(') i = SkipFillers(i + 1);  // 抖音号（chabo_lin888）
    size_t e = i;
    while (e < s_.size() && e - i <= 30 &&
           (AlnumAt(s_, e) || s_[e] == '_' || s_[e] == '.' || s_[e] == '-')) {
      ++e;
    }
    while (e > i && !AlnumAt(s_, e - 1)) --e;  // a full stop or a dash after it ends the text
    if (e - i >= 4 && e - i <= 30 && !AlnumAt(s_, e)) Add(i, e, PiiClass::kContact);
  }

  // WeChat id after the label: [A-Za-z][-_A-Za-z0-9]{5,19}.
  void WeChat(size_t i) {
    i = SkipIdWords(i);
    if (i >= s_.size() || !IsAlpha(static_cast<unsigned char>(s_[i]))) return;
    size_t e = i + 1;
    while (e < s_.size() && (AlnumAt(s_, e) || s_[e] == '-' || s_[e] == '_')) ++e;
    if (e - i >= 6 && e - i <= 20) Add(i, e, PiiClass::kContact);
  }

  // The end of a Hong Kong identity card's number whose letters and digits are the token tok that
  // ends at t (upper case), with its check character in brackets after it, or 0. The check: the
  // letters' values (A = 10 … Z = 35; a space, 36, before a single one) and the digits weighted
  // 9 to 2, and the check character (A = 10), sum to a multiple of 11.
  size_t HongKongIdEnd(size_t t, std::string_view tok) const {
    const size_t letters = tok.size() == 7 ? 1 : tok.size() == 8 ? 2 : 0;
    if (letters == 0 || t + 3 > s_.size() || s_[t] != '(' || s_[t + 2] != ')') return 0;
    for (size_t k = 0; k < tok.size(); ++k) {
      if (k < letters ? !(tok[k] >= 'A' && tok[k] <= 'Z')
                      : !IsDigit(static_cast<unsigned char>(tok[k]))) {
        return 0;
      }
    }
    const char check = s_[t + 1];
    if (!IsDigit(static_cast<unsigned char>(check)) && check != 'A') return 0;
    int sum = letters == 1 ? 36 * 9 : 0;
    int weight = letters == 1 ? 8 : 9;
    for (const char c : tok) {
      sum += weight-- * (c >= 'A' ? c - 'A' + 10 : c - '0');
    }
    sum += check == 'A' ? 10 : check - '0';
    return sum % 11 == 0 ? t + 3 : 0;
  }

  // Whether tok is a Taiwan identity card's number with its check digit: the letter's two digits
  // (A = 10 … H = 17, I = 34, J = 18 … N = 22, O = 35, P = 23 … V = 29, W = 32, X = 30, Y = 31,
  // Z = 33) weighted 1 and 9, the next eight digits 8 to 1, the last 1: a multiple of 10.
  static bool TaiwanIdShaped(std::string_view tok) {
    if (tok.size() != 10 || tok[0] < 'A' || tok[0] > 'Z') return false;
    if (tok[1] != '1' && tok[1] != '2' && tok[1] != '8' && tok[1] != '9') return false;
    if (!std::all_of(tok.begin() + 1, tok.end(),
                     [](char c) { return IsDigit(static_cast<unsigned char>(c)); })) {
      return false;
    }
    static constexpr int kLetter[26] = {10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21,
                                        22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33};
    const int code = kLetter[tok[0] - 'A'];
    int sum = code / 10 + (code % 10) * 9 + (tok[9] - '0');
    for (int k = 1; k <= 8; ++k) sum += (tok[k] - '0') * (9 - k);
    return sum % 10 == 0;
  }

  // (Out of line: tokens with letters are few, and Token stays small enough to inline.)
  [[gnu::noinline]] void AlnumToken(size_t p, size_t t) {
    const size_t len = t - p;
    // An electric bike's plate of a city after an ideograph (宁波E·07315, 洛阳B53027; the digits
    // after a '·' are a token of their own, read again as a short number).
    if ((len == 1 || len == 6) && s_[p] >= 'A' && s_[p] <= 'Z' && p >= 6 &&
        static_cast<unsigned char>(s_[p - 1]) >= 0x80 && CityPlate(p) != 0) {
      return;
    }
    // A name in Latin letters after its label (英文姓名CHEUNG WAI MAN, 拼音姓名"Zhang Wei"). (The
    // label's last byte first, past a colon or a quotation mark: 名 and 音 end in 8D and B3.)
    if (options_.name_heuristics && s_[p] >= 'A' && s_[p] <= 'Z' && p >= 6) {
      const auto before = static_cast<unsigned char>(s_[p - 1]);
      const auto last = static_cast<unsigned char>(before == '"' || before == ':' ? s_[p - 2]
                                                   : before == 0x9C               ? s_[p - 4]
                                                                                  : before);
      if (last == 0x8D || last == 0xB3) LatinNameAfterLabel(s_, p, out_);
    }
    if (len == 2 && (s_[p] | 0x20) == 'a' && (s_[p + 1] | 0x20) == 't') {
      SpelledEmail(p);
      return;
    }
    // An ID's X with digits glued after it (53310219900315452X13987654321): the ID (and digits
    // glued before it), then the digits after it as a run of their own.
    if (const size_t x = SkipDigits(s_, p);
        x - p >= 17 && IsX(s_[x]) && DigitAt(s_, x + 1) && SkipDigits(s_, x + 1) == t) {
      if (x - p > 17) {
        GluedNumbers(p, x, /*x_after=*/true);
      } else {
        char id[18];
        std::memcpy(id, s_.data() + p, 17);
        id[17] = 'X';
        if (!Known({id, 18}, p, x + 1) && IsValidResidentId({id, 18})) {
          Add(p, x + 1, PiiClass::kIdNumber);
        }
      }
      DigitRun(x + 1, t);
      return;
    }
    if (const size_t digits_end = SkipDigits(s_, p); digits_end + 1 == t && IsX(s_[digits_end])) {
      MixedNumberAround(p, digits_end);  // (五三三一二二19900101107X)
    }
    if (len > 20) return;  // longer than any identifier below
    char upper[20];
    for (size_t k = 0; k < len; ++k) {
      const char c = s_[p + k];
      upper[k] = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    }
    const std::string_view tok(upper, len);
    // A Hong Kong identity card's number (R159083(8), K526018(3); since session forty-two, red-team
    // set G): one or two capitals, six digits, the check character in brackets, valid.
    if (const size_t e = HongKongIdEnd(t, tok); e != 0) {
      Add(p, e, PiiClass::kCertificate);
      return;
    }
    // A Taiwan identity card's number (F223184570; since session forty-four, red-team set I): a
    // capital, 1 or 2 (8 or 9 for a resident's of other nationality), eight digits, valid.
    if (TaiwanIdShaped(tok)) {
      Add(p, t, PiiClass::kCertificate);
      return;
    }
    // A civil drone's real-name registration (实名登记编号UAS05213698; since session fifty-two,
    // red-team sets O and P): UAS and eight digits, its owner's.
    if (len == 11 && tok.starts_with("UAS") && SkipDigits(s_, p + 3) == t) {
      Add(p, t, PiiClass::kCertificate);
      return;
    }
    // A label in letters glued to its number (Tel13987654321, ID533122…): the number alone.
    if (const size_t first_digit = tok.find_first_of("0123456789");
        first_digit != std::string_view::npos && first_digit >= 2) {
      const std::string_view label = tok.substr(0, first_digit);
      const size_t digits_end = SkipDigits(s_, p + first_digit);
      const bool number_to_end = digits_end == t || (digits_end + 1 == t && IsX(s_[digits_end]));
      if (number_to_end && (label == "TEL" || label == "PHONE" || label == "MOBILE" ||
                            label == "MOB" || label == "ID" || label == "NO")) {
        DigitRun(p + first_digit, digits_end);
        return;
      }
    }
    // WeChat's labels in letters: vx, wx, WeChat, Weixin (WeChat skips 号, ：), V信; vx and wx
    // glued to the id (vxzhangwei_1990, wx13912345678: a phone as the id is read as a number).
    if (len > 2 && (tok.starts_with("VX") || tok.starts_with("WX"))) {
      if (IsDigit(static_cast<unsigned char>(tok[2]))) {
        const size_t digits_end = SkipDigits(s_, p + 2);
        if (digits_end == t) DigitRun(p + 2, digits_end);
      } else {
        WeChat(p + 2);
      }
      return;
    }
    if (tok == "VX" || tok == "WX" || tok == "WECHAT" || tok == "WEIXIN") {
      WeChat(t);
      return;
    }
    if (tok == "V" && At(s_, t, "信")) {
      WeChat(t + 3);
      return;
    }
    if (tok == "IMEI" || tok == "MEID" || tok == "IMEI1" || tok == "IMEI2") {
      NoteLabel(kImeiGroup, p, t);  // (IMEI1, IMEI2: a dual-SIM phone's)
    }
    if (tok == "VIN") NoteLabel(kVinGroup, p, t);
    // An account's id of letters and digits after 账号 (短视频平台账号wulaoyao1985): a person's
    // handle. (A bank's account has digits only.)
    // (The label's last byte or a filler's right before it first: most tokens follow neither.)
    // (With its underscores, dashes and dots, since session forty-four: 账号：zhenhaoran_98,
    // 闲鱼号：tb0927xl.)
    if (len >= 2 && p >= 3 &&
        (s_[p - 1] == ':' || s_[p - 1] == ' ' || At(s_, p - 3, "号") || At(s_, p - 3, "名") ||
         At(s_, p - 3, "是"))) {  // (账号是jianzx1969: since session fifty-nine)
      size_t e = t;
      while (e < s_.size() && (AlnumAt(s_, e) || ((s_[e] == '_' || s_[e] == '-' || s_[e] == '.') &&
                                                  e + 1 < s_.size() && AlnumAt(s_, e + 1)))) {
        ++e;
      }
      const std::string_view handle = s_.substr(p, e - p);
      if (e - p >= 5 && handle.find_first_of("0123456789") != std::string_view::npos &&
          handle.find_first_not_of("0123456789") != std::string_view::npos &&
          PhoneLabelStart(p, kHandleLabels) != std::string_view::npos) {
        Add(p, e, PiiClass::kContact);
        return;
      }
      if (e - p >= 6 && handle.find_first_of("0123456789") != std::string_view::npos &&
          PhoneLabelStart(p, kHolderNumberLabels) != std::string_view::npos) {
        Add(p, e, PiiClass::kCertificate);
        return;
      }
    }
    if (len >= 6 && LabelBefore(p, kPropertyGroup)) {
      Add(p, t, PiiClass::kPlate);  // a property certificate number
      return;
    }
    // 个体工商户 (92…) is a person: its code is masked; any other organization's is kept. (Also a
    // 92… code whose check character fails, 92 and six digits of a division: suspect, not
    // cleared; since session sixty, red-team set Y.)
    if (const bool code = len == 18 && IsUnifiedSocialCreditCode(tok);
        len == 18 && tok.starts_with("92") &&
        (code || std::all_of(tok.begin() + 2, tok.begin() + 8,
                             [](char c) { return IsDigit(static_cast<unsigned char>(c)); }))) {
      Add(p, t, PiiClass::kCertificate);
      return;
    } else if (code) {
      Protect(p, t);
      return;
    }
    // A passport's letters apart from its digits, or its digits grouped (E 1234 5678,
    // G1234-5678): read joined.
    if (len <= 9 && s_.size() - t >= 2 && (s_[t] == ' ' || s_[t] == '-') && DigitAt(s_, t + 1)) {
      size_t digits = 0;
      const size_t e = SkipDigitGroups(t, &digits);
      if (len + digits <= 11 && !AlnumAt(s_, e)) {
        char joined[20];
        std::memcpy(joined, upper, len);
        size_t n = len;
        for (size_t k = t; k < e; ++k) {
          if (DigitAt(s_, k)) joined[n++] = s_[k];
        }
        if (PassportShaped({joined, n})) {
          Add(p, e, PiiClass::kCertificate);
          return;
        }
      }
    }
    const auto digits = std::count_if(
        tok.begin(), tok.end(), [](char c) { return IsDigit(static_cast<unsigned char>(c)); });
    // (Three digits at least after the label since session forty-two: a German passport's
    // C5JX2T8L4 has four.)
    if (PassportShaped(tok) ||
        (len >= 7 && (len <= 12 ? digits >= 3 : len <= 18 && digits >= 8) &&
         (LabelBefore(p, kPassportGroup, 6) || NumberWordAfterPassportLabel(p)))) {
      Add(p, t, PiiClass::kCertificate);
      return;
    }
    // An electric bike's frame or a motor's number after its label (车架号YDT2025080317645,
    // 电机号TDR0937715; since session forty-two): read as a VIN is.
    // (Or the next one of a list after such a number: 车架号TDR2025120835、TDR2025120417; since
    // session forty-seven, red-team set K.)
    auto listed = [&] {
      return p >= 3 && !out_->candidates.empty() && out_->candidates.back().end == p - 3 &&
             out_->candidates.back().cls == PiiClass::kPlate && At(s_, p - 3, "、");
    };
    if (len >= 8 && len <= 20 && len != 17 && digits >= 6 &&
        (LabelBefore(p, kVinGroup) || listed())) {
      Add(p, t, PiiClass::kPlate);
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
      if (!vin || digits < 4) return;
      if (HasValidVinCheckDigit(tok) || LabelBefore(p, kVinGroup)) {
        Add(p, t, PiiClass::kPlate);
      } else {
        out_->doubt = true;  // shaped like a VIN, no label, check digit fails
      }
    }
  }

  struct Group {  // no default values: DigitRun's arrays are written before they are read
    size_t begin;
    size_t end;
  };
  // A run of more groups than this is read in windows of kMaxGroups that overlap by half
  // (DigitRun): a number of up to kMaxGroups / 2 + 1 groups lies whole in one of them, so a
  // 19-digit card or an 18-digit ID written one digit at a time (5 3 3 1 0 2 …) is read whole.
  static constexpr size_t kMaxGroups = 40;
  static constexpr size_t kMaxDigits = 32;

  // The length of the separator of two groups of digits at q, or 0 (`width`: the digits of the
  // group before). A space, a tab or a hyphen, or up to three of them with one hyphen at most
  // (139  1234  5678, 533102 - 19900315, as text typed with two spaces or pasted with
  // ideographic ones has them), or '·': between any groups. Up to three characters with others
  // among them (139_1234_5678, 139、 1234、 5678, 139——1234——5678, 5301|0219|…|9X), typed to
  // dodge a scanner: after a group of three digits or more and before one of two or more (or a
  // digit and an ID's X), since these also list numbers (1、2、3) and group thousands (1,234).
  [[gnu::always_inline]] size_t GroupSeparator(size_t q, size_t width) const {
    if (q >= s_.size()) return 0;
    const auto c = static_cast<unsigned char>(s_[q]);
    if (c == ' ' || c == '-' || c == '\t') {
      return DigitAt(s_, q + 1) ? 1 : WideGroupSeparator(q, width);
    }
    if (c == 0xC2 && At(s_, q, "·")) return 2;
    // (Most runs end at an ideograph, or at ， or 。 with text after them: an ideograph's lead,
    // E4–E9, right after the separator's character.)
    if (width < 3 ||
        !(c >= 0xC2 ? c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF : IsWeakSeparator(c))) {
      return 0;
    }
    const size_t after = q + (c < 0x80 ? 1 : c == 0xC2 ? 2 : 3);
    if (after < s_.size() && static_cast<unsigned char>(s_[after] - 0xE4) <= 0xE9 - 0xE4) return 0;
    return WideGroupSeparator(q, width);
  }
  // (Also a line break, LF or CRLF: a number wrapped onto the next line, 533102198↵804123171;
  // since session thirty.)
  static constexpr std::string_view kWeakSeparators = "_*~,/|\\+=#;\n\r";
  // Whether the byte c is one of kWeakSeparators (a table: find called memchr).
  static bool IsWeakSeparator(unsigned char c) {
    static constexpr std::array<bool, 256> kTable = [] {
      std::array<bool, 256> table{};
      for (const char w : kWeakSeparators) table[static_cast<unsigned char>(w)] = true;
      return table;
    }();
    return kTable[c];
  }
  // The length of a separator's character at k, or 0; *weak: it is none of space, tab, '-', '·'.
  size_t SeparatorCharacterAt(size_t k, bool* weak, int* hyphens) const {
    if (k >= s_.size()) return 0;
    const char c = s_[k];
    if (c == ' ' || c == '\t') return 1;
    if (c == '-') {
      ++*hyphens;
      return 1;
    }
    *weak = true;
    if (IsWeakSeparator(static_cast<unsigned char>(c))) return 1;
    if (At(s_, k, "°")) return 2;
    for (const std::string_view w : {"、", "､", "∙", "⋅", "…"}) {
      if (At(s_, k, w)) return 3;
    }
    return 0;
  }
  [[gnu::noinline]] size_t WideGroupSeparator(size_t q, size_t width) const {
    size_t k = q;
    bool weak = false;
    int hyphens = 0;
    for (int units = 0; units < 3; ++units) {
      bool weak_here = false;
      const size_t len = SeparatorCharacterAt(k, &weak_here, &hyphens);
      if (len == 0) break;
      weak = weak || weak_here;
      k += len;
    }
    if (k == q || !DigitAt(s_, k)) return 0;
    if (!weak && hyphens <= 1) return k - q;
    const bool two_after =
        DigitAt(s_, k + 1) || (k + 1 < s_.size() && IsX(s_[k + 1]) && !AlnumAt(s_, k + 2));
    return width >= 3 && two_after ? k - q : 0;
  }

  // A number dialled with its country's code and its area code in brackets (+1 (718) 555-0142,
  // +7 (4162) 52-31-07, +86（692）2123456; since session fifty, red-team sets E, H, N): the
  // country's code of one to three digits at [p, q0) after '+', a space or not, two to five
  // digits in brackets, then six to ten digits in groups apart by spaces or dashes. Its end,
  // or 0.
  size_t AreaBracketPhone(size_t p, size_t q0) const {
    if (p == 0 || s_[p - 1] != '+' || q0 - p > 3) return 0;
    size_t k = q0 < s_.size() && s_[q0] == ' ' ? q0 + 1 : q0;
    if (k >= s_.size() || s_[k] != '(') return 0;
    const size_t area_end = SkipDigits(s_, k + 1);
    if (area_end - k - 1 < 2 || area_end - k - 1 > 5 || area_end >= s_.size() ||
        s_[area_end] != ')') {
      return 0;
    }
    k = area_end + 1 < s_.size() && s_[area_end + 1] == ' ' ? area_end + 2 : area_end + 1;
    size_t digits = 0;
    size_t end = 0;
    while (DigitAt(s_, k)) {
      end = SkipDigits(s_, k);
      digits += end - k;
      if (end + 1 < s_.size() && (s_[end] == ' ' || s_[end] == '-') && DigitAt(s_, end + 1)) {
        k = end + 1;
      } else {
        break;
      }
    }
    return digits >= 6 && digits <= 10 && !AlnumAt(s_, end) ? end : 0;
  }

  // A run of digits starting at p, possibly grouped by spaces, hyphens or '·' (GroupSeparator);
  // q0: the end of its first group of digits (SkipDigits(s_, p)).
  // after_numbers: p follows a number and a '.', '/' or ':' (Dotted), whose run is not
  // looked at again.
  // (Out of line: inlined, it took registers from the scan loop, +12 M instructions a pass.)
  [[gnu::noinline]] size_t DigitRun(size_t p, size_t q0, bool after_numbers = false) {
    MixedNumberAround(p, q0);
    if (p > 0 && s_[p - 1] == '+') {
      if (const size_t e = AreaBracketPhone(p, q0); e != 0) {
        Add(p - 1, e, PiiClass::kPhone);
        return e;
      }
    }
    // One or two digits (an hour, a day, a count) with no separator, dot or check character
    // after them are nothing below: Classify passes over fewer than three digits.
    if (q0 - p <= 2) {
      const char next = q0 < s_.size() ? s_[q0] : '\0';
      if (next != '.' && next != '/' && next != ':' && next != ' ' && next != '-' && next != '\t' &&
          !IsX(next) && next != '\xC2') {  // C2 B7: '·'
        // A year of two digits (90年3月15日出生): E5 leads 年.
        if (next == '\xE5' && q0 - p == 2 && At(s_, q0, "年") && (p == 0 || !DigitAt(s_, p - 1))) {
          if (const size_t e = CjkDate(p, 2); e != 0) return e;
        }
        return q0;
      }
    }
    if (!after_numbers && q0 + 1 < s_.size() && (s_[q0] == '.' || s_[q0] == '/' || s_[q0] == ':') &&
        DigitAt(s_, q0 + 1)) {
      return Dotted(p);
    }
    if (q0 - p == 4 && (At(s_, q0, "年") || At(s_, q0, " 年"))) {
      if (const size_t e = CjkDate(p); e != 0) return e;
    }
    Group groups[kMaxGroups];  // [0, group_count) written
    char seps[kMaxGroups];     // [0, group_count - 1) written
    groups[0] = {p, q0};
    size_t group_count = 1;
    size_t q = q0;
    // Where the scan resumes if a group follows a weak separator (GroupSeparator: , 、 _ …):
    // there, so that the groups after it are read on their own as well (…13912345678,1990年3
    //月15日出生: the date; 。00:1A:2B:…: the MAC address).
    size_t resume = 0;
    size_t before_weak = 0;  // the groups before that separator
    while (group_count < kMaxGroups) {
      const size_t sep = GroupSeparator(q, q - groups[group_count - 1].begin);
      if (sep == 0 || !DigitAt(s_, q + sep)) break;
      // (Not past a table's '|' after 15 digits or more, a number whole in its cell: 邮储银行
      // 6217994501325840915｜21,000.00｜ and 6230 5952 9399 2818 152｜6,000.00｜ read the card
      // and the amount's first digits as one account; since session sixty-two, red-team set AA.)
      if (s_[q] == '|' && DigitsIn({groups, group_count}) >= 15) break;
      if (resume == 0 && WeakSeparator(q, sep)) {
        resume = q;
        before_weak = group_count;
      }
      const size_t r = q + sep;
      const size_t e = SkipDigits(s_, r);
      if (e < s_.size() && IsAlpha(static_cast<unsigned char>(s_[e])) &&
          !(IsX(s_[e]) && !AlnumAt(s_, e + 1))) {
        break;  // the next group belongs to an alphanumeric token
      }
      seps[group_count - 1] = s_[q];
      groups[group_count++] = {r, e};
      q = e;
    }
    // The run goes on past the last window: the next one starts halfway through this one.
    const bool capped = group_count == kMaxGroups &&
                        GroupSeparator(q, q - groups[kMaxGroups - 1].begin) != 0 &&
                        DigitAt(s_, q + GroupSeparator(q, q - groups[kMaxGroups - 1].begin));
    if (capped) {
      ClassifyGroups({groups, group_count}, /*join=*/true, 0);
      return resume != 0 ? std::min(resume, groups[kMaxGroups / 2].begin)
                         : groups[kMaxGroups / 2].begin;
    }
    // An ID's check character X ends the run, right after its last digit or after the same
    // separator as the digits' (5 3 3 … 2 3 X).
    size_t x_end = q;
    if (q < s_.size() && IsX(s_[q]) && !AlnumAt(s_, q + 1)) {
      x_end = q + 1;
    } else if (group_count >= 2 && q + 1 < s_.size() && s_[q] == seps[group_count - 2] &&
               IsX(s_[q + 1]) && !AlnumAt(s_, q + 2)) {
      x_end = q + 2;
    }
    const bool has_x = x_end != q;
    if (group_count == 3 && seps[0] == seps[1] && (seps[0] == '-' || seps[0] == '\xC2') && !has_x &&
        NumericDate(groups)) {
      return x_end;  // 1990-03-15, 1990·03·15, 15-03-1990
    }
    // A Taiwan mobile, 09 and eight digits grouped 4-3-3 (0933-218-675, 0958 336 214; since
    // session sixty-one, red-team set Z): no landline of the mainland is grouped so.
    if (group_count == 3 && seps[0] == seps[1] && (seps[0] == '-' || seps[0] == ' ') && !has_x &&
        groups[0].end - groups[0].begin == 4 && groups[1].end - groups[1].begin == 3 &&
        groups[2].end - groups[2].begin == 3 && s_[groups[0].begin] == '0' &&
        s_[groups[0].begin + 1] == '9') {
      char d[10];
      std::memcpy(d, s_.data() + groups[0].begin, 4);
      std::memcpy(d + 4, s_.data() + groups[1].begin, 3);
      std::memcpy(d + 7, s_.data() + groups[2].begin, 3);
      if (!Known({d, 10}, groups[0].begin, groups[2].end)) {
        Add(groups[0].begin, groups[2].end, PiiClass::kPhone);
      }
      return x_end;
    }
    // Amounts or counts listed (罚款1500、500、2000元, 被骗1800，500，3000元): not joined across
    // the weak separators (a unit follows the last).
    const bool quantities = resume != 0 && !has_x && QuantityUnitAt(x_end);
    ClassifyGroups({groups, quantities ? before_weak : group_count}, /*join=*/true,
                   has_x ? x_end : 0);
    return resume != 0 ? resume : x_end;
  }
  static size_t DigitsIn(std::span<const Group> groups) {
    size_t n = 0;
    for (const Group& g : groups) n += g.end - g.begin;
    return n;
  }
  bool QuantityUnitAt(size_t k) const {
    return k + 3 <= s_.size() &&
           InCharList(
               "元万千百亿人次个件辆台部米克斤吨岁年月日天时分秒名户间套张条只头箱瓶包盒袋本份笔",
               s_.substr(k, 3));
  }
  // Whether the separator [q, q + len) is a weak one: other than up to three spaces, tabs and
  // one hyphen, or '·'.
  bool WeakSeparator(size_t q, size_t len) const {
    if (len == 2 && At(s_, q, "·")) return false;
    int hyphens = 0;
    for (size_t k = q; k < q + len; ++k) {
      if (s_[k] == '-') {
        ++hyphens;
      } else if (s_[k] != ' ' && s_[k] != '\t') {
        return true;
      }
    }
    return hyphens > 1;
  }

  // Classifies the numbers of `all` (groups of one run): each group and, if `join`, each
  // stretch of consecutive groups joined. x_end != 0: the run ends in an X/x there.
  // Digits written one at a time (5 3 3 1 0 2 …, single-digit groups one after another) read
  // as the number they spell, as if written together: a stretch neither starts nor ends inside
  // such a run. (Else each run of them would be read as many numbers as it has stretches, a
  // card's length of them often passing Luhn and asking for review.)
  void ClassifyGroups(std::span<const Group> all, bool join, size_t x_end) {
    const size_t group_count = all.size();
    const Group* const groups = all.data();
    auto single = [&](size_t k) { return groups[k].end - groups[k].begin == 1; };
    for (size_t i = 0; i < group_count; ++i) {
      if (groups[i].end - groups[i].begin >= 22) {
        GluedNumbers(groups[i].begin, groups[i].end,
                     i + 1 == group_count && x_end == groups[i].end + 1);
      }
      if (join && i > 0 && single(i) && single(i - 1)) continue;
      // One group is read where it is (most runs have one); two or more are joined in `joined`.
      char joined[kMaxDigits];
      size_t len = 0;
      for (size_t j = i; j < group_count; ++j) {
        const size_t width = groups[j].end - groups[j].begin;
        if (len + width > 25) break;
        const char* const group = s_.data() + groups[j].begin;
        std::string_view digits(group, width);
        if (j > i) {
          if (j == i + 1) std::memcpy(joined, s_.data() + groups[i].begin, len);
          std::memcpy(joined + len, group, width);
          digits = std::string_view(joined, len + width);
        }
        len += width;
        const bool last = j + 1 == group_count;
        if (join && !last && single(j) && single(j + 1)) continue;
        Classify(digits, all, i, j, last ? x_end : 0);
        if (!join) break;
      }
    }
  }

  // Numbers glued together in one run of digits [b, e), too long to be one number
  // (53310219900315451113912345678: an ID, then a phone): a valid ID anywhere in it, and a
  // mobile, a landline, a card or a listed number at either end or next to an ID found.
  // x_after: an ID's X follows the run (…13987654321 53310219900315452X, glued).
  // Not after a serial number's label (交易单号, 流水号: a payment's 28 digits). Cards and
  // landlines only next to an ID or a mobile found (a long number's ends pass as either often).
  [[gnu::noinline]] void GluedNumbers(size_t b, size_t e, bool x_after) {
    if (LabelBefore(b, kSerialGroup, 6)) return;
    auto at_edge = [&](size_t k, bool starting,
                       bool any = true) {  // numbers starting (ending) at k
      for (size_t width = 10; width <= 19; ++width) {
        const size_t from = starting ? k : k - width;
        if ((!starting && k < b + width) || from < b || from + width > e) continue;
        const std::string_view d = s_.substr(from, width);
        if (Known(d, from, from + width)) return;  // (a listed number: no longer one read)
        if (width == 11 && IsMobile(d)) {
          Add(from, from + width, PiiClass::kPhone);
        } else if (width == 18 && IsValidResidentId(d)) {
          Add(from, from + width, PiiClass::kIdNumber);
        } else if (any && width <= 12 && IsLandline(d)) {
          Add(from, from + width, PiiClass::kPhone);
        } else if (any && width >= 16 && PassesLuhn(d) && HasCardPrefix(d)) {
          Add(from, from + width, PiiClass::kBankAccount);
        }
      }
    };
    // A mobile at either end, and what is glued to it.
    if (b + 11 <= e && IsMobile(s_.substr(b, 11))) at_edge(b + 11, true);
    if (!x_after && b + 11 <= e && IsMobile(s_.substr(e - 11, 11))) at_edge(e - 11, false);
    at_edge(b, true, /*any=*/false);
    if (x_after && e - b >= 17) {
      char id[18];
      std::memcpy(id, s_.data() + e - 17, 17);
      id[17] = 'X';
      if (IsValidResidentId({id, 18})) {
        Add(e - 17, e + 1, PiiClass::kIdNumber);
        at_edge(e - 17, false);
      }
    } else {
      at_edge(e, false, /*any=*/false);
    }
    for (size_t k = b; k + 18 <= e; ++k) {
      const std::string_view d = s_.substr(k, 18);
      if (d[0] >= '1' && d[0] <= '8' && IsValidResidentId(d)) {
        Add(k, k + 18, PiiClass::kIdNumber);
        at_edge(k, false);
        at_edge(k + 18, true);
      }
    }
  }

  // A bank card's prefix: UnionPay's 62, Visa's 4, Mastercard's 51–55, JCB's 35, and 9558 and
  // 9559 (cards issued before UnionPay's, still in use).
  static bool HasCardPrefix(std::string_view d) {
    return d.starts_with("62") || d[0] == '4' || (d[0] == '5' && d[1] >= '1' && d[1] <= '5') ||
           d.starts_with("35") || d.starts_with("9558") || d.starts_with("9559");
  }

  // Looks `digits` up among the parties' and officers' numbers.
  bool Known(std::string_view digits, size_t b, size_t e) {
    if (known_.empty()) return false;
    auto lookup = [&](std::string_view key, size_t begin) {
      if (((known_lengths_ >> (key.size() & 63)) & 1) == 0) return false;
      return known_.Find(key, [&](const KnownDigits::Entry& entry) {
        const DigitValue& v = entry.value;
        if (v.protect) {
          if (options_.protected_digits) out_->protect.push_back({begin, e, /*known=*/true});
        } else {
          Add(begin, e, v.cls, FoundBy::kKnownValue);
        }
      });
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

  // Whether the label of a land's, a forest's or a grassland's certificate ends at byte v: 证号
  // or 证编号 after 权 用 or 地, then 为, 是, a colon or a bracket's opening or not (林权证号为,
  // 集体土地使用证》（证号, 草原使用权证号, 土地承包经营权证编号, 土地证号). Not a licence's
  // (特种行业许可证号), nor an ID's (身份证号).
  bool LandLabelEndsAt(size_t v) const {
    size_t k = v;
    if (k > 0 && (s_[k - 1] == ':' || s_[k - 1] == '(')) --k;
    if (k >= 3 && (At(s_, k - 3, "为") || At(s_, k - 3, "是"))) k -= 3;
    size_t label;
    if (k >= 6 && At(s_, k - 6, "证号")) {
      label = k - 6;
    } else if (k >= 9 && At(s_, k - 9, "证编号")) {
      label = k - 9;
    } else {
      return false;
    }
    // (The certificate's name, or its title in brackets before: 《集体土地使用证》（证号.)
    if (label >= 10 && s_[label - 1] == '(' && At(s_, label - 4, "》") && At(s_, label - 7, "证")) {
      label -= 7;
    }
    return label >= 3 &&
           (At(s_, label - 3, "权") || At(s_, label - 3, "用") || At(s_, label - 3, "地"));
  }
  // The start of a land's certificate number whose digits start at b, after 第, or npos: its
  // abbreviation of one to six ideographs after its label (LandLabelEndsAt), 字 and a year in
  // brackets or not before 第 (靖集用（2008）第, 成集用(2003)字第, 杂草证字第).
  [[gnu::noinline]] size_t LandCertificateStart(size_t b) const {
    size_t k = b - 3;
    if (k >= 3 && At(s_, k - 3, "字")) k -= 3;
    if (k >= 6 && s_[k - 1] == ')') {
      size_t open = k - 1;
      while (open > 0 && DigitAt(s_, open - 1)) --open;
      if (k - 1 - open == 4 && open > 0 && s_[open - 1] == '(') k = open - 1;
    }
    if (k >= 3 && At(s_, k - 3, "字")) k -= 3;
    for (size_t v = k, n = 0; n < 6 && v >= 3 && Decode3(s_, v - 3) != 0; ++n) {
      v -= 3;
      if (!IsIdeograph(Decode3(s_, v))) break;
      if (LandLabelEndsAt(v)) return v;
    }
    return std::string_view::npos;
  }

  // Classifies groups i..j of a digit run whose digits are `digits`. x_end != 0 when the run
  // ends in an X/x right after group j (a resident ID's check character).
  void Classify(std::string_view digits, std::span<const Group> groups, size_t i, size_t j,
                size_t x_end) {
    const size_t b = groups[i].begin;
    const size_t e = groups[j].end;
    const bool at_start = i == 0;  // labels before the run apply
    const size_t len = digits.size();
    if (x_end != 0) {
      char with_x[kMaxDigits + 1];  // digits are at most 25
      std::memcpy(with_x, digits.data(), len);
      with_x[len] = 'X';
      const std::string_view id(with_x, len + 1);
      Known(id, b, x_end);
      if (len == 17 && (IsValidResidentId(id) || (at_start && IdLabelBefore(b)))) {
        Add(b, x_end, PiiClass::kIdNumber);
        NameBeforeId(b);
      }
    }
    if (len < 3) return;
    if (len >= 5) Known(digits, b, e);
    if (len == 17 && x_end == 0) {
      // An ID whose check character is left out (often its X): seventeen digits fix it. A
      // listed one's, or after an ID's label; else, shaped like one, a person checks.
      char with_check[18];
      std::memcpy(with_check, digits.data(), 17);
      with_check[17] = IdCheckCharacter(digits);
      const std::string_view id(with_check, 18);
      if (Known(id, b, e)) return;
      const bool shaped = IsValidResidentId(id);
      if (at_start && IdLabelBefore(b)) {
        Add(b, e, PiiClass::kIdNumber);
        return;
      }
      if (shaped) out_->doubt = true;
    }
    if (at_start && j + 1 == groups.size() &&
        std::find(kHotlines.begin(), kHotlines.end(), digits) != kHotlines.end()) {
      Protect(b, e);
      return;
    }
    // A land's, a forest's or a grassland's certificate (林权证号为忠林证字（2008）第0215473号;
    // since session fifty, red-team sets A, F, N): its number from the label on, as a property
    // certificate's.
    // (Most runs follow no 第: its last byte first.)
    if (b >= 3 && static_cast<unsigned char>(s_[b - 1]) == 0xAC && At(s_, b - 3, "第") &&
        At(s_, e, "号") && at_start && j + 1 == groups.size()) {
      if (const size_t v = LandCertificateStart(b); v != std::string_view::npos) {
        Add(v, e + 3, PiiClass::kPlate);
        return;
      }
    }
    if (len < 5) return;  // nothing below is shorter
    // A foreign number dialled with its country's code (+7 914 706-38-21, +84 912 637 480,
    // +00 852 6135 8820; since session forty): the whole run after a '+', 8 to 15 digits.
    // (Its group may follow a list's 、: 、+00 852 6135 8820.)
    const bool run_ends = j + 1 == groups.size() || (s_[e] != ' ' && s_[e] != '-');
    if (run_ends && len >= 8 && len <= 15 && b > 0 && s_[b - 1] == '+' &&
        !digits.starts_with("86")) {
      Add(b - 1, x_end != 0 ? x_end : e, PiiClass::kPhone);
      return;
    }
    // Whether a tab parts two of the groups: a table's columns, not one number's groups.
    auto tab_between = [&] {
      for (size_t k = i + 1; k <= j; ++k) {
        if (s_.substr(groups[k - 1].end, groups[k].begin - groups[k - 1].end).find('\t') !=
            std::string_view::npos) {
          return true;
        }
      }
      return false;
    };
    if (len == 18) {
      if (IsValidResidentId(digits) || (at_start && IdLabelBefore(b))) {
        Add(b, e, PiiClass::kIdNumber);
        NameBeforeId(b);
        return;
      }
      if (digits[0] >= '1' && digits[0] <= '8' &&
          IsRealDate(ToInt(digits.substr(6, 4)), ToInt(digits.substr(10, 2)),
                     ToInt(digits.substr(12, 2)))) {
        out_->doubt = true;  // an ID with a typo in its check digit, or something else
        ++out_->suspect_ids;
      }
    }
    // A fishing boat's number, its province's and county's characters, 渔 and five digits
    // (琼儋渔06158; since session forty): its owner's, as a plate is.
    if (at_start && len == 5 && b >= 9 && s_.substr(b - 3, 3) == "渔" &&
        InCharList(kProvinces, s_.substr(b - 9, 3))) {
      Add(b - 9, e, PiiClass::kPlate);
      return;
    }
    if (at_start && len >= 6 && LabelBefore(b, kPropertyGroup)) {
      Add(b, e, PiiClass::kPlate);  // 房产证号, 不动产权证号
      return;
    }
    // (Or with no label, where its type allocation code is a phone maker's, 86 or 35 and a
    // digit past 0: 是358826110420755, a table's column of IMEI; since session fifty, red-team
    // sets L, M. No province's code is 86, and Fujian's, 35, has 0 next in a number by region.
    // Not after a serial's label: 编号356938035643809 may be a document's.)
    if (len == 15 && at_start && PassesLuhn(digits) &&
        (LabelBefore(b, kImeiGroup) ||
         ((digits.starts_with("86") || (digits.starts_with("35") && digits[2] != '0')) &&
          !LabelBefore(b, kSerialGroup)))) {
      Add(b, e, PiiClass::kContact);  // IMEI: a device
      return;
    }
    if (len == 17 && at_start && LabelBefore(b, kVinGroup)) {
      Add(b, e, PiiClass::kPlate);  // an all-digit VIN
      return;
    }
    if (len == 15 && at_start && IdLabelBefore(b) &&
        IsRealDate(1900 + ToInt(digits.substr(6, 2)), ToInt(digits.substr(8, 2)),
                   ToInt(digits.substr(10, 2)))) {
      Add(b, e, PiiClass::kIdNumber);
      return;
    }
    // (Not a mobile's digits across a table's columns, tabs parting some of a longer run's
    // groups: 出工天数⇥日工资⇥应发⇥已发 as 36⇥180⇥6480⇥3000 hold 180 6480 3000; since session
    // fifty-seven, red-team set V. A whole run still is: 电话138⇥8063⇥5817.)
    if (IsMobile(digits) && !(j > i && (i > 0 || j + 1 < groups.size()) && tab_between())) {
      Add(b, e, PiiClass::kPhone);
      // (And a name right before it and a space, as before a phone's label: 行李牌写有“卢振邦
      // 138…”; since session fifty-eight, red-team set W.)
      if (options_.name_heuristics && b >= 7 && s_[b - 1] == ' ') {
        NameBeforeLabel(s_, b - 1, out_);
      }
      return;
    }
    if (len == 13 && digits.starts_with("86") && IsMobile(digits.substr(2))) {
      Add(b > 0 && s_[b - 1] == '+' ? b - 1 : b, e, PiiClass::kPhone);
      return;
    }
    if (len == 15 && digits.starts_with("0086") && IsMobile(digits.substr(4))) {
      Add(b, e, PiiClass::kPhone);
      return;
    }
    // A landline in international form: +86 or 0086, then its area code without its 0
    // (+86-692-2123456) or with it.
    // (86 as a group of its own too: 86-692-2123456.)
    const bool plus = b > 0 && s_[b - 1] == '+';
    if (const size_t cc = digits.starts_with("0086")                                     ? 4
                          : digits.starts_with("86") && (plus || groups[i].end == b + 2) ? 2
                                                                                         : 0;
        cc != 0 && len - cc >= 9) {
      char national[kMaxDigits + 1];
      national[0] = '0';
      std::memcpy(national + 1, digits.data() + cc, len - cc);
      if (IsLandline({national, len - cc + 1}) || IsLandline(digits.substr(cc))) {
        Add(cc == 2 && plus ? b - 1 : b, e, PiiClass::kPhone);
        return;
      }
    }
    if (len == 12 && digits[0] == '0' && IsMobile(digits.substr(1))) {
      Add(b, e, PiiClass::kPhone);  // a mobile dialled with a 0 before it (013912345678)
      return;
    }
    // Groups joined into a landline have its area code as the first (0692-612-3457; not two
    // badge numbers, 053123、053124), or are digits one at a time.
    auto landline_in = [&](std::string_view d) {
      const std::string_view local = LandlineLocalNumber(d);
      const size_t first = groups[i].end - groups[i].begin;
      return !local.empty() && (i == j || first == 1 || first == d.size() - local.size());
    };
    const bool landline = landline_in(digits);
    const size_t last_group = groups[j].end - groups[j].begin;
    const bool with_extension = !landline && j > i && last_group <= 6 &&
                                (s_[groups[j - 1].end] == '-' || s_[groups[j - 1].end] == ' ') &&
                                landline_in(digits.substr(0, len - last_group));
    if (landline || with_extension) {
      size_t end = e;
      if (At(s_, e, "转") && DigitAt(s_, e + 3)) {
        const size_t ext = SkipDigits(s_, e + 3);
        if (ext - e - 3 <= 6 && !AlnumAt(s_, ext)) end = ext;
      }
      if (at_start && (PublicLineBefore(b) || PublicLineAfter(end) || ListedAfterPublicLine(b))) {
        Protect(b, end);  // a bureau's public line (监督电话：0692-4142110); a listed one goes
      } else {
        Add(b, end, PiiClass::kPhone);
      }
      return;
    }
    // (Or in two groups, as Russian passports are written: 护照　75 4821936; since session forty.)
    const bool one_or_two =
        i == j || (j == i + 1 && j + 1 == groups.size() && s_[groups[i].end] == ' ' &&
                   groups[i].end + 1 == groups[j].begin);
    if (at_start && one_or_two && len >= 7 && len <= 10 && LabelBefore(b, kPassportGroup, 6)) {
      Add(b, e, PiiClass::kCertificate);  // a travel document's number in digits only
      return;
    }
    // A Macau identity card's number after an ID's label: seven digits, the check digit in
    // brackets (澳门居民身份证号码：1304721(3); since session forty-four, red-team set I).
    if (at_start && i == j && len == 7 && e + 3 <= s_.size() && s_[e] == '(' &&
        DigitAt(s_, e + 1) && s_[e + 2] == ')' && LabelBefore(b, kIdGroup)) {
      Add(b, e + 3, PiiClass::kCertificate);
      return;
    }
    if (at_start && (i == j || j + 1 == groups.size()) && (len == 7 || len == 8) &&
        digits[0] >= '2' && PhoneLabelJustBefore(b)) {
      Add(b, e, PiiClass::kPhone);  // a landline without its area code (212-3456 too)
      return;
    }
    const bool account_label = at_start && LabelBefore(b, kAccountGroup);
    if (len >= 16 && len <= 19 && PassesLuhn(digits)) {
      const bool card_prefix = HasCardPrefix(digits);
      if (!account_label && at_start && LabelBefore(b, kSerialGroup, 6)) {
        out_->doubt = true;  // a serial number (编号) that passes as a card: a person checks
        return;
      }
      if (card_prefix || account_label) {
        Add(b, e, PiiClass::kBankAccount);
        return;
      }
      out_->doubt = true;  // Luhn alone: perhaps a card
    }
    // (Not groups whose last is an amount: 卡号6228…128⇥15000元, a table's next column; since
    // session forty-two. Nor groups a tab parts (tab_between), a table's columns:
    // 账号⇥…6228…158⇥286,400.00; since session fifty-one, red-team set O.)
    if (account_label && len >= 10 && len <= 25 &&
        !(j > i && (QuantityUnitAt(e) || tab_between()))) {
      Add(b, e, PiiClass::kBankAccount);  // 对公账户, 存折: often not Luhn-valid
      return;
    }
    if (at_start && (len == 8 || len == 10) && LabelBefore(b, kTaiwanPermitGroup)) {
      Add(b, e, PiiClass::kCertificate);
      return;
    }
    if (at_start && len >= 8 && len <= 20 && b >= 3 &&
        (static_cast<unsigned char>(s_[b - 1]) >= 0x80 || s_[b - 1] == ':') &&
        PhoneLabelStart(b, kHolderNumberLabels) != std::string_view::npos) {
      Add(b, e, PiiClass::kCertificate);  // 运单号：73528840192736, 京东犬登字2025-0104417
      return;
    }
    // (An ideograph, a colon or a space right before the digits first: most runs follow none.)
    // (Up to 18 digits after a guard's card's issuer, 冀保130635202600361: 保 right before them
    // first, as longer runs are common.)
    if (at_start && i == j && len >= 8 && b >= 3 &&
        (len <= 14 || (len <= 18 && At(s_, b - 3, "保"))) &&
        (static_cast<unsigned char>(s_[b - 1]) >= 0x80 || s_[b - 1] == ':' || s_[b - 1] == ' ') &&
        (IssuerBefore(b, e) ||
         (len <= 14 && PhoneLabelStart(b, kFileNumberLabels) != std::string_view::npos))) {
      Add(b, e, PiiClass::kCertificate);  // 粤深保2026041001, 驾驶证档案编号440300812357
      return;
    }
    // A chat group's number after 群号 or QQ群 (群号是738201946, （群号：735920418）; since session
    // fifty-two, red-team sets E, F, I): its members' contact, as a QQ id is.
    if (at_start && i == j && len >= 5 && len <= 11 && digits[0] != '0' && b >= 3 &&
        (static_cast<unsigned char>(s_[b - 1]) >= 0x80 || s_[b - 1] == ':') &&
        s_.substr(b - std::min<size_t>(b, 12), std::min<size_t>(b, 12)).find("群") !=
            std::string_view::npos &&
        !QuantityUnitAt(e)) {
      if (const size_t label = PhoneLabelStart(b, kChatGroupLabels);
          label != std::string_view::npos &&
          (At(s_, label + 3, "号") ||
           (label >= 2 && (s_[label - 1] | 0x20) == 'q' && (s_[label - 2] | 0x20) == 'q'))) {
        Add(b, e, PiiClass::kContact);
        return;
      }
    }
    if (len == 8 && i == j && (digits.starts_with("19") || digits.starts_with("20"))) {
      DateFound(b, e, ToInt(digits.substr(0, 4)), ToInt(digits.substr(4, 2)),
                ToInt(digits.substr(6, 2)));
    }
  }

  // Whether a certificate's issuer is written right before the digits [b, e) as its number's
  // prefix: a province's abbreviation, then one to three more ideographs (粤深保2026041001, a
  // security guard's card; 京朝犬字2024031857, a dog's registration, which names its owner).
  // Not where 号 or 〕 follows: a document's or a record's number (粤公网安备44030502001234号).
  // Since session fifty-two (red-team sets D and O): the province alone after a guard's
  // licence's label within 20 characters before (保安员证编号：蒙0120130527).
  bool IssuerBefore(size_t b, size_t e) const {
    if (At(s_, e, "号") || At(s_, e, "〕") || At(s_, e, "第")) return false;
    size_t k = b;
    for (int chars = 1; chars <= 4 && k >= 3; ++chars) {
      char32_t cp;
      if (DecodeUtf8(s_, k - 3, &cp) != 3 || !IsIdeograph(cp)) return false;
      k -= 3;
      if (kProvinces.find(s_.substr(k, 3)) == std::string_view::npos) continue;
      if (chars >= 2) return true;
      const size_t from = k > 60 ? k - 60 : 0;
      if (e - b <= 14 && s_.substr(from, k - from).find("保安员证") != std::string_view::npos) {
        return true;
      }
    }
    return false;
  }

  // Whether an ID's label comes before `b` (LabelBefore), or a driving licence's right before it
  // (kLicenceLabels, with fillers as PhoneLabelStart passes them: 驾驶证号码, 驾照号：). Looked
  // back for only here, for a number of an ID's length: 驾驶 is common in traffic cases.
  bool IdLabelBefore(size_t b) const {
    return LabelBefore(b, kIdGroup) || PhoneLabelStart(b, kLicenceLabels) != std::string_view::npos;
  }

  // Whether a phone label (kPhoneLabels) ends right before `b`, but for up to three fillers
  // (kLabelFillers: ：, 为, 号码 …), as SkipFillers passes them forward.
  bool PhoneLabelJustBefore(size_t b) const {
    return PhoneLabelStart(b, kPhoneLabels) != std::string_view::npos;
  }
  // Where such a label of `labels` starts, or npos.
  size_t PhoneLabelStart(size_t b, Words labels) const {
    auto ends_with = [&](size_t e, std::string_view w) {
      return e >= w.size() && s_.substr(e - w.size(), w.size()) == w;
    };
    size_t e = b;
    for (int k = 0; k < 3; ++k) {
      const auto filler = std::find_if(kLabelFillers.begin(), kLabelFillers.end(),
                                       [&](std::string_view w) { return ends_with(e, w); });
      if (filler == kLabelFillers.end()) break;
      e -= filler->size();
    }
    for (const std::string_view w : labels) {
      if (ends_with(e, w)) return e - w.size();
    }
    return std::string_view::npos;
  }

  // Whether the clause before a phone's label at byte `label` names an officer or the police
  // unit the public calls (所民警冯志坚，联系电话：; 向户政管理科反映，联系电话：; 与治安管理大队
  // 联系，电话：; since session thirty-nine): 民警 and a name of two or three, or 反映, 联系 or
  // 咨询 after a police unit's name in the clause.
  bool OfficerOrUnitClauseBefore(size_t label) const {
    if (label < 1 || s_[label - 1] != ',') return false;
    const size_t t = label - 1;
    for (size_t name = 6; name <= 9; name += 3) {
      if (t >= name + 6 && s_.substr(t - name - 6, 6) == "民警") return true;
    }
    if (t < 6) return false;
    const std::string_view verb = s_.substr(t - 6, 6);
    // (登记 since session fifty-five, red-team set T: 到…张浦派出所登记，联系电话0512-….)
    if (verb != "反映" && verb != "联系" && verb != "咨询" && verb != "登记") return false;
    const size_t from = t - 6 > 60 ? t - 66 : 0;
    std::string_view clause = s_.substr(from, t - 6 - from);
    if (const size_t stop = clause.find_last_of(",;\n"); stop != std::string_view::npos) {
      clause.remove_prefix(stop + 1);
    }
    for (const std::string_view unit :
         {"派出所", "公安", "分局", "大队", "中队", "管理科", "户政科", "警务室"}) {
      if (clause.find(unit) != std::string_view::npos) return true;
    }
    return false;
  }

  // Since session fifty-five (red-team set T): whether a line's field (its label ending at
  // field_end, its colon at `colon`) is a contact whose value, a name of two to four
  // ideographs, is written elsewhere in the text with a badge number after it (办案民警：…、
  // 庄少杰（警号441903）⏎联系人：庄少杰　联系电话：): an officer's, the line after it the unit's.
  bool BadgedContact(std::string_view line, size_t colon, size_t field_end) const {
    if (!line.substr(0, field_end).ends_with("联系人")) return false;
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\r')) value.remove_suffix(1);
    if (value.size() < 6 || value.size() > 12 || value.size() % 3 != 0) return false;
    for (size_t k = 0; k < value.size(); k += 3) {
      if (!IsIdeograph(Decode3(value, k))) return false;
    }
    for (size_t at = s_.find(value); at != std::string_view::npos;
         at = s_.find(value, at + value.size())) {
      if (At(s_, at + value.size(), "(警号")) return true;
    }
    return false;
  }

  // Whether an officer's badge number comes right before a phone's label at byte `label`, past a
  // comma, a bracket's end or spaces (（警号230417，联系电话0451-…）, 警号210366）　电话; since
  // session forty-six, red-team set K): the officer's office line.
  bool BadgeBefore(size_t label) const {
    size_t k = label;
    for (int n = 0; n < 3 && k > 0 && (s_[k - 1] == ',' || s_[k - 1] == ')' || s_[k - 1] == ' ');
         ++n) {
      --k;
    }
    const size_t digits_end = k;
    while (k > 0 && DigitAt(s_, k - 1)) --k;
    if (digits_end - k < 4 || digits_end - k > 8) return false;
    if (k > 0 && s_[k - 1] == ':') --k;
    return k >= 6 && s_.substr(k - 6, 6) == "警号";
  }

  // Whether a public line's label (kPublicLineLabels) ends right before b, itself right after a
  // clause's start, 拨打, 为, or an organization's name (…派出所监督电话): not a person's line
  // (张某的咨询电话, 被害人投诉电话); or a police unit's line (kUnitLineLabels).
  bool PublicLineBefore(size_t b) const {
    if (PhoneLabelStart(b, kUnitLineLabels) != std::string_view::npos) return true;
    // (On a unit's contact line after its signature, or in a bracket after its name: since
    // session forty-three.)
    // (Or after such a bracket's end and a colon, 洪山派出所（24小时值班）：; since session
    // fifty-seven, red-team set V.)
    if (SignatureContactLine(b) || InPoliceUnitBracket(b) || PublicBodyBracket(b) ||
        (b >= 2 && s_[b - 1] == ':' && s_[b - 2] == ')' && InPoliceUnitBracket(b - 2))) {
      return true;
    }
    if (const size_t label = PhoneLabelStart(b, kUnitPhoneWords); label != std::string_view::npos) {
      // (On a line that is a unit's, 高笋塘派出所地址：…号　联系电话：; since session forty-two.)
      if (PoliceUnitLine(label)) return true;
      size_t k = label;
      while (k > 0 && (s_[k - 1] == ' ' || s_[k - 1] == '\t')) --k;
      if (k >= 3 && InCharList("局所队室科关", s_.substr(k - 3, 3))) return true;
      // (Or 中心, a public service's: 县拉面产业服务中心电话0972-…; since session seventy-one,
      // red-team set AJ. Or the unit that handles the case, 办案单位电话：, 承办单位, 执法单位:
      // since then, red-team set L.)
      if (k >= 6 && At(s_, k - 6, "中心")) return true;
      if (k >= 12 && At(s_, k - 6, "单位") &&
          (At(s_, k - 12, "办案") || At(s_, k - 12, "承办") || At(s_, k - 12, "执法"))) {
        return true;
      }
      // (A unit's line as a form's field after two lines that name the police: 登记民警：…⏎
      // 审核人：冯伟光（警号443107）⏎单位电话：; since session fifty-five, red-team set T.)
      if (k >= 8 && At(s_, k - 6, "单位") && s_[k - 7] == '\n' &&
          MentionsPolice(TwoLinesBefore(k - 6))) {
        return true;
      }
      // (After a unit's name and a comma or its seal: 百灵庙派出所，电话, 派出所（印）　电话：;
      // since session forty.)
      if (k >= 12 && (s_[k - 1] == ',' || s_.substr(k - 5, 5) == "(印)")) {
        const size_t unit = s_[k - 1] == ',' ? k - 1 : k - 5;
        if (EndsWithPoliceUnit(s_.substr(0, unit))) return true;
      }
      if (OfficerOrUnitClauseBefore(label) || BadgeBefore(label)) return true;
      // The field on the line before the label, or before it on its own line (联系人：梁振宇
      // （民警）  联系电话：; since session thirty-nine).
      const bool own_line = k > 0 && s_[k - 1] != '\n';
      if (k > 0 && (own_line || k >= 2)) {
        const size_t line = own_line ? s_.rfind('\n', k - 1) : s_.rfind('\n', k - 2);
        const size_t from = line == std::string_view::npos ? 0 : line + 1;
        const std::string_view prev = s_.substr(from, (own_line ? k : k - 1) - from);
        const size_t colon = prev.find(':');
        size_t end = from;  // the end of the field's label, where there is a colon
        if (colon != std::string_view::npos) {
          end = from + colon;
          while (end > from && (s_[end - 1] == ' ' || s_[end - 1] == '\t')) --end;
          if (OfficerFieldEndsAt(s_, end)) return true;
        }
        // Or that names a police unit (since session thirty-seven): alone, ending as a unit's
        // name does (清原县公安局反诈中心; not 住某县公安局家属院), or first in a contact's or a
        // unit's field (联系人：博罗县公安局刑事侦查大队  叶国华; not 联系人：张三（家属）, nor
        // 当事人：张三，住某县公安局宿舍).
        // (分局 民警 警官: 联系人：张丽娜（和平分局经济犯罪侦查大队）, 联系人：唐浩（民警）.)
        // (警号 since session forty-two: 联系人：陈志坚（警号352518）　联系电话：.)
        const auto police_in = MentionsPolice;
        // A line's contact or unit field (its label ending at field_end) whose value names
        // the police (联系人：, 单位：, 地点：; 地址： since session forty-two).
        auto police_field = [&](std::string_view line, size_t colon, size_t field_end) {
          const std::string_view field = line.substr(0, field_end);
          const std::string_view value = line.substr(colon + 1, line.find(',', colon) - colon - 1);
          return (field.ends_with("联系人") || field.ends_with("单位") || field.ends_with("地点") ||
                  field.ends_with("地址")) &&
                 police_in(value);
        };
        if (colon == std::string_view::npos) {
          size_t last = prev.size();
          while (last > 0 && (prev[last - 1] == ' ' || prev[last - 1] == '\r')) --last;
          if (!own_line && last >= 3 && prev.find(',') == std::string_view::npos &&
              InCharList("局所队心室科处站", prev.substr(last - 3, 3)) && police_in(prev)) {
            return true;
          }
        } else if (police_field(prev, colon, end - from) ||
                   BadgedContact(prev, colon, end - from)) {
          return true;
        }
        // (Or the line before it: 认领地址：…（玄武门派出所户籍大厅）⏎认领时间：…⏎联系电话：; since
        // session forty-two.)
        if (!own_line && from >= 2) {
          const size_t line2 = s_.rfind('\n', from - 2);
          const size_t from2 = line2 == std::string_view::npos ? 0 : line2 + 1;
          const std::string_view prev2 = s_.substr(from2, from - 1 - from2);
          if (const size_t colon2 = prev2.find(':');
              colon2 != std::string_view::npos && police_field(prev2, colon2, colon2)) {
            return true;
          }
        }
      }
      // After a call for the public's tips (欢迎群众提供线索，联系电话：).
      size_t t = label;
      if (t >= 1 && s_[t - 1] == ',') --t;
      if (t >= 6 && (s_.substr(t - 6, 6) == "线索" || s_.substr(t - 6, 6) == "举报")) return true;
    }
    // An instruction to the public (可致电0558-6512110咨询, 请致电…预约); or 拨打 (可拨打…举报),
    // and a public hotline and 或 or 、 between (群众可拨打110或0912-8391110举报; since session
    // seventy-one, red-team set AJ).
    size_t p = b;
    if (p >= 6 && (At(s_, p - 3, "或") || At(s_, p - 3, "、"))) {
      size_t d = p - 3;
      while (d > 0 && p - 3 - d < 5 && IsDigit(static_cast<unsigned char>(s_[d - 1]))) --d;
      if (std::find(kHotlines.begin(), kHotlines.end(), s_.substr(d, p - 3 - d)) !=
          kHotlines.end()) {
        p = d;
      }
    }
    if (p >= 9 && (At(s_, p - 6, "致电") || At(s_, p - 6, "拨打")) &&
        (At(s_, p - 9, "可") || At(s_, p - 9, "请"))) {
      return true;
    }
    size_t e = PhoneLabelStart(b, kPublicLineLabels);
    if (e == std::string_view::npos) return false;
    // (The hours before it: 24小时值班电话：; since session fifty-five, red-team set T.)
    if (e >= 8 && At(s_, e - 6, "小时") && s_[e - 7] == '4' && s_[e - 8] == '2') e -= 8;
    // (Two labels joined: 咨询及投诉电话：; since session fifty-three, red-team set R.)
    if (e >= 9 && At(s_, e - 3, "及") &&
        (At(s_, e - 9, "咨询") || At(s_, e - 9, "举报") || At(s_, e - 9, "监督"))) {
      e -= 9;
    }
    if (e == 0 || PoliceUnitLine(e)) return true;
    // (Or at a line's start after two lines that name the police: 认领地点：…派出所⏎地址：…⏎咨询
    // 电话：; since session forty-three.)
    if (e >= 2 && s_[e - 1] == '\n' && MentionsPolice(TwoLinesBefore(e))) return true;
    // (Or the label is a line's field, four to eight characters before it on its line and no
    // comma, or 事故 alone: 受理窗口咨询电话：, 事故及违法咨询电话：, 事故处理电话：; not a
    // person's name of two or three, 张三咨询电话; since session forty.)
    if (const size_t line = s_.rfind('\n', e - 1),
        width = e - (line == std::string_view::npos ? 0 : line + 1);
        (width >= 12 && width <= 24) || (width == 6 && s_.substr(e - 6, 6) == "事故")) {
      const std::string_view before = s_.substr(line == std::string_view::npos ? 0 : line + 1);
      const std::string_view field =
          before.substr(0, e - (line == std::string_view::npos ? 0 : line + 1));
      // (Not a person's: 张三的咨询电话, 当事人咨询电话.)
      if (field.find(',') == std::string_view::npos && field.find("的") == std::string_view::npos &&
          field.find("人") == std::string_view::npos) {
        return true;
      }
    }
    if (const char c = s_[e - 1];
        c == '\n' || c == ',' || c == ':' || c == ';' || c == '(' || c == ' ') {
      return true;
    }
    return e >= 3 && InCharList("。、打为局关所队心院站", s_.substr(e - 3, 3));
  }

  // Since session fifty-five (red-team set T): whether the landline at b follows a public line
  // the scan kept and 、 (联系电话0579-85206110、0512-57451110): the next of that list.
  bool ListedAfterPublicLine(size_t b) const {
    return b >= 3 && At(s_, b - 3, "、") && !out_->protect.empty() &&
           out_->protect.back().end == b - 3 && !out_->protect.back().known;
  }

  // Whether a public body's name follows the landline ending at `end`, in brackets (联系电话：
  // 0371-24952148（城关司法所）), or what the public calls it for (或者0745-5225110查询案件进展;
  // since session forty): a unit's line.
  bool PublicLineAfter(size_t end) const {
    // (Not 举报 or 咨询: a caller's own line may come before them, 用座机0536-6062111举报.)
    if (At(s_, end, "查询")) return true;
    if (end >= s_.size() || s_[end] != '(') return false;
    const size_t close = s_.substr(0, end + 96).find(')', end);
    if (close == std::string_view::npos) return false;
    const std::string_view inside = s_.substr(end + 1, close - end - 1);
    if (inside.find(',') != std::string_view::npos) return false;
    if (EndsWithPoliceUnit(inside)) return true;
    for (const std::string_view unit : {"司法所", "管理局", "管理处", "窗口", "指挥中心"}) {
      if (inside.ends_with(unit)) return true;
    }
    // (A police unit's office: 0595-85688110（晋江市公安局信访科）; since session fifty-two,
    // red-team set P.)
    if ((inside.ends_with("科") || inside.ends_with("室")) && HasPoliceUnit(inside)) return true;
    // (An office's or a duty desk's: 0411-82639110（值班）; since session forty-six. A unit's
    // desk phone, 0356-5281336（单位座机）, since session seventy-two, red-team set AK.)
    return inside == "值班" || inside == "办公" || inside == "单位座机" || inside == "单位电话" ||
           inside == "办公电话";
  }

  // A date in three groups of digits: year, month, day (1990-03-15), or the year last, the day
  // first (15/03/1990) or the month first as some forms have it (both are tried). Whether the
  // groups have a date's widths.
  bool NumericDate(const Group* g) {
    auto width = [&](size_t k) { return g[k].end - g[k].begin; };
    auto value = [&](size_t k) { return ToInt(s_.substr(g[k].begin, width(k))); };
    if (width(0) == 4 && width(1) <= 2 && width(2) <= 2) {
      DateFound(g[0].begin, g[2].end, value(0), value(1), value(2));
      return true;
    }
    if (width(0) == 2 && width(1) <= 2 && width(2) <= 2) {
      // A two-digit year (90.03.15, 90-3-15生), read in both centuries as CjkDate reads one.
      DateFound(g[0].begin, g[2].end, 1900 + value(0), value(1), value(2));
      DateFound(g[0].begin, g[2].end, 2000 + value(0), value(1), value(2));
      return true;
    }
    if (width(0) <= 2 && width(1) <= 2 && width(2) == 4) {
      DateFound(g[0].begin, g[2].end, value(2), value(1), value(0));
      if (value(0) != value(1)) DateFound(g[0].begin, g[2].end, value(2), value(0), value(1));
      return true;
    }
    return false;
  }

  // Numbers joined by '.', '/' or ':' (IPv4, 1990.1.1, 21:30, 45.5), starting at p.
  [[gnu::noinline]] size_t Dotted(size_t p) {
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
    // Glued to letters: part of a token (an ID's check character X aside: …/53312219920815357X).
    if (AlnumAt(s_, q) && !(IsX(s_[q]) && !AlnumAt(s_, q + 1))) return q;
    auto value = [&](const Group& g) { return ToInt(s_.substr(g.begin, g.end - g.begin)); };
    auto width = [](const Group& g) { return g.end - g.begin; };
    if (sep == '.' && parts.size() == 4 &&
        std::all_of(parts.begin(), parts.end(),
                    [&](const Group& g) { return width(g) <= 3 && value(g) <= 255; })) {
      Add(p, q, PiiClass::kContact);
    } else if ((sep == '.' || sep == '/') && parts.size() == 3 && NumericDate(parts.data())) {
      // (1990.03.15, 1990/3/15, 15/03/1990)
    } else if (sep == '.' && parts.size() >= 3) {
      // Neither: the numbers on their own and joined (a phone written 139.8765.4321). Three
      // parts or more: a decimal has two.
      const size_t count = std::min(parts.size(), kMaxGroups);
      ClassifyGroups({parts.data(), count}, /*join=*/true, 0);
    } else if (sep != '.') {
      // Each number on its own (13987654321/19912345678, an ID and a phone after
      // 身份证号/手机号：); the last with what groups after it (…/0692-6123457). Groups of three
      // digits or more (the last of two or more) are read joined too (139/1234/5678,
      // 533102/199003154511), as GroupSeparator joins them.
      const bool x_after = q < s_.size() && IsX(s_[q]) && !AlnumAt(s_, q + 1);
      const bool grouped = sep == '/' && (width(parts.back()) >= 2 || x_after) &&
                           std::all_of(parts.begin(), parts.end() - 1,
                                       [&](const Group& g) { return width(g) >= 3; });
      ClassifyGroups(
          {parts.data(), grouped ? std::min(parts.size(), kMaxGroups) : parts.size() - 1},
          /*join=*/grouped, grouped && x_after ? q + 1 : 0);
      const Group& last = parts.back();
      return std::max(q, DigitRun(last.begin, last.end, /*after_numbers=*/true));
    }
    return q;
  }

  // YYYY年M月D日 (or YYYY年M月) at p; returns its end, or 0 if it is not one.
  // `digits`: the year's, 4 (1990年) or 2 (90年3月15日出生: 1990 or 2090, 05年: 1905 or
  // 2005). A space may stand before or after each of 年 月 日 (1990 年 3 月 15 日).
  [[gnu::noinline]] size_t CjkDate(size_t p, size_t digits = 4) {
    // (Or a line break, LF or CRLF: a date wrapped onto the next line, 1990年↵3月15日.)
    auto space = [&](size_t k) {
      if (k < s_.size() && (s_[k] == ' ' || s_[k] == '\n')) return k + 1;
      return k + 1 < s_.size() && s_[k] == '\r' && s_[k + 1] == '\n' ? k + 2 : k;
    };
    // A two-digit year is read in both centuries (a party's birth date in either is found).
    const int year = ToInt(s_.substr(p, digits)) + (digits == 2 ? 1900 : 0);
    const size_t year_mark = space(p + digits);
    if (!At(s_, year_mark, "年")) return 0;
    size_t q = space(year_mark + 3);
    const size_t m_end = SkipDigits(s_, q);
    const size_t month_mark = space(m_end);
    if (m_end == q || m_end - q > 2 || !At(s_, month_mark, "月")) return 0;
    const int month = ToInt(s_.substr(q, m_end - q));
    q = space(month_mark + 3);
    const size_t d_end = SkipDigits(s_, q);
    const size_t day_mark = space(d_end);
    if (d_end > q && d_end - q <= 2 && (At(s_, day_mark, "日") || At(s_, day_mark, "号"))) {
      DateFound(p, day_mark + 3, year, month, ToInt(s_.substr(q, d_end - q)));
      if (digits == 2)
        DateFound(p, day_mark + 3, year + 100, month, ToInt(s_.substr(q, d_end - q)));
      // A name right after the date (2024年5月6日孟庆伟在): the scan resumes past its 日.
      if (options_.name_heuristics) ClauseStart(day_mark + 3);
      return day_mark + 3;
    }
    if (d_end > q && d_end - q <= 2 && !DigitAt(s_, d_end) && BirthLabelAround(p, d_end)) {
      Add(p, d_end, PiiClass::kBirthDate);  // the day without its 日 (生于1990年3月15，)
      return d_end;
    }
    if (d_end == q && month >= 1 && month <= 12 && BirthLabelAround(p, q)) {
      Add(p, q, PiiClass::kBirthDate);
    }
    return q;
  }

  // A date whose month is written in Chinese numerals, the 年 at `i`: 一九九〇年三月七日,
  // 二OO五年十月, 1990年三月七日 (a month in digits is CjkDate's). A birth date by its label, or
  // as a party's known birth date (DateFound); the date of an event stays.
  [[gnu::noinline]] void CnDate(size_t i) {
    int year = 0;
    size_t b = i;
    if (i >= 4 && DigitAt(s_, i - 1)) {
      b = i - 4;
      if (SkipDigits(s_, b) != i || (b > 0 && DigitAt(s_, b - 1))) return;
      year = ToInt(s_.substr(b, 4));
    } else {
      for (int k = 0; k < 4; ++k) {
        const int d = CnYearDigitBefore(s_, b, &b);
        if (d < 0) return;
        static constexpr int kPlace[] = {1, 10, 100, 1000};  // read from the last digit
        year += d * kPlace[k];
      }
    }
    // The month and the day: up to three numerals read as ChineseNumber does (七, 十二, 三十一).
    auto number_at = [&](size_t from, size_t* end) {
      size_t e = from;
      while (e - from < 9 && InCharList("一二三四五六七八九十", s_.substr(e, 3))) e += 3;
      *end = e;
      return e == from ? 0 : std::max(ChineseNumber(s_.substr(from, e - from)), 0);
    };
    size_t q = 0;
    const int month = number_at(i + 3, &q);
    if (month < 1 || month > 12 || !At(s_, q, "月")) return;
    q += 3;
    size_t d_end = 0;
    const int day = number_at(q, &d_end);
    if (day > 0 && (At(s_, d_end, "日") || At(s_, d_end, "号"))) {
      DateFound(b, d_end + 3, year, month, day);
    } else if (day == 0 && IsRealDate(year, month, 1) && BirthLabelAround(b, q)) {
      Add(b, q, PiiClass::kBirthDate);
    }
  }

  // 出生 / 生于 / 出生日期 before, or 出生 / 生 right after. Since session forty-six also a
  // correction's dates (出生日期更正：由“1990年3月1日”更正为“1989年12月15日”; red-team set J):
  // the first with only a correction's words between the label and it, the next with only
  // those words after the date before it.
  // (In a table's row, a tab between the dates where the label's column says 更正 or 变更: 出生
  // 日期更正⇥1976年9月28日⇥1976年9月18日⇥2026-02-13. One date after the first at most.)
  bool BirthLabelAround(size_t b, size_t e) {
    if (BirthLabelNear(b, e)) {
      const size_t label = label_end_[kBirthGroup];
      const std::string_view before =
          label_start_[kBirthGroup] != kNotSeen && label <= b && b - label <= 36
              ? s_.substr(label, b - label)
              : std::string_view();
      last_birth_end_ = e;
      birth_corrected_ = before.find("更正") != std::string_view::npos ||
                         before.find("变更") != std::string_view::npos;
      return true;
    }
    // (The next date with a correction's word between, or a tab where the label said so: not
    // 出生日期 1990年3月1日 2026年3月5日, an event's date after a space.)
    if (last_birth_end_ != kNotSeen && b > last_birth_end_ && b - last_birth_end_ <= 24 &&
        OnlyCorrectionWords(last_birth_end_, b, birth_corrected_) &&
        (birth_corrected_ ||
         s_.substr(last_birth_end_, b - last_birth_end_).find("为") != std::string_view::npos)) {
      last_birth_end_ = kNotSeen;
      return true;
    }
    return false;
  }
  // The words of a correction, its quotation marks, a colon and spaces only in [b, e); tabs too
  // with `tabs`.
  bool OnlyCorrectionWords(size_t b, size_t e, bool tabs = false) const {
    while (b < e) {
      if (s_[b] == ':' || s_[b] == ' ' || s_[b] == '"' || (tabs && s_[b] == '\t')) {
        ++b;
      } else if (b + 3 <= e && InCharList("日期更正变改由为“”", s_.substr(b, 3))) {
        b += 3;
      } else {
        return false;
      }
    }
    return true;
  }
  bool BirthLabelNear(size_t b, size_t e) const {
    size_t after = e;
    while (after < s_.size() && s_[after] == ' ') ++after;
    if (At(s_, after, "出生") || At(s_, after, "出世")) return true;
    if (At(s_, after, "生")) {
      char32_t cp = 0;
      if (after + 3 >= s_.size()) return true;
      DecodeUtf8(s_, after + 3, &cp);
      if (!IsIdeograph(cp) || At(s_, after + 3, "人")) return true;
    }
    // 出生 / 生于 right before the date (出生日期：, 生于); a label further back belongs to
    // another date (…出生）报称其于2026年11月2日…: the event).
    // Not in a word that ends with the label's first character: 先生于, 学生于, 医生于, 发生于,
    // 发生日期 (the event's date).
    auto close = [&](int group) {
      const size_t start = label_start_[group];
      return LabelBefore(b, group, 12) &&
             (b - label_end_[group] <= 12 || OnlyCorrectionWords(label_end_[group], b)) &&
             !(start >= 3 && s_.substr(start, 3) == "生" &&
               InCharList("先学医发产考卫师", s_.substr(start - 3, 3)));
    };
    return close(kBirthGroup) || close(kBornAtGroup);
  }

  void DateFound(size_t b, size_t e, int year, int month, int day) {
    if (!IsRealDate(year, month, day)) return;
    if (BirthLabelAround(b, e)) {
      Add(b, e, PiiClass::kBirthDate);
      return;
    }
    const Date date{year, month, day};
    if (((birth_days_ >> DayBit(month, day)) & 1) != 0 &&
        std::find(birth_dates_.begin(), birth_dates_.end(), date) != birth_dates_.end()) {
      Add(b, e, PiiClass::kBirthDate, FoundBy::kKnownValue);
      return;
    }
    // (Not a year of the last few, most events' dates: few IDs are a child's that young.)
    if (year < kLastBirthYearRead) out_->dates.push_back({b, e, date});
  }
  // The dates read without a birth's label that are the birth date of an ID number the scan found
  // (a register's cell under 出生日期 where a heading split the table from its header, 1983.06.01
  // beside 542125198306010719; since session seventy-two, red-team set AK): masked as birth
  // dates. Only an ID of 18 digits or 15 that the scan masked as one.
  void BirthDatesOfIds() {
    if (out_->dates.size() == dates_from_) return;
    for (size_t k = 0; k < ids_count_; ++k) {
      const Date birth = IdBirthDate(ids_[k].begin, ids_[k].end);
      if (birth.year == 0) continue;
      for (size_t d = dates_from_; d < out_->dates.size(); ++d) {
        const Findings::DateRead read = out_->dates[d];
        // (Not the ID's own digits, where groups split it: 440304 19851230 8085.)
        if (read.date == birth && (read.end <= ids_[k].begin || read.begin >= ids_[k].end)) {
          Add(read.begin, read.end, PiiClass::kBirthDate);
        }
      }
    }
    out_->dates.resize(dates_from_);
  }
  // The birth date of the ID number at [b, e), of 18 digits (or 17 and an X) or 15; or none.
  Date IdBirthDate(size_t b, size_t e) const {
    // (Read in place where the ID is written whole, as most are; else its digits first.)
    char spread[18];
    const char* digits = s_.data() + b;
    size_t n = e - b;
    if ((n != 18 && n != 15) || !std::all_of(digits + 6, digits + (n == 18 ? 14 : 12), [](char c) {
          return IsDigit(static_cast<unsigned char>(c));
        })) {
      n = 0;
      for (size_t i = b; i < e && n < sizeof spread; ++i) {
        if (IsDigit(static_cast<unsigned char>(s_[i]))) spread[n++] = s_[i];
      }
      digits = spread;
    }
    if (n != 15 && n < 17) return {};
    auto number = [&](size_t from, size_t len) {
      int v = 0;
      for (size_t i = from; i < from + len; ++i) v = v * 10 + (digits[i] - '0');
      return v;
    };
    // (A 15-digit one writes its year's last two digits: 19xx.)
    return n >= 17 ? Date{number(6, 4), number(10, 2), number(12, 2)}
                   : Date{1900 + number(6, 2), number(8, 2), number(10, 2)};
  }

  // e-mail around the '@' (or "(at)") at `at`.
  void Email(size_t at, size_t at_len) {
    auto local_char = [](char c) {
      return IsAlnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '%' ||
             c == '+' || c == '-';
    };
    // A space on either side of the '@' is read past (zhangwei1990 @ 163.com).
    const size_t local_end = at > 0 && s_[at - 1] == ' ' ? at - 1 : at;
    size_t b = local_end;
    while (b > 0 && local_char(s_[b - 1])) --b;
    while (b < local_end && !AlnumAt(s_, b)) ++b;
    if (b == local_end) return;
    size_t e = at + at_len;
    if (e < s_.size() && s_[e] == ' ') ++e;
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

  // (0755)61234567, (010) 6123-4567, (010)6123 4567; and a mobile number with its first three
  // digits in brackets, as an area code is written ((139)96136408, (139)9613-6408; since session
  // forty-eight, red-team set L).
  void ParenPhone(size_t p) {
    if (s_[p] != '(' || !DigitAt(s_, p + 1)) return;
    const bool mobile = s_[p + 1] == '1';
    if (!mobile && s_[p + 1] != '0') return;
    const size_t area_end = SkipDigits(s_, p + 1);
    const size_t area = area_end - p - 1;
    if ((mobile ? area != 3 : area < 3 || area > 4) || !At(s_, area_end, ")")) return;
    size_t q = area_end + 1;
    if (q < s_.size() && (s_[q] == ' ' || s_[q] == '-')) ++q;
    size_t local_end = SkipDigits(s_, q);
    std::string digits =
        std::string(s_.substr(p + 1, area)) + std::string(s_.substr(q, local_end - q));
    // The local number in two groups ((010)6123-4567, (010)6123 4567, (139)9613-6408).
    if (local_end + 1 < s_.size() && (s_[local_end] == ' ' || s_[local_end] == '-') &&
        DigitAt(s_, local_end + 1)) {
      const size_t second_end = SkipDigits(s_, local_end + 1);
      if (second_end - q - 1 <= 8) {
        digits += s_.substr(local_end + 1, second_end - local_end - 1);
        local_end = second_end;
      }
    }
    if (AlnumAt(s_, local_end)) return;
    if (mobile ? digits.size() == 11 && IsMobile(digits) : IsLandline(digits)) {
      Add(p, local_end, PiiClass::kPhone);
    }
  }

  // 〔2026〕118号, (2024)云3122刑初123号: document and court case numbers are kept.
  // Since session fifty-four (red-team sets H and K): where the issuer's part of a document's
  // number starts before its year's bracket at byte p: the organ's short name with 公 in it,
  // the kind in a bracket and the type's word of 字 (哈公南（花）调字〔2025〕…, whose 哈公南 the
  // names by their sound read otherwise); p where none is.
  [[gnu::noinline, gnu::cold]] size_t DocumentIssuerStart(size_t p) const {
    auto ideographs_back = [&](size_t k, size_t most) {
      for (size_t n = 0; n < most && k >= 3 && IsIdeograph(Decode3(s_, k - 3)); ++n) k -= 3;
      return k;
    };
    if (p < 3 || !At(s_, p - 3, "字")) return p;
    const size_t kind_end = ideographs_back(p, 6);
    if (kind_end < 1 || s_[kind_end - 1] != ')') return p;
    const size_t open = ideographs_back(kind_end - 1, 3);
    if (open == kind_end - 1 || open < 1 || s_[open - 1] != '(') return p;
    const size_t b = ideographs_back(open - 1, 4);
    if (b == open - 1 || s_.substr(b, open - 1 - b).find("公") == std::string_view::npos) return p;
    return b;
  }

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
        // (The issuer's part only where a name was read just before: most have none.)
        const bool name_before = !out_->candidates.empty() && out_->candidates.back().end <= p &&
                                 out_->candidates.back().end + 36 >= p;
        if (q > 0 && DigitAt(s_, q - 1)) Protect(name_before ? DocumentIssuerStart(p) : p, q + 3);
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
    // Letters in either case (云n12345, as typed in haste): compared in upper case.
    auto upper = [&](size_t k) {
      const char c = k < s_.size() ? s_[k] : '\0';
      return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    };
    // A space may come after the province's character (云 N12345), and one separator after
    // the issuer's letter: '·', a space, '-' or '.' (云N·B5678, 云N B5678, 云N-B5678, 云N.B5678).
    const size_t letter = p + 3 < s_.size() && s_[p + 3] == ' ' ? p + 4 : p + 3;
    if (letter < s_.size() && static_cast<unsigned char>(s_[letter]) >= 0x80) {
      FishingBoat(p);
      return;
    }
    // A farm machine's plate: the province, two digits, a dash and five digits (农机号牌
    // 皖12-06358; since session sixty-four, red-team set AC).
    if (DigitAt(s_, letter)) {
      const size_t e = letter + 8;
      if (e <= s_.size() && DigitAt(s_, letter + 1) && s_[letter + 2] == '-' &&
          SkipDigits(s_, letter + 3) == e && !AlnumAt(s_, e) &&
          InCharList(kProvinces, CharAt(s_, p))) {
        Add(p, e, PiiClass::kPlate);
      }
      return;
    }
    if (letter >= s_.size() || upper(letter) < 'A' || upper(letter) > 'Z' || upper(letter) == 'I') {
      return;
    }
    if (!InCharList(kProvinces, CharAt(s_, p))) return;
    size_t q = letter + 1;
    if (At(s_, q, "·")) {
      q += 2;
    } else if (q < s_.size() && (s_[q] == ' ' || s_[q] == '-' || s_[q] == '.')) {
      q += 1;
    }
    size_t e = q;
    int digits = 0;
    char upper_serial[8];
    while (e < s_.size() && e - q < 7 &&
           ((upper(e) >= 'A' && upper(e) <= 'Z') || IsDigit(static_cast<unsigned char>(s_[e])))) {
      digits += IsDigit(static_cast<unsigned char>(s_[e])) ? 1 : 0;
      upper_serial[e - q] = upper(e);
      ++e;
    }
    const std::string_view serial(upper_serial, e - q);
    if (AlnumAt(s_, e)) return;
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
              (all_digits(serial.substr(0, 5)) && energy_letter(serial[5])) ||
              // (After a '·', a new-energy letter and three digits at least, as an electric
              // tricycle's plate is written, 鲁G·D5K2H8; since session forty.)
              (q == letter + 3 && energy_letter(serial[0]) && digits >= 3 &&
               std::all_of(serial.begin(), serial.end(), plain));
    } else if (serial.size() == 4 && std::all_of(serial.begin(), serial.end(), plain) &&
               InCharList(kPlateSpecial, CharAt(s_, e))) {
      plate = true;
      e += 3;
    }
    if (plate) Add(p, e, PiiClass::kPlate);
  }

  // Since session sixty-three (red-team set AB): a fishing boat's number at the province's
  // character p, its county's one or two characters, 渔 and five digits (渝万州渔01583,
  // 浙岱渔03456), its owner's as a plate is.
  [[gnu::noinline]] void FishingBoat(size_t p) {
    for (size_t q = p + 6; q <= p + 9; q += 3) {
      if (!At(s_, q, "渔")) continue;
      const size_t e = SkipDigits(s_, q + 3);
      if (e - (q + 3) != 5 || AlnumAt(s_, e) || !IsIdeograph(Decode3(s_, q - 3)) ||
          (q == p + 9 && !IsIdeograph(Decode3(s_, p + 3)))) {
        return;
      }
      if (!InCharList(kProvinces, CharAt(s_, p))) return;
      Add(p, e, PiiClass::kPlate);
      return;
    }
  }

  // A MAC address at p: six pairs of hex digits joined by ':' or '-' (all the same); 0 if none.
  size_t Mac(size_t p) {
    if (p + 17 > s_.size() || (s_[p + 2] != ':' && s_[p + 2] != '-')) return 0;
    const char sep = s_[p + 2];
    for (size_t k = 0; k < 17; ++k) {
      const char c = s_[p + k];
      if (k % 3 == 2 ? c != sep : !IsHex(c)) return 0;
    }
    if (AlnumAt(s_, p + 17) || (p + 17 < s_.size() && s_[p + 17] == sep)) return 0;
    Add(p, p + 17, PiiClass::kContact);
    return p + 17;
  }

  // An IPv6 address at p: hex groups of 1–4 joined by ':', at least three colons, eight groups
  // or one "::". Returns its end, or p if there is none (times like 21:30:15 have two colons).
  size_t Ipv6(size_t p) {
    size_t q = p;
    int groups = 0;
    int colons = 0;
    bool compressed = false;
    while (q < s_.size()) {
      size_t e = q;
      while (e < s_.size() && e - q < 5 && IsHex(s_[e])) ++e;
      if (e - q > 4) return p;
      if (e > q) ++groups;
      q = e;
      if (q < s_.size() && s_[q] == ':') {
        ++colons;
        if (q + 1 < s_.size() && s_[q + 1] == ':') {
          if (compressed) return p;
          compressed = true;
          ++colons;
          q += 2;
        } else {
          ++q;
          if (!(q < s_.size() && IsHex(s_[q]))) return p;
        }
        continue;
      }
      break;
    }
    if (AlnumAt(s_, q) || colons < 3 || groups > 8 || (!compressed && groups != 8)) return p;
    Add(p, q, PiiClass::kContact);
    return q;
  }

  static bool IsHex(char c) {
    return IsDigit(static_cast<unsigned char>(c)) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
  }

  // Past a '·' or a space at q, between a plate's issuer and its digits.
  size_t OverPlateSeparator(size_t q) const {
    if (At(s_, q, "·")) return q + 2;
    return q < s_.size() && s_[q] == ' ' ? q + 1 : q;
  }

  // Since session sixty-two (red-team sets Z and AA): an electric bike's plate as a city issues
  // it, the city's two characters, a letter, a '·', a space or none, and five digits, after a
  // plate's label or before 电动 (号牌为宁波E·07315, 车牌洛阳B53027, 宁波E·07315电动自行车).
  // Not a car's plate, which Plate reads at its province, nor without either (a model's name,
  // 宝马X12345). Its end, or 0.
  [[gnu::noinline]] size_t CityPlate(size_t p) {
    if (!IsIdeograph(Decode3(s_, p - 3)) || !IsIdeograph(Decode3(s_, p - 6)) ||
        InCharList(kProvinces, CharAt(s_, p - 3))) {
      return 0;
    }
    const size_t q = OverPlateSeparator(p + 1);
    const size_t e = SkipDigits(s_, q);
    if (e - q != 5 || AlnumAt(s_, e) || !(LabelBefore(p - 6, kPlateGroup) || At(s_, e, "电动"))) {
      return 0;
    }
    Add(p - 6, e, PiiClass::kPlate);
    return e;
  }

  // An embassy plate: 使 + 6 digits (or 6 digits + 使), with a plate label before.
  void EmbassyPlate(size_t i) {
    const size_t q = OverPlateSeparator(i + 3);
    const size_t e = SkipDigits(s_, q);
    if (e - q == 6 && !AlnumAt(s_, e) && LabelBefore(i, kPlateGroup)) {
      Add(i, e, PiiClass::kPlate);
      return;
    }
    // 224001使: the digits before.
    size_t b = i;
    while (b > 0 && DigitAt(s_, b - 1)) --b;
    if (i - b == 6 && (b == 0 || !AlnumAt(s_, b - 1)) && LabelBefore(b, kPlateGroup)) {
      Add(b, i + 3, PiiClass::kPlate);
    }
  }

  // 云(2023)梁河县不动产权第0001234号: from the province and year through 号.
  void PropertyCertificate(size_t i) {
    const size_t digits = i + std::string_view("不动产权第").size();
    const size_t e = SkipDigits(s_, digits);
    if (e == digits || !At(s_, e, "号")) return;
    size_t b = i;
    // Walk back over the place (at most 8 characters) to "(YYYY)" and a province character.
    size_t k = i;
    for (int n = 0; n < 8 && k > 0; ++n) {
      const size_t prev = PrevCharStart(s_, k);
      if (s_[prev] == ')') {
        k = prev;
        break;
      }
      char32_t cp;
      DecodeUtf8(s_, prev, &cp);
      if (!IsIdeograph(cp)) break;
      k = prev;
    }
    if (k < s_.size() && s_[k] == ')' && k >= 5 && s_[k - 5] == '(' &&
        SkipDigits(s_, k - 4) == k) {
      b = k - 5;
      if (b >= 3 && InCharList(kProvinces, s_.substr(b - 3, 3))) b -= 3;
    }
    Add(b, e + 3, PiiClass::kPlate);
  }

  // A minor's age: digits or Chinese numerals, optional 周, then 岁 at i; only under 18.
  void MinorAge(size_t i) {
    size_t b = AgeNumberEnd(i);
    if (b > 0 && s_[b - 1] == ' ') --b;  // (13 岁)
    const size_t number_end = b;
    int value = -1;
    if (b > 0 && DigitAt(s_, b - 1)) {
      while (b > 0 && DigitAt(s_, b - 1)) --b;
      if (number_end - b <= 2) value = ToInt(s_.substr(b, number_end - b));
      if (b > 0 && IsAlnum(static_cast<unsigned char>(s_[b - 1]))) return;
    } else {
      while (b >= 3 && InCharList("一二三四五六七八九十两", s_.substr(b - 3, 3))) b -= 3;
      value = ChineseNumber(s_.substr(b, number_end - b));
    }
    if (value >= 0 && value < 18 && b < number_end) Add(b, i + 3, PiiClass::kMinorDetail);
  }

  // Since session fifty-two (red-team sets H and O): notes the header of a post's comments whose
  // colon is at byte `colon` (热门评论：, 网友评论：, 精选评论：, alone on their line), for
  // CommentHandle.
  [[gnu::noinline]] void CommentsHeader(size_t colon) {
    if (colon >= 9 && colon + 1 < s_.size() && s_[colon + 1] == '\n' && At(s_, colon - 6, "评论") &&
        (At(s_, colon - 9, "门") || At(s_, colon - 9, "友") || At(s_, colon - 9, "选"))) {
      comments_header_ = colon;
    }
  }
  // A commenter's handle at the start of a line of those comments (in the same block as the
  // last header the scan read), before the colon at i or before 回复 (汀江小鱼儿：…, └
  // 芳芳Fang_VN 回复@…：): an account that names its owner, as the @handles do. Not a verified
  // account's (东兴公安 V：, 长汀公安 V 回复…: a space in it), nor the police's. Called only after
  // a header was read: most texts have none.
  [[gnu::noinline]] void CommentHandle(size_t i) {
    const size_t from = i > 64 ? i - 64 : 0;
    const size_t nl = s_.substr(from, i - from).rfind('\n');
    if (nl == std::string_view::npos) return;
    const size_t line = from + nl + 1;
    if (comments_header_ >= line || line - comments_header_ > 6000 ||
        s_.substr(comments_header_, line - comments_header_).find("\n\n") !=
            std::string_view::npos) {
      return;
    }
    size_t b = line;
    while (b < i && (s_[b] == ' ' || At(s_, b, "└"))) b += s_[b] == ' ' ? 1 : 3;
    size_t e = i;
    if (const size_t reply = s_.substr(b, i - b).find(" 回复"); reply != std::string_view::npos) {
      e = b + reply;
    }
    const std::string_view handle = s_.substr(b, e - b);
    if (handle.size() < 2 || handle.find(' ') != std::string_view::npos || MentionsPolice(handle) ||
        handle.find("警") != std::string_view::npos) {
      return;
    }
    Add(b, e, PiiClass::kContact);
  }

  // Since session fifty-two (red-team sets O and P): whether the age before 岁 at i follows a
  // person's sex and a comma (（男，14岁）, 女、13岁): a person's age, a minor's where under 18
  // (MinorAge), though no party is a minor. Not an age in a law's words (已满十四周岁不满十六周岁).
  bool AgeAfterSex(size_t i) const {
    const size_t e = AgeNumberEnd(i);
    size_t b = e;
    while (b > 0 && DigitAt(s_, b - 1)) --b;
    if (b == e || e - b > 2 || b < 4) return false;
    // (Or a table's cells, apart by tabs: 岩某1	男	15岁; since session fifty-four, red-team
    // set S.)
    if (s_[b - 1] == ',' || s_[b - 1] == '\t') {
      --b;
    } else if (At(s_, b - 3, "、")) {
      b -= 3;
    } else {
      return false;
    }
    return b >= 3 && (At(s_, b - 3, "男") || At(s_, b - 3, "女"));
  }
  // Where the number of an age before 岁 at i ends (MinorAge, PersonsAge): before 周 of 周岁
  // (15周岁; since session sixty, red-team set Y: five minors' ages of 周岁 were published).
  size_t AgeNumberEnd(size_t i) const { return i >= 3 && At(s_, i - 3, "周") ? i - 3 : i; }
  // Since session fifty-three (red-team set Q): or the age opens a bracket after a person's
  // word (学生小某（11岁）, 玉某3（13岁，…）), or follows 今年 (儿子施某2，今年10岁) or an age's
  // label (年龄：14岁).
  bool PersonsAge(size_t i) const {
    if (AgeAfterSex(i)) return true;
    const size_t e = AgeNumberEnd(i);
    size_t b = e;
    while (b > 0 && DigitAt(s_, b - 1)) --b;
    // (Or in Chinese numerals after 今年 or a pronoun: 他今年九岁.)
    const bool numerals = b == e;
    while (numerals && b >= 3 && e - b < 9 &&
           InCharList("一二三四五六七八九十", s_.substr(b - 3, 3))) {
      b -= 3;
    }
    // (Not a bound: 12岁以下儿童, 14至16岁.)
    if (b == e || (!numerals && e - b > 2) || b < 4 || At(s_, i + 3, "以") || At(s_, i + 3, "至")) {
      return false;
    }
    // (Or after a pronoun, or between commas after a name: 他9岁，, 孙女应雨桐，10岁，; since
    // session fifty-three, red-team set R.)
    // (Or after 自己: 他说自己14岁; since session fifty-four, red-team set S.)
    // (Or after 现年 时年 案发时, in digits: 现年15周岁, 案发时15周岁; since session sixty,
    // red-team set Y.)
    // (And over an adverb or two between: 今年才15岁, 他刚满十四岁; since session sixty-one,
    // red-team set Z.)
    size_t a = b;
    for (int k = 0; k < 2 && a >= 6 && InCharList("才刚已经只都也满还", s_.substr(a - 3, 3)); ++k)
      a -= 3;
    if (At(s_, a - 3, "他") || At(s_, a - 3, "她") ||
        (a >= 6 && (At(s_, a - 6, "今年") || At(s_, a - 6, "自己"))) ||
        (!numerals && b >= 6 &&
         (At(s_, b - 6, "现年") || At(s_, b - 6, "时年") || At(s_, b - 6, "发时")))) {
      return true;
    }
    // (Or an adverb after a comma or a name: 她家小子秦小龙，才9周岁, 你家周子轩才7岁; since
    // session sixty-two, red-team set AA. Not the law's bound, 刘子墨已满十四周岁.)
    // (Or an adverb after a child's word: 那孩子才15岁; since session sixty-three, red-team set
    // AB.)
    if (a < b && (s_[a - 1] == ',' || NameEndsAt(a) || ChildWordEndsAt(a)) &&
        s_.substr(a, b - a).find("已") == std::string_view::npos && s_.substr(a, b - a) != "满") {
      return true;
    }
    // (Or after a birth date and a comma: （[出生日期]出生，7岁）; since session sixty.)
    if (!numerals && s_[b - 1] == ',' && b >= 7 && At(s_, b - 7, "出生")) return true;
    // (Or after a comma after a name masked, before any end: 乙方之女龚某3，15岁。）; since session
    // fifty-nine, red-team set X.)
    // (Or after a name found: 之女龚小雨，15岁。)
    if (!numerals && s_[b - 1] == ',' && NameEndsAt(b - 1)) return true;
    // (In Chinese numerals too since session fifty-five, red-team set T: 我儿子特某，十六岁，.)
    // (Not an animal's: 一匹枣红色儿马，五岁，.)
    if (s_[b - 1] == ',' && i + 3 < s_.size() && s_[i + 3] == ',') {
      return b < 4 || !InCharList("马牛羊狗猫驴骡猪", s_.substr(b - 4, 3));
    }
    if (numerals) return false;
    if (s_[b - 1] == '(') {
      size_t w = b - 1;
      while (w > 3 && DigitAt(s_, w - 1)) --w;  // (玉某3（13岁）)
      return w < b - 1 ? At(s_, w - 3, "某") : IsIdeograph(Decode3(s_, w - 3));
    }
    // (Or a table's cell after 年龄: 年龄｜7周岁; since session sixty-three, red-team set AB.)
    return (s_[b - 1] == ':' || s_[b - 1] == '|') && b >= 7 && At(s_, b - 7, "年龄");
  }

  // Whether a word for a child ends at byte e (孩子, 孙女, 闺女, 小孩).
  bool ChildWordEndsAt(size_t e) const {
    static constexpr std::array<std::string_view, 7> kChildWords = {"孩子", "孙子", "孙女", "女儿",
                                                                    "儿子", "小孩", "闺女"};
    return e >= 6 && std::any_of(kChildWords.begin(), kChildWords.end(),
                                 [&](std::string_view w) { return At(s_, e - 6, w); });
  }

  // Whether a name masked or found (among the last four) ends at byte e.
  bool NameEndsAt(size_t e) const {
    if (MaskedNameEndsAt(s_, e)) return true;
    const auto& found = out_->candidates;
    for (size_t k = found.size(); k > 0 && k + 4 > found.size(); --k) {
      if (found[k - 1].end == e && found[k - 1].cls == PiiClass::kPersonName) return true;
    }
    return false;
  }

  // 十五 → 15, 七 → 7, 十 → 10; -1 if not a number below 100.
  static int ChineseNumber(std::string_view s) {
    static constexpr std::string_view kDigits = "一二三四五六七八九";
    if (s.empty() || s.size() % 3 != 0 || s.size() > 9) return -1;
    auto digit = [](std::string_view ch) {
      if (ch == "两") return 2;
      const size_t at = kDigits.find(ch);
      return at == std::string_view::npos || at % 3 != 0 ? -1 : static_cast<int>(at / 3) + 1;
    };
    const size_t ten = s.find("十");
    if (ten == std::string_view::npos) return s.size() == 3 ? digit(s) : -1;
    const int tens = ten == 0 ? 1 : (ten == 3 ? digit(s.substr(0, 3)) : -1);
    const std::string_view rest = s.substr(ten + 3);
    const int ones = rest.empty() ? 0 : (rest.size() == 3 ? digit(rest) : -1);
    return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
  }

  // Since session fifty (red-team set M): whether the school's name ending at the character at
  // i (…中学, …小学, …学校) is a minor's though no party is one: a grade follows it (初一 … 高三,
  // 五年级: 营根中学初一（4）班, 中心学校初三学生) or an age under 18 comes before it in its
  // clause (（１６岁，涞水县第一中学高一学生）, （17岁，廉江中学学生）).
  bool PupilsSchoolAt(size_t i, char32_t cp) const {
    if (cp == U'园' || i < 3 ||
        !(cp == U'学' ? At(s_, i - 3, "中") || At(s_, i - 3, "小") : At(s_, i - 3, "学"))) {
      return false;
    }
    // (Past 读 only with a class after it: 友谊路小学读五年级 names a school a reader may know.)
    if (GradeEnd(i + 3) != 0 && (!At(s_, i + 3, "读") || ClassEnd(i + 3) != i + 3)) return true;
    const size_t from = i > 45 ? i - 45 : 0;
    const std::string_view before = s_.substr(from, i - from);
    // (After 就读 in its clause: 均就读于歙县徽城第二中学; since session fifty-two, red-team set
    // O.)
    if (const size_t study = before.rfind("就读");
        study != std::string_view::npos &&
        before.find_first_of(",.;", study) == std::string_view::npos &&
        before.find("。", study) == std::string_view::npos) {
      return true;
    }
    const size_t age = before.rfind("岁");
    if (age == std::string_view::npos || before.find("。", age) != std::string_view::npos) {
      return false;
    }
    size_t b = from + age;
    if (b >= from + 3 && At(s_, b - 3, "周")) b -= 3;  // (16周岁)
    const size_t number_end = b;
    while (b > from && DigitAt(s_, b - 1)) --b;
    return number_end - b >= 1 && number_end - b <= 2 && ToInt(s_.substr(b, number_end - b)) < 18;
  }

  // A school's name ending at the character at i: …中学, …小学, …学校, …幼儿园.
  void School(size_t i, char32_t cp) {
    size_t suffix = i;
    if (cp == U'学') {
      if (i < 3 || (s_.substr(i - 3, 3) != "中" && s_.substr(i - 3, 3) != "小")) return;
      if (At(s_, i + 3, "生")) return;  // 中学生: a pupil, not a school
      suffix = i - 3;
    } else if (cp == U'校') {
      if (i < 3 || s_.substr(i - 3, 3) != "学") return;
      suffix = i - 3;
    } else {
      if (i < 6 || s_.substr(i - 6, 6) != "幼儿") return;
      suffix = i - 6;
    }
    size_t b = suffix;
    for (int k = 0; k < 8 && b > 0; ++k) {
      const size_t prev = PrevCharStart(s_, b);
      char32_t c;
      DecodeUtf8(s_, prev, &c);
      const bool numeral = prev + 1 == b && IsDigit(static_cast<unsigned char>(s_[prev]));
      if ((!IsIdeograph(c) && !numeral) || InCharList(kSchoolStops, s_.substr(prev, b - prev))) {
        break;
      }
      b = prev;
    }
    // A town's or a township's school (龙潭镇中学, 板桥乡小学; since session fifty-two, red-team
    // set P): the division's name with it, two to four ideographs before 镇 or 乡.
    if (b == suffix && b >= 9 && (At(s_, b - 3, "镇") || At(s_, b - 3, "乡"))) {
      size_t town = b - 3;
      for (int k = 0; k < 4 && town >= 3; ++k) {
        const char32_t c = Decode3(s_, town - 3);
        if (!IsIdeograph(c) || InCharList(kSchoolStops, s_.substr(town - 3, 3))) break;
        town -= 3;
      }
      if (town + 9 <= b) b = town;
    }
    // (And a county's, 凌云县中学, since session fifty-three, red-team set Q.)
    if (b == suffix && b >= 9 && At(s_, b - 3, "县") && cp == U'学') {
      size_t county = b - 3;
      for (int k = 0; k < 3 && county >= 3; ++k) {
        const char32_t c = Decode3(s_, county - 3);
        if (!IsIdeograph(c) || InCharList(kSchoolStops, s_.substr(county - 3, 3))) break;
        county -= 3;
      }
      if (county + 6 <= b - 3) b = county;
    }
    // Since session fifty-three (red-team set Q): the pupil's class after the school's name
    // goes with it (太平川镇中心小学四年级二班, 凌云县中学高二（5）班), and after a school named
    // 某 already alone (岳麓区某小学五年级（3）班).
    const size_t end = ClassEnd(i + 3);
    // (Not a school named 某 already: 青崖县某中学; since session fifty.)
    if (b < suffix && s_.substr(b, suffix - b).find("某") == std::string_view::npos) {
      Add(b, end, PiiClass::kMinorDetail);
    } else if (end > i + 3) {
      Add(i + 3, end, PiiClass::kMinorDetail);
    }
  }

  // The end of a pupil's grade at byte e (初一 … 高三, 一年级 … 九年级), past a 读 before it
  // (第一中学读高二; since session fifty-five, red-team set T), or 0.
  size_t GradeEnd(size_t e) const {
    if (At(s_, e, "读")) e += 3;
    if ((At(s_, e, "初") || At(s_, e, "高")) && InCharList("一二三", s_.substr(e + 3, 3))) {
      return e + 6;
    }
    if (InCharList("一二三四五六七八九", s_.substr(e, 3)) && At(s_, e + 3, "年级")) return e + 9;
    return 0;
  }

  // The end of a pupil's grade and class at byte e (初一（2）班, 高二5班, 四年级二班, 八年级（3）
  // 班), or e where there is none (a grade alone stays: 高一学生).
  size_t ClassEnd(size_t e) const {
    size_t k = GradeEnd(e);
    if (k == 0) return e;
    const bool bracket = k < s_.size() && s_[k] == '(';
    size_t c = k + (bracket ? 1 : 0);
    const size_t from = c;
    for (int n = 0; n < 2; ++n) {
      if (DigitAt(s_, c)) {
        ++c;
      } else if (InCharList("一二三四五六七八九十", s_.substr(c, 3))) {
        c += 3;
      }
    }
    if (c == from || (bracket && (c >= s_.size() || s_[c++] != ')'))) return e;
    return At(s_, c, "班") ? c + 3 : e;
  }

  // Since session fifty-five (red-team set T): a pupil's grade and class that end with the 班 at
  // i, wherever the school is named (巴普镇中心校六年级（1）班, 中心完小六年级（3）班): a
  // minor's. Not a class without a grade (一班, 三（2）班 of a roll call), nor a shift (上班).
  void ClassBefore(size_t i) {
    // (Most 班 end no class's number, 上班, 值班: that first.)
    if (i == 0 || !(s_[i - 1] == ')' || DigitAt(s_, i - 1) ||
                    (i >= 3 && InCharList("一二三四五六七八九十", s_.substr(i - 3, 3))))) {
      return;
    }
    // (Read forward by ClassEnd from where the grade may start: 九年级（十二）班, the longest,
    // starts 17 bytes before 班. Not from 读, which ClassEnd passes.)
    for (size_t b = i > 17 ? i - 17 : 0; b + 6 <= i; ++b) {
      if (!At(s_, b, "读") && ClassEnd(b) == i + 3) {
        Add(b, i + 3, PiiClass::kMinorDetail);
        return;
      }
    }
  }

  // A house number after a space or a 第 at k.
  [[gnu::noinline]] bool MarkedHouseNumberAt(size_t k) const {
    return (k < s_.size() && s_[k] == ' ' && HouseNumberAt(s_, k + 1)) ||
           (At(s_, k, "第") && HouseNumberAt(s_, k + 3));
  }
  void HouseAddress(size_t i) {
    // A number (digits, a letter, 一二三…) must follow the suffix (one or two characters).
    // (Or after a space, 姐告路 18 号, or a 第, 小区第5栋: E7 leads 第; tested by their first
    // bytes first, since most place suffixes have no number after them.)
    if (!HouseNumberAt(s_, i + 3) && !HouseNumberAt(s_, i + 6)) {
      const auto* const p = reinterpret_cast<const unsigned char*>(s_.data());
      const size_t n = s_.size();
      auto marked = [&](size_t k) { return k < n && (p[k] == ' ' || p[k] == 0xE7); };
      // (Or a village's named group: 查冲村河西组17号, MatchNamedGroup.)
      // (A digit where such a number may start, first: most villages have none.)
      auto digit = [&](size_t k) { return k < n && IsDigit(p[k]); };
      const bool named_group =
          Decode3(s_, i) == U'村' &&
          (digit(i + 9) || digit(i + 12) || digit(i + 15) || digit(i + 18) || digit(i + 21)) &&
          NamedGroupNumberAt(s_, i) != 0;
      if (!named_group && !RoadSideNumberAt(s_, i)) {
        if (!marked(i + 3) && !marked(i + 6)) return;
        if (!MarkedHouseNumberAt(i + 3) && !MarkedHouseNumberAt(i + 6)) return;
      }
    }
    Range r;
    // (The scan's only, as a village's named group: a road's side, RoadSideNumberAt.)
    if (!MatchHouseAddress(s_, i, &r, Spaces::kReadPast) &&
        !(Decode3(s_, i) == U'村' && MatchNamedGroup(s_, i, &r)) && !MatchRoadSide(s_, i, &r)) {
      return;
    }
    if (OrganizationAddressAt(r.begin) || PoliceUnitAfter(r.end)) {
      Protect(r.begin, r.end);  // (a listed person's address there is still masked)
    } else {
      Add(r.begin, r.end, PiiClass::kAddress);
    }
  }

  // Whether a police unit's name follows an address chunk that ends at e, as a letter's address
  // is written (举报信箱：上海市浦东新区合欢路2号浦东分局户政科; since session forty-seven,
  // red-team set K): up to four ideographs, then 分局, 公安局, 派出所 or 大队.
  bool PoliceUnitAfter(size_t e) const {
    static constexpr std::array<std::string_view, 4> kUnits = {"分局", "公安局", "派出所", "大队"};
    // (Most chunks end at punctuation: the first character first.)
    if (e + 9 > s_.size() || static_cast<unsigned char>(s_[e]) < 0xE4 ||
        !IsIdeograph(Decode3(s_, e))) {
      return false;
    }
    for (size_t k = e + 3; k <= e + 12 && k + 6 <= s_.size(); k += 3) {
      if (std::any_of(kUnits.begin(), kUnits.end(),
                      [&](std::string_view w) { return At(s_, k, w); })) {
        return true;
      }
      if (!IsIdeograph(Decode3(s_, k))) return false;
    }
    return false;
  }

  // Whether the address chunk at b is an organization's own (kept, as 双公示 publishes it): its
  // name ends right before, but for a bracket, a label of its address and the divisions of its
  // city or county (某某公司（住所：瑞丽市姐告路88号）, 瑞丽市公安局（瑞丽市姐告路1号）, …分局，
  // 地址：姐告路1号). Not after 住 (张某（住…）: a person's).
  [[gnu::noinline]] bool OrganizationAddressAt(size_t b) const {
    // (The labels of kUnitAddressLabels first: 认领地址 before 地址.)
    static constexpr std::array<std::string_view, 16> kLabels = {
        "认领地址", "领取地址", "接待地址", "受理地址", "查询地址", "咨询地址", "所址",   "住所地",
        "住所",     "注册地址", "经营地址", "经营场所", "办公地址", "地址",     "注册地", "地处"};
    static_assert(kLabels[kUnitAddressLabels.size() - 1] == kUnitAddressLabels.back());
    // (心 since session forty-two: 反诈中心（如城街道海阳南路288号）.)
    static constexpr std::string_view kOrganizationEnds = "司局所队厂店社院行站馆部处会校委心";
    static constexpr std::string_view kDivisionEnds = "省市州县区镇乡";
    auto ends_with = [&](size_t e, std::string_view w) {
      return e >= w.size() && s_.substr(e - w.size(), w.size()) == w;
    };
    auto label_before = [&](size_t e) -> size_t {
      for (const std::string_view w : kLabels) {
        if (ends_with(e, w)) return e - w.size();
      }
      return std::string_view::npos;
    };
    auto one_of_before = [&](size_t e, std::string_view chars) {
      return e >= 3 && chars.find(s_.substr(e - 3, 3)) % 3 == 0 &&
             chars.find(s_.substr(e - 3, 3)) != std::string_view::npos;
    };
    // First, cheaply: a bracket, a colon or a comma (folded: ASCII) within 24 characters before
    // (13 until session forty-six: 单位地址：昆明市官渡区经开区洛羊街道信息产业基地林溪路196号, set
    // K), and no 住 between but 住所's (most chunks follow 住 or 住址 and a county's divisions).
    {
      const size_t lo = b > 72 ? b - 72 : 0;
      size_t k = b;
      while (k > lo && static_cast<unsigned char>(s_[k - 1]) >= 0x80) {
        k -= k >= lo + 3 && static_cast<unsigned char>(s_[k - 3]) >= 0xE0 ? 3 : 1;
      }
      if (k == 0 || (s_[k - 1] != '(' && s_[k - 1] != ':' && s_[k - 1] != ',')) return false;
      for (size_t at = s_.substr(k, b - k).find("住"); at != std::string_view::npos;
           at = s_.substr(k, b - k).find("住", at + 3)) {
        if (!At(s_, k + at + 3, "所")) return false;
      }
      // An organization's form (since session thirty-nine, a red-team round's decisions on
      // companies): 单位地址, or a label that starts a line after a credit code's line, in one
      // paragraph (被处罚单位：…有限公司⏎统一社会信用代码：…⏎住所：咸丰县…88号).
      // (A label right after a unit's credit code and its comma, whatever the divisions after
      // it: （统一社会信用代码…，注册地址霍尔果斯市亚欧路西侧商贸城B区6号）; since session
      // forty-two.)
      if (s_[k - 1] == ',' && CreditCodeEndsAt(k - 1) &&
          std::any_of(kLabels.begin(), kLabels.end(),
                      [&](std::string_view w) { return At(s_, k, w); })) {
        return true;
      }
      if (s_[k - 1] == ':') {
        if (const size_t label = label_before(k - 1); label != std::string_view::npos) {
          if (ends_with(label, "单位") || UnitsAddressLabel(label, k - 1)) return true;
          // (Right after a unit's credit code and its comma: …信用代码91210213MA0UBC3R6C，住所：
          // 大连市金州区大连经济技术开发区淮河中路66号; since session fifty-two, red-team set P.)
          if (label > 0 && s_[label - 1] == ',' && CreditCodeEndsAt(label - 1)) return true;
          // (At a line's start: not a legal representative's home on the line after, 法定代表人：
          // 覃世荣，男，…，住所：….)
          const size_t from = label > 240 ? label - 240 : 0;
          if (const size_t code = s_.substr(from, label - from).rfind("信用代码");
              label > 0 && s_[label - 1] == '\n' && code != std::string_view::npos &&
              s_.substr(from + code, label - from - code).find("\n\n") == std::string_view::npos &&
              !SoleTraderCodeAfter(from + code + 12)) {
            return true;
          }
        }
      }
    }
    // The divisions (瑞丽市, 云南省德宏州瑞丽市): ideographs back to a label, a bracket, a colon or
    // a comma, the last of them a division's.
    size_t k = b;
    for (int chars = 0;; ++chars) {
      if (k == 0) return false;
      if (const char c = s_[k - 1]; c == '(' || c == ':' || c == ',') break;
      if (k < 3) return false;
      const char32_t cp = Decode3(s_, k - 3);
      if (cp == U'（' || cp == U'：') break;
      if ((cp == U'地' || cp == U'所' || cp == U'址' || cp == U'处') &&
          label_before(k) != std::string_view::npos) {
        break;
      }
      if (chars == 12 || !IsIdeograph(cp) || cp == U'住') return false;
      k -= 3;
    }
    if (k != b && !one_of_before(b, kDivisionEnds) && !ends_with(b, "街道")) return false;
    size_t label_end = k;  // where the label ends, if there is one
    if (ends_with(k, "：") || ends_with(k, ":")) {
      k -= ends_with(k, ":") ? 1 : 3;
      label_end = k;
      if (k = label_before(k); k == std::string_view::npos) return false;
    } else if (const size_t label = label_before(k); label != std::string_view::npos) {
      k = label;
    }
    if (k != label_end && UnitsAddressLabel(k, label_end)) return true;
    if (ends_with(k, "（") || ends_with(k, "(") || ends_with(k, ","))
      k -= ends_with(k, "（") ? 3 : 1;
    // (Or after a unit's credit code: （统一社会信用代码91630102439116827G，注册地址西宁市…;
    // since session forty-two.) (Not a home, 住处: 接回其住处（…11栋402室）; since session
    // sixty-two, red-team set AA.)
    return (one_of_before(k, kOrganizationEnds) && !(k >= 6 && At(s_, k - 6, "住处"))) ||
           CreditCodeEndsAt(k);
  }

  // Whether the credit code after a label ending at byte at (信用代码：92…) is a 个体工商户's, a
  // person's by policy §3: its address is no unit's (since session sixty-seven, red-team set AE:
  // 统一社会信用代码：92330881MA2E7PN4WC⏎…⏎经营地址：江山市廿八都镇枫溪街118号).
  bool SoleTraderCodeAfter(size_t at) const {
    while (at < s_.size() && (s_[at] == ':' || s_[at] == ' ')) ++at;
    return s_.compare(at, 2, "92") == 0;
  }

  // Whether a unified social credit code (18 letters and digits) ends at byte e, after its label
  // (代码, 代码：), and is no 个体工商户's (92…).
  bool CreditCodeEndsAt(size_t e) const {
    size_t k = e;
    while (k > 0 && k + 18 > e && IsAlnum(static_cast<unsigned char>(s_[k - 1]))) --k;
    if (e - k != 18 || (k > 0 && IsAlnum(static_cast<unsigned char>(s_[k - 1])))) return false;
    if (s_.compare(k, 2, "92") == 0) return false;  // a 个体工商户's: a person's (policy §3)
    while (k > 0 && (s_[k - 1] == ':' || s_[k - 1] == ' ')) --k;
    return k >= 6 && s_.compare(k - 6, 6, "代码") == 0;
  }

  // Since session forty-two (red-team sets E and F): whether the address label [label,
  // label_end) (kLabels) says a unit's address follows. A label that sends the public to a unit
  // (认领地址, 查询地址: kUnitAddressLabels); any label on a line whose first field names a police
  // unit (高笋塘派出所地址：, （莲下派出所地址：, 勐梭派出所电话：…，地址：); or 地址 (联系地址) at
  // a line's start on a contact's lines that name the police
  // (联系人：…民警冯宇⏎联系电话：…⏎地址：), or before a line that is a police unit's name alone
  // (地址：迁安市永顺街3号⏎迁安市公安局).
  bool UnitsAddressLabel(size_t label, size_t label_end) const {
    if (SignatureContactLine(label) || InPoliceUnitBracket(label)) return true;
    const std::string_view word = s_.substr(label, label_end - label);
    if (std::find(kUnitAddressLabels.begin(), kUnitAddressLabels.end(), word) !=
        kUnitAddressLabels.end()) {
      return true;
    }
    if (PoliceUnitLine(label_end)) return true;
    if (word != "地址") return false;
    const size_t start = label >= 6 && s_.compare(label - 6, 6, "联系") == 0 ? label - 6 : label;
    if (start > 0 && s_[start - 1] != '\n') return false;
    if (PoliceContactLinesBefore(start)) return true;
    // (Or after or before a line that is a police unit's name alone: …登峰派出所⏎地址：…,
    // 地址：迁安市永顺街3号⏎迁安市公安局.)
    auto unit_name = [](std::string_view line) {
      if (line.ends_with("(印)")) line.remove_suffix(5);
      return line.size() <= 72 && line.find(',') == std::string_view::npos &&
             EndsWithPoliceUnit(line);
    };
    if (start >= 2) {
      const size_t prev = s_.rfind('\n', start - 2);
      const size_t from = prev == std::string_view::npos ? 0 : prev + 1;
      if (unit_name(s_.substr(from, start - 1 - from))) return true;
    }
    const size_t line_end = s_.find('\n', label_end);
    if (line_end == std::string_view::npos) return false;
    const size_t next_end = std::min(s_.find('\n', line_end + 1), s_.size());
    return unit_name(s_.substr(line_end + 1, next_end - line_end - 1));
  }

  // Whether the first field of the line that holds byte `at` (its text up to its first colon, at
  // or before `at`, past a bracket that opens it), or the field of the clause before `at` (from
  // a comma, a bracket, a semicolon or a space to the last colon), is a police unit's address
  // or line, or a label of kUnitAddressLabels: the line is a unit's (高笋塘派出所地址：…号　联系
  // 电话：…, 火灾报警电话119，大队地址：…，电话…).
  bool PoliceUnitLine(size_t at) const {
    const size_t nl = at == 0 ? std::string_view::npos : s_.rfind('\n', at - 1);
    const size_t line = nl == std::string_view::npos ? 0 : nl + 1;
    auto unit_field = [&](size_t from, size_t colon) {
      if (colon < from || colon - from > 48) return false;
      const std::string_view field = s_.substr(from, colon - from);
      // (A unit's address or line: not 迁出地派出所意见：…，电话….)
      if (!(field.ends_with("地址") || field.ends_with("电话") || field.ends_with("所址"))) {
        return false;
      }
      return HasPoliceUnit(field) ||
             std::any_of(kUnitAddressLabels.begin(), kUnitAddressLabels.end(),
                         [&](std::string_view w) { return field.ends_with(w); });
    };
    const size_t first = line < s_.size() && s_[line] == '(' ? line + 1 : line;
    const size_t colon = s_.find(':', first);
    if (colon == std::string_view::npos || colon > at) return false;
    if (unit_field(first, colon)) return true;
    const size_t last = s_.rfind(':', at);
    if (last == colon) return false;
    size_t from = last;
    while (from > line && s_[from - 1] != ',' && s_[from - 1] != '(' && s_[from - 1] != ';' &&
           s_[from - 1] != ' ') {
      --from;
    }
    return unit_field(from, last);
  }

  // Since session forty-eight (red-team set L): whether the bracket at byte i holds six digits
  // alone, a badge number, on a line whose field before a colon is an officer's
  // (处警民警：段昌平（053305）、周涛（053288）).
  bool BareBadgeInOfficersLine(size_t i) const {
    size_t e = i + 1;
    while (e < s_.size() && IsDigit(static_cast<unsigned char>(s_[e]))) ++e;
    if (e != i + 7 || e >= s_.size() || s_[e] != ')') return false;
    const size_t from = i > 240 ? i - 240 : 0;
    const size_t line = s_.substr(from, i - from).rfind('\n');
    const size_t colon =
        s_.substr(0, i).find(':', line == std::string_view::npos ? from : from + line);
    return colon != std::string_view::npos && OfficerFieldEndsAt(s_, colon);
  }

  // Since session forty-three (red-team set G): whether the line that holds byte `at` is a
  // bracketed contact line after a police unit's signature, its name on one line and the date
  // on the next (利川市公安局⏎2025年7月22日⏎（联系人：李明军　电话：…　地址：…）, （承办：…）):
  // the unit's contact, its officer, its line and its address.
  bool SignatureContactLine(size_t at) const {
    constexpr size_t npos = std::string_view::npos;
    if (at == 0 || at > s_.size()) return false;
    // The newline before byte `at` within `width` bytes (the lines read are short: not looked
    // for further back on a long line).
    auto newline_before = [&](size_t at, size_t width) {
      const size_t from = at > width ? at - width : 0;
      const size_t found = s_.substr(from, at - from).rfind('\n');
      return found == npos ? npos : from + found;
    };
    const size_t nl = newline_before(at, 240);
    if (nl == npos || nl < 2 || nl + 1 >= s_.size() || s_[nl + 1] != '(') return false;
    const size_t date_nl = newline_before(nl, 48);
    if (date_nl == npos || date_nl < 2) return false;
    auto trimmed = [&](size_t from, size_t to) {
      while (to > from && (s_[to - 1] == ' ' || s_[to - 1] == '\r')) --to;
      while (from < to && s_[from] == ' ') ++from;
      return s_.substr(from, to - from);
    };
    const std::string_view date = trimmed(date_nl + 1, nl);
    if (date.size() < 12 || date.size() > 40 || !date.ends_with("日") || date.find("年") == npos ||
        date.find("月") == npos) {
      return false;
    }
    const size_t unit_nl = newline_before(date_nl, 80);
    if (unit_nl == npos && date_nl > 80) return false;
    const std::string_view unit = trimmed(unit_nl == npos ? 0 : unit_nl + 1, date_nl);
    return unit.size() <= 72 && unit.find(',') == npos && EndsWithPoliceUnit(unit);
  }

  // The names on a unit's contact line after its signature (SignatureContactLine; the line's
  // text from byte `from`), as officers': each value of two to four ideographs after a colon or
  // a space (（联系人：李明军　电话：…）, （承办：三元里派出所　罗家明（警号…）…）).
  // (Not after a party's or a family's label on such a line: （附：被处罚人收到本决定书后签名：
  // 仝建平；在场家属：郗美玲）; since session fifty-two, red-team set P.)
  // (`approval`: the line of a leader's or a reviewer's opinion (ApprovalLineAt), where 签名 is
  // the officer's.)
  void SignatureOfficers(size_t from, bool approval = false) {
    const size_t end = std::min(s_.find('\n', from), s_.size());
    auto party_label = [&](size_t colon) {
      size_t b = colon;
      while (b > from && s_[b - 1] != ':' && s_[b - 1] != ';' && s_[b - 1] != ',' &&
             s_[b - 1] != ' ' && s_[b - 1] != '(') {
        --b;
      }
      const std::string_view label = s_.substr(b, colon - b);
      if (approval) return label != "签名" && label != "签字";
      for (const std::string_view word :
           {"家属", "签名", "签字", "签收", "被", "当事", "申请", "受害", "见证"}) {
        if (label.find(word) != std::string_view::npos) return true;
      }
      return false;
    };
    for (size_t k = from; k < end; ++k) {
      if (s_[k] != ':' && s_[k] != ' ') continue;
      if (s_[k] == ':' && party_label(k)) continue;
      size_t e = k + 1;
      while (e < end && e < k + 13 && IsIdeograph(Decode3(s_, e))) e += 3;
      // (Not one a bracket follows, but a badge's: 联系人：张三（失踪者之父） is a family's.)
      if (e >= k + 7 && (e == end || s_[e] == ' ' || s_[e] == ')' || s_[e] == ',' ||
                         (s_[e] == '(' && At(s_, e + 1, "警号")))) {
        if (!EndsWithPoliceUnit(s_.substr(k + 1, e - k - 1))) out_->officers.push_back({k + 1, e});
      }
    }
  }

  // Since session fifty-four (red-team set S): whether the colon at byte i ends the label that
  // opens a line of a leader's or a reviewer's opinion on a police form (所领导意见：,
  // 分局领导批示：, 法制部门审核意见：): its signers are officers (SignatureOfficers).
  bool ApprovalLineAt(size_t i) const {
    if (i < 6 || !(At(s_, i - 6, "意见") || At(s_, i - 6, "批示"))) return false;
    const size_t nl = s_.rfind('\n', i);
    const size_t b = nl == std::string_view::npos ? 0 : nl + 1;
    if (i - b > 30) return false;
    const std::string_view label = s_.substr(b, i - b);
    // (Not a party's opinion of the decision: 被处罚人对审批意见：…　签名：….)
    for (const std::string_view party : {"被", "当事", "申请", "家属"}) {
      if (label.find(party) != std::string_view::npos) return false;
    }
    return label.find("领导") != std::string_view::npos ||
           label.find("审核") != std::string_view::npos ||
           label.find("审批") != std::string_view::npos;
  }

  // Since session forty-three (red-team set G): whether byte `at` is inside a bracket on its
  // line that opens right after a police unit's name (吉首市公安局经侦大队（地址：…，电话…）), or
  // after its window's or hall's in a clause that names the unit (…福田大队违法处理窗口（地址：
  // …，电话…）): the unit's address and line. (Not after a person's name: 民警联系了张某（电话…）.)
  bool InPoliceUnitBracket(size_t at) const {
    if (at == 0 || at > s_.size()) return false;
    // (The bracket opens within 160 bytes before, on the same line; the unit's name is read
    // within 96 bytes before it.)
    size_t open = at;
    while (open > 0 && at - open < 160 && s_[open - 1] != '(' && s_[open - 1] != ')' &&
           s_[open - 1] != '\n') {
      --open;
    }
    if (open < 7 || s_[open - 1] != '(') return false;
    --open;
    size_t line = open;
    while (line > 0 && open - line < 96 && s_[line - 1] != '\n') --line;
    const std::string_view before = s_.substr(line, open - line);
    if (EndsWithPoliceUnit(before)) return true;
    if (!before.ends_with("窗口") && !before.ends_with("大厅")) return false;
    const size_t clause = before.find_last_of(",;");
    return HasPoliceUnit(before.substr(clause == std::string_view::npos ? 0 : clause + 1));
  }

  // Since session fifty-three (red-team set Q): a public body's line in a bracket right after
  // the body's name, its label first in the bracket (函告该镇综治中心（电话0932-…）), or 办公电话
  // after the name of the body's office and its address (塘下镇人民政府（…康复工作办公室，地址：
  // …综合楼一楼，办公电话：0577-…）). Not a person's in a bracket after one (（张三，电话…）: the
  // label is not first, and 张三 is no office).
  bool PublicBodyBracket(size_t b) const {
    size_t label = PhoneLabelStart(b, kUnitPhoneWords);
    // (Or the line alone in the bracket: 指挥中心（0576-86192110）, 交警大队值班室（0859-…）.)
    if (label == std::string_view::npos && b > 0 && s_[b - 1] == '(') label = b;
    if (label == std::string_view::npos) return false;
    const bool office = label >= 6 && s_.substr(label - 6, 6) == "办公";
    if (office) label -= 6;
    size_t open = label;
    while (open > 0 && label - open < 240 && s_[open - 1] != '(' && s_[open - 1] != ')' &&
           s_[open - 1] != '\n') {
      --open;
    }
    if (open < 7 || s_[open - 1] != '(') return false;
    auto body_ends = [](std::string_view text) {
      for (const std::string_view body :
           {"政府", "中心", "司法所", "委员会", "委会", "办公室", "值班室"}) {
        if (text.ends_with(body)) return true;
      }
      return false;
    };
    const std::string_view body =
        s_.substr(open - 1 - std::min<size_t>(open - 1, 18), std::min<size_t>(open - 1, 18));
    if (!body_ends(body)) return false;
    // (Without a label, a centre only of the police or the government's: not 住购物中心（…）.)
    if (label == b && body.ends_with("中心")) {
      return body.ends_with("指挥中心") || body.ends_with("综治中心") || body.ends_with("反诈中心");
    }
    if (open == label) return true;
    const std::string_view inside = s_.substr(open, label - open);
    return office && inside.ends_with(",") && body_ends(inside.substr(0, inside.find(',')));
  }

  // The two lines before the line that starts at byte `line` (line >= 2).
  std::string_view TwoLinesBefore(size_t line) const {
    const size_t prev = s_.rfind('\n', line - 2);
    const size_t before = prev == std::string_view::npos || prev < 2 ? std::string_view::npos
                                                                     : s_.rfind('\n', prev - 1);
    const size_t from = before == std::string_view::npos ? 0 : before + 1;
    return s_.substr(from, line - from);
  }

  // Whether one of the two lines before the line that starts at byte `line` is a contact's
  // field (联系人：, 联系电话：, 举报电话：) and the two name a police unit or an officer.
  bool PoliceContactLinesBefore(size_t line) const {
    if (line < 2) return false;
    const std::string_view lines = TwoLinesBefore(line);
    const bool contact = lines.find("联系人") != std::string_view::npos ||
                         lines.find("电话") != std::string_view::npos;
    return contact && MentionsPolice(lines);
  }

 public:
  [[gnu::always_inline]] static bool HouseNumberAt(std::string_view s, size_t k) {
    if (k >= s.size()) return false;
    if (IsAlnum(static_cast<unsigned char>(s[k]))) return true;
    switch (Decode3(s, k)) {
      case U'一': case U'二': case U'三': case U'四': case U'五': case U'六': case U'七':
      case U'八': case U'九': case U'十': case U'百': case U'零': case U'〇': case U'两':
        return true;
      default:
        return false;
    }
  }

  // Whether the house-level rules read past a space between numbers and units and a 第 before a
  // number (the scan of a text), or stop there (a listed address's details, FindAddressDetails,
  // which must find the chunks HouseAddressAt finds).
  enum class Spaces { kStop, kReadPast };

  // A building's number and more house-level numbers after it, with no place named before
  // (张某家（3栋2单元501室）, 二栋一五零二, A座1502室): 栋, 幢 or 座 at i. The place's rule
  // (MatchHouseAddress) takes those after a place.
  // `unit`: the unit word's length at i (号楼: 6).
  void Building(size_t i, size_t unit = 3) {
    if (!HouseNumberAt(s_, i + unit) &&
        !(At(s_, i + unit, " ") && HouseNumberAt(s_, i + unit + 1))) {
      return;
    }
    // (Most follow a place, whose chunk, just found, holds them.)
    if (const auto& found = out_->candidates; !found.empty() &&
                                              found.back().cls == PiiClass::kAddress &&
                                              found.back().begin < i && found.back().end > i) {
      return;
    }
    size_t b = i;
    if (b > 0 && s_[b - 1] == ' ') --b;
    const size_t number_end = b;
    if (b > 0 && IsAlnum(static_cast<unsigned char>(s_[b - 1]))) {
      while (b > 0 && IsAlnum(static_cast<unsigned char>(s_[b - 1]))) --b;
    } else {
      while (b >= 3 && CjkNumeralSet().contains(Decode3(s_, b - 3))) b -= 3;
    }
    if (b == number_end || number_end - b > 4) return;  // no building's number
    const size_t end = HouseNumbersEnd(s_, b, Spaces::kReadPast);
    if (end <= i + unit) return;
    // Without a place, 栋 is also a count (烧毁房屋3栋2间, 3栋5层楼房, 厂房2栋3000平方米): only
    // a unit, a room or a house number after it, or a bare room number that ends the words
    // (3栋501，), makes an address.
    const std::string_view tail = s_.substr(i + unit, end - i - unit);
    bool address =
        tail.find("单元") != std::string_view::npos || tail.find("室") != std::string_view::npos ||
        tail.find("户") != std::string_view::npos || tail.ends_with("号") ||
        (tail.find("门") != std::string_view::npos && !tail.ends_with("门")) ||
        (tail.ends_with("房") && tail.size() >= 6 &&  // (a room's number: 308房; not 3房)
         std::all_of(tail.end() - 6, tail.end() - 3,
                     [](char c) { return IsDigit(static_cast<unsigned char>(c)); }));
    if (!address) {
      std::string_view room = tail.starts_with(" ") ? tail.substr(1) : tail;
      // (A floor before the room: B座15楼1502.)
      if (const size_t floor = SkipDigits(room, 0);
          floor > 0 && floor <= 2 && (At(room, floor, "楼") || At(room, floor, "层"))) {
        room.remove_prefix(floor + 3);
      }
      char32_t next = 0;
      if (end < s_.size()) DecodeUtf8(s_, end, &next);
      address = room.size() >= 3 && room.size() <= 4 && !IsIdeograph(next) &&
                std::all_of(room.begin(), room.end(),
                            [](char c) { return IsDigit(static_cast<unsigned char>(c)); });
    }
    if (address) Add(b >= 3 && At(s_, b - 3, "第") ? b - 3 : b, end, PiiClass::kAddress);
  }

  // A place suffix at i followed by house-level numbers; the chunk starts at the place name.
  // (Not inlined: in the scan loop it took registers from the loop, 1.3 M instructions more.)
  [[gnu::noinline]] static bool MatchHouseAddress(std::string_view s, size_t i, Range* out,
                                                  Spaces spaces = Spaces::kStop) {
    const size_t suffix = AtAny(s, i, kPlaceSuffixWords);
    return suffix != 0 && MatchSuffixNumbers(s, i, i + suffix, out, spaces);
  }

  // Since session sixty-five (red-team set G): a road's side between its word and the house's
  // number (阳光大道东33号, 解放路西18号), at the road's word at i (路 街 道 巷, or 大道), then the
  // house-level numbers.
  static bool MatchRoadSide(std::string_view s, size_t i, Range* out) {
    const size_t side = RoadSideNumberAt(s, i);
    return side != 0 && MatchSuffixNumbers(s, i, side, out, Spaces::kReadPast);
  }
  // Where the number after such a side starts, or 0.
  [[gnu::always_inline]] static size_t RoadSideNumberAt(std::string_view s, size_t i) {
    // (A digit after the character past the word first, both places at once: few places have
    // one.)
    if (i + 10 > s.size()) return 0;
    const auto* const p = reinterpret_cast<const unsigned char*>(s.data());
    const bool digit = (static_cast<unsigned>(p[i + 6] - '0') < 10u) |
                       (static_cast<unsigned>(p[i + 9] - '0') < 10u);
    return digit ? RoadSideNumberAfter(s, i) : 0;
  }
  [[gnu::noinline]] static size_t RoadSideNumberAfter(std::string_view s, size_t i) {
    size_t k = At(s, i, "大道") ? i + 6 : i + 3;
    if (k + 4 > s.size() || !InCharList("路街道巷", s.substr(k - 3, 3))) return 0;
    const auto b = static_cast<unsigned char>(s[k]);
    if ((b != 0xE4 && b != 0xE8 && b != 0xE5) || !InCharList("东西南北", s.substr(k, 3))) return 0;
    return DigitAt(s, k + 3) ? k + 3 : 0;
  }

  // A village's group named, not numbered, with its house number, at the 村 at i (查冲村河西组
  // 17号, 步前村下屋组19号; red-team set E, since session forty-one): two or three ideographs and
  // 组, then the numbers. (Not 村河东组共有12户: a unit must follow the number.) The scan's only:
  // a listed address's details (FindAddressDetails) start at a number right after a place word.
  // Since session forty-eight (red-team set L): after 村委会 too (水槽村委会大凹子组9号), a team
  // of a Dai village, 队 (团结村委会曼勐队27号), and a hamlet with no group word before its
  // number and 号 (康店村后埔78号, 玉湖村完小旁37号) where 住, 地址 or 户籍 comes before.
  static bool MatchNamedGroup(std::string_view s, size_t i, Range* out) {
    const size_t q = NamedGroupNumberAt(s, i);
    return q != 0 && MatchHouseNumbers(s, i, q, out, Spaces::kReadPast);
  }
  // Whether a group's number of one or two digits starts at q, then 组 or 队 and a house's
  // number (3组27号).
  static bool NumberedGroupAt(std::string_view s, size_t q) {
    const size_t e = SkipDigits(s, q);
    return e > q && e <= q + 2 && (At(s, e, "组") || At(s, e, "队")) && DigitAt(s, e + 3);
  }
  // Where the number of such a group starts, after the 村 at i, or 0.
  static size_t NamedGroupNumberAt(std::string_view s, size_t i) {
    const size_t h = At(s, i + 3, "委会") ? i + 9 : i + 3;  // the hamlet's name
    // (Or the committee's numbered group right after it, 城东村委会2组8号; since session
    // sixty-five, red-team set Y.)
    if (h == i + 9 && NumberedGroupAt(s, h)) return h;
    // (Or one character of a side, 后李庄村西组26号; since session sixty-four, red-team set AC.)
    static constexpr std::string_view kSides = "东西南北中前后上下";
    // (Or a hamlet's name of three and a group's numeral, 邓广村那冷坡三组45号: since session
    // sixty-five, red-team set Z.)
    static constexpr std::string_view kGroupNumerals = "一二三四五六七八九十";
    for (size_t q = InCharList(kSides, s.substr(h, 3)) ? h + 3 : h + 6; q <= h + 12; q += 3) {
      const char32_t c = Decode3(s, q);
      const bool group = (c == U'组' || c == U'队') && DigitAt(s, q + 3) &&
                         (q < h + 12 || InCharList(kGroupNumerals, s.substr(q - 3, 3)));
      if (q == h + 12 && !group) return 0;
      if (q == h + 3 && !group) continue;
      // (Or the hamlet's own numbered group: 勐科村丙盖3组27号; since session fifty-two, red-team
      // set N.)
      const bool own_group = !group && NumberedGroupAt(s, q);
      const size_t e = SkipDigits(s, q);
      if (!group && !own_group && !(e > q && At(s, e, "号"))) continue;
      for (size_t k = h; k < q; k += 3) {
        if (!IsIdeograph(Decode3(s, k))) return 0;
      }
      if (group) return q + 3;
      if (own_group) return q;
      // (A home's label before the place, within 20 characters. Or a scene's, or a table's
      // column: 地点：…达板村阳洼社21号, 苏某⇥码头镇大庭村美林100号; since session fifty-two,
      // red-team sets F, M, N.)
      const size_t from = i > 60 ? i - 60 : 0;
      const std::string_view before = s.substr(from, i - from);
      for (const std::string_view label : {"住", "地址", "户籍", "地点", "\t"}) {
        if (before.find(label) != std::string_view::npos) return q;
      }
      return 0;
    }
    return 0;
  }

  // The place suffix word at i, then house-level numbers from q (MatchHouseNumbers); a zone
  // word (区 期 段) only after its mark, the place's walk back from before it (ZoneStart).
  static bool MatchSuffixNumbers(std::string_view s, size_t i, size_t q, Range* out,
                                 Spaces spaces = Spaces::kStop) {
    size_t from = i;
    // (委 only before its group's number and the house's: 东山委8组26号, not 县委3号文件.)
    if (q - i == 3 && Decode3(s, i) == U'委') {
      const size_t e = SkipDigits(s, q);
      if (e == q || e > q + 2 || !At(s, e, "组") || !DigitAt(s, e + 3)) return false;
    }
    if (q - i == 3 && IsZoneWord(Decode3(s, i))) {
      from = ZoneStart(s, i);
      if (from == kNoZone) return false;
    }
    return MatchHouseNumbers(s, from, q, out, spaces);
  }

  static bool IsZoneWord(char32_t cp) { return cp == U'区' || cp == U'期' || cp == U'段'; }
  static constexpr size_t kNoZone = static_cast<size_t>(-1);
  // A zone, phase or section word at i (区 期 段) is one only after its mark: a letter or digit
  // or two, a direction or a numeral (C区, 3区, 东段, 二期), not after 第 (第一期: an issue).
  // Returns where the place's walk back starts: before the mark and the estate's or road's
  // word before it (滨江花园C区, 幸福里小区二期, 勐焕路东段), or kNoZone.
  static size_t ZoneStart(std::string_view s, size_t i) {
    static constexpr std::u32string_view kMarks = U"东西南北中一二三四五六七八九十";
    // (A work unit's 家属区, its committees and groups numbered: 林业局家属区3委12组7号; since
    // session forty.)
    if (i >= 6 && s.substr(i - 6, 6) == "家属") return i - 6;
    size_t m = i;
    const auto* const p = reinterpret_cast<const unsigned char*>(s.data());
    while (m > 0 && i - m < 2 && IsAlnum(p[m - 1])) --m;
    if (const char32_t mark = m == i && m >= 3 ? Decode3(s, m - 3) : 0;
        mark != 0 && kMarks.find(mark) != std::u32string_view::npos) {
      m -= 3;
    }
    if (m == i || (m >= 3 && s.substr(m - 3, 3) == "第")) return kNoZone;
    if (const size_t word = m >= 6 ? AtAny(s, m - 6, kPlaceSuffixWords) : 0; word == 6) {
      m -= 6;
    } else if (m >= 3 && AtAny(s, m - 3, kPlaceSuffixWords) == 3 &&
               !IsZoneWord(Decode3(s, m - 3))) {
      m -= 3;
    }
    return m;
  }

  // The end of the house-level numbers from q (3栋2单元501室, 118号附2号, 1-2-301, 5#301; with
  // kReadPast, a space before a number or a unit is read past, 18 号 3 栋, and a 第 before a
  // number, 第5栋), or 0 if no unit follows a number.
  static size_t HouseNumbersEnd(std::string_view s, size_t q, Spaces spaces) {
    size_t end = 0;
    bool unit_seen = false;
    int dashes = 0;  // numbers joined by '-' with no unit: building-unit-room (1-2-301)
    auto space_before = [&](size_t k) {
      return spaces == Spaces::kReadPast && k + 1 < s.size() && s[k] == ' ' && s[k + 1] != ' ';
    };
    while (q < s.size()) {
      if (space_before(q) && HouseNumberAt(s, q + 1)) ++q;
      if (spaces == Spaces::kReadPast && At(s, q, "第") && HouseNumberAt(s, q + 3)) q += 3;
      size_t r = q;
      bool room_number = false;  // one that may end the numbers without a unit (…3栋501)
      if (DigitAt(s, r)) {
        r = SkipDigits(s, r);
        room_number = true;
        if (r < s.size() && IsAlpha(static_cast<unsigned char>(s[r])) && !AlnumAt(s, r + 1)) ++r;
      } else if (IsAlpha(static_cast<unsigned char>(s[r])) && !AlnumAt(s, r + 1)) {
        ++r;
      } else {
        const CharSet& numerals = CjkNumeralSet();
        while (numerals.contains(Decode3(s, r))) r += 3;
        // (两 alone counts, not numbers: 该村两户村民, 我村两委, 小区两栋楼; since session
        // forty-five.)
        if (r == q + 3 && s.compare(q, 3, "两") == 0) r = q;
        room_number = r - q >= 9;  // three numerals or more: 一五零二
      }
      if (r == q) {
        // A sub-number after a unit (118号附2号, 5号之3号) goes with it.
        if (unit_seen && (At(s, q, "附") || At(s, q, "之")) && q + 3 < s.size() &&
            (DigitAt(s, q + 3) || CjkNumeralSet().contains(Decode3(s, q + 3)))) {
          q += 3;
          continue;
        }
        break;
      }
      const size_t unit_at = space_before(r) && AtAny(s, r + 1, kHouseUnitWords) != 0 ? r + 1 : r;
      // (门 after another unit: an entrance, as Tianjin writes 单元, 5号楼3门402室; 房 for 室, as
      // Guangdong writes it, 宿舍楼5栋308房; since session forty-two.)
      if (const size_t unit = unit_seen && (At(s, unit_at, "门") || At(s, unit_at, "房"))
                                  ? 3
                                  : AtAny(s, unit_at, kHouseUnitWords);
          unit != 0) {
        end = unit_at + unit;
        unit_seen = true;
        q = end;
        continue;
      }
      if (r < s.size() && s[r] == '#' && DigitAt(s, r - 1) && DigitAt(s, r + 1)) {
        end = r + 1;  // 5#301: # for 号楼
        unit_seen = true;
        q = end;
        continue;
      }
      if (r < s.size() && s[r] == '-' && DigitAt(s, r + 1)) {
        q = r + 1;
        ++dashes;
        continue;
      }
      if (!unit_seen && dashes >= 2 && room_number &&
          !InCharSet(NotHouseNumberAfterSet(), CharAt(s, r))) {
        end = r;
        unit_seen = true;
        break;
      }
      if (unit_seen && room_number && !InCharSet(NotHouseNumberAfterSet(), CharAt(s, r))) end = r;
      break;
    }
    return unit_seen ? end : 0;
  }

  // MatchHouseAddress after its suffix word [i, q): the numbers from q, then the place name.
  static bool MatchHouseNumbers(std::string_view s, size_t i, size_t q, Range* out,
                                Spaces spaces = Spaces::kStop) {
    const size_t end = HouseNumbersEnd(s, q, spaces);
    if (end == 0) return false;
    // Walk back over the place name, at most five characters, to an administrative level or
    // a word that ends the name.
    size_t start = i;
    const auto* const p = reinterpret_cast<const unsigned char*>(s.data());
    if (At(s, i, "小组")) {
      // A villagers' group goes with its number and its village (勐宋村第3村民小组15号, as
      // 勐宋村3组15号 does): back over 村民, the number, 第.
      if (start >= 6 && s.substr(start - 6, 6) == "村民") start -= 6;
      const size_t before_number = start;
      while (start > 0 && IsDigit(p[start - 1])) --start;
      while (start >= 3 && CjkNumeralSet().contains(Decode3(s, start - 3))) start -= 3;
      if (start < before_number && start >= 3 && s.substr(start - 3, 3) == "第") start -= 3;
    }
    for (int k = 0; k < 5 && start > 0; ++k) {
      // A lead and two continuation bytes just before start, tested against the ideographs but
      // the stops in one bit. PrevChar would decode them as one character, or, where their bits
      // are an overlong or surrogate form, take the last byte alone (U+FFFD): neither is in the
      // set.
      if (start >= 3) {
        const unsigned b0 = p[start - 3], b1 = p[start - 2], b2 = p[start - 1];
        if (IsThreeByteChar(b0, b1, b2)) {
          if (!InBlocks(kPlaceNameBlocks.data(), b0, b1, b2)) break;
          // (Not back past a subdistrict's 街道, a division as 镇 is: 青阳街道阳光花园7幢1203室;
          // since session forty-two.)
          if (b0 == 0xE9 && b1 == 0x81 && b2 == 0x93 && start >= 6 && At(s, start - 6, "街")) {
            break;
          }
          start -= 3;
          continue;
        }
      }
      // Any other character (a stop has three bytes).
      char32_t cp;
      const size_t prev = PrevChar(s, start, &cp);
      if (!IsIdeograph(cp)) break;
      start = prev;
    }
    // No name found (永和路: 和 also ends words): the suffix and its numbers still go.
    *out = {start, end};
    return true;
  }

 private:
  std::string_view s_;
  const KnownDigits& known_;
  std::span<const Date> birth_dates_;
  // A bit for each birth date's day of the year (mod 64): a date of the text whose bit is clear
  // is none of them, without a search.
  static unsigned DayBit(int month, int day) {
    return static_cast<unsigned>(month * 31 + day) & 63;
  }
  uint64_t birth_days_ = 0;
  const ScanOptions& options_;
  Findings* out_;
  NameMentions* const mentions_;  // out_->mentions
  const LabelWord* label_words_;
  const CodePointMap& label_ranges_;
  const CharSet& label_seconds_;
  const CharPairFilter& name_pairs_;
  const CharSet& name_singles_;
  const std::array<uint8_t, 0x10000>& roles_;
  const CharSet& deferred_;
  const CharSet& model_firsts_;  // ModelNameFirsts()
  const CharSet& time_firsts_;   // ClauseTimeWordChars(0)
  const CharSet& time_seconds_;  // ClauseTimeWordChars(1)
  const CharSet& model_given_;   // ModelGivenChars()
  // (Whether the text has one at all: out_->text_has_dot, set in Run.)
  bool has_dot_ = false;         // the text has a middle dot at or after next_dot_ (Run)
  size_t next_dot_ = 0;          // where the next one is (DotNear)
  static constexpr size_t kNotSeen = static_cast<size_t>(-1);
  // The last sighting of each label group, and of the end of a clause.
  // (Every group unseen: the array's size is the list's, so that a group added is not left 0.)
  std::array<size_t, kLabelGroups.size()> label_start_ = [] {
    std::array<size_t, kLabelGroups.size()> unseen;
    unseen.fill(kNotSeen);
    return unseen;
  }();
  std::array<size_t, kLabelGroups.size()> label_end_ = {};
  size_t last_break_ = kNotSeen;
  size_t comments_header_ = kNotSeen;  // where the last comments' header's colon is
  // Whether the line the scan is on starts with [ or 【 (E3 80 90), as a chat log's stamp does.
  bool stamp_line_ = s_.starts_with('[') || s_.starts_with("【");
  bool tables_read_ = false;          // NamesInTableColumns ran on the text
  size_t last_birth_end_ = kNotSeen;  // where the last birth date read by its label ends
  bool birth_corrected_ = false;      // 更正 or 变更 between that date and its label
  uint64_t known_lengths_ = 0;        // bit k: some known number has k digits
  std::vector<size_t> cn_labelled_;   // where CnNumberNear classified a run (mostly none)
  // Where this scan's dates read start in out_'s (BirthDatesOfIds).
  size_t dates_from_ = out_->dates.size();
  // The ID numbers this scan added (its first 32; left uninitialized, as most scans add none).
  struct IdSpan {
    size_t begin;
    size_t end;
  };
  std::array<IdSpan, 32> ids_;
  size_t ids_count_ = 0;
};

}  // namespace

void ScanPatterns(std::string_view folded, const KnownDigits& known,
                  std::span<const Date> birth_dates, const ScanOptions& options, Findings* out) {
  assert(folded.data()[folded.size()] == '\0');  // the precondition the loops rely on
  Scanner(folded, known, birth_dates, options, out).Run();
}

NameMentions::NameMentions()
    : triggers_(std::make_unique<uint64_t[]>(0x10000 / 64)),
      firsts_(std::make_unique<uint64_t[]>(0x10000 / 64)) {
  std::copy_n(TriggerChars().blocks(), 0x10000 / 64, triggers_.get());
}

void NameMentions::Reset() {
  const uint64_t* const triggers = TriggerChars().blocks();
  for (const uint16_t word : touched_) {
    triggers_[word] = triggers[word];
    firsts_[word] = 0;
  }
  touched_.clear();
  bytes_.clear();
  names_.clear();
  text_ = {};
  found_until_ = 0;
}

bool NameMentions::Has(char32_t first, std::string_view name) const {
  if (!IsFirst(first)) return false;
  for (const Name& known : names_) {
    if (known.first == first &&
        EqualShort(std::string_view(bytes_).substr(known.offset, known.length), name)) {
      return true;
    }
  }
  return false;
}

void NameMentions::Insert(char32_t first, std::string_view name, bool given) {
  names_.push_back(
      {first, static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(name.size()), given});
  bytes_.append(name);
  const auto word = static_cast<uint16_t>(first >> 6);
  // (A word of firsts_ is not 0 only where it was touched since Reset.)
  if (firsts_[word] == 0) touched_.push_back(word);
  triggers_[word] |= uint64_t{1} << (first & 63);
  firsts_[word] |= uint64_t{1} << (first & 63);
}

// Whether a name may be looked for at all: two characters or more (two-character names are
// often common words too, 高峰 in 早高峰, 万元, 马力, 周全, 黄山公安局: since session thirty-six
// they are, but are mentioned only where they stand as words, Mentionable), led by an ideograph.
// Led by 于 向 or 曾 (surnames, but far more often the first word of the phrases the heuristic
// mistakes for names: 被害人于次日称, 向民警称, 曾多次), only a name of three whose second
// character starts no word after them (HeadStartsWord): 曾亚妹 since session thirty-eight, 于海涛
// and 向晓宇 since thirty-nine (违法行为人：于海涛… 后于海涛用拳头 was published).
static bool IsLookedFor(char32_t first, std::string_view name) {
  if (first == U'曾' || first == U'于' || first == U'向') {
    return name.size() == 9 && IsIdeograph(Decode3(name, 3)) && IsIdeograph(Decode3(name, 6)) &&
           !HeadStartsWord(name);
  }
  return (name.size() >= 9 || (name.size() == 6 && IsIdeograph(Decode3(name, 3)))) && first != 0 &&
         IsIdeograph(first);
}

bool NameMentions::LookedFor(std::string_view name) { return IsLookedFor(Decode3(name, 0), name); }

void NameMentions::Add(std::string_view name) {
  const char32_t first = Decode3(name, 0);
  if (!IsLookedFor(first, name) || Has(first, name)) return;
  Insert(first, name);
  InsertGivenName(name);
}

// Since session forty-two: the given name of a name found (刘振国: 振国), looked for as a name of
// two characters is (where it stands as a word: Mentionable).
void NameMentions::InsertGivenName(std::string_view name) {
  const std::string_view given = GivenNameOf(name);
  if (given.empty()) return;
  const char32_t first = Decode3(given, 0);
  if (IsLookedFor(first, given) && !Has(first, given)) Insert(first, given, /*given=*/true);
}

// (The same as Add(name), but the place test last: most names the heuristic reports were
// reported before.)
void NameMentions::AddFound(size_t begin, size_t end) {
  const std::string_view name = text_.substr(begin, end - begin);
  const char32_t first = Decode3(name, 0);
  if (!IsLookedFor(first, name) || Has(first, name) || !Mentionable(text_, begin, end)) {
    return;
  }
  Insert(first, name);
  InsertGivenName(name);
}

bool NameMentions::Mentionable(std::string_view text, size_t begin, size_t end, bool given) {
  static const CharSet* const kPlaceEnds =
      new CharSet(SplitChars("县市区镇乡村省州旗盟屯寨庄街路道巷"));
  auto place_at = [&](size_t k) {
    if (k < begin || k + 3 > text.size()) return false;
    const char32_t cp = Decode3(text, k);  // (folded text: valid UTF-8)
    return cp != 0 && kPlaceEnds->contains(cp);
  };
  if (end - begin < 3 || place_at(end - 3) || place_at(end)) return false;
  // A name of two characters only where it stands as a word (边巴称, 。孙浩与…; not 早高峰).
  if (end - begin == 6 && !ShortNameStandsAlone(text, begin, end) &&
      !(given ? GivenNameAlone(text, begin, end) : ShortNameIsNoWord(text, begin))) {
    return false;
  }
  // Nor before an organization's word (黄山河公安局, 高明派出所, 金城公司).
  if (end + 3 <= text.size()) {
    const std::string_view next = text.substr(end, 3);
    if (next == "公" || next == "派" || next == "局") return false;
  }
  // Not after an officer's title or field (民警李建军, 民警：李建军, 经办民警：张伟、刘洋 at 张伟,
  // 承办人：王建国; OfficerFieldEndsAt): an officer's name, whatever the heuristic took it for
  // elsewhere.
  return !OfficerFieldBefore(text, begin);
}

size_t NameMentions::LongestAt(size_t i, char32_t cp, bool* given) const {
  if (i < found_until_) return 0;
  size_t longest = 0;
  const std::string_view rest = text_.substr(i);
  for (const Name& name : names_) {
    if (name.first == cp && name.length > longest && name.length <= rest.size() &&
        EqualShort(rest.substr(0, name.length),
                   std::string_view(bytes_).substr(name.offset, name.length))) {
      longest = name.length;
      *given = name.given;
    }
  }
  return longest;
}

bool HouseAddressAt(std::string_view folded, size_t i, Range* out) {
  return (Scanner::HouseNumberAt(folded, i + 3) || Scanner::HouseNumberAt(folded, i + 6)) &&
         Scanner::MatchHouseAddress(folded, i, out);
}

namespace {

// The first characters of the place suffix words (村, 路, 小区 …).
const CharSet& PlaceSuffixSet() {
  static const CharSet* const kSet = new CharSet(kPlaceSuffixes);
  return *kSet;
}

// The characters FindAddressDetails' walk stops at: the CJK numerals, and the last characters
// of the place suffix words (村, 区 …).
const CharSet& NumeralOrSuffixEndSet() {
  static const CharSet* const kSet = [] {
    std::vector<std::string_view> chars = SplitChars(kCjkNumerals);
    for (std::string_view w : kPlaceSuffixes) chars.push_back(w.substr(w.size() - 3));
    return new CharSet(chars);
  }();
  return *kSet;
}

// Every place suffix word has one character or two (FindAddressDetails looks for them before a
// number at those two lengths).
constexpr bool PlaceSuffixesHaveOneOrTwoCharacters() {
  for (std::string_view w : kPlaceSuffixes) {
    if (w.size() != 3 && w.size() != 6) return false;
  }
  return true;
}
static_assert(PlaceSuffixesHaveOneOrTwoCharacters());

// Eight bytes as a word loaded from memory (memcpy) holds them, whatever the byte order.
constexpr uint64_t WordOfBytes(std::array<uint8_t, 8> bytes) {
  uint64_t word = 0;
  for (int k = 0; k < 8; ++k) {
    const int shift = std::endian::native == std::endian::little ? 8 * k : 56 - 8 * k;
    word |= uint64_t{bytes[static_cast<size_t>(k)]} << shift;
  }
  return word;
}

// Two 3-byte characters in a row: a lead byte 1110xxxx and two continuation bytes 10xxxxxx each.
constexpr uint64_t kTwoCharsMask = WordOfBytes({0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0, 0});
constexpr uint64_t kTwoChars = WordOfBytes({0xE0, 0x80, 0x80, 0xE0, 0x80, 0x80, 0, 0});

// Whether a house number at q may follow a place suffix word: the character before it is a
// 3-byte one of `stops` (blocks of NumeralOrSuffixEndSet), as the last of a word is.
inline bool AfterWordEnd(const unsigned char* const p, size_t n, size_t q,
                         const uint64_t* const stops) {
  return q >= 3 && ThreeByteCharAt(p, n, q - 3) && InBlocks(stops, p + q - 3);
}

// From byte i of p[0, n), passes over ASCII bytes and 3-byte characters to the next place a
// house number may follow a place suffix word (FindAddressDetails). Of the characters, two a
// step while two follow, of which only the first is tested against `stops`, then one a step,
// each tested; of a run of ASCII bytes, the first if it is a letter or digit after a word's
// last character (AfterWordEnd). Returns the first byte where it stops (at a character found,
// such a letter or digit, or a byte that starts no 3-byte character), or n.
[[gnu::always_inline]] inline size_t SkipToNumbers(const unsigned char* const p, size_t n, size_t i,
                                                   const uint64_t* const stops) {
  for (;;) {
    for (; i + 8 <= n; i += 6) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & kTwoCharsMask) != kTwoChars) break;
      if (InBlocks(stops, p + i)) return i;
    }
    const size_t from = i;
    while (ThreeByteCharAt(p, n, i) && !InBlocks(stops, p + i)) i += 3;
    if (i >= n || p[i] >= 0x80) return i;
    // ASCII. Where a character just passed one a step comes before it, that one is no word's
    // last.
    if (i == from && IsAlnum(p[i]) && AfterWordEnd(p, n, i, stops)) return i;
    do {
      ++i;
    } while (i < n && p[i] < 0x80);
  }
}

// The chunks of the place suffix words that end at q, where a house number starts after a
// word's last character (AfterWordEnd), into `found`: a word of two characters at q - 6, then
// one of one character at q - 3. (A word has one length, so it is matched only from the
// number after it.)
[[gnu::always_inline]] inline size_t MatchWordsBefore(std::string_view s, size_t q,
                                                      const uint64_t* const suffixes,
                                                      std::vector<Range>* found) {
  const auto* const p = reinterpret_cast<const unsigned char*>(s.data());
  Range r;
  size_t end = 0;
  if (q >= 6 && ThreeByteCharAt(p, s.size(), q - 6) && InBlocks(suffixes, p + q - 6) &&
      AtAny(s, q - 6, kPlaceSuffixWords) == 6 && Scanner::MatchHouseNumbers(s, q - 6, q, &r)) {
    found->push_back(r);
    end = r.end;
  }
  if (InBlocks(suffixes, p + q - 3) && AtAny(s, q - 3, kPlaceSuffixWords) == 3 &&
      Scanner::MatchSuffixNumbers(s, q - 3, q, &r)) {
    found->push_back(r);
    end = std::max(end, r.end);
  }
  return end;
}

}  // namespace

void FindAddressDetails(std::string_view folded, std::vector<Range>* found) {
  // A chunk starts at a place suffix word right before a house number, an ASCII letter or digit
  // or a CJK numeral (HouseAddressAt). So the walk goes from number to number and looks back from
  // each for a word that ends there: each word is tried once, from the number after it, and in
  // order (two 3-byte characters cannot overlap). An ASCII number starts a run of ASCII bytes.
  // Of a run of 3-byte characters the walk tests only every other one, for a numeral or the last
  // character of a word (村 区 …), and stops at the latter so that the next one is tested too:
  // every numeral right after a word is found, and the others start no chunk.
  found->clear();
  const uint64_t* const stops = NumeralOrSuffixEndSet().blocks();
  const uint64_t* const numerals = CjkNumeralSet().blocks();
  const uint64_t* const suffixes = PlaceSuffixSet().blocks();
  const auto* const p = reinterpret_cast<const unsigned char*>(folded.data());
  const size_t n = folded.size();
  for (size_t k = 0; k < n;) {
    k = SkipToNumbers(p, n, k, stops);
    if (k >= n) break;
    // A chunk found goes on over numbers and units (组 号 栋 …) only, none of which ends a
    // place suffix word: no other chunk's number lies inside it, and the walk goes on from its
    // end (MatchWordsBefore looks back from a number, so a word just before that end is found).
    if (p[k] < 0x80) {
      // A letter or digit after a word's last character (the skip stops at no other ASCII).
      const size_t end = MatchWordsBefore(folded, k, suffixes, found);
      do {
        ++k;
      } while (k < n && p[k] < 0x80);
      k = std::max(k, end);
    } else if (ThreeByteCharAt(p, n, k)) {
      size_t end = 0;
      if (InBlocks(numerals, p + k) && AfterWordEnd(p, n, k, stops)) {
        end = MatchWordsBefore(folded, k, suffixes, found);
      }
      k = std::max(k + 3, end);
    } else {
      // A byte that starts no 3-byte character. Whatever its sequence, the walk goes on at the
      // next byte: only continuation bytes, which start nothing, lie inside a character.
      ++k;
    }
  }
}

}  // namespace disclosure::redaction::internal
