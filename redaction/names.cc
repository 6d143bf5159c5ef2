// Person names: surname lists, masking, and the heuristic for names no party lists.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

#include "redaction/detectors.h"
#include "redaction/text.h"

namespace disclosure::redaction::internal {
namespace {

// The traditional compound surnames (复姓), 百家姓 and later sources, and those of the northern
// peoples still borne (完颜, 耶律 …).
constexpr std::array<std::string_view, 90> kCompoundSurnames = {
    "完颜", "耶律", "斛律", "达奚", "乞伏", "叱干", "欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
    "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "轩辕", "万俟", "闻人",
    "赫连", "公羊", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "仲孙", "钟离",
    "鲜于", "闾丘", "司空", "亓官", "司寇", "子车", "颛孙", "巫马", "公西", "漆雕", "乐正", "壤驷",
    "公良", "拓跋", "夹谷", "宰父", "谷梁", "段干", "百里", "东郭", "南门", "呼延", "归海", "羊舌",
    "微生", "梁丘", "左丘", "东门", "西门", "南宫", "第五", "公仪", "公乘", "太史", "仲长", "叔孙",
    "屈突", "尔朱", "东乡", "相里", "胡母", "司城", "张廖", "雍门", "毋丘", "贺兰", "綦毋", "独孤",
    "南郭", "北宫", "王孙", "青阳", "纳兰", "范姜",
};

// The ~100 most common single-character surnames (used only by the heuristic).
constexpr std::string_view kCommonSurnames =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓韩冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏"
    "吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃"
    "武钱戴严莫孔向常汤"
    // Dai and Jingpo personal-name prefixes of Dehong (岩罕, 玉罕, 刀某, 排某): no surname
    // split, but they start a name as a surname would.
    "岩玉刀排"
    // Local surnames of Lianghe (寸, 线), common there, rare elsewhere.
    "寸线";

// Less common single-character surnames (ranked past the hundred commonest in China's household
// registers), which start a name only where the context says a name is there: right after a
// context word (其朋友庞某), or before a speech word where a clause starts (，庞志强称). Left
// out: surnames that start common words of a police text after those contexts (其邻居施工,
// 储藏室, 麦地, 楼房, 关门, 其丈夫康复, 赖账, 证人揭发, 申请, 房屋, 管理 …), which would be read
// as names there (RedactNames tests both lists).
constexpr std::string_view kMoreSurnames =
    "易乔洪辛柯樊殷葛鲁祝邢尤伍岳翟聂颜倪庞耿焦詹俞鲍芦卜艾梅喻裴祁符靳涂滕戚阮欧丛仇冉卓蒲邬穆"
    "萧巫桂晏佘瞿阎霍栾骆饶燕薄雍隋闵姬奚鄢岑郁廉厉匡缪苟鞠寇冀柏杭娄敖翁刁佟沃尉虞赫嵇鄂卞邸逯"
    "褚扈竺谌牟裘巩蔺纪舒屈季宗温章";

// The first characters of the compound surnames, and the common surnames, as bit sets.
const CharSet& CompoundSurnameFirsts() {
  static const CharSet* const kFirsts = [] {
    std::vector<std::string_view> firsts;
    for (std::string_view name : kCompoundSurnames) firsts.push_back(name.substr(0, 3));
    return new CharSet(firsts);
  }();
  return *kFirsts;
}
const CharSet& CommonSurnames() {
  static const CharSet* const kSet = [] {
    std::vector<std::string_view> chars;
    for (size_t i = 0; i + 3 <= kCommonSurnames.size(); i += 3) {
      chars.push_back(kCommonSurnames.substr(i, 3));
    }
    return new CharSet(chars);
  }();
  return *kSet;
}

const CharSet& MoreSurnames() {
  static const CharSet* const kSet = new CharSet(SplitChars(kMoreSurnames));
  return *kSet;
}

// Surnames that start common words as well (车辆, 施工, 康复, 项链 …), left out of both lists
// above: they start a name only as a later member of a list of persons (张某、车晓东称), where
// it must end as a name does.
constexpr std::string_view kListSurnames =
    "盛蓝苗康池童宁甄胥练华冷包牛宫柴谷查左项路关应车施甘管储麦楼申蒙封柳齐凌房景粟闻解农普"
    "尚商桑权邝谈秋凤时安米连乐花屠毕";

const CharSet& ListSurnames() {
  static const CharSet* const kSet = new CharSet(SplitChars(kListSurnames));
  return *kSet;
}

// Which surnames start a name: the common ones, (kWide) the less common ones as well, or (kList)
// all three lists.
enum class Surnames { kCommon, kWide, kList };

bool IsSurnameChar(char32_t cp, Surnames which) {
  return CommonSurnames().contains(cp) ||
         (which != Surnames::kCommon && MoreSurnames().contains(cp)) ||
         (which == Surnames::kList && ListSurnames().contains(cp));
}

bool IsMiddleDot(std::string_view ch) { return ch == "·" || ch == "•" || ch == "・"; }

bool StartsWith(std::string_view s, size_t at, std::string_view word) {
  if (s.size() < at + word.size()) return false;
  // Words are ideographs: compare the first character inline before the rest.
  if (word.size() >= 3 && (s[at] != word[0] || s[at + 1] != word[1] || s[at + 2] != word[2])) {
    return false;
  }
  return s.substr(at, word.size()) == word;
}

// Characters that end a heuristic name (function words, verbs that follow a name).
constexpr std::string_view kNameStops =
    "某在于和与及等的是也将被把向对从到说因称了均都一二两处去来所告为则又就便还已曾未没不报供驾陪带"
    "叫"
    "让给帮打找看人后前时中里内外上下称驶并即遂立经系"
    // Second characters of words a common surname starts after a context word (证人陈述,
    // 其同事周末, 证人高度, 其丈夫常年), rare in given names.
    "述末度年";

// Stops that are common in given names too (王立新, 王一博, 杨和平, 李中华, 刘向东, 陈为民,
// 张来福): where something else ends the name right after it (a speech word, another stop, the
// end of a clause), they do not stop it.
constexpr std::string_view kStopsInGivenNames = "一立为和中来向";

// A whole 3-byte character of kNameStops (a bit set instead of searching the list); with
// `in_name`, not one of kStopsInGivenNames.
bool IsNameStop(std::string_view ch, bool in_name = false) {
  static const CharSet* const kStops = new CharSet(SplitChars(kNameStops));
  static const CharSet* const kInNames = new CharSet(SplitChars(kStopsInGivenNames));
  if (ch.size() != 3) return false;
  const char32_t cp = Decode3(ch, 0);
  return cp != 0 && kStops->contains(cp) && !(in_name && kInNames->contains(cp));
}

// Contexts after which a person's name usually follows (其朋友张三), then the role words a
// party's name follows in a police text (被害人张三, 违法行为人李四, 司机王五). These are weaker:
// ordinary words that start with a surname follow them as well (被害人钱包被盗, 嫌疑人于当日,
// 当事人陈述), so a name after one is taken only where it ends as a name does (RoleNameAt).
constexpr size_t kStrongContexts = 13;
constexpr std::array<std::string_view, kStrongContexts + 25> kBeforeName = {
    "朋友",   "同事",   "邻居",   "村民",   "证人",   "妻子",   "丈夫",   "儿子",
    "女儿",   "父亲",   "母亲",   "其友",   "商户",   "被害人", "受害人", "嫌疑人",
    "行为人", "报警人", "报案人", "当事人", "举报人", "驾驶人", "驾驶员", "司机",
    "车主",   "房东",   "监护人", "户主",   "租户",   "店主",   "家属",   "亲属",
    "同伙",   "室友",   "姐姐",   "哥哥",   "弟弟",   "妹妹",
};
// Surnames that are far more often a word of their own after a role word: 曾 (嫌疑人曾多次),
// and 于 before a time (嫌疑人于当日): then not taken for names. Words that start with 于 or 向
// before a place or a person (于县城, 被害人向其, 向民警), and common words that start with a
// surname and follow role words (被害人钱包被盗, 司机马上, 当事人任意), are taken only as the
// first two characters of a name of three where a word that follows names comes right after it
// (驾驶人白天凯对…, 报警人向家辉在…; RoleNameAt).
constexpr std::string_view kNotSurnamesAfterRole = "曾";
constexpr std::string_view kYuBeforeTime =
    "当次同凌今近上下晚早中傍深午昨前后年月日周每两一二三四五六七八九十〇夜清何";
constexpr std::string_view kNotAfterYu = "案本是此该其去黄民派公家现途店网医县州市省乡镇村收事发接";
constexpr std::string_view kNotAfterXiang =
    "其他民派公警对我本该法家亲社有当店银群周村邻路同单相司老朋受交医学房导";
// Words that follow a name of three characters whose first two read as a word (above).
constexpr std::string_view kNameFollowers = "对在称于因与和向被将系等的";
constexpr std::string_view kNotNamesAfterRole =
    "方面方向方式方便钱包钱财钱款钱物金额金银金项金手金首金器金店余额余款余下付款付清付费付钱陆续"
    "莫名江边江中黄昏黄色黄金白天白色白银白酒许诺许可谢绝夏天夏季马上马路马匹任职任意任何林地"
    "林中林区周身周围周末周边周岁毛衣毛发毛巾龙头岳父岳母高速高度高中高空高处高价高额高利石头"
    "石块常年常住常驻常用田地田间田里何地严重严格严厉孙子孙女胡乱胡同郑重肖像董事杜绝叶子范围"
    "黎明顾客顾及钟表钟点戴着戴上戴口易燃易碎洪水鲁莽颜色焦急焦虑艾滋符合温度温暖章程季节舒适"
    "纪律尤其乔装辛苦祝贺庞大涂抹涂改丛林仇恨仇视饶恕薄弱郁闷廉价厉声厉害鞠躬柏油刁难赫然牟取"
    "牟利巩固万元万一万余武器武力贺卡陈旧杨树唐突张贴张开孔洞"
    // Words that start with a surname of kListSurnames, after a list word (张某与车辆相撞).
    "包间包厢包裹车辆车内车上车牌施工管理管制柳树夏令安全安保华联时间时许房屋房间项链项目路人路口"
    "路边关系花园米线牛棚谷仓左手宫殿童装康复苗圃宁波甘蔗凌晨申请商场商店商铺景区普通应当连续"
    "曾经曾多曾因曾先曾有曾任曾到曾与曾向曾住曾系";
// Words that usually follow a person's name (张三称, 李四驾驶). Longer words first.
constexpr std::array<std::string_view, 8> kAfterName = {
    "报称", "声称", "自称", "供称", "供述", "驾驶", "报警", "称",
};
// A 称 preceded by one of these is part of another word (名称, 简称, 职称 …).
constexpr std::string_view kNotSpeechBefore = "名简职号昵俗统通总合对相宣声自报供堪戏尊称指辩";

bool IsIdeographAt(std::string_view s, size_t i, size_t* len) {
  char32_t cp;
  *len = DecodeUtf8(s, i, &cp);
  return IsIdeograph(cp);
}

void AddHeuristic(size_t begin, size_t end, Findings* out) {
  Candidate c;
  c.begin = begin;
  c.end = end;
  c.cls = PiiClass::kPersonName;
  c.how = FoundBy::kHeuristic;
  c.person = kUnlistedPerson;
  c.doubt = true;
  out->candidates.push_back(c);
}

// Up to `most` ideographs from `end` that are no stop character (`bounded`: where the name's
// end is known, none of kNameStops but kStopsInGivenNames); returns their end, and their number
// in *count.
size_t GivenForward(std::string_view s, size_t end, int most, int* count, bool bounded) {
  *count = 0;
  while (*count < most && end < s.size()) {
    size_t l = 0;
    if (!IsIdeographAt(s, end, &l) || IsNameStop(s.substr(end, l), bounded)) break;
    end += l;
    ++*count;
  }
  return end;
}

// Surname + 1–2 ideographs starting at `at`, stopping at a stop character; 0 if none.
// `bounded`: s ends where the name must (GivenForward).
size_t NameForwardFrom(std::string_view s, size_t at, Surnames which, bool bounded = false) {
  size_t len = 0;
  if (at >= s.size() || !IsIdeographAt(s, at, &len)) return 0;
  int given = 0;
  if (s.size() >= at + 6 && IsCompoundSurname(s.substr(at, 6))) {
    // 欧阳丽倩. A compound surname with nothing after it is a name of two characters itself
    // (贺兰: 贺 + 兰; masked 贺某), whether or not its first one is a surname alone.
    const size_t end = GivenForward(s, at + 6, 2, &given, bounded);
    return end - at;
  }
  if (len != 3 || !IsSurnameChar(Decode3(s, at), which)) return 0;
  const size_t end = GivenForward(s, at + len, 2, &given, bounded);
  return given == 0 ? 0 : end - at;
}

constexpr size_t kNone = static_cast<size_t>(-1);

// Characters that end the word before a name (辅警, 店主, 人员, 朋友 …).
constexpr std::string_view kWordEnds = "警员主长友事居民人子夫儿女亲理师生众户";

// True if the name starting at `start` is preceded by punctuation, a stop or a word end.
bool IsBoundaryBefore(std::string_view s, size_t start) {
  if (start == 0) return true;
  const size_t before = PrevCharStart(s, start);
  size_t len = 0;
  if (!IsIdeographAt(s, before, &len)) return true;
  const std::string_view ch = s.substr(before, len);
  return IsNameStop(ch) || kWordEnds.find(ch) != std::string_view::npos;
}

}  // namespace

namespace {

// Six bytes as one integer (both characters of a compound surname).
uint64_t Pack6(std::string_view six) {
  uint64_t key = 0;
  for (size_t k = 0; k < 6; ++k) key = (key << 8) | static_cast<unsigned char>(six[k]);
  return key;
}

}  // namespace

bool IsCompoundSurname(std::string_view two_chars) {
  // Sorted packed keys: one binary search instead of 90 string comparisons.
  static const std::array<uint64_t, kCompoundSurnames.size()> kKeys = [] {
    std::array<uint64_t, kCompoundSurnames.size()> keys{};
    for (size_t k = 0; k < kCompoundSurnames.size(); ++k) keys[k] = Pack6(kCompoundSurnames[k]);
    std::sort(keys.begin(), keys.end());
    return keys;
  }();
  // Most characters start no compound surname: test the first against a bit set first.
  if (two_chars.size() != 6) return false;
  const char32_t first = Decode3(two_chars, 0);
  if (first == 0 || !CompoundSurnameFirsts().contains(first)) return false;
  return std::binary_search(kKeys.begin(), kKeys.end(), Pack6(two_chars));
}

namespace {

// The first characters of a name, its character count and whether it has a middle dot, in
// one pass without allocating. (begin and length are set for the first min(count, kKept)
// characters only.)
struct NameChars {
  static constexpr size_t kKept = 5;
  size_t count = 0;
  bool dot = false;
  uint8_t begin[kKept];  // at most 4 · 4 bytes in
  uint8_t length[kKept];
};

NameChars SplitName(std::string_view name) {
  NameChars out;
  const auto* const p = reinterpret_cast<const unsigned char*>(name.data());
  const size_t n = name.size();
  for (size_t i = 0; i < n;) {
    // Only the length is needed. A lead E4–EC (CJK ideographs) with two continuation bytes is
    // always a valid 3-byte character and never a middle dot: no decoding for those.
    const unsigned char lead = p[i];
    size_t len = 1;
    if (static_cast<unsigned char>(lead - 0xE4) <= 0xEC - 0xE4 && i + 2 < n &&
        ((p[i + 1] ^ 0x80) | (p[i + 2] ^ 0x80)) < 0x40) [[likely]] {
      len = 3;
    } else if (lead >= 0x80) {
      char32_t cp;
      len = DecodeUtf8(name, i, &cp);
      // Middle dots are C2 B7, E2 80 A2 and E3 83 BB: test the lead byte before comparing.
      if ((lead == 0xC2 || lead == 0xE2 || lead == 0xE3) && !out.dot) {
        out.dot = IsMiddleDot(name.substr(i, len));
      }
    }
    if (out.count < NameChars::kKept) {
      out.begin[out.count] = static_cast<uint8_t>(i);
      out.length[out.count] = static_cast<uint8_t>(len);
    }
    ++out.count;
    i += len;
  }
  return out;
}

}  // namespace

namespace {

// Whether the name starts with a compound surname (what MaskedName and GivenName ask).
bool CompoundSurnameFirst(std::string_view name, const NameChars& chars) {
  return !chars.dot && chars.count >= 3 &&
         IsCompoundSurname(name.substr(0, chars.length[0] + chars.length[1]));
}

// The masked name (surname + 某) into `out` (room for 12 bytes); returns its size.
size_t MaskedInto(std::string_view name, const NameChars& chars, bool compound, char* out) {
  if (chars.count == 0) {
    std::memcpy(out, "某", 3);
    return 3;
  }
  const size_t surname = compound ? chars.length[0] + chars.length[1] : chars.length[0];
  if (surname == 3) [[likely]] {
    std::memcpy(out, name.data(), 3);
  } else {
    // Byte by byte (at most eight): no memcpy call for a variable length.
    for (size_t k = 0; k < surname; ++k) out[k] = name[k];
  }
  std::memcpy(out + surname, "某", 3);
  return surname + 3;
}

// The given name when it is two ideographs, into `out` (room for 6 bytes); returns its size,
// or 0.
size_t GivenInto(std::string_view name, const NameChars& chars, bool compound, char* out) {
  if (chars.dot) return 0;
  const size_t surname = chars.count == 4 && compound ? 2 : 1;
  if (chars.count != surname + 2) return 0;
  if (chars.length[surname] != 3 || chars.length[surname + 1] != 3) return 0;  // ideographs only
  std::memcpy(out, name.data() + chars.begin[surname], 3);
  std::memcpy(out + 3, name.data() + chars.begin[surname + 1], 3);
  return 6;
}

}  // namespace

std::string MaskedName(std::string_view name) {
  const NameChars chars = SplitName(name);
  char out[12];
  return std::string(out, MaskedInto(name, chars, CompoundSurnameFirst(name, chars), out));
}

std::string GivenName(std::string_view name) {
  const NameChars chars = SplitName(name);
  char out[6];
  return std::string(out, GivenInto(name, chars, CompoundSurnameFirst(name, chars), out));
}

NameForm NameForms(std::string_view name) {
  // At most NameChars::kKept ideographs, as most names are: SplitName(name) would have them at
  // every third byte, and no walk is needed.
  if (IdeographsOnly(name, NameChars::kKept)) {
    // What the general path below does for such a name, with every character three bytes.
    const size_t count = name.size() / 3;
    const bool compound = count >= 3 && IsCompoundSurname(name.substr(0, 6));
    const size_t surname = compound ? 6 : 3;
    NameForm form;
    std::memcpy(form.masked, name.data(), 3);
    if (compound) std::memcpy(form.masked + 3, name.data() + 3, 3);
    std::memcpy(form.masked + surname, "某", 3);
    form.masked_size = static_cast<uint8_t>(surname + 3);
    const size_t given_at = count == 4 && compound ? 6 : 3;
    if (count * 3 == given_at + 6) {
      std::memcpy(form.given, name.data() + given_at, 6);
      form.given_size = 6;
    }
    return form;
  }
  const NameChars chars = SplitName(name);
  const bool compound = CompoundSurnameFirst(name, chars);
  NameForm form;
  form.masked_size = static_cast<uint8_t>(MaskedInto(name, chars, compound, form.masked));
  form.given_size = static_cast<uint8_t>(GivenInto(name, chars, compound, form.given));
  return form;
}

std::vector<std::string_view> NameHeuristicWords() {
  std::vector<std::string_view> words(kBeforeName.begin(), kBeforeName.end());
  words.insert(words.end(), kAfterName.begin(), kAfterName.end());
  return words;
}

namespace {

// Ideographs (at most six) forward from `at`, up to 某 or a speech word; returns their end.
// Transliterated names use any character (都 in 阿布都拉), so other stops do not apply.
size_t NamePartForward(std::string_view s, size_t at) {
  size_t end = at;
  for (int k = 0; k < 6 && end < s.size(); ++k) {
    size_t l = 0;
    if (!IsIdeographAt(s, end, &l)) break;
    const std::string_view ch = s.substr(end, l);
    if (ch == "某" || ch == "称" || ch == "了" || ch == "说") break;
    end += l;
  }
  return end;
}

// A minority name written with a middle dot (古丽米拉·艾则孜) starting at `at`; its length or 0.
size_t DottedNameForward(std::string_view s, size_t at) {
  // The dot comes after the first part, at most six characters (of at most four bytes): without
  // a · (C2 B7) in the 26 bytes from `at` there is no dotted name.
  if (s.substr(at, 26).find("\xC2\xB7") == std::string_view::npos) return 0;
  const size_t first = NamePartForward(s, at);
  if (first == at || !StartsWith(s, first, "·")) return 0;
  const size_t second = NamePartForward(s, first + 2);
  return second == first + 2 ? 0 : second - at;
}

// The start of a dotted minority name ending right before `end` (木然·早堵称), or kNone.
size_t DottedNameBackward(std::string_view s, size_t end) {
  // The dot sits right before the second part, at most six characters (of at most four bytes)
  // back: without a · (C2 B7) in the 26 bytes before `end` there is no dotted name.
  {
    const size_t from = end > 26 ? end - 26 : 0;
    if (s.substr(from, end - from).find("\xC2\xB7") == std::string_view::npos) return kNone;
  }
  auto part_back = [&](size_t e) {
    size_t b = e;
    for (int k = 0; k < 6 && b > 0; ++k) {
      const size_t prev = PrevCharStart(s, b);
      size_t l = 0;
      const std::string_view ch = s.substr(prev, b - prev);
      // Transliterated names use any character (都 in 阿布都拉): stop only at a word end.
      if (!IsIdeographAt(s, prev, &l) || kWordEnds.find(ch) != std::string_view::npos) {
        break;
      }
      b = prev;
    }
    return b;
  };
  const size_t second = part_back(end);
  if (second == end || second < 2 || s.substr(second - 2, 2) != "·") return kNone;
  const size_t first = part_back(second - 2);
  return first == second - 2 ? kNone : first;
}

// The start of a surname + 1–2 ideographs ending right before `end` (where a speech word
// starts), or kNone, from one walk back over the three characters before it. With a common
// surname (or a compound surname's first character): + 2 where a word boundary precedes it,
// else + 1. With a less common one (庞): + 2, else + 1, where a word boundary precedes it.
size_t NameBeforeWord(std::string_view s, size_t end) {
  size_t starts[3];  // of the first, second and third character before `end`
  char32_t chars[3];
  int count = 0;  // how many of them are ideographs, from `end` back
  for (size_t at = end; count < 3 && at > 0;) {
    char32_t cp;
    at = PrevChar(s, at, &cp);
    if (!IsIdeograph(cp)) break;
    starts[count] = at;
    chars[count] = cp;
    ++count;
  }
  // A surname + `given` ideographs: the name starts at starts[given]. (The walk forward ends
  // at `end`: the speech word may start with a character that is no stop, 自称.)
  auto fits = [&](int given, Surnames which) {
    const auto g = static_cast<size_t>(given);
    return NameForwardFrom(s.substr(0, end), starts[g], which, /*bounded=*/true) == end - starts[g];
  };
  auto common = [&](int given) {
    if (count <= given) return false;  // (chars[given] not set)
    const char32_t cp = chars[static_cast<size_t>(given)];
    return IsSurnameChar(cp, Surnames::kCommon) || CompoundSurnameFirsts().contains(cp);
  };
  auto less_common = [&](int given) {
    const auto g = static_cast<size_t>(given);
    return count > given && MoreSurnames().contains(chars[g]) && fits(given, Surnames::kWide) &&
           IsBoundaryBefore(s, starts[g]);
  };
  if (common(2) && fits(2, Surnames::kCommon) && IsBoundaryBefore(s, starts[2])) return starts[2];
  // A less common surname + 2 where a boundary precedes it, before a common one + 1 inside it
  // (，殷金峰称: not 殷 + 金峰; found by scripts/leak-sweep.sh, seed 14).
  if (less_common(2)) return starts[2];
  if (common(1) && fits(1, Surnames::kCommon)) return starts[1];
  if (less_common(1)) return starts[1];
  return kNone;
}

// A compound surname + 1–2 ideographs ending right before `end` (令狐伟洋称), or kNone.
size_t CompoundNameBackward(std::string_view s, size_t end) {
  for (int given = 2; given >= 1; --given) {
    size_t start = end;
    for (int k = 0; k < given + 2 && start != kNone; ++k) {
      char32_t cp;
      start = start == 0 ? kNone : PrevChar(s, start, &cp);
      if (start != kNone && !IsIdeograph(cp)) start = kNone;
    }
    if (start != kNone && end - start == static_cast<size_t>(3 * (given + 2)) &&
        IsCompoundSurname(s.substr(start, 6)) && IsBoundaryBefore(s, start)) {
      return start;
    }
  }
  return kNone;
}

// Whether a name may end right before `at`: the text or a clause ends there, or a speech word
// or a stop that is not in given names starts there (王一博在场).
bool EndsName(std::string_view s, size_t at) {
  size_t l = 0;
  if (at >= s.size() || !IsIdeographAt(s, at, &l)) return true;
  if (IsNameStop(s.substr(at, l), /*in_name=*/true)) return true;
  for (std::string_view word : kAfterName) {
    if (StartsWith(s, at, word)) return true;
  }
  return false;
}

// The end of a name right after a role word, at `at` (被害人张三在家中, 司机李四驾驶), or 0: a
// surname and one or two more characters up to a stop, as after the other contexts; with a stop
// common in given names (方中华, 毛一民), the longer one where it ends as a name does (EndsName),
// or where nothing shorter is one. Not the surnames and words that read otherwise after role
// words.
size_t RoleNameEnd(std::string_view s, size_t at, Surnames which = Surnames::kWide) {
  // Role words are among the commonest words of a police text: the cheap tests first. No
  // surname there: no name (when the bounded walk finds none, the other does not either).
  const size_t wide = NameForwardFrom(s, at, which, /*bounded=*/true);
  if (wide < 6) return 0;
  const std::string_view first = s.substr(at, 3);
  const std::string_view second = s.substr(at + 3, 3);
  // (In a list or a form's field, where the name's end is tested, 曾 is a surname: 姓名：曾梦兰.)
  if (which != Surnames::kList && kNotSurnamesAfterRole.find(first) != std::string_view::npos) {
    return 0;
  }
  if (first == "于" && kYuBeforeTime.find(second) != std::string_view::npos) return 0;
  // The words of kNotNamesAfterRole, and 于 and 向 before each of kNotAfterYu and kNotAfterXiang,
  // as sorted keys.
  static const std::vector<uint64_t> kNotNames = [] {
    std::vector<uint64_t> keys;
    for (size_t k = 0; k + 6 <= kNotNamesAfterRole.size(); k += 6) {
      keys.push_back(Pack6(kNotNamesAfterRole.substr(k, 6)));
    }
    for (const auto& [head, seconds] : {std::pair{std::string_view("于"), kNotAfterYu},
                                        std::pair{std::string_view("向"), kNotAfterXiang}}) {
      for (size_t k = 0; k + 3 <= seconds.size(); k += 3) {
        keys.push_back(Pack6(std::string(head) + std::string(seconds.substr(k, 3))));
      }
    }
    std::sort(keys.begin(), keys.end());
    return keys;
  }();
  if (std::binary_search(kNotNames.begin(), kNotNames.end(), Pack6(s.substr(at, 6)))) {
    // A word, unless it starts a name of three characters that a word following names ends.
    size_t l = 0;
    // (In a list, not with a stop third: 彭某同洪水中被困群众.)
    const bool followed = wide == 9 &&
                          (at + 9 >= s.size() || !IsIdeographAt(s, at + 9, &l) ||
                           kNameFollowers.find(s.substr(at + 9, l)) != std::string_view::npos) &&
                          (which != Surnames::kList || !IsNameStop(s.substr(at + 6, 3)));
    if (!followed) return 0;
  }
  // The walk that stops at the stops common in given names as well differs only where one of
  // them is in the name (most names have none).
  bool soft_stop = false;
  for (size_t k = at + 3; k + 3 <= at + wide; k += 3) {
    soft_stop = soft_stop || IsNameStop(s.substr(k, 3));
  }
  const size_t m = soft_stop ? NameForwardFrom(s, at, which) : wide;
  if (wide > m && (m == 0 || EndsName(s, at + wide))) return at + wide;
  return m > 0 ? at + m : 0;
}

// The length of the word joining the members of a list at `at` (、, 和, 与, 及, 同, 以及, 伙同),
// or 0.
size_t ListJoinAt(std::string_view s, size_t at) {
  if (s.size() < at + 3) return 0;
  const std::string_view ch = s.substr(at, 3);
  if (ch == "、" || ch == "和" || ch == "与" || ch == "及" || ch == "同") return 3;
  return StartsWith(s, at, "以及") || StartsWith(s, at, "伙同") ? 6 : 0;
}

// Verbs that follow the members of a list of persons (张某与李四共同实施, 王某、李四承认,
// 李某伙同王五盗窃).
constexpr std::array<std::string_view, 23> kAfterListedName = {
    "证实", "证明", "承认", "交代", "陈述", "表示", "反映", "辩称", "辩解", "共同", "一起", "一同",
    "逃离", "盗窃", "冒充", "殴打", "诈骗", "抢劫", "实施", "窃取", "骗取", "持刀", "说",
};

// Characters that end words for persons or places, not names (安全员, 包间内, 管理人员).
constexpr std::string_view kNotNameEnds = "员警工队长主户师众人";
constexpr std::string_view kNotAfterName = "某人员内里";

// Whether a member of a list may end right before `at`: where a name does (EndsName), or
// before a verb that follows persons; not where a word goes on (NoWordGoesOn): before
// kNotAfterName (梁河县某公司, 管理人员, 包间内), or after kNotNameEnds.
bool NoWordGoesOn(std::string_view s, size_t at) {
  if (at < 3 || kNotNameEnds.find(s.substr(at - 3, 3)) != std::string_view::npos) return false;
  return s.size() < at + 3 || kNotAfterName.find(s.substr(at, 3)) == std::string_view::npos;
}
bool EndsListedName(std::string_view s, size_t at) {
  if (!NoWordGoesOn(s, at)) return false;
  if (EndsName(s, at)) return true;
  return std::any_of(kAfterListedName.begin(), kAfterListedName.end(),
                     [&](std::string_view word) { return StartsWith(s, at, word); });
}

// The later members of a list after a name found ending at `end` (其朋友王五、赵六等人,
// 被害人张三和李四在家中): each a name as after a role word (RoleNameEnd, with the surnames of
// all three lists) that ends where a name of a list does (EndsListedName).
void NamesListedAfter(std::string_view s, size_t end, Findings* out) {
  for (int k = 0; k < 8; ++k) {
    const size_t join = ListJoinAt(s, end);
    if (join == 0) return;
    const size_t at = end + join;
    if (const size_t dotted = DottedNameForward(s, at); dotted > 0) {  // 岩某和阿依古丽·买买提
      AddHeuristic(at, at + dotted, out);
      end = at + dotted;
      continue;
    }
    size_t next = RoleNameEnd(s, at, Surnames::kList);
    // A name of two characters before a verb that follows persons (李娜共同: 共 ends no name).
    if (next == at + 9 && !EndsListedName(s, next) && EndsListedName(s, at + 6)) next = at + 6;
    if (next == 0 || !EndsListedName(s, next)) return;
    AddHeuristic(at, next, out);
    end = next;
  }
}

// The start of a name ending right before `end` (where a speech word starts), or kNone: a dotted
// minority name or a compound surname; else a surname + 1–2 (NameBeforeWord). (Each guess is
// computed only when the ones before it found nothing.)
size_t NameEndingAt(std::string_view s, size_t end) {
  if (const size_t dotted = DottedNameBackward(s, end); dotted != kNone) return dotted;
  if (const size_t compound = CompoundNameBackward(s, end); compound != kNone) return compound;
  return NameBeforeWord(s, end);
}

// The earlier members of a list before a name found starting at `start` (张三、李四称): each a
// name before a speech word would be (NameEndingAt).
void NamesListedBefore(std::string_view s, size_t start, Findings* out) {
  for (int k = 0; k < 8 && start >= 3; ++k) {
    // The join's length: 以及 and 伙同 end in 及 and 同, which are joins themselves.
    const size_t join = start >= 6 && ListJoinAt(s, start - 6) == 6 ? 6 : ListJoinAt(s, start - 3);
    if (join == 0) return;
    const size_t before = NameEndingAt(s, start - join);
    if (before == kNone) return;
    AddHeuristic(before, start - join, out);
    start = before;
  }
}

// A name after a role word, with the later members of its list.
void RoleNameAt(std::string_view s, size_t at, Findings* out) {
  if (const size_t end = RoleNameEnd(s, at); end > 0) {
    AddHeuristic(at, end, out);
    NamesListedAfter(s, end, out);
  }
}

// Words before a form's colon that name a person's field: 报警人:, 联系人:, 姓名:, 驾驶员:,
// 车主:, 申请者: (the last characters; the context words are looked for at their start).
constexpr std::string_view kFieldEnds = "人名员主者";
// What may follow a name in a form's field besides punctuation (姓名:张三男, 李四系).
constexpr std::string_view kValueFollowers = "男女系等";
// What starts a form's value that is no name (姓名：不详, 户名：某某公司).
constexpr std::string_view kPlaceholderFirsts = "某不无未待空略见同详";

}  // namespace

void NamesAfterMasked(std::string_view s, size_t i, Findings* out) {
  // 某 after a surname (张某, 欧阳某), or 某某 after one (李某某): a person already masked.
  if (ListJoinAt(s, i + 3) == 0 || i < 3) return;
  size_t before = i;
  if (s.substr(before - 3, 3) == "某") before -= 3;
  const bool surname = (before >= 3 && IsSurnameChar(Decode3(s, before - 3), Surnames::kWide)) ||
                       (before >= 6 && IsCompoundSurname(s.substr(before - 6, 6)));
  if (surname) NamesListedAfter(s, i + 3, out);
}

void NameAfterColon(std::string_view s, size_t i, Findings* out) {
  if (i < 3 || s.size() < i + 7) return;
  const std::string_view before = s.substr(i - 3, 3);
  if (kFieldEnds.find(before) == std::string_view::npos) return;
  // A form's value ends at punctuation or at the next field (男, 女, 系 …); not a name where a
  // word goes on (申请人：高新科技公司, 梁河县某某公司).
  auto ends_value = [&](size_t end) {
    size_t l = 0;
    return end > 0 && NoWordGoesOn(s, end) &&
           (end >= s.size() || !IsIdeographAt(s, end, &l) ||
            kValueFollowers.find(s.substr(end, l)) != std::string_view::npos);
  };
  const size_t at = i + 1;
  if (const size_t dotted = DottedNameForward(s, at); dotted > 0) {  // 联系人:勒排·早腊
    AddHeuristic(at, at + dotted, out);
    NamesListedAfter(s, at + dotted, out);
    return;
  }
  size_t end = RoleNameEnd(s, at, Surnames::kList);
  if (end == at + 9 && !ends_value(end) && ends_value(at + 6)) end = at + 6;
  if (!ends_value(end) && i >= 6 &&
      (s.substr(i - 6, 6) == "姓名" || s.substr(i - 6, 6) == "户名")) {
    // These fields name their value: a name of any surname (姓名：邰欣，女), two to four
    // ideographs that end as a form's value does, and no placeholder (不详, 无, 某某).
    end = at;
    for (int count = 0; count < 4 && IsIdeograph(Decode3(s, end)); ++count) {
      const std::string_view ch = s.substr(end, 3);
      if ((count == 0 && kPlaceholderFirsts.find(ch) != std::string_view::npos) ||
          (count >= 2 && kValueFollowers.find(ch) != std::string_view::npos)) {
        break;
      }
      end += 3;
    }
    if (end < at + 6) return;
  }
  if (!ends_value(end)) return;
  AddHeuristic(at, end, out);
  NamesListedAfter(s, end, out);
}

namespace {

// For each first character of a list of context words, the words that start with it (bit k:
// word k), so that a trigger compares those only, in list order.
template <size_t N>
CodePointMap FirstCharWords(const std::array<std::string_view, N>& words) {
  static_assert(N <= 64);
  CodePointMap map;
  for (size_t k = 0; k < N; ++k) {
    char32_t cp;
    DecodeUtf8(words[k], 0, &cp);
    map.Or(cp, uint64_t{1} << k);
  }
  return map;
}

// Whether context word `word`, whose first character is the one at s[i], lies at s[i]: the
// rest of it compared inline (context words have one or two characters).
bool ContextWordAt(std::string_view s, size_t i, std::string_view word) {
  if (s.size() - i < word.size()) return false;
  for (size_t k = 3; k < word.size(); ++k) {
    if (s[i + k] != word[k]) return false;
  }
  return true;
}

}  // namespace

size_t NameHeuristicAt(std::string_view s, size_t i, Findings* out) {
  static const CodePointMap kBeforeFirst = FirstCharWords(kBeforeName);
  static const CodePointMap kAfterFirst = FirstCharWords(kAfterName);
  char32_t cp;
  const size_t len = DecodeUtf8(s, i, &cp);
  // A role word may start with a word that follows names (驾驶人, 报警人: 驾驶, 报警): a name
  // before it is looked for too (张三驾驶人力三轮车), and the scan resumes after the longer.
  size_t resume = i + len;
  for (uint64_t words = kBeforeFirst.Find(cp); words != 0; words &= words - 1) {
    const auto k = static_cast<size_t>(std::countr_zero(words));
    const std::string_view word = kBeforeName[k];
    if (!ContextWordAt(s, i, word)) continue;
    size_t at = i + word.size();
    // A form's colon between the word and the name (报警人：张三, folded to ':').
    if (at < s.size() && s[at] == ':') ++at;
    if (const size_t n = DottedNameForward(s, at); n > 0) {
      AddHeuristic(at, at + n, out);
      NamesListedAfter(s, at + n, out);
    } else if (k >= kStrongContexts) {
      RoleNameAt(s, at, out);
    } else {
      size_t m = NameForwardFrom(s, at, Surnames::kWide);
      // A name with a stop character in it (其朋友王立新称, 其朋友王建立称) where a speech word, a
      // stop that is no given name's or the end of a clause comes right after it.
      if (const size_t wide = NameForwardFrom(s, at, Surnames::kWide, /*bounded=*/true);
          wide > m && EndsName(s, at + wide)) {
        m = wide;
      }
      if (m > 0) {
        AddHeuristic(at, at + m, out);
        NamesListedAfter(s, at + m, out);
      }
    }
    resume = at;
    break;
  }
  for (uint64_t words = kAfterFirst.Find(cp); words != 0; words &= words - 1) {
    const std::string_view word = kAfterName[static_cast<size_t>(std::countr_zero(words))];
    if (!ContextWordAt(s, i, word)) continue;
    if (word == "称" && i > 0) {
      const size_t p = PrevCharStart(s, i);
      const std::string_view prev = s.substr(p, i - p);
      if (prev.size() == 3 && kNotSpeechBefore.find(prev) != std::string_view::npos) {
        return resume;
      }
    }
    if (const size_t start = NameEndingAt(s, i); start != kNone) {
      AddHeuristic(start, i, out);
      NamesListedBefore(s, start, out);
    }
    return std::max(resume, i + word.size());
  }
  return resume;
}

}  // namespace disclosure::redaction::internal
