// Person names: surname lists, masking, and the heuristic for names no party lists.
#include <algorithm>
#include <array>
#include <bit>
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

// Whether the whole character `ch` (of valid UTF-8) is one of the characters of kList (3-byte
// ones): a bit set built once per list. (The scan's paths ask this often; std::string_view's
// find and == on a character called the C library's memchr and memcmp.)
template <const std::string_view& kList>
bool CharIn(std::string_view ch) {
  static const CharSet* const kSet = new CharSet(SplitChars(kList));
  return ch.size() == 3 && kSet->contains(Decode3(ch, 0));
}

// The traditional compound surnames (复姓), 百家姓 and later sources, and those of the northern
// peoples still borne (完颜, 耶律 …).
// (Since session sixty-one, red-team set Z, the last ten: Taiwan's and Hong Kong's traditional
// characters, 歐陽, 司馬 …, and Taiwan's double surnames 張簡, 張廖.)
constexpr std::array<std::string_view, 100> kCompoundSurnames = {
    "完颜", "耶律", "斛律", "达奚", "乞伏", "叱干", "欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
    "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "轩辕", "万俟", "闻人",
    "赫连", "公羊", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "仲孙", "钟离",
    "鲜于", "闾丘", "司空", "亓官", "司寇", "子车", "颛孙", "巫马", "公西", "漆雕", "乐正", "壤驷",
    "公良", "拓跋", "夹谷", "宰父", "谷梁", "段干", "百里", "东郭", "南门", "呼延", "归海", "羊舌",
    "微生", "梁丘", "左丘", "东门", "西门", "南宫", "第五", "公仪", "公乘", "太史", "仲长", "叔孙",
    "屈突", "尔朱", "东乡", "相里", "胡母", "司城", "张廖", "雍门", "毋丘", "贺兰", "綦毋", "独孤",
    "南郭", "北宫", "王孙", "青阳", "纳兰", "范姜", "歐陽", "司馬", "諸葛", "東方", "尉遲", "公孫",
    "長孫", "張簡", "張廖", "鍾離",
};

// The ~100 most common single-character surnames (used only by the heuristic).
constexpr std::string_view kCommonSurnames =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓韩冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏"
    "吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃"
    "武钱戴严莫孔向常汤"
    // (Since session forty-one: 傅, ranked among the hundred commonest, had been left out.)
    "傅"
    // Dai and Jingpo personal-name prefixes of Dehong (岩罕, 玉罕, 刀某, 排某): no surname
    // split, but they start a name as a surname would.
    "岩玉刀排"
    // Local surnames of Lianghe (寸, 线), common there, rare elsewhere.
    "寸线"
    // (Since session sixty-one, red-team set Z: the traditional characters of these surnames, as
    // Taiwan's and Hong Kong's residents write them: 陳冠廷, 黃淑華, 張家瑋, 吳佩蓉, 劉雅婷. Each
    // list has the traditional forms of its own.)
    "陳張劉楊黃趙吳孫馬羅鄭謝許鄧韓馮蔣葉蘇呂盧鍾譚陸韋賈鄒閆龍賀顧龔萬錢嚴湯";

// Less common single-character surnames (ranked past the hundred commonest in China's household
// registers), which start a name only where the context says a name is there: right after a
// context word (其朋友庞某), or before a speech word where a clause starts (，庞志强称). Left
// out: surnames that start common words of a police text after those contexts (其邻居施工,
// 储藏室, 麦地, 楼房, 关门, 其丈夫康复, 赖账, 证人揭发, 申请, 房屋, 管理 …), which would be read
// as names there (RedactNames tests both lists).
constexpr std::string_view kMoreSurnames =
    "易乔洪辛柯樊殷葛鲁祝邢尤伍岳翟聂颜倪庞耿焦詹俞鲍芦卜艾梅喻裴祁符靳涂滕戚阮欧丛仇冉卓蒲邬穆"
    "萧巫桂晏佘瞿阎霍栾骆饶燕薄雍隋闵姬奚鄢岑郁廉厉匡缪苟鞠寇冀柏杭娄敖翁刁佟沃尉虞赫嵇鄂卞邸逯"
    "褚扈竺谌牟裘巩蔺纪舒屈季宗温章"
    // Rarer ones, which start no common word (訾, 郗, 窦 …; hand-written texts by a helper).
    "訾汲郜芮宓仉邴贲酆郗糜宦窦荆钮邰湛阚晁蒯缑谯笪隗郦厍夔殳巢桓阙亢濮莘乜"
    // (Since session thirty-four, from a red-team round: 仝志强, 亓春生, 禚立军, 逄立伟.)
    "仝亓禚逄禹"
    // (Since session thirty-five, surnames in two red-team rounds: 禄国华, 侬文才, 虎彦林, 丘丽华,
    // 冼志坚, 钭伟明, 閤.)
    "禄侬虎丘冼钭閤"
    // (Since session thirty-six, a third red-team round: 蚁泽鹏, 陇欣怡, 郄长河, 禤家明, 苑小燕,
    // 昝丽, 卯.)
    "蚁陇郄禤苑昝卯"
    // (Since session thirty-seven, a fourth red-team round: 庹丽娟, 眭建忠, 綦玉霞.)
    "庹眭綦"
    // (Since session thirty-nine, a fifth red-team round: 郇建军; a sixth: 邝嘉欣, read before only
    // in lists.)
    "郇邝"
    // (Since session forty-one, surnames missing from the lists: 荣, 栗, 雒, 蔚, 骞, 奉.)
    "荣栗雒蔚骞奉"
    // (Since session forty-two, red-team set E: 檀子豪.)
    "檀"
    // (Since session fifty-eight, red-team set W: 回收站（负责人兰文杰，…）.)
    "兰"
    // (Traditional forms, since session sixty-one: see kCommonSurnames.)
    "喬魯聶顏龐鮑蘆歐叢鄔蕭閻欒駱饒閔厲繆婁諶鞏藺紀溫";

// Surnames that start common words as well (车辆, 施工, 康复, 项链 …), left out of both lists
// above: they start a name only as a later member of a list of persons (张某、车晓东称), where
// it must end as a name does.
constexpr std::string_view kListSurnames =
    "盛蓝苗康池童宁甄胥练华冷包牛宫柴谷查左项路关应车施甘管储麦楼申蒙封柳齐凌房景粟闻解农普"
    "尚商桑权谈秋凤时安米连乐花屠毕"
    // Rarer ones that start common words too (单位, 国家, 水果, 云南, 边境, 卫生 …).
    "单麻边国羊支井幸戈水云揭卫况伏迟沙阳盖简丰党危相游"
    // (Since session thirty-five: 昂建平, 沐小刚, 妥秀英, 喇生秀, 班秀玲, 冶, 纳, 海玉兰, 朴, 惠,
    // 满德胜; 昂贵, 沐浴, 妥善, 喇叭, 班长, 冶炼, 纳税, 海关, 朴素, 优惠, 满意.)
    "昂沐妥喇班冶纳海朴惠满"
    // (Since session thirty-six: 敬志勇, 粘志强, 母德明, 锁建国, 但, 拓永平; 敬酒, 粘贴, 母亲,
    // 锁门, 但是, 拓展.)
    "敬粘母锁但拓"
    // (Since session thirty-seven: 吉亚明, 言思琪, 隆建军, 旷国平, 滑志伟, 哈秀兰; 吉林, 言语,
    // 隆重, 旷工, 滑倒, 哈哈.)
    "吉言隆旷滑哈"
    // (Since session forty-four, red-team set I: 占国辉, 盘秀莲, 战玉霞, 木春林, 星永福; 占用,
    // 盘查, 战斗, 木材, 星期.)
    "占盘战木星"
    // (Since session sixty-two, red-team set AA: a Hui surname, 撒海龙, 撒建国; 撒谎, 撒拉族.)
    "撒"
    // (Since session thirty-nine, a fifth red-team round: 赖文斌, 晋小平, 师艳芳, 郎永军, 庄明杰,
    // 文庆祥, 曲秀芝, 漆国富; 赖账, 晋升, 师傅, 郎中, 庄稼, 文件, 曲折, 漆黑. A sixth: 初广志,
    // 古德胜, 衣春燕; 初步, 古镇, 衣服.)
    "赖晋师郎庄文曲漆初古衣"
    // (Since session forty-one: 仲, 计, 成, 代, 鲜, 修, 官, 荀, 伊; 仲裁, 计算, 成功, 代为, 鲜花,
    // 修理, 官方, 伊始. Not 宿: 员工宿舍设·在 would start a dotted name.)
    "仲计成代鲜修官荀伊"
    // (Traditional forms, since session sixty-one: see kCommonSurnames.)
    "藍寧練華宮項關應車儲麥樓齊聞農權談鳳時連樂畢單邊國衛陽簡豐黨賴莊師";

// Which surnames start a name: the common ones, (kWide) the less common ones as well, or (kList)
// all three lists.
enum class Surnames { kCommon, kWide, kList };

// What the name walks ask of a character, for the 3-byte ones (BMP from U+0800): a table of
// bits by code point, one lookup where several bit sets and word maps were asked in turn.
enum NameClass : uint16_t {
  kIdeographClass = 1,          // IsIdeograph
  kStopClass = 2,               // kNameStops
  kStopInNameClass = 4,         // kNameStops but kStopsInGivenNames
  kAfterNameFirst = 8,          // the first character of a word of kAfterName
  kAfterListedFirst = 16,       // … of kAfterListedName
  kAfterModelFirst = 32,        // … of kAfterModelName
  kNotNameEndClass = 64,        // kNotNameEnds
  kNotAfterNameClass = 128,     // kNotAfterName
  kThreeByteClass = 256,        // every 3-byte character (so that only others have 0)
  kCommonSurnameClass = 512,    // kCommonSurnames
  kWideSurnameClass = 1024,     // kCommonSurnames, kMoreSurnames
  kListSurnameClass = 2048,     // the two and kListSurnames
  kCompoundFirstClass = 4096,   // the first character of a compound surname
  kCompoundSecondClass = 8192,  // … the second
  kGivenNameClass = 16384,      // kGivenNameChars
  kNotNameSecondClass = 32768,  // the second character of a word IsWordNotName reads
};
const uint16_t* BuildNameClasses();  // (below, with the lists)
[[gnu::always_inline]] inline const uint16_t* NameClasses() {
  static const uint16_t* const kTable = BuildNameClasses();
  return kTable;
}

// The classes of the character at s[at] if it has three bytes, else 0.
[[gnu::always_inline]] inline uint16_t NameClassAt(std::string_view s, size_t at) {
  return NameClasses()[Decode3(s, at)];  // (Decode3: 0 for any other, whose entry is 0)
}
// Whether code point cp has one of the classes `bits`.
[[gnu::always_inline]] inline bool HasNameClass(char32_t cp, uint16_t bits) {
  return cp < 0x10000 && (NameClasses()[cp] & bits) != 0;
}

// Whether the six bytes are a compound surname (欧阳, 司马 …), once their characters' classes allow
// one (below, with the table).
bool InCompoundSurnames(std::string_view two_chars);
// Most characters start no compound surname, and most pairs that start with a first one (公安,
// 上述, 东方 …) have no second one's second character: both tested first, by their classes,
// inline (the scan asks at most clauses).
[[gnu::always_inline]] inline bool IsCompoundSurname(std::string_view two_chars) {
  return two_chars.size() == 6 && (NameClassAt(two_chars, 0) & kCompoundFirstClass) != 0 &&
         (NameClassAt(two_chars, 3) & kCompoundSecondClass) != 0 && InCompoundSurnames(two_chars);
}

// The characters of the first two lists.
std::vector<std::string_view> WideSurnameChars() {
  std::vector<std::string_view> chars = SplitChars(kCommonSurnames);
  const std::vector<std::string_view> more = SplitChars(kMoreSurnames);
  chars.insert(chars.end(), more.begin(), more.end());
  return chars;
}

bool IsSurnameChar(char32_t cp, Surnames which) {
  const uint16_t lists = which == Surnames::kCommon ? kCommonSurnameClass
                         : which == Surnames::kWide ? kWideSurnameClass
                                                    : kListSurnameClass;
  return HasNameClass(cp, lists);
}

bool IsMiddleDot(std::string_view ch) { return ch == "·" || ch == "•" || ch == "・"; }

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

// Whether one of `words` (of ideographs; `firsts`: FirstCharWords(words)) starts at s[at].
template <size_t N>
bool WordOfAt(std::string_view s, size_t at, const std::array<std::string_view, N>& words,
              const CodePointMap& firsts) {
  for (uint64_t w = firsts.Find(Decode3(s, at)); w != 0; w &= w - 1) {
    if (ContextWordAt(s, at, words[static_cast<size_t>(std::countr_zero(w))])) return true;
  }
  return false;
}

// (Inline: its words are literals, whose lengths then are constants.)
[[gnu::always_inline]] inline bool StartsWith(std::string_view s, size_t at,
                                              std::string_view word) {
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
    "述末度年"
    // (Since session thirty-nine: 见, of 见状 见到 见面 after a name of two: 老板娘程丽见状报警.)
    "见"
    // (Since session forty-eight: 拨, of 拨打 after a name of two: 其儿子张磊拨打110报警.)
    "拨"
    // (Since session fifty-six, red-team set U: 伙, of 伙同 after a name of two, 张三伙同李四,
    // which was masked 张某同李某.)
    "伙";

// Stops that are common in given names too (王立新, 王一博, 杨和平, 李中华, 刘向东, 陈为民,
// 张来福): where something else ends the name right after it (a speech word, another stop, the
// end of a clause), they do not stop it.
constexpr std::string_view kStopsInGivenNames = "一立为和中来向二";

// A whole 3-byte character of kNameStops; with `in_name`, not one of kStopsInGivenNames.
// (Defined with NameClasses below.)
bool IsNameStop(std::string_view ch, bool in_name = false);

// Words a speaker calls out that are no one's name (妈妈，… 师傅，… 明白，…), of two characters of
// given names or a surname and one.
constexpr std::string_view kNotVocatives =
    "明白知道放心安心小心当心加油同志先生女士小姐阿姨叔叔伯伯大哥大姐兄弟老乡师傅宝贝亲爱"
    "领导老师同学朋友大家各位谢谢你好您好晚安再见平安保重快跑救命来人天哪";

// Contexts after which a person's name usually follows (其朋友张三), then the role words a
// party's name follows in a police text (被害人张三, 违法行为人李四, 司机王五). These are weaker:
// ordinary words that start with a surname follow them as well (被害人钱包被盗, 嫌疑人于当日,
// 当事人陈述), so a name after one is taken only where it ends as a name does (RoleNameAt).
// Since session twenty-nine also an organization's people (法定代表人 …: masked as any person
// unless a profile keeps a listed one), a decision's party heading (被处罚人王建平，男) and more
// people of a case; since session thirty-one 法定代理人 and 同案人; since session forty-nine an
// agreement's parties, 甲方 and 乙方 (向乙方王秀莲赔礼道歉; red-team set N); since session
// fifty-one a case's victim, 事主 (事主邱晓燕，女, 事主梁文静报警称), but not inside 人事 当事 故事
// 军事 民事 刑事 (人事主管倪晓红: NameHeuristicAt), and a parcel's addressee, 收件人
// (收件人陈阿珠来驿站取件; red-team set O); since session sixty-three a neighbour, 街坊
// (街坊邝国华、伍少芬及当日…; red-team set AB: the list is full). 事主 makes the scan stop at every
// 事 as well (the commit that added it, with four nouns for persons, cost 2.1 M instructions a pass
// over the benchmark's corpus, 0.3 %). At most 64 words in all (FirstCharWords' mask).
constexpr size_t kStrongContexts = 13;
// The characters before 事 in words that hold 事主 but name no victim (人事主管, 当事主体).
constexpr std::string_view kWordsBeforeShi = "人当故军民刑";
constexpr size_t kVillagerContext = 3;  // 村民
constexpr size_t kFirstKinContext = 5;  // 妻子 … 母亲: kin (KinNameEnd)
constexpr size_t kLastKinContext = 10;
constexpr std::array<std::string_view, kStrongContexts + 51> kBeforeName = {
    "朋友",   "同事",       "邻居",     "村民",     "证人",       "妻子",   "丈夫",   "儿子",
    "女儿",   "父亲",       "母亲",     "其友",     "商户",       "被害人", "受害人", "嫌疑人",
    "行为人", "报警人",     "报案人",   "当事人",   "举报人",     "驾驶人", "驾驶员", "司机",
    "车主",   "房东",       "监护人",   "户主",     "租户",       "店主",   "家属",   "亲属",
    "同伙",   "室友",       "姐姐",     "哥哥",     "弟弟",       "妹妹",   "受害者", "被侵害人",
    "受伤者", "目击者",     "知情人",   "被询问人", "法定代表人", "负责人", "经营者", "实际控制人",
    "投资人", "被处罚人",   "被传唤人", "借款人",   "网友",       "老板娘", "老板",   "租客",
    "债主",   "法定代理人", "同案人",   "甲方",     "乙方",       "事主",   "收件人", "街坊",
};

// Kin after 其 or 之 (其妻刘秀英称, 被害人之父李建国报警, 其前夫赵志刚多次…; since session thirty):
// a name after one is read as after a role word (RoleNameAt: where it ends as a name does, so
// that 其子女, 其父母 and 其女友 read none). Where none follows, the scan goes on at the next
// character: 其妻子刘秀英 is read at 妻子.
// 其 is deferred (kDeferredFirsts): the scan stops at these words' second characters instead, so
// none of them is a common character (not 其女, 其孙 or 其公公: 女, 孙 and 公 are, and cost 1.8 %
// more instructions a pass).
// Since session thirty-four also the wider family (from 其表弟 on: 其舅舅, 其孙子 …; their second
// characters are rare in police texts but 表 and 孙), where the name must end with a given name's
// character (not 其奶奶许久未归, 其舅舅高兴地称).
constexpr size_t kFirstWiderKin = 22;
// (之妹 之姐 之孙 since session thirty-nine. 其妻弟 其妻妹 其妻兄 其妻姐, a wife's siblings, and
// 其祖父 其祖母 其外公 其外婆 since session fifty-five, red-team set T: 其妻弟都永春,
// 其祖父名沙马木阿.)
// (其女, 之女, 其孙, 其叔: since session thirty-eight. 其侄 之侄 since session sixty-two,
// red-team set AA: 撒某之侄撒建国拨打110.)
constexpr std::array<std::string_view, 60> kKinWords = {
    "其妻",   "其夫",   "其子",   "其父",   "其母",   "其兄",   "其弟",   "其姐",   "其妹",
    "其前夫", "其前妻", "其岳父", "其岳母", "之妻",   "之夫",   "之子",   "之父",   "之母",
    "之兄",   "之弟",   "其女",   "之女",   "其表弟", "其表哥", "其表姐", "其表妹", "其舅舅",
    "其舅妈", "其叔叔", "其婶婶", "其姑姑", "其姑父", "其姨妈", "其姨父", "其侄子", "其侄女",
    "其孙子", "其孙女", "其堂弟", "其堂哥", "其堂姐", "其堂妹", "其嫂子", "其爷爷", "其奶奶",
    "其孙",   "其叔",   "之妹",   "之姐",   "之孙",   "其妻弟", "其妻妹", "其妻兄", "其妻姐",
    "其祖父", "其祖母", "其外公", "其外婆", "其侄",   "之侄",
};
static_assert(kKinWords[kFirstWiderKin] == "其表弟");
// (AppendKinCharacters, below the kin nouns: their first characters and those after 其 or 之.)
void AppendKinCharacters(std::vector<std::string_view>* chars);
static_assert(kBeforeName[kFirstKinContext] == "妻子" && kBeforeName[kLastKinContext] == "母亲");
static_assert(kBeforeName[kVillagerContext] == "村民");
// What makes a longer word of a kin word of two characters (其女儿, 其女友, 其叔父, 其孙辈).
constexpr std::string_view kKinGoesOn = "儿友婿士性工童方父母辈媳";
// What follows 其妻 in the kin words of a wife's siblings (其妻弟 …).
constexpr std::string_view kWifesSiblings = "弟妹兄姐";
// The length of a kin word of two characters of kKinWords, without its 其, at byte `at` (表姐,
// 婶婶 …), or 0. Not one that starts with a surname: a name may start there (罗某和孙子军在现场:
// scripts/leak-sweep.sh, seed 4).
size_t KinWordAt(std::string_view s, size_t at) {
  if (at > s.size() || HasNameClass(Decode3(s, at), kListSurnameClass)) return 0;
  for (std::string_view word : kKinWords) {
    if (word.size() == 9 && s.substr(at).starts_with(word.substr(3))) return 6;
  }
  return 0;
}
// Since session thirty-five: people a narrative names by their work, their place in the
// case or the family, without 其 (KTV保安杨忠贵, 店员韦丽, 村医王国安, 持有人沐小刚,
// 被拘留人马福海, 我老公杨文昌, 死者陶正光; a red-team round's documents). Read as after the wider
// kin words: a name after one must end with a given name's character (RoleNameAt, given_last), so
// that 学生证, 群众路线 and 职工宿舍 read none. And 叫, 名叫 (一个叫张世昌的人, 真名叫蒙德才), with
// a quotation mark after them (自称叫“王志成”). Left out: nouns that start with characters common
// in police texts, where the scan would stop (公公, 事主, 物主, 管理员, 伤者, 领班, 阿姨: 公 alone
// stopped it 37,000 times a pass over the benchmark's corpus). (事主 is read among the role
// words since session fifty-one, kBeforeName.)
constexpr std::array<std::string_view, 64> kPersonNouns = {
    "保安",
    "服务员",
    "店员",
    "店长",
    "摊主",
    "村医",
    "门卫",
    "厨师",
    "顾客",
    "乘客",
    "游客",
    "员工",
    "职工",
    "经理",
    "群众",
    "居民",
    "老师",
    "学生",
    "同学",
    "医生",
    "护士",
    "保姆",
    "工友",
    "老乡",
    "好友",
    "男友",
    "女友",
    "男子",
    "女子",
    "死者",
    "患者",
    "失主",
    "持有人",
    "储存人",
    "销售人",
    "乘车人",
    "被拘留人",
    "见证人",
    "老婆",
    "老公",
    "婆婆",
    "岳父",
    "岳母",
    "儿媳",
    "女婿",
    "老伴",
    "亲戚",
    "名叫",
    "叫",
    "化名",
    // (Since session forty-one: 我们后邻郗桂兰, 志愿者韦爱民.)
    "后邻",
    "前邻",
    "隔壁",
    "志愿者",
    // (Since session forty-two, red-team set E: 平台客服孙蕾, 网吧网管黄鹏, 导游汪晓峰, 钓友余老五,
    // 同乡黄冬生, 寨邻吴老九, 寨老李老鲁. 导, 客, 钓 and 寨 are deferred: kDeferredFirsts.)
    "客服",
    "网管",
    "导游",
    "钓友",
    "同乡",
    "寨邻",
    "寨老",
    // (Since session fifty-one: 看大棚的老人孙德胜说, 同村老人崔东日的证言, 独居老人波罕（傣族）;
    // 路人石小军证实, red-team set O.)
    "老人",
    "路人",
    // (Since session fifty-six, red-team set Q: 我同桌宁可欣. The list is full: FirstCharWords
    // maps 64 words at most.)
    "同桌",
};
// The same for people named by their work or place (since session thirty-eight: a fifth red-team
// round's, where minority names are many: 牧民巴特尔, 嘎查长宝音, 柜员黄文静). A list of its own
// because FirstCharWords maps at most 64 words.
// (Since session thirty-nine also village committees' members, who act for no state organ, and
// more people of a case: 村委会主任文庆祥, 同行人彭飞, 车辆所有人谭志刚, 老板娘程丽.)
// (Since session thirty-nine, a sixth red-team round's too, from 网格员 on; and, from 叫他 on, a
// name or a nickname by its sound called out: 都叫他阿彪, 喊她张秀兰.)
constexpr std::array<std::string_view, 64> kWorkNouns = {
    "牧民",
    "果农",
    "茶农",
    "胶农",
    "渔民",
    "农民",
    "市民",
    "个体户",
    "柜员",
    "清洁工",
    "旅客",
    "食客",
    "房客",
    "租客",
    "嘎查长",
    "小组长",
    "村干部",
    "教师",
    "专干",
    "网友",
    "班主任",
    "屯长",
    "村主任",
    "村委会主任",
    "村委会委员",
    "居委会主任",
    "村支书",
    "同行人",
    "送修人",
    "所有人",
    "家长",
    "环卫工人",
    "工人",
    "押车员",
    "隔壁",
    "网格员",
    "配偶",
    "收款人",
    "开户人",
    "押运员",
    "骑手",
    "外卖小哥",
    "持照人",
    "爸爸",
    "妈妈",
    "我爸",
    "我妈",
    "我妹",
    "我姐",
    "我哥",
    "我弟",
    "叫他",
    "叫她",
    "喊他",
    "喊她",
    // (Since session forty: a village's head, a village group's leader: 五组组长谭明江.)
    "村长",
    "组组长",
    // (Since session forty-one: 列车长蒙海燕, 合作伙伴崔永哲, 快递员, 乘务员, and the three below.)
    "列车长",
    "伙伴",
    "快递员",
    "乘务员",
    // (Village and community committees' people, as 村委会主任: 村党支部书记：黄文斌,
    // 调解委员会委员 尹德顺; not 委员会, 书记员.)
    "支部书记",
    "党委书记",
    "委员",
};
// Since session forty-five (red-team set I): more trades and places in a business or a deal, read
// as the nouns above (装卸工宋建军和我吵架, 出纳栾晓萌说, 财务主管曲艳红, 会计马丽娟). A list of
// its own, as kWorkNouns is full. Left out: nouns that start with characters common in police
// texts, where the scan would stop (住客, 电工, 木工, 理发师, 技师, 领班, 调度员, 营业员, 销售员:
// the forty first tried cost 2.9 % more instructions a pass over the benchmark's corpus). Nor
// those of 员 (保洁员, 收银员, 船员), which NameAfterPersonnel reads. 会 and 业 are deferred
// (kDeferredFirsts).
// (And, from 贩子 on, others a narrative names so: 牛贩子谭金福, 帮厨妇女余春燕, 新郎余晓东;
// red-team set J. From 当户 on, since session forty-six: 当户王秀珍以…, 传承人雷阿妹, 出租人王朝贵,
// 其闺蜜佟佳琪, 股东林志明; sets J and K.)
// (From 翻译人员 on, since session fifty: translators, no officers of the case; 33 of the
// red-team sets' names were published after 翻译人：, 翻译人员, 藏语翻译：, 经翻译.)
constexpr std::array<std::string_view, 64> kTradeNouns = {
    "装卸工", "搬运工", "保洁", "主管", "出纳", "会计", "护工", "买家", "卖家", "助理", "前台",
    "焊工", "业主", "学徒", "保镖", "雇主", "房主", "摊贩", "病人", "贩子", "妇女", "新郎", "新娘",
    "当户", "传承人", "出租人", "闺蜜", "股东", "翻译人员", "翻译人", "翻译",
    // (Since session fifty-one: 鉴定师谢永春, 打包工赵小芳.)
    "鉴定师", "打包工",
    // (Since session fifty-two, red-team set P: 养殖户亓红梅说, 房屋产权人胡桂芝, 操作手普二嘎.)
    "养殖户", "产权人", "操作手",
    // (Since session fifty-three, red-team set R: 楼组长潘桂芳及业主金某.)
    "楼组长",
    // (Since session fifty: any 主任 but a police unit's, which OfficerFieldEndsAt reads:
    // 车间主任周建国, 村主任同春来说, 办公室主任洪小英; 43 of the red-team sets' 46 names after
    // one.)
    "主任",
    // (Since session fifty-five, red-team set T: 经询问赌客何丽贞、卢耀祖.)
    "赌客", "赌徒",
    // (Since session fifty-eight, red-team set W: 船东是陈国富, 船老大是林海波, 作坊雇工仝德旺,
    // 助播亓永康, 柑橘收购商熊德旺, 作坊主皇甫志远, 运砂船船主龚德胜.)
    "船东", "船老大", "船主", "雇工", "助播", "主播", "收购商", "作坊主",
    // (Since session fifty-nine, red-team set X: 我小舅子缪春林, 我满崽符小勇 and 其满女汪丽华
    // (Hunan's youngest son and daughter), 村里的兽医向远明, 犬只饲养人为季常青, 付款人汤俊杰,
    // 委托代理人郭晓燕, 五楼住户包秀英证实, 擦伤的女工许丽华.)
    "舅子", "满崽", "满女", "兽医", "饲养人", "付款人", "代理人", "住户", "女工",
    // (Since session sixty, red-team set Y: 随船帮工黄小军, 房住客刘婷反映, 中间人邵丽芳，,
    // 调度阿斌在群里; also set L's 店内帮工罗 丽, set I's 未登记住客多杰才让.)
    "帮工", "住客", "中间人", "调度",
    // (Since session sixty-two, red-team set AA: 包工头白振东, 安全副矿长陈立新, 路口另一目击人
    // 蒋丽萍（….)
    "工头", "矿长", "目击人"};
// Since session sixty-four (red-team sets AB and AC), as kTradeNouns is full: more people named by
// their place in a farm, a group, a class or a band, and a wife's brother (场长于海涛, 群主向波在
// 群内, 班主任续永红老师, 班主周小梅, 我大舅哥王永祥说). (班主任 before 班主: not 班主任回忆.)
// (Since session sixty-five, red-team set AD: a complaint's 投诉人, a wife called 婆娘, 你爸 and
// 你妈 (投诉人魏春燕（女，…）, 他婆娘刘翠华还, 你爸何满仓一个人). Not 登记人
// (该证号登记人为冯建平): 登记 is so common in police texts that it cost 2.6 M instructions a pass,
// 0.3 %.)
// (Since session sixty-six, red-team set AE: 伤者刘伟东，男, 楼某之内侄吴浩然, 个人供货商周建波处,
// 已故钟荣昌、黄桂英夫妇; 0.7 M instructions a pass for the four, 0.08 %. And a group's head,
// 班组长 and 年级组长, red-team sets AE and H: 当班班组长赖国平（男，…）, 年级组长陈卫红进行. And
// 我家 and 俺家, before a child's doubled or familiar name only: after_noun.)
// (Since session sixty-eight, red-team sets F, G, H and J: an account's or a card's holder,
// 户名蒙丽娟, 持卡人陈桂兰, 户名为麻建军 (OverNameLink); 开户人 with them.)
// (Since session seventy, red-team set AI: a spouse without a pronoun, an aunt and a cousin of
// the north-west, 我和老婆央金、, 的老公庄水仔, 俺婶子秀芹, 我姑舅哥虎文忠.)
constexpr std::array<std::string_view, 24> kMoreTradeNouns = {
    "场长", "群主", "班主任", "班主",   "大舅哥", "投诉人", "婆娘",     "你爸",
    "你妈", "伤者", "供货商", "内侄",   "已故",   "班组长", "年级组长", "我家",
    "俺家", "户名", "持卡人", "开户人", "老婆",   "老公",   "婶子",     "姑舅哥"};
// Kin without 其 (我孙女陈思雨, 死者侄子陶文华, 我儿媳妇黄小燕, 温志辉的表弟钟俊杰): read as the
// nouns above (longer words first).
// (Since session thirty-nine also 女儿 儿子 孙子 媳妇 爷爷 奶奶 外婆 姥姥 祖母 祖父: 我孙子雷子涵,
// 他媳妇秦彩霞, 由爷爷马阿三抚养.)
// (Since session forty-one also 外孙女 外甥女 养子 养女 继子 继女 长女 次女 长子 次子: 长女王金凤
// （住…）; a longer word before the shorter it starts with. 大儿子 is read at 儿子.)
// (Since session forty-five also 孙媳妇 孙媳 继父 继母: 贺某之孙媳张晓芬, 其继父刘德胜; and,
// red-team set J, 叔父 伯父 舅父 堂兄 表兄 我爹: 其叔父黄镇坤, 其堂兄雷金水, 我爹禄德明.)
// (Since session fifty-four, red-team set S, 俺爹 俺娘, as northern speech has 我爹: 俺爹李德顺
// （已去世）.)
// (姑父 姨父 姑妈 姨妈 舅妈 婶婶 since session fifty-five, red-team set T: 我老姑父吴德福; 侄儿
// 阿爸 老头子 since session fifty-six, set U: 我侄儿向东, 我阿爸盘福旺, 我屋老头子谭世和. The
// list is full: FirstCharWords maps 64 words at most.)
constexpr std::array<std::string_view, 64> kKinNouns = {
    "儿媳妇", "侄子", "侄女", "外孙女", "外甥女", "外孙", "外甥", "表弟", "表哥", "表姐",
    "表妹",   "堂弟", "堂哥", "堂姐",   "堂妹",   "孙女", "舅舅", "姑姑", "叔叔", "嫂子",
    "姐夫",   "妹夫", "儿媳", "爱人",   "同伴",   "女儿", "儿子", "孙子", "媳妇", "爷爷",
    "奶奶",   "外婆", "姥姥", "祖母",   "祖父",   "养子", "养女", "继子", "继女", "长女",
    "次女",   "长子", "次子", "孙媳妇", "孙媳",   "继父", "继母", "叔父", "伯父", "舅父",
    "堂兄",   "表兄", "我爹", "俺爹",   "俺娘",   "姑父", "姨父", "姑妈", "姨妈", "舅妈",
    "婶婶",   "侄儿", "阿爸", "老头子",
};
// More kin, a list of its own (FirstCharWords maps 64 words at most; since session sixty-one,
// red-team sets Y and Z): how statements name their family (我太太黄淑华, 俺小叔子杨磊,
// 俺对象杨建伟, 我阿婆蓝秀莲, 他妈高淑琴, 他闺女高思雨, 其契爷赵德光, 的阿公黄炳坤, 的老伴儿刘凤霞,
// 他爹刘建国, 俺姐刘杏). The word's last character doubled is passed over (我妈妈李秀英, 他哥哥).
// (小子, a son, since session sixty-two, red-team set AA: 她家小子秦小龙.)
// (胞兄 胞弟 胞姐 胞妹, 幺儿 (a youngest son) and 老豆 (Cantonese for a father) since session
// sixty-three, red-team set AB: 系冼某1胞兄冼耀宗, 我幺儿向波建了, 你老豆何永昌在江门. The list
// is full.)
// (Not 老表, a cousin, which chats have as a speaker's name: 老表：码头冇动静, set V.)
constexpr std::array<std::string_view, 64> kMoreKinNouns = {
    "老伴儿", "太太",   "小叔子", "小姑子", "大伯子", "对象",   "阿婆",   "阿公", "阿妈", "阿爷",
    "闺女",   "契爷",   "契妈",   "契爹",   "干爹",   "干妈",   "他妈",   "他爹", "他爸", "他姐",
    "他哥",   "他弟",   "他妹",   "她妈",   "她爸",   "她姐",   "她哥",   "俺姐", "俺哥", "俺妹",
    "俺弟",   "俺妈",   "俺爸",   "我妈",   "我爸",   "我姐",   "我哥",   "我弟", "我妹", "外公",
    "姥爷",   "丈母娘", "老丈人", "表叔",   "表舅",   "堂叔",   "大舅",   "小舅", "大姨", "小姨",
    "姨婆",   "舅公",   "叔公",   "前夫",   "前妻",   "男朋友", "女朋友", "小子", "胞兄", "胞弟",
    "胞姐",   "胞妹",   "幺儿",   "老豆",
};
// Kin in dialects and phrases, a third list (since session seventy-two, red-team set AK): 婆姨
// and 羊缸子, a wife in the north-west's and Xinjiang's speech (俺婆姨张翠莲, 我羊缸子阿依努尔),
// 丫头子, a girl (卖馕的丫头子古丽巴哈尔); 家兄弟 (我家兄弟罗忠华); 一女 and 一子, a child born
// (二人育有一女侯小燕); 婆婆, a husband's mother (我婆婆卓嘎). (Not 公公: 公 as a trigger, in
// every 公安局, cost 1 % more instructions.)
constexpr std::array<std::string_view, 7> kFolkKinNouns = {"婆姨", "羊缸子", "丫头子", "家兄弟",
                                                           "一女", "一子",   "婆婆"};
// A pronoun, a rank and a kin word (我二哥, 俺大舅, 我幺叔). Not after 他 and 她, whose words'
// second characters the scan stops at (他妈): a rank's would stop it at every 二 and 大.
constexpr std::string_view kRankedKinPronouns = "我俺";
constexpr std::string_view kKinRanks = "大二三四五六七八九幺";
// The pairs that start them, for the scan's filter (NameHeuristicWords).
// (And 兄弟, a brother, 老婆 and 老公, a spouse: 我兄弟向德福, 我老婆美娟、.)
constexpr std::array<std::string_view, 24> kRankedKinStarts = {
    "我大", "我二", "我三", "我四", "我五", "我六", "我七", "我八", "我九", "我幺", "我兄", "我老",
    "俺大", "俺二", "俺三", "俺四", "俺五", "俺六", "俺七", "俺八", "俺九", "俺幺", "俺兄", "俺老",
};
constexpr std::string_view kRankedKinWords = "哥姐弟妹舅叔姨姑伯";
// Characters that end nouns for persons besides kNotNameEnds (死者, 旅客, 对方, 司机, 学生,
// 孩子, 婴儿, 当事人甲).
constexpr std::string_view kPersonWordEnds = "者客方机生子儿孩甲乙丙丁";
// The two lists of kin nouns, one concept split for FirstCharWords: every reader of kin nouns
// asks both (IsKinNoun, kKinNounLists).
constexpr std::array<std::span<const std::string_view>, 3> kKinNounLists = {
    kKinNouns, kMoreKinNouns, kFolkKinNouns};
// Whether a word of one of `lists` satisfies `pred`.
template <typename Pred>
bool AnyWordOfLists(std::span<const std::span<const std::string_view>> lists, Pred pred) {
  return std::any_of(lists.begin(), lists.end(), [&](std::span<const std::string_view> words) {
    return std::any_of(words.begin(), words.end(), pred);
  });
}
void AppendKinCharacters(std::vector<std::string_view>* chars) {
  for (const std::span<const std::string_view> nouns : kKinNounLists) {
    for (std::string_view w : nouns) chars->push_back(w.substr(0, 3));
  }
  for (std::string_view w : kKinWords) chars->push_back(w.substr(3, 3));
}
bool IsKinNoun(std::string_view word) {
  return AnyWordOfLists(kKinNounLists, [&](std::string_view w) { return w == word; });
}
// The seven lists of nouns for persons.
constexpr std::array<std::span<const std::string_view>, 7> kPersonNounLists = {
    kPersonNouns, kWorkNouns,    kTradeNouns,  kMoreTradeNouns,
    kKinNouns,    kMoreKinNouns, kFolkKinNouns};
// Whether s[at, end) is one of the person or kin nouns, whole.
bool PersonNounAt(std::string_view s, size_t at, size_t end) {
  const std::string_view word = s.substr(at, end - at);
  // (Most words tested end with no noun's last character: that first.)
  static const CharSet* const kLasts = [] {
    std::vector<std::string_view> lasts;
    for (const std::span<const std::string_view> nouns : kPersonNounLists) {
      for (std::string_view w : nouns) lasts.push_back(w.substr(w.size() - 3));
    }
    return new CharSet(lasts);
  }();
  if (word.size() < 3 || !kLasts->contains(Decode3(word, word.size() - 3))) return false;
  return AnyWordOfLists(kPersonNounLists, [&](std::string_view w) { return w == word; });
}
// What makes a longer word of a person noun (保安服务, 保安员, 学生证, 同学会, 老师们, 乘客区).
// Counters before 家 that make it a business's (一家叫…, 这家叫…).
constexpr std::string_view kShopCounters = "一这那某每两几";
constexpr std::string_view kNounGoesOn = "员服公队们证会区处所部群汉监";
// Whether the words right before byte i, back to a clause's or a line's start and at most ten
// characters, name a police unit (公安, 警, 局, 派出所: 县公安局指挥中心, 局法制室, 警务室).
bool PoliceUnitBefore(std::string_view s, size_t i) {
  size_t from = i;
  for (int k = 0; k < 10 && from >= 3 && (NameClassAt(s, from - 3) & kIdeographClass) != 0; ++k) {
    from -= 3;
  }
  const std::string_view before = s.substr(from, i - from);
  return before.find("公安") != std::string_view::npos ||
         before.find("警") != std::string_view::npos ||
         before.find("局") != std::string_view::npos ||
         before.find("派出所") != std::string_view::npos;
}
// What follows 翻译 as a verb (翻译成中文, 翻译为汉语, 翻译给他听, 翻译了笔录).
constexpr std::string_view kAfterTranslateVerb = "成为给了过";

// Time words that may start a clause before a person's name (当晚张三酒后驾驶, 次日下午李四到
// 派出所): NameAtClauseStart reads the name after one or two of them.
constexpr std::array<std::string_view, 27> kClauseTimeWords = {
    // (all of two characters)
    "当晚", "当天", "当日", "当夜", "当时", "次日", "同日", "翌日", "随后",
    "事后", "其后", "之后", "此后", "后来", "然后", "同时", "凌晨", "上午",
    "中午", "下午", "傍晚", "晚上", "夜间", "深夜", "早上", "清晨", "期间",
};

// Surnames that are far more often a word of their own after a role word: 曾 (嫌疑人曾多次),
// and 于 before a time (嫌疑人于当日): then not taken for names. Words that start with 于 or 向
// before a place or a person (于县城, 被害人向其, 向民警), and common words that start with a
// surname and follow role words (被害人钱包被盗, 司机马上, 当事人任意), are taken only as the
// first two characters of a name of three where a word that follows names comes right after it
// (驾驶人白天凯对…, 报警人向家辉在…; RoleNameAt).
constexpr std::string_view kNotSurnamesAfterRole = "曾";
constexpr std::string_view kYuBeforeTime =
    "当次同凌今近上下晚早中傍深午昨前后年月日周每两一二三四五六七八九十〇夜清何"
    // (And 开, no time's word but as sure a sign: 已告知船东于开航前; since session fifty-eight,
    // red-team set W.)
    "开";
constexpr std::string_view kNotAfterYu =
    "案本是此该其去黄民派公家现途店网医县州市省乡镇村收事发接江";
constexpr std::string_view kNotAfterXiang =
    "其他民派公警对我本该法家亲社有当店银群周村邻路同单相司老朋受交医学房导行东西南北前后"
    "顾"      // (since session seventy-one: 向顾客发送, 向顾客称)
    "多几各"  // (since session fifty-one: 被害人向多个账户转账)
    "左右"    // (since session fifty-eight, red-team set W: 同向右侧、)
    "甲乙";  // (since session sixty-one, red-team sets X and Z: 代乙方向甲方赔偿, 由甲方向乙方支付)
// The second characters of the words after 曾 (曾多次, 曾经, 曾因, 曾被 …).
constexpr std::string_view kNotAfterZeng = "经多因先有任到与向住系在被于对是参受";
// And of the words 曾 starts that a given name's character may end (曾孙女, 曾祖母, 曾一度, 曾两次,
// 曾几何时, 曾用名).
constexpr std::string_view kNotAfterZengInNames = "孙祖一两三几用";

// Words that follow a name of three characters whose first two read as a word (above).
constexpr std::string_view kNameFollowers = "对在称于因与和向被将系等的";
constexpr std::string_view kNotNamesAfterRole =
    "方面方向方式方便钱包钱财钱款钱物金额金银金项金手金首金器金店余额余款余下付款付清付费付钱陆续"
    "莫名江边江中黄昏黄色黄金白天白色白银白酒许诺许可谢绝夏天夏季马上马路马匹任职任意任何林地"
    "林中林区周身周围周末周边周岁毛衣毛发毛巾龙头岳父岳母高速高度高中高空高处高价高额高利石头"
    "石块常年常住常驻常用田地田间田里何地严重严格严厉孙子孙女胡乱胡同郑重肖像董事杜绝叶子范围"
    "黎明顾客顾及钟表钟点戴着戴上戴口易燃易碎洪水鲁莽颜色焦急焦虑艾滋符合温度温暖章程季节舒适"
    "纪律尤其乔装辛苦祝贺庞大涂抹涂改丛林仇恨仇视饶恕薄弱郁闷廉价厉声厉害鞠躬柏油刁难赫然牟取"
    "牟利巩固万元万一万余武器武力贺卡陈旧杨树唐突张贴张开孔洞高个江湖戴眼高兴高声许久秋天"
    // Words that start with a surname of kListSurnames, after a list word (张某与车辆相撞).
    "包间包厢包裹车辆车内车上车牌施工管理管制柳树夏令安全安保华联时间时许房屋房间项链项目路人路口"
    "路边关系花园米线牛棚谷仓左手宫殿童装康复苗圃宁波甘蔗凌晨申请商场商店商铺景区普通应当连续华为"
    "曾经曾多曾因曾先曾有曾任曾到曾与曾向曾住曾系"
    // Words after a list word before a verb that follows persons (张某与单位发生纠纷), and
    // words that start with the rarer surnames of the lists.
    "单位单方国家国道水果水泥云南边境边防卫生支付沙发阳台简单丰富井下羊群麻将麻烦幸好幸亏揭发"
    "商家房客房东黄牛何时迟到盖章苏醒舒张高烧万分包工党员危险相关相同相互刀具刀片玉米岩石排查排队"
    "线索线路方才孟春孟夏孟秋孟冬何事何人何故何处路过路经"
    // (Since session thirty-five: 严加看管, 严禁超速, 刀捅了; and words of the list-only
    // surnames added then.)
    "严加严禁严密严肃严惩刀捅刀砍刀刺刀割排档昂贵昂扬沐浴妥善妥当喇叭班长班车班级班主班组"
    "冶炼纳税纳入海关海边海鲜海洛朴素惠民满意满足满载"
    "敬酒敬礼敬老粘贴粘住母亲母子母女母婴母校锁门锁车锁住锁上锁匠锁具但是但凡拓展拓宽"
    // (Since session forty-nine, red-team set N: an agreement's parties, 向乙方农秀莲赔礼道歉.
    // Not 丁方, 马群 or 牛群, which are names as well: 乙方马群确实越过 is masked as 乙方马某实.)
    "甲方乙方"
    // (Since session fifty-eight, red-team set W: 由皇甫某本人及其妻完成.)
    "完成"
    // (Since session sixty-two, red-team set AA: 各位业主冷静; and the words of 撒, a surname
    // of the lists since then: 撒谎, 撒拉族.)
    "冷静撒谎撒拉"
    // (Since session sixty-three, red-team set AB: 板材和石材; a demonstrative and its measure word
    // after a kin word, 以后用小佟他妈那张.)
    "石材那张那个那些那位那次那辆那台那间那笔那件那条那块"
    // (Since session sixty-seven, where a name led by a surname of the lists is read after a
    // strong noun: 《被询问人权利义务告知书》, 当事人权益.)
    "权利权益权限";
// Words that usually follow a person's name (张三称, 李四驾驶). Longer words first.
// (交代 since session thirty-nine: 据王建国交代.)
// (Since session forty-one also 签收 and 签字, after a name that no officer's field or title
// comes before: 常永贵签收; not 民警王磊签字. 联系电话 is read at its 话: NameBeforeLabel.)
// (女士 先生 since session forty-seven, red-team set K: a letter's salutation, 皇甫芸女士：.)
// (代为 since session fifty-two, red-team sets O and P: 由周敏代为陈述.)
// (驾车 since session sixty-two, red-team set AA: 均由贾丹驾车送至网点.)
// (交通事故 道路交通 since session sixty-three, red-team set AA: 关于黄志强道路交通事故的处理.)
constexpr std::array<std::string_view, 17> kAfterName = {
    "报称", "声称", "自称", "供称", "供述", "驾驶", "报警",     "交代",     "称",
    "签收", "签字", "女士", "先生", "代为", "驾车", "交通事故", "道路交通",
};
// Verbs that follow the members of a list of persons (张某与李四共同实施, 王某、李四承认,
// 李某伙同王五盗窃).
// Since session thirty-four also a decision's words after its parties (决定对王建平、刘秀英行政
// 拘留, …分别处以罚款, …警告); since session thirty-five, from 受伤 on, more verbs (罗大友受伤,
// 林志坚道歉, 霍小琴上前劝阻 …).
// (Since session thirty-seven, 那天 那晚 起夜 混杂 混在: a red-team round's 邻居马力那天开车.)
constexpr std::array<std::string_view, 64> kAfterListedName = {
    "证实", "证明", "承认", "交代", "陈述", "表示", "反映", "辩称", "辩解", "共同", "一起",
    "一同", "逃离", "盗窃", "冒充", "殴打", "诈骗", "抢劫", "实施", "窃取", "骗取", "持刀",
    "发生", "当晚", "当天", "当日", "当时", "当场", "产生", "相约", "合谋", "协商", "相识",
    "商量", "约定", "结伙", "合伙", "前往", "来到", "说",   "行政", "分别", "处以", "罚款",
    "警告", "各处", "受伤", "道歉", "负责", "介绍", "提供", "查看", "上前", "赶到", "随即",
    "随后", "当即", "立即", "那天", "那晚", "起夜", "混杂", "混在", "夫妇",
};
// (A list of its own, FirstCharWords maps 64 words at most: since session forty-four, red-team
// set I, a family's members after a name, 廉某、廉雨桐父女; since session forty-six, set J,
// 出具 and a count of persons: 邻居马某、何学礼出具的证明, 张某、李建国二人.)
// (推搡 扭打 争吵 吵架 since session fifty-nine, red-team set X: 阿某跟仝磊推搡了几下.)
// (三个人 几个人 since session sixty-two, red-team set AA: 我和肖某、彭彪三个人在.)
// (开车 驾车 since session sixty-four, red-team set AC: 我和我儿子关金龙开车上去的.)
constexpr std::array<std::string_view, 20> kAfterListedNameMore = {
    "父女", "母女", "父子", "母子", "夫妻", "兄妹", "姐弟",   "姐妹",   "出具", "二人",
    "两人", "三人", "推搡", "扭打", "争吵", "吵架", "三个人", "几个人", "开车", "驾车",
};

// What follows a person named where a clause starts or as an object, besides a stop and the
// verbs after a list's members (张三多次…, 张三酒后…, 对张三进行处罚, 向张三借款); and a
// decision's words (决定对陈志强行政拘留十日, …罚款五百元, …警告, …作出, …予以); since session
// thirty, a drug case's verbs (马德福吸食…, 贩卖 涉嫌 容留 吸毒 贩毒 运输).
constexpr std::array<std::string_view, 43> kAfterModelName = {
    "多次", "酒后", "明知", "私自", "擅自", "故意", "无证", "拒不", "随即", "先后", "伙同",
    "采用", "利用", "使用", "携带", "非法", "冒用", "进行", "借款", "发现", "赔偿", "改正",
    "到场", "逃匿", "转账", "手持", "醉酒", "违反", "用",   "趁",   "行政", "罚款", "警告",
    "作出", "予以", "吸食", "贩卖", "涉嫌", "容留", "吸毒", "贩毒", "运输",
    "另案",  // (since session sixty-five, red-team set AD: （吴春来另案处理）)
};
// Since session forty-four, what a person hurt or pushed is written with (打了岩温左肩, 击打柏杨
// 面部, 将李大为推倒, 殴打刘建国致其受伤): a body's part or an act's result after the name.
constexpr std::array<std::string_view, 35> kAfterObjectName = {
    "头部", "面部", "脸部", "额头", "额部", "鼻部", "左肩", "右肩", "肩部", "胸部", "腹部", "背部",
    "颈部", "腰部", "左手", "右手", "左臂", "右臂", "手臂", "左腿", "右腿", "左眼", "右眼", "脸上",
    "头上", "推倒", "撞倒", "打伤", "砍伤", "刺伤", "撞伤", "致其", "致使", "头皮",
    "头面",  // (since session fifty-seven, red-team set V: 推搡秦川头面部)
};
// The verbs and prepositions before a person as their object (殴打张三, 将张三打伤): the model
// reads a name after them (NameAfterVerb). From 传唤 on (since session twenty-one): what police
// texts do to a person or a person suffers (传唤张三, 抓获张三, 骚扰张三 …).
constexpr std::array<std::string_view, 64> kObjectVerbs = {
    "将", "对", "向", "被", "给予", "给", "把", "殴打", "辱骂", "威胁", "找到", "拦住", "通知",
    "帮助", "收留", "责令", "要求", "传唤", "抓获", "侮辱", "推搡", "骚扰", "跟踪", "偷拍", "诱骗",
    "欺骗", "拦截", "扣留", "训诫", "约谈", "送达", "告知", "敲诈", "勒索", "恐吓", "纠缠", "尾随",
    "猥亵", "询问", "盘问", "劝导", "劝离", "控制", "诈骗", "骗取", "查获", "拘留", "容留",
    // (Since session forty-four, a hurt's verbs, with the body's part after the name that
    // kAfterObjectName reads: 击打柏杨面部, 打了岩温左肩, 刺伤貌登温左肩.)
    "击打", "打了", "踢了", "踢打", "刺伤", "砍伤", "打伤", "咬伤", "抓伤", "推倒", "撞倒",
    // (致, a hurt's result, since session fifty-six, red-team sets Q and U: 致韩冬头皮裂伤,
    // 致德金头皮裂伤; the body's part after the name, kAfterObjectName.)
    "致",
    // (Session thirty-six tried 打了 推了 扇了 骂了 看见 看到 造成 致 认定 证明: 0.8 % more
    // instructions a pass for 2 more of the red-team rounds' 3,247 mentions. Left out.)
    // (Since session fifty-three, red-team sets Q and R: what persons are called, 叫她卓玛,
    // 叫她王姐; NameAfterVerb reads a familiar name after them too.)
    // (叫佢, Cantonese's 叫他, since session fifty-five, red-team set T: 大家叫佢顺伯.)
    "叫他", "叫她", "叫我", "叫佢"};
// The pronouns after 喊 that ObjectVerbAt reads as a verb before a name (喊我, 喊他, 喊她).
constexpr std::string_view kCalledPronouns = "我他她";
// The verbs before 传唤: a dotted name starts with none of their first characters (DottedNameHere).
constexpr size_t kVerbsByFirstCharacter = 17;
static_assert(kObjectVerbs[kVerbsByFirstCharacter] == "传唤");

// Whether a word of each list starts at s[at] (each list's first characters as one map); the
// length of the object verb there, or 0. (Inline: called for every name's end.)
[[gnu::always_inline]] inline const CodePointMap& AfterNameFirsts() {
  static const CodePointMap kMap = FirstCharWords(kAfterName);
  return kMap;
}
[[gnu::always_inline]] inline bool AfterNameAt(std::string_view s, size_t at) {
  return WordOfAt(s, at, kAfterName, AfterNameFirsts());
}
[[gnu::always_inline]] inline bool AfterListedNameAt(std::string_view s, size_t at) {
  static const CodePointMap kMap = FirstCharWords(kAfterListedName);
  static const CodePointMap kMoreMap = FirstCharWords(kAfterListedNameMore);
  return WordOfAt(s, at, kAfterListedName, kMap) || WordOfAt(s, at, kAfterListedNameMore, kMoreMap);
}
[[gnu::always_inline]] inline bool AfterModelNameAt(std::string_view s, size_t at) {
  static const CodePointMap kMap = FirstCharWords(kAfterModelName);
  static const CodePointMap kObjectMap = FirstCharWords(kAfterObjectName);
  return WordOfAt(s, at, kAfterModelName, kMap) || WordOfAt(s, at, kAfterObjectName, kObjectMap);
}
[[gnu::always_inline]] inline const CodePointMap& ObjectVerbFirsts() {
  static const CodePointMap kMap = FirstCharWords(kObjectVerbs);
  return kMap;
}
// Characters that end words for persons or places, not names (安全员, 包间内, 管理人员,
// 水果店, 卫生院; since session forty-two also towns': 隔壁王团镇).
constexpr std::string_view kNotNameEnds = "员警工队长主户师众人店厂司局所院校村组部馆站室头镇乡";
constexpr std::string_view kNotAfterName = "某人员内里";
bool IsNameStop(std::string_view ch, bool in_name) {
  if (ch.size() != 3) return false;
  return (NameClassAt(ch, 0) & (in_name ? kStopInNameClass : kStopClass)) != 0;
}

size_t ObjectVerbAt(std::string_view s, size_t at) {
  // (喊我 喊他 喊她, read as 叫我 叫他 叫她 are, outside the list, which is full: since session
  // sixty-two, red-team set AA.)
  if (Decode3(s, at) == U'喊') return CharIn<kCalledPronouns>(s.substr(at + 3, 3)) ? 6 : 0;
  for (uint64_t w = ObjectVerbFirsts().Find(Decode3(s, at)); w != 0; w &= w - 1) {
    const std::string_view verb = kObjectVerbs[static_cast<size_t>(std::countr_zero(w))];
    if (ContextWordAt(s, at, verb)) return verb.size();
  }
  return 0;
}

// A 称 preceded by one of these is part of another word (名称, 简称, 职称 …).
constexpr std::string_view kNotSpeechBefore = "名简职号昵俗统通总合对相宣声自报供堪戏尊称指辩";

bool IsIdeographAt(std::string_view s, size_t i, size_t* len) {
  char32_t cp;
  *len = DecodeUtf8(s, i, &cp);
  return IsIdeograph(cp);
}

void AddHeuristic(size_t begin, size_t end, Findings* out) {
  out->candidates.push_back(HeuristicName(begin, end));
  if (out->mentions != nullptr) out->mentions->Add(begin, end);
}

// Whether a name found before, or its given name, is mentioned at byte `at` (邱小平 … 小平你别走):
// FamiliarNameAt leaves it to the mention, where a familiar name read there (小X姐) would be a
// person of its own. (A given name other rules read alone gets its owner's mask in Redact.)
bool MentionedNameAt(std::string_view s, size_t at, const Findings& out) {
  if (out.mentions == nullptr) return false;
  const char32_t first = Decode3(s, at);
  bool given = false;
  const size_t len =
      first != 0 && out.mentions->IsFirst(first) ? out.mentions->LongestAt(at, first, &given) : 0;
  return len != 0 && NameMentions::Mentionable(s, at, at + len, given);
}

// A sibling's rank and the kin words after it in a nickname (罗二妹, 郑三娃, 符二弟, 韦二哥;
// RankNicknameStartsAt; 叫他三哥, since session fifty-eight).
constexpr std::string_view kSiblingRanks = "二三四五六七八九";
// (妮 丫 since session fifty-nine, red-team set X: Henan's 二妮, 叫她二妮.)
constexpr std::string_view kRankedKin = "妹娃弟哥妮丫";

// The last characters of the rural names and nicknames led by 二 besides given names' (王二黑,
// 甄二牛, 刘二狗; since session thirty-nine; 旺 since session fifty-six, red-team set U: 薛二旺).
constexpr std::string_view kAfterErChars = "黑牛狗蛋娃毛妮丫柱喜愣胖孬旺";
bool ErNameCharAt(std::string_view s, size_t at) {
  return (NameClassAt(s, at) & kGivenNameClass) != 0 || CharIn<kAfterErChars>(s.substr(at, 3));
}

// Up to `most` ideographs from `end` that are no stop character (`bounded`: where the name's
// end is known, none of kNameStops but kStopsInGivenNames); returns their end, and their number
// in *count.
size_t GivenForward(std::string_view s, size_t end, int most, int* count, bool bounded) {
  *count = 0;
  const uint16_t stop = bounded ? kStopInNameClass : kStopClass;
  while (*count < most && end < s.size()) {
    size_t l = 3;
    if (const uint16_t c = NameClassAt(s, end); c != 0) {  // a 3-byte character (most)
      if ((c & kIdeographClass) == 0 || (c & stop) != 0) break;
      // (二 only before a name's character: 王二黑, 隋二伟; not 张三二人.)
      if (bounded && s.compare(end, 3, "二") == 0 && !ErNameCharAt(s, end + 3)) break;
    } else if (!IsIdeographAt(s, end, &l) || IsNameStop(s.substr(end, l), bounded)) {
      break;
    }
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
    // (贺兰: 贺 + 兰; masked 贺某), whether or not its first one is a surname alone. Not before
    // 某: a name masked already (嫌疑人欧阳某 read 欧某某 until session fifty).
    if (s.compare(at + 6, 3, "某") == 0) return 0;
    const size_t end = GivenForward(s, at + 6, 2, &given, bounded);
    return end - at;
  }
  if (len != 3 || !IsSurnameChar(Decode3(s, at), which)) return 0;
  const size_t end = GivenForward(s, at + len, 2, &given, bounded);
  return given == 0 ? 0 : end - at;
}

constexpr size_t kNone = static_cast<size_t>(-1);

// Characters that end the word before a name (辅警, 店主, 人员, 朋友 …); and 据 (据寇红旗供述,
// 根据张三陈述: since session thirty-seven); 接 (派出所接王立新报警称: since session forty-six).
constexpr std::string_view kWordEnds = "警员主长友事居民人子夫儿女亲理师生众户据接";

// True if the name starting at `start` is preceded by punctuation, a stop or a word end, or
// the last character of a time word, 日 晚 天 (同日李四报警: not a dotted name's part's end).
bool IsBoundaryBefore(std::string_view s, size_t start) {
  if (start == 0) return true;
  const size_t before = PrevCharStart(s, start);
  size_t len = 0;
  if (!IsIdeographAt(s, before, &len)) return true;
  const std::string_view ch = s.substr(before, len);
  if (IsNameStop(ch) || CharIn<kWordEnds>(ch)) return true;
  const char32_t cp = Decode3(ch, 0);
  return cp == U'日' || cp == U'晚' || cp == U'天';
}

}  // namespace

namespace {

// Six bytes as one integer (both characters of a compound surname).
uint64_t Pack6(std::string_view six) {
  uint64_t key = 0;
  for (size_t k = 0; k < 6; ++k) key = (key << 8) | static_cast<unsigned char>(six[k]);
  return key;
}

// A set of pairs of characters as Pack6 keys (never 0), hashed into a table a quarter full: a
// probe or two where a binary search over a few hundred keys took eight or nine.
class PairSet {
 public:
  explicit PairSet(const std::vector<uint64_t>& keys)
      : bits_(std::bit_width(keys.size() * 4)), slots_(size_t{1} << bits_) {
    for (uint64_t key : keys) {
      size_t i = Home(key);
      while (slots_[i] != 0 && slots_[i] != key) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = key;
    }
  }
  bool contains(uint64_t key) const {
    for (size_t i = Home(key);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i] == key) return true;
      if (slots_[i] == 0) return false;
    }
  }

 private:
  size_t Home(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - bits_));
  }
  int bits_;
  std::vector<uint64_t> slots_;
};

// Whether `six` (two 3-byte characters) is one of the words of kPairs, written by twos: a
// PairSet built once per list.
template <const std::string_view& kPairs>
bool PairIn(std::string_view six) {
  static const PairSet* const kSet = [] {
    std::vector<uint64_t> keys;
    for (size_t k = 0; k + 6 <= kPairs.size(); k += 6) keys.push_back(Pack6(kPairs.substr(k, 6)));
    return new PairSet(keys);
  }();
  return six.size() == 6 && kSet->contains(Pack6(six));
}

[[gnu::noinline]] bool InCompoundSurnames(std::string_view two_chars) {
  static const PairSet* const kKeys = [] {
    std::vector<uint64_t> keys;
    for (std::string_view name : kCompoundSurnames) keys.push_back(Pack6(name));
    return new PairSet(keys);
  }();
  return kKeys->contains(Pack6(two_chars));
}

}  // namespace

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

namespace {

// Appends the words of a list one at a time. (GCC 12 at -O3 with a profile reported a false
// out-of-bounds copy in vector::insert of a constant array here, as an error.)
template <typename List>
void AppendWords(const List& list, std::vector<std::string_view>* words) {
  for (const std::string_view w : list) words->push_back(w);
}

}  // namespace

// Since session sixty-five (red-team set AD): 村的, before a villager's name (塘角村的韦秀英，):
// VillagerNameAt.
constexpr std::string_view kVillagersOf = "村的";

std::vector<std::string_view> NameHeuristicWords() {
  std::vector<std::string_view> words;
  AppendWords(kBeforeName, &words);
  AppendWords(kAfterName, &words);
  AppendWords(kKinWords, &words);
  AppendWords(kPersonNouns, &words);
  AppendWords(kWorkNouns, &words);
  AppendWords(kTradeNouns, &words);
  AppendWords(kMoreTradeNouns, &words);
  AppendWords(kKinNouns, &words);
  AppendWords(kMoreKinNouns, &words);
  AppendWords(kFolkKinNouns, &words);
  AppendWords(kRankedKinStarts, &words);
  words.push_back(kVillagersOf);
  return words;
}

namespace {

constexpr std::string_view kRareInTransliterated = "于在的被将把对向处因从到是也和与及等由";

// Since session thirty-six: the characters that write names by their sound (Uyghur, Kazakh,
// Hui, Tibetan, Yi, Mongolian, Dai names and foreign ones; the transliteration tables' common
// characters). A part of a dotted name reads on past its second character only over these:
// 古丽米拉·阿不力孜承担次要责任 ends before 承担, 艾力江·吐尔洪一方 before 一方 (a red-team round).
constexpr std::string_view kTransliterationChars =
    "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕边别宾波伯博布不查察策茨达代戴丹旦道德登邓迪狄蒂迭丁"
    "东都杜敦顿多朵厄额恩尔法凡范菲费芬丰冯佛夫弗伏福甫该盖甘冈戈哥格根古贡果哈海汗罕豪赫黑亨"
    "洪胡华怀惠霍基吉加贾坚江杰金京卡凯坎康考柯科克肯库夸奎昆拉腊莱赖兰朗劳勒雷蕾冷里理丽利莉"
    "力立连列林琳隆卢鲁路伦罗洛马玛迈麦曼芒毛梅美门蒙孟米密敏明莫墨默姆穆木纳娜乃奈南内尼妮涅"
    "宁纽努诺欧帕潘佩彭皮普齐奇其恰乔琼丘曲让热仁日荣茹儒若瑞萨塞赛桑瑟森沙莎山善尚舍申圣施"
    "什史士斯松苏素索塔泰坦汤唐特提廷图土吐托瓦万旺威韦维温文沃乌伍武西希锡夏谢辛休许雅亚"
    "延扬耶叶伊依因英尤玉约扎泽詹珍朱兹宗祖佐买孜则吾逊肉合衣甫地牙拉依尕措卓次平央绒堆嘎增"
    "杰群培呷俄且说惹支嫫妞云敦朝宝音和腾琴噶洁白才草娃卜尼克";

// The last characters of organizations' and places' names, not of persons' (周口市, 某公司;
// by twos, kBodyEndWords); also where a part of a dotted name stops (住梁河县·河西乡).
constexpr std::string_view kPlaceOrBodyEnds = "市州县区局司院校所队厂店馆部委镇乡省";
// The last characters of administrative divisions' names, never of a person's: what a role word
// names may be an organization in one (被害人：周口市第一中学).
constexpr std::string_view kDivisionEnds = "省市县区镇乡";
// The words that end a body's name (BodyInLongPlaceGoesOn).
constexpr std::string_view kBodyEnds = "司局院队所厂社站馆";
// The last characters of villages' names (石门村, 那坡屯, 李家寨, 三组).
constexpr std::string_view kVillageEnds = "村屯寨组";

bool IsTransliterationChar(std::string_view ch) {
  static const CharSet* const kSet = new CharSet(SplitChars(kTransliterationChars));
  return ch.size() == 3 && kSet->contains(Decode3(ch, 0));
}

// Ideographs (at most six) forward from `at`, up to 某 or a speech word; returns their end.
// Transliterated names use any character (都 in 阿布都拉), so other stops do not apply.
// `after_dot`: the part after a dotted name's dot, which ends at the first character past its
// second that writes no name by its sound (kTransliterationChars).
size_t NamePartForward(std::string_view s, size_t at, bool after_dot = false) {
  size_t end = at;
  for (int k = 0; k < 6 && end < s.size(); ++k) {
    size_t l = 0;
    if (!IsIdeographAt(s, end, &l)) break;
    const std::string_view ch = s.substr(end, l);
    const char32_t cp = Decode3(ch, 0);
    if (cp == U'某' || cp == U'称' || cp == U'了' || cp == U'说') break;
    if (after_dot && k >= 2 && !IsTransliterationChar(ch)) break;
    // Nor through a place's or a body's word (住梁河县·河西乡, a stray dot; since session
    // thirty-six).
    if ((NameClassAt(ch, 0) & kNotNameEndClass) != 0 || CharIn<kPlaceOrBodyEnds>(ch)) break;
    // Nor through a word that follows names (木然·早堵一同离开, 勒排·早腊驾驶, 艾则孜多次), or
    // a function word rare in transliterated names (吐尔逊于2026年, 吐尔逊处以罚款; not 都:
    // 阿布都拉).
    if (end > at && (CharIn<kRareInTransliterated>(ch) || AfterNameAt(s, end) ||
                     AfterListedNameAt(s, end) || AfterModelNameAt(s, end))) {
      break;
    }
    end += l;
  }
  return end;
}

// A minority name written with a middle dot (古丽米拉·艾则孜) starting at `at`; its length or 0.
size_t DottedNameForward(std::string_view s, size_t at, bool text_has_dot) {
  if (!text_has_dot) return 0;
  // The dot comes after the first part, at most six characters (of at most four bytes): without
  // a · (C2 B7) in the 26 bytes from `at` there is no dotted name.
  if (s.substr(at, 26).find("\xC2\xB7") == std::string_view::npos) return 0;
  // (Not from a function word before the name: 由艾力江·吐尔洪; NameAtDot reads it from its dot.)
  if (CharIn<kRareInTransliterated>(s.substr(at, 3))) return 0;
  const size_t first = NamePartForward(s, at);
  if (first == at || !StartsWith(s, first, "·")) return 0;
  const size_t second = NamePartForward(s, first + 2, /*after_dot=*/true);
  return second == first + 2 ? 0 : second - at;
}

bool IsSpaceOrTab(char c) { return c == ' ' || c == '\t'; }
// Where the spaces and tabs before byte i start.
size_t BackOverSpaces(std::string_view s, size_t i) {
  while (i > 0 && IsSpaceOrTab(s[i - 1])) --i;
  return i;
}

// The start of a part of a dotted name that ends at byte e, read back at most six characters:
// transliterated names use any character (都 in 阿布都拉), so it stops only at a word's end, and
// (`before_dot`: the part before the dot) at a function word (由艾力江·吐尔洪) or, past two
// characters, at one that writes no name by its sound (认定艾力江·吐尔洪, 路口的古丽米拉·…).
size_t DottedPartBack(std::string_view s, size_t e, bool before_dot) {
  size_t b = e;
  for (int k = 0; k < 6 && b > 0; ++k) {
    const size_t prev = PrevCharStart(s, b);
    size_t l = 0;
    const std::string_view ch = s.substr(prev, b - prev);
    if (!IsIdeographAt(s, prev, &l) || CharIn<kWordEnds>(ch) ||
        (before_dot &&
         (CharIn<kRareInTransliterated>(ch) || (k >= 2 && !IsTransliterationChar(ch))))) {
      break;
    }
    b = prev;
  }
  return b;
}

// The start of a dotted minority name ending right before `end` (木然·早堵称), or kNone.
size_t DottedNameBackward(std::string_view s, size_t end, bool text_has_dot) {
  if (!text_has_dot) return kNone;
  // The dot sits right before the second part, at most six characters (of at most four bytes)
  // back: without a · (C2 B7) in the 26 bytes before `end` there is no dotted name.
  {
    const size_t from = end > 26 ? end - 26 : 0;
    if (s.substr(from, end - from).find("\xC2\xB7") == std::string_view::npos) return kNone;
  }
  const size_t second = DottedPartBack(s, end, /*before_dot=*/false);
  if (second == end || second < 2 || s.substr(second - 2, 2) != "·") return kNone;
  // The part after the dot must end at `end` as it would read forward (not 古丽米拉·阿不力孜驾驶
  // before 的: NameAtDot reads that name).
  if (NamePartForward(s, second, /*after_dot=*/true) != end) return kNone;
  const size_t first = DottedPartBack(s, second - 2, /*before_dot=*/true);
  return first == second - 2 ? kNone : first;
}

// The last characters of kin words (其表弟, 其舅舅, 其姨妈 …; 子, 女 and 夫 are word ends above;
// not 孙, a surname: 其侄孙林海称): a name of three whose last character is a given name's may
// start after one (其表弟周立新称; not 其哥于次日报警). Not in kWordEnds, which a dotted name's
// walk stops at too.
constexpr std::string_view kKinEnds = "弟哥姐妹舅叔姨姑侄甥婿媳爷奶伯嫂爸妈";

// Whether the name ending at byte `end` ends with a given name's character: of kGivenNameChars,
// or one of the common last characters left out of them (晓南, 桂花, 马力: 南 花 力 start words
// after a surname's character too often to be in the model).
// Since session thirty-nine also the last characters of the names led by 二 (kAfterErChars; 二
// stops no name before one: kStopsInGivenNames, GivenForward), after 二 only; and any character
// that is no stop after 阿, as southern names are given (林阿招, 黄阿九, 马阿三).
bool EndsWithGivenChar(std::string_view s, size_t end) {
  static constexpr std::string_view kMoreLastChars = "南花力";
  if (end < 3) return false;
  const uint16_t last = NameClassAt(s, end - 3);
  return (last & kGivenNameClass) != 0 || CharIn<kMoreLastChars>(s.substr(end - 3, 3)) ||
         (end >= 6 && s.substr(end - 6, 3) == "二" &&
          CharIn<kAfterErChars>(s.substr(end - 3, 3))) ||
         (end >= 6 && s.substr(end - 6, 3) == "阿" && (last & kIdeographClass) != 0 &&
          (last & (kStopClass | kNotNameEndClass)) == 0);
}

// The start of a surname + 1–2 ideographs ending right before `end` (where a speech word
// starts), or kNone, from one walk back over the three characters before it. With a common
// surname (or a compound surname's first character): + 2 where a word boundary precedes it,
// else + 1. With a less common one (庞): + 2, else + 1, where a word boundary precedes it. A
// name of three may also follow a kin word's last character (kKinEnds), where a given name's
// character ends it.
bool IsWordNotName(std::string_view six);  // (below)
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
    // (Not 于 before a time: 被害人1 于当日报警.)
    if (cp == U'于' && given > 0 && CharIn<kYuBeforeTime>(s.substr(starts[given - 1], 3))) {
      return false;
    }
    // (Nor 向 or 于 before a word's second character: 于某向民警称; since session thirty-nine.)
    if ((cp == U'向' || cp == U'于') && given > 0 &&
        HeadStartsWord(s.substr(starts[static_cast<size_t>(given)], 6))) {
      return false;
    }
    return HasNameClass(cp, kCommonSurnameClass | kCompoundFirstClass);
  };
  // (Not a kin word that ends in 孙 before a name of two: 其侄孙林海称.)
  auto after_kin = [&]() {
    return EndsWithGivenChar(s, end) && starts[2] >= 3 &&
           CharIn<kKinEnds>(s.substr(starts[2] - 3, 3)) &&
           !(chars[2] == U'孙' && s.substr(starts[2] - 3, 3) == "侄");
  };
  auto less_common = [&](int given) {
    const auto g = static_cast<size_t>(given);
    // (kMoreSurnames: of the wider lists, not a common one; the lists share no character.)
    return count > given && HasNameClass(chars[g], kWideSurnameClass) &&
           !HasNameClass(chars[g], kCommonSurnameClass) && fits(given, Surnames::kWide) &&
           (IsBoundaryBefore(s, starts[g]) || (given == 2 && after_kin()));
  };
  if (common(2) && fits(2, Surnames::kCommon) && (IsBoundaryBefore(s, starts[2]) || after_kin())) {
    return starts[2];
  }
  // A less common surname + 2 where a boundary precedes it, before a common one + 1 inside it
  // (，殷金峰称: not 殷 + 金峰; found by scripts/leak-sweep.sh, seed 14).
  if (less_common(2)) return starts[2];
  // (Not a word of two that starts with a surname: 孙女称呼老人为…, 孙子称; since session
  // thirty-six.)
  if (count > 1 && IsWordNotName(s.substr(starts[1], 6))) return kNone;
  if (common(1) && fits(1, Surnames::kCommon)) return starts[1];
  if (less_common(1)) return starts[1];
  return kNone;
}

// A compound surname + 1–2 ideographs ending right before `end` (令狐伟洋称), or kNone.
size_t CompoundNameBackward(std::string_view s, size_t end) {
  // Such a name starts 9 or 12 bytes back, at a compound surname's first character: most places
  // have none there.
  if (!(end >= 9 && (NameClassAt(s, end - 9) & kCompoundFirstClass) != 0) &&
      !(end >= 12 && (NameClassAt(s, end - 12) & kCompoundFirstClass) != 0)) {
    return kNone;
  }
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
// (EndsNameWith: with c = NameClassAt(s, at), for a caller that reads it for other tests too.)
bool EndsNameWith(std::string_view s, size_t at, uint16_t c) {
  if (c != 0) {  // a 3-byte character (most)
    if ((c & kIdeographClass) == 0 || (c & kStopInNameClass) != 0) return true;
    // (Or 才 before an age's digits, a given name's character otherwise: 孙女向朵朵才6岁; since
    // session sixty-three, red-team set AB.)
    return ((c & kAfterNameFirst) != 0 && AfterNameAt(s, at)) ||
           (at + 3 < s.size() && IsDigit(static_cast<unsigned char>(s[at + 3])) &&
            Decode3(s, at) == U'才');
  }
  size_t l = 0;
  if (at >= s.size() || !IsIdeographAt(s, at, &l)) return true;
  if (IsNameStop(s.substr(at, l), /*in_name=*/true)) return true;
  return AfterNameAt(s, at);
}
bool EndsName(std::string_view s, size_t at) { return EndsNameWith(s, at, NameClassAt(s, at)); }

// Characters common in given names (建国, 秀英, 子涵, 浩然 …), from the names of household
// registers' frequency lists; left out: those common in the words that follow a surname-like
// character in a police text (元 区 县 路 市 村 的 是 …). A name no context announces must have
// only these after its surname (NameByModel).
constexpr std::string_view kGivenNameChars =
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英萍红鹏辉华玉飞鑫波斌宇浩凯健俊帆帅旭宁龙林欣婷"
    "慧莹雪琳晶丹玲燕倩颖佳嘉子梓涵轩晨思雨怡悦瑶琪梦晓春海峰松成荣新永德志忠庆祥福贵生兴亮光东宏"
    "昌民安江云正学家友仁义才秋冬金银宝山贤武彪虎彦卫振启敬顺保根茂兵彬博晖翔鸿坤琦锋昊然泽睿宸辰"
    "铭哲瑞逸航阳毅诚豪骏驰楠森晋锐岩钧良梅兰菊凤珍琴素淑惠爱月彩翠莲芬芝虹青蓉薇璐璇媛婕妍姗蕾露"
    "菲馨蓓钰彤嫣洁岚雯婉萱诗紫可心语一依若沐诺欢乐笑婧娅琼瑾璟菁蔚霖霏朝晗晴曦昕舒畅鸣鹤鹰凌霄川"
    "河湖泉清源溪潇冰霓娥姣娇婵妹娣香芸茜苗蕊芙荷菡萌蒙耀煜炜烨焕灿炳炎斐文勋伦卿贞淳厚方圆宽广远"
    "达通利富丰裕财铁钢锦绣纯建国小世发长中天美"
    // (Since session thirty-nine: 国栋, read as 贺国 before; and, from a sixth red-team round,
    // 农志坚 and more given names' characters that end few words.)
    "栋坚胜雄皓翰君玮瑜珊琨璋智勤泰"
    // (Since session fifty-seven, red-team set V: 我侄子马骁.)
    "骁"
    // (Since session fifty-eight: the last characters of the red-team sets' names of three most
    // often missing here (赵金花 55 times, 方德旺, 王铁柱, 何雨桐, 黄丽珠), and set W's 皇甫小芹.)
    "花旺柱桐珠芹"
    // (And 邦: 卢振邦, 罗正邦, 安邦.)
    "邦"
    // (And 君 墨 姬 洙 满 水: 林佩君, 周子墨, 金英姬, 朴哲洙, 常小满, 于金水; not 全, 钱全发了.)
    "君墨姬洙满水"
    // (And 妮, since session fifty-nine, red-team set X: 刘翠妮, Henan's 二妮.)
    "妮"
    // (Since session sixty-one, red-team set Z: traditional forms of given names' characters, as
    // Taiwan's and Hong Kong's residents write them: 黃淑華, 張家瑋, 陳冠廷.)
    "華偉瑋國強軍輝傑鳳麗紅蘭榮彥賢順義誠寶貴興發財聖儀靜潔鵬濤鋒剛東進達憲銘錦韻嬌綺瑩穎駿凱瑤"
    "鴻勝緯維銀蓮鈺紹聰詩書賓頤鐘懷謙歡愛夢雲飛寬貞樺濱鎮慶寧齡瓊億陽長鵑嬋鶯鳴誼漢遠揚倫紀綸暉"
    "煒燁曉曄亞學"
    // (Since session sixty-six, red-team set AE: 熙, of many children's names of the last twenty
    // years, 何俊熙, 李子熙.)
    "熙"
    // (Since session seventy-one, red-team set AJ: 尕 of the north-west's names, 冶尕三, 马尕西木;
    // and 寿 of older rural ones, 星永寿, 王福寿.)
    "尕寿";

const uint16_t* BuildNameClasses() {
  auto* table = new uint16_t[0x10000]{};
  auto mark = [&](std::string_view chars, uint16_t bit) {
    for (std::string_view ch : SplitChars(chars)) {
      if (const char32_t cp = Decode3(ch, 0); cp != 0) table[cp] |= bit;
    }
  };
  auto mark_firsts = [&](const auto& words, uint16_t bit) {
    for (std::string_view w : words) mark(w.substr(0, 3), bit);
  };
  for (char32_t cp = 0x800; cp < 0x10000; ++cp) {
    table[cp] = kThreeByteClass | (IsIdeograph(cp) ? kIdeographClass : 0);
  }
  mark(kNameStops, kStopClass | kStopInNameClass);
  for (std::string_view ch : SplitChars(kStopsInGivenNames)) {
    table[Decode3(ch, 0)] &= static_cast<uint16_t>(~kStopInNameClass);
  }
  mark_firsts(kAfterName, kAfterNameFirst);
  mark_firsts(kAfterListedName, kAfterListedFirst);
  mark_firsts(kAfterListedNameMore, kAfterListedFirst);
  mark_firsts(kAfterModelName, kAfterModelFirst);
  mark_firsts(kAfterObjectName, kAfterModelFirst);
  mark(kNotNameEnds, kNotNameEndClass);
  mark(kNotAfterName, kNotAfterNameClass);
  mark(kCommonSurnames, kCommonSurnameClass | kWideSurnameClass | kListSurnameClass);
  mark(kMoreSurnames, kWideSurnameClass | kListSurnameClass);
  mark(kListSurnames, kListSurnameClass);
  mark_firsts(kCompoundSurnames, kCompoundFirstClass);
  for (std::string_view name : kCompoundSurnames) mark(name.substr(3, 3), kCompoundSecondClass);
  mark(kGivenNameChars, kGivenNameClass);
  for (size_t k = 3; k + 3 <= kNotNamesAfterRole.size(); k += 6) {
    mark(kNotNamesAfterRole.substr(k, 3), kNotNameSecondClass);
  }
  mark(kNotAfterYu, kNotNameSecondClass);
  mark(kNotAfterXiang, kNotNameSecondClass);
  return table;
}

bool NoWordGoesOn(std::string_view s, size_t at);

// Whether the two characters `six` are a word of kNotNamesAfterRole, or 于 or 向 before one of
// kNotAfterYu or kNotAfterXiang.
bool IsWordNotName(std::string_view six) {
  // Their second characters first (kNotNameSecondClass): most names' are none of them.
  if (six.size() != 6 || (NameClassAt(six, 3) & kNotNameSecondClass) == 0) return false;
  static const PairSet* const kNotNames = [] {
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
    return new PairSet(keys);
  }();
  return kNotNames->contains(Pack6(six));
}

// Prepositions that follow a person in a clause (郑燕向被害人借款, 张三对李四): one third of
// three characters before more of a clause ends a name of two (in a form's value, and after a
// role word where it is the only stop of the three, 向).
constexpr std::string_view kPrepositionsAfterName = "向对把将被给让跟从";

bool SexAt(std::string_view s, size_t k);                 // (below)
size_t NameBeforeProfile(std::string_view s, size_t at);  // (below)

// The end of a name right after a role word, at `at` (被害人张三在家中, 司机李四驾驶), or 0: a
// surname and one or two more characters up to a stop, as after the other contexts; with a stop
// common in given names (方中华, 毛一民), the longer one where it ends as a name does (EndsName),
// or where nothing shorter is one. Not the surnames and words that read otherwise after role
// words, unless they start a name of three: before a verb that follows persons where the third
// character is of given names, or (`followed_words`) before a word that follows names.
size_t RoleNameEnd(std::string_view s, size_t at, Surnames which = Surnames::kWide,
                   bool followed_words = true) {
  // Role words are among the commonest words of a police text: the cheap tests first. No
  // surname there: no name (when the bounded walk finds none, the other does not either).
  const size_t wide = NameForwardFrom(s, at, which, /*bounded=*/true);
  if (wide < 6) return 0;
  const std::string_view first = s.substr(at, 3);
  const std::string_view second = s.substr(at + 3, 3);
  // (In a list or a form's field, where the name's end is tested, 曾 is a surname: 姓名：曾梦兰;
  // and after a join with no name before it, where the words are tested too: 与曾梦兰发生.)
  // Nor before the sex (当事人曾凡英，女; since session thirty-eight).
  // Nor a name of three whose second character starts none of 曾's words and whose third is a
  // given name's, before a word that follows names or no ideograph (乘车人曾庆林（跟车装卸工）,
  // 老婆曾晓红和女儿; since session thirty-nine).
  if (which != Surnames::kList && followed_words && CharIn<kNotSurnamesAfterRole>(first) &&
      !SexAt(s, at + wide) && !(wide == 9 && SexAt(s, at + 6))) {
    size_t l = 0;
    if (wide != 9 || CharIn<kNotAfterZeng>(second) || CharIn<kNotAfterZengInNames>(second) ||
        (NameClassAt(s, at + 6) & kGivenNameClass) == 0 ||
        (at + 9 < s.size() && IsIdeographAt(s, at + 9, &l) &&
         !CharIn<kNameFollowers>(s.substr(at + 9, l)))) {
      return 0;
    }
  }
  if (Decode3(first, 0) == U'于' && CharIn<kYuBeforeTime>(second)) return 0;
  if (IsWordNotName(s.substr(at, 6))) {
    // A word, unless it starts a name of three characters that a word following names ends.
    size_t l = 0;
    // (In a list, not with a stop third: 彭某同洪水中被困群众.)
    // A verb that follows persons ends it too (与叶子超发生口角, 云某、白天龙当晚在场: found by
    // scripts/leak-sweep.sh, seeds 71 and 144); without `followed_words`, only such a verb
    // (黄金和钱财藏于家中 stays).
    // The third character must be a given name's (not 被害人金项链被抢, 向民警, 曾多次).
    const bool followed = wide == 9 && (NameClassAt(s, at + 6) & kGivenNameClass) != 0 &&
                          (AfterListedNameAt(s, at + 9) ||
                           (followed_words &&
                            (at + 9 >= s.size() || !IsIdeographAt(s, at + 9, &l) ||
                             CharIn<kNameFollowers>(s.substr(at + 9, l))) &&
                            (which != Surnames::kList || !IsNameStop(s.substr(at + 6, 3)))));
    if (!followed) return 0;
  }
  // The walk that stops at the stops common in given names as well differs only where one of
  // them is in the name (most names have none).
  bool soft_stop = false;
  for (size_t k = at + 3; k + 3 <= at + wide; k += 3) {
    soft_stop = soft_stop || IsNameStop(s.substr(k, 3));
  }
  size_t m = soft_stop ? NameForwardFrom(s, at, which) : wide;
  // (A compound surname alone is no name: 犯罪嫌疑人皇甫立军纠集, where the walk stopped at 立;
  // since session fifty-nine, red-team set X, which had 皇某立军.)
  if (m == 6 && wide >= 12 && IsCompoundSurname(s.substr(at, 6))) m = 0;
  // (A preposition third before more of a clause ends a name of two: 报警人：郑燕向被害人借款.
  // Not 报警人向家辉在: there it is first.)
  if (wide == 9 && m == 6 && CharIn<kPrepositionsAfterName>(s.substr(at + 6, 3)) &&
      (NameClassAt(s, at + 9) & kIdeographClass) != 0) {
    return at + m;
  }
  if (wide > m && (m == 0 || EndsName(s, at + wide))) return at + wide;
  return m > 0 ? at + m : 0;
}

// The length of the word joining the members of a list at `at` (、, 和, 与, 及, 同, 跟, 以及,
// 伙同, 纠集), or 0.
size_t ListJoinAt(std::string_view s, size_t at) {
  switch (Decode3(s, at)) {  // (0 past the end)
    case U'、':
    case U'和':
    case U'与':
    case U'跟':
      return 3;
    case U'及':  // (Not 及时, 同时: 张秀芝及时申报; since session seventy-one.)
    case U'同':
      return StartsWith(s, at + 3, "时") ? 0 : 3;
    case U'以':
      return StartsWith(s, at, "以及") ? 6 : 0;
    case U'伙':
      return StartsWith(s, at, "伙同") ? 6 : 0;
    case U'纠':  // (韩某纠集常二孩、贺某; since session sixty-two, red-team set AA)
      return StartsWith(s, at, "纠集") ? 6 : 0;
    default:
      return 0;
  }
}

// Whether a member of a list may end right before `at`: where a name does (EndsName), or
// before a verb that follows persons; not where a word goes on (NoWordGoesOn): before
// kNotAfterName (梁河县某公司, 管理人员, 包间内), or after kNotNameEnds.
// (c: NameClassAt(s, at), as EndsNameWith.)
bool NoWordGoesOnWith(std::string_view s, size_t at, uint16_t c) {
  if (at < 3 || (NameClassAt(s, at - 3) & kNotNameEndClass) != 0) return false;
  return (c & kNotAfterNameClass) == 0;
}
bool NoWordGoesOn(std::string_view s, size_t at) {
  return NoWordGoesOnWith(s, at, NameClassAt(s, at));
}
bool EndsListedNameWith(std::string_view s, size_t at, uint16_t c) {
  if (!NoWordGoesOnWith(s, at, c)) return false;
  return EndsNameWith(s, at, c) || ((c & kAfterListedFirst) != 0 && AfterListedNameAt(s, at));
}
bool EndsListedName(std::string_view s, size_t at) {
  return EndsListedNameWith(s, at, NameClassAt(s, at));
}

// Since session thirty-six: a later member of a list written whole between its marks, after
// a name (排腊、木然崩、岳小琴; 沐小刚、字玉凤，): two to four ideographs up to 、, a comma, a
// semicolon, 。, 等 or the end, none a stop, not masked, and not ending as a noun for persons
// does (张某、小区保安等人; kNotNameEnds, kPersonWordEnds, the person and kin nouns). A name
// of any first character, as the members before it are names. Its end, or 0.
size_t DelimitedListMember(std::string_view s, size_t at) {
  // (Or a count of the persons, or their couple: 线某、思翠兰二人, 洛某、次仁拉姆夫妇; since
  // session fifty, red-team set N.)
  // (Or 均, brothers or sisters, a count of persons in digits, or a join and a name masked:
  // 拉某、德吉均证实, 赵某、赵小伟兄弟, 曲某、俄木阿果3名, 覃某、田大毛和冉某; since session
  // fifty-two, red-team sets B, E, F, M.)
  auto persons_at = [&](size_t k) {
    const std::string_view two = s.substr(k, 6);
    return two == "二人" || two == "两人" || two == "三人" || two == "夫妇" || two == "夫妻";
  };
  // (Looked for after two characters only.)
  auto more_at = [&](size_t k) {
    switch (Decode3(s, k)) {
      case U'均':
        return true;
      case U'兄':
        return s.compare(k + 3, 3, "弟") == 0;
      case U'姐':
        return s.compare(k + 3, 3, "妹") == 0;
      case U'和':
      case U'与':
      case U'及':
        return IsSurnameChar(Decode3(s, k + 3), Surnames::kList) && s.compare(k + 6, 3, "某") == 0;
      default:
        return false;
    }
  };
  auto count_at = [&](size_t k) {
    if (k >= s.size() || !IsDigit(static_cast<unsigned char>(s[k]))) return false;
    const size_t e =
        k + 1 < s.size() && IsDigit(static_cast<unsigned char>(s[k + 1])) ? k + 2 : k + 1;
    return s.compare(e, 3, "名") == 0 || s.compare(e, 3, "人") == 0;
  };
  size_t end = at;
  bool more = false;
  for (; end < at + 12; end += 3) {
    const uint16_t cls = NameClassAt(s, end);
    if ((cls & kIdeographClass) == 0 || s.substr(end, 3) == "等" || persons_at(end)) break;
    if (end >= at + 6 && more_at(end)) {
      more = true;
      break;
    }
    if ((cls & kStopInNameClass) != 0 || s.substr(end, 3) == "某") return 0;
  }
  // (Not a kin word, 王某、其妻等人: 其 and 之 lead none of the names here.)
  if (end < at + 6 || s.compare(at, 3, "其") == 0 || s.compare(at, 3, "之") == 0) return 0;
  const std::string_view mark = s.substr(end, 3);
  // (Or a bracket after it, since session sixty-eight, red-team sets S, N, I, H, B: 阿某2（…）、
  // 勒古尔布（当地德古，…）; not an officer's title in it, 郝静（技术员）、高峰（民警）.)
  auto officer_in_bracket = [&] {
    return s.compare(end + 1, 6, "民警") == 0 || s.compare(end + 1, 6, "辅警") == 0 ||
           s.compare(end + 1, 6, "警官") == 0 || s.compare(end + 1, 6, "法医") == 0;
  };
  if (!(end >= s.size() || s[end] == ',' || s[end] == ';' || s[end] == '\n' ||
        (s[end] == '(' && !officer_in_bracket()) || mark == "、" || mark == "。" || mark == "等" ||
        persons_at(end) || more || count_at(end)) ||
      (NameClassAt(s, end - 3) & kNotNameEndClass) != 0 ||
      CharIn<kPersonWordEnds>(s.substr(end - 3, 3)) ||
      (more &&
       (CharIn<kPlaceOrBodyEnds>(s.substr(end - 3, 3)) || s.compare(end - 3, 3, "会") == 0))) {
    return 0;
  }
  for (size_t from = at; from + 6 <= end; from += 3) {
    if (PersonNounAt(s, from, end)) return 0;
  }
  return end;
}

// The names found before (NameMentions) that s[from, to) mentions, where they may stand
// (Mentionable): for text the scan will not read, as the list's members read past it.
void MentionsBetween(std::string_view s, size_t from, size_t to, Findings* out) {
  if (out->mentions == nullptr) return;
  for (size_t k = from; k + 3 <= to;) {
    const char32_t cp = Decode3(s, k);
    bool given = false;
    if (const size_t len =
            cp != 0 && out->mentions->IsFirst(cp) ? out->mentions->LongestAt(k, cp, &given) : 0;
        len != 0 && k + len <= to && NameMentions::Mentionable(s, k, k + len, given)) {
      Candidate c = HeuristicName(k, k + len);
      c.mention = true;
      out->candidates.push_back(c);
      k += len;
      continue;
    }
    k += cp != 0 ? 3 : 1;
  }
}

// The later members of a list after a name found ending at `end` (其朋友王五、赵六等人,
// 被害人张三和李四在家中): each a name as after a role word (RoleNameEnd, with the surnames of
// all three lists) that ends where a name of a list does (EndsListedName). With `no_name_before`
// (the list starts at a join: 与瞿建平发生), the first member has a surname of the two wider lists
// and is no word of kNotNamesAfterRole but before a verb that follows persons (黄金和钱财藏于家中
// stays; 与叶子超发生 does not).
bool OfficersBracketAfter(std::string_view s, size_t end);  // (below)
size_t SoundNameEnd(std::string_view s, size_t at, bool after_person_word = false);  // (below)

void NamesListedAfter(std::string_view s, size_t end, Findings* out, bool no_name_before = false) {
  for (int k = 0; k < 8; ++k) {
    // Past a member's bracket of sex and profile (张某（男，汉族）、李四（女，汉族）; since session
    // thirty-eight), on one line.
    // (Or past a short note, up to ten characters: 曾某2（诗琪母亲）、刘斌均到场; since session
    // fifty, red-team set N. Since session fifty-one up to fifteen with one comma:
    // 韦某（水族，板光村村民）、岑国英（过路司机）.) The names found before are looked for in the
    // bracket here: the scan looks for them after the list's last member only
    // (吕晓鹏（关宏伟的朋友）、安娜·伊万诺娃).
    if (end < s.size() && s[end] == '(') {
      const size_t close = s.find(')', end);
      if (close == std::string_view::npos || close - end > 90) return;
      const std::string_view inside = s.substr(end + 1, close - end - 1);
      if (inside.find('\n') != std::string_view::npos) return;
      if (const size_t comma = inside.find(',');
          !SexAt(s, end) && (inside.size() > (comma == std::string_view::npos ? 30 : 46) ||
                             (comma != std::string_view::npos &&
                              inside.find(',', comma + 1) != std::string_view::npos))) {
        return;
      }
      MentionsBetween(s, end + 1, close, out);
      end = close + 1;
    }
    const size_t join = ListJoinAt(s, end);
    if (join == 0) return;
    // (A kin word may come first, without its 其: 其表哥李晓南、表姐韩冬梅.)
    const size_t at = end + join + KinWordAt(s, end + join);
    if (const size_t dotted = DottedNameForward(s, at, out->text_has_dot);
        dotted > 0) {  // 岩某和阿依古丽·买买提
      AddHeuristic(at, at + dotted, out);
      end = at + dotted;
      continue;
    }
    const bool first_of_join = k == 0 && no_name_before;
    if (!first_of_join && join == 3 && s.substr(end, 3) == "、") {
      if (const size_t whole = DelimitedListMember(s, at); whole != 0) {
        AddHeuristic(at, whole, out);
        end = whole;
        continue;
      }
    }
    // A name before a bracket of the sex and profile first (、吉伍约哈（男，彝族，27岁）).
    size_t next = NameBeforeProfile(s, at);
    if (next == 0) {
      next = RoleNameEnd(s, at, first_of_join ? Surnames::kWide : Surnames::kList,
                         /*followed_words=*/!first_of_join);
      // A name one character shorter before a verb that follows persons (李娜共同: 共 ends no
      // name; 上官琳发生, found by scripts/leak-sweep.sh, seed 15).
      if (next >= at + 9 && !EndsListedName(s, next) && EndsListedName(s, next - 3)) next -= 3;
    }
    // (Or a name written by its sound after a name found: 旦某伙同阿旺曲扎（另案处理）; since
    // session seventy-two, red-team set AK.)
    if (next == 0 && !first_of_join) next = SoundNameEnd(s, at);
    if (next == 0) return;
    // Not a place's name after a join that follows no name (灵溪镇和龙港市; since session
    // thirty-eight).
    if (first_of_join && (CharIn<kDivisionEnds>(s.substr(next - 3, 3)) ||
                          CharIn<kDivisionEnds>(s.substr(next, 3)))) {
      return;
    }
    // A later member of three characters with a surname of the two wider lists and a given
    // name's last character ends where no given name's character follows (柯小宝、罗大友受伤,
    // 温志辉、赖晓明抓获: since session thirty-five); any other where a list's member ends.
    // (Or before a bracket of the sex: 、吉伍约哈（男，彝族）.)
    // (Since session thirty-nine also a surname of the third list with two given names'
    // characters: 顾客谢某、赖文斌用手机拍下.)
    if (!EndsListedName(s, next) && !(next < s.size() && s[next] == '(' && SexAt(s, next)) &&
        (first_of_join || next != at + 9 ||
         !(HasNameClass(Decode3(s, at), kWideSurnameClass) ||
           (NameClassAt(s, at + 3) & kGivenNameClass) != 0) ||
         !EndsWithGivenChar(s, next) || (NameClassAt(s, next) & kGivenNameClass) != 0)) {
      return;
    }
    // (Not an officer that a bracket names: 郝静（技术员）、高峰（民警）; since session
    // fifty-seven.)
    if (next < s.size() && s[next] == '(' && OfficersBracketAfter(s, next)) return;
    AddHeuristic(at, next, out);
    end = next;
  }
}

// The start of a name ending right before `end` (where a speech word starts), or kNone: a dotted
// minority name or a compound surname; else a surname + 1–2 (NameBeforeWord). (Each guess is
// computed only when the ones before it found nothing.)
size_t SoundNameBackward(std::string_view s, size_t end);  // (below)
size_t NameEndingAt(std::string_view s, size_t end, bool text_has_dot) {
  if (const size_t dotted = DottedNameBackward(s, end, text_has_dot); dotted != kNone)
    return dotted;
  if (const size_t compound = CompoundNameBackward(s, end); compound != kNone) return compound;
  if (const size_t start = NameBeforeWord(s, end); start != kNone) return start;
  return SoundNameBackward(s, end);  // (据艾尔肯交代, 由阿合买提江报警; since session thirty-nine)
}

// The earlier members of a list before a name found starting at `start` (张三、李四称): each a
// name before a speech word would be (NameEndingAt).
void NamesListedBefore(std::string_view s, size_t start, Findings* out) {
  for (int k = 0; k < 8 && start >= 3; ++k) {
    // The join's length: 以及 and 伙同 end in 及 and 同, which are joins themselves.
    const size_t join = start >= 6 && ListJoinAt(s, start - 6) == 6 ? 6 : ListJoinAt(s, start - 3);
    if (join == 0) return;
    // (Past the member's short note in brackets: 汪满妹（鹿角镇）、朱老四; since session
    // fifty-nine, red-team set X.)
    size_t end = start - join;
    if (end > 0 && s[end - 1] == ')') {
      const size_t open = s.rfind('(', end - 1);
      if (open == std::string_view::npos || end - open > 32 ||
          s.substr(open, end - open).find_first_of("\n,") != std::string_view::npos) {
        return;
      }
      end = open;
    }
    const size_t before = NameEndingAt(s, end, out->text_has_dot);
    if (before == kNone) return;
    AddHeuristic(before, end, out);
    start = before;
  }
}

// The words that end organizations' names (江南大学, 温州银行), by twos.
constexpr std::string_view kBodyEndWords = "银行商行车行大学中学小学协会商会学会工会";
// Whether a name read as ending at byte `end` is part of an organization's name: with a division
// (周口市第一中学: the division's last character ends it, and the organization's name goes on),
// or with a word of kBodyEndWords across its end (江南大学 read as 江南大).
// (Not a person: 被害人：吴镇，男. Not where the division comes after the name: 张三市场.)
// Or a village's name of a surname and 家 (隔壁熊家村, 王家寨; since session fifty-seven,
// red-team set V).
bool InDivisionName(std::string_view s, size_t end) {
  return (NameClassAt(s, end) & kIdeographClass) != 0 &&
         (CharIn<kDivisionEnds>(s.substr(end - 3, 3)) ||
          PairIn<kBodyEndWords>(s.substr(end - 3, 6)) ||
          (s.compare(end - 3, 3, "家") == 0 && CharIn<kVillageEnds>(s.substr(end, 3))));
}

// The end of a name after a role word at `at` whose surname starts common words as well
// (kListSurnames: 沙 包 甘 车 毕 …), or 0: where the person's sex follows the name
// (违法行为人沙国强， 男: a party's heading), or where a name of given names' characters ends as a
// list's member does (证人甘晓峰、游志勇的证言, 其丈夫毕永福当晚).
// With `given_both` (after a noun for persons: 店员苗雨欣辨认; since session thirty-nine), also a
// name of three whose two given characters are given names' wherever it ends.
size_t ListSurnameNameEnd(std::string_view s, size_t at, bool given_both = false) {
  const char32_t first = Decode3(s, at);
  if (!HasNameClass(first, kListSurnameClass) || HasNameClass(first, kWideSurnameClass)) return 0;
  const size_t listed = RoleNameEnd(s, at, Surnames::kList);
  // (Or before a join: 只有妻子牛秀敏和女儿; since session thirty-seven.)
  return listed > at &&
                 (SexAt(s, listed) || (EndsWithGivenChar(s, listed) &&
                                       (EndsListedName(s, listed) || ListJoinAt(s, listed) != 0 ||
                                        (given_both && listed == at + 9 &&
                                         (NameClassAt(s, at + 3) & kGivenNameClass) != 0))))
             ? listed
             : 0;
}

// The characters of Uyghur, Kazakh, Tibetan, Yi and Mongolian names written by their sound
// (托合提, 次仁卓玛, 吉克阿呷, 阿苏拉格, 乌云其其格), without the dot that splits a given name from
// a father's (DottedNameForward reads those); and, of them, those rare in Chinese words. Since
// session thirty-five (a red-team round: 51 of 60 such names were published as written).
constexpr std::string_view kSoundNameChars =
    "阿艾买提古丽热娜依努尔吐逊江汗克合曼迪力麦米帕孜则斯伊巴图玛比亚哈吾尼萨达别乌苏库赛莱"
    "凯穆罕列肯叶山木沙拉加吉托洪西夏衣甫次仁卓扎多平措央格桑洛姆泽郎瓦德旺曲珍宗贡布顿珠白"
    "才让索南绒堆嘎旦增罗杰群培丹琼呷俄马且说伍日果惹支莫史妞嫫特云其额敦那朝鲁宝音雅呼赫满来"
    // (Since session thirty-six: 阿牛阿呷, 俄底拉哈, 阿的日火, 巴图孟和, 那仁满都拉, 阿拉腾.)
    "牛底火孟都腾"
    // (Since session thirty-eight: 斯琴巴雅尔, 阿拉坦仓, 额尔敦毕力格, 萨仁高娃.)
    "琴坦仓毕娃"
    // (Since session forty-one, Tibetan names' syllables: 才让东周, 旦正加, 公保才旦, 拉毛措, 尕玛,
    // 久美, 完德, 晋美, 益西, 确吉, 坚赞, 强巴, 普布, 仁青. Not 更, 边 or 太: 其妻更加努力, 其父
    // 西山那边, 其子太多次.)
    "周正藏毛公保尕金登久美完晋益确坚赞强普青东"
    // (Since session seventy-two, red-team set AK: 索朗央金, 朗杰.)
    "朗"
    // (And Mongolian ones: 乌兰托娅, 那日松, 敖日格勒, 查干.)
    "兰娅松勒敖干查"
    // (Since session forty-seven, red-team set K: 娜仁高娃.)
    "高"
    // (Since session fifty-four, red-team set S: 阿苦日哈, a Yi name.)
    "苦";
constexpr std::string_view kRareSoundNameChars =
    "买丽吐逊卓玛措呷吾孜努汗娜姆嘎绒堆琴尔桑旺珠嫫妞哈格";
// The first characters of such names that the model's gate lets through too (ModelNameFirsts:
// where a clause starts and after a verb; since session thirty-six).
// (哈 since session fifty-four, red-team set S: 曾向哈力木拉提打听.)
constexpr std::string_view kSoundNameFirsts = "阿次格乌额那俄巴扎央旺卓洛索吐努热买伊帕尼托吾哈";
// The end of such a name at `at` (after a word that names a person), or 0: two to six of those
// characters up to a stop or another character, with one rare in words at least (the last, of
// two: 热娜, 拉姆, not 达到, 拉开), ending as a name does (托合提因…, 阿苏拉格自述). Since session
// thirty-six a name of three or more ends wherever its characters do (户主格桑平措申请, 其女友
// 阿牛阿呷供述), and 其 may be one past the first (乌云其木格, 阿拉腾其其格).
// The clans' names that start Yi names and the Jingpo ones (沙马伍各, 曲比拉作, 阿侯木呷, 吉克日体,
// 勒排早腊; since session thirty-nine): any one or two characters that are no stop may follow
// them. (Masked as the other names by their sound, by the first character: 沙某.)
constexpr std::string_view kClanNames =
    "沙马曲比吉伍阿的海来吉克阿侯俄木阿苏勒排阿尔吉木瓦其俄狄尔古苏呷勒格";

// Tibetan names' syllables of two characters whose first is a stop elsewhere (才让, 次仁, 公保;
// since session forty-one).
// (多吉, 多杰's other writing, since session forty-six: 犯罪嫌疑人泽仁多吉有…; red-team set K.)
constexpr std::string_view kTibetanPairs = "才让才仁才旦次仁次旦公保多杰多吉";
const CharSet& SoundNameChars() {
  static const CharSet* const kSet = new CharSet(SplitChars(kSoundNameChars));
  return *kSet;
}
// Since session fifty-six (red-team set U): places written by their sound, read as no name
// wherever the division's word is left out (，格尔木今天零下二十度 was masked 格某).
constexpr std::array<std::string_view, 32> kSoundPlaces = {
    "格尔木",   "德令哈",   "乌鲁木齐", "呼和浩特", "二连浩特", "锡林浩特", "乌兰浩特", "乌兰察布",
    "巴彦淖尔", "鄂尔多斯", "阿拉善",   "海拉尔",   "满洲里",   "齐齐哈尔", "佳木斯",   "哈尔滨",
    "喀什",     "阿克苏",   "库尔勒",   "克拉玛依", "吐鲁番",   "阿勒泰",   "博尔塔拉", "日喀则",
    "拉萨",     "林芝",     "香格里拉", "西双版纳", "察尔汗",   "可可西里", "阿尔山",   "额尔古纳"};
bool SoundPlaceAt(std::string_view s, size_t at) {
  static const CharSet* const kFirsts = [] {
    std::vector<std::string_view> firsts;
    for (std::string_view w : kSoundPlaces) firsts.push_back(w.substr(0, 3));
    return new CharSet(firsts);
  }();
  return kFirsts->contains(Decode3(s, at)) &&
         std::any_of(kSoundPlaces.begin(), kSoundPlaces.end(),
                     [&](std::string_view w) { return s.compare(at, w.size(), w) == 0; });
}

// kSoundNameFirsts as a set, for the tests where the scan stops often.
const CharSet& SoundNameFirstSet() {
  static const CharSet* const kSet = new CharSet(SplitChars(kSoundNameFirsts));
  return *kSet;
}

// What makes 那 a word for a place after a name (那里, 那儿, 那边).
constexpr std::string_view kThereAfterNa = "里儿边";
size_t SoundNameEnd(std::string_view s, size_t at, bool after_person_word) {
  const CharSet* const kSound = &SoundNameChars();
  if (at + 9 <= s.size() && PairIn<kClanNames>(s.substr(at, 6))) {
    size_t e = at + 6;
    for (int k = 0; k < 2 && (NameClassAt(s, e) & kIdeographClass) != 0 &&
                    (NameClassAt(s, e) & kStopClass) == 0;
         ++k) {
      e += 3;
    }
    if (e > at + 6) return e;
  }
  size_t e = at;
  int rare = 0;
  // (Stops inside such names: 其 past the first, 让 after 才: 乌云其木格, 扎西才让. Not 嘎查, a
  // Mongolian village's word: 额仁高毕嘎查; since session forty-seven.)
  while (e < at + 18 && e + 3 <= s.size() && kSound->contains(Decode3(s, e)) &&
         !(e > at && s.compare(e, 6, "嘎查") == 0) &&
         (!IsNameStop(s.substr(e, 3)) || (e > at && s.substr(e, 3) == "其") ||
          (e > at && s.substr(e, 3) == "让" && s.substr(e - 3, 3) == "才") ||
          PairIn<kTibetanPairs>(s.substr(e, 6)))) {
    rare += CharIn<kRareSoundNameChars>(s.substr(e, 3)) ||
                    (e > at && s.substr(e, 3) == "让" && s.substr(e - 3, 3) == "才")
                ? 1
                : 0;  // (才让, as rare in words as they are: 才让多杰)
    e += 3;
  }
  // (Not 那 of 那里, 那儿, 那边 after the name: 他哥哥扎西才让那里; since session sixty-two,
  // red-team set Z.)
  if (e >= at + 9 && s.compare(e - 3, 3, "那") == 0 && CharIn<kThereAfterNa>(s.substr(e, 3))) {
    e -= 3;
  }
  const size_t chars = (e - at) / 3;
  if (chars >= 2 && SoundPlaceAt(s, at)) return 0;
  // (After a kin word or 人员, three or more need none rare where they end as a list's member
  // does: 其子吉克阿古在场, 其妻沙马阿牛，; not 其妻多次拉扯; since session thirty-eight.)
  // (Four or more there wherever they end: 村干部扎西才让帮助; since session thirty-nine.)
  if (after_person_word && chars >= 3 &&
      (chars >= 4 || (NameClassAt(s, e) & kIdeographClass) == 0 || EndsListedName(s, e))) {
    return e;
  }
  // (And two led by a name's first character there, wherever they end: 之子扎西随行, 其叔扎克担保;
  // since session thirty-nine. Not 其妻多次, 其子拉开: 多 and 拉 lead none; nor the words of
  // such characters: 其子次日, 其子努力.)
  if (after_person_word && chars == 2 && CharIn<kSoundNameFirsts>(s.substr(at, 3))) {
    // (哈哈 since session fifty-four, as 哈 leads such names now: 其子哈哈大笑.)
    static constexpr std::array<std::string_view, 5> kWords = {"次日", "努力", "阿里", "阿拉",
                                                               "哈哈"};
    const std::string_view two = s.substr(at, 6);
    return std::find(kWords.begin(), kWords.end(), two) == kWords.end() ? e : 0;
  }
  if (chars < 2 || rare == 0 || (chars == 2 && !CharIn<kRareSoundNameChars>(s.substr(e - 3, 3)))) {
    return 0;
  }
  return chars >= 3 || EndsListedName(s, e) || SexAt(s, e) ? e : 0;
}

// The start of a name by its sound (SoundNameEnd) that ends right before `end`, after a word's
// boundary, or kNone: its characters back from `end`, read forward again.
size_t SoundNameBackward(std::string_view s, size_t end) {
  const CharSet* const kSound = &SoundNameChars();
  size_t b = end;
  while (b >= 3 && end - b < 18 && kSound->contains(Decode3(s, b - 3))) b -= 3;
  // (Or after 由, which starts 由于 too often to end a word before a name of a surname.)
  if (end - b < 6 || !(IsBoundaryBefore(s, b) || (b >= 3 && s.compare(b - 3, 3, "由") == 0)) ||
      SoundNameEnd(s, b) != end) {
    return kNone;
  }
  return b;
}

// Whether a place's or a body's word ends the name read up to `end` (格尔木市, 格尔木公安局), or
// a division's word a character later (西乌珠穆沁旗, 阿拉善盟); or a nation's or a language's
// (哈萨克族, 哈萨克语; since session fifty-four).
bool PlaceOrBodyAfter(std::string_view s, size_t end) {
  const std::string_view next = s.substr(end, 3);
  const std::string_view later = end + 3 <= s.size() ? s.substr(end + 3, 3) : std::string_view();
  return CharIn<kPlaceOrBodyEnds>(next) || next == "公" || next == "派" || next == "旗" ||
         next == "族" || next == "语" || next == "盟" || CharIn<kDivisionEnds>(later) ||
         later == "旗" || later == "盟" || (next == "嘎" && later == "查");
}
// Whether a name by its sound of four characters or more starts at `at` (read as after a
// person's word) that no place's word ends: 乌力吉木仁, 泽仁多吉; not 乌兰察布市.
bool LongSoundNameAt(std::string_view s, size_t at) {
  // (Most places hold none: the fourth character first. A Yi clan's name whose fourth is no
  // such character is left to the other readings.)
  if (!SoundNameChars().contains(Decode3(s, at + 9))) return false;
  const size_t sound = SoundNameEnd(s, at, /*after_person_word=*/true);
  return sound >= at + 12 && !PlaceOrBodyAfter(s, sound);
}
// (kFamiliarFirsts and kElders: detectors.h, as the scan's gate at 叫 reads them too.)
// The second characters of words of 阿 小 老 that name no one: 老师, 老板, 老乡, 小孩, 小区 …
// (姨 心 时 since session fifty-three: 阿姨, 小心, 小时; 哥 since session fifty-five: 老哥, 阿哥).
constexpr std::string_view kNotNicknameSeconds = "师板乡孩区组学姐弟妹伴婆公人家朋姨心时哥";
// Whether a word of 阿 小 老 that names no one starts at byte `at` (阿姨, 老婆, 小心, 老师).
bool NamesNoOneAt(std::string_view s, size_t at) {
  return CharIn<kFamiliarFirsts>(s.substr(at, 3)) &&
         CharIn<kNotNicknameSeconds>(s.substr(at + 3, 3));
}
// Since session fifty (red-team sets B–N): a name of two to four characters right after a kin
// word, each a given name's, a surname's or a name-by-sound's character and none a stop nor 某,
// that ends where a clause does or before 称 说 在 代 (儿子朝鲁门，, 其妻李则黑在, 之妻依叫称,
// 其丈夫尕玛代签, 我女儿银花说): its end, or 0. Read where the other readings find none; not a
// noun for persons (其妻子女，).
constexpr std::string_view kPlaceWordEnds = "边里面家头方处";
size_t KinNameEnd(std::string_view s, size_t at) {
  auto ends_at = [&](size_t e) {
    if (e >= s.size()) return true;
    const char c = s[e];
    // (Or a space: 其子朝鲁 [电话], a family's list; since session seventy-one, red-team set AI.)
    if (c == ',' || c == ';' || c == ':' || c == '\n' || c == ')' || c == '(' || c == ' ') {
      return true;
    }
    const std::string_view ch = s.substr(e, 3);
    return ch == "。" || ch == "、" || ch == "称" || ch == "说" || ch == "在" || ch == "代";
  };
  const CharSet& sound = SoundNameChars();
  size_t e = at;
  // (向 first, a surname, in a name of two: 我侄儿向东在对面; since session fifty-six, red-team
  // set U. Not 其父向法院称, 其妻向民警称.)
  const bool xiang = s.compare(at, 3, "向") == 0 && ends_at(at + 6);
  for (; e < at + 12 && !(e >= at + 6 && ends_at(e)); e += 3) {
    const uint16_t c = NameClassAt(s, e);
    if ((c & kIdeographClass) == 0 || (IsNameStop(s.substr(e, 3)) && !(xiang && e == at)) ||
        s.compare(e, 3, "某") == 0 ||
        ((c & (kGivenNameClass | kListSurnameClass)) == 0 && !sound.contains(Decode3(s, e)))) {
      return 0;
    }
  }
  // (Nor a place's word: 其父西山那边; nor a word of 阿 小 老 that names no one: 叫她阿姨，, 叫他
  // 老婆，, since session fifty-four.)
  // (Nor a word of two, 由某本人及其妻完成; since session fifty-eight, red-team set W.)
  if (e < at + 6 || !ends_at(e) || CharIn<kPlaceWordEnds>(s.substr(e - 3, 3)) ||
      NamesNoOneAt(s, at) || (!xiang && e == at + 6 && IsWordNotName(s.substr(at, 6)))) {
    return 0;
  }
  for (size_t from = at; from + 6 <= e; from += 3) {
    if (PersonNounAt(s, from, e)) return 0;
  }
  return e;
}

// A name by its sound of three characters or more (SoundNameEnd) at `at` where no word says a
// person is named (a clause's start, a verb's object: 。次仁旺堆与妻子…, 造成阿拉腾其其格受伤), not
// a place's or a body's (格尔木市, 格尔木公安局): its end, or 0.
size_t BareSoundNameEnd(std::string_view s, size_t at) {
  const size_t end = SoundNameEnd(s, at);
  // (Not laughter, 哈哈哈，, since 哈 leads such names: session fifty-four.)
  return end < at + 9 || PlaceOrBodyAfter(s, end) || s.compare(at, 6, "哈哈") == 0 ? 0 : end;
}

// Whether a verb of perceiving starts at byte `at` (察觉, 发觉, 得知, 听到 …): what a person
// does, not a name's character with a word after it.
constexpr std::string_view kPerceivingFirsts = "察发得听看感觉";
bool PerceivingVerbAt(std::string_view s, size_t at) {
  static constexpr std::array<std::string_view, 9> kVerbs = {"察觉", "发觉", "得知", "听到", "听见",
                                                             "看到", "看见", "感觉", "觉得"};
  // (Their first characters first: most names have none after them.)
  if (!CharIn<kPerceivingFirsts>(s.substr(at, 3))) return false;
  return std::any_of(kVerbs.begin(), kVerbs.end(),
                     [&](std::string_view v) { return s.compare(at, v.size(), v) == 0; });
}

// Whether a body's name in a place of four characters goes on past `end`: two characters, none
// a stop, a division's word after them and the body's name after that, up to its last word
// (霍林郭勒市鑫达通煤炭运输有限公司). Not a person's place, 王建国通辽市人, nor 张伟家住市区.
// Whether a city's, a county's or a banner's word (市 县 旗 盟) is at byte k (0 past the end).
bool CountyWordAt(std::string_view s, size_t k) {
  switch (Decode3(s, k)) {
    case U'市':
    case U'县':
    case U'旗':
    case U'盟':
      return true;
    default:
      return false;
  }
}

[[gnu::noinline]] bool BodyInLongPlaceGoesOn(std::string_view s, size_t end) {
  if (!CountyWordAt(s, end + 6)) return false;
  for (size_t k = end; k < end + 6; k += 3) {
    if ((NameClassAt(s, k) & kIdeographClass) == 0 || IsNameStop(s.substr(k, 3))) return false;
  }
  size_t k = end + 9;
  while (k < end + 60 && (NameClassAt(s, k) & kIdeographClass) != 0) k += 3;
  return k >= end + 15 && CharIn<kBodyEnds>(s.substr(k - 3, 3));
}

// Whether a county's, a city's or a banner's word, or 公安 or 公司, follows a name read at `end`:
// a place's name, not a person's (户名：梁河县某某商贸有限公司, 所有人为梁河县公安局).
bool CountyOrBodyAfter(std::string_view s, size_t end) {
  return CountyWordAt(s, end) || (Decode3(s, end) == U'公' && (s.compare(end + 3, 3, "安") == 0 ||
                                                               s.compare(end + 3, 3, "司") == 0));
}

// A name after a role word (a dotted minority name, or as RoleNameEnd reads it), with the later
// members of its list. `given_last`: the name read must end with a given name's character.
// (Or a minority name written by its sound: SoundNameEnd.)
void RoleNameAt(std::string_view s, size_t at, Findings* out, bool given_last = false,
                bool after_person_word = false) {
  size_t end = at + DottedNameForward(s, at, out->text_has_dot);
  if (end == at) {
    end = RoleNameEnd(s, at);
    // A name one character shorter before a word that follows persons (其母司马丽当晚,
    // 邻居周全起夜: since session thirty-seven), as in a list (NamesListedAfter).
    if (end >= at + 9 && !EndsListedName(s, end) && EndsListedName(s, end - 3)) end -= 3;
    if (end == 0) end = ListSurnameNameEnd(s, at, /*given_both=*/given_last || after_person_word);
    if (end == 0) end = NameBeforeProfile(s, at);  // 犯罪嫌疑人朝鲁（男，蒙古族）
    bool by_sound = false;  // (a name by its sound ends with no given name's character)
    if (end == 0) {
      end = SoundNameEnd(s, at, after_person_word);
      by_sound = end != 0;
    }
    // (A name of three that ends as a list's member does, or before a join, keeps its last
    // character: 工友许德胜、, 侄子郑泽楷在场, 侄子郑泽楷和村民.)
    if (given_last && !by_sound && end > at && !EndsWithGivenChar(s, end) &&
        !(end == at + 9 && (EndsListedName(s, end) || ListJoinAt(s, end) != 0))) {
      // (Of three characters, two may be a name: 其孙女白雪放学后.)
      if (end != at + 9 || !EndsWithGivenChar(s, at + 6)) return;
      end = at + 6;
    }
  }
  // (A verb's first character third, not a given name's, before 了 or 着: 我妹田甜借了十万; or a
  // verb of perceiving's, whose second follows: 其妹田甜察觉被骗. Since session thirty-nine.)
  if (end == at + 9 &&
      (Decode3(s, end) == U'了' || Decode3(s, end) == U'着' || PerceivingVerbAt(s, end - 3))) {
    end -= 3;
  }
  // (A display name's second part after a dash where a name is read there, the first the
  // shop's or the platform's: 微信名叫“康寿源-杨雪”; since session sixty-four, red-team set AC.)
  if (end >= at + 9 && end + 1 < s.size() && s[end] == '-') {
    if (const size_t second = RoleNameEnd(s, end + 1); second > end + 1) {
      AddHeuristic(end + 1, second, out);
      return;
    }
  }
  // (Nor a people's name, 隔壁哈萨克族老乡; since session fifty-eight, red-team set W.)
  // (Nor a place's of four characters before a body's name: 车辆所有人为霍林郭勒市鑫达通煤炭运输
  // 有限公司; nor one before its county's word or a body's, 户名：梁河县某某商贸有限公司; since
  // session sixty-eight, red-team set AG.)
  if (end > at && !InDivisionName(s, end) && s.compare(end, 3, "族") != 0 &&
      !BodyInLongPlaceGoesOn(s, end) && !CountyOrBodyAfter(s, end)) {
    AddHeuristic(at, end, out);
    NamesListedAfter(s, end, out);
  }
}

// Past 是 or 为 at byte `at` where a surname of the wider lists follows (收款人是莫振宇, 防疫员是
// 杨志军): where a name after a person's noun starts.
size_t OverNameLink(std::string_view s, size_t at) {
  const char32_t link = Decode3(s, at);
  return (link == U'是' || link == U'为') &&
                 HasNameClass(Decode3(s, at + 3), kWideSurnameClass | kListSurnameClass)
             ? at + 3
             : at;
}

// Past spaces at byte `at` where a surname of the wider lists follows: a kin word's name in a
// family's list, 其妻　钟三妹：…, 其长子　邹建湖（在长沙务工） (since session fifty-nine, red-team
// set X; the ideographic space is folded to a space).
size_t OverSpaceBeforeSurname(std::string_view s, size_t at) {
  size_t k = at;
  while (k < s.size() && k < at + 4 && s[k] == ' ') ++k;
  return k != at && k < s.size() && HasNameClass(Decode3(s, k), kWideSurnameClass) ? k : at;
}

// Characters that make a word with a join after them (参与, 平和, 共同, 合同, 胡同, 脚跟 …): no
// list starts there.
constexpr std::string_view kNotBeforeJoin =
    "参给平温缓总暖柔祥饱调随附共讲求议相协等如认赞不合胡大雷混视一脚";

// The words before 人员 of the persons a case involves (涉案人员张三, 受伤人员李四), by twos; not
// those of officers and staff (执法人员, 办案人员, 工作人员), whose names stay.
constexpr std::string_view kPersonnelQualifiers =
    "涉案在场同行受伤涉事被困受害违法嫌疑闹事滋事围观知情可疑伤亡遇险落水中毒吸毒涉毒涉赌参赌"
    "陪同在逃购买收购"
    // (Since session forty-three, red-team set G: 随车人员温小龙, 该号码对应人员刘志刚, 务工人员.)
    "随车对应务工外来流动"
    // (Since session forty-four, red-team set I: 望风人员秦小虎.)
    "望风"
    // (Since session forty-five, red-team set J: 报名人员银小燕.)
    "报名"
    // (Since session fifty, red-team sets K and N: 物业管理人员何春梅, 监理人员王永刚; and 工作人员
    // after a private body's name, PrivateStaffAt.)
    "管理监理"
    // (Since session fifty-six, red-team set U: a company's staff, 运营人员叶文静.)
    "运营客服销售财务安保保洁"
    // (Since session sixty-eight, red-team set AG: 揽客人员莫小芳.)
    "揽客";

// Words before a form's colon that name a person's field: 报警人:, 联系人:, 姓名:, 驾驶员:,
// 车主:, 申请者: (the last characters; the context words are looked for at their start).
constexpr std::string_view kFieldEnds = "人名员主者";
// The numbers of a form's fields of several persons (违法行为人一：, 违法行为人二：).
constexpr std::string_view kLabelNumbers = "一二三四五六七八九十甲乙丙丁壹贰叁肆伍陆柒捌玖拾";
// What may follow a name in a form's field besides punctuation (姓名:张三男, 李四系,
// 韩冬梅和曹玉兰).
constexpr std::string_view kValueFollowers =
    "男女系等和及与之";  // (之 since session forty-six: 报案人：曲凤芝之女王某)
// What starts a form's value that is no name (姓名：不详, 户名：某某公司; since session forty-five
// 本人购房, 自有住房 in a column of landlords).
constexpr std::string_view kPlaceholderFirsts = "某不无未待空略见同详暂佚匿拒本自";
// (kPlaceOrBodyEnds: above, with kTransliterationChars.)

}  // namespace

// The first characters of nicknames (阿斌, 小宝, 老黑, 大刘, 二狗, 三妮, 四哥).
constexpr std::string_view kNicknameFirsts = "阿小老大二三四";
// The last characters of nicknames (强哥, 凤姐, 阿仔, 桂妹, 狗娃, 小宝).
constexpr std::string_view kNicknameLasts = "哥姐仔妹娃宝";

// The headers of a table's columns of private persons (序号⇥姓名⇥性别, 物品名称⇥数量⇥持有人).
constexpr std::array<std::string_view, 55> kPersonColumns = {
    "姓名", "持有人", "被收缴人", "物主", "当事人", "户主", "承租人", "租户", "车主", "失主",
    "被扣押人", "所有人", "住户", "被询问人", "嫌疑人", "行为人", "被害人", "入住人", "入住人员",
    // (Since session thirty-eight: a call log's 报警人, and the like.)
    "报警人", "报案人", "受害人", "举报人", "求助人", "驾驶人", "领取人", "房东", "被侵害人",
    // (Since session forty: seized property's 权利人, a birth register's 父亲 and 母亲.)
    "权利人", "认领人", "申请人", "监护人", "父亲", "母亲", "被盗人",
    // (Since session forty-three: a courier's register, lost property's finder, a foreigners'
    // register's renderings and hosts.)
    "寄件人", "收件人", "拾得人", "接待人", "译名", "中文名",
    // (Since session forty-five, red-team set J: a scrap-metal buyer's register, and permits made
    // public with the businesses' representatives, as policy §3 masks them by default.)
    "出售人", "出租人", "负责人", "法定代表人", "安全管理员",
    // (Since session forty-nine, red-team set N: a fraud's transfers, 序号│时间│收款户名.)
    "户名", "收款人", "付款人",
    // (Since session fifty-five, red-team set T: an online shop's orders, the name first in its
    // cell before the phone and the address, 玉罕 159… 浙江省….)
    "收货人信息", "收件人信息",
    // (Since session fifty-seven, red-team set V: a fishing boat's owner, a refund's payee.)
    "船主", "领款人",
    // (Since session fifty-nine, red-team set X: a night market's stall holders.)
    "摊主",
    // (Since session sixty-four, red-team set AC: a market's register of its stalls' holders.)
    "经营者"};
// The words in a header's bracket that say its column's cells give their persons' other names
// in brackets too (经营者（常用称呼）⇥…⇥葛长福（老葛、葛二孩）; since session sixty-four, red-team
// set AC).
constexpr std::array<std::string_view, 7> kAliasHeaderWords = {"称呼", "绰号", "外号",  "别名",
                                                               "小名", "化名", "曾用名"};
// The header cells of a column of nicknames (序号|姓名|绰号|…, 姓名（绰号）), whose cells are
// masked whatever they are, a nickname being no name the model reads (郎把头, 胖子, 喜子; since
// session sixty-nine, red-team set AH). Not 称呼, where a bracket may hold what persons are.
constexpr std::array<std::string_view, 9> kNicknameHeaders = {
    "绰号", "外号", "别名", "小名", "化名", "曾用名", "昵称", "诨号", "网名"};

// What no name's cell holds: a mask, or a placeholder's word (失主不明, 待认领, 未知, 无).
constexpr std::string_view kNotInNameCell = "某不未待无站";
// The last characters of words for persons and trades before a name in a cell (环卫工人朱德华,
// 出租车司机葛平, 商户马金福, 保安白志军; since session forty-three).
constexpr std::string_view kTradeEnds = "工人民员机客户商者友安";
// The last characters of a place a thing was found in a column of holders (牌桌桌面, 车内, 柜台,
// 床边; since session thirty-nine).
constexpr std::string_view kNotNameCellEnds = "面上内里旁边处桌台柜";

size_t LatinNameEnd(std::string_view s, size_t at);  // (below)

// Where a name spaced out ends that starts at byte b and fills [b, e): two to four ideographs,
// each but the last followed by one space (那 春 燕, 葛 长 福); or 0.
size_t SpacedNameEnd(std::string_view s, size_t b, size_t e) {
  size_t k = b;
  int chars = 0;
  while (k + 3 <= e && (NameClassAt(s, k) & kIdeographClass) != 0 && s.compare(k, 3, "某") != 0) {
    k += 3;
    ++chars;
    if (k == e || s[k] != ' ') break;
    ++k;
  }
  return k == e && chars >= 2 && chars <= 4 && e > b + 3 * chars ? e : 0;
}

size_t WideSurnameNameEndingAt(std::string_view s, size_t i,
                               Surnames which = Surnames::kWide);  // (below)
void NamesInTableColumns(std::string_view s, Findings* out) {
  static constexpr std::string_view kBoxBar = "\xE2\x94\x82";  // │ (U+2502)
  auto trimmed = [&](size_t* b, size_t* e) {
    while (*b < *e && (s[*b] == ' ' || s[*b] == '\r')) ++*b;
    while (*e > *b && (s[*e - 1] == ' ' || s[*e - 1] == '\r')) --*e;
  };
  // A cell of two to eight characters, ideographs or a middle dot (folded to U+00B7), no stop but
  // the dot's neighbours, not masked nor a placeholder (不详, 无, 失主不明: kNotInNameCell), not a
  // body's (某某公司).
  auto person_cell = [&](size_t b, size_t e) {
    // (A name in Latin capitals, since session forty-three: KUZNETSOV SERGEI, DIANA LÓPEZ.)
    if (e > b && s[b] >= 'A' && s[b] <= 'Z') return LatinNameEnd(s, b) == e;
    if (e - b < 6 || e - b > 26 || CharIn<kPlaceholderFirsts>(s.substr(b, 3))) return false;
    for (size_t k = b; k < e;) {
      if (s.substr(k, 2) == "·") {
        k += 2;
        continue;
      }
      const uint16_t cls = NameClassAt(s, k);
      if ((cls & kIdeographClass) == 0 || CharIn<kNotInNameCell>(s.substr(k, 3))) return false;
      k += 3;
    }
    return (NameClassAt(s, e - 3) & kNotNameEndClass) == 0 &&
           !CharIn<kPlaceOrBodyEnds>(s.substr(e - 3, 3)) &&
           !CharIn<kNotNameCellEnds>(s.substr(e - 3, 3));
  };
  // A header cell names a column of persons where it ends with one of kPersonColumns (登记姓名,
  // 所有人/持有人, 实际入住人员; since session thirty-seven, also more than one such column), and
  // a cell of such a column may list several (褚海燕、王子涵).
  // (Since session forty-three, also one of the parts apart by a slash, or before a bracket:
  // 房东/接待人, 被侵害人/来源, 外文姓名（护照）. Since session fifty-seven, red-team set V, or
  // the bracket's: 船主（持有人）.)
  bool header_aliases = false;  // (person_header's: the bracket's words are kAliasHeaderWords')
  bool header_nicknames = false;  // (and they are kNicknameHeaders')
  auto ends_with_any = [](std::string_view cell, std::span<const std::string_view> words) {
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view w) { return cell.ends_with(w); });
  };
  auto person_header = [&](size_t b, size_t e) {
    header_aliases = false;
    header_nicknames = false;
    if (e - b > 36) return false;
    std::string_view cell = s.substr(b, e - b);
    if (const size_t open = cell.find('('); open != std::string_view::npos && cell.ends_with(")")) {
      const std::string_view inside = cell.substr(open + 1, cell.size() - open - 2);
      if (std::any_of(kPersonColumns.begin(), kPersonColumns.end(),
                      [&](std::string_view w) { return inside == w; })) {
        return true;
      }
      header_aliases = ends_with_any(inside, kAliasHeaderWords);
      header_nicknames = ends_with_any(inside, kNicknameHeaders);
      cell = cell.substr(0, open);
    }
    while (!cell.empty()) {
      const size_t slash = cell.find('/');
      const std::string_view part = cell.substr(0, slash);
      if (part.size() <= 24 && std::any_of(kPersonColumns.begin(), kPersonColumns.end(),
                                           [&](std::string_view w) { return part.ends_with(w); })) {
        return true;
      }
      if (slash == std::string_view::npos) break;
      cell.remove_prefix(slash + 1);
    }
    return false;
  };
  // A header cell of nicknames (绰号, 外号: kNicknameHeaders), and a nickname's cell or bracket:
  // two to five ideographs, not masked nor a placeholder (无, 不详).
  auto nickname_header = [&](size_t b, size_t e) {
    return e - b <= 12 && ends_with_any(s.substr(b, e - b), kNicknameHeaders);
  };
  auto nickname_cell = [&](size_t b, size_t e) {
    if (e - b < 6 || e - b > 15 || CharIn<kPlaceholderFirsts>(s.substr(b, 3))) return false;
    for (size_t k = b; k < e; k += 3) {
      if ((NameClassAt(s, k) & kIdeographClass) == 0 || CharIn<kNotInNameCell>(s.substr(k, 3))) {
        return false;
      }
    }
    return true;
  };
  // (Masked as a name, and looked for again where the text writes it elsewhere; whether it was.)
  auto add_nickname = [&](size_t b, size_t e) {
    if (!nickname_cell(b, e)) return false;
    out->candidates.push_back(HeuristicName(b, e));
    if (out->mentions != nullptr) out->mentions->Add(s.substr(b, e - b));
    return true;
  };
  // A header cell of birth dates (出生日期, 出生年月; since session thirty-eight): its column's
  // cells that start with a digit are masked whole (1971-03-15, 1990.01.17).
  auto birth_header = [&](size_t b, size_t e) {
    const std::string_view cell = s.substr(b, e - b);
    // (出生 and 生日 alone since session seventy: a register's short header.)
    return cell == "出生日期" || cell == "出生年月" || cell == "出生年月日" || cell == "出生" ||
           cell == "生日";
  };
  // A header cell of a person's certificate's numbers (出生医学证明编号, 证件号码; since session
  // forty): its cells of 6 to 20 letters, digits and dashes are masked whole (R430512076).
  auto number_header = [&](size_t b, size_t e) {
    const std::string_view cell = s.substr(b, e - b);
    // (护照号码 since session forty-two: a hotel's table of foreign guests.)
    // (运单号 since session forty-three: a parcel's number names its sender and recipient.)
    return e - b <= 24 &&
           (cell.ends_with("证明编号") || cell.ends_with("证件号码") ||
            cell.ends_with("护照号码") || cell.ends_with("护照号") || cell.ends_with("运单号") ||
            cell.ends_with("居留许可") || cell.ends_with("居留许可证号") ||
            // (学号 since session fifty-four, red-team set S: a student's number names the
            // student.)
            cell.ends_with("学号"));
  };
  // Since session forty-four (red-team set I): a header cell of vehicles' numbers (车架号, 电机号,
  // 车牌号): its cells with five letters or digits at least are masked whole (鄱阳A12736, an
  // electric bike's county plate; TDR2312K0458673); not （未上牌） or —. (And 号牌 or 车牌 alone,
  // since session sixty-seven, red-team set AF: 品牌/颜色｜号牌｜车架号, 六安A20731.)
  auto vehicle_header = [&](size_t b, size_t e) {
    const std::string_view cell = s.substr(b, e - b);
    return e - b <= 18 &&
           (cell.ends_with("车架号") || cell.ends_with("电机号") || cell.ends_with("车牌号") ||
            cell.ends_with("号牌号码") || cell == "号牌" || cell == "车牌");
  };
  // Since session fifty-nine (red-team set X): a header cell of online accounts (抖音号, 微信号,
  // QQ号): its cells of 5 to 32 letters, digits, underscores, dots and dashes are masked whole
  // (ygl_mianyang, 89317720465); and a header of bank cards (收款银行卡, 银行卡号): its cells with
  // four digits at least (尾号3317, a card's last digits).
  auto account_header = [&](size_t b, size_t e) {
    const std::string_view cell = s.substr(b, e - b);
    return e - b <= 18 && (cell.ends_with("抖音号") || cell.ends_with("快手号") ||
                           cell.ends_with("微信号") || cell.ends_with("QQ号"));
  };
  auto account_cell = [&](size_t b, size_t e) {
    if (e - b < 5 || e - b > 32) return false;
    for (size_t k = b; k < e; ++k) {
      const auto c = static_cast<unsigned char>(s[k]);
      if (!IsAlnum(c) && c != '_' && c != '.' && c != '-') return false;
    }
    return true;
  };
  auto card_header = [&](size_t b, size_t e) {
    const std::string_view cell = s.substr(b, e - b);
    return e - b <= 24 && (cell.ends_with("银行卡") || cell.ends_with("银行卡号") ||
                           cell.ends_with("银行账号") || cell.ends_with("收款账号"));
  };
  // (A card's cell: digits, spaces, dashes and stars after 尾号 or none, up to a note in brackets;
  // not 微信号zhenglj_8826 in a column of accounts, masked as the handle it is.)
  auto card_cell = [&](size_t b, size_t e) {
    if (e - b > 48) return false;
    size_t k = s.compare(b, 6, "尾号") == 0 ? b + 6 : b;
    int digits = 0;
    for (; k < e && s[k] != '('; ++k) {
      const auto c = static_cast<unsigned char>(s[k]);
      if (!IsDigit(c) && c != ' ' && c != '-' && c != '*') return false;
      digits += IsDigit(c) ? 1 : 0;
    }
    return digits >= 4;
  };
  // (And, since session fifty-nine, red-team set X: a header of ages, 年龄: its cells of a minor's
  // age, under eighteen, with 岁 or without (8岁), as a minor's detail.)
  auto age_header = [&](size_t b, size_t e) { return s.substr(b, e - b) == "年龄"; };
  auto minor_age_cell = [&](size_t b, size_t e) {
    size_t k = b;
    int age = 0;
    while (k < e && k < b + 2 && IsDigit(static_cast<unsigned char>(s[k]))) {
      age = age * 10 + (s[k++] - '0');
    }
    return k > b && age < 18 && (k == e || (e == k + 3 && s.compare(k, 3, "岁") == 0));
  };
  auto vehicle_cell = [&](size_t b, size_t e) {
    if (e - b > 40) return false;
    int alnum = 0;
    for (size_t k = b; k < e; ++k) alnum += IsAlnum(static_cast<unsigned char>(s[k])) ? 1 : 0;
    return alnum >= 5;
  };
  auto number_cell = [&](size_t b, size_t e) {
    if (e - b < 6 || e - b > 20) return false;
    // (A space between groups too, as Russian passports are written: 75 4418203; since session
    // forty-two.)
    for (size_t k = b; k < e; ++k) {
      if (!IsAlnum(static_cast<unsigned char>(s[k])) && s[k] != '-' && s[k] != ' ') return false;
    }
    return true;
  };
  // The columns of the table's header (of its first 64 cells), a bit each.
  struct Columns {
    uint64_t persons = 0;           // of persons' names
    uint64_t aliases = 0;           // those of them whose cells give other names in brackets
    uint64_t nickname_aliases = 0;  // those of them whose brackets are nicknames
    uint64_t nicknames = 0;         // of nicknames
    uint64_t birth = 0;             // of birth dates
    uint64_t number = 0;            // of certificates' numbers
    uint64_t vehicle = 0;           // of vehicles' numbers
    uint64_t account = 0;           // of online accounts
    uint64_t card = 0;              // of bank cards
    uint64_t age = 0;               // of ages
    int cells = 0;                  // how many cells the header has
  };
  Columns table;  // the table's
  // The header of a table that a heading's line ended (二、被侵害人), and the lines since: the
  // rows under the heading may go on with its columns (since session seventy-two, below).
  Columns held;
  int lines_since_held = 0;
  int table_rows = 0;            // the table's rows before this line
  for (size_t line = 0; line < s.size();) {
    size_t end = s.find('\n', line);
    if (end == std::string_view::npos) end = s.size();
    // The cells' separator: a tab; or (since session forty-nine, red-team set N: 序号│姓名│性别,
    // | 普布、格某 |) a box-drawing or an ASCII vertical bar, where the line has no tab.
    const std::string_view row_text = s.substr(line, end - line);
    std::string_view sep = "\t";
    if (row_text.find('\t') == std::string_view::npos) {
      sep = row_text.find(kBoxBar) != std::string_view::npos ? kBoxBar
            : row_text.find('|') != std::string_view::npos   ? std::string_view("|")
                                                             : std::string_view();
    }
    if (sep.empty()) {
      // The table ends; its header is held over a heading's few short lines.
      if (table.cells != 0) {
        held = table;
        lines_since_held = 0;
      }
      if (++lines_since_held > 3 || row_text.size() > 90) held = {};
      table_rows = 0;
      table = {};
    } else {
      uint64_t header = 0;
      uint64_t alias_header_cells = 0;
      uint64_t nickname_alias_header_cells = 0;
      uint64_t nickname_header_cells = 0;
      uint64_t birth_header_cells = 0;
      uint64_t number_header_cells = 0;
      uint64_t vehicle_header_cells = 0;
      uint64_t account_header_cells = 0;
      uint64_t card_header_cells = 0;
      uint64_t age_header_cells = 0;
      std::array<Range, 64> cells;
      int k = 0;
      for (size_t b = line; b <= end && k < 64; ++k) {
        size_t e = s.find(sep, b);
        if (e == std::string_view::npos || e > end) e = end;
        size_t tb = b;
        size_t te = e;
        trimmed(&tb, &te);
        // (Only a row before any header of persons: a row of data whose cell is 被害人 is
        // none. Or a row that starts with 序号, a next table's header right under a table:
        // since session fifty-five.)
        const bool may_head = table.persons == 0 || row_text.starts_with("序号");
        if (may_head && person_header(tb, te)) {
          header |= uint64_t{1} << k;
          if (header_aliases) alias_header_cells |= uint64_t{1} << k;
          if (header_nicknames) nickname_alias_header_cells |= uint64_t{1} << k;
        }
        // (The header's words before a note in brackets: 证件号码（登记簿记载）; since session
        // sixty-seven, red-team set AF.)
        size_t he = te;
        if (may_head && te > tb && s[te - 1] == ')') {
          if (const size_t open = s.substr(tb, te - tb).find('('); open != std::string_view::npos) {
            he = tb + open;
          }
        }
        if (may_head && birth_header(tb, he)) birth_header_cells |= uint64_t{1} << k;
        if (may_head && nickname_header(tb, he)) nickname_header_cells |= uint64_t{1} << k;
        if (may_head && number_header(tb, he)) number_header_cells |= uint64_t{1} << k;
        if (may_head && vehicle_header(tb, he)) vehicle_header_cells |= uint64_t{1} << k;
        if (may_head && account_header(tb, he)) account_header_cells |= uint64_t{1} << k;
        if (may_head && card_header(tb, he)) card_header_cells |= uint64_t{1} << k;
        if (may_head && age_header(tb, he)) age_header_cells |= uint64_t{1} << k;
        cells[static_cast<size_t>(k)] = {tb, te};
        b = e + sep.size();
      }
      // (Also a header with no column of persons, since session forty-two: 国籍⇥护照号码.)
      // (With bars, only the table's first row: a form of labels and values has bars too,
      // |报警人|杨秀荣|性别|女|, whose next rows are no persons'. Or, since session sixty-four,
      // a row that starts with 序号, a next table's header, as with tabs.)
      const bool header_row = (header != 0 || birth_header_cells != 0 || number_header_cells != 0 ||
                               nickname_header_cells != 0 || vehicle_header_cells != 0 ||
                               account_header_cells != 0 || card_header_cells != 0) &&
                              (sep == "\t" || table_rows == 0 || row_text.starts_with("序号"));
      // A row under a heading's line (二、被侵害人⏎4|申建平|男|…; since session seventy-two,
      // red-team set AK) goes on with the table's header above the heading where it has as many
      // cells and its first is a number, a row's (序号). (Only the first row under it: not
      // 序号|单位|称呼, another table's header that names no column this reads, and its rows.)
      if (!header_row && table.cells == 0 && held.cells == k && cells[0].end > cells[0].begin &&
          std::all_of(s.begin() + static_cast<ptrdiff_t>(cells[0].begin),
                      s.begin() + static_cast<ptrdiff_t>(cells[0].end),
                      [](char c) { return IsDigit(static_cast<unsigned char>(c)); })) {
        table = held;
      }
      held = {};
      if (header_row) {
        table.persons = header;  // a header row: its cells are no names
        table.aliases = alias_header_cells;
        table.nickname_aliases = nickname_alias_header_cells;
        table.nicknames = nickname_header_cells;
        table.birth = birth_header_cells;
        table.number = number_header_cells;
        table.vehicle = vehicle_header_cells;
        table.account = account_header_cells;
        table.card = card_header_cells;
        table.age = header != 0 ? age_header_cells : 0;
        table.cells = k;
      } else if (k >= table.cells) {
        // (Not a row with fewer cells than the header: the rest of a row that a cell's line
        // break wrapped, whose cells are not the header's, 330302↵199103052716⇥浙C·8U2Q7⇥饮酒后
        // 驾驶机动车; since session forty-seven, red-team set K.)
        // The cells of a column of values masked whole, where `takes` them.
        auto mask_cells = [&](uint64_t mask, PiiClass cls, auto takes) {
          for (uint64_t m = mask; m != 0; m &= m - 1) {
            const auto c = static_cast<size_t>(std::countr_zero(m));
            if (c >= static_cast<size_t>(k)) break;
            if (takes(cells[c].begin, cells[c].end)) {
              Candidate value;
              value.begin = cells[c].begin;
              value.end = cells[c].end;
              value.cls = cls;
              out->candidates.push_back(value);
            }
          }
        };
        mask_cells(table.number, PiiClass::kCertificate, number_cell);
        for (uint64_t m = table.nicknames; m != 0; m &= m - 1) {
          const auto c = static_cast<size_t>(std::countr_zero(m));
          if (c >= static_cast<size_t>(k)) break;
          // (Each of a list apart by 、: 肥仔、辉哥; since session seventy-two, red-team set AK.)
          const std::string_view cell = s.substr(0, cells[c].end);
          for (size_t b = cells[c].begin; b < cells[c].end;) {
            size_t e = cell.find("、", b);
            if (e == std::string_view::npos) e = cells[c].end;
            add_nickname(b, e);
            b = e + 3;
          }
        }
        mask_cells(table.vehicle, PiiClass::kPlate, vehicle_cell);
        // A cell that names an account's kind (微信, QQ号: account_header) before the account's
        // cell, in a row of a register of kinds (微信|wxid_nong1979ar|昵称…; since session
        // seventy-two, red-team set AK).
        for (int c = 0; c + 1 < k; ++c) {
          const Range kind = cells[static_cast<size_t>(c)];
          const Range value = cells[static_cast<size_t>(c) + 1];
          if ((s.substr(kind.begin, kind.end - kind.begin) == "微信" ||
               s.substr(kind.begin, kind.end - kind.begin) == "QQ" ||
               account_header(kind.begin, kind.end)) &&
              account_cell(value.begin, value.end)) {
            Candidate account;
            account.begin = value.begin;
            account.end = value.end;
            account.cls = PiiClass::kContact;
            out->candidates.push_back(account);
          }
        }
        mask_cells(table.account, PiiClass::kContact, account_cell);
        mask_cells(table.card, PiiClass::kBankAccount, card_cell);
        mask_cells(table.age, PiiClass::kMinorDetail, minor_age_cell);
        mask_cells(table.birth, PiiClass::kBirthDate, [&](size_t b, size_t e) {
          return e > b && IsDigit(static_cast<unsigned char>(s[b]));
        });
        for (uint64_t m = table.persons; m != 0; m &= m - 1) {
          const auto c = static_cast<size_t>(std::countr_zero(m));
          if (c >= static_cast<size_t>(k)) break;
          // Each member of the cell's list, apart by 、 or ； (since session thirty-eight also
          // before a bracket or 等: 唐秀英（行人）, 贺喜娃等6人).
          const std::string_view row = s.substr(0, cells[c].end);
          for (size_t b = cells[c].begin; b < cells[c].end;) {
            const size_t comma = row.find("、", b);
            // (And a name's two writings apart by a slash: 山本由美／YAMAMOTO YUMI; since session
            // forty-four.)
            size_t e = std::min({comma, row.find(';', b), row.find('/', b)});
            if (e == std::string_view::npos) e = cells[c].end;
            const size_t next = e == comma ? e + 3 : e + 1;
            // (Or before a space where the cell goes on with the phone and the address, 玉罕
            // 159… 浙江省…: not in a name of Latin letters, KUZNETSOV SERGEI; since session
            // fifty-five.)
            // (A name spaced out, one character and a space, 那 春 燕: whole, whatever its
            // surname; since session sixty-four, red-team set AC.)
            if (const size_t spaced = SpacedNameEnd(s, b, e);
                spaced != 0 && !CharIn<kPlaceholderFirsts>(s.substr(b, 3))) {
              out->candidates.push_back(HeuristicName(b, spaced));
              b = next;
              continue;
            }
            const size_t space =
                static_cast<unsigned char>(s[b]) < 0x80 ? std::string_view::npos : row.find(' ', b);
            const size_t name_end = std::min({e, row.find('(', b), row.find("等", b), space});
            // (A name after a word for a person or a trade, where the cell is longer than a
            // name: 环卫工人朱德华, 出租车司机葛平; since session forty-three.)
            size_t name_begin = b;
            if (name_end > b + 12 &&
                s.substr(b, name_end - b).find("\xC2\xB7") == std::string_view::npos) {
              if (const size_t start = WideSurnameNameEndingAt(s, name_end);
                  start != kNone && start > b + 3 && CharIn<kTradeEnds>(s.substr(start - 3, 3))) {
                name_begin = start;
              }
            }
            auto add_name = [&](size_t from, size_t to) {
              if (person_cell(from, to) && !PersonNounAt(s, from, to) &&
                  !IsKinNoun(s.substr(from, to - from))) {
                out->candidates.push_back(HeuristicName(from, to));
                if (out->mentions != nullptr) out->mentions->Add(s.substr(from, to - from));
              }
            };
            add_name(name_begin, name_end);
            // (A column of other names: each in the name's bracket, apart by 、, 葛长福（老葛、
            // 葛二孩）; the cell goes on after the bracket.)
            if (((table.aliases >> c) & 1) != 0 && name_end < cells[c].end && s[name_end] == '(') {
              if (const size_t close = row.find(')', name_end); close != std::string_view::npos) {
                for (size_t a = name_end + 1; a < close;) {
                  size_t z = s.substr(0, close).find("、", a);
                  if (z == std::string_view::npos) z = close;
                  // (One a surname or a nickname's first character leads: not 夫妻. Any
                  // nickname where the header says 绰号 or 外号: 苗存喜（喜子）.)
                  if (((table.nickname_aliases >> c) & 1) != 0 && add_nickname(a, z)) {
                  } else if (HasNameClass(Decode3(s, a), kListSurnameClass | kCompoundFirstClass) ||
                             CharIn<kNicknameFirsts>(s.substr(a, 3))) {
                    add_name(a, z);
                  }
                  a = z + (z == close ? 1 : 3);
                }
                b = close + 1;
                if (s.compare(b, 3, "、") == 0) b += 3;
                continue;
              }
            }
            b = next;
          }
        }
      }
    }
    if (!sep.empty()) ++table_rows;
    line = end + 1;
  }
}

// What follows a given name written alone (GivenNameAlone): a kin's address, a speech verb, a
// join or an adverb (建军哥, 燕玲姐说, 是铁柱跟小龙, 宏斌一出门); since session forty-three a
// pronoun, a verb of going or an auxiliary (小梅你别乱发, 阿四他就是不听); since session
// forty-five, red-team set J, a verb of the hands or of going, 家 or 的 (，丽娟用竹制茶篓击打,
// 秀兰家牛栏); since session fifty-eight, red-team set W, a time's word (。朵朵夜里着凉, 晓明当晚).
constexpr std::string_view kAfterGivenName =
    "哥姐弟妹说称讲喊叫跟把被让也就都又还已一他她你我去来在管将请先再没不用拿抓踢打骑开到回家的"
    "夜当早晚昨今"
    // (现 since session seventy-one, red-team set AJ: 。冬梅现在天天跟我吵.)
    "现";

bool GivenNameAlone(std::string_view s, size_t begin, size_t end) {
  if (begin == 0 || end >= s.size()) return begin == 0;
  // (After a verb, a preposition or a pronoun, whatever follows: 劝过小平去戒, 交给阿西管, 把大勇
  // 推倒, 叫他小磊; since session forty-three, red-team set G.)
  // (Or after 家, 有, or a day's or a day part's word: 叫你家振东把叉车备好, 有建华写给我的,
  // 当天下午建华就; since session seventy-one, red-team set AJ.)
  static constexpr std::string_view kBeforeGiven =
      "把被给让叫跟和与对向问扶打劝替帮陪是找喊骂推交及同他她过了家午天有";
  if (const size_t before = PrevCharStart(s, begin);
      CharIn<kBeforeGiven>(s.substr(before, begin - before))) {
    return true;
  }
  // (After a list's member masked already: 给老某、秀妮送去锦旗; since session fifty-nine,
  // red-team set X.)
  if (begin >= 6 && s.compare(begin - 3, 3, "、") == 0 && MaskedNameEndsAt(s, begin - 3)) {
    return true;
  }
  if (!IsBoundaryBefore(s, begin)) return false;
  // (At a form's value's start, or a quotation's after a colon or a word of speech or of
  // names: 陈述：“长江平时还可以, 则称“光荣我…, 名字“凤林”; not 大道“丽华土家酱香饼”, a shop's.)
  if (s[begin - 1] == ':') return true;
  const size_t before = PrevCharStart(s, begin);
  if (const char32_t cp = Decode3(s, before); (cp == U'“' || cp == U'‘') && before > 0) {
    static constexpr std::string_view kSpeechBefore = "称说喊叫讲问答字";
    const size_t word = PrevCharStart(s, before);
    return s[before - 1] == ':' || CharIn<kSpeechBefore>(s.substr(word, before - word));
  }
  // (Before what follows a given name alone: kAfterGivenName.)
  return CharIn<kAfterGivenName>(s.substr(end, 3));
}

std::string_view GivenNameOf(std::string_view name) {
  if (name.size() == 12) {
    // (A Yi name's after its clan's: 阿果 of 俄木阿果, 阿支 of 海来阿支; since session
    // forty-three. Since session forty-four also after a compound surname, where its last
    // character is a given name's: 振华 of 欧阳振华.)
    const uint16_t last = NameClassAt(name, 9);
    // (Or a doubled one: 朵朵 of 欧阳朵朵; since session fifty-eight, red-team set W.)
    return (NameClassAt(name, 6) & kIdeographClass) != 0 && (last & kIdeographClass) != 0 &&
                   (PairIn<kClanNames>(name.substr(0, 6)) ||
                    (((last & kGivenNameClass) != 0 || name.substr(6, 3) == name.substr(9, 3)) &&
                     IsCompoundSurname(name.substr(0, 6))))
               ? name.substr(6)
               : std::string_view();
  }
  if (name.size() != 9) return {};
  // (A given name of 阿, 小 or 大 and any character: 阿四 of 付阿四, 大海 of 田大海; since session
  // forty-three.)
  const char32_t second = Decode3(name, 3);
  const uint16_t last = NameClassAt(name, 6);
  if ((last & kGivenNameClass) == 0 &&
      !((second == U'阿' || second == U'小' || second == U'大') && (last & kIdeographClass) != 0)) {
    return {};
  }
  if (!HasNameClass(second, kIdeographClass) || !IsSurnameChar(Decode3(name, 0), Surnames::kList) ||
      IsCompoundSurname(name.substr(0, 6))) {
    return {};
  }
  return name.substr(3);
}

bool ShortNameIsNoWord(std::string_view s, size_t begin) {
  if (IsWordNotName(s.substr(begin, 6))) return false;
  // (Led by a surname of the wider lists, only beside no ideograph on one side at least or where
  // it stands as a given name does: not 于早高峰时段 where 高峰 was found.)
  const size_t end = begin + 6;
  size_t l = 0;
  if (HasNameClass(Decode3(s, begin), kWideSurnameClass) && begin > 0 &&
      IsIdeographAt(s, PrevCharStart(s, begin), &l) && end < s.size() &&
      IsIdeographAt(s, end, &l) && !GivenNameAlone(s, begin, end)) {
    return false;
  }
  // (Nor the start or a part of a dotted name: 努尔 of 努尔兰·托合塔尔, an officer's.)
  constexpr std::string_view kDot = "\xC2\xB7";
  return s.substr(end, 8).find(kDot) == std::string_view::npos &&
         (begin < 2 || s.substr(begin - 2, 2) != kDot);
}

bool ShortNameStandsAlone(std::string_view s, size_t begin, size_t end) {
  if (!IsBoundaryBefore(s, begin)) return false;
  size_t l = 0;
  if (end >= s.size() || !IsIdeographAt(s, end, &l)) return true;
  const std::string_view next = s.substr(end, l);
  // (And before a join: 二狗和龙小平, 边巴与妻子; since session thirty-seven.)
  // (And before 本人 since session thirty-nine: 备注：文静本人在淄博.)
  return next == "的" || next == "家" || next == "之" || next == "和" || next == "与" ||
         next == "及" || next == "本" || EndsListedName(s, end);
}

void NameAtDot(std::string_view s, size_t dot, Findings* out) {
  if (dot < 6 || s.size() < dot + 5) return;
  // (Most dotted names were found before the scan reached their dot, after a context word.)
  if (!out->candidates.empty() && out->candidates.back().begin < dot &&
      out->candidates.back().end > dot + 2) {
    return;
  }
  const size_t first = DottedPartBack(s, dot, /*before_dot=*/true);
  const size_t second = NamePartForward(s, dot + 2, /*after_dot=*/true);
  if (dot - first < 6 || second == dot + 2) return;
  // Where no context word says a name is there, every character of the first part and the two
  // after the dot must write names by their sound (not 有限公·司自行招用, a stray dot).
  for (size_t c = first; c < std::min(second, dot + 8); c = c == dot - 3 ? dot + 2 : c + 3) {
    if (!IsTransliterationChar(s.substr(c, 3))) return;
  }
  // Not a title's part (《史记·项羽本纪》): no 《 in the 30 bytes before without its 》.
  const size_t from = first > 30 ? first - 30 : 0;
  const std::string_view before = s.substr(from, first - from);
  if (const size_t open = before.rfind("《");
      open != std::string_view::npos && before.find("》", open) == std::string_view::npos) {
    return;
  }
  // Not an officer's (承办民警：艾尔肯·吐尔地, 民警叶尔江·吐尔逊别克,
  // 询问人：王海龙、买买提明·吐尔地): after an officer's field or title, or a list's members after
  // one (up to three, each of up to six characters or a dotted name).
  size_t at = first;
  for (int member = 0; member < 4; ++member) {
    size_t b = BackOverSpaces(s, at);
    if (b > 0 && s[b - 1] == ':') b = BackOverSpaces(s, b - 1);
    if (OfficerFieldEndsAt(s, b)) return;
    // Nor a signature's after a police unit and a space
    // (伊宁县公安局刑侦大队　努尔兰·托合塔尔　王振东; since session thirty-nine).
    if (member == 0 && b < at && EndsWithPoliceUnit(s.substr(0, b))) return;
    if (member == 3 || b < 3 || s.substr(b - 3, 3) != "、") break;
    b -= 3;
    bool officer = false;
    size_t k = b;
    for (int chars = 0; chars < 14 && k >= 3 && !officer; ++chars) {
      if (k >= 2 && s.substr(k - 2, 2) == "·") {
        k -= 2;
        continue;
      }
      if ((NameClassAt(s, k - 3) & kIdeographClass) == 0) break;
      k -= 3;
      officer = chars >= 1 && OfficerFieldEndsAt(s, BackOverSpaces(s, k));
      if (k >= 1 && s[k - 1] == ':') officer = officer || OfficerFieldEndsAt(s, k - 1);
    }
    if (officer) return;
    at = k;
  }
  AddHeuristic(first, second, out);
}

void NamesAroundMention(std::string_view s, size_t begin, size_t end, Findings* out) {
  if (end < s.size() && (ListJoinAt(s, end) != 0 || s[end] == '(')) NamesListedAfter(s, end, out);
  // (And a list's member right before it, read as before 等人: 侦查雷家旺、覃国富等人 where
  // 覃国富 was found before; since session fifty-eight, red-team set W.)
  if (begin >= 9 && s.compare(begin - 3, 3, "、") == 0) NameBeforeOthers(s, begin - 3, out);
}

void NamesAfterMasked(std::string_view s, size_t i, Findings* out) {
  // (And a name before a list's 、 and one masked already, read as before 等人: 侦查雷家旺、覃某
  // 等人; since session fifty-eight, red-team set W. As before a mention: NamesAroundMention.)
  if (i >= 9 && s.compare(i - 6, 3, "、") == 0 &&
      IsSurnameChar(Decode3(s, i - 3), Surnames::kList)) {
    NameBeforeOthers(s, i - 6, out);
  }
  // 某 after a surname (张某, 欧阳某), or 某某 after one (李某某): a person already masked; with
  // its number or not (曾某5、章金莲; since session forty-one).
  size_t join = i + 3;
  while (join < s.size() && join < i + 6 && IsDigit(static_cast<unsigned char>(s[join]))) ++join;
  // (Or a bracket, which NamesListedAfter passes: 曾某2（诗琪母亲）、刘斌.)
  if ((ListJoinAt(s, join) == 0 && (join >= s.size() || s[join] != '(')) || i < 3) return;
  size_t before = i;
  if (s.substr(before - 3, 3) == "某") before -= 3;
  if (before < 3) return;
  // Any surname: of a list (张某), a compound one (欧阳某), or a character in no list with a
  // word's boundary before it (，窦某、阎志刚; 县某 is no person).
  const char32_t cp = Decode3(s, before - 3);
  // (Or a familiar name masked, 阿某跟仝磊推搡; since session fifty-nine, red-team set X.)
  const bool surname =
      IsSurnameChar(cp, Surnames::kList) ||
      (before >= 6 && IsCompoundSurname(s.substr(before - 6, 6))) || cp == U'阿' ||
      (IsIdeograph(cp) && !IsNameStop(s.substr(before - 3, 3)) && IsBoundaryBefore(s, before - 3));
  if (surname) NamesListedAfter(s, join, out);
}

// The end of a word of Latin letters at byte `at` that starts with a capital, then small
// letters (Mandy) or (`capitals`) letters of either case (Kelvin, KELVIN); `at` where none starts.
size_t CapitalizedWordEnd(std::string_view s, size_t at, bool capitals = false) {
  if (at >= s.size() || s[at] < 'A' || s[at] > 'Z') return at;
  size_t k = at + 1;
  while (k < s.size() &&
         ((s[k] >= 'a' && s[k] <= 'z') || (capitals && s[k] >= 'A' && s[k] <= 'Z'))) {
    ++k;
  }
  return k;
}

constexpr std::string_view kPronouns = "我他她佢你";
constexpr std::string_view kGoingTogether = "一去来到在说讲";
void NameAfterJoin(std::string_view s, size_t i, Findings* out) {
  // Most joins join no person: no surname after them (a compound one or a dotted name), or
  // one already masked (与王某: NamesAfterMasked reads the list on from there).
  const char32_t next = Decode3(s, i + 3);
  // (A familiar name after a pronoun and the join: 我同阿英、…, 他和小娟; since session fifty-six,
  // red-team set U.)
  if ((next == U'阿' || next == U'小') && i >= 3 && CharIn<kPronouns>(s.substr(i - 3, 3))) {
    FamiliarNameAt(s, i + 3, out);
    return;
  }
  // (Or an English given name there before a verb of going together: 我同Mandy一齐嚟; since
  // session fifty-six, set S.)
  if (const size_t e = CapitalizedWordEnd(s, i + 3);
      e != i + 3 && i >= 3 && CharIn<kPronouns>(s.substr(i - 3, 3))) {
    if (e - (i + 3) >= 3 && e < s.size() &&
        (s[e] == ',' || CharIn<kGoingTogether>(s.substr(e, 3)))) {
      AddHeuristic(i + 3, e, out);
    }
    return;
  }
  if (!HasNameClass(next, kWideSurnameClass | kCompoundFirstClass) &&
      DottedNameForward(s, i + 3, out->text_has_dot) == 0) {
    return;
  }
  if (Decode3(s, i + 6) == U'某') return;
  static const CharSet* const kNotBefore = new CharSet(SplitChars(kNotBeforeJoin));
  if (i >= 3 && kNotBefore->contains(Decode3(s, i - 3))) return;
  NamesListedAfter(s, i, out, /*no_name_before=*/true);
}

namespace {

bool EndsModelName(std::string_view s, size_t at) {
  const uint16_t c = NameClassAt(s, at);
  return EndsListedNameWith(s, at, c) || ((c & kAfterModelFirst) != 0 && AfterModelNameAt(s, at));
}

// A name that no context word announces, starting at `at`, or 0: a surname of the two wider
// lists (or a compound one) and one or two characters of kGivenNameChars, not starting with a
// word that reads otherwise (IsWordNotName: 黄金, 于是; unless it is the start of a name of
// three), ending as a name does (EndsModelName). Where three characters do not end so, two may
// (张三明知: not 张三明). (Its own walk, not RoleNameEnd's: the scan asks at every clause, and a
// name's characters here are of one set, which holds no stop but 一 and 中.)
// Since session sixty-three (red-team set AB): a name of a surname of the third list (朴, 关,
// 那) and one or two given names' characters where the model reads one (after 答：), before a
// comma and a nation (答：朴成哲，朝鲜族，): its end, or 0. (Not after 。: the scan's filter of
// first characters, ModelNameFirsts, holds none of the third list.)
size_t ListSurnameNameBeforeNation(std::string_view s, size_t at) {
  for (size_t end = at + 6; end <= at + 9; end += 3) {
    if ((NameClassAt(s, end - 3) & kGivenNameClass) == 0) return 0;
    if (end >= s.size() || s[end] != ',') continue;
    const size_t k = end + 1;
    for (size_t n = k + 3; n <= k + 12; n += 3) {
      if ((NameClassAt(s, n - 3) & kIdeographClass) == 0) break;
      if (s.compare(n, 3, "族") == 0) {
        const size_t after = n + 3;
        return after >= s.size() || s[after] == ',' || s[after] == ')' ||
                       s.compare(after, 3, "。") == 0
                   ? end
                   : 0;
      }
    }
    return 0;
  }
  return 0;
}

size_t NameByModel(std::string_view s, size_t at) {
  // Most places hold no such name: a surname and a given name's character first.
  const char32_t first = Decode3(s, at);
  // The Dai and Jingpo prefixes of Dehong (岩拉, 玉腊, 刀某, 排某) take any second character: a
  // name of two (not 岩石, 玉米, 刀具, 排查: IsWordNotName). Not 公, which abbreviates a public
  // security bureau in a document's number (玉公（刑）释通字〔2026〕0021号; since session
  // forty-five, red-team set J).
  if (first == U'岩' || first == U'玉' || first == U'刀' || first == U'排') {
    size_t l = 0;
    if (IsIdeographAt(s, at + 3, &l) && l == 3 && !IsNameStop(s.substr(at + 3, 3)) &&
        s.compare(at + 3, 3, "公") != 0 && !IsWordNotName(s.substr(at, 6)) &&
        EndsModelName(s, at + 6)) {
      return at + 6;
    }
  }
  // A compound surname with a given name after it; else its first character may be a surname
  // of its own (经查，贺兰多次…: 贺 + 兰; scripts/leak-sweep.sh, seed 125).
  // (The second character's classes once: a compound surname's second, a given name's, or a
  // word's that IsWordNotName reads, each tested before the call that would test it again;
  // IsCompoundSurname here, which decodes both characters again, cost 4 M instructions a pass.)
  const uint16_t first_class = first < 0x10000 ? NameClasses()[first] : 0;
  const uint16_t second_class = NameClassAt(s, at + 3);
  auto given_at = [&](size_t k) { return (NameClassAt(s, k) & kGivenNameClass) != 0; };
  const bool compound = (first_class & kCompoundFirstClass) != 0 &&
                        (second_class & kCompoundSecondClass) != 0 &&
                        InCompoundSurnames(s.substr(at, 6)) && given_at(at + 6);
  if (!compound && (first_class & kWideSurnameClass) == 0) {
    return (first_class & kListSurnameClass) != 0 ? ListSurnameNameBeforeNation(s, at) : 0;
  }
  const size_t given = at + (compound ? 6 : 3);
  if (!(compound ? given_at(given) : (second_class & kGivenNameClass) != 0)) return 0;
  const size_t end = given_at(given + 3) ? given + 6 : given + 3;
  // (Not a preposition's surname before 正在: ，向正在投料的养鱼户; since session sixty-four,
  // red-team set AC.)
  if ((first == U'向' || first == U'于') && s.compare(at + 3, 6, "正在") == 0) return 0;
  if (!compound && (second_class & kNotNameSecondClass) != 0 && IsWordNotName(s.substr(at, 6))) {
    // A word, unless a third character of given names follows it and a name's end after that
    // (白天鑫的妻子, 郑某将黄金兵打伤, 孙子飞多次: scripts/leak-sweep.sh, seeds 180 207 262 …).
    return end == given + 6 && EndsModelName(s, end) ? end : 0;
  }
  if (EndsModelName(s, end)) return end;
  return end == given + 6 && EndsModelName(s, end - 3) ? end - 3 : 0;
}

// A minority name with a middle dot that starts right at `at` where no context word says so
// (，古丽米拉·艾则孜多次): its length, or 0. Where a clause starts, other words may come first:
// its first part must have 2–4 characters, not start with a pronoun, a join or a preposition,
// nor with an object verb (not 其朋友勒排·早腊, 与热依拉·艾买提, 殴打木然·早堵, 通行·证 in an
// altered text; but 勒排·早腊 and 约翰·史密斯 where they start a clause).
size_t DottedNameHere(std::string_view s, size_t at, bool text_has_dot) {
  // The first dot from `at` must start 6–12 bytes on: where none starts there, none of the walks
  // below (most places; the bytes tested inline, not by a search of the text).
  if (!text_has_dot) return 0;
  bool dot_there = false;
  if (at + 15 <= s.size()) {
    // Bytes at + 6 … at + 12 tested at once: byte k of z is zero exactly where C2 is byte k and
    // B7 the byte after it. (The zero-byte test below flags the lowest zero byte exactly, and may
    // flag bytes above it as well: it answers whether there is one, not where.)
    constexpr uint64_t kEach = 0x0101010101010101ull;
    const auto* const p = reinterpret_cast<const unsigned char*>(s.data()) + at + 6;
    const uint64_t z =
        (LoadLittleEndian(p) ^ (0xC2 * kEach)) | (LoadLittleEndian(p + 1) ^ (0xB7 * kEach));
    dot_there = ((z - kEach) & ~z & 0x0080808080808080ull) != 0;  // bytes 0–6
  } else {
    for (size_t k = at + 6; k <= at + 12 && k + 1 < s.size(); ++k) {
      dot_there = dot_there || (s[k] == '\xC2' && s[k + 1] == '\xB7');
    }
  }
  if (!dot_there) return 0;
  const size_t n = DottedNameForward(s, at, text_has_dot);
  if (n == 0) return 0;
  const size_t dot = s.find("\xC2\xB7", at);
  static constexpr std::string_view kNotFirst = "其他她我你该此经与和及同跟在于从因";
  // Nor with an object verb: the first kVerbsByFirstCharacter verbs by their first characters,
  // where no verb need start (通行·证), the later ones by their whole verbs only, since their
  // first characters start transliterated names too (勒排·早腊 and 勒索, 约翰·史密斯 and 约谈,
  // 查尔斯·布朗 and 查获). (ObjectVerbFirsts: bit k for kObjectVerbs[k].)
  constexpr uint64_t kFirstVerbs = (uint64_t{1} << kVerbsByFirstCharacter) - 1;
  const bool verb_first =
      (ObjectVerbFirsts().Find(Decode3(s, at)) & kFirstVerbs) != 0 || ObjectVerbAt(s, at) != 0;
  if (dot < at + 6 || dot > at + 12 || kNotFirst.find(s.substr(at, 3)) != std::string_view::npos ||
      verb_first) {
    return 0;
  }
  return n;
}

// A name by the model at `at` (or a dotted one), with the later members of its list; returns its
// end, or 0.
size_t ModelNameAt(std::string_view s, size_t at, Findings* out) {
  size_t end = NameByModel(s, at);
  // Else (or where the name read goes on with a middle dot) a minority name with one.
  if (end == 0 || StartsWith(s, end, "·")) {
    if (const size_t dotted = DottedNameHere(s, at, out->text_has_dot); dotted > 0)
      end = at + dotted;
  }
  if (end == 0) return 0;
  AddHeuristic(at, end, out);
  NamesListedAfter(s, end, out);
  return end;
}

}  // namespace

const CharSet& ModelGivenChars() {
  static const CharSet* const kSet = new CharSet(SplitChars(kGivenNameChars));
  return *kSet;
}

const CharSet& ModelNameFirsts() {
  static const CharSet* const kSet = [] {
    std::vector<std::string_view> chars = WideSurnameChars();
    for (std::string_view name : kCompoundSurnames) chars.push_back(name.substr(0, 3));
    for (std::string_view ch : SplitChars(kSoundNameFirsts)) chars.push_back(ch);
    return new CharSet(chars);
  }();
  return *kSet;
}

const CharSet& ClauseTimeWordChars(int k) {
  static const CharSet* const kSets[2] = {
      new CharSet(kClauseTimeWords),  // (CharSet takes a word's first character)
      [] {
        std::vector<std::string_view> seconds;
        for (std::string_view word : kClauseTimeWords) seconds.push_back(word.substr(3, 3));
        return new CharSet(seconds);
      }(),
  };
  return *kSets[k];
}

namespace {

// Whether the three bytes at k are ① to ⑳ (U+2460–2473).
bool CircledNumberAt(std::string_view s, size_t k) {
  return s.size() >= k + 3 && s[k] == '\xE2' && s[k + 1] == '\x91' &&
         static_cast<unsigned char>(s[k + 2]) - 0xA0u < 0x14u;
}

}  // namespace

size_t AfterListNumber(std::string_view s, size_t at) {
  // Most clauses start with no number: ( a digit, ① (E2) or 一 to 十 (E4, E5) first.
  if (at >= s.size()) return at;
  if (!MayStartListNumber(static_cast<unsigned char>(s[at]), Decode3(s, at))) return at;
  size_t k = at;
  const bool paren = k < s.size() && s[k] == '(';
  if (paren) ++k;
  const size_t number = k;
  while (k < s.size() && k - number < 3 && IsDigit(static_cast<unsigned char>(s[k]))) ++k;
  if (k == number) {
    while (k - number < 9 && IsListNumeral(Decode3(s, k))) k += 3;
  }
  if (k == number && !paren && IsAlpha(static_cast<unsigned char>(s[k])) && k + 1 < s.size() &&
      (s[k + 1] == '.' || s[k + 1] == ')')) {
    return k + 2;  // A., a)
  }
  if (k == number) return !paren && CircledNumberAt(s, k) ? k + 3 : at;  // (no closing mark)
  if (paren) return k < s.size() && s[k] == ')' ? k + 1 : at;
  // (And a table's row number: 1 李建国 男 汉, 1⇥何永强⇥男.)
  if (k < s.size() && (s[k] == '.' || s[k] == ')' ||
                       (IsSpaceOrTab(s[k]) && IsDigit(static_cast<unsigned char>(s[number]))))) {
    return k + 1;
  }
  return s.substr(k, 3) == "、" ? k + 3 : at;
}

namespace {

// Whether a person's home is written at byte k: two to eight ideographs, the last 人 after a
// division's last character (宁夏同心县人, 湖南省邵东市人) or 籍 (四川籍), then a comma or a
// bracket's end.
bool HomeAt(std::string_view s, size_t k) {
  // (The comma or the bracket's end first, by a byte a character: most brackets hold no home.)
  for (size_t j = k + 6; j <= k + 24 && j < s.size(); j += 3) {
    const auto c = static_cast<unsigned char>(s[j]);
    if (c == ',' || c == ')') {
      const char32_t last = Decode3(s, j - 3);
      if (last != U'籍' && (last != U'人' || !CharIn<kDivisionEnds>(s.substr(j - 6, 3)))) {
        return false;
      }
      for (size_t m = k; m < j; m += 3) {
        if ((NameClassAt(s, m) & kIdeographClass) == 0) return false;
      }
      return true;
    }
    if (c < 0xE0 || c >= 0xF0) return false;
  }
  return false;
}

// Whether a person's profile goes on at `at`, after the sex in a bracket (朝鲁（男，蒙古族，35岁）,
// 卞守仁（男，68岁）, 岩保（男，傣族，弄岛镇人）): a comma, then a nation (up to four characters
// and 族) or an age or a birth year (digits, then 岁 or 年), or a home (HomeAt). Not a count
// (其中（男，3人）).
constexpr std::array<std::string_view, 11> kProfileWords = {
    "身份证", "公民身份", "原名", "曾用名", "电话", "手机", "联系电话", "住", "现住", "户籍",
    // (Since session sixty-four, red-team set AC: a band leader's stage name, 周小梅（女，艺名…）.)
    "艺名"};
bool ProfileAfterSex(std::string_view s, size_t at) {
  if (at >= s.size() || s[at] != ',') return false;
  size_t k = at + 1;
  if (k < s.size() && IsDigit(static_cast<unsigned char>(s[k]))) {
    while (k < s.size() && IsDigit(static_cast<unsigned char>(s[k]))) ++k;
    return s.substr(k, 3) == "岁" || s.substr(k, 3) == "年";
  }
  for (int chars = 0; chars < 5 && (NameClassAt(s, k) & kIdeographClass) != 0; ++chars, k += 3) {
    if (chars > 0 && s.substr(k, 3) == "族") return true;
  }
  // (Or a person's own number, former name, phone or home: （女，身份证号…）, （男，原名刘某1，…）,
  // （男，电话…）, （女，住…）; since session fifty, red-team set N.)
  switch (Decode3(s, at + 1)) {  // (the first characters of kProfileWords)
    case U'身':
    case U'公':
    case U'原':
    case U'曾':
    case U'电':
    case U'手':
    case U'联':
    case U'住':
    case U'现':
    case U'户':
    case U'艺':
      for (const std::string_view word : kProfileWords) {
        if (s.compare(at + 1, word.size(), word) == 0) return true;
      }
      break;
    default:
      break;
  }
  // (Or a home, a division and 人, or a province and 籍: （女，宁夏同心县人，…）, （男，四川籍）;
  // since session forty-nine, red-team set N.)
  return HomeAt(s, at + 1);
}

// Where a person's sex follows at byte k: a comma, 、, a space, a tab or a bracket, and 男 or 女
// alone (before punctuation, a space, the end or 性; in the bracket, before its end or a profile:
// ProfileAfterSex; since session thirty-eight). The byte after 男 or 女, or 0.
size_t SexEndAt(std::string_view s, size_t k) {
  if (k >= s.size()) return 0;
  size_t sex = k + 1;
  if (s.substr(k, 3) == "、") {
    sex = k + 3;  // 郑海燕、女
  } else if (s[k] != ',' && s[k] != '(' && !IsSpaceOrTab(s[k])) {
    return 0;
  }
  while (sex < s.size() && IsSpaceOrTab(s[sex])) ++sex;
  // (Or a form's field of the sex: 那日松，性别：男; since session forty-one.)
  if (Decode3(s, sex) == U'性' && Decode3(s, sex + 3) == U'别') {
    sex += 6;
    if (sex < s.size() && s[sex] == ':') ++sex;
    while (sex < s.size() && IsSpaceOrTab(s[sex])) ++sex;
  }
  if (s.substr(sex, 3) != "男" && s.substr(sex, 3) != "女") return 0;
  const size_t after = sex + 3;
  const bool alone =
      s[k] == '(' ? after < s.size() && (s[after] == ')' || ProfileAfterSex(s, after))
                  : (NameClassAt(s, after) & kIdeographClass) == 0 || s.substr(after, 3) == "性";
  return alone ? after : 0;
}

bool SexAt(std::string_view s, size_t k) { return SexEndAt(s, k) != 0; }

// Since session thirty-six: a name that no list's surname starts, before the sex mark at k
// (SexEndAt): a surname that starts common words too (甘德林，男, 和建新，男), one no list holds
// (字玉凤，女), or a minority name without a surname (吉克阿呷，女, 乌云其其格，女). Read with
// no surname only where the mark says a person is named: two to five ideographs, none a stop, not
// masked, none of the nouns for persons (保安，男, 死者，女, 学生，男, 孩子，女: kNotNameEnds and
// kPersonWordEnds, and the person and kin nouns), and 男 or 女 not followed by 性 (其中，男性3人).
// Only where a form's value or a list's item starts: at the text's or a line's start, after a
// tab, a colon or a list's number (1. 2) 一、), not after a word (死者陶正光，男: 死者 is no
// name's start; nor any character of kWordEnds, kNotNameEnds or kPersonWordEnds before the
// last).
bool NameCharsBeforeSex(std::string_view s, size_t at, size_t k);  // (below)
bool UnlistedNameBeforeSex(std::string_view s, size_t at, size_t k) {
  if (k < at + 6 || k > at + 15) return false;
  size_t b = at;
  while (b > 0 && s[b - 1] == ' ') --b;
  if (b > 0) {
    const char c = s[b - 1];
    const bool numbered_mark = b >= 4 && s.substr(b - 3, 3) == "、" &&
                               (IsDigit(static_cast<unsigned char>(s[b - 4])) ||
                                (b >= 6 && CharIn<kLabelNumbers>(s.substr(b - 6, 3))));
    // (After a comma too before a bracket's profile: 经查，巴图（男，蒙古族）; after a semicolon
    // since session forty-one: 村委会主任；泽仁卓玛，女.)
    if (c != '\n' && c != '\t' && c != ':' && c != ';' && c != '.' && c != ')' && !numbered_mark &&
        !(c == ',' && s[k] == '(')) {
      return false;
    }
  }
  return NameCharsBeforeSex(s, at, k);
}

// The characters of UnlistedNameBeforeSex's name, from `at` to the mark at k.
bool NameCharsBeforeSex(std::string_view s, size_t at, size_t k) {
  // (Not a form's label with its value: 姓名李晓东，性别男.)
  if (k < at + 6 || k > at + 15 || s.compare(at, 6, "姓名") == 0) return false;
  for (size_t c = at; c < k; c += 3) {
    const uint16_t cls = NameClassAt(s, c);
    if ((cls & kIdeographClass) == 0 || (cls & kStopInNameClass) != 0 || s.substr(c, 3) == "某" ||
        (c + 3 < k && ((cls & kNotNameEndClass) != 0 || CharIn<kWordEnds>(s.substr(c, 3)) ||
                       CharIn<kPersonWordEnds>(s.substr(c, 3))))) {
      return false;
    }
  }
  const size_t sex_end = SexEndAt(s, k);
  // (Nor a word of 阿 小 老 that names no one: 和阿姨（女）; since session sixty-two, red-team
  // set Z.)
  return sex_end != 0 && s.substr(sex_end, 3) != "性" &&
         (NameClassAt(s, k - 3) & kNotNameEndClass) == 0 &&
         !CharIn<kPersonWordEnds>(s.substr(k - 3, 3)) && !PersonNounAt(s, at, k) &&
         !(k == at + 6 && NamesNoOneAt(s, at));
}

// A name of any characters right before the sex's mark in a bracket with the person's profile
// (犯罪嫌疑人朝鲁（男，蒙古族，35岁）, 退休教师卞守仁（男，68岁）: ProfileAfterSex), after a role
// word or in a list: two to five ideographs as NameCharsBeforeSex reads them. Its end, or 0.
// (UnlistedNameBeforeSex reads the same where a line or a clause starts.)
size_t NameBeforeProfile(std::string_view s, size_t at) {
  // The bracket first, which most places lack (NameCharsBeforeSex tests the characters). (Or,
  // since session forty-two, a comma before the sex: 违法行为人次仁多吉，男.)
  size_t k = at + 6;
  while (k <= at + 15 && k < s.size() && s[k] != '(' && s[k] != ',') k += 3;
  if (k > at + 15 || k >= s.size()) return 0;
  return SexAt(s, k) && NameCharsBeforeSex(s, at, k) ? k : 0;
}

// A name followed by the person's sex, as a decision's party or a form's row is written
// (周立新，男，1980年生; 1⇥李晓南⇥男): a surname of any of the three lists (since session
// thirty-six) or a compound one, one to three ideographs that are no stop, and the sex (SexAt). Its
// end, or 0. (The model of given names reads neither 立新 nor 晓南: 立 and 南 start words after a
// surname's character too often, 李立即, 江南.)
size_t NameBeforeSex(std::string_view s, size_t at) {
  // The sex first, which most places lack: the mark 6 to 15 bytes on (a name's end after two to
  // five characters), 男 or 女 after it, alone or in brackets (周立新（男）).
  size_t k = at + 6;
  while (k <= at + 15 && k < s.size() && s[k] != ',' && s[k] != '(' && !IsSpaceOrTab(s[k]) &&
         s.substr(k, 3) != "、") {
    k += 3;
  }
  if (k > at + 15 || !SexAt(s, k)) return 0;
  // Then the name: a surname, one to three more ideographs up to the mark, none a stop. After a
  // surname of one character, one more must be a given name's (not 向导，男, 马夫，男); two or
  // three must not start as a word does (高个子，男). (A compound surname says enough: 司马南.)
  size_t given = 0;
  if (IsCompoundSurname(s.substr(at, 6))) {
    given = at + 6;
  } else if (IsSurnameChar(Decode3(s, at), Surnames::kList)) {
    given = at + 3;
  } else {
    return UnlistedNameBeforeSex(s, at, k) ? k : 0;
  }
  if (k <= given || k - given > 9 || s.substr(given, 3) == "某") return 0;
  for (size_t c = given; c < k; c += 3) {
    const uint16_t cls = NameClassAt(s, c);
    if ((cls & kIdeographClass) == 0 || (cls & kStopInNameClass) != 0) return 0;
  }
  if (given == at + 3 && (k == given + 3 ? (NameClassAt(s, given) & kGivenNameClass) == 0
                                         : IsWordNotName(s.substr(at, 6)))) {
    // (Where a form's value starts, a surname and characters that write names by their sound,
    // read as a name no surname starts: 经查明：穆萨，男; since session forty-two. Not 向导，男,
    // 马夫，男: 夫 ends such names of three characters or more only, 诺夫.)
    for (size_t c = given; c < k; c += 3) {
      if (!IsTransliterationChar(s.substr(c, 3))) return 0;
    }
    if (k == given + 3 && s.compare(given, 3, "夫") == 0) return 0;
    return UnlistedNameBeforeSex(s, at, k) ? k : 0;
  }
  return k;
}

}  // namespace

void NameAtClauseStart(std::string_view s, size_t at, Findings* out) {
  while (at < s.size() && IsSpaceOrTab(s[at])) ++at;
  if (ModelNameAt(s, at, out) == 0) {
    size_t end = NameBeforeSex(s, at);
    if (end == 0) end = BareSoundNameEnd(s, at);
    if (end != 0) AddHeuristic(at, end, out);
  }
}

void NameAfterTimeWord(std::string_view s, size_t at, Findings* out) {
  static const CodePointMap kFirsts = FirstCharWords(kClauseTimeWords);
  if (!WordOfAt(s, at, kClauseTimeWords, kFirsts)) return;
  const size_t after = WordOfAt(s, at + 6, kClauseTimeWords, kFirsts) ? at + 12 : at + 6;
  ModelNameAt(s, after, out);
}

void NameAfterDate(std::string_view s, size_t i, Findings* out) {
  // 日 after a digit or a Chinese numeral (2024年5月6日孟庆伟在, 十五日张三).
  if (i == 0) return;
  const unsigned char before = static_cast<unsigned char>(s[i - 1]);
  if (!IsDigit(before) &&
      !(i >= 3 && std::string_view("〇一二三四五六七八九十").find(s.substr(i - 3, 3)) !=
                      std::string_view::npos)) {
    return;
  }
  ModelNameAt(s, i + 3, out);
}

// What everyone may call one that names no one (大家都叫他师傅), and the characters that start
// or make a verb or a word for a stranger there (都叫他别去, 都叫我快跑, 都叫他大个子).
// (导师 since session seventy-one: a title after a name in quotation marks, QuotedNameGuard.)
constexpr std::array<std::string_view, 21> kCalledNoOne = {
    "师傅", "师父", "老师", "大哥", "大姐", "老板", "老大", "兄弟", "老乡", "大叔", "大爷",
    "大妈", "大婶", "老总", "经理", "主任", "班长", "队长", "村长", "书记", "导师"};
constexpr std::string_view kNotCalledNameChars = "别快赶先再要回走进过做干吃喝拿滚这那什啥谁怎哪";
void NameAfterVerb(std::string_view s, size_t i, Findings* out) {
  const size_t verb = ObjectVerbAt(s, i);
  // (Not a word of 阿 小 老 that names no one after 叫她, 叫他: 叫她阿姨, 叫他老婆; since session
  // fifty-four.)
  // (喊 as 叫 since session sixty-two, red-team set AA: 他们两个喊我“军伢子”.)
  const bool calls = verb == 6 && (s.compare(i, 3, "叫") == 0 || s.compare(i, 3, "喊") == 0);
  if (verb == 0 || (calls && NamesNoOneAt(s, i + 6))) return;
  // (Not 对方, the other party: 对方平时开什么车; since session sixty-two, red-team set AA.)
  if (verb == 3 && s.compare(i, 6, "对方") == 0) return;
  if (ModelNameAt(s, i + verb, out) != 0) return;
  if (const size_t end = BareSoundNameEnd(s, i + verb); end != 0) {  // 造成阿拉腾其其格受伤
    AddHeuristic(i + verb, end, out);
    NamesListedAfter(s, end, out);
    return;
  }
  // What a person is called (大家叫她王姐，, 叫她卓玛，): a surname and an elder's
  // word, 小 老 or 阿 and a character, or two characters of names by their sound, before a
  // clause's end.
  if (calls) {
    const size_t at = i + verb;
    auto clause_ends = [&](size_t e) {
      return e < s.size() && (s[e] == ',' || s[e] == ';' || s.compare(e, 3, "。") == 0 ||
                              s.compare(e, 3, "、") == 0 || s.compare(e, 3, "的") == 0);
    };
    // (Since session fifty-six, red-team set U: what everyone calls one, after 都, two or three
    // characters before a clause's end, none a stop (村里人都叫我虎娃子，, 大家都叫他翔太。,
    // 后生仔都叫我阿生伯。); not a word that names no one (都叫他师傅, 都叫她大姐).)
    if (i >= 3 && s.compare(i - 3, 3, "都") == 0) {
      for (size_t e = at + 6; e <= at + 9; e += 3) {
        bool chars = true;
        for (size_t c = at; c < e && chars; c += 3) {
          const uint16_t cls = NameClassAt(s, c);
          chars = (cls & kIdeographClass) != 0 && (cls & kStopClass) == 0 &&
                  !CharIn<kNotCalledNameChars>(s.substr(c, 3));
        }
        if (!chars) break;
        if (!clause_ends(e) && !(e < s.size() && s[e] == ')')) continue;
        const std::string_view called = s.substr(at, e - at);
        if (std::find(kCalledNoOne.begin(), kCalledNoOne.end(), called) == kCalledNoOne.end() &&
            !(e == at + 6 && CharIn<kElders>(s.substr(at + 3, 3)) &&
              !HasNameClass(Decode3(s, at), kListSurnameClass | kGivenNameClass))) {
          AddHeuristic(at, e, out);
          return;
        }
        break;
      }
    }
    // (Since session fifty-four, red-team set S: 阿 小 老 and two or three characters of names
    // by their sound, 叫他老吐尔逊，; a given name's character and 仔, or 阿 and one and 仔,
    // 叫我辉仔。.)
    const bool familiar_first = CharIn<kFamiliarFirsts>(s.substr(at, 3));
    for (size_t e = at + 9; e <= at + 12 && familiar_first && !clause_ends(at + 6); e += 3) {
      if (!clause_ends(e)) continue;
      bool sound = true;
      for (size_t c = at + 3; c < e && sound; c += 3) {
        sound = SoundNameChars().contains(Decode3(s, c)) && !IsNameStop(s.substr(c, 3));
      }
      if (sound || (e == at + 9 && s.compare(at + 6, 3, "仔") == 0 &&
                    (NameClassAt(s, at + 3) & kGivenNameClass) != 0)) {
        AddHeuristic(at, e, out);
      }
      return;
    }
    const size_t end = at + 6;
    if (!clause_ends(end)) return;
    const char32_t first = Decode3(s, at);
    const uint16_t second = NameClassAt(s, at + 3);
    if (s.compare(at + 3, 3, "仔") == 0 && (NameClassAt(s, at) & kGivenNameClass) != 0) {
      AddHeuristic(at, end, out);
      return;
    }
    // (Or a given name's character and an elder's word, as Cantonese calls elders: 叫佢顺伯，;
    // not 大哥, 老哥: since session fifty-five, red-team set T.)
    if (((HasNameClass(first, kListSurnameClass) ||
          (HasNameClass(first, kGivenNameClass) && !CharIn<kFamiliarFirsts>(s.substr(at, 3)) &&
           (NameClassAt(s, at) & kStopClass) == 0)) &&
         CharIn<kElders>(s.substr(at + 3, 3))) ||
        (CharIn<kFamiliarFirsts>(s.substr(at, 3)) && (second & kIdeographClass) != 0 &&
         (second & kStopClass) == 0) ||  // (not 阿姨, 老师: NamesNoOneAt, above)
        (!CharIn<kFamiliarFirsts>(s.substr(at, 3)) && IsTransliterationChar(s.substr(at, 3)) &&
         IsTransliterationChar(s.substr(at + 3, 3)))) {
      AddHeuristic(at, end, out);
    }
    return;
  }
  // A decision's party, whom the model may not read (决定对周立新行政拘留, 决定给予韩冬梅警告):
  // a name as after a role word, ending before a decision's word or as a name does.
  if (i >= 6 && s.substr(i - 6, 6) == "决定" &&
      (verb == 3 ? s.substr(i, 3) == "对" : s.substr(i, 6) == "给予")) {
    const size_t at = i + verb;
    // (Or before a join: 决定对周立新和韩冬梅分别….)
    auto ends = [&](size_t e) { return EndsModelName(s, e) || ListJoinAt(s, e) != 0; };
    size_t end = RoleNameEnd(s, at);
    if (end == at + 9 && !ends(end) && ends(at + 6)) end = at + 6;
    // Its last character a given name's (not 决定对金条予以没收, 孔明灯, 石料); not an
    // organization's or a place's name, whatever follows it (梁河县某某商店).
    if (end > at && EndsWithGivenChar(s, end) && ends(end) &&
        !CharIn<kPlaceOrBodyEnds>(s.substr(end - 3, 3))) {
      AddHeuristic(at, end, out);
      NamesListedAfter(s, end, out);
    }
  }
}

std::vector<std::string_view> ModelTriggerWords() {
  std::vector<std::string_view> words = {"日", "的", "之", "家", "名", "喊我", "喊他", "喊她"};
  AppendWords(kObjectVerbs, &words);
  return words;
}

// Since session fifty (red-team set N): a list that 分别为, 分别是 or 依次为 announces after a
// noun for persons, at its first 、 at byte i (申报人分别为杨春林、熊伟、龚志华; 三人分别是…): each
// member written whole between its marks (DelimitedListMember), the first led by a surname or
// a character that writes names by their sound. Not after an officer's field (承办人分别为…),
// nor after other nouns (颜色分别为红色、黑色), nor a list of what persons are (两人分别为男性、
// 女性). Whether it read one.
constexpr std::string_view kListedPersonsEnds = "人者员民";
bool AnnouncedListAt(std::string_view s, size_t i, Findings* out) {
  for (size_t len = 6; len <= 12 && i >= len + 12; len += 3) {
    const size_t first = i - len;
    const std::string_view word = s.substr(first - 9, 9);
    if (word != "分别为" && word != "分别是" && word != "依次为") continue;
    if (!CharIn<kListedPersonsEnds>(s.substr(first - 12, 3)) || OfficerFieldEndsAt(s, first - 9) ||
        DelimitedListMember(s, first) != i ||
        !(HasNameClass(Decode3(s, first), kListSurnameClass | kCompoundFirstClass) ||
          IsTransliterationChar(s.substr(first, 3)))) {
      return false;
    }
    AddHeuristic(first, i, out);
    NamesListedAfter(s, i, out);
    return true;
  }
  return false;
}

// Since session thirty-nine: a list of names that no word announces, at its first 、 at byte i
// (被盗事主有查桂英、晋小平、宁德海等; 先后骗取权小燕、郇建军、师艳芳等17名求职者; two red-team
// rounds' documents): its first two members of three ideographs each, written whole between
// their marks (the first from three characters before the 、), each led by a surname of the
// wider lists or with two given names' characters, led by no stop, ending with a given name's
// character and no word (IsWordNotName); a third member after them
// (DelimitedListMember, or a name as after a role word). Not an officers' list (办案民警：张建国、
// 李秀英、王德明; OfficerFieldEndsAt). Lists of things and places end otherwise (白酒、香烟,
// 海淀区、朝阳区, 金项链、银手镯).
void NamesListedAt(std::string_view s, size_t i, Findings* out) {
  if (AnnouncedListAt(s, i, out)) return;
  if (i < 9 || s.size() < i + 18 || s.substr(i + 12, 3) != "、") return;
  const size_t first = i - 9;
  const size_t second = i + 3;
  auto member = [&](size_t at) {
    for (size_t k = at; k < at + 9; k += 3) {
      const uint16_t c = NameClassAt(s, k);
      if ((c & kIdeographClass) == 0 || (c & kStopInNameClass) != 0) return false;
    }
    // (Led by a surname of no list, both given characters: 查桂英, 郇建军.)
    return !IsNameStop(s.substr(at, 3)) && EndsWithGivenChar(s, at + 9) &&
           (HasNameClass(Decode3(s, at), kWideSurnameClass) ||
            (NameClassAt(s, at + 3) & kGivenNameClass) != 0) &&
           !IsWordNotName(s.substr(at, 6));
  };
  if (!member(first) || !member(second)) return;
  const size_t third = i + 15;
  if (DelimitedListMember(s, third) == 0 && RoleNameEnd(s, third) == 0) return;
  if (OfficerFieldBefore(s, first)) return;
  AddHeuristic(first, i, out);
  NamesListedAfter(s, i, out);
}

// The words that start a bracket about a person (郝二虎（外号“二狗”）, 冉梓轩（小名“豆豆”）,
// 杨振国（电话…）, 阮氏香（护照号码…）, 文静（被侵害人）, 侯家旺（乙方族叔）): first those that
// announce a nickname or an alias (kAliasWords of them), then the rest.
// (又名 别名 曾用名 原名 经名 公民身份 since session forty-four, red-team set I: 索南达杰（又名
// “达杰”）, 尤文博（公民身份号码…）.)
// (性别 未成年 since session forty-five, red-team set J: 马尕西木（性别：男…）,
// 韩伊布拉欣（未成年，…）.)
// (人称 村民称 since session forty-seven, red-team set K: 郑三福（人称"三福哥"）.)
// (艺名 村里人称 since session sixty-six, red-team set AE: 姜大勇（艺名"小铁嘴"，…）,
// 刘德成（村里人称“刘拐子”，已故）.)
constexpr std::array<std::string_view, 51> kPersonBracketWords = {
    "外号", "绰号", "小名", "乳名", "化名", "网名", "昵称", "又名", "别名", "曾用名", "人称",
    "村民称", "艺名", "村里人称", "电话", "手机", "联系电话", "联系方式", "护照", "身份证", "原名",
    "经名", "公民身份", "性别", "未成年", "甲方", "被侵害人", "被害人", "违法嫌疑人", "犯罪嫌疑人",
    "受害人", "乙方",
    // (Since session forty-nine, red-team set N: an account holder's bank,
    // 转入甘家豪（农业银行…）.)
    "农业银行", "建设银行", "工商银行", "中国银行", "交通银行", "招商银行", "邮政储蓄", "农商银行",
    "信用社", "银行卡", "支付宝",
    // (Since session fifty-seven, red-team set V: a family's tree, 葛守田（父，2014年病故）.)
    "父,", "母,", "配偶",
    // (Since session fifty-eight, red-team set W: 未成年人司马悦（证件号码…）.)
    "证件号",
    // (Since session fifty-nine, red-team set X: 苏阿妹（工友称"阿妹"）, 阿彬（真实姓名待查）.)
    "工友称", "同事称", "邻居称", "真实姓名"};
constexpr size_t kAliasWords = 14;
static_assert(kPersonBracketWords[kAliasWords - 1] == "村里人称");
bool PersonBracketWordAt(std::string_view s, size_t at) {
  static const CharSet* const kFirsts = [] {
    std::vector<std::string_view> firsts;
    for (std::string_view w : kPersonBracketWords) firsts.push_back(w.substr(0, 3));
    return new CharSet(firsts);
  }();
  if (!kFirsts->contains(Decode3(s, at))) return false;
  for (std::string_view w : kPersonBracketWords) {
    if (s.compare(at, w.size(), w) == 0) return true;
  }
  return false;
}

// Whether a kin word of kKinWords that starts with 其 is at byte `at` (a bracket's content: 其母,
// 其表弟), then the bracket's end, a comma or 亲 (其母亲).
bool KinBracketAt(std::string_view s, size_t at) {
  return std::any_of(kKinWords.begin(), kKinWords.end(), [&](std::string_view w) {
    if (!w.starts_with("其") || s.compare(at, w.size(), w) != 0) return false;
    const size_t e = at + w.size() + (s.compare(at + w.size(), 3, "亲") == 0 ? 3 : 0);
    return e < s.size() && (s[e] == ')' || s[e] == ',');
  });
}

// Whether a bracket's content at byte `at` starts with a word that announces a nickname or an
// alias (the first kAliasWords of kPersonBracketWords: 外号, 绰号, 人称, 村民称 …).
bool NicknameBracketAt(std::string_view s, size_t at) {
  return std::any_of(kPersonBracketWords.begin(), kPersonBracketWords.begin() + kAliasWords,
                     [&](std::string_view w) { return s.compare(at, w.size(), w) == 0; });
}

// The length of a Latin letter with a diacritic at byte k (Ê, Ễ, Đ, Ư …: U+00C0–U+024F and
// U+1E00–U+1EFF, two or three bytes), or 0.
size_t AccentedLetterAt(std::string_view s, size_t k) {
  if (k + 1 >= s.size()) return 0;
  const auto b0 = static_cast<unsigned char>(s[k]);
  if (b0 >= 0xC3 && b0 <= 0xC9) return 2;  // U+00C0–U+027F (the rest of C3 is letters too)
  if (b0 == 0xE1 && k + 2 < s.size() &&
      (static_cast<unsigned char>(s[k + 1]) == 0xB8 ||
       static_cast<unsigned char>(s[k + 1]) == 0xB9 ||
       static_cast<unsigned char>(s[k + 1]) == 0xBA ||
       static_cast<unsigned char>(s[k + 1]) == 0xBB)) {
    return 3;  // U+1E00–U+1EFF
  }
  return 0;
}

// The end of a name in Latin capitals at byte `at` (IVAN PETROV, MUHAMMAD ARIF): two to four
// words of two letters or more, apart by one space; or 0.
size_t LatinNameEnd(std::string_view s, size_t at) {
  size_t k = at;
  int words = 0;
  while (k < s.size() && words < 5) {
    const size_t word = k;
    // (Vietnamese names' capitals with their marks since session forty-three: NGUYỄN VĂN HÙNG,
    // LÊ VĂN ĐỨC.)
    for (size_t l = 0; k < s.size();) {
      if (s[k] >= 'A' && s[k] <= 'Z') {
        ++k;
      } else if ((l = AccentedLetterAt(s, k)) != 0) {
        k += l;
      } else {
        break;
      }
    }
    // (A given name of two syllables joined by a hyphen, as Taiwan's passports write them: CHEN
    // CHIH-HAO; since session sixty-five, red-team set O.)
    if (k - word >= 2 && k + 2 < s.size() && s[k] == '-' && s[k + 1] >= 'A' && s[k + 1] <= 'Z' &&
        s[k + 2] >= 'A' && s[k + 2] <= 'Z') {
      k += 2;
      while (k < s.size() && s[k] >= 'A' && s[k] <= 'Z') ++k;
    }
    if (k - word < 2 || (k < s.size() && IsAlnum(static_cast<unsigned char>(s[k])))) return 0;
    ++words;
    if (k + 1 < s.size() && s[k] == ' ' &&
        ((s[k + 1] >= 'A' && s[k + 1] <= 'Z') || AccentedLetterAt(s, k + 1) != 0)) {
      ++k;
    } else {
      break;
    }
  }
  return words >= 2 && words <= 4 ? k : 0;
}

// Since session thirty-nine: a person's name written again in the bracket at byte i, after the
// name just found (持照人伊万·彼得罗夫（IVAN PETROV）) or after one the text masked itself
// (穆某（MUHAMMAD ARIF）, 吴某（吴德全）, 吴某1（吴德全）): in Latin letters, two to four words
// of capitals up to the bracket's end or a comma; or, after a masked one, two to four ideographs
// led by its surname up to the bracket's end. Masked; true where one was.
size_t MixedLatinNameEnd(std::string_view s, size_t at, bool title_case = false);  // (below)
// Past a rendering's label at byte j (中文译名, 中文名, 中文称, 译名) and a colon after it: where
// the rendering starts, j where no label is (*labelled says which).
size_t OverRenderingLabel(std::string_view s, size_t j, bool* labelled) {
  *labelled = false;
  for (const std::string_view w : {"中文译名", "中文名", "中文称", "译名"}) {
    if (s.compare(j, w.size(), w) == 0) {
      j += w.size();
      *labelled = true;
      break;
    }
  }
  if (j < s.size() && s[j] == ':') ++j;
  return j;
}

// The end of a rendering in Chinese at byte j: ideographs, or parts of them apart by a middle dot
// (科菲·门萨, *dotted then), within 42 bytes.
size_t RenderingEnd(std::string_view s, size_t j, bool* dotted) {
  size_t end = j;
  *dotted = false;
  while (end < j + 42) {
    if ((NameClassAt(s, end) & kIdeographClass) != 0) {
      end += 3;
    } else if (end > j && s.compare(end, 2, "\xC2\xB7") == 0 &&
               (NameClassAt(s, end + 2) & kIdeographClass) != 0) {
      end += 2;
      *dotted = true;
    } else {
      break;
    }
  }
  return end;
}

bool HangulAt(std::string_view s, size_t k);  // (below)
// What ends a bracket's words after a Latin name that are no rendering of it (（LEE JIEUN，韩国）,
// （…，朝鲜族）, （…，韩籍）, （…，商人）).
constexpr std::string_view kNotRenderingEnds = "国族籍人员工";
bool MaskedNameEndsAt(std::string_view s, size_t end) {
  while (end > 0 && IsDigit(static_cast<unsigned char>(s[end - 1]))) --end;
  return end >= 3 && s.compare(end - 3, 3, "某") == 0;
}

// A rendering after its label (中文译名) from byte c to its end e (RenderingEnd), masked where the
// bracket ends or a comma follows it.
void LabelledRendering(std::string_view s, size_t c, size_t e, Findings* out) {
  if (e >= c + 6 && e < s.size() && (s[e] == ')' || s[e] == ',')) AddHeuristic(c, e, out);
}

bool NameAgainInBracket(std::string_view s, size_t i, Findings* out) {
  size_t before = i;
  while (before > 0 && IsDigit(static_cast<unsigned char>(s[before - 1]))) --before;
  const bool masked = before >= 6 && Decode3(s, before - 3) == U'某';
  const bool found = !out->candidates.empty() && out->candidates.back().end == i;
  size_t k = i + 1;
  // (An English name's label first: 黄某（英文名Jason WONG Ka-ho）; since session forty-two.)
  if (s.compare(k, 9, "英文名") == 0) {
    k += 9;
    if (k < s.size() && s[k] == ':') ++k;
  }
  // (Most brackets follow no name and hold no capitals: out at once.)
  const bool capital = k < s.size() && s[k] >= 'A' && s[k] <= 'Z';
  if (!masked && !found && !capital) return false;
  // (Or, after a name, letters of both kinds since session forty-two: 李某（Michelle LEE）.)
  size_t latin = capital ? LatinNameEnd(s, k) : 0;
  if (latin == 0 && capital && (masked || found)) latin = MixedLatinNameEnd(s, k);
  // (Or capitalized words only, as a Cyrillic name's is written again: Анна Смирнова（Anna
  // Smirnova，…）; since session forty-three.)
  if (latin == 0 && capital && (masked || found)) {
    size_t e = k;
    int words = 0;
    while (words < 4 && e < s.size() && s[e] >= 'A' && s[e] <= 'Z') {
      const size_t word = e++;
      while (e < s.size() && ((s[e] >= 'a' && s[e] <= 'z') || s[e] == '-')) ++e;
      if (e - word < 2 || (e < s.size() && IsAlnum(static_cast<unsigned char>(s[e])))) break;
      ++words;
      latin = e;
      if (e + 1 >= s.size() || s[e] != ' ') break;
      ++e;
    }
    if (words < 2) latin = 0;
  }
  if (latin != 0) {
    // (Or after any name where a passport's number or a nationality follows: 渡边浩二（WATANABE
    // KOJI，护照号码…）.)
    if (!masked && !found &&
        !(s.compare(latin, 1, ",") == 0 &&
          (s.compare(latin + 1, 6, "护照") == 0 || s.compare(latin + 1, 6, "国籍") == 0))) {
      return false;
    }
    if (latin >= s.size() || (s[latin] != ')' && s[latin] != ',')) return false;
    AddHeuristic(k, latin, out);
    // (And its Chinese after its label: （Anna Smirnova，中文译名安娜，女）; since session
    // forty-three. Since session forty-four also without a label, two to four ideographs up to
    // the bracket's end, after a name found or masked: 이지은（LEE JIEUN，李智恩）.)
    if (bool labelled = false, dotted = false; s[latin] == ',') {
      const size_t c = OverRenderingLabel(s, latin + 1, &labelled);
      const size_t e = RenderingEnd(s, c, &dotted);
      if (labelled) {
        LabelledRendering(s, c, e, out);
      } else if ((masked || found) && e >= c + 6 && e <= c + 12 && e < s.size() && s[e] == ')' &&
                 IsSurnameChar(Decode3(s, c), Surnames::kList) &&
                 !CharIn<kPlaceOrBodyEnds>(s.substr(e - 3, 3)) &&
                 !CharIn<kNotRenderingEnds>(s.substr(e - 3, 3))) {
        AddHeuristic(c, e, out);
      }
    }
    return true;
  }
  // (A Korean name's Chinese after its Hangul: 박준영（朴俊英）; since session forty-four.)
  if (found && !masked && HangulAt(s, out->candidates.back().begin)) {
    size_t end = k;
    while (end < k + 15 && (NameClassAt(s, end) & kIdeographClass) != 0) end += 3;
    // (Not a word's translation, whose Hangul is no name either: 고마워（谢谢）; since session
    // sixty-four, red-team set AC.)
    if (end == k + 6 && PairIn<kNotVocatives>(s.substr(k, 6))) {
      out->candidates.pop_back();
      return true;
    }
    if (end >= k + 6 && end <= k + 12 && end < s.size() && (s[end] == ')' || s[end] == ',')) {
      AddHeuristic(k, end, out);
      return true;
    }
    return false;
  }
  if (!masked) return false;
  size_t end = k;
  while (end < k + 12 && (NameClassAt(s, end) & kIdeographClass) != 0) end += 3;
  if (end < k + 6 || end >= s.size() || s[end] != ')' ||
      s.compare(k, 3, s.substr(before - 6, 3)) != 0 ||
      !IsSurnameChar(Decode3(s, k), Surnames::kList)) {
    return false;
  }
  AddHeuristic(k, end, out);
  return true;
}

// Since session forty (red-team set D's border cases): two to four words of capitals, a word's
// boundary before them, then a bracket that opens with two to five ideographs (after 中文译名 and
// a colon, or not) up to its end or a comma; not a nationality or a body (缅甸籍, 某某公司).
// Since session forty-two (red-team set F): the end of a name in Latin letters at byte `at`
// written as passports and forms mix them, a surname in capitals and given names capitalized
// (TANAKA Kenichi, Thomas BECKER, NGUYEN Van Long): two to four words apart by one space, each of
// capitals (two or more) or a capital and small letters, both kinds among them; or 0.
// Since session forty-five, with `title_case`, also words all capitalized (Budi Santoso, Rajesh
// Kumar Sharma).
size_t MixedLatinNameEnd(std::string_view s, size_t at, bool title_case) {
  size_t k = at;
  int words = 0;
  bool capitals = false;
  bool capitalized = false;
  auto upper = [&](size_t q) { return q < s.size() && s[q] >= 'A' && s[q] <= 'Z'; };
  auto lower = [&](size_t q) { return q < s.size() && s[q] >= 'a' && s[q] <= 'z'; };
  while (upper(k) && words < 5) {
    const size_t word = k++;
    if (upper(k)) {
      while (upper(k)) ++k;
      capitals = true;
    } else {
      // (Small letters, with a diacritic too: Nguyễn, Thị; since session forty-five.)
      auto smalls = [&] {
        for (size_t l = 0;;) {
          if (lower(k)) {
            ++k;
          } else if ((l = AccentedLetterAt(s, k)) != 0) {
            k += l;
          } else {
            return;
          }
        }
      };
      smalls();
      if (k - word < 2) return 0;
      // (A given name of two syllables joined by a hyphen: Ka-ho, Jean-Pierre.)
      if (k + 2 < s.size() && s[k] == '-' && (lower(k + 1) || upper(k + 1))) {
        ++k;
        if (upper(k)) ++k;
        smalls();
      }
      capitalized = true;
    }
    if (k < s.size() && IsAlnum(static_cast<unsigned char>(s[k]))) return 0;
    ++words;
    if (!(k + 1 < s.size() && s[k] == ' ' && upper(k + 1))) break;
    ++k;
  }
  return words >= 2 && words <= 4 && (capitals || title_case) && capitalized ? k : 0;
}

size_t CyrillicNameEnd(std::string_view s, size_t at) {
  // The Cyrillic letter at byte k (two bytes, D0 to D3 and one more): 1 a capital (А–Я, Ё), 2 a
  // small one (а–я, ё), 0 none.
  // (Since session forty-five also Ѐ–Џ and ѐ–џ, І і of Kazakh, and the letters of U+048A–U+04FF,
  // Kazakh's and Mongolian's among them: Қ қ, Ұ ұ, Ү ү, Ө ө, Ә ә (Сейтқали Нұрлан, Өлзий),
  // capitals at even code points but in U+04C1–U+04CE, where they are at odd ones.)
  auto letter = [&](size_t k) {
    if (k + 1 >= s.size()) return 0;
    const auto b0 = static_cast<unsigned char>(s[k]);
    const auto b1 = static_cast<unsigned char>(s[k + 1]);
    if (b1 < 0x80 || b1 > 0xBF) return 0;
    if (b0 == 0xD0) return b1 <= 0xAF ? 1 : 2;  // Ѐ–Я, а–п
    if (b0 == 0xD1) return 2;                   // р–я, ѐ–џ, and Ѡ–ҁ (rare) as small
    if (b0 != 0xD2 && b0 != 0xD3) return 0;
    const unsigned cp = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
    if (cp < 0x48A || cp == 0x4C0 || cp == 0x4CF) return 0;
    const bool odd_capitals = cp >= 0x4C1 && cp <= 0x4CE;
    return ((cp & 1) == 0) != odd_capitals ? 1 : 2;
  };
  size_t k = at;
  int words = 0;
  size_t end = at;
  while (words < 4) {
    if (letter(k) != 1) break;
    const size_t word = k;
    k += 2;
    const int kind = letter(k);  // the second letter says which kind of word
    if (kind == 0) break;
    while (letter(k) == kind) k += 2;
    if (k - word < 4 || letter(k) != 0 ||
        (k < s.size() && IsAlnum(static_cast<unsigned char>(s[k])))) {
      break;
    }
    ++words;
    end = k;
    if (k + 1 >= s.size() || s[k] != ' ' || letter(k + 1) != 1) break;
    ++k;
  }
  return words >= 2 ? end : at;
}

// Korean surnames in Hangul (the commonest, and the first syllables of 남궁 제갈 선우 독고 황보
// 사공 서문).
constexpr std::string_view kHangulSurnames =
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄"
    "채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부독";

bool HangulAt(std::string_view s, size_t k) {
  if (k + 3 > s.size()) return false;
  const char32_t cp = Decode3(s, k);
  return cp >= 0xAC00 && cp <= 0xD7A3;
}

size_t HangulNameEnd(std::string_view s, size_t at) {
  if (at >= 3 && HangulAt(s, at - 3)) return at;  // (a run's start only)
  if (!HangulAt(s, at) || !CharIn<kHangulSurnames>(s.substr(at, 3))) return at;
  size_t e = at + 3;
  while (e - at < 15 && HangulAt(s, e)) e += 3;
  return e - at >= 6 && e - at <= 12 ? e : at;
}

bool PersonWordEndsAt(std::string_view s, size_t at);  // (below)

// The start of the shortest run of two to five ideographs that ends at byte i, starts after a
// nationality, a word for a person or (`boundary_suffices`) a boundary, and holds none of those
// nor a stop (but those in given names: 田中美咲); or kNone. Not after an officer's title or field
// (民警王建国（WANG JIANGUO）), not a word for persons, a place or a body.
// (Nor a count or an old person's word: 一名老汉（男，70岁）, 老汉（男…）.)
constexpr std::string_view kNotNameRunFirsts = "其该此这那之本一两几名位个老";
// Whether a noun for persons of two to four characters ends at byte `at` (男子, 留学生;
// PersonNounAt).
bool PersonNounEndsAt(std::string_view s, size_t at) {
  for (size_t w = 6; w <= 12 && w <= at; w += 3) {
    if (PersonNounAt(s, at - w, at)) return true;
  }
  return false;
}

size_t NameRunBefore(std::string_view s, size_t i, bool boundary_suffices) {
  size_t b = i;
  for (int chars = 1; chars <= 5 && b >= 3; ++chars) {
    const uint16_t c = NameClassAt(s, b - 3);
    if ((c & kIdeographClass) == 0 || (c & kStopInNameClass) != 0 || Decode3(s, b - 3) == U'籍') {
      return kNone;
    }
    b -= 3;
    if (OfficerFieldEndsAt(s, b) || OfficerFieldBefore(s, b)) return kNone;
    if (chars < 2) continue;
    size_t l = 0;
    // (Or, since session fifty-six, red-team set U, a role of two characters and 人: 看守人折存厚
    // （72岁）.)
    const bool person_before = (b >= 3 && Decode3(s, b - 3) == U'籍') || PersonWordEndsAt(s, b) ||
                               PersonNounEndsAt(s, b) ||
                               (b >= 6 && s.compare(b - 6, 6, "人员") == 0) ||
                               (chars == 3 && b >= 9 && Decode3(s, b - 3) == U'人' &&
                                (NameClassAt(s, b - 6) & kIdeographClass) != 0 &&
                                (NameClassAt(s, b - 9) & kIdeographClass) != 0 &&
                                (NameClassAt(s, b - 6) & kStopClass) == 0) ||
                               (b >= 1 && s[b - 1] == ':' && PersonWordEndsAt(s, b - 1)) ||
                               // (Or 人 and 为 or 的, since session seventy, red-team set AI:
                               // 使用人为海志明（男，…）, 牵马人的和文光（男，…）.)
                               (b >= 6 && Decode3(s, b - 6) == U'人' &&
                                (Decode3(s, b - 3) == U'为' || Decode3(s, b - 3) == U'的'));
    const bool boundary = person_before || ((b == 0 || !IsIdeographAt(s, PrevCharStart(s, b), &l) ||
                                             Decode3(s, PrevCharStart(s, b)) == U'、') &&
                                            boundary_suffices);
    // (Not a run that starts as a word for persons ends: 务工人员貌登温 is not 员貌登温; nor
    // with a pronoun or a count: 其孙女（5岁）, 一名老汉（男，70岁）.)
    if (!boundary || CharIn<kNotNameEnds>(s.substr(b, 3)) ||
        CharIn<kNotNameRunFirsts>(s.substr(b, 3))) {
      continue;
    }
    if (s.substr(b, i - b).find("某") != std::string_view::npos) return kNone;
    // (Nor a word for persons of the context words: 死者家属（男，…）, masked 家某 before
    // session fifty-six.)
    if (std::find(kBeforeName.begin(), kBeforeName.end(), s.substr(b, i - b)) !=
        kBeforeName.end()) {
      return kNone;
    }
    if (CharIn<kPlaceOrBodyEnds>(s.substr(i - 3, 3)) ||
        CharIn<kPersonWordEnds>(s.substr(i - 3, 3)) ||
        (NameClassAt(s, i - 3) & kNotNameEndClass) != 0 || PersonNounAt(s, b, i)) {
      return kNone;
    }
    return b;
  }
  return kNone;
}

// The start of a foreign name's rendering that ends at byte i, after a boundary or a word for a
// person, or kNone: two to twenty-four characters that write names by their sound
// (kTransliterationChars); or, with middle dots between them (*dotted), any that are no stop
// (斯米尔诺夫·德米特里·安德烈耶维奇: 烈 writes few names).
size_t RenderingRunBefore(std::string_view s, size_t i, bool* dotted) {
  size_t b = i;
  size_t sound_start = kNone;  // where the run of sound characters alone starts
  int chars = 0;
  int sound_chars = 0;
  *dotted = false;
  while (b > 0 && chars < 24) {
    const size_t p = PrevCharStart(s, b);
    const std::string_view ch = s.substr(p, b - p);
    if (IsMiddleDot(ch)) {
      if (b == i || IsMiddleDot(s.substr(b, 2)) || IsMiddleDot(s.substr(b, 3))) break;
      *dotted = true;
    } else if (IsTransliterationChar(ch)) {
      ++chars;
    } else if ((NameClassAt(s, p) & kIdeographClass) != 0 && !IsNameStop(ch)) {
      ++chars;
      if (sound_start == kNone) sound_start = b;
    } else {
      break;
    }
    b = p;
    if (sound_start == kNone && !*dotted) sound_chars = chars;
  }
  if (sound_start == kNone && !*dotted) sound_start = b;
  if (!*dotted) {
    b = sound_start;
    if (sound_chars < 2) return kNone;
  }
  if (b == i || IsMiddleDot(s.substr(b, 2)) || IsMiddleDot(s.substr(b, 3))) return kNone;
  size_t l = 0;
  const bool boundary = b == 0 || !IsIdeographAt(s, PrevCharStart(s, b), &l) ||
                        PersonWordEndsAt(s, b) || PersonNounEndsAt(s, b);
  return boundary ? b : kNone;
}

constexpr std::array<std::string_view, 4> kSexAgeWords = {"男", "女", "岁", "性别"};
// Whether a person's profile follows a bracket's Latin name that ends at byte e, within 30 bytes:
// the sex, a nationality, a passport or an age; with `strong`, only the sex right after the
// bracket, a passport or a nationality (日本籍山本美咲（Yamamoto Misaki），护照号码…; not 购买
// （Apple Watch），男士款).
bool ProfileAfterLatinName(std::string_view s, size_t e, bool strong) {
  const std::string_view after = s.substr(e, 30);
  if (after.find("护照") != std::string_view::npos || after.find("籍") != std::string_view::npos) {
    return true;
  }
  if (strong) {
    return after.size() >= 6 && after[0] == ')' && after[1] == ',' &&
           (after.substr(2, 3) == "男" || after.substr(2, 3) == "女") &&
           (after[5] == ',' || after.substr(5, 3) == "。");
  }
  return std::any_of(kSexAgeWords.begin(), kSexAgeWords.end(),
                     [&](std::string_view w) { return after.find(w) != std::string_view::npos; });
}
bool RenderingBeforeForeignBracket(std::string_view s, size_t i, Findings* out) {
  const size_t k = i + 1;
  if (k + 1 >= s.size()) return false;
  // A name in Cyrillic letters (the scan masks it itself): the rendering after a boundary alone.
  if (IsCyrillicLead(static_cast<unsigned char>(s[k]))) {
    if (CyrillicNameEnd(s, k) == k) return false;
    if (const size_t b = NameRunBefore(s, i, /*boundary_suffices=*/true); b != kNone) {
      AddHeuristic(b, i, out);
    }
    return true;
  }
  if (s[k] < 'A' || s[k] > 'Z') return false;
  size_t latin = LatinNameEnd(s, k);
  if (latin == 0) latin = MixedLatinNameEnd(s, k);
  // (Or, with a person's profile after the bracket, a name of words all capitalized: 日本籍山本
  // 美咲（Yamamoto Misaki），护照号码…; since session sixty-five, red-team set J.)
  if (latin == 0) {
    latin = MixedLatinNameEnd(s, k, /*title_case=*/true);
    if (latin != 0 && !ProfileAfterLatinName(s, latin, /*strong=*/true)) return true;
  }
  if (latin == 0 || latin >= s.size() || (s[latin] != ')' && s[latin] != ',')) return true;
  // (After a boundary alone, only with a person's profile after the bracket's name: not 单位
  // （ABC TRADING CO）, 中国银行（BANK OF CHINA）.)
  const bool profile_after = ProfileAfterLatinName(s, latin, /*strong=*/false);
  if (const size_t b = NameRunBefore(s, i, profile_after); b != kNone) {
    AddHeuristic(b, i, out);
    AddHeuristic(k, latin, out);
  } else if (profile_after) {
    // (Or, with a person's profile after it, a longer rendering or one with a stop of Chinese
    // names, read by the sound characters alone: 德米特里（SMIRNOV DMITRII），男; a dotted one
    // (斯米尔诺夫·德米特里·安德烈耶维奇（…）), whose parts the dot's rules mask, for the Latin
    // name alone. Since session fifty-six, red-team set U.)
    // (Else the Latin name alone: 公民田中美咲（TANAKA MISAKI），女, 陈某1（CHEN CHIH-HAO）
    // 性别：男; since session sixty-five, red-team sets L and O.)
    bool dotted = false;
    if (const size_t r = RenderingRunBefore(s, i, &dotted); r != kNone && !dotted) {
      AddHeuristic(r, i, out);
    }
    AddHeuristic(k, latin, out);
  }
  return true;
}

// The end of a full name that a bracket holds from byte k: a surname of the lists and one or two
// characters, the last a given name's, then the bracket's end or a comma; or 0.
size_t BracketedFullNameEnd(std::string_view s, size_t k) {
  const size_t len = NameForwardFrom(s, k, Surnames::kList, /*bounded=*/true);
  const size_t end = k + len;
  return len >= 6 && end < s.size() && (s[end] == ')' || s[end] == ',') && EndsWithGivenChar(s, end)
             ? end
             : 0;
}

void LatinNameBeforeBracket(std::string_view s, size_t i, Findings* out) {
  size_t k = i;
  auto letter = [&](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  // (Back over letters with a diacritic too, as Vietnamese names have them: Nguyễn Thị Hoa; since
  // session forty-five.)
  while (k > 0 && i - k < 64) {
    if (letter(s[k - 1]) || s[k - 1] == ' ' || s[k - 1] == '-') {
      --k;
    } else if (k >= 2 && AccentedLetterAt(s, k - 2) == 2) {
      k -= 2;
    } else if (k >= 3 && AccentedLetterAt(s, k - 3) == 3) {
      k -= 3;
    } else {
      break;
    }
  }
  while (k < i && (s[k] == ' ' || s[k] == '-' || (s[k] >= 'a' && s[k] <= 'z'))) ++k;
  if (k > 0 && IsAlnum(static_cast<unsigned char>(s[k - 1]))) return;
  // (A nationality or a word for a person right before it: 加纳籍Kofi MENSAH（…）, 其妻Anna
  // BECKER（…）; since session forty-three. Since session forty-five also a noun for persons:
  // 尼日利亚籍男子Chukwuemeka Okafor（…）, 留学生Rajesh Kumar Sharma（…）.)
  // (Or such a word's colon: 报警人：Daniel Whitmore（中文名魏丹尼）; since session fifty-two,
  // red-team set P.)
  const bool person_before =
      k >= 3 && (s.compare(k - 3, 3, "籍") == 0 || PersonWordEndsAt(s, k) ||
                 PersonNounEndsAt(s, k) || (s[k - 1] == ':' && PersonWordEndsAt(s, k - 1)));
  const bool mixed = LatinNameEnd(s, k) != i;
  // (Words all capitalized (Budi Santoso, Nguyễn Thị Hoa) only after such a word or before a
  // nationality or a passport (below); not a brand's, Huawei Mate（华为）.)
  const bool title_only = mixed && MixedLatinNameEnd(s, k) != i;
  // (One word in title case, only before a Chinese full name (below): Mandy（麦文静）.)
  const bool one_word =
      title_only && s[k] >= 'A' && s[k] <= 'Z' && i - k >= 3 && i - k <= 10 &&
      std::all_of(s.begin() + k + 1, s.begin() + i, [](char c) { return c >= 'a' && c <= 'z'; });
  if (title_only && !one_word && MixedLatinNameEnd(s, k, /*title_case=*/true) != i) return;
  bool labelled = false;  // (中文名朴志勋; since session forty-three)
  size_t j = OverRenderingLabel(s, i + 1, &labelled);
  const bool quoted = s.compare(j, 3, "“") == 0;  // (中文称“玛丽亚”)
  if (quoted) j += 3;
  // (Two to five ideographs, or parts apart by a middle dot: 科菲·门萨; since session forty-three.)
  bool dotted = false;
  const size_t end = RenderingEnd(s, j, &dotted);
  const size_t close = quoted && s.compare(end, 3, "”") == 0 ? end + 3 : end;
  if (end < j + 6 || (!dotted && end > j + 15) || close >= s.size() || (quoted && close == end) ||
      (s[close] != ')' && s[close] != ',')) {
    // (Its Chinese written some other way, after a nationality or a person's word:
    // 喀麦隆籍Jean-Pierre MBARGA（中文名“让-皮埃尔·…”）.)
    // (Or in Cyrillic letters: SOKOLOV VIKTOR（Соколов Виктор，…）; since session forty-three.)
    if ((person_before || CyrillicNameEnd(s, i + 1) != i + 1) && !mixed) AddHeuristic(k, i, out);
    if (person_before && mixed && (labelled || s.compare(i + 1, 3, "“") == 0)) {
      AddHeuristic(k, i, out);
    }
    return;
  }
  // (Or a Chinese full name: a surname of the lists and one or two characters, the last a given
  // name's (Mandy（麦文静，…）, Kelvin（陈志伟）; since session fifty-four, red-team set S).)
  const bool chinese_name = !quoted && !dotted && BracketedFullNameEnd(s, j) == end;
  if (one_word && !chinese_name) return;
  if (title_only && !person_before && !chinese_name) {
    // (The nationality or the passport next, in the bracket or right after it: （阮氏花），越南籍,
    // （楚库埃梅卡，护照….)
    size_t r = close + 1;
    if (s[close] == ')' && r < s.size() && s[r] == ',') ++r;
    const std::string_view next = s.substr(r, 15);
    const size_t nationality = next.find("籍");
    if (!next.starts_with("护照") &&
        (nationality == std::string_view::npos || nationality > 12 ||
         next.substr(0, nationality).find_first_of(",)") != std::string_view::npos)) {
      return;
    }
  }
  const std::string_view chinese = s.substr(j, end - j);
  if (chinese.find("某") != std::string_view::npos) {
    AddHeuristic(k, i, out);  // (LE VAN DAT（黎某）: its Chinese masked already)
    return;
  }
  for (const std::string_view word : {"籍", "国", "人", "族", "公司", "集团", "大学", "银行"}) {
    if (chinese.ends_with(word)) return;
  }
  // (Letters of both kinds, as a brand's are too (Huawei MATE): only before a person's profile,
  // the sex, a nationality or a passport within the next few characters; or after a nationality
  // or a person's word, or with the Chinese by its label or in parts apart by a dot.)
  if (mixed && !person_before && !labelled && !dotted && !chinese_name) {
    const std::string_view after = s.substr(close, 24);
    if (after.find("男") == std::string_view::npos && after.find("女") == std::string_view::npos &&
        after.find("籍") == std::string_view::npos &&
        after.find("护照") == std::string_view::npos) {
      return;
    }
  }
  AddHeuristic(k, i, out);
  AddHeuristic(j, end, out);
}

// A name of a surname of the two wider lists and one or two characters of given names that ends
// at byte i whatever is before it (侦办邹建平等人, 买方张大伟（手机…）), the longer first; or
// kNone. Not a word of two that starts with a surname (孙子（8岁）).
size_t WideSurnameNameEndingAt(std::string_view s, size_t i, Surnames which) {
  if (i < 6 || !EndsWithGivenChar(s, i)) return kNone;
  for (size_t b = i >= 9 ? i - 9 : i - 6; b + 6 <= i; b += 3) {
    if (IsSurnameChar(Decode3(s, b), which) &&
        NameForwardFrom(s, b, which, /*bounded=*/true) == i - b &&
        !(i - b == 6 && IsWordNotName(s.substr(b, 6)))) {
      return b;
    }
  }
  // Or a compound surname and one or two characters, none a stop nor 某 (领队司徒健（电话…）,
  // 西临尉迟国强（报告人之弟）; since session forty-eight, red-team set L).
  for (size_t b = i >= 12 ? i - 12 : i - 9; i >= 9 && b + 9 <= i; b += 3) {
    if (!IsCompoundSurname(s.substr(b, 6))) continue;
    bool given = true;
    for (size_t g = b + 6; g < i && given; g += 3) {
      const uint16_t c = NameClassAt(s, g);
      given = (c & kIdeographClass) != 0 && (c & kStopInNameClass) == 0 && Decode3(s, g) != U'某';
    }
    if (given) return b;
  }
  return kNone;
}

// Whether a word for a private person or a relative ends at byte `at`: a context word (朋友 妻子
// 证人 …; since session forty-two all of them, not only the strong ones:
// 违法行为人海麦尔（小名…）), a kin word (其妻 之夫 …), a kin noun, 女孩 or 男孩 (儿童 and a
// herder's household, 牧户, since session seventy, red-team set AI: 儿童达瓦（男，…）, 相邻牧户
// 那顺（男，…）).
bool PersonWordEndsAt(std::string_view s, size_t at) {
  static constexpr std::array<std::string_view, 4> kChildren = {"女孩", "男孩", "儿童", "牧户"};
  const std::array<std::span<const std::string_view>, 5> lists = {
      std::span<const std::string_view>(kBeforeName), std::span<const std::string_view>(kKinWords),
      std::span<const std::string_view>(kKinNouns),
      std::span<const std::string_view>(kMoreKinNouns),
      std::span<const std::string_view>(kChildren)};
  return std::any_of(lists.begin(), lists.end(), [&](std::span<const std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
      return at >= w.size() && s.compare(at - w.size(), w.size(), w) == 0;
    });
  });
}

// Since session sixty-five (red-team sets D, G and R): a name in Latin letters right after a word
// for a person (我丈夫IVANOV DMITRY的, 持照人Chukwuemeka OKAFOR，, 朋友Oliver GRANT介绍): two to
// four words in capitals, or capitals and capitalized words mixed (LatinNameEnd,
// MixedLatinNameEnd), then no more letters, nor a body's or a product's word (朋友ABC TRADING公司,
// 乘客TAXI GO平台). Masked; its end, or 0.
// (LatinNameAfterPersonWord, inline, tests the first letter: most words for persons have none
// after them.)
constexpr std::string_view kNotAfterLatinName = "公集平品商店厂银酒馆网牌号款型软系";
size_t LatinNameAfterPersonWordAt(std::string_view s, size_t at, Findings* out) {
  size_t end = LatinNameEnd(s, at);
  if (end == 0) end = MixedLatinNameEnd(s, at);
  if (end == 0 || CharIn<kNotAfterLatinName>(s.substr(end, 3))) return 0;
  AddHeuristic(at, end, out);
  // (And its rendering after a label: 持照人Chukwuemeka OKAFOR，中文译名奥卡福，.)
  if (bool labelled = false, dotted = false; end < s.size() && s[end] == ',') {
    const size_t c = OverRenderingLabel(s, end + 1, &labelled);
    if (labelled) LabelledRendering(s, c, RenderingEnd(s, c, &dotted), out);
  }
  return end;
}
[[gnu::always_inline]] inline size_t LatinNameAfterPersonWord(std::string_view s, size_t at,
                                                              Findings* out) {
  return at < s.size() && s[at] >= 'A' && s[at] <= 'Z' ? LatinNameAfterPersonWordAt(s, at, out) : 0;
}

// Since session forty-eight (red-team set L). The labels of a name in Latin letters.
constexpr std::array<std::string_view, 7> kLatinNameLabels = {
    "拼音姓名", "英文姓名", "外文姓名", "拼音名", "英文名", "外文名", "拼音"};
void LatinNameAfterLabel(std::string_view s, size_t at, Findings* out) {
  size_t b = at;
  if (s[b - 1] == '"' || s[b - 1] == ':') {
    --b;
  } else if (s.compare(b - 3, 3, "“") == 0) {
    b -= 3;
  }
  if (!std::any_of(kLatinNameLabels.begin(), kLatinNameLabels.end(), [&](std::string_view w) {
        return b >= w.size() && s.compare(b - w.size(), w.size(), w) == 0;
      })) {
    return;
  }
  size_t e = LatinNameEnd(s, at);
  if (e == 0) e = MixedLatinNameEnd(s, at, /*title_case=*/true);
  // (Or one word, capitalized or in capitals, up to no letter, digit nor space: 英文名Kelvin，;
  // since session fifty-six, red-team set T.)
  if (const size_t k = CapitalizedWordEnd(s, at, /*capitals=*/true);
      e == 0 && k - at >= 3 &&
      (k == s.size() || (s[k] != ' ' && !IsAlnum(static_cast<unsigned char>(s[k]))))) {
    e = k;
  }
  if (e != 0) AddHeuristic(at, e, out);
}

// Whether the surname at byte a starts a word: at the text's start, after punctuation or a tab
// (not a space: 情 况 通 报), after a character that ends no name (成年人罗 浩, 主任岩 光, 与赵
// 贵林), or after a word for a person (保安普 春).
bool SurnameStartsWord(std::string_view s, size_t a) {
  if (a == 0) return true;
  const auto c = static_cast<unsigned char>(s[a - 1]);
  if (c < 0x80) return c != ' ' && !IsAlnum(c);
  // (A character of two bytes may be all there is before: é罗 丽.)
  const uint16_t before = a >= 3 ? NameClassAt(s, a - 3) : 0;
  return ((before & kThreeByteClass) != 0 &&
          ((before & kIdeographClass) == 0 ||
           (before & (kGivenNameClass | kListSurnameClass)) == 0)) ||
         PersonWordEndsAt(s, a) || PersonNounEndsAt(s, a);
}

// Whether a nickname by rank starts at byte a (RankNicknameAt): a surname of the lists that starts
// a word, then 老 and a rank (钟老二, 覃老幺) not before an elder's word or another word that goes
// on (杨老大爷, 老大难, 老三届, 老大哥), or a sibling's rank and a kin word (罗二妹, 郑三娃,
// 符二弟, 韦二哥); not after a surname that is a word a nickname follows as often, where an
// ideograph comes before it (他和老三, 其二弟). Nine bytes.
bool RankNicknameStartsAt(std::string_view s, size_t a) {
  static constexpr std::string_view kRanks = "大二三四五六七八九十幺";
  static constexpr std::string_view kNotAfterRank = "爷娘妈哥姐嫂伯叔婆难届师板太汉乡实表兄姑";
  static constexpr std::string_view kWordSurnames = "和向于同与跟将把从给对被在是叫让为找其";
  if (a + 9 > s.size()) return false;
  if (s.compare(a + 3, 3, "老") == 0) {
    if (!CharIn<kRanks>(s.substr(a + 6, 3)) || CharIn<kNotAfterRank>(s.substr(a + 9, 3))) {
      return false;
    }
  } else if (!CharIn<kSiblingRanks>(s.substr(a + 3, 3)) ||
             !CharIn<kRankedKin>(s.substr(a + 6, 3))) {
    return false;
  }
  return HasNameClass(Decode3(s, a), kListSurnameClass) && SurnameStartsWord(s, a) &&
         !(CharIn<kWordSurnames>(s.substr(a, 3)) && a >= 3 &&
           (NameClassAt(s, a - 3) & kIdeographClass) != 0);
}

bool CompoundSurnameAt(std::string_view s, size_t at) {
  return at + 6 <= s.size() && IsCompoundSurname(s.substr(at, 6));
}

namespace {

// Since session sixty-three (red-team sets AA and AB): a full name at byte `at` of the surname
// `surname` a familiar name has just given (老黄——黄德才, “小马”马俊峰): a surname of the lists,
// one or two given names' characters, and a name's end, or (since session sixty-seven, red-team
// set AF: 班长“老杜”杜仁海口头报告) two given names' characters before any word. Whether it read
// one.
bool FullNameOfSurnameAt(std::string_view s, size_t at, char32_t surname, Findings* out) {
  if (surname == 0 || Decode3(s, at) != surname || !HasNameClass(surname, kListSurnameClass)) {
    return false;
  }
  const size_t end = RoleNameEnd(s, at, Surnames::kList);
  if (end <= at + 3 || !EndsWithGivenChar(s, end) ||
      !(EndsName(s, end) || (end == at + 9 && (NameClassAt(s, at + 3) & kGivenNameClass) != 0))) {
    return false;
  }
  AddHeuristic(at, end, out);
  return true;
}

}  // namespace

void RankNicknameAt(std::string_view s, size_t i, Findings* out) {
  const bool elder = Decode3(s, i) == U'老';
  // (Or 老 and a surname, a dash and the full name of that surname: 开封边机的老黄——黄德才，;
  // since session sixty-three, red-team set AB.)
  // (The fold writes a dash as '-'.)
  if (elder && i + 8 <= s.size() && s.compare(i + 6, 2, "--") == 0) {
    FullNameOfSurnameAt(s, i + 8, Decode3(s, i + 3), out);
  }
  // (Or a name right after 老 and a sibling's rank, as after a kin word: 熊家老四熊建平，,
  // 隔壁董某老三董生财驾驶的; since session seventy-one, red-team set AJ. Or after 老表, a cousin
  // in Jiangxi's and Guangxi's speech: 的老表王春林去年, 我老表韦志强刚好, red-team sets AI and
  // Z; not a person's noun, where 老表 alone may be the name a text gives.)
  if (static constexpr std::string_view kRanks = "大二三四五六七八九幺表";
      elder && CharIn<kRanks>(s.substr(i + 3, 3))) {
    RoleNameAt(s, i + 6, out, /*given_last=*/true, /*after_person_word=*/true);
  }
  if (i < (elder ? 3u : 6u)) return;
  if (const size_t a = elder ? i - 3 : i - 6; RankNicknameStartsAt(s, a)) {
    AddHeuristic(a, a + 9, out);
    // (And the list it is a member of: …、朱老四（新墙镇）、司马淑芬、付细秀。; since session
    // fifty-nine, red-team set X.)
    NamesListedAfter(s, a + 9, out);
    NamesListedBefore(s, a, out);
  }
}

void FullNameAfterItIs(std::string_view s, size_t i, Findings* out) {
  const size_t at = i + 7;  // after ",就是"
  const char32_t surname = Decode3(s, at);
  for (size_t k = i >= 9 ? i - 9 : 0; k + 3 <= i; k += 3) {
    if (Decode3(s, k) == surname) {
      FullNameOfSurnameAt(s, at, surname, out);
      return;
    }
  }
}

// The characters that make a longer kin word of an elder's or a sibling's (哥们, 姐妹, 姨妈, 叔叔).
// (And 崽: 妹崽, a girl.)
constexpr std::string_view kNotAfterElderWord = "们妹夫爷叔婶姨妈父哥姐弟儿娘崽";
// The words before a person's name as an object or a possessor (找庆山哥, 跟月珍姐, 背着庆山哥,
// 将桂芳婶推倒).
constexpr std::string_view kBeforeCalledName = "的和跟与叫喊找给问让着将把向被对帮";

bool DoubledGivenName(std::string_view s, size_t begin, size_t end);  // (below)

void GivenNameBeforeElderWord(std::string_view s, size_t i, Findings* out) {
  if (i < 6 || CharIn<kNotAfterElderWord>(s.substr(i + 3, 3))) return;
  const size_t a = i - 6;
  const uint16_t first = NameClassAt(s, a);
  const uint16_t second = NameClassAt(s, i - 3);
  // (A character twice only as a child's name is: not 天天, 明明.)
  if (s.compare(a, 3, s.substr(i - 3, 3)) == 0
          ? !DoubledGivenName(s, a, i)
          : (first & second & kGivenNameClass) == 0 || ((first | second) & kStopClass) != 0) {
    return;
  }
  if (a > 0 && static_cast<unsigned char>(s[a - 1]) >= 0x80 && a >= 3 &&
      (NameClassAt(s, a - 3) & kIdeographClass) != 0 &&
      !CharIn<kBeforeCalledName>(s.substr(a - 3, 3))) {
    return;
  }
  AddHeuristic(a, i, out);
}

namespace {

// Whether the folded space at byte k was an ideographic one (or another space of three bytes):
// by the fold's map, where the original runs two bytes further after it than before it.
bool WideSpaceAt(std::span<const std::pair<uint32_t, uint32_t>> breaks, size_t k) {
  const auto at = std::lower_bound(breaks.begin(), breaks.end(), k + 1,
                                   [](const auto& b, size_t v) { return b.first < v; });
  if (at == breaks.end() || at->first != k + 1) return false;
  const int64_t shift = int64_t{at->second} - at->first;
  const int64_t before = at == breaks.begin() ? 0 : int64_t{(at - 1)->second} - (at - 1)->first;
  return shift - before == 2;
}

// Since session forty-nine (red-team set M: 11 names of a scanned statement published, 犯 罪嫌
// 疑人 向 明 军（ 男 ，土家 族，冉 德 才): where the line around byte k is spaced at most of its
// characters (at least three gaps of one or two spaces between two characters of three bytes, and
// half as many as the line has such characters), its gaps: those between two such characters, and
// those where a character stands alone on either side (1 9 8 5 年, 6 组 2 1 号, z y h 1 9); none a
// folded ideographic space (a wider gap in such text sets two names apart: 谭 立 新　黄 鹏). Their
// ranges replace those found on the line before, and the line's end is returned; or 0, where it
// is not so spaced (承办民警：闫振江 包立国, 1 王建国 男 45).
size_t LetterSpacedLine(std::string_view s, size_t k,
                        std::span<const std::pair<uint32_t, uint32_t>> breaks,
                        std::vector<Range>* spaces) {
  const auto* const p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t begin = s.rfind('\n', k) + 1;  // (npos + 1: the text's start)
  size_t end = s.find('\n', k);
  if (end == std::string_view::npos) end = s.size();
  const size_t kept = spaces->size();
  size_t chars = 0;  // of three bytes or more
  size_t gaps = 0;   // between two of three bytes
  for (size_t j = begin; j < end; ++j) {
    if (p[j] >= 0xE0) {
      ++chars;
      continue;
    }
    if (p[j] != ' ' || j == begin || p[j - 1] == ' ') continue;
    size_t e = j + 1;
    if (e < end && p[e] == ' ') ++e;
    if (e >= end || p[e] == ' ' || WideSpaceAt(breaks, j) ||
        (e == j + 2 && WideSpaceAt(breaks, j + 1))) {
      j = e - 1;
      continue;
    }
    const bool between_wide =
        j >= begin + 3 && p[j - 3] >= 0xE0 && p[j - 3] < 0xF0 && p[e] >= 0xE0 && p[e] < 0xF0;
    // (Else where a character stands alone on either side: 1 9 8 5 年, 6 组 2 1 号, z y h 1 9;
    // not between two words of letters or two groups of digits, SERGEI PETROV, 139 7246 1805.)
    size_t left = j - 1;  // the start of the character before
    while (left > begin && (p[left] & 0xC0) == 0x80) --left;
    const size_t right = e + (p[e] < 0x80 ? 1 : p[e] < 0xE0 ? 2 : p[e] < 0xF0 ? 3 : 4);
    if (between_wide || left == begin || p[left - 1] == ' ' || right >= end || p[right] == ' ') {
      spaces->push_back(Range{j, e});
      gaps += between_wide ? 1 : 0;
    }
    j = e - 1;
  }
  if (gaps < 3 || gaps * 2 < chars) {
    spaces->resize(kept);
    return 0;
  }
  // (The spaces found on the line before by the name rule are among these, but an ideographic
  // one: 蒙　桂英. Kept once, in order.)
  const auto first = std::find_if(spaces->begin(), spaces->begin() + static_cast<ptrdiff_t>(kept),
                                  [&](const Range& r) { return r.begin >= begin; });
  std::sort(first, spaces->end(), [](const Range& a, const Range& b) { return a.begin < b.begin; });
  spaces->erase(std::unique(first, spaces->end(),
                            [](const Range& a, const Range& b) { return a.begin == b.begin; }),
                spaces->end());
  return end;
}

}  // namespace

// Since session forty-eight (red-team set L: 儿子张 磊拨打110, 其母蒙　桂英, ；曹 慧（系其母亲）):
// the spaces (one or two, folded) between a surname and the given name after it, where the surname
// starts a word: after a word for a person or a relative, after a character of no given name and
// no surname, or after punctuation, a tab or the text's start (not after a space: 情 况 通 报).
// Not after a name's end (承办民警：闫振江　包立国, 被询问人：段玉梅　性别: a given name's
// character before the surname-like last one), nor before a stop, nor in a name spaced at every
// character but on a line spaced so (LetterSpacedLine, since session forty-nine).
void FindSpacedNames(std::string_view s, std::vector<Range>* spaces,
                     std::span<const std::pair<uint32_t, uint32_t>> breaks) {
  spaces->clear();
  const auto* const p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t line_read = 0;  // where the last line LetterSpacedLine read (and found not so) ends
  // Most spaces are between digits or ASCII words: those are passed by their bytes alone (not
  // after a character's last byte, 10xxxxxx, or not before a 3-byte character's lead).
  for (size_t k = 3; k < n; ++k) {
    const void* const space = std::memchr(p + k, ' ', n - k);
    if (space == nullptr) break;
    k = static_cast<size_t>(static_cast<const unsigned char*>(space) - p);
    if ((p[k - 1] & 0xC0) != 0x80) continue;
    size_t e = k + 1;
    if (e < n && p[e] == ' ') ++e;
    if (e + 3 > n || p[e] < 0xE0) continue;
    // Not where the name is spaced at every character (王 建 国, 向 明 军: a text pasted from a
    // PDF), which a listed name's spaced form matches whole; but where its line is spaced so,
    // every gap there (LetterSpacedLine).
    if (size_t g = e + 3; g < n && p[g] == ' ') {
      if (++g < n && p[g] == ' ') ++g;
      if (g < n && p[g] >= 0xE0) {
        // (A name spaced so is two to four characters, a line spaced so has longer runs: the
        // line is read only after a run of five.)
        auto run_of_five = [&] {
          size_t j = e;
          for (int gaps = 1; gaps < 4; ++gaps) {
            if (j + 4 >= n || p[j] < 0xE0 || p[j] >= 0xF0 || p[j + 3] != ' ') return false;
            j += p[j + 4] == ' ' ? 5 : 4;
          }
          return j + 3 <= n && p[j] >= 0xE0 && p[j] < 0xF0;
        };
        if (k >= line_read && run_of_five()) {
          if (const size_t end = LetterSpacedLine(s, k, breaks, spaces); end != 0) {
            k = end;
            continue;
          }
          line_read = s.find('\n', k);
          if (line_read == std::string_view::npos) line_read = n;
        }
        k = e - 1;
        continue;
      }
    }
    const uint16_t given = NameClassAt(s, e);
    if ((given & kIdeographClass) == 0 || (given & kStopInNameClass) != 0) {
      k = e - 1;
      continue;
    }
    size_t a = k - 3;  // the surname's start
    if (a >= 3 && IsCompoundSurname(s.substr(a - 3, 6))) {
      a -= 3;  // (司徒 健)
    } else if ((NameClassAt(s, a) & kListSurnameClass) == 0) {
      k = e - 1;
      continue;
    }
    if (SurnameStartsWord(s, a)) spaces->push_back(Range{k, e});
    k = e - 1;
  }
}

// Since session thirty-nine: a name right before a bracket that says a person was named: an age
// (邱子墨（7岁）, 章小燕（17岁，…）), the sex (付家宝（男，22岁）), a nickname, a phone, a passport
// or a role (PersonBracketWordAt), or another person's kin
// (裴秀英（阮文雄之妻）, 苑立新（苑国强堂弟）, 纪悦悦（纪某1之女，4岁）), at the bracket at byte i;
// read as before a speech word (NameEndingAt: by its sound too, 努尔波拉提（14岁）); not a noun for
// persons (孙女（5岁）, 该男子（35岁）, 其子（7岁）) nor an officer.
// Since session forty-one (red-team set D): the start of a name of any origin that ends at
// byte i, before a bracket about a person, where a word for a private person or a relative ends
// right before it (其妻子木然玉（电话…）, 女孩玉香叫（傣族，…）, 、沙马尔布（海某的邻居）), or
// (`after_de`, where the bracket holds the person's sex or age) 的 (住…的牛晓丽（女，…）): two to
// four ideographs, none a stop (but 氏 inside: 阮氏香) nor 某; or kNone. Not an officer's word.
size_t NameAfterPersonWordBefore(std::string_view s, size_t i, bool after_de) {
  auto word_ends_at = [&](size_t at) { return PersonWordEndsAt(s, at); };
  for (size_t start = i - 6; start + 12 >= i && start >= 3; start -= 3) {
    if ((NameClassAt(s, start) & kIdeographClass) == 0 || s.compare(start, 3, "某") == 0 ||
        ((NameClassAt(s, start) & kStopInNameClass) != 0 &&
         (s.compare(start, 3, "氏") != 0 || start + 3 == i || start + 12 == i))) {
      return kNone;
    }
    if (s.compare(start - 3, 3, "、") == 0 && start + 6 < i) return start;
    if (after_de && s.compare(start - 3, 3, "的") == 0 &&
        IsSurnameChar(Decode3(s, start), Surnames::kList)) {
      return start;
    }
    if (word_ends_at(start)) return start;
    if (start < 6) break;
  }
  return kNone;
}

// A full name in the bracket at byte i after a word that names the person another way: right
// after a nickname, of 阿 老 小 and a character or of a surname and an elder's word
// (阿明（林志明）, 路过的黄伯（黄炳坤）, 泗水镇谢伯（谢炳南）: the elder's surname the name's own)
// after a word's boundary or a place's name; both masked. Since session forty-two (red-team set F)
// also after a word for a name (（大名赖志龙）, （户口名李凤兰，九十一岁）, （真名冉某）), whatever
// comes before; after a quoted nickname (“海哥”（马海生）); and after one of 阿 小 老 wherever it
// stands (会计小胡（胡婷婷）, 外孙小胖（向宇航，9岁）); a word that names no one stays
// (向老师（向晓东）). The name: a surname of the wider lists and one or two characters, the last a
// given name's, then the bracket's end or a comma. Not an officer's (OfficerFieldBefore). Whether
// it found one. (The second characters of words of 阿 小 老 that name no one, kNotNicknameSeconds,
// are kept before the name.)
bool FullNameInBracket(std::string_view s, size_t i, Findings* out) {
  // (汉名 since session forty-nine, red-team set M: 沙某（汉名沙秀英）, a Yi woman's.)
  // (真实姓名 since session fifty-one, red-team set O: 店员“小胖”（真实姓名贾某）.)
  static constexpr std::array<std::string_view, 14> kNameWords = {
      "户籍登记名", "身份证名", "户口名", "户籍名", "登记名", "曾用名", "大名",
      "真实姓名",   "真名",     "本名",   "全名",   "原名",   "学名",   "汉名"};
  size_t k = i + 1;
  // (Most brackets are none of these: their first characters and the two before them first.)
  const char32_t lead = i >= 6 ? Decode3(s, i - 6) : 0;
  // (Or in ASCII quotation marks: 外某（"小吴"）… 钱某（"钱阿姨"）, ("老黑")（李四）; since session
  // forty-six.)
  const size_t quote_len = i >= 9 && s.compare(i - 3, 3, "”") == 0 ? 3
                           : i >= 7 && s[i - 1] == '"'             ? 1
                                                                   : 0;
  const bool quoted = quote_len != 0;
  const bool familiar = lead == U'阿' || lead == U'小' || lead == U'老';  // (kFamiliarFirsts)
  bool elder =
      i >= 6 && CharIn<kElders>(s.substr(i - 3, 3)) && IsSurnameChar(lead, Surnames::kWide);
  // (Or of three, 大 or 阿 between: 住户张大爷（张永福）, 邻居王阿姨（王秀英）; since session
  // forty-six, red-team set K.)
  size_t elder_len = 6;
  if (!elder && i >= 9 && CharIn<kElders>(s.substr(i - 3, 3)) &&
      (s.compare(i - 6, 3, "大") == 0 || s.compare(i - 6, 3, "阿") == 0) &&
      IsSurnameChar(Decode3(s, i - 9), Surnames::kWide)) {
    elder = true;
    elder_len = 9;
  }
  // (Or a nickname by rank, read as an elder's word: 打人者麻老四（麻正华）, 老板韦二哥（韦某）;
  // since session forty-nine, red-team set M.)
  // (Its surname starts a word already: RankNicknameStartsAt.)
  const bool rank = !elder && i >= 9 && RankNicknameStartsAt(s, i - 9);
  if (rank) {
    elder = true;
    elder_len = 9;
  }
  bool named = false;
  size_t nick = i;  // where the nickname before the bracket starts, if any
  switch (Decode3(s, k)) {
    case U'户':
    case U'身':
    case U'登':
    case U'曾':
    case U'大':
    case U'真':
    case U'本':
    case U'全':
    case U'原':
    case U'学':
    case U'汉':
      named = true;
      break;
    default:
      if (!quoted && !familiar && !elder) return false;
  }
  if (named) {
    named = false;
    for (const std::string_view w : kNameWords) {
      if (s.compare(k, w.size(), w) == 0) {
        k += w.size();
        named = true;
        break;
      }
    }
    if (named && (Decode3(s, k) == U'为' || Decode3(s, k) == U'是' || Decode3(s, k) == U'叫')) {
      k += 3;
    }
    if (named && k < s.size() && s[k] == ':') ++k;
    // The nickname before the bracket (since session fifty-one, red-team sets D, G, M and O): two
    // to four ideographs that start with the name's surname (本村朱三（大名朱广福）, 工友龙二（真名
    // 龙光友）), or two alike (走失儿童妞妞（大名赵语涵）), or any in quotation marks (店员“小胖”
    // （真实姓名贾某）); not one masked (张某（曾用名…）).
    if (named && quote_len == 3) {
      const size_t open = s.rfind("“", i - 3);
      if (open != std::string_view::npos && i - 3 - open > 3 && i - 3 - open <= 15 &&
          s.substr(open, i - open).find("某") == std::string_view::npos) {
        nick = open + 3;
      }
    }
    // (Not before the text's sixth byte: i - 6 would wrap, 张（真名…）; a fuzzer's finding,
    // session fifty-three.)
    for (size_t from = i - 6; named && i >= 6 && nick == i && from + 12 >= i && k + 3 <= s.size();
         from -= 3) {
      if (!IsIdeograph(Decode3(s, from)) || !IsIdeograph(Decode3(s, from + 3))) break;
      if (s.compare(from, 3, s.substr(k, 3)) == 0 ||
          (from + 6 == i && s.compare(from, 3, s.substr(from + 3, 3)) == 0)) {
        if (s.substr(from, i - from).find("某") == std::string_view::npos) nick = from;
        break;
      }
      if (from < 3) break;
    }
  }

  // The nickname before the bracket, where no word for a name opens it.
  size_t before = i;  // where the nickname's own context ends (its opening quotation mark)
  if (!named) {
    if (i < 6) return false;
    if (quoted) {
      const size_t open = quote_len == 3 ? s.rfind("“", i - 3) : s.rfind('"', i - 2);
      const size_t close = i - quote_len;
      if (open == std::string_view::npos || close - open - quote_len < 3 ||
          close - open - quote_len > 24) {
        return false;
      }
      nick = open + quote_len;
      before = open;
    } else if (familiar || elder) {
      const size_t from = elder ? i - elder_len : i - 6;
      const bool boundary =
          IsBoundaryBefore(s, from) || (from >= 3 && CharIn<kDivisionEnds>(s.substr(from - 3, 3)));
      if (elder && !boundary && !rank) return false;
      // (After an elder's word, the name has the nickname's surname.)
      if (elder && s.compare(k, 3, s.substr(from, 3)) != 0) return false;
      // (A word that names no one stays, the name after it goes: 向老师（向晓东，…）.)
      if (elder || !CharIn<kNotNicknameSeconds>(s.substr(i - 3, 3))) nick = from;
      before = from;
    } else {
      return false;
    }
  }
  // (After a word for a name or a nickname by rank, a surname of any list: （大名赖志龙）,
  // 麻老四（麻正华）.)
  size_t len =
      NameForwardFrom(s, k, named || rank ? Surnames::kList : Surnames::kWide, /*bounded=*/true);
  // (After a word for a name, any two to five ideographs, none a stop, up to the bracket's end or
  // a comma: 老凉（本名沙马古哈）; since session fifty-six, red-team set T.)
  if (named && !(k + len < s.size() && (s[k + len] == ')' || s[k + len] == ','))) {
    size_t e = k;
    while (e < k + 15 && (NameClassAt(s, e) & kIdeographClass) != 0 &&
           (NameClassAt(s, e) & kStopClass) == 0 && s.compare(e, 3, "某") != 0) {
      e += 3;
    }
    if (e >= k + 6 && e < s.size() && (s[e] == ')' || s[e] == ',') &&
        !CharIn<kPlaceholderFirsts>(s.substr(k, 3)) && !OfficerFieldBefore(s, before)) {
      AddHeuristic(k, e, out);
      return true;
    }
  }
  const size_t end = k + len;
  // (Any last character after a familiar name of its surname: 老孙（孙德禄）; since session
  // forty-seven, red-team set K.)
  if (len < 6 || end >= s.size() || (s[end] != ')' && s[end] != ',') ||
      !(EndsWithGivenChar(s, end) ||
        (!named && !quoted && (elder || (familiar && s.compare(k, 3, s.substr(i - 3, 3)) == 0)))) ||
      OfficerFieldBefore(s, before)) {
    return false;
  }
  if (nick < i) AddHeuristic(nick, i - quote_len, out);
  AddHeuristic(k, end, out);
  return true;
}

void OfficerBeforeBadge(std::string_view s, size_t i, Findings* out) {
  size_t b = i;
  int chars = 0;
  bool dot = false;
  while (b >= 2 && chars < 12) {
    if (s.compare(b - 2, 2, "·") == 0) {
      b -= 2;
      dot = true;
      continue;
    }
    if (b < 3 || (NameClassAt(s, b - 3) & kIdeographClass) == 0) break;
    // (After an officer's title: 社区民警倪俊杰, 辅警朱婷.)
    if (!dot && chars >= 2 && OfficerFieldEndsAt(s, b)) break;
    b -= 3;
    ++chars;
  }
  if (chars < 2 || (!dot && chars > 4) || b == i) return;
  out->officers.push_back({b, i});
}

// Since session forty-seven (red-team set K): a short name before a bracket that writes it in
// full, the bracket at byte i (实际控制人巴图（巴图孟和）, 业务员"小斯琴"（斯琴，…）): the
// bracket's first part, two to six ideographs up to its end or a comma, none 某 nor a place's or
// a body's character (below), starts with the two or three characters before the bracket (after
// a word's boundary or end) and is longer, or is a quoted familiar name without its 小, 阿 or
// 老. Both masked; whether it found them.
bool ShortNameBeforeFullName(std::string_view s, size_t i, Findings* out) {
  const size_t k = i + 1;
  // (Most brackets are none of these: the bytes tested first, no search.)
  const size_t quote = s[i - 1] == '"'                 ? 1
                       : s.compare(i - 3, 3, "”") == 0 ? 3  // (not 思, E6 80 9D)
                                                       : 0;
  if (quote == 0 && (k + 6 > s.size() || s[i - 6] != s[k] || s[i - 5] != s[k + 1] ||
                     s[i - 4] != s[k + 2] || s.compare(i - 3, 3, s.substr(k + 3, 3)) != 0)) {
    return false;
  }
  if (i < 7 + 2 * quote) return false;
  size_t end = k;
  // (Any ideograph but 某 and a place's or a body's word: a name written by its sound may have
  // a stop, 巴图孟和; not 江南（江南大学）, 北京（北京市）.)
  static constexpr std::string_view kNotInFullName = "某学行会团社园场站中心";
  while (end < k + 18 && (NameClassAt(s, end) & kIdeographClass) != 0 &&
         !CharIn<kPlaceOrBodyEnds>(s.substr(end, 3)) && !CharIn<kNotInFullName>(s.substr(end, 3))) {
    end += 3;
  }
  if (end < k + 6 || end >= s.size() || (s[end] != ')' && s[end] != ',') ||
      (NameClassAt(s, end - 3) & kNotNameEndClass) != 0) {
    return false;
  }
  if (quote != 0) {
    // The nickname: 小, 阿 or 老 and the bracket's part (小斯琴（斯琴）), or its last character
    // (“小甜”（田甜）; since session fifty-seven, red-team set V).
    const size_t close = i - quote;
    auto familiar_at = [&](size_t open, size_t len) {
      return close >= len + 3 + quote && s.compare(open + 3, len, s.substr(end - len, len)) == 0 &&
             CharIn<kFamiliarFirsts>(s.substr(open, 3)) &&
             s.compare(open - quote, quote, quote == 1 ? "\"" : "“") == 0;
    };
    size_t open = close - (end - k) - 3;
    if (!familiar_at(open, end - k)) {
      open = close - 6;
      if (end - k > 9 || !familiar_at(open, 3)) return false;
    }
    AddHeuristic(open, close, out);
    AddHeuristic(k, end, out);
    return true;
  }
  // The short name: the bracket's first three characters, or two, before it.
  for (size_t len = 9; len >= 6; len -= 3) {
    if (i < len || end - k <= len || s.compare(i - len, len, s.substr(k, len)) != 0 ||
        !IsBoundaryBefore(s, i - len)) {
      continue;
    }
    AddHeuristic(i - len, i, out);
    AddHeuristic(k, end, out);
    return true;
  }
  return false;
}

// Since session fifty-four (red-team set S): a nickname made of the given name of the full name
// that the bracket at byte i writes: the given name, or one of its characters, with an elder's
// word or 仔 after it, or with 阿 小 老 靓 肥 细 before it (秀英婶（赵秀英）, 桂香嫂（刘桂香）,
// 东哥（何卫东）, 阿杰仔（陈俊杰，…）, 靓辉（李志辉）), or the two-character given name alone
// (秀英（赵秀英）). The full name: a surname of the lists and one or two characters, the last a
// given name's, then the bracket's end or a comma. Both masked; not an officer's. Whether it
// found them.
bool NicknameOfBracketName(std::string_view s, size_t i, Findings* out) {
  const size_t k = i + 1;
  // (Most brackets are none of these: one of the two characters before it must be one of the
  // bracket's second to fourth first, compared as bytes.)
  if (k + 12 > s.size()) return false;
  auto same = [&](size_t a, size_t b) {
    return s[a + 2] == s[b + 2] && s[a + 1] == s[b + 1] && s[a] == s[b];
  };
  auto shared = [&](size_t at) { return same(at, k + 3) || same(at, k + 6) || same(at, k + 9); };
  if (!shared(i - 3) && !shared(i - 6)) return false;
  const size_t end = BracketedFullNameEnd(s, k);
  if (end == 0) return false;
  const size_t given = k + (end - k >= 9 && IsCompoundSurname(s.substr(k, 6)) ? 6 : 3);
  static constexpr std::string_view kAfterGiven = "伯叔婶姨嫂哥姐爷奶妹弟仔";
  static constexpr std::string_view kBeforeGiven = "阿小老靓肥细";
  const bool suffix = CharIn<kAfterGiven>(s.substr(i - 3, 3));
  const size_t core_end = suffix ? i - 3 : i;
  size_t core = kNone;
  if (end - given == 6 && core_end >= 6 && s.compare(core_end - 6, 6, s.substr(given, 6)) == 0) {
    core = core_end - 6;
  } else if (core_end >= 3) {
    for (size_t g = given; g < end && core == kNone; g += 3) {
      if (s.compare(core_end - 3, 3, s.substr(g, 3)) == 0) core = core_end - 3;
    }
  }
  if (core == kNone) return false;
  // (Or 肥仔, 靓仔 or 细仔 before it: 肥仔明（黄启明）; since session fifty-five, red-team set T.)
  const bool boy =
      core >= 6 && s.compare(core - 3, 3, "仔") == 0 && CharIn<kBeforeGiven>(s.substr(core - 6, 3));
  const bool prefix = boy || (core >= 3 && CharIn<kBeforeGiven>(s.substr(core - 3, 3)));
  const size_t nick = boy ? core - 6 : prefix ? core - 3 : core;
  if ((!prefix && !suffix && core_end - core != 6) || OfficerFieldBefore(s, nick)) return false;
  AddHeuristic(nick, i, out);
  AddHeuristic(k, end, out);
  return true;
}

// Since session fifty-nine (red-team set W): a name after 由 at byte i, before a verb of taking
// charge or care (由郑杰负责, 由高峰暂时照看, 由李秀英代为保管): two or three characters after a
// surname of the wider lists, the last a given name's. Not 由于, 理由, 自由, 经由; not a word
// (由公司负责, 由家长负责, 由车主负责).
void NameAfterYou(std::string_view s, size_t i, Findings* out) {
  static constexpr std::string_view kNotBefore = "理自经缘事来因";
  static constexpr std::array<std::string_view, 24> kCharge = {
      "负责", "代为", "暂时", "照看", "保管", "领取", "代领", "陪同",
      "签收", "接送", "看护", "监护", "抚养", "照顾", "承担", "支付",
      "赔偿", "退还", "返还", "带领", "联系", "转交", "经营", "出面"};
  const size_t at = i + 3;
  if ((i >= 3 && CharIn<kNotBefore>(s.substr(i - 3, 3))) || s.compare(at, 3, "于") == 0 ||
      !HasNameClass(Decode3(s, at), kWideSurnameClass)) {
    return;
  }
  // (Four with a compound surname: 由欧阳振华负责.)
  const size_t longest = at + (IsCompoundSurname(s.substr(at, 6)) ? 12 : 9);
  for (size_t end = at + 6; end <= longest && end + 6 <= s.size(); end += 3) {
    if ((NameClassAt(s, end - 3) & kIdeographClass) == 0 || s.compare(end - 3, 3, "某") == 0 ||
        IsNameStop(s.substr(end - 3, 3))) {
      return;
    }
    if (std::find(kCharge.begin(), kCharge.end(), s.substr(end, 6)) == kCharge.end()) continue;
    // (The words for persons tested for two characters only, 车主 or 家长: the longer words
    // start with no surname, and the generated texts' 由陶婉倩代为办理 are many.)
    if (!EndsWithGivenChar(s, end) || PersonNounAt(s, at, end) ||
        (end == at + 6 && (IsWordNotName(s.substr(at, 6)) || PersonWordEndsAt(s, end) ||
                           PersonNounEndsAt(s, end)))) {
      return;
    }
    AddHeuristic(at, end, out);
    return;
  }
}

// A nickname alone in the bracket that opens at byte i after a name (or one masked, 洪某3).
void NicknameInBracketAfterName(std::string_view s, size_t i, Findings* out) {
  // (A familiar name alone in the bracket after a name: 朋友章鹏（阿杰）; since session
  // fifty-seven, red-team set V.)
  // (Or before a comma and a note, 洪某3（阿琴，住石狮市…）; since session fifty-nine, red-team
  // set X.)
  if (i + 8 <= s.size() && (s[i + 7] == ')' || s[i + 7] == ',') &&
      (s.compare(i + 1, 3, "阿") == 0 || s.compare(i + 1, 3, "小") == 0)) {
    FamiliarNameAt(s, i + 1, out);
  }
  // (Or the given name of the name right before it, 刘翠妮（翠妮）: a surname of the lists, then
  // the two characters the bracket holds, the last a given name's. The name itself may be found
  // only later, where it is a list's member. Since session fifty-nine, red-team set X.)
  if (i >= 9 && i + 8 <= s.size() && (s[i + 7] == ')' || s[i + 7] == ',') &&
      s.compare(i + 1, 6, s.substr(i - 6, 6)) == 0 &&
      IsSurnameChar(Decode3(s, i - 9), Surnames::kList) && EndsWithGivenChar(s, i) &&
      (NameClassAt(s, i - 6) & kIdeographClass) != 0) {
    AddHeuristic(i + 1, i + 7, out);
  }
  // (Or a nickname of a given name's character and 妹子, 妹 or 仔 after a name, or one masked:
  // 周桂英（桂妹子）; since session fifty-nine, red-team set X.)
  if (i >= 3 && i + 8 <= s.size() && (NameClassAt(s, i + 1) & kGivenNameClass) != 0 &&
      ((i + 11 <= s.size() && s.compare(i + 4, 6, "妹子") == 0 && s[i + 10] == ')') ||
       ((s.compare(i + 4, 3, "妹") == 0 || s.compare(i + 4, 3, "仔") == 0) && s[i + 7] == ')')) &&
      (MaskedNameEndsAt(s, i) ||
       std::any_of(out->candidates.rbegin(),
                   out->candidates.rbegin() + std::min<size_t>(out->candidates.size(), 4),
                   [&](const Candidate& c) { return c.end == i; }))) {
    AddHeuristic(i + 1, s[i + 7] == ')' ? i + 7 : i + 10, out);
  }
}

// Since session sixty-five (red-team set AD): whether 即 and a person's name follow the bracket or
// the comma at byte i, saying whom the word before it names (“刚娃”（即谯某）, 凤姐（即江某）,
// “罗嬢嬢”，即罗某2): a surname of the lists, then 某 and a number or none, or one or two given
// names' characters, then the bracket's end, a comma or 、 (not a place: “老地方”（即村口小卖部）).
// Or a word for the person's own name, 本名 真名 大名 原名, and 叫 or 是 or none, then two to
// five ideographs, none a stop (老凉（本名沙马古哈）, 大老黑（真名叫谷丰收）; red-team sets T and
// D).
bool BracketNamesPerson(std::string_view s, size_t i) {
  // (Where the name, with its number or none, ends at the bracket's end, a comma or 、.)
  auto closes = [&](size_t k) {
    while (k < s.size() && IsDigit(static_cast<unsigned char>(s[k]))) ++k;  // (沙某2)
    return k < s.size() && (s[k] == ')' || s[k] == ',' || s.compare(k, 3, "、") == 0);
  };
  size_t at = i + 1;
  // (Its first character decoded once: most brackets hold none of these words.)
  const char32_t first = Decode3(s, at);
  if (first == U'即') {
    at += 3;
  } else if ((first == U'本' || first == U'真' || first == U'大' || first == U'原') &&
             s.compare(at + 3, 3, "名") == 0) {
    at += s.compare(at + 6, 3, "叫") == 0 || s.compare(at + 6, 3, "是") == 0 ? 9 : 6;
    // (There a name of any two to five ideographs, none a stop, as one by its sound: 老凉（本名
    // 沙马古哈）.)
    size_t k = at;
    while (k < at + 15 && (NameClassAt(s, k) & kIdeographClass) != 0 &&
           (NameClassAt(s, k) & kStopClass) == 0) {
      k += 3;
    }
    if (k >= at + 6 && closes(k)) return true;
  } else {
    return false;
  }
  if (!HasNameClass(Decode3(s, at), kListSurnameClass)) return false;
  size_t k = at + 3;
  if (s.compare(k, 3, "某") == 0) {
    k += 3;
  } else {
    while (k < at + 9 && (NameClassAt(s, k) & kGivenNameClass) != 0) k += 3;
    if (k == at + 3) return false;
  }
  return closes(k);
}

// Since session sixty-four (red-team sets AC and AB): a nickname in quotation marks right before a
// bracket or a comma at byte i that says the person's name is unknown or gives it (雇工“黑蛋”
// （姓名不详）, “老蔫”（真实姓名待查）, “老炮儿”，真名褚某): two to four ideographs, none 某.
// Where the quoted word of two to four ideographs, none 某, whose closing mark is at byte `end`
// starts, right after its opening mark (“, or " where `ascii`); or kNone.
size_t QuotedWordBefore(std::string_view s, size_t end, bool ascii) {
  size_t begin = end;
  while (begin + 12 > end && begin >= 3 && (NameClassAt(s, begin - 3) & kIdeographClass) != 0 &&
         s.compare(begin - 3, 3, "某") != 0) {
    begin -= 3;
  }
  const bool opened =
      ascii ? begin >= 1 && s[begin - 1] == '"' : begin >= 3 && s.compare(begin - 3, 3, "“") == 0;
  return opened && end >= begin + 6 ? begin : kNone;
}

void QuotedNameOfUnknownName(std::string_view s, size_t i, Findings* out) {
  if (s.compare(i + 1, 12, "姓名不详") != 0 && s.compare(i + 1, 12, "真实姓名") != 0 &&
      s.compare(i + 1, 6, "真名") != 0 && !BracketNamesPerson(s, i)) {
    return;
  }
  const bool ascii = s[i - 1] == '"';
  const size_t end = ascii ? i - 1 : i - 3;
  if (!ascii && s.compare(end, 3, "”") != 0) return;
  if (const size_t begin = QuotedWordBefore(s, end, ascii); begin != kNone) {
    AddHeuristic(begin, end, out);
  }
}

// Where the nickname before the bracket at byte i starts, where 即 or a word for the person's name
// and a name follow it (BracketNamesPerson), or 0: two characters, a given name's and 哥 姐 仔 妹
// 娃 宝 or 嫂 (凤姐), or 阿 or 小 and a given name's character (阿坤), or 老 and one no surname
// (老凉), not led by a surname (李小妹 is a name, read elsewhere); or three, 大 or 二 and 老 and
// one more (大老黑).
size_t UnquotedNicknameBeforeNaming(std::string_view s, size_t i) {
  if (i < 6 || (NameClassAt(s, i - 3) & kIdeographClass) == 0 ||
      (NameClassAt(s, i - 6) & kIdeographClass) == 0 || !BracketNamesPerson(s, i)) {
    return 0;
  }
  if (i >= 9 && s.compare(i - 6, 3, "老") == 0 &&
      (s.compare(i - 9, 3, "大") == 0 || s.compare(i - 9, 3, "二") == 0)) {
    return NamesNoOneAt(s, i - 6) ? 0 : i - 9;  // (not 大老板)
  }
  if (i >= 9 && HasNameClass(Decode3(s, i - 9), kWideSurnameClass)) return 0;
  const bool familiar = (s.compare(i - 6, 3, "阿") == 0 || s.compare(i - 6, 3, "小") == 0) &&
                        (NameClassAt(s, i - 3) & kGivenNameClass) != 0;
  const bool called =
      (NameClassAt(s, i - 6) & kGivenNameClass) != 0 &&
      (CharIn<kNicknameLasts>(s.substr(i - 3, 3)) || s.compare(i - 3, 3, "嫂") == 0);
  const bool old = s.compare(i - 6, 3, "老") == 0 &&
                   !HasNameClass(Decode3(s, i - 3), kListSurnameClass) &&
                   (NameClassAt(s, i - 3) & kStopClass) == 0;
  return (familiar || called || old) && !NamesNoOneAt(s, i - 6) ? i - 6 : 0;
}

void NameBeforePersonBracket(std::string_view s, size_t i, Findings* out) {
  if (i < 6) return;
  NicknameInBracketAfterName(s, i, out);
  if (NameAgainInBracket(s, i, out)) return;
  const bool quoted = s[i - 1] == '\x9D' || s[i - 1] == '"';
  if (const char32_t c = quoted || i + 7 > s.size() ? 0 : Decode3(s, i + 1);
      c == U'即' || c == U'本' || c == U'真' || c == U'大' || c == U'原') {
    // (老板娘凤姐（即江某）, 老凉（本名沙马古哈）: since session sixty-five, before the full name
    // in the bracket is read. Its first character tested here: most brackets start none.)
    if (const size_t begin = UnquotedNicknameBeforeNaming(s, i); begin != 0) {
      AddHeuristic(begin, i, out);
    }
  }
  if (FullNameInBracket(s, i, out)) return;
  if (quoted) QuotedNameOfUnknownName(s, i, out);
  // (Its bytes tested here first: most brackets are no such name's.)
  if ((s[i - 1] == '"' || s[i - 1] == '\x9D' ||
       (i + 4 < s.size() && s[i - 6] == s[i + 1] && s[i - 5] == s[i + 2])) &&
      ShortNameBeforeFullName(s, i, out)) {
    return;
  }
  if (NicknameOfBracketName(s, i, out)) return;
  // A rendering before a name in Latin or Cyrillic letters (佐藤健太（SATO KENTA）, since session
  // forty-four; 一、库兹涅佐夫（Кузнецов Сергей…）, since session forty-three).
  if (RenderingBeforeForeignBracket(s, i, out)) return;
  size_t k = i + 1;
  bool person = false;
  if (k < s.size() && IsDigit(static_cast<unsigned char>(s[k]))) {
    while (k < s.size() && IsDigit(static_cast<unsigned char>(s[k]))) ++k;
    person = s.compare(k, 3, "岁") == 0 && k + 3 < s.size() && (s[k + 3] == ')' || s[k + 3] == ',');
  } else if (const char32_t first = Decode3(s, k); first == U'男' || first == U'女') {
    person = SexAt(s, i);
  } else if (PersonBracketWordAt(s, k)) {
    person = true;
  } else if (const size_t q = first == U'系' ? k + 3 : k;
             Decode3(s, q) == U'其' && KinBracketAt(s, q)) {
    person = true;  // 林美华（其母）, 曹慧（系其母亲） (since session forty-eight)
  } else if (IsIdeograph(first)) {
    // A person's name (or one masked, 阮某1) of two to four characters, then 之 and a kin's
    // character, or a kin noun (苑国强堂弟).
    static constexpr std::string_view kKinAfterZhi = "妻夫子女父母兄弟姐妹孙";
    for (size_t j = k + 6; j <= k + 12 && j + 6 <= s.size() && !person; j += 3) {
      if ((NameClassAt(s, j - 3) & kIdeographClass) == 0 &&
          !IsDigit(static_cast<unsigned char>(s[j - 1]))) {
        break;
      }
      size_t at = j;
      while (at < s.size() && IsDigit(static_cast<unsigned char>(s[at]))) ++at;
      if (at + 6 > s.size()) break;
      // (Most brackets hold none of these: the first character first.)
      static const CharSet* const kFirsts = [] {
        std::vector<std::string_view> firsts = {"之", "的"};
        AppendKinCharacters(&firsts);
        return new CharSet(firsts);
      }();
      if (!kFirsts->contains(Decode3(s, at))) continue;
      // (Or 的 and a kin noun or a neighbour's, a friend's: 海某的邻居; since session forty-one.)
      const bool de = at == j && Decode3(s, at) == U'的';
      if (de && (s.compare(at + 3, 6, "邻居") == 0 || s.compare(at + 3, 6, "朋友") == 0 ||
                 IsKinNoun(s.substr(at + 3, 6)))) {
        person = true;
        continue;
      }
      person = (s.compare(at, 3, "之") == 0 && CharIn<kKinAfterZhi>(s.substr(at + 3, 3))) ||
               KinWordAt(s, at) != 0 || IsKinNoun(s.substr(at, 6));
      // (The other person too, where a surname leads: 苑国强堂弟; not one masked, 阮某1之妻.)
      if (person && at == j && s.substr(k, j - k).find("某") == std::string_view::npos &&
          NameForwardFrom(s.substr(0, j), k, Surnames::kList, /*bounded=*/true) == j - k) {
        AddHeuristic(k, j, out);
      }
    }
  }
  // (The sex, or an age: where 的 may end the word before the name.)
  // (Or its word, or a minor's: 马尕西木（性别：男…）, 长子韩伊布拉欣（未成年，…）; since session
  // forty-five.)
  const bool sex_or_age =
      person && (IsDigit(static_cast<unsigned char>(s[i + 1])) || Decode3(s, i + 1) == U'男' ||
                 Decode3(s, i + 1) == U'女' || s.compare(i + 1, 6, "性别") == 0 ||
                 s.compare(i + 1, 9, "未成年") == 0);
  // A person's nation (玉香叫（傣族，…）, 朝克图（蒙古族）: since session forty-one): one to four
  // characters and 族, then a comma or the bracket's end. Or a person's home province, 籍 (王海龙
  // （四川籍货车司机，…）: since session forty-eight).
  for (size_t j = k + 3; !person && j <= k + 12 && j + 4 <= s.size(); j += 3) {
    if (const char32_t c = Decode3(s, j); c == U'族' || c == U'籍') {
      person = (c == U'籍' || s[j + 3] == ',' || s[j + 3] == ')') && IsIdeograph(Decode3(s, j - 3));
      break;
    }
  }
  // A person's home or part (刘桂兰（湖南邵阳人）, 石建平（承租人）; since session forty-three):
  // two to six ideographs, the last 人, then the bracket's end; or (since session forty-nine) a
  // home's, after a division's last character, then a comma (马尕西木（广河县人，电话…）).
  for (size_t j = k + 3; !person && j <= k + 15 && j + 4 <= s.size(); j += 3) {
    if ((NameClassAt(s, j) & kIdeographClass) == 0) break;
    person = Decode3(s, j) == U'人' &&
             (s[j + 3] == ')' || (s[j + 3] == ',' && CharIn<kDivisionEnds>(s.substr(j - 3, 3))));
  }
  if (!person) return;
  // (A familiar name of 阿 or 小 and a given name's character, where a list's join or no ideograph
  // comes before it: 和阿彬（真实姓名待查）; since session fifty-nine, red-team set X. Not the end
  // of a full name, 付阿四（男）, read below.)
  if (i >= 9 && (s.compare(i - 6, 3, "阿") == 0 || s.compare(i - 6, 3, "小") == 0) &&
      (NameClassAt(s, i - 3) & kGivenNameClass) != 0 && !NamesNoOneAt(s, i - 6) &&
      ((NameClassAt(s, i - 9) & kIdeographClass) == 0 || ListJoinAt(s, i - 9) == 3)) {
    AddHeuristic(i - 6, i, out);
    return;
  }
  // (Most such names were found already, after a role word: 违法行为人张三（男，…）.)
  for (auto c = out->candidates.rbegin(); c != out->candidates.rend() && c->end + 48 >= i; ++c) {
    if (c->end == i && c->cls == PiiClass::kPersonName) return;
  }
  size_t start = NameEndingAt(s, i, out->text_has_dot);
  if (start == kNone) start = NameAfterPersonWordBefore(s, i, /*after_de=*/sex_or_age);
  // (Or whatever is before it: 车商刘红旗（手机…）, 同村刘一鸣（12岁）, 同住人刘二妹（自称其妻…）;
  // since session forty-three.)
  if (start == kNone) start = WideSurnameNameEndingAt(s, i);
  // (Before a nickname's bracket, one of a rarer surname as well: 伙同吉亚三（绰号"阿三"）; since
  // session forty-seven, red-team set K.)
  if (start == kNone && !sex_or_age && NicknameBracketAt(s, k)) {
    start = WideSurnameNameEndingAt(s, i, Surnames::kList);
  }
  // (Or, before the sex, a name of any origin after a word for a person: 人员贡保加（男，藏族…）;
  // since session forty-four. Not after a boundary alone: ，大爷（男，…）, ，姑娘（女，…）.)
  if (start == kNone && sex_or_age) start = NameRunBefore(s, i, /*boundary_suffices=*/false);
  if (start == kNone) return;
  if (CharIn<kPersonWordEnds>(s.substr(i - 3, 3)) ||
      (NameClassAt(s, i - 3) & kNotNameEndClass) != 0 ||
      s.substr(start, i - start).find("某") != std::string_view::npos ||
      PersonNounAt(s, start, i)) {
    return;
  }
  AddNameBefore(s, start, i, out);
}

// Since session thirty-nine: 邵李氏, 党刘氏 (a red-team round's documents: an old woman named by
// her husband's surname and her father's): a surname of the lists, a common one and 氏, after a
// word's boundary or a kin word. Not 摄氏, 华氏, 姓氏: no surname before their first character.
void MarriedWomansName(std::string_view s, size_t i, Findings* out) {
  if (i < 6) return;
  // A husband's compound surname (诸葛王氏; since session forty-one): after a word's boundary or
  // a kin word.
  if (i >= 9 && HasNameClass(Decode3(s, i - 3), kCommonSurnameClass) &&
      HasNameClass(Decode3(s, i - 9), kCompoundFirstClass) &&
      IsCompoundSurname(s.substr(i - 9, 6)) &&
      (IsBoundaryBefore(s, i - 9) ||
       (i >= 12 && (CharIn<kKinEnds>(s.substr(i - 12, 3)) || s.compare(i - 12, 3, "婆") == 0 ||
                    s.compare(i - 12, 3, "母") == 0)))) {
    AddHeuristic(i - 9, i + 3, out);
    return;
  }
  // (其母党刘氏, 其老伴邵李氏; 族中长辈周刘氏 since session sixty-three, red-team set AB.)
  static constexpr std::string_view kElderWomen = "母伴婆辈";
  const char32_t husband = Decode3(s, i - 6);
  // (Or her father's surname alone after a kin word: 婆婆陆氏, 其原配王氏; since session
  // fifty-one, red-team sets E and O.)
  if (!IsSurnameChar(husband, Surnames::kList) &&
      HasNameClass(Decode3(s, i - 3), kCommonSurnameClass) &&
      (CharIn<kKinEnds>(s.substr(i - 6, 3)) || CharIn<kElderWomen>(s.substr(i - 6, 3)) ||
       husband == U'配')) {
    AddHeuristic(i - 3, i + 3, out);
    return;
  }
  if (!IsSurnameChar(husband, Surnames::kList) ||
      !HasNameClass(Decode3(s, i - 3), kCommonSurnameClass) || HasNameClass(husband, kStopClass)) {
    return;
  }
  const bool after_kin =
      i >= 9 && (CharIn<kKinEnds>(s.substr(i - 9, 3)) || CharIn<kElderWomen>(s.substr(i - 9, 3)));
  if (!after_kin && !IsBoundaryBefore(s, i - 6)) return;
  AddHeuristic(i - 6, i + 3, out);
}

bool HeadStartsWord(std::string_view name) {
  const std::string_view second = name.substr(3, 3);
  switch (Decode3(name, 0)) {
    case U'曾':
      return CharIn<kNotAfterZeng>(second);
    case U'于':
      return CharIn<kNotAfterYu>(second) || CharIn<kYuBeforeTime>(second);
    case U'向':
      return CharIn<kNotAfterXiang>(second);
    default:
      return false;
  }
}

bool NameMayEndAt(std::string_view s, size_t i) {
  return i >= 6 && (NameClassAt(s, i - 3) & kNotNameEndClass) == 0 &&
         !CharIn<kPlaceOrBodyEnds>(s.substr(i - 3, 3));
}

// Whether a given name's character ends a name at byte i, no place's or body's (李家村).
bool GivenNameMayEndAt(std::string_view s, size_t i) {
  return NameMayEndAt(s, i) && (NameClassAt(s, i - 3) & kGivenNameClass) != 0;
}

void AddNameBefore(std::string_view s, size_t start, size_t end, Findings* out) {
  if (OfficerFieldBefore(s, start)) return;
  AddHeuristic(start, end, out);
  NamesListedBefore(s, start, out);
}

// Since session forty-one (red-team set C): a name right before the label 联系电话 that starts at
// byte i (序号6刘洋联系电话…), read as before a speech word; not an officer's, nor a place's or a
// body's (李家村联系电话, 派出所联系电话). (Or before an ID's label: detectors.h.)
void NameBeforeLabel(std::string_view s, size_t i, Findings* out) {
  if (!GivenNameMayEndAt(s, i)) return;
  if (const size_t start = NameEndingAt(s, i, out->text_has_dot); start != kNone) {
    AddNameBefore(s, start, i, out);
  }
}

// Since session forty-one (red-team set D): a name before 等人 (侦办邹建平等人系列盗窃案, 张三、
// 李四等人): read as before a speech word (NameEndingAt), with the list's members before it; not
// one masked already, nor an officer's (民警王建国等人).
void NameBeforeOthers(std::string_view s, size_t i, Findings* out) {
  if (i < 6 || Decode3(s, i - 3) == U'某') return;
  size_t start = NameEndingAt(s, i, out->text_has_dot);
  // (Or after a verb: 侦办邹建平等人.)
  if (start == kNone) start = WideSurnameNameEndingAt(s, i);
  if (start != kNone && !PersonNounAt(s, start, i)) AddNameBefore(s, start, i, out);
}

// Since session fifty-six (red-team set U): a name before a join and 其 with a kin word, read as
// before 等人 (杨再兴与其女婿石某, 陈桂兰和其儿子); the join at byte i.
void NameBeforeKinJoin(std::string_view s, size_t i, Findings* out) {
  const size_t j = i + 3;  // (其)
  // (The character after 其 first: most joins before 其 join no kin, 与其他, 和其所在.)
  static const CharSet* const kKinSeconds = [] {
    std::vector<std::string_view> seconds;
    for (size_t k = kFirstKinContext; k <= kLastKinContext; ++k) {
      seconds.push_back(kBeforeName[k].substr(0, 3));  // (妻子 … 母亲; 女 of 女婿 too)
    }
    AppendKinCharacters(&seconds);
    return new CharSet(seconds);
  }();
  if (s.compare(j, 3, "其") != 0 || !kKinSeconds->contains(Decode3(s, j + 3))) return;
  const auto at_j = [&](std::string_view w) { return s.compare(j, w.size(), w) == 0; };
  const auto at_kin = [&](std::string_view w) { return s.compare(j + 3, w.size(), w) == 0; };
  const bool kin = std::any_of(kKinWords.begin(), kKinWords.end(), at_j) ||
                   AnyWordOfLists(kKinNounLists, at_kin) ||
                   std::any_of(kBeforeName.begin() + kFirstKinContext,
                               kBeforeName.begin() + kLastKinContext + 1, at_kin) ||
                   s.compare(j + 3, 6, "女婿") == 0;
  if (kin) NameBeforeOthers(s, i, out);
}

// Since session forty-one (red-team set B): a Yi or Jingpo name of four characters, a clan's name
// (kClanNames) and two more that are no stop nor 某, ending at byte `end` before 家, a join or 、
// (了解曲比阿果家黄牛被盗, 碰到沙马伍各和他堂弟): masked wherever it stands. Not a place's or a
// body's (沙马乡政府), nor a word's (阿的确是): the two characters write names by their sound. Not
// an officer's (询问人（签名）　吉克石达、).
void ClanNameBefore(std::string_view s, size_t end, Findings* out) {
  // (Their first and second characters first, one bit each: most places hold no clan's name.)
  static const std::pair<CharSet, CharSet>* const kParts = [] {
    std::vector<std::string_view> firsts;
    std::vector<std::string_view> seconds;
    for (size_t k = 0; k + 6 <= kClanNames.size(); k += 6) {
      firsts.push_back(kClanNames.substr(k, 3));
      seconds.push_back(kClanNames.substr(k + 3, 3));
    }
    return new std::pair<CharSet, CharSet>(CharSet(firsts), CharSet(seconds));
  }();
  if (end < 12 || !kParts->second.contains(Decode3(s, end - 9)) ||
      !kParts->first.contains(Decode3(s, end - 12)) || !PairIn<kClanNames>(s.substr(end - 12, 6))) {
    return;
  }
  for (size_t k = end - 6; k < end; k += 3) {
    if (!IsTransliterationChar(s.substr(k, 3)) || IsNameStop(s.substr(k, 3)) ||
        CharIn<kPlaceOrBodyEnds>(s.substr(k, 3))) {
      return;
    }
  }
  size_t b = BackOverSpaces(s, end - 12);
  if (b > 0 && s[b - 1] == ':') b = BackOverSpaces(s, b - 1);
  if (b > 0 && s[b - 1] == ')') {
    if (const size_t open = s.rfind('(', b - 1); open != std::string_view::npos && b - open <= 14) {
      b = BackOverSpaces(s, open);
    }
  }
  if (OfficerFieldEndsAt(s, b)) return;
  AddHeuristic(end - 12, end, out);
}

void NameBeforeOwnWord(std::string_view s, size_t i, Findings* out) {
  // A name of three characters before 的, two or three before 之 家 名 (张三之子, 张三家中,
  // 张三名下): the longest that the model reads whole from a word's boundary.
  if (const size_t dotted = DottedNameBackward(s, i, out->text_has_dot);
      dotted != kNone && IsBoundaryBefore(s, dotted)) {  // 古丽米拉·艾则孜的妻子
    AddHeuristic(dotted, i, out);
    NamesListedBefore(s, dotted, out);
    return;
  }
  const bool de = s.substr(i, 3) == "的";
  if (i < 6 || (NameClassAt(s, i - 3) & kGivenNameClass) == 0) return;
  for (size_t chars = 4; chars >= (de ? 3 : 2); --chars) {
    if (i < 3 * chars) continue;
    const size_t start = i - 3 * chars;
    // (Before 家, a village's or a town's name may come right before the name: 我们屯蓝桂英家,
    // 红毛镇卓玉英家的槟榔园; since session fifty-one, red-team set O.)
    if (!IsBoundaryBefore(s, start) && !(start >= 3 && s.compare(i, 3, "家") == 0 &&
                                         (CharIn<kDivisionEnds>(s.substr(start - 3, 3)) ||
                                          CharIn<kVillageEnds>(s.substr(start - 3, 3))))) {
      continue;
    }
    if (NameByModel(s.substr(0, i), start) != i) continue;
    AddHeuristic(start, i, out);
    NamesListedBefore(s, start, out);
    return;
  }
}

// Since session thirty-nine: a person named after a word of place or presence and 的 (路过的黎文光,
// 在场的王某某, 对门的武秀珍, 在旦某家做客的拉巴卓玛; two red-team rounds' documents), read as
// after a kin word: where it ends with a given name's character, or by its sound. Not 路过的车辆,
// 同村的 村民, 围观的群众: no name reads there.
// (Since session fifty-one, red-team sets B, D, F, J, N: 村里的马海木呷, 同组的三木拉, 摆摊的艾力,
// 卖菜的字绍华, 收废品的杨光荣.)
constexpr std::array<std::string_view, 31> kPresenceWords = {
    "路过", "在场", "同行", "随行", "围观", "做客", "同住", "同村", "隔壁", "邻村", "对门",
    "邻座", "同屋", "合租", "邻桌", "经过", "村里", "同组", "摆摊", "卖菜", "废品", "宿舍",
    "楼上", "楼下", "村头", "村口", "门口", "对面", "物业", "们村", "生意",
};
// (宿舍 since session fifty-six, red-team set T: 同宿舍的笪文静. From 楼上 on since session
// sixty-eight, red-team sets AA, AD, AC: 楼上的孙淑贞阿姨, 村头的赵世清, 物业的赵大哥. 们村 and
// 生意 since session seventy-one, red-team set AJ: 我们村的余细妹, 跑牛羊生意的马舍木.)
constexpr std::string_view kPresenceEnds = "过场行观客住村壁门座屋租桌里组摊菜品舍上下头口面业意";
// The last characters of the bodies whose members are named after 的 (快递站的范振东, 村卫生室的
// 厍志勇, 村委会的蓝志强; since session sixty-eight, red-team sets A, D, B, S); not a police
// unit's (警务室的, 公安局的: an officer).
constexpr std::string_view kMemberBodyEnds = "站室会";

// Since session fifty-six (red-team set U): verbs of a trade one or two characters before 的
// (卖豆腐的黄桂兰, 收废品的, 修车的, 开出租的).
constexpr std::string_view kTradeVerbs = "卖收修送开";

void NameAfterPresenceWord(std::string_view s, size_t i, Findings* out) {
  // (Not a thing's noun of 子: 开出租的车子, 路过的车子; of three, 卧室的木箱子, since session
  // sixty-eight.)
  if (Decode3(s, i + 6) == U'子' || Decode3(s, i + 9) == U'子') return;  // (0 past the end)
  // (A familiar name of 阿 after any 的: 船上烧饭的阿芬也看见了; not 的阿姨; since session
  // fifty-eight, red-team set W.)
  if (s.compare(i + 3, 3, "阿") == 0) {
    const size_t found = out->candidates.size();
    FamiliarNameAt(s, i + 3, out);
    if (out->candidates.size() != found) return;
  }
  // (At 的, among the commonest characters: the character before it first.)
  if (i >= 6 &&
      (CharIn<kTradeVerbs>(s.substr(i - 6, 3)) ||
       (i >= 9 && CharIn<kTradeVerbs>(s.substr(i - 9, 3)))) &&
      (NameClassAt(s, i - 3) & kIdeographClass) != 0) {
    RoleNameAt(s, i + 3, out, /*given_last=*/true, /*after_person_word=*/true);
    return;
  }
  // (Or a shop's name in quotation marks after the verb: 开“湖鲜土菜馆”的付大毛; since session
  // fifty-seven, red-team set V. Not 开“宝马”的车子.)
  static constexpr std::string_view kShopEnds = "馆店铺行厂坊部摊社场园屋";
  if (i >= 12 && s.compare(i - 3, 3, "”") == 0 && CharIn<kShopEnds>(s.substr(i - 6, 3))) {
    const size_t from = i >= 48 ? i - 48 : 0;
    const size_t open = s.substr(from, i - 3 - from).rfind("“");
    if (open != std::string_view::npos && from + open >= 3 &&
        CharIn<kTradeVerbs>(s.substr(from + open - 3, 3))) {
      RoleNameAt(s, i + 3, out, /*given_last=*/true, /*after_person_word=*/true);
    }
    return;
  }
  // (Or a division's last character, before a name and a bracket: 贵阳市南明区的诸葛文静（购买
  // 24瓶…）; since session fifty-seven, red-team set V.)
  if (i >= 6 && CharIn<kDivisionEnds>(s.substr(i - 3, 3))) {
    if (const size_t end = RoleNameEnd(s, i + 3);
        end > i + 3 && end < s.size() && s[end] == '(' && EndsWithGivenChar(s, end)) {
      AddHeuristic(i + 3, end, out);
    }
    return;
  }
  // (Or a building's or a floor's number: 住7栋的王秀兰, 8号楼的高志勇, 三楼的王志虎; since session
  // sixty-one, red-team sets Y and Z. Not 大楼的, 办公室的: a number first.)
  static constexpr std::string_view kBuildingEnds = "栋楼幢室";
  static constexpr std::string_view kFloorNumerals = "一二三四五六七八九十号";
  if (i >= 4 && CharIn<kBuildingEnds>(s.substr(i - 3, 3)) &&
      (IsDigit(static_cast<unsigned char>(s[i - 4])) ||
       (i >= 6 && CharIn<kFloorNumerals>(s.substr(i - 6, 3))))) {
    RoleNameAt(s, i + 3, out, /*given_last=*/true, /*after_person_word=*/true);
    return;
  }
  if (i < 6 || !CharIn<kPresenceEnds>(s.substr(i - 3, 3))) {
    if (i >= 9 && CharIn<kMemberBodyEnds>(s.substr(i - 3, 3)) && !PoliceUnitBefore(s, i)) {
      RoleNameAt(s, i + 3, out, /*given_last=*/true, /*after_person_word=*/true);
    }
    return;
  }
  const std::string_view word = s.substr(i - 6, 6);
  if (std::find(kPresenceWords.begin(), kPresenceWords.end(), word) == kPresenceWords.end()) {
    return;
  }
  RoleNameAt(s, i + 3, out, /*given_last=*/true, /*after_person_word=*/true);
}

// Private persons' occupations ending in 员, by their first two characters (仓库保管员何玉洁,
// 公司业务员曹林, 村里的调解员周德文; since session thirty-seven): as after 人员. Not officers'
// (侦查员, 接警员) nor staff acting in office (工作人员).
constexpr std::string_view kOccupationsBeforeYuan =
    "保管仓管业务售货收银营业快递外卖清洁保洁送餐理货销售推销调解管理售票安全值班防疫";
constexpr std::string_view kOccupationSeconds = "管务货银业递卖洁餐售销解理票全班疫";
// Single characters before 员 of private persons' work (雇员, 人事专员; since session forty-two).
constexpr std::string_view kOccupationsOneBeforeYuan = "雇专";
constexpr bool OccupationSecondsAreTheirs() {
  for (size_t k = 3; k < kOccupationsBeforeYuan.size(); k += 6) {
    if (kOccupationSeconds.find(kOccupationsBeforeYuan.substr(k, 3)) == std::string_view::npos) {
      return false;
    }
  }
  return true;
}
static_assert(OccupationSecondsAreTheirs());

bool PrivateStaffAt(std::string_view s, size_t at);  // (below)
void NameAfterPersonnel(std::string_view s, size_t i, Findings* out) {
  // (A colon after 人员 is a form's field: NameAfterColon reads it.)
  if (i < 9 || s.size() < i + 9 || s[i + 3] == ':') return;
  if (s.substr(i - 3, 3) != "人") {
    // (The second character first: 员 is common after others, 成员, 会员, 队员 ….)
    // (Since session forty-two, any word of 员 but an official's or an officer's: 林业员白桂芳,
    // 揽收员吴晓丹; not 审判员, 书记员, 检察员, 警员, 公务员, 调查员, 指导员 ….)
    static constexpr std::string_view kOfficialsBeforeYuan = "判记察警务审裁查法导验定勘督";
    if ((CharIn<kOccupationSeconds>(s.substr(i - 3, 3)) &&
         PairIn<kOccupationsBeforeYuan>(s.substr(i - 6, 6))) ||
        CharIn<kOccupationsOneBeforeYuan>(s.substr(i - 3, 3)) ||
        (!CharIn<kOfficialsBeforeYuan>(s.substr(i - 3, 3)) && Decode3(s, i + 3) != U'后' &&
         !OfficerFieldEndsAt(s, i + 3))) {  // (招用保安员后未按规定: 后 a time's word there)
      // (Or after 是 or 为, as after a person's noun: 防疫员是杨志军.)
      RoleNameAt(s, OverNameLink(s, i + 3), out, /*given_last=*/true);
    }
    return;
  }
  // (Or a place's 籍: 四川籍人员苟兴华, 日本国籍人员; since session forty-three.)
  if (PairIn<kPersonnelQualifiers>(s.substr(i - 9, 6)) || s.compare(i - 6, 6, "籍人") == 0 ||
      PrivateStaffAt(s, i - 9)) {
    RoleNameAt(s, i + 3, out, /*given_last=*/false, /*after_person_word=*/true);
  }
}

// (Since session seventy-one, red-team set AJ: 本地桔贩危小兵带; any character before 贩, a
// given name's last needed after it, 小贩们 and 贩卖 reading no name.)
void NameAfterDealer(std::string_view s, size_t i, Findings* out) {
  if (i < 3 || (NameClassAt(s, i - 3) & kIdeographClass) == 0) return;
  const size_t at = s.compare(i + 3, 3, "子") == 0 ? i + 6 : i + 3;
  RoleNameAt(s, at, out, /*given_last=*/true, /*after_person_word=*/true);
}

namespace {

size_t OverSpaces(std::string_view s, size_t i) {
  while (i < s.size() && IsSpaceOrTab(s[i])) ++i;
  return i;
}

// Whether the words `words` hold the one that ends at byte i.
template <size_t N>
bool WordEndsAt(std::string_view s, size_t i, const std::array<std::string_view, N>& words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
    return i >= w.size() && s.substr(i - w.size(), w.size()) == w;
  });
}

}  // namespace

// The words that announce a nickname or an alias in quotation marks right after them (外号“大金”,
// 网名为“凯哥”, 人称“阿丁”, 都叫他“二狗”, 其朋友“老鬼”; since session thirty-seven: a red-team
// round's documents leaked 29 of 30 quoted ones). Not bare 称 or 叫 (张三称“没有”, 大叫“救命”:
// speech): 叫 after a word it names with (名叫, 外号叫, 一个叫, 朋友叫). Persons' nouns: below.
constexpr std::string_view kNicknameWords =
    "外号绰号诨名诨号网名昵称花名小名乳名化名别名人称自称叫他叫她称他称她称其喊他喊她名叫号叫个叫友"
    "叫网友朋友网民"
    // (Since session forty-two, red-team set E: 苗名“保耶丢”, 藏名…“更登嘉措”, 真名“…”.)
    "苗名藏名经名真名全名本名大名原名"
    // (Since session forty-six, red-team set K: 又名"扎西", 村民称"蒙老三".)
    "又名民称"
    // (Since session fifty-three, red-team set Q: 备注叫“财务老周”.)
    "注叫"
    // (Since session fifty-seven, red-team set V: 彝名“阿依嫫”, and other peoples' names.)
    "彝名傣名壮名瑶名侗名"
    // (Since session sixty-four, red-team set AC: a musician's stage name, 艺名“韩喇叭”.)
    "艺名"
    // (Since session sixty-five, red-team sets G and I: 哈尼语名“车努”, 中文名“阿皮”. Not 习称,
    // 惯称, 登记 or 登记名, where other names or common words follow as often: 习惯称“二月二”,
    // 登记为“临时工”, 登记“已阅”, 店铺登记名“福满楼”.)
    "语名文名"
    // (Since session sixty-six, red-team set AE: 乡邻尊称“福伯”, 娘家人唤作“娥妹”.)
    "尊称唤作"
    // (Since session sixty-nine, red-team set AH: 抖音账号“陇上核桃妹娜娜”.)
    "账号";
// Persons' nouns before a nickname in quotation marks (与同伙“老黑”, 猪贩子“向老三”, 的孙子“小宝”):
// where a quotation is speech as often (其女儿“不想上学”), one of two or three characters led
// by a surname or a nickname's first character, or ending with a nickname's last.
constexpr std::string_view kNicknameNouns =
    "同伙贩子孙子孙女儿子女儿男子女子邻居同事上线下线"
    // (Since session forty-five, red-team set I: 群主“浩哥”.)
    "群主店主摊主房东工友老乡室友同学"
    // (叫我 since session fifty-three, red-team set Q: 都叫我"阿水"; read as after a noun, as
    // speech follows it as often, 妈妈叫我“快回家”. 他叫 她叫 业主 since then, set R: 管他叫“大峰”,
    // 业主“潘老师”.)
    "叫我他叫她叫业主"
    // (Since session fifty-five, red-team set T: 群里有个客服叫“小鹿”.)
    "服叫"
    // (Since session sixty, red-team set Y: 店内同事称“四哥”, 他们喊“老卢”; also 我们叫. Not 家叫
    // or 子叫: 一家叫“老街坊”的烧烤店, 铺子叫“…”.)
    "事称们喊们叫"
    // (Since session sixty-two, red-team set AA: 他们两个喊我“军伢子”, 还有一个喊“亮伢子”.)
    "喊我个喊";
// The first characters of a question's words (什么, 啥, 谁, 怎么).
constexpr std::string_view kQuestionFirsts = "什啥谁怎哪";
// Between such a word and the quotation mark (外号叫“, 网名为“, 自称是“).
constexpr std::string_view kNicknameLinks = "叫为是作";
// The last characters of those words, and the links.
constexpr std::string_view kNicknameWordEnds = "号名称他她其叫友为是作伙子女儿居事线民主东乡学我喊";
constexpr bool NicknameWordsEndInTheirSet() {
  for (const std::string_view words : {kNicknameWords, kNicknameNouns}) {
    for (size_t k = 3; k < words.size(); k += 6) {
      if (kNicknameWordEnds.find(words.substr(k, 3)) == std::string_view::npos) return false;
    }
  }
  for (size_t k = 0; k < kNicknameLinks.size(); k += 3) {
    if (kNicknameWordEnds.find(kNicknameLinks.substr(k, 3)) == std::string_view::npos) return false;
  }
  return true;
}
static_assert(NicknameWordsEndInTheirSet());
// Before 名叫, the things whose names are no person's (店名叫, 村名叫, 网店名叫).
constexpr std::string_view kNotPersonsNameBefore = "店村地品书片歌校司厂站";
// Roles and kin a quotation mark may hold after those words (自称“客服”, 自称是“孙子…”).
constexpr std::array<std::string_view, 12> kNotNicknames = {
    "客服", "领导", "老板", "警察", "民警", "警官", "法官", "律师", "快递", "孙子", "儿子", "女儿"};
// The first characters of the words after a quotation mark that name no person's nickname
// (公司 平台 机构 组织 店 网站 软件 群 系列 牌 集团 品牌 项目 基金 理财).
constexpr std::string_view kNotNicknameAfter = "公平机组店网软群系牌集品项基理";
// The longest nickname read: five characters (a longer quotation is speech or a title).
constexpr size_t kMostNicknameBytes = 5 * 3;
constexpr size_t kMostHandleBytes = 12 * 3;  // (after 昵称, 网名, 账号: NicknameInQuotes)
// The last characters of roles that end no person's handle (理赔专员, 官方客服, 群主).
constexpr std::string_view kHandleRoleEnds = "员服主长官任";

// (Red-team set V: a family's tree, 妻任翠萍, 夫鲁长生.)
void SpouseNameAt(std::string_view s, size_t i, Findings* out) {
  const size_t at = i + 3;
  const size_t end = RoleNameEnd(s, at);
  if (end <= at || end > at + 12 ||
      !(end == s.size() || s[end] == ',' || s[end] == '\n' || s[end] == '(' || s[end] == ';') ||
      !EndsWithGivenChar(s, end)) {
    return;
  }
  AddHeuristic(at, end, out);
}

// (Red-team sets A to H: 48 of 80 names of 阿 or 小 and one character were published.) Not a
// word (小时, 小区, 阿姨: their second characters are no given names'), nor a solar term (小雪,
// 小满), nor before a character that goes on a word (小龙虾, 小红书).
void FamiliarNameAt(std::string_view s, size_t at, Findings* out) {
  if (at + 9 > s.size()) return;
  const char32_t first = Decode3(s, at);
  if (first != U'阿' && first != U'小') return;
  const char32_t second = Decode3(s, at + 3);
  // (And kNotNicknameSeconds, below.)
  static constexpr std::string_view kNotSeconds = "雪满寒暑型伙于";
  // (Or 小 and a surname, as a younger colleague or friend is called: 朋友小欧的车, 另一个叫小仝，;
  // since session fifty-three, red-team sets Q and R.)
  if (!(HasNameClass(second, kGivenNameClass) ||
        (first == U'小' && HasNameClass(second, kWideSurnameClass) &&
         (NameClassAt(s, at + 3) & kStopClass) == 0)) ||
      CharIn<kNotSeconds>(s.substr(at + 3, 3)) ||
      // (Nor the words of 阿 and 小 the other readings keep, 叫她阿姨，: since session fifty-four,
      // where the list above lost the characters this one has.)
      NamesNoOneAt(s, at)) {
    return;
  }
  const size_t end = at + 6;
  const char c = s[end];
  static constexpr std::string_view kAfterFamiliar =
      "。、”也就都又还已在说称讲用把被给和跟与的家哥姐开去来先是不没让叫拿打从他她你我对向问带到平"
      "刚正才便这那今昨当早晚每"
      // (等 since session fifty-eight, red-team set W: 表弟小刚等.)
      "等"
      // (随 since session forty-seven, red-team set K: 小诺随母迁入. 嘅, Cantonese's 的, since
      // session fifty-six, set T: 一个叫阿彬嘅后生仔. 陪 since session sixty-four, set AC:
      // 其外孙女小琴陪同. 上 since session sixty-eight, set AG: 服务员小丽上前拉架.)
      "随嘅陪上";
  // (Or an ASCII quotation mark's end, as ” is: 找"阿杰"借钱; since session forty-seven.)
  if (c != ',' && c != ';' && c != ':' && c != '!' && c != '?' && c != ')' &&
      !(c == '"' && at > 0 && s[at - 1] == '"') && !CharIn<kAfterFamiliar>(s.substr(end, 3))) {
    return;
  }
  // (Not the given name of a name found before: masked as that person, 邱小平 … 小平你别走.)
  if (MentionedNameAt(s, at, *out)) return;
  AddHeuristic(at, end, out);
}

// The quotation mark that opens at byte i (“, ‘, or an ASCII " since session forty-six, as typed
// text has them: 绰号"覃老幺"; red-team set K): the mark, and the one that closes it.
struct QuoteMarks {
  std::string_view opening;
  std::string_view closing;
};
QuoteMarks QuoteMarksAt(std::string_view s, size_t i) {
  if (s[i] == '"') return {"\"", "\""};
  if (s.compare(i, 3, "「") == 0) return {"「", "」"};  // (since session forty-eight)
  return s.compare(i, 3, "‘") == 0 ? QuoteMarks{"‘", "’"} : QuoteMarks{"“", "”"};
}

// The end of up to four ideographs from byte `begin`, none 某 (a quoted nickname's).
size_t UnmaskedIdeographsEnd(std::string_view s, size_t begin) {
  size_t end = begin;
  while (end < begin + 12 && (NameClassAt(s, end) & kIdeographClass) != 0 &&
         s.compare(end, 3, "某") != 0) {
    end += 3;
  }
  return end;
}

// Whether the last name read ends at byte `end` (a quoted nickname's person: 称周德胜为"老周").
bool NameReadEndsAt(const Findings& out, size_t end) {
  return !out.candidates.empty() && out.candidates.back().end == end &&
         out.candidates.back().cls == PiiClass::kPersonName;
}

bool NicknameShaped(std::string_view s, size_t begin, size_t end,
                    uint16_t surnames = kWideSurnameClass);  // (below)

// A familiar name in quotation marks that is a bracket's whole content after a word (钱某（"钱
// 阿姨"）, 潘某（“小潘”）; since session forty-six, red-team set K): two to four ideographs, led by
// 阿 小 老 or ending as a nickname, an elder's word or 婆 does, no 某 among them. Since session
// sixty-six (red-team set AE), after a person's name masked or read, any nickname's shape
// (NicknameShaped: 柴某（“柴胖子”）), not a shop's.
void FamiliarNameInBracket(std::string_view s, size_t i, Findings* out) {
  const auto [opening, closing] = QuoteMarksAt(s, i);
  const size_t begin = i + opening.size();
  const size_t end = UnmaskedIdeographsEnd(s, begin);
  if (end < begin + 6 || s.compare(end, closing.size(), closing) != 0 ||
      end + closing.size() >= s.size() || s[end + closing.size()] != ')') {
    return;
  }
  const bool familiar = CharIn<kFamiliarFirsts>(s.substr(begin, 3)) ||
                        CharIn<kNicknameLasts>(s.substr(end - 3, 3)) ||
                        CharIn<kElders>(s.substr(end - 3, 3)) || s.compare(end - 3, 3, "婆") == 0;
  // (Of the third list's surnames too; not a shop's or a body's name, 王某（“王记面馆”）.)
  if (!familiar &&
      !((MaskedNameEndsAt(s, i - 1) || NameReadEndsAt(*out, i - 1)) && NameMayEndAt(s, end) &&
        NicknameShaped(s, begin, end, kWideSurnameClass | kListSurnameClass))) {
    return;
  }
  AddHeuristic(begin, end, out);
}

// Whether [begin, end) is a child's doubled name, a character that is no stop twice (朵朵, 悦悦,
// 涵涵; since session forty-six, red-team set K); not a doubled word (明明, 天天, 刚刚).
bool DoubledGivenName(std::string_view s, size_t begin, size_t end) {
  // (谢 嗯 对 是 行 拜 since session sixty-six: 谢谢姐, 嗯嗯哥, 拜拜.)
  static constexpr std::string_view kDoubledWords = "明天好刚常渐人往偏快哈呵嘿谢嗯对是行拜";
  const uint16_t c = NameClassAt(s, begin);
  // (Within the text: a quotation's start may be its end, 称：“; since session seventy-one.)
  return end == begin + 6 && end <= s.size() && s.compare(begin, 3, s.substr(begin + 3, 3)) == 0 &&
         (c & kIdeographClass) != 0 && (c & kStopClass) == 0 &&
         !CharIn<kDoubledWords>(s.substr(begin, 3));
}

// Since session fifty-eight (red-team set W): whether a child's doubled given name starts at
// byte `at` after a kin word (我女儿婷婷先看看, 他孙女悦悦): of a given name's character (not
// 表弟"偷偷拿的"), and not tripled.
bool DoubledGivenNameAfterKin(std::string_view s, size_t at) {
  return at + 6 <= s.size() && (NameClassAt(s, at) & kGivenNameClass) != 0 &&
         DoubledGivenName(s, at, at + 6) && s.compare(at + 6, 3, s.substr(at, 3)) != 0;
}

// Since session fifty-five (red-team set T): a name of two to four ideographs in the quotation
// marks that open at byte i, which the words after them call a name (其在澳门使用的“马文邦”一名
// 系其曾用名, “阿强”这个名字): no word before them says so.
void NameCalledANameAfter(std::string_view s, size_t i, Findings* out) {
  if (s.compare(i, 3, "“") != 0) return;
  const size_t begin = i + 3;
  size_t close = begin;
  while (close < begin + 12 && (NameClassAt(s, close) & kIdeographClass) != 0) close += 3;
  if (close < begin + 6 || s.compare(close, 3, "”") != 0) return;
  const size_t after = close + 3;
  if (s.compare(after, 6, "一名") != 0 && s.compare(after, 12, "这个名字") != 0) return;
  if (s.substr(begin, close - begin).find("某") != std::string_view::npos) return;
  AddHeuristic(begin, close, out);
}

// The end of a dotted name at byte `at`, else of a name of any surname's list as after a role
// word (RoleNameEnd) that ends with a given name's character (not 林场被盗伐案, 石材厂被盗案),
// or 0.
size_t DottedOrListedNameEnd(std::string_view s, size_t at, bool text_has_dot) {
  if (const size_t dotted = DottedNameForward(s, at, text_has_dot); dotted > 0) return at + dotted;
  const size_t end = RoleNameEnd(s, at, Surnames::kList);
  return end != 0 && EndsWithGivenChar(s, end) ? end : 0;
}

constexpr std::string_view kAliasLinks = "系即为";
// Since session fifty-eight (red-team set W): the name a quoted nickname whose closing mark
// is at byte i is said to be (“阿海”系郑芳芳，“老孔”即孔令海，), up to a comma, a stop, a
// semicolon, a list's 、, a bracket or the line's end. (Read at the closing mark, not the
// opening one: a name found ahead of the scan hides the mentions before it, NameMentions.)
// (Or 为, and 经查 or a bracket before the word: “谭某”经查为谭春林，“李某”为李素珍，,
// “阿某”（经查为谢振彬，; since session sixty-three, red-team set AB.)
void NameAfterQuotedAlias(std::string_view s, size_t i, Findings* out, bool ascii) {
  // (An ASCII mark only where it closes a word of two to four ideographs: not an opening one,
  // whose nickname may start with a link's character, 叫"为民"; since session seventy-two.)
  if (ascii && QuotedWordBefore(s, i, /*ascii=*/true) == kNone) return;
  const size_t after = i + (ascii ? 1 : 3);  // (after the closing mark)
  // (Or a full name of the nickname's surname right after it: 还有“小马”马俊峰，; since session
  // sixty-three, red-team set AA. Or of a surname after 老 or 小 anywhere in the nickname:
  // “小胡老师”胡晓蕾, “瓜片老李”李德胜; since session sixty-seven, red-team set AF.)
  if (HasNameClass(Decode3(s, after), kListSurnameClass)) {
    if (const size_t open = QuotedWordBefore(s, i, ascii); open != kNone) {
      for (size_t k = open; k + 6 <= i; k += 3) {
        if (CharIn<kFamiliarFirsts>(s.substr(k, 3)) && s.compare(k + 3, 3, s, after, 3) == 0) {
          if (FullNameOfSurnameAt(s, after, Decode3(s, after), out)) return;
          break;
        }
      }
    }
  }
  size_t k = after;
  // (Or a comma: 微信昵称"肥仔"，系吴德明，男; since session seventy-two, red-team set AK.)
  if (k < s.size() && (s[k] == '(' || s[k] == ',')) ++k;
  if (s.compare(k, 6, "经查") == 0) k += 6;
  if (!CharIn<kAliasLinks>(s.substr(k, 3)) || i < 6 ||
      (NameClassAt(s, i - 3) & kIdeographClass) == 0) {
    return;
  }
  const size_t at = k + 3;
  const size_t end = DottedOrListedNameEnd(s, at, out->text_has_dot);
  if (end == 0 || s.compare(at + 3, 3, "某") == 0 ||
      !(end == s.size() || s[end] == ',' || s[end] == ';' || s[end] == '(' || s[end] == '\n' ||
        s.compare(end, 3, "。") == 0 || s.compare(end, 3, "、") == 0)) {
    return;
  }
  // (And the nickname, two to four ideographs shaped as one, where the scan did not read it:
  // 私聊对象“坤哥”经查为曾坤林; since session sixty-six, red-team set AE. Not 老 or 小 and a
  // surname, which the policy keeps (“老孔”系孔令海), nor a word for persons (“江边人”).)
  if (const size_t open = QuotedWordBefore(s, i, ascii);
      open != kNone && !NameReadEndsAt(*out, i) && NicknameShaped(s, open, i) &&
      NameMayEndAt(s, i) &&
      !(i == open + 6 && (s.compare(open, 3, "老") == 0 || s.compare(open, 3, "小") == 0) &&
        HasNameClass(Decode3(s, open + 3), kWideSurnameClass))) {
    AddHeuristic(open, i, out);
  }
  AddHeuristic(at, end, out);
}

// The display name (two to four ideographs, none 某) and the name after its dash (one dash or
// two, folded to '-'), of any surname's list, that ends with a given name's character before a
// comma, a bracket or the line's end; the display name too where it is shaped as a nickname or
// shares a character with the name's given name (浩子—张浩, 爱莲—王爱莲).
void NameAfterDisplayNameDash(std::string_view s, size_t at, Findings* out) {
  size_t dash = at;
  while (dash < at + 12 && (NameClassAt(s, dash) & kIdeographClass) != 0 &&
         s.compare(dash, 3, "某") != 0) {
    dash += 3;
  }
  if (dash < at + 6 || dash >= s.size() || s[dash] != '-') return;
  const size_t name = dash + 1 < s.size() && s[dash + 1] == '-' ? dash + 2 : dash + 1;
  const size_t end = DottedOrListedNameEnd(s, name, out->text_has_dot);
  if (end == 0 || !(end == s.size() || s[end] == ',' || s[end] == '(' || s[end] == '\n')) return;
  bool shares = false;
  for (size_t k = at; k < dash && !shares; k += 3) {
    shares = s.substr(name + 3, end - name - 3).find(s.substr(k, 3)) != std::string_view::npos;
  }
  if ((shares || NicknameShaped(s, at, dash)) && !NameReadEndsAt(*out, dash)) {
    AddHeuristic(at, dash, out);
  }
  AddHeuristic(name, end, out);
}

// Since session fifty-eight (red-team sets V and W): a familiar name that ends a quoted handle
// after a dash or a dot, the closing mark at byte i (微信昵称“瓷韵阁-阿杰”, “仁怀老酒坊·阿芬”).
void FamiliarNameEndingHandle(std::string_view s, size_t i, Findings* out) {
  if (i >= 8 && s.compare(i - 6, 3, "阿") == 0 &&
      (s[i - 7] == '-' || (s[i - 8] == '\xC2' && s[i - 7] == '\xB7'))) {
    FamiliarNameAt(s, i - 6, out);
  }
}

// Since session sixty-three (red-team set AA): a full name in quotation marks as a signature,
// the opening mark at byte i, after 签名 or 签字, or 签的是, with 为, 是 or a colon between or
// not (经手人一栏签的是“孟凡超”, 签名为“何建军”): a name of the lists that fills the marks. Not an
// officer's (民警签名“王磊”, 询问人签字).
void SignedNameInQuotes(std::string_view s, size_t i, Findings* out) {
  size_t j = i;
  if (j >= 1 && s[j - 1] == ':') {
    --j;
  } else if (j >= 3 && (s.compare(j - 3, 3, "为") == 0 || s.compare(j - 3, 3, "是") == 0)) {
    j -= 3;
  }
  if (j < 6) return;
  const size_t word = j - 6;
  if (s.compare(word, 6, "签名") != 0 && s.compare(word, 6, "签字") != 0 &&
      (s.compare(word, 6, "签的") != 0 || s.compare(j, 3, "是") != 0)) {
    return;
  }
  // (The officers' fields of the records, right before or before 一栏: 民警签名, 询问人一栏签字.)
  if (OfficerFieldBefore(s, word) ||
      (word >= 6 && s.compare(word - 6, 6, "一栏") == 0 && OfficerFieldBefore(s, word - 6))) {
    return;
  }
  const size_t begin = i + 3;
  const size_t close = s.substr(0, begin + 18).find("”", begin);
  if (close == std::string_view::npos || close < begin + 6) return;
  if (DottedOrListedNameEnd(s, begin, out->text_has_dot) == close) AddHeuristic(begin, close, out);
}

// Whether the quoted word s[begin, end) is shaped as a nickname: led by a surname of `surnames`
// or a nickname's first character (老周, 小宝), or ending as one does (强哥, 胖嫂, 军伢子), or a
// doubled given name (豆豆).
bool NicknameShaped(std::string_view s, size_t begin, size_t end, uint16_t surnames) {
  return HasNameClass(Decode3(s, begin), surnames) || CharIn<kNicknameFirsts>(s.substr(begin, 3)) ||
         CharIn<kNicknameLasts>(s.substr(end - 3, 3)) || s.compare(end - 3, 3, "嫂") == 0 ||
         DoubledGivenName(s, begin, end) ||
         (end >= begin + 6 && s.compare(end - 6, 6, "伢子") == 0);
}

// Since session sixty-four (red-team set AC): a nickname in quotation marks at byte i that a
// person masked or read already is called (村里人都喊汤某“汤娭毑”, 称周德胜为"老周"或"周老板"):
// 喊 or 叫, or 称 with 为 after the name (a surname, 某 and a number or none, or a name read; not
// speech, 他称王某“没有…”),
// then two to four ideographs, none 某, led by a surname or a nickname's first character (not
// 叫张某“快走”), and the later ones after 或 or 、. Whether it read one.
bool NicknameOfCalledName(std::string_view s, size_t i, Findings* out) {
  const bool wei = i >= 3 && s.compare(i - 3, 3, "为") == 0;
  const size_t name_end = wei ? i - 3 : i;
  size_t k = name_end;  // (the verb's end)
  if (NameReadEndsAt(*out, name_end)) {
    k = out->candidates.back().begin;  // (a name read: 称周德胜为"老周")
  } else {
    while (k > 0 && IsDigit(static_cast<unsigned char>(s[k - 1]))) --k;
    if (k < 6 || s.compare(k - 3, 3, "某") != 0 ||
        !HasNameClass(Decode3(s, k - 6), kListSurnameClass)) {
      return false;
    }
    k -= 6;
  }
  static constexpr std::string_view kCallingVerbs = "喊叫";
  if (k < 3 ||
      !(CharIn<kCallingVerbs>(s.substr(k - 3, 3)) || (wei && s.compare(k - 3, 3, "称") == 0))) {
    return false;
  }
  bool read = false;
  for (size_t at = i; at < s.size();) {
    const auto [opening, closing] = QuoteMarksAt(s, at);
    if (s.compare(at, opening.size(), opening) != 0) break;
    const size_t begin = at + opening.size();
    const size_t end = UnmaskedIdeographsEnd(s, begin);
    if (end < begin + 6 || s.compare(end, closing.size(), closing) != 0 ||
        !NicknameShaped(s, begin, end)) {
      break;
    }
    AddHeuristic(begin, end, out);
    read = true;
    at = end + closing.size();
    if (s.compare(at, 3, "或") != 0 && s.compare(at, 3, "、") != 0) break;
    at += 3;
  }
  return read;
}

void NicknameInQuotes(std::string_view s, size_t i, Findings* out) {
  if (s.compare(i, 3, "“") == 0) SignedNameInQuotes(s, i, out);
  if (i >= 4 && s[i - 1] == '(' && static_cast<unsigned char>(s[i - 2]) >= 0x80) {
    FamiliarNameInBracket(s, i, out);
    return;
  }
  if (NicknameOfCalledName(s, i, out)) return;
  // (Most quotation marks follow no such word: the last character first.)
  if (i < 6 || !CharIn<kNicknameWordEnds>(s.substr(i - 3, 3))) {
    // (A list's member after a name masked or read: 李某、何某、“胖嫂”等人, 邻居刘某、“老耿”
    // 拉开; since session sixty-four, red-team set AC.) Two to four ideographs, no person's
    // noun nor a mask, led as a nickname is (a surname, 老, 小, 阿 …) or ending as one does
    // (…哥, …嫂); not a role (“民警”), nor what a word after it names.
    if (i >= 6 && s.compare(i - 3, 3, "、") == 0 &&
        (MaskedNameEndsAt(s, i - 3) || NameReadEndsAt(*out, i - 3))) {
      const auto [opening, closing] = QuoteMarksAt(s, i);
      const size_t begin = i + opening.size();
      const size_t end = UnmaskedIdeographsEnd(s, begin);
      const std::string_view word = s.substr(begin, end - begin);
      // (Nor a boat's, a shop's or a group's name: 赵一鸣、“三峡之星”号.)
      const std::string_view after = s.substr(std::min(s.size(), end + closing.size()), 3);
      if (end >= begin + 6 && s.compare(end, closing.size(), closing) == 0 &&
          !CharIn<kNotNicknameAfter>(after) && after != "号" && NicknameShaped(s, begin, end) &&
          std::find(kNotNicknames.begin(), kNotNicknames.end(), word) == kNotNicknames.end() &&
          !(word.size() == 6 && PairIn<kNotVocatives>(word)) && !PersonNounAt(s, begin, end) &&
          !IsKinNoun(word)) {
        AddHeuristic(begin, end, out);
        return;
      }
    }
    NameCalledANameAfter(s, i, out);
    return;
  }
  size_t word_end = i;
  if (CharIn<kNicknameLinks>(s.substr(i - 3, 3)) && !PairIn<kNicknameWords>(s.substr(i - 6, 6)) &&
      !PairIn<kNicknameNouns>(s.substr(i - 6, 6))) {
    word_end = i - 3;
  }
  // (Or 称 after a noun for persons, read as after such a noun: 同学称"悦悦"; since session
  // forty-six, red-team set K.)
  // (Or 称 after a bracket's first one to three characters: 顾某（公司称"小顾"）; since session
  // forty-seven, red-team set K.)
  auto bracket_word = [&] {
    for (size_t chars = 1; chars <= 3 && i >= 4 + 3 * chars; ++chars) {
      if (s[i - 4 - 3 * chars] == '(') return true;
    }
    return false;
  };
  // (管他叫 names whatever follows: 关某管他叫“萨沙”; since session fifty-five, red-team set T.)
  // (Or 都 before 叫我 or 喊我, read as 叫他: 队里人都叫我“师头”, 庄上人都喊我“顾二丫头”; since
  // session seventy, red-team set AI.)
  const bool called_so =
      i >= 9 && ((s.compare(i - 9, 3, "管") == 0 &&
                  (s.compare(i - 6, 6, "他叫") == 0 || s.compare(i - 6, 6, "她叫") == 0)) ||
                 (s.compare(i - 9, 3, "都") == 0 &&
                  (s.compare(i - 6, 6, "叫我") == 0 || s.compare(i - 6, 6, "喊我") == 0)));
  const bool noun = !called_so && word_end == i &&
                    (PairIn<kNicknameNouns>(s.substr(i - 6, 6)) ||
                     (s.compare(i - 3, 3, "称") == 0 &&
                      (PersonNounEndsAt(s, i - 3) ||
                       (!PairIn<kNicknameWords>(s.substr(i - 6, 6)) && bracket_word()))));
  if (!noun && !called_so && (word_end < 6 || !PairIn<kNicknameWords>(s.substr(word_end - 6, 6)))) {
    return;
  }
  // (In single quotation marks too, as a quotation inside speech writes it: 喊他‘刚子’; and in
  // ASCII ones: QuoteMarksAt.)
  const auto [opening, closing] = QuoteMarksAt(s, i);
  const size_t begin = i + opening.size();
  // (After 昵称, 网名 or 账号, an online handle: up to twelve characters, a dash or a middle dot
  // among them, 微信昵称“黑土地木耳哥”, 网名“太舞雪票-杰哥”; since session sixty-nine, red-team
  // set AH.)
  const bool handle =
      word_end == i && (s.compare(i - 6, 6, "昵称") == 0 || s.compare(i - 6, 6, "网名") == 0 ||
                        s.compare(i - 6, 6, "账号") == 0);
  const size_t most = handle ? kMostHandleBytes : kMostNicknameBytes;
  const size_t close = s.substr(0, begin + most + 3).find(closing, begin);
  if (close == std::string_view::npos || close == begin) return;
  // (Not a body's account nor a role's, 公司账号“福满楼餐饮有限公司”, 昵称“医保局覃主任”,
  // 昵称“韵达理赔专员”: a body's character in it, or a role's last at its end.)
  if (handle && close > begin + kMostNicknameBytes) {
    for (size_t k = begin; k < close;) {
      char32_t cp;
      const size_t len = DecodeUtf8(s, k, &cp);
      if (len == 3 && CharIn<kPlaceOrBodyEnds>(s.substr(k, 3))) return;
      k += len;
    }
    if (CharIn<kHandleRoleEnds>(s.substr(close - 3, 3))) return;
  }
  // (Or, after a noun, a nickname that ends in 伢子, Hunan's for a boy: 喊我“军伢子”; since
  // session sixty-two.)
  // (A surname of the third list too in a bracket after a name: 古某（工人称"古生"）; since
  // session sixty-four, red-team set AB.)
  const uint16_t surnames =
      bracket_word() ? kWideSurnameClass | kListSurnameClass : kWideSurnameClass;
  if (noun &&
      (close < begin + 6 || close > begin + 9 || !NicknameShaped(s, begin, close, surnames))) {
    return;
  }
  // (Nor a question's word after 管他叫: 管他叫“什么”.)
  if (called_so && CharIn<kQuestionFirsts>(s.substr(begin, 3))) return;
  // Not a shop's or a place's name (店名叫“阿卜杜馕坑”).
  if (i >= 9 && s.substr(i - 6, 3) == "名" && CharIn<kNotPersonsNameBefore>(s.substr(i - 9, 3))) {
    return;
  }
  // Not a company's, a product's or a scheme's name (自称“福寿康养”的公司, “福寿康养”系列案).
  const size_t close_end = close + closing.size();
  const size_t after = close_end + (s.substr(close_end, 3) == "的" ? 3 : 0);
  // (But a person's word may follow: 网名“追风少年”的网友; since session forty-one.)
  if (CharIn<kNotNicknameAfter>(s.substr(after, 3)) && s.compare(after, 6, "网友") != 0 &&
      s.compare(after, 6, "网民") != 0) {
    return;
  }
  // Nor a role (自称“客服”, 冒充“民警”), nor a kin word with a name after it (自称是“孙子满浩”:
  // the name is read there).
  auto role_at = [&](size_t from, size_t end) {
    const std::string_view word = s.substr(from, end - from);
    return std::find(kNotNicknames.begin(), kNotNicknames.end(), word) != kNotNicknames.end() ||
           PersonNounAt(s, from, end);
  };
  if (role_at(begin, close) || (close - begin > 6 && role_at(begin, begin + 6))) return;
  // Ideographs, letters and digits only, led by one of the first two (老K, 阿斌, K哥; not 2号, nor
  // a quoted word with punctuation).
  auto plain = [&](size_t from, size_t to) {
    for (size_t k = from; k < to;) {
      size_t len = 1;
      if (handle && k != from && (s[k] == '-' || s.compare(k, 2, "\xC2\xB7") == 0)) {
        k += s[k] == '-' ? 1 : 2;
        continue;
      }
      if (!IsAlpha(static_cast<unsigned char>(s[k])) && !IsIdeographAt(s, k, &len) &&
          (k == from || !IsDigit(static_cast<unsigned char>(s[k])))) {
        return false;
      }
      k += len;
    }
    return true;
  };
  if (!plain(begin, close)) return;
  // (Not a name masked already, whose number stays: 叫他“朝某2”或“老朝”; since session fifty.)
  auto masked = [&](size_t from, size_t to) {
    size_t k = s.substr(0, to).find("某", from);
    if (k == std::string_view::npos) return false;
    for (k += 3; k < to && IsDigit(static_cast<unsigned char>(s[k]));) ++k;
    return k == to;
  };
  // (A handle's name after its last dash or middle dot alone, where a shop's or a platform's
  // name comes before it: 安心借-王经理, 婷婷优选-小美, 仁怀老酒坊·阿芬.)
  size_t from = begin;
  if (handle) {
    const std::string_view text = s.substr(begin, close - begin);
    const size_t dash = text.rfind('-');
    const size_t dot = text.rfind("\xC2\xB7");
    const size_t after =
        dash != std::string_view::npos && (dot == std::string_view::npos || dash > dot) ? dash + 1
        : dot != std::string_view::npos                                                 ? dot + 2
                                                                                        : 0;
    if (after >= 7 && text.size() - after >= 6 && text.size() - after <= 9) from = begin + after;
  }
  if (!masked(from, close)) AddHeuristic(from, close, out);
  // Since session forty-five (red-team set I): more nicknames in quotation marks right after,
  // or after 、 (绰号“阿发”“发牯”, 外号“大刘”、“刘二”); or after 或 (叫他“朝某2”或“老朝”; since
  // session fifty, red-team sets D, L, M).
  for (size_t next = close_end;;) {
    if (s.compare(next, 3, "、") == 0 || s.compare(next, 3, "或") == 0) next += 3;
    if (s.compare(next, opening.size(), opening) != 0) break;
    const size_t from = next + opening.size();
    const size_t to = s.substr(0, from + kMostNicknameBytes + 3).find(closing, from);
    // (Not a placeholder's or a negation's word: 外号“大刘”“不知道”.)
    if (to == std::string_view::npos || to == from || role_at(from, to) || !plain(from, to) ||
        CharIn<kPlaceholderFirsts>(s.substr(from, 3))) {
      break;
    }
    if (!masked(from, to)) AddHeuristic(from, to, out);
    next = to + closing.size();
  }
}

// Since session forty-one (red-team set D): a child's or a person's short name written bare
// after 小名 or 乳名 (or, since session sixty-nine, red-team set AH, 绰号 外号 诨号 网名 诨名 艺名)
// at byte i (乳名轩轩。, （小名浩浩，10岁）, 小名叫豆豆，), with 叫, 为, 是 or a colon between them
// or not: two to four ideographs up to a comma, a semicolon, 。, 、, a bracket's end, a line's end
// or the text's; not a placeholder (不详, 无), nor a mask.
constexpr std::string_view kNameWordSeconds = "字声气称义单下片额誉贵人牌次列堂望分";
void BareNicknameAfter(std::string_view s, size_t i, Findings* out, bool after_de) {
  size_t at = i;
  if (CharIn<kNicknameLinks>(s.substr(at, 3))) at += 3;
  if (at < s.size() && s[at] == ':') ++at;
  // (Nor a word of 名: 小名字, 从小名声, 小名气, 大小名称.)
  if (CharIn<kPlaceholderFirsts>(s.substr(at, 3)) ||
      (at == i && CharIn<kNameWordSeconds>(s.substr(at, 3)))) {
    return;
  }
  // The word starts a clause or a bracket, or follows 其, 的 or 之 (not 喊他小名才会答应,
  // 所取乳名登记).
  if (i >= 7) {
    const char before = s[i - 7];
    const std::string_view word_before = i >= 9 ? s.substr(i - 9, 3) : std::string_view();
    if (before != ',' && before != '(' && before != ';' && before != '\n' && before != ' ' &&
        word_before != "其" && (word_before != "的" || !after_de) && word_before != "之" &&
        word_before != "。") {
      return;
    }
  }
  size_t end = at;
  while (end < at + 12 && (NameClassAt(s, end) & kIdeographClass) != 0) {
    if (s.compare(end, 3, "某") == 0 || (NameClassAt(s, end) & kStopInNameClass) != 0) return;
    end += 3;
  }
  if (end < at + 6) return;
  if (end < s.size() && s[end] != ',' && s[end] != ';' && s[end] != ')' && s[end] != '\n' &&
      s.compare(end, 3, "。") != 0 && s.compare(end, 3, "、") != 0) {
    return;
  }
  AddHeuristic(at, end, out);
}

namespace {

// Whether two given names' characters stand at byte `at`, neither a stop, that write no word
// (建军, 晓静; not the words IsWordNotName knows): a given name called or named alone.
bool GivenNamePairAt(std::string_view s, size_t at) {
  const uint16_t first = NameClassAt(s, at);
  const uint16_t second = NameClassAt(s, at + 3);
  return (first & second & kGivenNameClass) != 0 && ((first | second) & kStopClass) == 0 &&
         !IsWordNotName(s.substr(at, 6));
}

// The same, the two characters different (not 明明, 天天: DoubledGivenName reads those).
bool DistinctGivenNamePairAt(std::string_view s, size_t at) {
  return GivenNamePairAt(s, at) && s.compare(at, 3, s.substr(at + 3, 3)) != 0;
}

}  // namespace

void GivenNameAfterCalling(std::string_view s, size_t i, Findings* out) {
  if (i < 12 || (s.compare(i - 9, 3, "他") != 0 && s.compare(i - 9, 3, "她") != 0) ||
      (s.compare(i - 12, 3, "喊") != 0 && s.compare(i - 12, 3, "叫") != 0)) {
    return;
  }
  if (!GivenNamePairAt(s, i - 6) || PairIn<kNotVocatives>(s.substr(i - 6, 6))) return;
  AddHeuristic(i - 6, i, out);
}

// The words for elders and siblings after a given name called out (保田哥, 国平伯).
constexpr std::string_view kCalledKinEnds = "哥姐叔伯婶嫂姨";
// The last character before a quotation mark where speech follows (问“…, 喊“…, 一声“…, ：“…).
constexpr std::string_view kSpeechBeforeQuote = "问喊说叫道声嚷骂吼催劝";

// Names called out at the start of quoted speech: “建伟，弄啥呢？”, 提醒我：“晓静，这种事…”,
// 连声问“思琪、思远，你们没事吧” (since session forty). A given name of two characters of given
// names, or a name the model reads (surname and given name), each followed by 、 or by the
// clause's end (，！？); the quotation must follow a speech word or a colon. (Since session
// sixty-four, red-team set AC: a given name before an elder's or a sibling's word, “保田哥，…,
// 喊"国平伯，…; and after an ASCII quotation mark.)
void NamesCalledInQuotes(std::string_view s, size_t i, Findings* out) {
  const bool ascii = i < s.size() && s[i] == '"';
  if (i < 3 || (!ascii && s.compare(i, 3, "“") != 0)) return;
  if (s[i - 1] != ':' && !CharIn<kSpeechBeforeQuote>(s.substr(i - 3, 3))) return;
  auto vocative_end = [&](size_t at) -> size_t {
    size_t end = NameByModel(s, at);
    if (end == 0) {
      if (!GivenNamePairAt(s, at)) return 0;
      end = at + 6;
    }
    if (end != at + 6 && end != at + 9) return 0;
    for (size_t k = 0; k + 6 <= kNotVocatives.size(); k += 6) {
      if (s.compare(at, 6, kNotVocatives.substr(k, 6)) == 0) return 0;
    }
    const size_t mark = end == at + 6 && CharIn<kCalledKinEnds>(s.substr(end, 3)) ? end + 3 : end;
    const char c = mark < s.size() ? s[mark] : '\0';
    return c == ',' || c == '!' || c == '?' || s.compare(mark, 3, "、") == 0 ? end : 0;
  };
  size_t found[4];
  size_t count = 0;
  size_t at = i + (ascii ? 1 : 3);
  while (count < 4) {
    const size_t end = vocative_end(at);
    if (end == 0 && count == 0) {
      // (Or, after a colon, the speech's subject: a given name of two different given names'
      // characters, a doubled one or a name of two by its sound led by such a name's first,
      // before what follows a given name alone or 平 从 手 (平时, 从小, 手里): 陈述：“轩轩平时挺
      // 老实的, 说：“次仁说这样…; since session seventy-one, red-team sets E, G, AF.)
      if (static constexpr std::string_view kSubjectGoesOn = "平从手";
          !ascii && s[i - 1] == ':' && !PairIn<kNotVocatives>(s.substr(at, 6)) &&
          !StartsWith(s, at + 3, "天") &&  // (nor a day's word: 明天我就去)
          (DistinctGivenNamePairAt(s, at) || DoubledGivenName(s, at, at + 6) ||
           (SoundNameFirstSet().contains(Decode3(s, at)) &&
            SoundNameEnd(s, at, /*after_person_word=*/true) == at + 6)) &&
          (CharIn<kAfterGivenName>(s.substr(at + 6, 3)) ||
           CharIn<kSubjectGoesOn>(s.substr(at + 6, 3))) &&
          !IsKinNoun(s.substr(at, 6)) && !PersonNounAt(s, at, at + 6)) {  // (not 爸爸打妈妈)
        AddHeuristic(at, at + 6, out);
        return;
      }
      // (Or the speech's subject, a name by its sound as where a clause starts (SoundNameEnd):
      // 称：“叶尔兰拿着打火机喊…, 陈述：“库尔曼是我老邻居; since session seventy. Not 平 of 平时
      // after it: “萨拉木平时开车; nor a laugh, “哈哈哈.)
      size_t e = SoundNameEnd(s, at);
      if (e >= at + 9 && s.compare(e - 3, 6, "平时") == 0) e -= 3;
      if (e != 0 && s.compare(at, 3, s.substr(at + 3, 3)) != 0) AddHeuristic(at, e, out);
      return;
    }
    if (end == 0) return;
    found[count++] = at;
    if (s.compare(end, 3, "、") != 0) break;
    at = end + 3;
  }
  for (size_t k = 0; k < count; ++k) {
    const size_t b = found[k];
    const size_t e = vocative_end(b);
    AddHeuristic(b, e, out);
  }
}

// The fields and titles of the officers and staff who acted (执法人员, 承办人, 询问人, 民警 …):
// their names are kept. Not where 被 comes before (被询问人, 被执行人: a party).
// (Not 翻译人员 and 翻译人 since session fifty: translators are masked, kTradeNouns.)
constexpr std::array<std::string_view, 62> kOfficerFields = {
    "执法人员", "办案人员", "工作人员", "勘查人员", "办案人", "承办人", "审核人", "审批人",
    "询问人", "记录人", "侦查员", "送达人", "执行人", "调查人", "讯问人", "受案人", "受理人",
    "检查人", "填表人", "批准人", "告知人", "协办人", "主办人", "记录员", "接警员", "民警", "警官",
    "警察", "辅警", "协警", "办案单位负责人",
    // (Since session thirty-five: a mediation's chair, seized goods' keeper, a detention
    // centre's receiving officer, the officer who took the evidence.)
    "主持人", "调解人", "保管人", "接收人", "取证人",
    // (Since session thirty-six: the officers who seized, took or examined evidence, visited or
    // handled the case; a red-team round's records.)
    "收缴人", "提取人", "侦查人员", "勘验人", "检查人员", "走访人", "经办人", "指挥人",
    // (Since session thirty-seven: a detention notice's officer, a scene's examiners.)
    "通知人", "勘验人员",
    // (Since session thirty-eight: a ledger's maker, a detention's escort, a signing officer,
    // seized goods' keeper.)
    "制表人", "填报人", "送押人", "签发人", "物品管理员",
    // (Since session forty-two: a fire's or an accident's investigators, 火灾调查人员：刘志宏; the
    // officers who checked a register, 核查人员：莫伟雄（警号063842）.)
    "调查人员", "核查人", "核查人员",
    // (Since session forty-three: a notice's issuing officer, 填发人：罗光荣; red-team set H.)
    "填发人",
    // (Since session forty-eight, red-team set L: the officers who took and answered a call, and
    // who summarized the evidence, 摘要人：罗永祥.)
    "接警人", "处警人", "出警人", "摘要人",
    // (Since session fifty-four: a police laboratory's examiner, 鉴定人：泽郎多吉（主检法医师）;
    // red-team set J.)
    "鉴定人",
    // (Since session sixty-eight, red-team set AG: the officer who took a chat's screenshots,
    // 调取人：韩志勇; a register's officer, 登记人： before a colon only, as 登记人为冯建平 and
    // 登记人肖国平 are the persons registered.)
    "调取人", "登记人"};
// The last two characters of private bodies' names (银行, 酒店前台, 物业, 村民委员会, 服务站),
// by twos: their 工作人员 are no officers. Not 所 or 局: 派出所工作人员, 我局工作人员.
constexpr std::string_view kPrivateBodyEnds =
    "银行前台物业酒店宾馆公司超市商场医院网吧快递员会社区务站";
// Whether 工作人员 at byte `at` follows a private body's name (kPrivateBodyEnds; 员会 of 委员会,
// 务站 of 服务站).
bool PrivateStaffAt(std::string_view s, size_t at) {
  return at >= 6 && s.compare(at, 12, "工作人员") == 0 &&
         PairIn<kPrivateBodyEnds>(s.substr(at - 6, 6));
}

bool OfficerFieldEndsAt(std::string_view s, size_t i) {
  if (i < 6 || i > s.size()) return false;
  // The last two characters first (most places have no field's before them: 被害人, 其朋友).
  static const PairSet* const kLastTwo = [] {
    std::vector<uint64_t> keys;
    for (const std::string_view field : kOfficerFields) {
      keys.push_back(Pack6(field.substr(field.size() - 6)));
    }
    return new PairSet(keys);
  }();
  if (!kLastTwo->contains(Pack6(s.substr(i - 6, 6)))) return false;
  for (const std::string_view field : kOfficerFields) {
    // (The last byte of the character before the last first: most fields differ there.)
    if (s[i - 4] == field[field.size() - 4] && i >= field.size() &&
        s.substr(i - field.size(), field.size()) == field) {
      // (Not a private body's staff: 银行工作人员史晓婷; since session fifty.)
      if (field == "工作人员" && PrivateStaffAt(s, i - 12)) return false;
      // (Not after 被 or 受: 被询问人, 受送达人, the person served; since session thirty-eight.)
      if (i >= field.size() + 3) {
        const std::string_view before = s.substr(i - field.size() - 3, 3);
        // (Nor a party who takes part in a mediation, 甲方参加调解人：孙小刚; since session
        // sixty-four, red-team set AC.)
        if (before == "被" || before == "受" || (before == "加" && field == "调解人")) return false;
      }
      // (登记人 before its colon only: kOfficerFields.)
      return field != "登记人" || (i < s.size() && s[i] == ':');
    }
  }
  return false;
}

bool OfficerFieldBefore(std::string_view s, size_t start) {
  if (start > 0 && s[start - 1] == ':') --start;
  return OfficerFieldEndsAt(s, start);
}

namespace {

// Where a field's number ending at byte i starts (违法行为人12：, 被害人一：, 被害人（二）：,
// 嫌疑人 甲：, 被害人①：, 被害人之一：, 被害人A：), or i where none ends there.
size_t BackOverLabelNumber(std::string_view s, size_t i) {
  // (被害人1号：)
  if (i >= 4 && s.substr(i - 3, 3) == "号" && IsDigit(static_cast<unsigned char>(s[i - 4]))) i -= 3;
  size_t k = i;
  const bool paren = k > 0 && s[k - 1] == ')';
  if (paren) --k;
  const size_t end = k;
  while (k > 0 && end - k < 3 && IsDigit(static_cast<unsigned char>(s[k - 1]))) --k;
  if (k == end) {
    while (k >= 3 && end - k < 9 && CharIn<kLabelNumbers>(s.substr(k - 3, 3))) k -= 3;
    if (k != end && k >= 3 && s.substr(k - 3, 3) == "之") k -= 3;
  }
  if (k == end && !paren) {
    if (k >= 3 && CircledNumberAt(s, k - 3)) return k - 3;
    // One letter after an ideograph's last byte.
    if (k >= 2 && IsAlpha(static_cast<unsigned char>(s[k - 1])) &&
        (static_cast<unsigned char>(s[k - 2]) & 0xC0) == 0x80) {
      return k - 1;
    }
  }
  if (k == end) return i;
  if (paren) return k > 0 && s[k - 1] == '(' ? k - 1 : i;
  return k;
}

// After a person's role word at byte `at`, the person's number and a mark (被害人一 王建平,
// 被害人1、王建平, 被害人之一 王建平, 被害人① 王建平): where the name starts,
// or `at` where no number and mark are there (被害人一方, 被害人2人).
size_t OverLabelNumber(std::string_view s, size_t at) {
  // (Most role words have a name or a word after them: one test of the first character.)
  static const CharSet* const kFirsts = [] {
    std::vector<std::string_view> chars = SplitChars(kLabelNumbers);
    chars.push_back("之");
    return new CharSet(chars);
  }();
  if (at >= s.size()) return at;
  const auto b = static_cast<unsigned char>(s[at]);
  if (!IsAlnum(b) && b != '(' && !kFirsts->contains(Decode3(s, at)) && !CircledNumberAt(s, at)) {
    return at;
  }
  // ① and (1) need no mark after them (被害人①王建平, 被害人（1）王建平).
  if (CircledNumberAt(s, at)) return OverSpaces(s, at + 3);
  const bool paren = b == '(';
  size_t k = paren ? at + 1 : s.substr(at, 3) == "之" ? at + 3 : at;
  const size_t number = k;
  while (k < s.size() && k - number < 3 && IsDigit(static_cast<unsigned char>(s[k]))) ++k;
  if (k == number) {
    while (k - number < 9 && CharIn<kLabelNumbers>(s.substr(k, 3))) k += 3;
  }
  if (k == number && number == at && IsAlpha(b) &&
      !(k + 1 < s.size() && IsAlnum(static_cast<unsigned char>(s[k + 1])))) {
    ++k;  // 被害人A 王建平
  }
  if (k == number) return at;
  if (paren) return k < s.size() && s[k] == ')' ? OverSpaces(s, k + 1) : at;
  if (number != at) return OverSpaces(s, k);  // (之一 says it is a number: 被害人之一王建平)
  const size_t mark = k;
  if (k < s.size() && (s[k] == '.' || s[k] == ')' || s[k] == '/')) {
    ++k;
  } else if (s.substr(k, 3) == "、") {
    k += 3;
  } else {
    while (k < s.size() && k - mark < 4 && s[k] == '-') ++k;  // (1-, 1－, 1——)
  }
  k = OverSpaces(s, k);
  // (Before a colon, the field's rule reads the value: NameAfterColon.)
  return k == mark || (k < s.size() && s[k] == ':') ? at : k;
}

// Brackets that open a form's label (【姓名】, 〔姓名〕 …; ( and [ are folded).
constexpr std::string_view kOpeningBrackets = "【〔〖《「〈『";

// The labels ending in 名 that name a person's own name: other words ending in 名 name places,
// goods and charges (地名1：黄石港, 品名, 罪名).
// (大名 全名 又名 现名 since session forty: 豆豆（大名诸葛一鸣）, 蔡某（又名蔡阿琴）.)
// (Since session forty-six also 译名, a foreigner's rendering: 中文译名：甘宝力德; red-team set J.)
constexpr std::array<std::string_view, 13> kNameLabels = {"户名", "曾用名", "化名", "别名", "真名",
                                                          "原名", "签名",   "署名", "大名", "全名",
                                                          "又名", "现名",   "译名"};

// Whether the form's label ending at byte i (the end of 名) names its value a person's name:
// 姓名 and 户名, also spaced out (姓 名, 姓　　名), and kNameLabels.
bool LabelNamesValue(std::string_view s, size_t i) {
  if (i < 6 || s.substr(i - 3, 3) != "名") return false;
  const size_t before = BackOverSpaces(s, i - 3);
  return (before >= 3 && (s.substr(before - 3, 3) == "姓" || s.substr(before - 3, 3) == "户")) ||
         WordEndsAt(s, i, kNameLabels);
}

// Whether the label ending at byte i (LabelNamesValue) is one of an officer's (民警姓名,
// 执法人员 姓名, 执法人员一姓名, 执法人员（签名）, 承办人〔姓名〕): the officer's name is kept.
bool OfficersNameLabel(std::string_view s, size_t i) {
  size_t label = BackOverSpaces(s, i - 3);  // (姓 名: spaced out)
  if (label >= 3 && (s.substr(label - 3, 3) == "姓" || s.substr(label - 3, 3) == "户")) {
    label -= 3;
  } else if (const auto w = std::find_if(kNameLabels.begin(), kNameLabels.end(),
                                         [&](std::string_view w) {
                                           return i >= w.size() &&
                                                  s.substr(i - w.size(), w.size()) == w;
                                         });
             w != kNameLabels.end()) {
    label = i - w->size();
  } else {
    return false;
  }
  // An opening bracket around the label, then the field's number.
  size_t before = BackOverSpaces(s, label);
  if (before >= 1 && (s[before - 1] == '(' || s[before - 1] == '[')) {
    before = BackOverSpaces(s, before - 1);
  } else if (before >= 3 && CharIn<kOpeningBrackets>(s.substr(before - 3, 3))) {
    before = BackOverSpaces(s, before - 3);
  }
  return OfficerFieldEndsAt(s, BackOverSpaces(s, BackOverLabelNumber(s, before)));
}

// The words that start a form's other fields, or follow 姓名 and 户名 used as nouns (核对姓名
// 等信息, 户名 变更), by twos: after such a label and a space, no name.
constexpr std::string_view kNotNameWords =
    "性别民族年龄出生身份住址地址电话籍贯职业文化单位户籍证件号码联系住所手机国籍学历婚姻工作"
    "账号帐号开户卡号金额备注曾用现住信息字段错误有误填写使用全称拼音更正修改签字核实登记相同"
    "相符相似一致书写打印栏目隐去查询显示变更本人";

bool NotNameWordAt(std::string_view s, size_t at) {
  return s.size() >= at + 6 && PairIn<kNotNameWords>(s.substr(at, 6));
}

// The characters that end a signature line's words, not names (指印, 捺印, 盖章, 日期).
constexpr std::string_view kNotSignatureEnds = "印章期";

// The later names of a signature's field, each after two spaces or more, where the one before
// ended at `end` (当事人签名：王建国    李秀英; since session thirty-seven: a red-team
// round's signature lines): two to four ideographs, none a stop, up to spaces, a parenthesis or
// the line's end.
void NamesSpacedAfter(std::string_view s, size_t end, Findings* out) {
  for (int member = 0; member < 6; ++member) {
    const size_t at = OverSpaces(s, end);
    if (at < end + 2) return;
    size_t e = at;
    while (e < at + 12 && (NameClassAt(s, e) & (kIdeographClass | kStopClass)) == kIdeographClass) {
      e += 3;
    }
    if (e < at + 6 || (e < s.size() && s[e] != ' ' && s[e] != '\n' && s[e] != '(') ||
        CharIn<kPlaceholderFirsts>(s.substr(at, 3)) ||
        CharIn<kNotSignatureEnds>(s.substr(e - 3, 3)) || NotNameWordAt(s, at) ||
        IsWordNotName(s.substr(at, 6))) {
      return;
    }
    AddHeuristic(at, e, out);
    end = e;
  }
}

}  // namespace

constexpr std::string_view kSexChars = "男女";

// A name written with a space between its characters (被询问人：张 海 涛, 2｜陈 美 华｜,
// 徒步者郑 可 欣用手机; since session sixty, red-team set Y: eleven names of its signature
// lines, tables and narrative; not yet 询问杨 四 妹, after a verb). The scan stops at the space
// after the first character (`i`): a surname of any list there, and one ideograph after each
// single space, three in all, or four after a compound surname (欧 阳 明 华). Not where the run
// of spaced characters goes on before or after (行 政 处 罚 决 定 书), nor a placeholder (张 某
// 某), nor a word of kNotNamesAfterRole or one that ends a signature line (IsWordNotName,
// kNotSignatureEnds).
void SpacedNameAt(std::string_view s, size_t i, Findings* out) {
  auto spaced = [&](size_t k) {  // an ideograph at k + 1 after a single space at k
    return k + 4 <= s.size() && s[k] == ' ' && (NameClassAt(s, k + 1) & kIdeographClass) != 0;
  };
  if (i < 3 || !IsSurnameChar(Decode3(s, i - 3), Surnames::kList) || !spaced(i) || !spaced(i + 4) ||
      (i >= 4 && s[i - 4] == ' ' && i >= 7 && (NameClassAt(s, i - 7) & kIdeographClass) != 0)) {
    return;
  }
  // After no ideograph but a word for a person or its last character (徒步者郑 可 欣, 目击人禚
  // 丽 娟): not in a form's cells (金顺姬 女 丁酉年, a surname's character ending a name before
  // its sex). Nor after an officer's field (承办民警：钱 晓 磊).
  // (After any other ideograph, a common surname and two given names' characters before no
  // ideograph: 表弟叫唐 志 强，, 老姐妹冯 玉 兰，; since session sixty-two, red-team set AA.)
  // (And after any noun for persons, 老婆 or 老公: 我老婆郑 秀 英去园里, 店内帮工罗 丽 华说; since
  // session sixty-six, red-team set AE.)
  auto given_three = [&] {
    return IsSurnameChar(Decode3(s, i - 3), Surnames::kCommon) &&
           (NameClassAt(s, i + 1) & kGivenNameClass) != 0 &&
           (NameClassAt(s, i + 5) & kGivenNameClass) != 0 &&
           (NameClassAt(s, i + 8) & kIdeographClass) == 0 && !(i + 8 < s.size() && s[i + 8] == ' ');
  };
  if ((i >= 6 && static_cast<unsigned char>(s[i - 4]) >= 0x80 &&
       (NameClassAt(s, i - 6) & kIdeographClass) != 0 && !CharIn<kWordEnds>(s.substr(i - 6, 3)) &&
       !PersonWordEndsAt(s, i - 3) && !PersonNounEndsAt(s, i - 3) &&
       !(i >= 9 && (s.compare(i - 9, 6, "老婆") == 0 || s.compare(i - 9, 6, "老公") == 0)) &&
       !given_three()) ||
      OfficerFieldBefore(s, i - 3) || CharIn<kSexChars>(s.substr(i + 1, 3))) {
    return;
  }
  size_t end = i + 8;
  if (spaced(end)) {
    const std::string surname = std::string(s.substr(i - 3, 3)).append(s.substr(i + 1, 3));
    if (!IsCompoundSurname(surname)) return;
    end += 4;
  }
  if (spaced(end)) return;
  // The characters joined, as the name is written elsewhere.
  std::string joined;
  for (size_t k = i - 3; k < end; k += 4) joined.append(s.substr(k, 3));
  const std::string_view name = joined;
  if (CharIn<kPlaceholderFirsts>(name.substr(3, 3)) ||
      CharIn<kPlaceholderFirsts>(name.substr(name.size() - 3)) ||
      CharIn<kNotSignatureEnds>(name.substr(name.size() - 3)) || IsWordNotName(name.substr(0, 6))) {
    return;
  }
  out->candidates.push_back(HeuristicName(i - 3, end));
  if (out->mentions != nullptr) out->mentions->Add(name);
}

// The last words of police units' names (警务室 and 反诈中心 since session forty-two, as the
// address and line rules and NameAtDot read them).
constexpr std::array<std::string_view, 10> kPoliceUnits = {
    "派出所", "公安局", "公安处", "分局", "大队", "中队", "支队", "总队", "警务室", "反诈中心"};

bool EndsWithPoliceUnit(std::string_view text) {
  return std::any_of(kPoliceUnits.begin(), kPoliceUnits.end(),
                     [&](std::string_view unit) { return text.ends_with(unit); });
}

bool HasPoliceUnit(std::string_view text) {
  return std::any_of(kPoliceUnits.begin(), kPoliceUnits.end(), [&](std::string_view unit) {
    return text.find(unit) != std::string_view::npos;
  });
}

namespace {

// Whether the name (or the list of names) ending at byte `end` is an officer's, as a bracket after
// it says (联系人：唐浩（民警）, 联系人：孟宪东、张丽娜（和平分局经济犯罪侦查大队）; since session
// thirty-nine): the bracket holds an officer's title, or a police unit's name.
bool OfficersBracketAfter(std::string_view s, size_t end) {
  size_t k = end;
  // (The later members of a list: two to four ideographs each.)
  for (int member = 0; member < 5 && s.substr(k, 3) == "、"; ++member) {
    size_t chars = 0;
    for (k += 3; chars < 4 && IsIdeograph(Decode3(s, k)); k += 3) ++chars;
    if (chars < 2) return false;
  }
  if (k >= s.size() || s[k] != '(') return false;
  const size_t close = s.substr(0, k + 96).find(')', k);
  if (close == std::string_view::npos) return false;
  std::string_view inside = s.substr(k + 1, close - k - 1);
  // (A badge number, 联系人：辛建军（警号370821）; or a unit and title before one, （勐仑派出所
  // 民警，警号532418）; since session forty.)
  if (inside.starts_with("警号")) return true;
  if (const size_t comma = inside.find(',');
      comma != std::string_view::npos && inside.substr(comma + 1).starts_with("警号")) {
    inside = inside.substr(0, comma);
  }
  if (inside.ends_with("民警") || inside.ends_with("警官") || inside.ends_with("辅警")) {
    inside = inside.substr(0, inside.size() - 6);
    if (inside.empty()) return true;
  }
  // (Or an office of the unit: 联系人：钟立新（玉州分局信访办）; since session fifty-four, red-team
  // set S.)
  for (const std::string_view office : {"信访办", "信访室", "办公室", "法制室", "指挥室"}) {
    if (inside.ends_with(office) && inside.size() > office.size()) {
      inside.remove_suffix(office.size());
      break;
    }
  }
  return EndsWithPoliceUnit(inside);
}

// Since session fifty-four (red-team set N): whether the contact's label ending at byte i (at
// its colon) follows a clause that sends the reader to a police unit (请与甘孜县公安局刑侦大队
// 联系，联系人：…): its contacts are the unit's officers.
bool PoliceContactLabel(std::string_view s, size_t i) {
  if (i < 10 || s.compare(i - 9, 9, "联系人") != 0) return false;
  // (Or in a bracket right after a police unit's name: 通报食药环大队（联系人：孙志强，…）; since
  // session sixty-four, red-team set AC.)
  if (s[i - 10] == '(') return EndsWithPoliceUnit(s.substr(0, i - 10));
  if (i < 16 || s[i - 10] != ',' || s.compare(i - 16, 6, "联系") != 0) return false;
  const size_t end = i - 16;
  const size_t from = end > 72 ? end - 72 : 0;
  std::string_view clause = s.substr(from, end - from);
  if (const size_t stop = clause.rfind("。"); stop != std::string_view::npos) {
    clause.remove_prefix(stop + 3);
  }
  if (const size_t stop = clause.find_last_of(";\n"); stop != std::string_view::npos) {
    clause.remove_prefix(stop + 1);
  }
  return HasPoliceUnit(clause);
}

// The end of a surname in Latin letters and a given name's initial at byte `at` (Smirnov D.,
// Nguyen V. A.), before the value's end; or 0.
size_t InitialedLatinNameEnd(std::string_view s, size_t at) {
  auto upper = [&](size_t q) { return q < s.size() && s[q] >= 'A' && s[q] <= 'Z'; };
  size_t k = CapitalizedWordEnd(s, at);
  if (k - at < 3) return 0;
  int initials = 0;
  while (initials < 2 && k + 2 < s.size() && s[k] == ' ' && upper(k + 1) && s[k + 2] == '.') {
    k += 3;
    ++initials;
  }
  const bool ends = k >= s.size() || s[k] == '(' || s[k] == ')' || s[k] == ',' || s[k] == '\n' ||
                    s[k] == ' ' || s.compare(k, 3, "。") == 0;
  return initials > 0 && ends ? k : 0;
}

// The value of a form's field of a person: its label ends at byte i, its value starts at `at`
// (after the separator, and any spaces after that). The name there, and the later members of
// its list.
// `longest`: the most bytes the name may have (a value right after its label: 姓名张贴公告).
void NameInField(std::string_view s, size_t i, size_t at, Findings* out,
                 size_t longest = std::string_view::npos) {
  at = OverSpaces(s, at);
  // (Not one masked already: 姓名：张某某.)
  if (s.size() < at + 6 || s.substr(at + 3, 3) == "某" || PoliceContactLabel(s, i)) return;
  // A form's value ends at punctuation or at the next field (男, 女, 系 …); not a name where a
  // word goes on (申请人：高新科技公司, 梁河县某某公司).
  // (After 姓名 and the labels like it, also where a name may end: 姓名李晓东于某日到案.)
  const bool label_names = LabelNamesValue(s, i);
  auto ends_value = [&](size_t end) {
    size_t l = 0;
    return end > 0 && NoWordGoesOn(s, end) &&
           (end >= s.size() || !IsIdeographAt(s, end, &l) ||
            CharIn<kValueFollowers>(s.substr(end, l)) || NotNameWordAt(s, end) ||
            (label_names && EndsName(s, end)));
  };
  // (A foreigner's signature or name in Latin capitals: 被处罚人签名：MUHAMMAD ARIF; since
  // session thirty-nine. Or, in any person's field, a surname and its given name's initial:
  // 被处罚人（签名）：Smirnov D.; since session fifty-six, red-team set U.)
  if (const size_t latin = label_names ? LatinNameEnd(s, at) : InitialedLatinNameEnd(s, at);
      latin != 0) {
    AddHeuristic(at, latin, out);
    return;
  }
  if (const size_t dotted = DottedNameForward(s, at, out->text_has_dot);
      dotted > 0) {  // 联系人:勒排·早腊
    if (OfficersBracketAfter(s, at + dotted)) return;
    AddHeuristic(at, at + dotted, out);
    NamesListedAfter(s, at + dotted, out);
    return;
  }
  size_t end = RoleNameEnd(s, at, Surnames::kList);
  if (end == at + 9 && !ends_value(end) && ends_value(at + 6)) end = at + 6;
  // (Or a name by its sound that ends as the value does: 参加人：吉克木乃（吉某之父）,
  // 当事人二：阿苦日哈⏎; since session fifty-four, red-team set S.)
  if (!ends_value(end) && !label_names) {
    if (const size_t sound = SoundNameEnd(s, at, /*after_person_word=*/true);
        sound > at && ends_value(sound)) {
      end = sound;
    }
  }
  // (Or, in a field of a party's or a witness's role, 被询问人：阿说木呷　性别：, 见证人：扎约↵, a
  // whole value of two to four ideographs of any origin, the line's or before a space; since
  // session fifty-seven, red-team sets F, J and M. Not 报警人：收到, a chat's line.)
  auto party_role = [&] {
    if (i < 9) return false;
    const std::string_view role = s.substr(i - 9, 9);
    return role == "见证人" || role == "翻译人" || role == "当事人" || role == "行为人" ||
           (s.compare(i - 3, 3, "人") == 0 &&
            (s.compare(i - 9, 3, "被") == 0 || (i >= 12 && s.compare(i - 12, 3, "被") == 0)));
  };
  if (!ends_value(end) && !label_names && party_role() &&
      !CharIn<kPlaceholderFirsts>(s.substr(at, 3))) {
    size_t whole = at;
    while (whole < at + 12 && (NameClassAt(s, whole) & kIdeographClass) != 0) whole += 3;
    if (whole >= at + 6 &&
        (whole == s.size() || s[whole] == '\n' || s[whole] == ' ' || s[whole] == '\t') &&
        s.substr(at, whole - at).find("某") == std::string_view::npos &&
        !CharIn<kPlaceOrBodyEnds>(s.substr(whole - 3, 3)) &&
        (NameClassAt(s, whole - 3) & kNotNameEndClass) == 0 && !PersonNounAt(s, at, whole) &&
        !LabelNamesValue(s, whole)) {  // (not 报案人：姓名 韩雨欣)
      end = whole;
    }
  }
  if (!ends_value(end) && label_names) {
    // (Not a word that starts with a surname's character, which the walk above reads otherwise:
    // 姓名张贴公告.)
    if (IsWordNotName(s.substr(at, 6))) return;
    // These fields name their value: a name of any surname (姓名：邰欣，女), two to four
    // ideographs that end as a form's value does (姓名 王芳性别女: before the next field's
    // word), and no placeholder (不详, 无, 某某, 暂无, 佚名).
    end = at;
    for (int count = 0; count < 4 && IsIdeograph(Decode3(s, end)); ++count) {
      const std::string_view ch = s.substr(end, 3);
      if ((count == 0 && CharIn<kPlaceholderFirsts>(ch)) ||
          (count >= 2 &&
           (CharIn<kValueFollowers>(ch) || NotNameWordAt(s, end) || EndsName(s, end)))) {
        break;
      }
      end += 3;
    }
    if (end < at + 6) return;
  }
  // A third character that follows a name rather than ends one (姓名郑燕称, 姓名 郑燕男，汉族,
  // 姓名为郑燕的女子); two characters that are a word (姓名任意填写).
  // A preposition there and more of a clause after it end the name too (郑燕向被害人借款).
  const bool before_preposition = end == at + 9 &&
                                  CharIn<kPrepositionsAfterName>(s.substr(at + 6, 3)) &&
                                  IsIdeograph(Decode3(s, at + 9));
  if (end == at + 9 &&
      (CharIn<kValueFollowers>(s.substr(at + 6, 3)) || EndsName(s, at + 6) || before_preposition)) {
    end = at + 6;
  }
  if (end == at + 6 && IsWordNotName(s.substr(at, 6))) return;
  // Not an organization's or a place's name (户名 温州银行, 姓名 周口市).
  if (!(ends_value(end) || before_preposition) || end - at > longest ||
      CharIn<kPlaceOrBodyEnds>(s.substr(end - 3, 3)) ||
      (end >= at + 6 && PairIn<kBodyEndWords>(s.substr(end - 6, 6))) ||
      PairIn<kBodyEndWords>(s.substr(end - 3, 6))) {
    return;
  }
  if (OfficersBracketAfter(s, end)) return;
  AddHeuristic(at, end, out);
  NamesListedAfter(s, end, out);
  if (label_names && i >= 6 && (s.substr(i - 6, 6) == "签名" || s.substr(i - 6, 6) == "署名")) {
    NamesSpacedAfter(s, end, out);
  }
}

}  // namespace

namespace {

// What the label before a colon names: the value of another word's colon (经查明：; or an
// officer's title such as 民警 or 办案民警, OfficerFieldEndsAt, which the caller asks only where
// it found a name: most colons have none after them), an officer's field of kFieldEnds
// (承办人：) or a label ending in 名 that names no person (罪名：), a person's field, or none to
// read here (姓名 and spaces: NameAfterLabelGap).
enum class ColonLabel { kOther, kNoPerson, kPerson, kNone };

// The label before the colon at byte `colon`, and where it ends in *label: before a number of
// the field's (违法行为人一：, 被害人（2）：, 被害人 1：) or spaces (报警人 ：).
ColonLabel LabelBeforeColon(std::string_view s, size_t colon, size_t* label) {
  size_t spaced = BackOverSpaces(s, colon);
  bool noted = false;
  // (Past a note in brackets after a label that names its value or before a signature: 申请人
  // 姓名（现户口登记）：, 被处罚人（签名）：; since session fifty-six, red-team set U.)
  if (spaced > 0 && s[spaced - 1] == ')') {
    const size_t from = spaced > 26 ? spaced - 26 : 0;
    const size_t found = s.substr(from, spaced - 1 - from).rfind('(');
    const size_t open = found == std::string_view::npos ? found : from + found;
    if (open != std::string_view::npos && open >= 6) {
      const std::string_view note = s.substr(open + 1, spaced - 2 - open);
      bool ideographs = !note.empty() && note.size() % 3 == 0;
      for (size_t k = 0; k < note.size() && ideographs; k += 3) {
        ideographs = IsIdeograph(Decode3(note, k));
      }
      if (ideographs && note.find("警") == std::string_view::npos &&
          (LabelNamesValue(s, open) || note == "签名" || note == "签字")) {
        spaced = open;
        noted = true;
      } else if (ideographs && note.size() >= 9 && note.find("警") == std::string_view::npos &&
                 CharIn<kFieldEnds>(note.substr(note.size() - 3))) {
        // (Or a note that is a person's label itself, read as the label: 船东（所有人）：周志刚;
        // since session fifty-eight, red-team set W.)
        spaced -= 1;
        noted = true;
      }
    }
  }
  size_t i = BackOverLabelNumber(s, spaced);
  if (i != spaced) {
    i = BackOverSpaces(s, i);
  } else if (!noted && spaced != colon && LabelNamesValue(s, spaced)) {
    return ColonLabel::kNone;
  }
  *label = i;
  if (i < 3 || !CharIn<kFieldEnds>(s.substr(i - 3, 3))) return ColonLabel::kOther;
  if (s.substr(i - 3, 3) == "名" ? !LabelNamesValue(s, i) || OfficersNameLabel(s, i)
                                 : OfficerFieldEndsAt(s, i)) {
    return ColonLabel::kNoPerson;
  }
  return ColonLabel::kPerson;
}

}  // namespace

namespace {

// Whether the value of the officer's field 经办人 that ends at byte `label` (its colon at
// `colon`) is a private body's handler, no officer (since session fifty-one; red-team sets B,
// D, H, J and K): after a private body's name (智联科技有限公司经办人：刘晨曦), or with a note
// after the name that names a village, a company, a person's trade or an identity card (经办人：
// 白者然（村委会主任）, 经办人：司徒嘉欣（公司出纳）, 经办人：逯春燕（公民身份号码…）; set O), or
// the person's sex (经办人：段金花，女，身份证号…).
bool PrivateHandlerField(std::string_view s, size_t label, size_t colon) {
  if (label < 9 || s.compare(label - 9, 9, "经办人") != 0) return false;
  if (label >= 15 && PairIn<kPrivateBodyEnds>(s.substr(label - 15, 6))) return true;
  // (After the body's 法定代表人 in its paragraph:
  // 法定代表人：郗振国，…。经办人：笪丽娜，联系电话…; since session fifty-two, red-team set P.)
  {
    const size_t from = label > 300 ? label - 300 : 0;
    const std::string_view before = s.substr(from, label - from);
    const size_t legal = before.rfind("法定代表人");
    if (legal != std::string_view::npos && before.find("\n\n", legal) == std::string_view::npos) {
      return true;
    }
  }
  size_t k = OverSpaces(s, colon + 1);
  const size_t at = k;
  while (k < at + 15 && IsIdeograph(Decode3(s, k))) k += 3;
  if (k < at + 6 || k >= s.size()) return false;
  if (SexAt(s, k)) return true;
  if (s[k] != '(') return false;
  // (The note's first sixteen characters or fewer: 经办人：逯春燕（公民身份号码…）.)
  const size_t close = std::min({s.find(')', k), s.size(), k + 48});
  const std::string_view inside = s.substr(k + 1, close - k - 1);
  for (const std::string_view word :
       {"村", "公司", "出纳", "会计", "居民", "员工", "家属", "身份"}) {
    if (inside.find(word) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

// The characters after 叫车 where it is a ride called, not 叫 and a name of 车 (叫车回家, 叫车去;
// not 叫车立新过来).
constexpr std::string_view kAfterCalledCar = "回去到送服软平时后了的前离";

// The characters after 你 that make it a unit's (你局, 你单位, 你公司, 你所, 你村).
constexpr std::string_view kNotAddresseeAfterYou = "局单公所院校村委队司厂店部处们";

// Since session fifty-two (red-team set P): a letter's addressee, alone on the line before the
// letter that speaks to them (陈阿水：⏎你于2026年1月6日…): two to four ideographs from a line's
// start, a surname's first, no stop and no unit's or place's last (not 海诚公司：⏎你公司…,
// 青崖县：), and 你 or 您 after, but a unit's (你局, 你单位, 你公司, 你村).
bool LetterAddresseeAt(std::string_view s, size_t line, size_t colon) {
  if (colon < line + 6 || colon > line + 12 || (colon - line) % 3 != 0) return false;
  if (s.compare(colon + 2, 3, "你") != 0 && s.compare(colon + 2, 3, "您") != 0) return false;
  if (CharIn<kNotAddresseeAfterYou>(s.substr(colon + 5, 3))) return false;
  if (!HasNameClass(Decode3(s, line), kListSurnameClass | kCompoundFirstClass)) return false;
  for (size_t k = line; k < colon; k += 3) {
    if ((NameClassAt(s, k) & kIdeographClass) == 0 || IsNameStop(s.substr(k, 3), k > line)) {
      return false;
    }
  }
  return !CharIn<kDivisionEnds>(s.substr(colon - 3, 3)) &&
         !CharIn<kPlaceOrBodyEnds>(s.substr(colon - 3, 3));
}

// Since session fifty-five (red-team set T): a form's nickname field, its label at a line's or
// a cell's start or after a slash (绰号：太老三, 别名/绰号：肥文、Raymond): each of its values, of
// one to four ideographs or one Latin word, apart by 、, up to a comma, a semicolon or the
// line's end. Not a placeholder (无, 不详). Whether the colon was such a field's.
bool NicknameFieldValues(std::string_view s, size_t colon, Findings* out) {
  static constexpr std::array<std::string_view, 5> kLabels = {"绰号", "外号", "诨号", "诨名",
                                                              "花名"};
  if (colon < 6 ||
      std::find(kLabels.begin(), kLabels.end(), s.substr(colon - 6, 6)) == kLabels.end()) {
    return false;
  }
  if (const char c = colon == 6 ? '\n' : s[colon - 7];
      c != '\n' && c != '/' && c != ' ' && c != '\t') {
    return false;
  }
  std::vector<std::pair<size_t, size_t>> values;
  for (size_t at = OverSpaces(s, colon + 1);;) {
    size_t end = at;
    if (end < s.size() && IsAlpha(static_cast<unsigned char>(s[end]))) {
      while (end < s.size() && IsAlpha(static_cast<unsigned char>(s[end]))) ++end;
      if (end - at < 2) return true;
    } else {
      while (end < at + 12 && (NameClassAt(s, end) & kIdeographClass) != 0) {
        if (s.compare(end, 3, "某") == 0) return true;
        end += 3;
      }
      if (end == at || CharIn<kPlaceholderFirsts>(s.substr(at, 3))) return true;
    }
    values.emplace_back(at, end);
    if (s.compare(end, 3, "、") == 0) {
      at = end + 3;
      continue;
    }
    // (Or before a note in brackets, 绰号：老蔫儿（同车间工友多这样叫他）; since session
    // fifty-eight, red-team set W.)
    if (end < s.size() && s[end] != ',' && s[end] != ';' && s[end] != '\n' && s[end] != ' ' &&
        s[end] != '\t' && s[end] != '(' && s.compare(end, 3, "。") != 0) {
      return true;
    }
    break;
  }
  for (const auto& [b, e] : values) AddHeuristic(b, e, out);
  return true;
}

// Since session fifty-eight (red-team set W): the person a case is named after, at the start of
// a case's name (案件名称：蒋海平涉嫌诈骗案, 案由：欧阳蕾被盗案), before 涉嫌, 被, 等 or a list's
// 、 (and the list's later members). Whether one was found.
bool CaseNameValue(std::string_view s, size_t colon, Findings* out) {
  if (!((colon >= 12 && s.compare(colon - 12, 12, "案件名称") == 0) ||
        (colon >= 6 && s.compare(colon - 6, 6, "案由") == 0))) {
    return false;
  }
  const size_t at = OverSpaces(s, colon + 1);
  const size_t end = DottedOrListedNameEnd(s, at, out->text_has_dot);
  if (end == 0 || !(StartsWith(s, end, "涉嫌") || StartsWith(s, end, "被") ||
                    StartsWith(s, end, "等") || StartsWith(s, end, "、"))) {
    return false;
  }
  AddHeuristic(at, end, out);
  NamesListedAfter(s, end, out);
  return true;
}

namespace {

// The characters no person's name in a party's field holds: divisions', bodies' and places'
// (梁河县, 某某公司, 玉香客栈), a mask, a placeholder's (不详, 无).
constexpr std::string_view kNotInPartyValue =
    "市州县区局司院校所队厂店馆部委镇乡省村组栈社站行坊铺阁斋庄某不无未详";

// The labels of a party's field at a line's start whose whole value WholeValueNameEnd reads
// (not 联系人, 被询问人, 整理人: an officer's or a signature's line).
constexpr std::array<std::string_view, 10> kPartyFields = {
    "被处罚人", "违法行为人", "违法嫌疑人", "被追缴人", "求助人",
    "被侵害人", "被害人",     "受害人",     "当事人",   "被传唤人"};
bool PartyFieldAt(std::string_view s, size_t colon) {
  return std::any_of(kPartyFields.begin(), kPartyFields.end(), [&](std::string_view word) {
    return colon >= word.size() && s.compare(colon - word.size(), word.size(), word) == 0 &&
           (colon == word.size() || s[colon - word.size() - 1] == '\n');
  });
}

}  // namespace

// Where a party's field's value that starts at byte `at` ends, if the whole value is a name:
// three to twelve ideographs, a dash or a middle dot between them, or two to four each spaced
// by one space (诸 葛 建 国), up to a comma, a bracket, a semicolon, a line's end or the text's;
// none of kNotInPartyValue, and not led by a placeholder's character or 已 (已死亡), nor before
// a bracket about a business (香韵坊（统一社会信用代码…）). Or 0.
size_t WholeValueNameEnd(std::string_view s, size_t at) {
  if (CharIn<kPlaceholderFirsts>(s.substr(at, 3)) || s.compare(at, 3, "已") == 0) return 0;
  size_t end = at;
  int ideographs = 0;
  bool spaced = false;
  while (end < s.size() && ideographs <= 12) {
    if ((NameClassAt(s, end) & kIdeographClass) != 0) {
      if (CharIn<kNotInPartyValue>(s.substr(end, 3))) return 0;
      end += 3;
      ++ideographs;
    } else if (ideographs > 0 && (s[end] == '-' || s.substr(end, 2) == "\xC2\xB7") &&
               (NameClassAt(s, end + (s[end] == '-' ? 1 : 2)) & kIdeographClass) != 0) {
      end += s[end] == '-' ? 1 : 2;
    } else if (s[end] == ' ' && (NameClassAt(s, end + 1) & kIdeographClass) != 0 &&
               end + 4 <= s.size() &&
               (end + 4 == s.size() || s[end + 4] == ' ' || s[end + 4] == ',' ||
                s[end + 4] == '\n')) {
      spaced = true;  // (one character after the space, then another space or the value's end)
      ++end;
    } else {
      break;
    }
  }
  if (ideographs > 12 || ideographs < (spaced ? 2 : 3) || (spaced && ideographs > 4)) return 0;
  if (end < s.size() && s[end] != ',' && s[end] != '(' && s[end] != ';' && s[end] != '\n') {
    return 0;
  }
  // (Not a shop's before its code or its kind in brackets: 香韵坊（统一社会信用代码…）.)
  if (end < s.size() && s[end] == '(') {
    for (const std::string_view word : {"统一", "个体", "经营", "营业", "注册", "法定", "组织"}) {
      if (s.compare(end + 1, word.size(), word) == 0) return 0;
    }
  }
  return end;
}

void NameAfterColon(std::string_view s, size_t colon, Findings* out) {
  if (colon < 3 || s.size() < colon + 7) return;
  if (s[colon + 1] == '\n') {
    const size_t line = s.rfind('\n', colon) + 1;  // (npos + 1: the text's start)
    if (LetterAddresseeAt(s, line, colon)) {
      AddHeuristic(line, colon, out);
      return;
    }
  }
  // An answer in a record that is a name, before the clause's end (问：老板娘叫什么名字？
  // 答：谢月华，附近的人都叫她…; since session forty): a surname and a given name by the model.
  if (s.compare(colon - 3, 3, "答") == 0) {
    const size_t at = OverSpaces(s, colon + 1);
    const size_t end = NameByModel(s, at);
    if (end != 0 && (end == s.size() || s[end] == ',' || s[end] == '\n' ||
                     s.compare(end, 3, "。") == 0 || s.compare(end, 3, "、") == 0)) {
      AddHeuristic(at, end, out);
      NamesListedAfter(s, end, out);
      return;
    }
  }
  // A relative's line in a list of the family's contacts, the kin word alone before the colon
  // (儿子：巴图孟和，电话：…, 姑妈：玉叫罕，住…; since session forty): two to six ideographs up
  // to a comma or the line's end, whatever the name's origin.
  // (The kin nouns of two characters, and the closer kin they leave out.)
  if (colon >= 6 && (colon == 6 || s[colon - 7] == '\n')) {
    static constexpr std::string_view kCloseKin =
        "丈夫妻子父亲母亲姑妈姨妈哥哥姐姐弟弟妹妹外公女婿";
    const std::string_view word = s.substr(colon - 6, 6);
    bool kin = IsKinNoun(word);
    for (size_t w = 0; w < kCloseKin.size() && !kin; w += 6) kin = kCloseKin.substr(w, 6) == word;
    if (kin) {
      const size_t at = OverSpaces(s, colon + 1);
      size_t end = at;
      while (end < at + 18 && (NameClassAt(s, end) & kIdeographClass) != 0) end += 3;
      // (Not a placeholder nor a state: 不详, 已故, 在外务工.)
      if (end >= at + 6 && (end == s.size() || s[end] == ',' || s[end] == '\n') &&
          s.substr(at, end - at).find("某") == std::string_view::npos &&
          !CharIn<kPlaceholderFirsts>(s.substr(at, 3)) && s.compare(at, 3, "已") != 0 &&
          s.compare(at, 3, "在") != 0) {
        AddHeuristic(at, end, out);
        return;
      }
    }
  }
  // An alias's note, the alias in quotation marks before the colon and its owner's name after it
  // ("老某"：王德才，三车间班长, “雪山东主”：才让东主，男; since session seventy, red-team set AI):
  // a name the model reads, or a surname and a given name's character, before a clause's end
  // ("胖某"：邓雷。), or two to six ideographs before the sex.
  if (s[colon - 1] == '"' || s.compare(colon - 3, 3, "”") == 0) {
    const size_t at = OverSpaces(s, colon + 1);
    size_t end = NameByModel(s, at);
    if (end == 0 && HasNameClass(Decode3(s, at), kWideSurnameClass) &&
        (NameClassAt(s, at + 3) & kGivenNameClass) != 0) {
      end = at + 6;
    }
    if (end != 0 && !(end == s.size() || s[end] == ',' || s[end] == '\n' ||
                      s.compare(end, 3, "。") == 0 || s.compare(end, 3, "、") == 0)) {
      end = 0;
    }
    if (end == 0) {
      size_t run = at;
      while (run < at + 18 && (NameClassAt(s, run) & kIdeographClass) != 0) run += 3;
      if (run >= at + 6 && SexAt(s, run)) end = run;
    }
    if (end != 0 && s.substr(at, end - at).find("某") == std::string_view::npos) {
      AddHeuristic(at, end, out);
      return;
    }
  }
  if (NicknameFieldValues(s, colon, out) || CaseNameValue(s, colon, out)) return;
  // (A familiar name at a chat message's or a speech's start: 强哥：阿明，你…; since session
  // fifty-five, red-team set T.)
  FamiliarNameAt(s, colon + 1, out);
  size_t label = 0;
  const ColonLabel kind = LabelBeforeColon(s, colon, &label);
  if (kind == ColonLabel::kNoPerson && PrivateHandlerField(s, label, colon)) {
    NameInField(s, label, OverSpaces(s, colon + 1), out);
    return;
  }
  if (kind != ColonLabel::kOther && kind != ColonLabel::kPerson) return;
  // (The value may start with a list's number: 违法行为人：1.周立新，男 2.韩冬梅，女; the later
  // items are read where they start, NameAfterSpacedListNumber.)
  const size_t value = AfterListNumber(s, OverSpaces(s, colon + 1));
  if (kind == ColonLabel::kPerson) {
    const size_t found = out->candidates.size();
    NameInField(s, label, value, out);
    // (Or, since session sixty-nine, red-team sets G, J, P: the field's whole value where it is
    // a name that the model reads not or in part, 被处罚人：阿卜杜萨拉木艾合买提⏎,
    // 被追缴人：艾则孜-吐尔逊，, 违法行为人：诸 葛 建 国，: WholeValueNameEnd.)
    if (const size_t whole = PartyFieldAt(s, colon) ? WholeValueNameEnd(s, value) : 0;
        whole != 0 && (out->candidates.size() == found || out->candidates.back().end < whole)) {
      AddHeuristic(value, whole, out);
      return;
    }
    // (Else as below: a name no surname list starts, with the sex after it, 当事人乙：木学光，男.)
    if (out->candidates.size() != found) return;
  }
  // After another word's colon, a party written with the sex after the name (经查明：周立新，女);
  // not an officer's (民警：周立新，男).
  const size_t at = OverSpaces(s, value);
  size_t end = NameBeforeSex(s, at);
  if (end == 0) {
    // 经查明：买买提·吐尔逊，男
    const size_t dotted = DottedNameForward(s, at, out->text_has_dot);
    if (dotted > 0 && SexAt(s, at + dotted)) end = at + dotted;
  }
  if (end != 0 && !OfficerFieldEndsAt(s, label)) AddHeuristic(at, end, out);
}

void NameAfterSpacedListNumber(std::string_view s, size_t i, Findings* out) {
  const size_t after = AfterListNumber(s, i);
  if (after == i) return;
  // (Most numbers after a space start no person's item: 2026年 3 月. A name starts with a surname
  // there, or is a dotted one.)
  if (const size_t at = OverSpaces(s, after);
      !HasNameClass(Decode3(s, at), kListSurnameClass | kCompoundFirstClass) &&
      !(out->text_has_dot && s.substr(at, 16).find("\xC2\xB7") != std::string_view::npos)) {
    return;
  }
  // In a field's value where a colon comes before i on its line: a person's field's value
  // (证人：1.冯建军 2.周立新), and not an officer's (办案民警：1.冯建军 2.韩冬梅). Else as at a
  // line's start.
  const size_t from = i > 120 ? i - 120 : 0;
  const std::string_view before = s.substr(from, i - from);
  if (const size_t colon = before.rfind(':'); colon != std::string_view::npos &&
                                              from + colon >= 3 &&
                                              before.find('\n', colon) == std::string_view::npos) {
    size_t label = 0;
    switch (LabelBeforeColon(s, from + colon, &label)) {
      case ColonLabel::kPerson:
        NameInField(s, label, after, out);
        return;
      case ColonLabel::kNoPerson:
        return;
      case ColonLabel::kOther:
        if (OfficerFieldEndsAt(s, label)) return;
        break;
      case ColonLabel::kNone:
        break;
    }
  }
  NameAtClauseStart(s, after, out);
}

namespace {

// Whether an English gloss of the label starts at byte `at` (姓名(Name), 姓名 Name, 姓名/Name:,
// 户名(Account Name), 姓名 Full Name): letters and spaces ending in "name", perhaps in
// parentheses; its end in *end, with the spaces after it.
bool LabelGlossAt(std::string_view s, size_t at, size_t* end) {
  const bool paren = at < s.size() && s[at] == '(';
  const size_t first = at + (paren ? 1 : 0);
  size_t word = first;
  while (word < s.size() && word - first < 24 &&
         (IsAlpha(static_cast<unsigned char>(s[word])) || s[word] == ' ')) {
    ++word;
  }
  while (word > first && s[word - 1] == ' ') --word;  // (姓名 Name 李晓东)
  if (word < first + 4) return false;
  for (size_t k = 0; k < 4; ++k) {
    if ((s[word - 4 + k] | 0x20) != "name"[k]) return false;
  }
  if (paren) {
    if (word >= s.size() || s[word] != ')') return false;
    ++word;
  }
  *end = OverSpaces(s, word);
  return true;
}

// The verbs between a label and its value (户名为李晓东, 户名变更为李晓东): the length of the one
// at byte `at`, or 0. (写的是 since session fifty: 户名写的是“马海呷呷”.)
constexpr std::array<std::string_view, 17> kLabelVerbs = {
    "为",     "是",     "系",     "叫",     "均为",   "应为",   "即为",   "仍为",  "分别为",
    "显示为", "变更为", "更正为", "更改为", "修改为", "登记为", "填写为", "写的是"};
// The last characters of organizations' names in quotation marks after a label (“…商行”,
// “…有限公司”, “…合作社”), not of persons'.
constexpr std::string_view kBodyNameEnds = "司店行部厂社院所局站馆园场队会室心";
size_t LabelVerbAt(std::string_view s, size_t at) {
  for (const std::string_view verb : kLabelVerbs) {
    if (s.substr(at, verb.size()) == verb) return verb.size();
  }
  return 0;
}

}  // namespace

void ChatSpeakerInTag(std::string_view s, size_t close, Findings* out) {
  if (close + 3 >= s.size() || s[close + 3] != ':') return;
  size_t k = close;  // the name's start
  int chars = 0;
  while (chars < 4 && k >= 3 && (NameClassAt(s, k - 3) & kIdeographClass) != 0) {
    k -= 3;
    ++chars;
  }
  if (chars < 2 || k < 4 || s[k - 1] != '-') return;
  // (A name's first: a surname, 阿, 小 or 老, or a doubled character: not 【客服-售后】.)
  const char32_t first = Decode3(s, k);
  if (!HasNameClass(first, kListSurnameClass | kCompoundFirstClass) && first != U'阿' &&
      first != U'小' && first != U'老' && first != Decode3(s, k + 3)) {
    return;
  }
  size_t role = k - 1;
  int role_chars = 0;
  while (role_chars < 6 && role >= 3 && (NameClassAt(s, role - 3) & kIdeographClass) != 0) {
    role -= 3;
    ++role_chars;
  }
  if (role_chars == 0 || role < 3 || s.compare(role - 3, 3, "【") != 0 ||
      (role > 3 && s[role - 4] != '\n')) {
    return;
  }
  AddHeuristic(k, close, out);
}

namespace {

// The last characters of roles that end no chat speaker's handle (报警人, 民警, 对方, 客服, 群主,
// 派出所; ChatSpeakerBeforeColon, ChatHandleBeforeColon).
constexpr std::string_view kSpeakerRoleEnds = "人员方服主长官局所队户师生家";
// What ends a school's or an office's name in a handle besides kBodyNameEnds (学校-教务处2：).
constexpr std::string_view kSchoolOrOfficeEnds = "校处";

// Whether a chat log's stamp, and nothing else on its line, comes before the speaker at byte
// `at`: a time (20:15, 09:02:11) before spaces, in brackets or not (`lenticular`: 【…】), with a
// date before it or not ([2026-03-02 20:15], 01-15 09:02, ［1月6日 08:57］; a date in characters
// since session fifty-three, red-team set R).
bool StampBefore(std::string_view s, size_t at, bool lenticular) {
  size_t t = lenticular ? at - 3 : at;
  while (t > 0 && s[t - 1] == ' ') --t;
  if (t > 0 && (s[t - 1] == ']' || s[t - 1] == ')')) --t;
  const size_t time_end = t;
  while (t > 0 && (IsDigit(static_cast<unsigned char>(s[t - 1])) || s[t - 1] == ':')) --t;
  if (time_end - t < 4 || s.substr(t, time_end - t).find(':') == std::string_view::npos) {
    return false;
  }
  for (size_t line = t; line > 0 && s[line - 1] != '\n';) {
    const char c = s[line - 1];
    if (t - line > 24) return false;
    if (line >= 3 && (s.compare(line - 3, 3, "月") == 0 || s.compare(line - 3, 3, "日") == 0 ||
                      s.compare(line - 3, 3, "年") == 0)) {
      line -= 3;
      continue;
    }
    if (lenticular && line >= 3 && s.compare(line - 3, 3, "【") == 0) {
      line -= 3;
      continue;
    }
    if (!(IsDigit(static_cast<unsigned char>(c)) || c == '-' || c == '/' || c == '[' || c == '(' ||
          c == ' ' || c == '.')) {
      return false;
    }
    --line;
  }
  return true;
}

// Whether a stamp's bracket, ] or 】, ends right before byte `at` (spaces between them), the stamp
// alone on its line before it (StampBefore): a chat handle's start.
bool StampBracketBefore(std::string_view s, size_t at) {
  while (at > 0 && s[at - 1] == ' ') --at;
  const bool lenticular = at >= 3 && s.compare(at - 3, 3, "】") == 0;
  return at >= 5 && (s[at - 1] == ']' || lenticular) && StampBefore(s, at, lenticular);
}

}  // namespace

void ChatSpeakerBeforeColon(std::string_view s, size_t colon, Findings* out) {
  size_t end = colon;
  // (After the speaker's bracket: 艾克拜尔（微信号：…）：.)
  if (end > 0 && s[end - 1] == ')') {
    const size_t open = s.substr(0, end).rfind('(');
    if (open == std::string_view::npos || end - open > 60 ||
        s.substr(open, end - open).find('\n') != std::string_view::npos) {
      return;
    }
    end = open;
  }
  // (Or a name of two or three characters before a dash and a note with a number, a class's or
  // a bus's: 吴秀清-四2班：; since session sixty-eight, red-team set AG. Not a shop's or a
  // platform's name before its staff's, 安心借-王经理. The scan asks only where a digit comes
  // before the note's last character.)
  const size_t whole = end;
  bool number = false;
  for (size_t k = end; k + 18 > whole && k >= 7 && s[k - 1] != '\n'; --k) {
    number = number || IsDigit(static_cast<unsigned char>(s[k - 1]));
    if (s[k - 1] != '-') continue;
    const size_t dash = k - 1;
    if (number && (NameClassAt(s, dash - 3) & kIdeographClass) != 0 &&
        (NameClassAt(s, dash - 6) & kIdeographClass) != 0) {
      end = dash;
    }
    break;
  }
  size_t at = end;
  while (end - at < 15 && at >= 3 && (NameClassAt(s, at - 3) & kIdeographClass) != 0) at -= 3;
  if (end != whole && end - at > 9) end = whole;
  // (Or a child's name before the parent's word: 符子轩妈妈：, 阿宝爸：; since session sixty-eight,
  // red-team set AG.)
  for (const std::string_view parent : {"妈妈", "爸爸", "奶奶", "爷爷", "家长", "妈", "爸"}) {
    if (end - at >= 6 + parent.size() && end - at <= 9 + parent.size() &&
        s.compare(end - parent.size(), parent.size(), parent) == 0) {
      end -= parent.size();
      break;
    }
  }
  // (Or after 】: 【2026-03-06 21:49】伢崽：; since session fifty-seven, red-team set V.)
  const bool lenticular = at >= 3 && s.compare(at - 3, 3, "】") == 0;
  if (end - at < 6 || at < 5 || (s[at - 1] != ' ' && s[at - 1] != ']' && !lenticular)) return;
  if (!StampBefore(s, at, lenticular)) return;
  // Led as a name is: a surname, 阿 小 老, or a character that writes names by their sound, or a
  // given name of two characters alone (not a police log's step, 14:20 到达现场：, 08:30
  // 开始询问：). Not a name masked already, nor a
  // role (客服, 对方, 群主), nor the police.
  static constexpr std::array<std::string_view, 6> kNotSpeakers = {"客服", "系统", "对方",
                                                                   "本人", "群主", "管理员"};
  const std::string_view speaker = s.substr(at, end - at);
  // (Or, since session fifty-six, red-team set U, a character doubled or a rural name of 二:
  // 拴拴：, 二娃：.)
  const bool given_name =
      end == at + 6 &&
      (((NameClassAt(s, at) & kGivenNameClass) != 0 &&
        (NameClassAt(s, at + 3) & kGivenNameClass) != 0) ||
       (s.compare(at, 3, s.substr(at + 3, 3)) == 0 && (NameClassAt(s, at) & kStopClass) == 0) ||
       (s.compare(at, 3, "二") == 0 && ErNameCharAt(s, at + 3)));
  // (Or, since session fifty-seven, red-team set V, any handle after a stamp in brackets, of up
  // to five characters, that ends as no role's word does: 【2026-03-06 21:49】伢崽：,
  // 【…】望湖居晏姐：. Not 【…】报警人：, 【…】民警：.)
  // (Or, since session sixty, red-team set Y, a given name's character or a surname before 哥,
  // 姐, 仔, 妹, 娃 or 宝: 19:02 芳姐：, 根哥：.)
  const bool familiar = end == at + 6 && CharIn<kNicknameLasts>(s.substr(at + 3, 3)) &&
                        (NameClassAt(s, at) & (kGivenNameClass | kWideSurnameClass)) != 0;
  const bool handle =
      (s[at - 1] == ']' || lenticular) && !CharIn<kSpeakerRoleEnds>(s.substr(end - 3, 3));
  if (end - at > 12 && !handle) return;
  if (!(HasNameClass(Decode3(s, at), kListSurnameClass | kCompoundFirstClass) ||
        CharIn<kFamiliarFirsts>(s.substr(at, 3)) || IsTransliterationChar(s.substr(at, 3)) ||
        given_name || handle || familiar) ||
      speaker.find("某") != std::string_view::npos ||
      speaker.find("警") != std::string_view::npos ||
      std::find(kNotSpeakers.begin(), kNotSpeakers.end(), speaker) != kNotSpeakers.end() ||
      PersonNounAt(s, at, end)) {
    return;
  }
  AddHeuristic(at, end, out);
}

// Since session seventy (red-team set AI): a chat speaker's own name in brackets after the
// handle, before the colon at byte `colon` (【19:45】老某1（葛志田）：, [19:45] 二某（葛小勇）：):
// two to four ideographs led by a surname, none a stop, not masked nor a role's word; the handle
// before the bracket one of ideographs and digits after the stamp.
void ChatNameInBracketBeforeColon(std::string_view s, size_t colon, Findings* out) {
  // (The opening bracket within the longest name's bytes: a line's stray parenthesis sends no
  // search further back.)
  const size_t from = colon > 15 ? colon - 15 : 0;
  size_t open = s.substr(from, colon - 1 - from).rfind('(');
  if (open == std::string_view::npos) return;
  open += from;
  if (open + 1 + 12 < colon - 1 || open + 1 + 6 > colon - 1) return;
  const size_t begin = open + 1, end = colon - 1;
  if (!HasNameClass(Decode3(s, begin), kListSurnameClass | kCompoundFirstClass)) return;
  for (size_t k = begin; k < end; k += 3) {
    const uint16_t cls = NameClassAt(s, k);
    if ((cls & kIdeographClass) == 0 || (cls & kStopInNameClass) != 0 ||
        s.compare(k, 3, "某") == 0) {
      return;
    }
  }
  size_t handle = open;
  while (handle > 0 && open - handle < 30 &&
         (IsDigit(static_cast<unsigned char>(s[handle - 1])) ||
          (handle >= 3 && (NameClassAt(s, handle - 3) & kIdeographClass) != 0))) {
    handle -= IsDigit(static_cast<unsigned char>(s[handle - 1])) ? 1 : 3;
  }
  // (Spaces may follow the stamp's bracket: [19:45] 二某（葛小勇）：.)
  if (handle == open || !StampBracketBefore(s, handle) ||
      CharIn<kSpeakerRoleEnds>(s.substr(end - 3, 3)) || PersonNounAt(s, begin, end)) {
    return;
  }
  AddHeuristic(begin, end, out);
}

// Since session seventy (red-team sets AH and AI): a name called at a chat message's start, right
// before 你 or 您 (【20:33】椒某：建军你嫑在群里胡说, 老某：格日勒你说话算数): two different given
// names' characters, none a stop nor a word nor a vocative's (兄弟你), or a name by its sound of
// three characters or more.
void VocativeAfterChatSpeaker(std::string_view s, size_t colon, Findings* out) {
  const size_t at = OverSpaces(s, colon + 1);
  if (at + 9 > s.size() || (NameClassAt(s, at) & kIdeographClass) == 0) return;
  auto before_you = [&](size_t end) {
    return s.compare(end, 3, "你") == 0 || s.compare(end, 3, "您") == 0;
  };
  if (before_you(at + 6) && DistinctGivenNamePairAt(s, at) &&
      !PairIn<kNotVocatives>(s.substr(at, 6)) &&
      s.compare(at + 3, 3, "天") != 0) {  // (nor a day's word: 明天你来)
    AddHeuristic(at, at + 6, out);
    return;
  }
  if (const size_t end = SoundNameEnd(s, at, /*after_person_word=*/true);
      end >= at + 9 && before_you(end)) {
    AddHeuristic(at, end, out);
    return;
  }
  // (Or a familiar name of a given name's character that is no surname and 哥 仔 娃 弟 妹, called
  // before a comma, ! or 你 (【22:14】福某：雄仔，警察有来问我, 小某1：彬哥我到出站口了); since
  // session seventy-one, red-team sets AA, AB, AE, Z. A surname's, 熊哥, leaves only the surname,
  // as the policy does; not 小妹, 妹妹 nor the vocatives' words.)
  static constexpr std::string_view kFamiliarEnds = "哥仔娃弟妹";
  const uint16_t first = NameClassAt(s, at);
  if ((first & kGivenNameClass) != 0 && (first & (kListSurnameClass | kStopClass)) == 0 &&
      s.compare(at, 3, "小") != 0 && CharIn<kFamiliarEnds>(s.substr(at + 3, 3)) &&
      s.compare(at, 3, s.substr(at + 3, 3)) != 0 &&  // (not 妹妹，, 弟弟，)
      !PairIn<kNotVocatives>(s.substr(at, 6)) &&
      (s[at + 6] == ',' || s[at + 6] == '!' || before_you(at + 6) ||
       s.compare(at + 6, 3, "我") == 0)) {
    AddHeuristic(at, at + 6, out);
  }
}

// Since session sixty-nine (red-team set AH): a chat handle after a stamp in brackets that
// ChatSpeakerBeforeColon does not read, before the colon at byte `colon`: six ideographs or more
// (橄榄妹妹小芳：, 祁山诸葛文斌：), or two or more joined by a dash, a middle dot, Latin letters or
// digits (小柯-单板教练：, 老黄-水口：, 椒王·老三：, 张淑琴0318：), masked whole. Not the police's
// (…派出所-韩志勇：, 交警…：), nor a system's or a role's (系统消息：, …客服：), nor a masked name.
void ChatHandleBeforeColon(std::string_view s, size_t colon, Findings* out) {
  size_t at = colon;
  int ideographs = 0;
  bool joined = false;
  while (at > 0 && colon - at < 42) {
    const auto c = static_cast<unsigned char>(s[at - 1]);
    if (c == 0xB7 && at >= 2 && s[at - 2] == '\xC2') {
      at -= 2;
      joined = true;
    } else if (c >= 0x80 && at >= 3 && (NameClassAt(s, at - 3) & kIdeographClass) != 0) {
      at -= 3;
      ++ideographs;
    } else if (c == '-' || IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
      --at;
      joined = true;
    } else {
      break;
    }
  }
  // (Spaces may follow the stamp's bracket: [2026-03-02 20:15] 张淑琴0318：.)
  if (ideographs < 2 || (ideographs < 6 && !joined) || !StampBracketBefore(s, at)) return;
  const std::string_view handle = s.substr(at, colon - at);
  for (const std::string_view word : {"警", "某", "派出所", "公安", "系统", "官方"}) {
    if (handle.find(word) != std::string_view::npos) return;
  }
  if (colon >= 3 && CharIn<kSpeakerRoleEnds>(s.substr(colon - 3, 3))) return;
  // (Nor a body's, where a part of it ends as a body's name does, or a school's or an office's:
  // 学校-教务处2：.)
  for (size_t k = at + 3; k <= colon; ++k) {
    if ((k == colon || static_cast<unsigned char>(s[k]) < 0x80 || s[k] == '\xC2') &&
        static_cast<unsigned char>(s[k - 1]) >= 0x80 && s[k - 2] != '\xC2' &&
        (CharIn<kBodyNameEnds>(s.substr(k - 3, 3)) ||
         CharIn<kSchoolOrOfficeEnds>(s.substr(k - 3, 3)))) {
      return;
    }
  }
  // (Unjoined, it ends as a name does: two given names' characters or a familiar name, 小芳, 文斌;
  // not a log's step, 【14:20】到达现场开展调查取证工作：.)
  if (!joined &&
      !(((NameClassAt(s, colon - 6) & NameClassAt(s, colon - 3) & kGivenNameClass) != 0 &&
         !IsWordNotName(s.substr(colon - 6, 6))) ||
        CharIn<kFamiliarFirsts>(s.substr(colon - 6, 3)))) {
    return;
  }
  AddHeuristic(at, colon, out);
}

// The characters before 名 in the labels of a person's other name (曾用名, 化名, 别名, 真名, 原名,
// 本名; not 大名, 全名, 又名, 现名: 家人叫他大名时常常没有反应).
constexpr std::string_view kOtherNameLabelFirsts = "用化别真原本";

// (With `len` 0, from NameRightAfterLabel: a name of three characters at most, four with a
// compound surname.)
void NameAfterLabelGap(std::string_view s, size_t i, size_t len, Findings* out) {
  // (【 姓名 】: spaces inside the brackets.)
  const size_t label = BackOverSpaces(s, i);
  // (Or 本名 right before the name, since session sixty-two, red-team set AA: 牛某（赶集群众，
  // 本名牛天保）; not 本名 and a space, "this name".)
  const bool own_name = len == 0 && label == i && s.compare(i - 6, 6, "本名") == 0;
  if ((!own_name && !LabelNamesValue(s, label)) || OfficersNameLabel(s, label)) return;
  // Spaces, an English gloss, then one mark between the label and its value (姓名 | 李晓东,
  // [姓名]: 李晓东, 姓名(Name) 李晓东, 姓名/Name: 李晓东).
  size_t at = OverSpaces(s, i + len);
  if (len == 1 && s[i] == '(') at = i;  // (the gloss's own parenthesis)
  LabelGlossAt(s, at, &at);
  if (at < s.size() && (s[at] == ':' || s[at] == '|' || s[at] == '/' || s[at] == ']' ||
                        s[at] == '-' || s[at] == '=')) {
    at = OverSpaces(s, at + 1);
  } else if (s.substr(at, 3) == "】") {
    at = OverSpaces(s, at + 3);
  }
  if (LabelGlossAt(s, at, &at) && at < s.size() && s[at] == '/') at = OverSpaces(s, at + 1);
  if (at < s.size() && s[at] == ':') at = OverSpaces(s, at + 1);  // 【姓名】：
  // A verb before the value (户名为李晓东, 姓名 是 王芳, 户名变更为李晓东, 姓名系王芳).
  if (const size_t verb = LabelVerbAt(s, at); verb != 0) {
    at = OverSpaces(s, at + verb);
    if (at < s.size() && s[at] == ':') at = OverSpaces(s, at + 1);  // 姓名为：
  }
  // A name in quotation marks (户名是“龙春生”, 户名“波罕”的银行卡, 收款户名"艾合买提江吐尔逊";
  // since session fifty, red-team sets A, J, M): two to eight ideographs (a dot between them too),
  // whatever their first, but not an organization's (户名“青崖县某某商行”).
  if (const size_t open = s.compare(at, 3, "“") == 0 ? 3 : (at < s.size() && s[at] == '"');
      open != 0) {
    size_t end = at + open;
    int chars = 0;
    while (chars < 9 && end < s.size() &&
           ((NameClassAt(s, end) & kIdeographClass) != 0 || s.compare(end, 2, "\xC2\xB7") == 0)) {
      end += s[end] == '\xC2' ? 2 : 3;
      ++chars;
    }
    if (chars >= 2 && chars <= 8 && (s.compare(end, 3, "”") == 0 || (open == 1 && s[end] == '"')) &&
        !CharIn<kBodyNameEnds>(s.substr(end - 3, 3)) && s.compare(end - 6, 6, "女士") != 0 &&
        s.compare(end - 6, 6, "先生") != 0) {  // (a surname and a title: 账户名“霍女士”)
      AddHeuristic(at + open, end, out);
    }
    return;
  }
  // Not a header row (姓名 性别 民族), nor 姓名 as a noun (姓名 等信息).
  if (NotNameWordAt(s, at)) return;
  // Without a colon, the value must start as a name does: with a surname of the wider lists, a
  // compound one or a dotted name's first part (not 姓名 一栏, 户名 为). After a word that names
  // another name of the same person (曾用名, 本名, 原名 …), of all three lists but 单 (名单):
  // 本名牛天保 (since session sixty-two, red-team set AA).
  const char32_t first = Decode3(s, at);
  const bool other_name = CharIn<kOtherNameLabelFirsts>(s.substr(label - 6, 3));
  // (After 户名, an account holder's name by its sound: two to four ideographs, none a stop, the
  // first two of such names (SoundNameChars), whole before a comma, a full stop or a bracket, led
  // by no common surname: 户名宝音，, 户名斯郎甲初（; since session seventy, red-team set AI. Not
  // a check's word: 户名正确，.)
  if (s.compare(label - 6, 6, "户名") == 0 && !IsSurnameChar(first, Surnames::kCommon) &&
      SoundNameChars().contains(first) && SoundNameChars().contains(Decode3(s, at + 3)) &&
      s.compare(at, 6, "正确") != 0) {
    size_t end = at;
    while (end < at + 12 && (NameClassAt(s, end) & kIdeographClass) != 0 &&
           (NameClassAt(s, end) & kStopClass) == 0) {
      end += 3;
    }
    if (end >= at + 6 && end < s.size() &&
        (s[end] == ',' || s[end] == '(' || s[end] == ';' || s.compare(end, 3, "。") == 0) &&
        !CharIn<kBodyNameEnds>(s.substr(end - 3, 3)) && !IsWordNotName(s.substr(at, 6))) {
      AddHeuristic(at, end, out);
      return;
    }
  }
  if (!IsSurnameChar(first, other_name && first != U'单' ? Surnames::kList : Surnames::kWide) &&
      !IsCompoundSurname(s.substr(at, 6)) && DottedNameForward(s, at, out->text_has_dot) == 0) {
    return;
  }
  const size_t longest = len != 0                             ? std::string_view::npos
                         : IsCompoundSurname(s.substr(at, 6)) ? 12
                                                              : 9;
  NameInField(s, label, at, out, longest);
}

void NameRightAfterLabel(std::string_view s, size_t i, Findings* out) {
  // (Not 签名 or 署名: 署名文章.)
  if (i < 6 || s.size() < i + 6 || (s.substr(i - 6, 3) == "签" || s.substr(i - 6, 3) == "署")) {
    return;
  }
  // (Not a join, whatever its surname: 姓名和身份证号.)
  if (const std::string_view ch = s.substr(i, 3); ch == "和" || ch == "及" || ch == "与") return;
  NameAfterLabelGap(s, i, 0, out);
}

namespace {

// Whether an officer's field ends with kBeforeName[k] (办案单位负责人, 取证人).
bool EndsOfficerField(size_t k) {
  static const std::array<bool, kBeforeName.size()> kEnds = [] {
    std::array<bool, kBeforeName.size()> ends{};
    for (size_t w = 0; w < kBeforeName.size(); ++w) {
      for (const std::string_view field : kOfficerFields) {
        if (field.size() > kBeforeName[w].size() && field.ends_with(kBeforeName[w])) ends[w] = true;
      }
    }
    return ends;
  }();
  return kEnds[k];
}

}  // namespace

// A villager's name at byte `at` after 村的 (kVillagersOf): a familiar name of 阿 or 小
// (FamiliarNameAt), or a surname of the two wider lists and two given names' characters, none a
// stop nor starting a word with it, that end as a name does (塘角村的韦秀英，); not a family's
// house nor a place (该村的王家大院, 李家村的李子树, 村的谢家沟), nor a surname with an elder's
// word (村的张大妈).
void VillagerNameAt(std::string_view s, size_t at, Findings* out) {
  if (s.compare(at, 3, "阿") == 0 || s.compare(at, 3, "小") == 0) {
    FamiliarNameAt(s, at, out);
    return;
  }
  const size_t end = at + 9;
  if (end > s.size() || !HasNameClass(Decode3(s, at), kWideSurnameClass)) return;
  for (size_t c = at + 3; c < end; c += 3) {
    const uint16_t cls = NameClassAt(s, c);
    if ((cls & kGivenNameClass) == 0 || (cls & kStopClass) != 0) return;
  }
  if (IsWordNotName(s.substr(at, 6)) ||
      !(EndsName(s, end) || AfterListedNameAt(s, end) || ListJoinAt(s, end) != 0)) {
    return;
  }
  AddHeuristic(at, end, out);
  NamesListedAfter(s, end, out);
}

// A name read in quotation marks after a person's word (NameHeuristicAt) stands only where one
// the reading found ends at the closing mark, or a title of kCalledNoOne between (群主“阿雅老师”,
// 主播叫“李明轩导师”): on leaving its scope, the findings added since it was made are dropped
// otherwise (no closing mark found, within the longest handle: none stands).
class QuotedNameGuard {
 public:
  QuotedNameGuard(std::string_view s, Findings* out)
      : s_(s), out_(out), found_(out->candidates.size()) {}
  QuotedNameGuard(const QuotedNameGuard&) = delete;
  QuotedNameGuard& operator=(const QuotedNameGuard&) = delete;
  ~QuotedNameGuard() {
    if (!quoted_) return;
    std::vector<Candidate>& found = out_->candidates;
    if (std::none_of(
            found.begin() + static_cast<ptrdiff_t>(found_), found.end(), [&](const Candidate& c) {
              return c.end == close_ ||
                     (c.end + 6 == close_ && std::find(kCalledNoOne.begin(), kCalledNoOne.end(),
                                                       s_.substr(c.end, 6)) != kCalledNoOne.end());
            })) {
      found.resize(found_);
    }
  }
  void Close(size_t close) {
    quoted_ = true;
    close_ = close;
  }

 private:
  std::string_view s_;
  Findings* out_;
  size_t found_;
  bool quoted_ = false;
  size_t close_ = std::string_view::npos;
};

size_t NameHeuristicAt(std::string_view s, size_t i, Findings* out) {
  static const CodePointMap kBeforeFirst = FirstCharWords(kBeforeName);
  const CodePointMap& kAfterFirst = AfterNameFirsts();
  char32_t cp;
  const size_t len = DecodeUtf8(s, i, &cp);
  // A role word may start with a word that follows names (驾驶人, 报警人: 驾驶, 报警): a name
  // before it is looked for too (张三驾驶人力三轮车), and the scan resumes after the longer.
  size_t resume = i + len;
  for (uint64_t words = kBeforeFirst.Find(cp); words != 0; words &= words - 1) {
    const auto k = static_cast<size_t>(std::countr_zero(words));
    const std::string_view word = kBeforeName[k];
    if (!ContextWordAt(s, i, word)) continue;
    // (事 of 人事 当事 故事 军事 民事 刑事 starts no 事主: 人事主管.)
    if (i >= 3 && word == "事主" && CharIn<kWordsBeforeShi>(s.substr(i - 3, 3))) continue;
    size_t at = i + word.size();
    // (A villagers' group's head, read at 村民: 原村民组长李德义, 村民小组长岩块; since session
    // sixty-six.)
    if (k == kVillagerContext) {
      if (s.compare(at, 6, "组长") == 0) {
        at += 6;
      } else if (s.compare(at, 9, "小组长") == 0) {
        at += 9;
      }
    }
    // Not an officer's field that ends with the word (办案单位负责人王建国, 取证人：韩明亮).
    if (EndsOfficerField(k) && OfficerFieldEndsAt(s, at)) {
      resume = at;
      break;
    }
    if (const size_t latin = LatinNameAfterPersonWord(s, at, out); latin != 0) {
      resume = latin;  // (我在朋友Oliver GRANT介绍的; since session sixty-five)
      break;
    }
    // A form's colon between the word and the name (报警人：张三, folded to ':').
    if (at < s.size() && s[at] == ':') {
      ++at;
    } else if (const size_t linked = OverNameLink(s, at); linked != at) {
      // Or 为 or 是 before a surname (房东为敖桂兰, 车主为朱永兵; since session forty-five): then
      // read as after a person's noun, a name that ends with a given name's character (not
      // 司机是王府井公司员工).
      RoleNameAt(s, linked, out, /*given_last=*/true);
      resume = linked;
      break;
    } else if (s.compare(at, 3, "有") == 0 && k < kFirstKinContext &&
               HasNameClass(Decode3(s, at + 3), kWideSurnameClass)) {
      // Or 有 after a word for persons who are many (围观的村民有孙保国、李秀兰、张某等人;
      // since session sixty-four, red-team set AC), before a list of names: only where a list's
      // join or 等 follows the first (not 被害人有严重外伤, 嫌疑人有高血压、糖尿病).
      if (const size_t end = RoleNameEnd(s, at + 3);
          end > at + 3 && (ListJoinAt(s, end) != 0 || s.compare(end, 3, "等") == 0)) {
        RoleNameAt(s, at + 3, out, /*given_last=*/true);
        resume = at + 3;
        break;
      }
    }
    // A person's number may come first (被害人一 王建平, 证人1 王建平): the name after it ends as
    // a form's value does, or (below) ends with a given name's character (not 被害人1 金项链被抢).
    if (const size_t numbered = at == i + word.size() ? OverLabelNumber(s, at) : at;
        numbered != at) {
      // Else a name as after the word alone, before more of a clause (被害人1 郑燕的手机被盗,
      // 被害人一 郑燕将…), that ends with a given name's character (not 被害人1 金戒指被抢,
      // 石膏固定).
      const size_t found = out->candidates.size();
      NameInField(s, at, numbered, out);
      if (out->candidates.size() == found) RoleNameAt(s, numbered, out, /*given_last=*/true);
    } else if (k >= kStrongContexts) {
      const size_t found = out->candidates.size();
      RoleNameAt(s, at, out);  // (a dotted name as well)
      // (A name by its sound of four or more, as after a noun for persons: 犯罪嫌疑人泽仁多吉有
      // 重大作案嫌疑; since session forty-six.)
      // (Or, so, a name of three led by a surname that starts common words too, whose other two
      // characters are given names': 犯罪嫌疑人盛小龙抓获, 其父亲盛家宝作为; since session
      // sixty-seven, red-team set AF.)
      // (Or a name of two by its sound led by such a name's first character where no place's
      // word follows, as after a kin word: 报案人巴图手机没电; since session seventy-one, red-team
      // set AI. The first character first: SoundNameEnd's walk for every role word without a
      // name cost 0.2 % more instructions.)
      if (out->candidates.size() == found &&
          (LongSoundNameAt(s, at) || ListSurnameNameEnd(s, at, /*given_both=*/true) != 0 ||
           (SoundNameFirstSet().contains(Decode3(s, at)) &&
            SoundNameEnd(s, at, /*after_person_word=*/true) == at + 6 &&
            !PlaceOrBodyAfter(s, at + 6)))) {
        RoleNameAt(s, at, out, /*given_last=*/false, /*after_person_word=*/true);
      }
    } else if (const size_t n = DottedNameForward(s, at, out->text_has_dot); n > 0) {
      AddHeuristic(at, at + n, out);
      NamesListedAfter(s, at + n, out);
    } else {
      size_t m = NameForwardFrom(s, at, Surnames::kWide);
      // A name with a stop character in it (其朋友王立新称, 其朋友王建立称) where a speech word, a
      // stop that is no given name's or the end of a clause comes right after it.
      if (const size_t wide = NameForwardFrom(s, at, Surnames::kWide, /*bounded=*/true);
          wide > m && EndsName(s, at + wide)) {
        m = wide;
      }
      // (One character shorter before a word that follows persons, as after a role word:
      // 邻居周全起夜, 母亲田丽当晚.)
      if (m >= 9 && !EndsListedName(s, at + m) && EndsListedName(s, at + m - 3)) m -= 3;
      // (A surname that starts common words as well, as after a role word: 其丈夫毕永福当晚; a
      // name by its sound: 其朋友吐尔洪, read as after a person's word since session forty-one:
      // 其女儿次仁曲珍被吵醒.) (Of three characters whose other two are given names', before
      // any word: 其父亲盛家宝作为; since session sixty-seven, red-team set AF.)
      if (m == 0) {
        size_t end = ListSurnameNameEnd(s, at, /*given_both=*/true);
        if (end == 0) end = SoundNameEnd(s, at, /*after_person_word=*/true);
        if (end == 0 && k >= kFirstKinContext && k <= kLastKinContext) {
          end = KinNameEnd(s, at);
          // (Or a child's doubled given name: 我女儿婷婷先看看; since session fifty-eight.)
          if (end == 0 && DoubledGivenNameAfterKin(s, at)) end = at + 6;
        }
        if (end != 0) m = end - at;
      }
      // (Not a division's name: 其邻居王团镇; since session forty-two. Nor a village's:
      // 见证人：孙楼村村民委员会主任; since session sixty-four, red-team set AC.)
      if (m > 0 && !CharIn<kDivisionEnds>(s.substr(at + m - 3, 3)) &&
          !CharIn<kVillageEnds>(s.substr(at + m - 3, 3))) {
        AddHeuristic(at, at + m, out);
        NamesListedAfter(s, at + m, out);
      }
    }
    resume = at;
    break;
  }
  if (resume == i + len) {
    static const CodePointMap kKinFirst = FirstCharWords(kKinWords);
    for (uint64_t words = kKinFirst.Find(cp); words != 0; words &= words - 1) {
      const auto k = static_cast<size_t>(std::countr_zero(words));
      const std::string_view word = kKinWords[k];
      if (!ContextWordAt(s, i, word)) continue;
      size_t at = i + word.size();
      // (Not a longer word: 其女儿, 其女友, 其孙辈, 其叔父; or one of the list, read on: 其妻弟.)
      // (方 only after 其女 and 之女, the bride's side: not 其子方建新代领; since session
      // fifty-nine, red-team set X.)
      if (word.size() == 6 && CharIn<kKinGoesOn>(s.substr(at, 3)) &&
          (s.compare(at, 3, "方") != 0 || word.ends_with("女"))) {
        break;
      }
      if (word == "其妻" && CharIn<kWifesSiblings>(s.substr(at, 3))) continue;
      if (word.ends_with("侄") && s.compare(at, 3, "孙") == 0) break;  // (其侄孙林海)
      // (And a name right before 之: （五）吴有福之妻汪某1; since session sixty-three, red-team
      // set AB. Not 之子公司.)
      if (cp == U'之' && !(word == "之子" && s.compare(at, 6, "公司") == 0)) {
        if (const size_t start = NameMayEndAt(s, i) ? NameEndingAt(s, i, out->text_has_dot) : kNone;
            start != kNone) {
          AddNameBefore(s, start, i, out);
        }
      }
      if (at < s.size() && s[at] == ':') ++at;
      at = OverSpaceBeforeSurname(s, at);
      // (Or 名 between: 其父名阿说日拉; not 其父名下; since session fifty-five, red-team set T.)
      if (s.compare(at, 3, "名") == 0 && s.compare(at + 3, 3, "下") != 0) at += 3;
      const size_t found = out->candidates.size();
      RoleNameAt(s, at, out, /*given_last=*/k >= kFirstWiderKin, /*after_person_word=*/true);
      // (Not at 其妻子: 妻子 is read on its own.)
      if (const size_t end = out->candidates.size() == found && s.compare(at, 3, "子") != 0
                                 ? KinNameEnd(s, at)
                                 : 0;
          end != 0) {
        AddHeuristic(at, end, out);
        NamesListedAfter(s, end, out);
      }
      if (out->candidates.size() != found) resume = at;
      break;
    }
  }
  static const CodePointMap kNounFirst = FirstCharWords(kPersonNouns);
  static const CodePointMap kKinNounFirst = FirstCharWords(kKinNouns);
  static const CodePointMap kWorkNounFirst = FirstCharWords(kWorkNouns);
  static const CodePointMap kTradeNounFirst = FirstCharWords(kTradeNouns);
  static const CodePointMap kMoreTradeNounFirst = FirstCharWords(kMoreTradeNouns);
  static const CodePointMap kMoreKinNounFirst = FirstCharWords(kMoreKinNouns);
  static const CodePointMap kFolkKinNounFirst = FirstCharWords(kFolkKinNouns);
  auto after_noun = [&](std::string_view word, std::span<const std::string_view> nouns, bool kin) {
    size_t at = i + word.size();
    if (const size_t latin = LatinNameAfterPersonWord(s, at, out); latin != 0) {
      resume = latin;  // (持照人Chukwuemeka OKAFOR，; since session sixty-five)
      return;
    }
    // A name in quotation marks fills them: what the reading below finds is dropped unless a
    // name of it ends at the closing mark (not 叫“黄山门票互助群”, a group's name; since session
    // seventy-one, red-team set AJ).
    QuotedNameGuard quoted(s, out);
    if (at < s.size() && s[at] == ':') {
      ++at;
    } else if (s.substr(at, 3) == "“") {
      // (Not a surname and 女士 or 先生 quoted, as a shop's order writes it: 账户名“霍女士”.)
      // (StartsWith: the text may end within the six bytes; a fuzzer's finding, 他前妻“ab, since
      // session seventy-one.)
      if (StartsWith(s, at + 6, "女士") || StartsWith(s, at + 6, "先生")) return;
      at += 3;
      quoted.Close(s.substr(0, at + kMostHandleBytes).find("”", at));
    } else if (at < s.size() && s[at] == '"') {
      ++at;  // (老伴"朝鲁", 女儿"朵朵"; since session forty-six)
      quoted.Close(s.substr(0, at + kMostHandleBytes).find('"', at));
    } else if (kin) {
      // (我妈妈李秀英: the last character doubled.)
      if (nouns.data() == kMoreKinNouns.data() &&
          s.compare(at, 3, word.substr(word.size() - 3)) == 0) {
        at += 3;
      }
      at = OverSpaceBeforeSurname(s, OverNameLink(s, at));
    } else {
      at = OverNameLink(s, at);  // (收款人是莫振宇, 所有人为罗德贵; since session thirty-nine)
    }
    // (Not where the noun goes on as a longer word: 保安服务有限公司, 保安员, 学生证, 老师们;
    // a dotted name would be read there in a text with a dot.)
    if (CharIn<kNounGoesOn>(s.substr(at, 3))) return;
    // (Nor where 翻译 is a verb: 翻译成中文, 翻译为汉语, 翻译给他.)
    if (word == "翻译" && CharIn<kAfterTranslateVerb>(s.substr(at, 3))) return;
    // (Nor 叫车, a ride called: 通过享途平台叫车回家; since session fifty-two, red-team set P.)
    if (word == "叫" && s.compare(at, 3, "车") == 0 &&
        CharIn<kAfterCalledCar>(s.substr(at + 3, 3))) {
      return;
    }
    // (Nor what a business is called: 一家叫“古韵轩”的店, 这家叫古韵轩的; since session
    // sixty-three, red-team set AB.)
    if (word == "叫" && i >= 6 && s.compare(i - 3, 3, "家") == 0 &&
        CharIn<kShopCounters>(s.substr(i - 6, 3))) {
      return;
    }
    // (Nor a police unit's 主任, an officer: 指挥中心主任, 局法制室主任, 警务室主任.)
    if (word == "主任" && PoliceUnitBefore(s, i)) return;
    // A nickname of 阿 or 老 and one character, called out (都叫他阿彪，; not 叫他老板); or
    // of a rank and a sibling's word (也有人叫他三哥。; since session fifty-eight, red-team
    // set W).
    if (const char32_t lead = Decode3(s, at);
        (lead == U'阿' || lead == U'老' ||
         (CharIn<kSiblingRanks>(s.substr(at, 3)) && CharIn<kRankedKin>(s.substr(at + 3, 3)))) &&
        word.size() == 6 && (Decode3(word, 0) == U'叫' || Decode3(word, 0) == U'喊') &&
        (NameClassAt(s, at + 3) & kIdeographClass) != 0 &&
        (NameClassAt(s, at + 6) & kIdeographClass) == 0 && !IsNameStop(s.substr(at + 3, 3)) &&
        // (Nor 老婆, 阿姨: since session fifty-four.)
        !NamesNoOneAt(s, at) &&
        std::find(kNotNicknames.begin(), kNotNicknames.end(), s.substr(at, 6)) ==
            kNotNicknames.end()) {
      AddHeuristic(at, at + 6, out);
      resume = at + 6;
      return;
    }
    // A nickname of a rank and a rural name's character, called out, or with 子 or 儿 after them
    // (大家叫他二黑，, 屯里都叫他二柱子，; since session sixty-eight, red-team set AG).
    // (Or after 叫 alone, before a comma or 。: 一个叫二娃，; since session seventy-one, red-team
    // set AJ.)
    if ((word.size() == 6 || word == "叫") &&
        (Decode3(word, 0) == U'叫' || Decode3(word, 0) == U'喊') &&
        CharIn<kSiblingRanks>(s.substr(at, 3)) && ErNameCharAt(s, at + 3)) {
      const size_t end =
          s.compare(at + 6, 3, "子") == 0 || s.compare(at + 6, 3, "儿") == 0 ? at + 9 : at + 6;
      if ((NameClassAt(s, end) & kIdeographClass) == 0 &&
          (word.size() == 6 || (end < s.size() && s[end] == ',') || s.compare(end, 3, "。") == 0)) {
        AddHeuristic(at, end, out);
        resume = end;
        return;
      }
    }
    // A familiar name of 阿 or 小 and a given name's character (助理小美让我, 会计阿娟那里; since
    // session forty-five).
    if (const char32_t lead = Decode3(s, at); lead == U'阿' || lead == U'小') {
      const size_t found = out->candidates.size();
      FamiliarNameAt(s, at, out);
      if (out->candidates.size() != found) {
        resume = at;
        return;
      }
    }
    // (A child's doubled given name after a kin noun: 他孙女悦悦先看看; since session
    // fifty-eight, as after 女儿.)
    // (Or after 叫, of any character that is no stop, before a comma or a stop: 小姑娘叫朵朵，;
    // since session fifty-nine, red-team set X.)
    // (Since session sixty-six, red-team sets AE, AB, G, I and R, after 我家 or 俺家 only these
    // and a familiar name (我家秀秀才7岁, 我家小婷从小): not 我家新房, 我家东西.)
    const bool home = word == "我家" || word == "俺家";
    const bool kin_noun =
        home || nouns.data() == kKinNouns.data() || nouns.data() == kMoreKinNouns.data();
    if ((kin_noun && DoubledGivenNameAfterKin(s, at)) ||
        (word == "叫" && at + 7 <= s.size() && DoubledGivenName(s, at, at + 6) &&
         (s[at + 6] == ',' || s.compare(at + 6, 3, "。") == 0))) {
      AddHeuristic(at, at + 6, out);
      resume = at;
      return;
    }
    if (home) {
      // (Or a full name of three of the wider surnames whose other two are given names' and
      // that ends as a name does: 我家陈思琪今日考试; since session sixty-eight, red-team set AG.)
      if (HasNameClass(Decode3(s, at), kWideSurnameClass) &&
          (NameClassAt(s, at + 3) & kGivenNameClass) != 0 &&
          (NameClassAt(s, at + 6) & kGivenNameClass) != 0 && RoleNameEnd(s, at) == at + 9) {
        AddHeuristic(at, at + 9, out);
        resume = at;
        return;
      }
      // (Or a given name of two different given names' characters, none a stop nor a word,
      // that ends as a name does before a character (EndsName), or before a list's join: 我家建伟
      // 在解桥村, 俺家国强就带俺来; since session seventy, red-team set AI. Not before a clause's
      // end, 我家永远，, nor a doubled word, 我家明明没有.)
      if (DistinctGivenNamePairAt(s, at) &&
          ((EndsName(s, at + 6) && (NameClassAt(s, at + 6) & kIdeographClass) != 0) ||
           ListJoinAt(s, at + 6) != 0)) {
        AddHeuristic(at, at + 6, out);
        resume = at;
      }
      return;
    }
    // (After the nouns of kPersonNouns, a name by its sound of four characters or more is read
    // as after the others, where no place's word ends it: 物业保安乌力吉木仁劝至楼下, 员工乌兰
    // 托娅（手机…）; not 员工乌兰察布市人. Since session forty-six, red-team set J. With a
    // surname first, only where the other readings find none.)
    bool person_word = kin;
    // Where no surname follows, a name by its sound (服务员热娜), or a dotted name only
    // (服务员阿依古丽·买买提) whose parts start with no stop, nor its second with a division's
    // character (not 员工宿舍设·在九保阿昌族乡, 男子在梁河·县遮岛镇: a text's stray dot).
    // (After a kin noun, KinNameEnd where nothing else reads a name: 儿子朝鲁门，.)
    auto kin_name = [&] {
      size_t end = kin_noun ? KinNameEnd(s, at) : 0;
      // (Or a given name of two different given names' characters, none a stop nor a word, that
      // ends as a name does before a character, as after 我家: 我孙女欣怡帮我截的图; since
      // session seventy-one, red-team set AJ.)
      if (end == 0 && kin_noun && DistinctGivenNamePairAt(s, at) && EndsName(s, at + 6) &&
          (NameClassAt(s, at + 6) & kIdeographClass) != 0) {
        end = at + 6;
      }
      if (end != 0) {
        AddHeuristic(at, end, out);
        NamesListedAfter(s, end, out);
        resume = at;
      }
    };
    if (!HasNameClass(Decode3(s, at), kListSurnameClass | kCompoundFirstClass) &&
        SoundNameEnd(s, at, kin) == 0) {
      if (!kin && LongSoundNameAt(s, at)) {
        person_word = true;
      } else {
        const size_t n = DottedNameForward(s, at, out->text_has_dot);
        const size_t dot = n == 0 ? std::string_view::npos : s.find("\xC2\xB7", at);
        if (dot == std::string_view::npos || dot + 2 >= at + n || IsNameStop(s.substr(at, 3)) ||
            IsNameStop(s.substr(dot + 2, 3)) || CharIn<kDivisionEnds>(s.substr(dot + 2, 3))) {
          kin_name();
          return;
        }
      }
    }
    const size_t found = out->candidates.size();
    RoleNameAt(s, at, out, /*given_last=*/true, person_word);
    if (out->candidates.size() == found && !person_word && LongSoundNameAt(s, at)) {
      RoleNameAt(s, at, out, /*given_last=*/true, /*after_person_word=*/true);
    }
    if (out->candidates.size() == found) kin_name();
    if (out->candidates.size() != found) resume = at;
  };
  auto noun = [&](uint64_t words, std::span<const std::string_view> nouns, bool kin) {
    for (; words != 0; words &= words - 1) {
      const std::string_view word = nouns[static_cast<size_t>(std::countr_zero(words))];
      if (!ContextWordAt(s, i, word)) continue;
      after_noun(word, nouns, kin);
      return;
    }
  };
  // (Most characters the scan stops at start none of the nouns' lists: one test for all six.)
  static const CharSet* const kNounFirsts = [] {
    std::vector<std::string_view> firsts;
    for (const std::span<const std::string_view> nouns : kPersonNounLists) {
      for (std::string_view w : nouns) firsts.push_back(w.substr(0, 3));
    }
    return new CharSet(firsts);
  }();
  if (resume == i + len && cp == U'村' && s.compare(i, 6, kVillagersOf) == 0) {
    const size_t found = out->candidates.size();
    VillagerNameAt(s, i + 6, out);
    if (out->candidates.size() != found) resume = i + 6;
  }
  if (resume == i + len && kNounFirsts->contains(cp)) {
    noun(kNounFirst.Find(cp), kPersonNouns, /*kin=*/false);
    if (resume == i + len) noun(kKinNounFirst.Find(cp), kKinNouns, /*kin=*/true);
    if (resume == i + len) noun(kMoreKinNounFirst.Find(cp), kMoreKinNouns, /*kin=*/true);
    if (resume == i + len) noun(kFolkKinNounFirst.Find(cp), kFolkKinNouns, /*kin=*/true);
    // (People named by their work are read as after kin: 牧民扎西才让; since session thirty-nine.)
    if (resume == i + len) noun(kWorkNounFirst.Find(cp), kWorkNouns, /*kin=*/true);
    if (resume == i + len) noun(kTradeNounFirst.Find(cp), kTradeNouns, /*kin=*/true);
    if (resume == i + len) noun(kMoreTradeNounFirst.Find(cp), kMoreTradeNouns, /*kin=*/true);
    // A rank between a pronoun and a kin word, read as after the kin word (我二哥向德全的儿子,
    // 放我二舅常德友家; since session sixty-three, red-team set AB).
    if (resume == i + len && CharIn<kRankedKinPronouns>(s.substr(i, 3)) &&
        ((CharIn<kKinRanks>(s.substr(i + 3, 3)) && CharIn<kRankedKinWords>(s.substr(i + 6, 3))) ||
         s.compare(i + 3, 6, "兄弟") == 0 || s.compare(i + 3, 6, "老婆") == 0 ||
         s.compare(i + 3, 6, "老公") == 0)) {
      after_noun(s.substr(i, 9), kMoreKinNouns, /*kin=*/true);
    }
  }
  for (uint64_t words = kAfterFirst.Find(cp); words != 0; words &= words - 1) {
    const std::string_view word = kAfterName[static_cast<size_t>(std::countr_zero(words))];
    if (!ContextWordAt(s, i, word)) continue;
    if (word == "称" && i > 0) {
      const size_t p = PrevCharStart(s, i);
      const std::string_view prev = s.substr(p, i - p);
      // (Nor 称了, weighed: 白芍称了320公斤, not 称了解; since session sixty-four, red-team
      // set AC.)
      if (CharIn<kNotSpeechBefore>(prev) ||
          (s.compare(i + 3, 3, "了") == 0 && s.compare(i + 6, 3, "解") != 0)) {
        return resume;
      }
    }
    // (Before 签收 and 签字 no place's or body's name, nor an officer's: 李家村签收, 民警王磊签字;
    // nor before 女士 and 先生.)
    // (Nor a place's before 交通事故 and 道路交通: 梁河县交通事故; a given name's character ends
    // the name there.)
    const bool traffic = word == "交通事故" || word == "道路交通";
    if (Decode3(word, 0) == U'签' || word == "女士" || word == "先生" || traffic) {
      // (Nor a dotted name's there: 中华人民共･和国道路交通安全法, the dot a stray.)
      if (const size_t start = (traffic ? GivenNameMayEndAt(s, i) : NameMayEndAt(s, i))
                                   ? NameEndingAt(s, i, !traffic && out->text_has_dot)
                                   : kNone;
          start != kNone) {
        AddNameBefore(s, start, i, out);
      }
      return std::max(resume, i + word.size());
    }
    if (const size_t start = NameEndingAt(s, i, out->text_has_dot); start != kNone) {
      AddHeuristic(start, i, out);
      NamesListedBefore(s, start, out);
    }
    return std::max(resume, i + word.size());
  }
  return resume;
}

}  // namespace disclosure::redaction::internal
