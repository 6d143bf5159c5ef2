// The synthetic case-event generator. Scenario builders write one event each (a Chinese
// narrative with planted personal data), the route follows from the default policy
// (shared/spec/policy.md) and is recomputed from the finished event as a cross-check.
#include "gen/generator.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdio>
#include <initializer_list>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "gen/formats.h"

namespace disclosure::testing {
namespace {

using Sv = std::string_view;
using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// ---------------------------------------------------------------------------------------------
// Randomness: xoshiro256** seeded through splitmix64, the same on every platform and library.

class Rng {
 public:
  explicit Rng(uint64_t seed) {
    uint64_t x = seed;
    for (uint64_t& s : s_) s = SplitMix(x);
  }
  uint64_t Next() {
    const uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }
  uint64_t Below(uint64_t n) { return n == 0 ? 0 : Next() % n; }
  int Range(int lo, int hi) {
    return lo + static_cast<int>(Below(static_cast<uint64_t>(hi - lo + 1)));
  }
  bool Chance(double p) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p; }
  template <typename T, size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Below(N)];
  }
  std::string Digits(int n, bool nonzero_first = false) {
    std::string out(static_cast<size_t>(n), '0');
    for (int i = 0; i < n; ++i) {
      out[static_cast<size_t>(i)] =
          static_cast<char>(i == 0 && nonzero_first ? '1' + Below(9) : '0' + Below(10));
    }
    return out;
  }

 private:
  static uint64_t SplitMix(uint64_t& x) {
    uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
};

// ---------------------------------------------------------------------------------------------
// Small string helpers.

// A part of Cat: a string or an integer (written in decimal).
struct Part {
  Part(Sv v) : text(v) {}
  Part(const std::string& v) : text(v) {}
  Part(const char* v) : text(v) {}
  template <typename T, typename = std::enable_if_t<std::is_integral_v<T>>>
  Part(T v) : number(static_cast<int64_t>(v)), is_number(true) {}
  Sv text;
  int64_t number = 0;
  bool is_number = false;
};
// The parts one after the other: Cat({a, b, c}). In braces, the parts are evaluated left to
// right; a call's arguments are not (GCC on x86-64 evaluated many right to left, GCC on ARM64 and
// clang left to right), and many parts draw from the random numbers: the same seed gave other
// events on ARM64 (scripts/arm64-check.sh found it). Every call that draws more than once in its
// arguments draws into locals first, in order.
std::string Cat(std::initializer_list<Part> parts) {
  std::string s;
  s.reserve(64);
  for (const Part& part : parts) {
    if (part.is_number) {
      s.append(std::to_string(part.number));
    } else {
      s.append(part.text);
    }
  }
  return s;
}
std::string Pad(int64_t v, int width) {
  std::string s = std::to_string(v);
  if (static_cast<int>(s.size()) < width) s.insert(0, static_cast<size_t>(width) - s.size(), '0');
  return s;
}
std::string DateCn(const Ymd& d) { return Cat({d.year, "年", d.month, "月", d.day, "日"}); }
// The same date in Chinese numerals, as older forms write a birth date: 一九九〇年三月七日.
std::string DateCnNumerals(const Ymd& d) {
  static constexpr Sv kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  auto small = [](int v) {  // 1–31: 七, 十, 十二, 二十, 三十一
    std::string s;
    if (v >= 20) s += kDigits[v / 10];
    if (v >= 10) s += "十";
    if (v % 10 != 0) s += kDigits[v % 10];
    return s;
  };
  std::string s;
  for (const char ch : std::to_string(d.year)) s += kDigits[ch - '0'];
  return Cat({s, "年", small(d.month), "月", small(d.day), "日"});
}
std::string DateIso(const Ymd& d) {
  return Cat({Pad(d.year, 4), "-", Pad(d.month, 2), "-", Pad(d.day, 2)});
}
bool Contains(Sv hay, Sv needle) { return !needle.empty() && hay.find(needle) != Sv::npos; }

// ---------------------------------------------------------------------------------------------
// Fixed data: units, officers, places, names. Invented or public place names only.

struct Unit {
  Sv code;
  Sv name;
  Sv abbr;      // in document numbers: 梁公(九)…
  Sv township;  // the township it serves
};
enum UnitIndex {
  kZhedao, kMangdong, kJiubao, kMengyang, kPingshan, kNangsong, kHexi,
  kTrafficBrigade, kOrderBrigade, kExitEntryBrigade, kCriminalBrigade, kUnitCount
};
constexpr Unit kUnits[kUnitCount] = {
    {"533122010000", "梁河县公安局遮岛派出所", "遮", "遮岛镇"},
    {"533122020000", "梁河县公安局芒东派出所", "芒", "芒东镇"},
    {"533122030000", "梁河县公安局九保派出所", "九", "九保阿昌族乡"},
    {"533122040000", "梁河县公安局勐养派出所", "勐", "勐养镇"},
    {"533122050000", "梁河县公安局平山派出所", "平", "平山乡"},
    {"533122060000", "梁河县公安局曩宋派出所", "曩", "曩宋阿昌族乡"},
    {"533122070000", "梁河县公安局河西派出所", "河", "河西乡"},
    {"533122400000", "梁河县公安局交警大队", "交", "遮岛镇"},
    {"533122500000", "梁河县公安局治安管理大队", "治", "遮岛镇"},
    {"533122600000", "梁河县公安局出入境管理大队", "境", "遮岛镇"},
    {"533122200000", "梁河县公安局刑事侦查大队", "刑", "遮岛镇"},
};
constexpr int kStationCount = 7;
constexpr int kOfficersPerUnit = 4;
constexpr Sv kOfficers[kUnitCount * kOfficersPerUnit] = {
    "段明亮", "尹红",   "寸德勇", "杨兴福", "赵永刚", "刀志明", "线加祥", "曹云峰",
    "郭立新", "孙晓东", "闫红梅", "李朝阳", "早春兰", "尹光荣", "张德华", "番自强",
    "许文彬", "周建明", "马丽萍", "孟庆云", "王世杰", "何振宇", "朱国栋", "金永昌",
    "项宏伟", "刘正斌", "陈家荣", "董明",   "杨春华", "蔡思远", "唐卫东", "施文君",
    "李正华", "黄建平", "钱海波", "罗志远", "雷晓光", "方春生", "余立军", "谢绍林",
    "姚金龙", "冯建云", "彭加富", "龚世平"};

constexpr Sv kTownships[] = {"遮岛镇", "芒东镇", "勐养镇", "平山乡", "小厂乡",
                             "大厂乡", "九保阿昌族乡", "曩宋阿昌族乡", "河西乡"};
constexpr Sv kVillages[] = {"勐宋村", "横路村", "丙盖村", "安乐村", "关璋村", "弄别村", "翁冷村",
                            "江东村", "芒展村", "邦读村", "帮盖村", "蕨坝村", "红岩村", "盏西村"};
constexpr Sv kRoads[] = {"长安路", "南甸路", "凤凰路", "永和路", "九保街", "文化路", "龙兴路"};
constexpr Sv kCompounds[] = {"阳光小区", "南甸小区", "凤凰城小区", "锦绣花园小区", "滨河小区",
                             "和谐家园小区"};
constexpr Sv kOrgRoads[] = {"商贸路", "新城路", "环城东路", "环城西路", "兴梁路"};
constexpr Sv kPlaces[] = {"梁河县遮岛镇南甸路", "梁河县遮岛镇长安路", "梁河县芒东镇芒东街",
                          "梁河县九保阿昌族乡九保街", "梁河县勐养镇勐养街", "腾梁公路梁河段",
                          "梁河县遮岛镇凤凰路", "梁河县平山乡平山街"};
constexpr Sv kVenues[] = {"某烧烤店", "某超市", "某农贸市场", "某网吧", "某宾馆", "某茶室",
                          "某餐馆", "某加油站"};

constexpr Sv kSurnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
    "郭", "何", "高", "林", "罗", "郑", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭",
    "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕",
    "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖",
    "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫",
    "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "严",
    "覃", "武", "戴", "莫", "孔", "向", "汤", "寸", "赵", "线", "刀"};
// Surnames past the hundred commonest, for some of the persons no party names (the unlisted
// names the redaction heuristic must find by context alone). Surnames that start common words
// (施 施工, 康 康复 …) are left out, as the heuristic leaves them out (redaction/names.cc).
constexpr Sv kLessCommonSurnames[] = {"易", "乔", "洪", "辛", "柯", "樊", "殷", "葛", "鲁", "祝",
                                      "邢", "伍", "岳", "翟", "聂", "颜", "倪", "庞", "耿", "焦",
                                      "詹", "俞", "鲍", "艾", "梅", "喻", "裴", "祁", "阮", "仇",
                                      "冉", "卓", "穆", "萧", "晏", "霍", "骆", "饶", "翁", "佟",
                                      // rarer ones (訾, 郗, 窦 …)
                                      "訾", "郜", "芮", "宓", "邴", "郗", "糜", "窦", "荆", "钮"};
constexpr Sv kCompoundSurnames[] = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫",
                                    "尉迟", "公孙", "慕容", "令狐", "夏侯", "司徒"};
constexpr Sv kMaleFirst[] = {"建", "志", "国", "文", "永", "德", "俊", "家", "子", "天",
                             "宏", "振", "晓", "伟", "云", "金", "学", "新", "世", "嘉"};
constexpr Sv kMaleSecond[] = {"华", "强", "军", "勇", "杰", "涛", "斌", "超", "波", "辉",
                              "刚", "健", "鹏", "飞", "林", "峰", "福", "兵", "龙", "成",
                              "宇", "浩", "磊", "鑫", "凯", "洋", "翔", "彬"};
constexpr Sv kFemaleFirst[] = {"丽", "秀", "玉", "美", "晓", "春", "雪", "海", "淑", "慧",
                               "佳", "雨", "思", "欣", "梦", "紫", "诗", "婉", "小", "静"};
constexpr Sv kFemaleSecond[] = {"娟", "敏", "芳", "艳", "燕", "霞", "玲", "婷", "琳", "颖",
                                "洁", "梅", "兰", "英", "萍", "娜", "倩", "瑶", "怡", "悦",
                                "蕾", "薇", "涵", "琪"};
struct Minority {
  Sv name;
  bool male;
  Sv region;
};
constexpr Minority kMinorityNames[] = {
    {"岩罕", true, "533122"},   {"岩温", true, "533102"},   {"岩拉", true, "533103"},
    {"玉罕", false, "533122"},  {"玉香", false, "533103"},  {"玉腊", false, "533102"},
    {"阿依古丽·买买提", false, "653101"}, {"努尔艾力·吐尔逊", true, "650102"},
    {"古丽米拉·艾则孜", false, "653101"}, {"麦麦提·阿布都拉", true, "653121"},
    {"木然·早堵", true, "533124"},        {"勒排·早腊", false, "533123"}};
constexpr Sv kRegions[] = {"533102", "533103", "533123", "533124", "530102", "530111",
                           "530381", "510104", "330106", "370203", "440304", "500103"};
constexpr Sv kMobilePrefixes[] = {
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147",
    "150", "151", "152", "153", "155", "156", "157", "158", "159", "162", "165", "166",
    "167", "171", "172", "173", "175", "176", "177", "178", "180", "181", "182", "183",
    "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"};
constexpr Sv kCardBins[] = {"622202", "621700", "622848", "621226", "622588",
                            "623058", "621483", "622700", "621661", "622908"};
constexpr Sv kPlateProvinces[] = {"川", "贵", "渝", "湘", "粤", "浙", "桂", "黔"};
constexpr char kPlateLetters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";  // no I, O
constexpr Sv kMailDomains[] = {"163.com", "126.com", "qq.com", "sina.com", "foxmail.com"};
constexpr Sv kSyllables[] = {"li", "wang", "zhang", "yang", "chen", "zhao", "xiao", "ming",
                             "hua", "yun", "feng", "lei", "ting", "jing", "hai", "long"};
constexpr Sv kOrgWords[] = {"南甸", "凤凰", "兴达", "恒通", "金鑫", "宏远", "瑞丰", "和顺",
                            "佳禾", "锦程", "盛源", "永盛", "鼎盛", "华联", "博雅", "顺达"};
constexpr Sv kAmounts[] = {"五百元", "八百元", "一千二百元", "三千元", "五千元", "一万元",
                           "二万三千元", "三万元", "六万八千元"};

// ---------------------------------------------------------------------------------------------
// The event being built.

struct Party {
  std::string party_id, kind, role, name, id_number, birth_date, gender, phone, address;
  std::vector<std::string> aliases;
  int minor = -1;  // -1: field absent
  bool is_police = false;
  bool confidential = false;
};

struct Event {
  std::string schema = "case-event/1";
  std::string event_id, event_type, occurred_at, system, unit_code, unit_name, refers_to;
  std::string case_id, domain, category, title, summary;
  bool omit_domain = false;
  std::vector<std::string> tags;
  std::vector<Party> parties;
  std::vector<std::pair<std::string, std::string>> officers;  // name, badge
  bool has_decision = false;
  std::string document_no, decided_at, result, legal_basis, text;
};

struct Person {
  std::string name, surname, given, name_variant, gender;
  Ymd birth;
  std::string id, phone, township, chunk, chunk_variant, address;
  std::vector<std::string> aliases;
  std::vector<std::string> tokens;  // every way the texts may write the name
};

struct Org {
  std::string name, code, address;
};

struct Earlier {
  std::string event_id, case_id, domain, category, document_no, result, unit_code, unit_name,
      system, event_type;
};

// Overrides a scenario asks a base builder to apply.
struct Mods {
  int minor = 0;         // 1: flag, 2: birth_date, 3: ID number only, 4: birth date, turns 18 tomorrow
  int police = 0;        // 1: tag 涉警, 2: is_police party, 3: both
  std::string keyword;   // sentence with a sensitive keyword, appended to the summary
  bool unlisted = false; // a sentence naming a person no party names
  std::string tag;       // extra tag (secrets, sensitive)
  std::string category;  // replaces the category (intimate privacy)
};

struct Ctx {
  Event ev;
  std::vector<Planted> planted;
  std::vector<std::string> keep;
  std::vector<std::vector<std::string>> tokens;  // per person mentioned (parties and unlisted)
  std::vector<std::string> org_names;
  std::string scenario;
  Ymd date;
  int unit = 0;
  int reg_kind = 0;  // 1: penalty.decided, 2: license.decided (may be retracted later)
  Mods mods;
  std::string base_route;
};

// The default policy's override lists (policy.md §2).
constexpr Sv kSecretTags[] = {"国家秘密", "绝密", "机密", "秘密", "警务工作秘密", "技术侦查"};
constexpr Sv kIntimate[] = {"卖淫", "嫖娼", "强奸", "猥亵", "吸毒", "婚姻", "抚养"};
constexpr Sv kSensitiveTags[] = {"涉政", "群体性事件", "涉外", "重大敏感"};
constexpr Sv kKeywords[] = {"死亡", "命案", "爆炸", "恐怖", "邪教", "枪支", "群体"};

// A stable pick, one time in `n`, of a value at this point of the event (what was planted so
// far): variety in how a value is written that draws nothing from the generator's random
// stream, so that the events of a seed stay the same but for these variants.
// FNV-1a of `value` from `basis`.
uint64_t HashOf(Sv value, uint64_t basis) {
  uint64_t h = basis;
  for (const char ch : value) h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211ull;
  return h;
}

bool OneIn(const Ctx& c, Sv value, uint64_t n) {
  return (HashOf(value, 1469598103934665603ull ^ c.planted.size()) >> 7) % n == 0;
}

// A number in Chinese numerals, as a statement taken down by hand writes it (五三三一〇二…,
// 幺三八…), the forms of 0 and 1 drawn by hashes (nothing from the random stream).
std::string InChineseNumerals(const Ctx& c, Sv digits) {
  return ChineseNumerals(digits, OneIn(c, digits.substr(5), 3) ? "零" : "〇",
                         OneIn(c, digits.substr(4), 3) ? "幺" : "一");
}

// Surnames that also start common words (车辆, 施工, 管理 …): for later members of a list only.
constexpr Sv kWordSurnames[] = {"车", "施", "管", "盛", "苗", "童", "甄", "华",
                                "包", "宫", "谷", "项", "关", "应", "安"};

// A second person's name for a list (其朋友王五、赵六等人), drawn from `seed` by a hash: nothing
// from the random stream. Never of 曾 (the first name `u` of a list brings 曾 there). With
// `word_surnames`, a quarter of them have a surname that starts common words.
std::string HashedName(Sv seed, bool word_surnames) {
  uint64_t h = HashOf(seed, 14695981039346656037ull);
  auto pick = [&h](auto& list) {
    h = h * 6364136223846793005ull + 1442695040888963407ull;
    return Sv(list[(h >> 33) % std::size(list)]);
  };
  Sv surname = (h >> 40) % 4 == 0
                   ? (word_surnames ? pick(kWordSurnames) : pick(kLessCommonSurnames))
                   : pick(kSurnames);
  if (surname == "曾") surname = "王";
  return (h >> 50) % 2 == 0 ? Cat({surname, pick(kMaleFirst), pick(kMaleSecond)})
                            : Cat({surname, pick(kFemaleFirst), pick(kFemaleSecond)});
}

// `s` with a space between each run of ASCII digits and a character of another script next to
// it (长安路 18 号 3 栋, 1990 年 3 月), as some type them.
std::string SpacedNumbers(Sv s) {
  std::string out;
  auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
  auto lead = [](char ch) { return static_cast<unsigned char>(ch) >= 0xC0; };
  auto non_ascii = [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; };
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && ((digit(s[i]) && non_ascii(s[i - 1])) || (lead(s[i]) && digit(s[i - 1])))) {
      out += ' ';
    }
    out += s[i];
  }
  return out;
}

// A mobile number drawn by a hash of `seed` (nothing from the random stream).
std::string HashedMobile(Sv seed) {
  uint64_t h = HashOf(seed, 1099511628211ull);
  std::string digits(kMobilePrefixes[(h >> 40) % std::size(kMobilePrefixes)]);
  while (digits.size() < 11) {
    h = h * 6364136223846793005ull + 1442695040888963407ull;
    digits += static_cast<char>('0' + (h >> 33) % 10);
  }
  return digits;
}

void Plant(Ctx& c, Sv cls, std::string value, Sv variant) {
  for (const Planted& p : c.planted) {
    if (p.value == value && p.cls == cls) return;
  }
  c.planted.push_back(Planted{std::string(cls), std::move(value), std::string(variant)});
}

void Keep(Ctx& c, std::string value) {
  if (value.empty()) return;
  for (const std::string& k : c.keep) {
    if (k == value) return;
  }
  c.keep.push_back(std::move(value));
}

// ---------------------------------------------------------------------------------------------
// JSON output.

void Str(JsonWriter& w, Sv key, const std::string& value) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}
void OptStr(JsonWriter& w, Sv key, const std::string& value) {
  if (!value.empty()) Str(w, key, value);
}

void WriteEvent(const Event& ev, JsonWriter& w) {
  w.StartObject();
  Str(w, "schema", ev.schema);
  Str(w, "event_id", ev.event_id);
  Str(w, "event_type", ev.event_type);
  Str(w, "occurred_at", ev.occurred_at);
  w.Key("source");
  w.StartObject();
  Str(w, "system", ev.system);
  Str(w, "unit_code", ev.unit_code);
  Str(w, "unit_name", ev.unit_name);
  w.EndObject();
  OptStr(w, "refers_to", ev.refers_to);
  w.Key("case");
  w.StartObject();
  Str(w, "case_id", ev.case_id);
  if (!ev.omit_domain) Str(w, "domain", ev.domain);
  Str(w, "category", ev.category);
  OptStr(w, "title", ev.title);
  OptStr(w, "summary", ev.summary);
  if (!ev.tags.empty()) {
    w.Key("tags");
    w.StartArray();
    for (const std::string& t : ev.tags) w.String(t.data(), static_cast<rapidjson::SizeType>(t.size()));
    w.EndArray();
  }
  w.EndObject();
  if (!ev.parties.empty()) {
    w.Key("parties");
    w.StartArray();
    for (const Party& p : ev.parties) {
      w.StartObject();
      Str(w, "party_id", p.party_id);
      Str(w, "kind", p.kind);
      Str(w, "role", p.role);
      Str(w, "name", p.name);
      OptStr(w, "gender", p.gender);
      OptStr(w, "id_number", p.id_number);
      OptStr(w, "birth_date", p.birth_date);
      OptStr(w, "phone", p.phone);
      OptStr(w, "address", p.address);
      if (p.minor >= 0) {
        w.Key("minor");
        w.Bool(p.minor == 1);
      }
      if (p.is_police) {
        w.Key("is_police");
        w.Bool(true);
      }
      if (p.confidential) {
        w.Key("confidential");
        w.Bool(true);
      }
      if (!p.aliases.empty()) {
        w.Key("aliases");
        w.StartArray();
        for (const std::string& a : p.aliases) w.String(a.data(), static_cast<rapidjson::SizeType>(a.size()));
        w.EndArray();
      }
      w.EndObject();
    }
    w.EndArray();
  }
  if (!ev.officers.empty()) {
    w.Key("officers");
    w.StartArray();
    for (const auto& [name, badge] : ev.officers) {
      w.StartObject();
      Str(w, "name", name);
      Str(w, "badge", badge);
      w.EndObject();
    }
    w.EndArray();
  }
  if (ev.has_decision) {
    w.Key("decision");
    w.StartObject();
    OptStr(w, "document_no", ev.document_no);
    OptStr(w, "decided_at", ev.decided_at);
    OptStr(w, "result", ev.result);
    OptStr(w, "legal_basis", ev.legal_basis);
    OptStr(w, "text", ev.text);
    w.EndObject();
  }
  w.EndObject();
}

bool ParseTime(const std::string& t, int64_t* unix_seconds, int* offset_minutes) {
  // YYYY-MM-DDTHH:MM:SS(Z|±HH:MM)
  if (t.size() < 20) return false;
  auto num = [&](size_t pos, size_t len, int* out) {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) {
      if (t[i] < '0' || t[i] > '9') return false;
      v = v * 10 + (t[i] - '0');
    }
    *out = v;
    return true;
  };
  Ymd d;
  int hh = 0, mm = 0, ss = 0;
  if (!num(0, 4, &d.year) || t[4] != '-' || !num(5, 2, &d.month) || t[7] != '-' ||
      !num(8, 2, &d.day) || (t[10] != 'T' && t[10] != 't') || !num(11, 2, &hh) || t[13] != ':' ||
      !num(14, 2, &mm) || t[16] != ':' || !num(17, 2, &ss)) {
    return false;
  }
  if (!IsValidYmd(d) || hh > 23 || mm > 59 || ss > 59) return false;
  int offset = 0;
  if (t.size() == 20 && (t[19] == 'Z' || t[19] == 'z')) {
    offset = 0;
  } else if (t.size() == 25 && (t[19] == '+' || t[19] == '-') && t[22] == ':') {
    int oh = 0, om = 0;
    if (!num(20, 2, &oh) || !num(23, 2, &om) || oh > 23 || om > 59) return false;
    offset = (oh * 60 + om) * (t[19] == '-' ? -1 : 1);
  } else {
    return false;
  }
  *offset_minutes = offset;
  *unix_seconds = DaysFromCivil(d) * 86400 + hh * 3600 + mm * 60 + ss - offset * 60;
  return true;
}

std::string FormatTime(int64_t unix_seconds, int offset_minutes) {
  const int64_t local = unix_seconds + offset_minutes * 60;
  int64_t days = local / 86400;
  int64_t secs = local % 86400;
  if (secs < 0) {
    secs += 86400;
    --days;
  }
  const Ymd d = CivilFromDays(days);
  const int off = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  return Cat({DateIso(d), "T", Pad(secs / 3600, 2), ":", Pad(secs / 60 % 60, 2), ":",
              Pad(secs % 60, 2), offset_minutes < 0 ? "-" : "+", Pad(off / 60, 2), ":",
              Pad(off % 60, 2)});
}

enum class Scenario {
  kTrafficFine, kTrafficWarning, kAdminPerson, kAdminOrg, kAdminGetihu, kLicenseOrg,
  kLicensePerson, kRetract, kCriminalCase, kAdminClosed, kService, kMeasure, kReceived,
  kMinor, kSecret, kIntimate, kPolice, kSensitiveTag, kKeyword, kUnlisted
};
struct Weighted {
  Scenario scenario;
  int weight;  // per 1000
  Sv name;
};
constexpr Weighted kScenarios[] = {
    {Scenario::kTrafficFine, 145, "traffic_fine"},
    {Scenario::kTrafficWarning, 40, "traffic_warning"},
    {Scenario::kAdminPerson, 90, "admin_person"},
    {Scenario::kAdminOrg, 70, "admin_org"},
    {Scenario::kAdminGetihu, 30, "admin_getihu"},
    {Scenario::kLicenseOrg, 60, "license_org"},
    {Scenario::kLicensePerson, 60, "license_person"},
    {Scenario::kRetract, 50, "retract"},
    {Scenario::kCriminalCase, 100, "criminal_case"},
    {Scenario::kAdminClosed, 40, "admin_closed"},
    {Scenario::kService, 70, "service"},
    {Scenario::kMeasure, 45, "measure"},
    {Scenario::kReceived, 45, "received"},
    {Scenario::kMinor, 25, "override_minor"},
    {Scenario::kSecret, 12, "override_secret"},
    {Scenario::kIntimate, 18, "override_intimate"},
    {Scenario::kPolice, 30, "override_police"},
    {Scenario::kSensitiveTag, 20, "override_sensitive_tag"},
    {Scenario::kKeyword, 20, "override_keyword"},
    {Scenario::kUnlisted, 30, "override_unlisted_name"},
};

constexpr size_t kTooLargeBytes = 1100 * 1024 + 512;  // > 1 MiB
constexpr size_t kEarlierLimit = 4096;

}  // namespace

// =============================================================================================

struct Generator::Impl {
  explicit Impl(const GeneratorOptions& o) : options(o), rng(o.seed ^ 0x5EEDC0DEULL) {
    if (!ParseTime(options.start_time, &now, &offset)) {
      ParseTime(GeneratorOptions().start_time, &now, &offset);
    }
    for (Sv name : kOfficers) {
      officer_names.emplace(name);
      // Every run of at least two characters (all names here are 3-byte CJK characters).
      for (size_t b = 0; b < name.size(); b += 3) {
        for (size_t e = b + 6; e <= name.size(); e += 3) officer_parts.emplace(name.substr(b, e - b));
      }
    }
  }

  GeneratedEvent Next();

  // --- building blocks
  Ctx NewCtx(int unit, Sv scenario);
  void SetUnit(Ctx& c, int unit);
  std::string NextDocNo(const std::string& prefix, Sv suffix_open, Sv suffix_close, int width);
  std::string NewCaseId(Ctx& c, char kind);
  bool TokensConflict(const Ctx& c, const std::vector<std::string>& tokens) const;
  Person MakePerson(Ctx& c, int min_age, int max_age, Sv surname = {});
  Person MakeMinor(Ctx& c, int mode);
  Party& AddParty(Ctx& c, const Person& p, Sv role, double field_share = 0.75);
  Org MakeOrg(Ctx& c, Sv suffix, char category);
  void AddOrgParty(Ctx& c, const Org& o, Sv role);
  void AddOfficers(Ctx& c, int count);
  std::string OfficerLine(Ctx& c);
  std::string Incident(Ctx& c, int max_days_before);

  // Mentions in text, each recorded as planted.
  std::string NameRef(Ctx& c, const Person& p);
  std::string ShortRef(Ctx& c, const Person& p);
  std::string IdRef(Ctx& c, const std::string& id, bool allow_invalid);
  std::string PhoneRef(Ctx& c, const std::string& phone);
  std::string AddrRef(Ctx& c, const Person& p);
  std::string BirthRef(Ctx& c, const Person& p);
  std::string IntroParen(Ctx& c, const Person& p);
  std::string PlateRef(Ctx& c);
  std::string CardRef(Ctx& c);
  std::string ContactRef(Ctx& c);
  std::string PassportRef(Ctx& c, bool hk_macau);
  std::string TextOnlyId(Ctx& c);
  std::string TextOnlyAddress(Ctx& c);

  std::string NewId(const Ymd& birth, bool male, Sv region, bool force_x);
  std::string NewMobile();
  std::string NewLandline();

  // --- scenario builders; each returns the catalog route (before overrides)
  std::string TrafficPenalty(Ctx& c, bool warning_only);
  std::string AdminPenaltyPerson(Ctx& c);
  std::string AdminPenaltyOrg(Ctx& c, bool getihu);
  std::string License(Ctx& c, bool org);
  std::string Retraction(Ctx& c);
  std::string CriminalCase(Ctx& c);
  std::string AdminClosed(Ctx& c);
  std::string Service(Ctx& c);
  std::string Measure(Ctx& c);
  std::string Received(Ctx& c);
  std::string Build(Ctx& c, Scenario s);
  void ApplyTextMods(Ctx& c);
  std::string FinalRoute(const Ctx& c) const;
  bool Consistent(const Ctx& c) const;

  GeneratedEvent Good();
  GeneratedEvent Bad();
  std::string Serialize(const Event& ev, bool as_array = false);

  GeneratorOptions options;
  Rng rng;
  int64_t now = 0;
  int offset = 480;
  uint64_t counter = 0;
  std::string event_id;
  std::unordered_set<std::string> officer_names;  // full names
  std::unordered_set<std::string> officer_parts;  // their substrings of two or more characters
  std::vector<Earlier> penalties;
  std::vector<Earlier> licenses;
  std::unordered_map<std::string, int> doc_counters;
  std::unordered_map<std::string, int> case_counters;
  rapidjson::StringBuffer buffer;
};

Ctx Generator::Impl::NewCtx(int unit, Sv scenario) {
  Ctx c;
  c.scenario = std::string(scenario);
  c.ev.event_id = event_id;
  c.ev.occurred_at = FormatTime(now, offset);
  const int64_t local = now + offset * 60;
  c.date = CivilFromDays(local >= 0 ? local / 86400 : (local - 86399) / 86400);
  c.ev.system = "执法办案系统";
  SetUnit(c, unit);
  return c;
}

void Generator::Impl::SetUnit(Ctx& c, int unit) {
  c.unit = unit;
  c.ev.unit_code = std::string(kUnits[unit].code);
  c.ev.unit_name = std::string(kUnits[unit].name);
}

std::string Generator::Impl::NextDocNo(const std::string& prefix, Sv open, Sv close, int width) {
  // prefix e.g. "梁公(九)行罚决字"; numbers run per prefix and year.
  const int64_t local = now + offset * 60;
  const int year = CivilFromDays(local / 86400).year;
  const std::string key = Cat({prefix, "#", year});
  auto it = doc_counters.find(key);
  if (it == doc_counters.end()) it = doc_counters.emplace(key, rng.Range(1, 40)).first;
  const int n = it->second;
  it->second += rng.Range(1, 2);
  return Cat({prefix, open, year, close, Pad(n, width), "号"});
}

std::string Generator::Impl::NewCaseId(Ctx& c, char kind) {
  const std::string key =
      Cat({std::string(1, kind), c.ev.unit_code, Pad(c.date.year, 4), Pad(c.date.month, 2)});
  auto it = case_counters.find(key);
  if (it == case_counters.end()) it = case_counters.emplace(key, rng.Range(1, 30)).first;
  const int n = it->second;
  it->second += rng.Range(1, 3);
  return Cat({key, Pad(n, 4)});
}

bool Generator::Impl::TokensConflict(const Ctx& c, const std::vector<std::string>& tokens) const {
  for (const std::string& t : tokens) {
    if (officer_parts.count(t) != 0) return true;  // the token sits inside an officer's name
    for (size_t b = 0; b + 6 <= t.size(); b += 3) {  // an officer's name sits inside the token
      for (size_t e = b + 6; e <= t.size(); e += 3) {
        if (officer_names.count(t.substr(b, e - b)) != 0) return true;
      }
    }
    for (const auto& other : c.tokens) {
      for (const std::string& u : other) {
        if (Contains(u, t) || Contains(t, u)) return true;
      }
    }
    for (const std::string& org : c.org_names) {
      if (Contains(org, t)) return true;
    }
    for (Sv k : kKeywords) {
      if (Contains(t, k)) return true;
    }
  }
  return false;
}

std::string Generator::Impl::NewId(const Ymd& birth, bool male, Sv region, bool force_x) {
  std::string id = Cat({region, Pad(birth.year, 4), Pad(birth.month, 2), Pad(birth.day, 2), "000"});
  int seq = rng.Range(0, 499) * 2 + (male ? 1 : 0);
  for (int tries = 0; tries < 200; ++tries) {
    const std::string s = Pad(seq, 3);
    id.replace(14, 3, s);
    const char check = ResidentIdCheck(id.substr(0, 17));
    if (!force_x || check == 'X') {
      id.resize(17);
      id.push_back(check);
      return id;
    }
    seq = (seq + 2) % 1000;
  }
  id.resize(17);
  id.push_back(ResidentIdCheck(id));
  return id;
}

std::string Generator::Impl::NewMobile() { return Cat({rng.Pick(kMobilePrefixes), rng.Digits(8)}); }

std::string Generator::Impl::NewLandline() {
  if (rng.Chance(0.8))
    return Cat({"0692-", std::string(1, static_cast<char>('2' + rng.Below(7))), rng.Digits(6)});
  return Cat({"0871-6", rng.Digits(7)});
}

Person Generator::Impl::MakePerson(Ctx& c, int min_age, int max_age, Sv surname) {
  Person p;
  bool male = true;
  Sv region = "533122";
  for (int attempt = 0;; ++attempt) {
    p = Person();
    const uint64_t kind = rng.Below(100);
    if (kind < 5) {
      const Minority& m = rng.Pick(kMinorityNames);
      p.name = std::string(m.name);
      p.name_variant = "minority";
      male = m.male;
      region = m.region;
    } else {
      male = rng.Chance(0.55);
      p.surname = std::string(!surname.empty() ? surname : kind < 9 ? rng.Pick(kCompoundSurnames) : rng.Pick(kSurnames));
      p.name_variant = p.surname.size() == 6 ? "compound_surname" : "full";
      const bool two = rng.Chance(0.8);
      if (male) {
        p.given = two ? Cat({rng.Pick(kMaleFirst), rng.Pick(kMaleSecond)})
                      : std::string(rng.Pick(kMaleSecond));
      } else {
        p.given = two ? Cat({rng.Pick(kFemaleFirst), rng.Pick(kFemaleSecond)})
                      : std::string(rng.Pick(kFemaleSecond));
      }
      p.name = p.surname + p.given;
      region = rng.Chance(0.6) ? Sv("533122") : rng.Pick(kRegions);
    }
    p.tokens.push_back(p.name);
    if (p.given.size() == 6) p.tokens.push_back(p.given);  // two CJK characters
    if (!p.given.empty() && rng.Chance(0.12)) {
      const std::string last = p.given.substr(p.given.size() - 3);
      const uint64_t a = rng.Below(3);
      std::string alias = a == 0 ? "阿" + last : a == 1 ? "小" + last : "老" + p.surname;
      if (a == 2 && p.surname.size() != 3) alias = "阿" + last;
      p.aliases.push_back(alias);
      p.tokens.push_back(alias);
    }
    if (!TokensConflict(c, p.tokens) || attempt > 60) break;
  }
  c.tokens.push_back(p.tokens);
  p.gender = male ? "男" : "女";
  const int age = rng.Range(min_age, max_age);
  const int64_t days = DaysFromCivil(c.date) - (static_cast<int64_t>(age) * 365 + age / 4) - rng.Range(1, 360);
  p.birth = CivilFromDays(days);
  p.id = NewId(p.birth, male, region, rng.Chance(0.1));
  p.phone = rng.Chance(0.88) ? NewMobile() : NewLandline();
  p.township = std::string(c.unit < kStationCount && rng.Chance(0.7) ? kUnits[c.unit].township : rng.Pick(kTownships));
  const uint64_t v = rng.Below(100);
  if (v < 8) {
    // A villagers' group by its full name (村民小组), as Yunnan addresses often give it.
    const Sv village = rng.Pick(kVillages);
    const int group = rng.Range(1, 12);
    p.chunk = Cat({village, "第", group, "村民小组", rng.Range(1, 80), "号"});
    p.chunk_variant = "villagers_group";
  } else if (v < 45) {
    p.chunk = Cat({rng.Pick(kVillages), rng.Range(1, 12), "组", rng.Range(1, 80), "号"});
    p.chunk_variant = "village";
  } else if (v < 75) {
    p.chunk = Cat({rng.Pick(kRoads), rng.Range(1, 200), "号", rng.Range(1, 12), "栋",
                   rng.Range(1, 4), "单元", rng.Range(1, 18), Pad(rng.Range(1, 4), 2), "室"});
    p.chunk_variant = "road";
  } else {
    p.chunk = Cat({rng.Pick(kCompounds), rng.Range(1, 20), "幢", rng.Range(1, 18),
                   Pad(rng.Range(1, 4), 2), "室"});
    p.chunk_variant = "compound";
    if (OneIn(c, p.name, 4)) {
      // A zone or a phase between the estate and its numbers (阳光小区C区5幢, 滨河小区二期3幢),
      // picked by a hash: the random stream stays the same.
      const Sv zone = OneIn(c, p.name, 2) ? "二期" : OneIn(c, p.name, 3) ? "东区" : "C区";
      p.chunk.insert(p.chunk.find("小区") + Sv("小区").size(), zone);
      p.chunk_variant = "compound_zone";
    }
  }
  p.address = Cat({"云南省德宏州梁河县", p.township, p.chunk});
  return p;
}

// A minor under the given determination mode (see Mods::minor).
Person Generator::Impl::MakeMinor(Ctx& c, int mode) {
  Person p = MakePerson(c, 12, 16);
  if (mode == 4) {
    // Turns 18 tomorrow: still a minor on the day of the event.
    Ymd b{c.date.year - 18, c.date.month, c.date.day};
    if (!IsValidYmd(b)) b.day = 28;
    p.birth = CivilFromDays(DaysFromCivil(b) + 1);
    p.id = NewId(p.birth, p.gender == "男", p.id.substr(0, 6), false);
  }
  return p;
}

Party& Generator::Impl::AddParty(Ctx& c, const Person& p, Sv role, double share) {
  Party party;
  party.party_id = Cat({"P", static_cast<int64_t>(c.ev.parties.size() + 1)});
  party.kind = "person";
  party.role = std::string(role);
  party.name = p.name;
  if (rng.Chance(share)) party.gender = p.gender;
  if (rng.Chance(share + 0.1)) party.id_number = p.id;
  if (rng.Chance(share - 0.2)) party.birth_date = DateIso(p.birth);
  if (rng.Chance(share)) party.phone = p.phone;
  if (rng.Chance(share - 0.1)) party.address = p.address;
  party.aliases = p.aliases;
  c.ev.parties.push_back(std::move(party));
  return c.ev.parties.back();
}

Org Generator::Impl::MakeOrg(Ctx& c, Sv suffix, char category) {
  // category '1' company, '2' 个体工商户, 'S' public institution (事业单位)
  Org o;
  for (int attempt = 0; attempt < 20; ++attempt) {
    const Sv word = rng.Pick(kOrgWords);
    if (category == '2') {
      o.name = Cat({"梁河县", rng.Pick(kTownships), word, suffix});
    } else if (category == 'S') {
      o.name = Cat({"梁河县", rng.Pick(kTownships), suffix});
    } else {
      o.name = Cat({"梁河县", word, suffix});
    }
    bool clash = false;
    for (const auto& toks : c.tokens) {
      for (const std::string& t : toks) clash = clash || Contains(o.name, t);
    }
    for (const std::string& n : c.org_names) clash = clash || n == o.name;
    if (!clash) break;
  }
  std::string org8;
  if (category == '1' && rng.Chance(0.3)) {
    org8 = rng.Digits(8, true);
  } else {
    org8 = "MA";
    for (int i = 0; i < 6; ++i) org8.push_back(kCreditAlphabet[rng.Below(kCreditAlphabet.size())]);
  }
  std::string base = Cat({category == '2' ? "92" : category == 'S' ? "12" : "91", "533122", org8});
  base.push_back(OrgCodeCheck(org8));
  base.push_back(CreditCodeCheck(base));
  o.code = base;
  o.address = Cat(
      {"云南省德宏州梁河县", rng.Pick(kTownships), rng.Pick(kOrgRoads), rng.Range(1, 160), "号"});
  c.org_names.push_back(o.name);
  return o;
}

void Generator::Impl::AddOrgParty(Ctx& c, const Org& o, Sv role) {
  Party party;
  party.party_id = Cat({"O", static_cast<int64_t>(c.ev.parties.size() + 1)});
  party.kind = "organization";
  party.role = std::string(role);
  party.name = o.name;
  party.id_number = o.code;
  party.address = o.address;
  c.ev.parties.push_back(std::move(party));
}

void Generator::Impl::AddOfficers(Ctx& c, int count) {
  const int first = static_cast<int>(rng.Below(kOfficersPerUnit));
  for (int i = 0; i < count; ++i) {
    const int idx = c.unit * kOfficersPerUnit + (first + i) % kOfficersPerUnit;
    c.ev.officers.emplace_back(std::string(kOfficers[idx]), Cat({"0", 53100 + idx * 7 + 3}));
  }
}

std::string Generator::Impl::OfficerLine(Ctx& c) {
  std::string line = "办案民警：";
  for (size_t i = 0; i < c.ev.officers.size(); ++i) {
    if (i > 0) line += "、";
    line += c.ev.officers[i].first;
    Keep(c, c.ev.officers[i].first);
  }
  return line;
}

std::string Generator::Impl::Incident(Ctx& c, int max_days_before) {
  const Ymd d = CivilFromDays(DaysFromCivil(c.date) - rng.Range(0, max_days_before));
  const std::string date = DateCn(d);
  Keep(c, date);
  if (rng.Chance(0.3)) return Cat({date, rng.Range(0, 23), "时", rng.Range(1, 5) * 10, "分许"});
  return Cat({date, rng.Range(0, 23), "时许"});
}

std::string Generator::Impl::NameRef(Ctx& c, const Person& p) {
  if (p.name.size() == 6 && p.name_variant == "full" && OneIn(c, p.name, 12)) {
    // Two characters spaced for alignment, as forms print them (张　三).
    std::string spaced = Cat({p.name.substr(0, 3), "　", p.name.substr(3)});
    Plant(c, "person_name", spaced, "spaced");
    return spaced;
  }
  if (p.name.size() == 9 && p.name_variant == "full" && OneIn(c, p.name, 40)) {
    // Three characters spaced each, as text pasted from a PDF has them (王 建 国).
    std::string spaced = SpaceCharacters(p.name, " ");
    Plant(c, "person_name", spaced, "spaced_each");
    return spaced;
  }
  Plant(c, "person_name", p.name, p.name_variant);
  return p.name;
}

std::string Generator::Impl::ShortRef(Ctx& c, const Person& p) {
  if (!p.aliases.empty() && rng.Chance(0.6)) {
    Plant(c, "person_name", p.aliases[0], "alias");
    return p.aliases[0];
  }
  if (p.given.size() == 6 && rng.Chance(0.6)) {
    Plant(c, "person_name", p.given, "given_name");
    return p.given;
  }
  return NameRef(c, p);
}

std::string Generator::Impl::IdRef(Ctx& c, const std::string& id, bool allow_invalid) {
  if (allow_invalid && rng.Chance(0.08)) {
    std::string bad = id;
    const char right = bad[17];
    bad[17] = right == '0' ? '1' : right == 'X' ? '2' : static_cast<char>(right == '9' ? 'X' : right + 1);
    Plant(c, "id_number", bad, "invalid");
    return bad;
  }
  const uint64_t r = rng.Below(100);
  std::string value;
  Sv variant;
  if (id.back() == 'X' && r < 60) {
    value = id.substr(0, 17) + "x";
    variant = "lower_x";
  } else if (r < 15) {
    value = ToFullWidth(id);
    variant = "full_width";
  } else if (r < 30) {
    value = Cat({id.substr(0, 6), " ", id.substr(6, 8), " ", id.substr(14)});
    variant = "grouped";
  } else if (OneIn(c, id, 24)) {
    value =
        SpaceCharacters(id, OneIn(c, id.substr(1), 2) ? " " : "-");  // (another hash than above)
    variant = "one_digit_at_a_time";
  } else if (OneIn(c, id.substr(3), 16)) {
    value = InChineseNumerals(c, id);
    variant = "chinese_numerals";
  } else if (id.back() == 'X' && OneIn(c, id.substr(4), 4)) {
    value = id.substr(0, 17);  // its X left out
    variant = "no_check_character";
  } else {
    value = id;
    variant = "plain";
  }
  Plant(c, "id_number", value, variant);
  return value;
}

std::string Generator::Impl::PhoneRef(Ctx& c, const std::string& phone) {
  if (phone[0] == '0') {
    if (OneIn(c, phone, 4)) {
      // The local number alone (area codes are often left out within a county).
      const std::string local = phone.substr(phone.find('-') + 1);
      Plant(c, "phone", local, "landline_local");
      return local;
    }
    if (OneIn(c, phone.substr(2), 8)) {
      // In international form, the area code without its 0 (+86-692-2123456).
      const std::string written = "+86-" + phone.substr(1);
      Plant(c, "phone", written, "landline_international");
      return written;
    }
    if (OneIn(c, phone.substr(1), 8)) {
      const std::string written = InChineseNumerals(c, phone);  // the area code's dash kept
      Plant(c, "phone", written, "landline_chinese_numerals");
      return written;
    }
    Plant(c, "phone", phone, "landline");
    return phone;
  }
  const uint64_t r = rng.Below(100);
  std::string value;
  Sv variant;
  if (r < 45 && OneIn(c, phone.substr(2), 8)) {
    value = InChineseNumerals(c, phone);
    variant = "chinese_numerals";
  } else if (r < 45) {
    value = phone;
    variant = "plain";
  } else if (r < 60) {
    value = "+86 " + phone;
    variant = "+86";
  } else if (r < 72 && OneIn(c, phone.substr(3), 4)) {
    // Two spaces, ideographic ones, or a zero-width space (pasted from the web) between groups.
    // Or one of _ / 、 * ~ ，, typed to dodge a scanner.
    static constexpr Sv kSeparators[] = {"  ", "\u3000\u3000", "\u200B", " - ", "_",
                                         "/",  "、",           "*",      "~",   "，"};
    const Sv sep = kSeparators[(HashOf(phone, 17) >> 20) % std::size(kSeparators)];
    value = Cat({phone.substr(0, 3), sep, phone.substr(3, 4), sep, phone.substr(7)});
    variant = "grouped_other";
  } else if (r < 72) {
    value = Cat({phone.substr(0, 3), " ", phone.substr(3, 4), " ", phone.substr(7)});
    variant = "grouped";
  } else if (r < 80) {
    value = Cat({phone.substr(0, 3), "-", phone.substr(3, 4), "-", phone.substr(7)});
    variant = "grouped_dash";
  } else if (r < 84) {
    // No-break spaces, as text pasted from a web page or a word processor has them.
    value = Cat({phone.substr(0, 3), "\u00A0", phone.substr(3, 4), "\u00A0", phone.substr(7)});
    variant = "grouped_nbsp";
  } else {
    value = ToFullWidth(phone);
    variant = "full_width";
  }
  Plant(c, "phone", value, variant);
  return value;
}

std::string Generator::Impl::AddrRef(Ctx& c, const Person& p) {
  if (OneIn(c, p.chunk, 10)) {
    const std::string spaced = SpacedNumbers(p.chunk);  // 长安路 18 号 3 栋 …
    Plant(c, "address", spaced, "spaced");
    return Cat({"梁河县", p.township, spaced});
  }
  Plant(c, "address", p.chunk, p.chunk_variant);
  return Cat({"梁河县", p.township, p.chunk});
}

std::string Generator::Impl::BirthRef(Ctx& c, const Person& p) {
  if (OneIn(c, p.name, 8)) {
    const std::string d = DateCnNumerals(p.birth);
    Plant(c, "birth_date", d, "chinese_numerals");
    return d;
  }
  if (OneIn(c, p.name.substr(3), 10)) {
    const std::string d = SpacedNumbers(DateCn(p.birth));  // 1990 年 3 月 15 日
    Plant(c, "birth_date", d, "spaced");
    return d;
  }
  if (OneIn(c, p.id.substr(2), 10)) {
    // In figures: 1990·03·15, or the day first (15/03/1990).
    char written[16];
    if (OneIn(c, p.id, 2)) {
      std::snprintf(written, sizeof written, "%04d\u00B7%02d\u00B7%02d", p.birth.year,
                    p.birth.month, p.birth.day);
    } else {
      std::snprintf(written, sizeof written, "%02d/%02d/%04d", p.birth.day, p.birth.month,
                    p.birth.year);
    }
    Plant(c, "birth_date", written, "figures");
    return written;
  }
  const std::string d = DateCn(p.birth);
  Plant(c, "birth_date", d, "plain");
  return d;
}

std::string Generator::Impl::IntroParen(Ctx& c, const Person& p) {
  std::string s = "（" + p.gender;
  if (rng.Chance(0.35)) s += Cat({"，", BirthRef(c, p), "出生"});
  if (rng.Chance(0.7)) s += Cat({"，身份证号", IdRef(c, p.id, false)});
  if (rng.Chance(0.6)) s += Cat({"，住", AddrRef(c, p)});
  if (rng.Chance(0.35)) s += Cat({"，联系电话", PhoneRef(c, p.phone)});
  return s + "）";
}

std::string Generator::Impl::PlateRef(Ctx& c) {
  const bool local = rng.Chance(0.75);
  const std::string prov = local ? "云" : std::string(rng.Pick(kPlateProvinces));
  const char issuer = local ? (rng.Chance(0.8) ? 'N' : 'A') : kPlateLetters[rng.Below(12)];
  std::string serial;
  Sv variant;
  if (rng.Chance(0.2)) {
    serial.push_back(rng.Chance(0.7) ? 'D' : 'F');
    serial.push_back(rng.Chance(0.5) ? kPlateLetters[rng.Below(24)] : static_cast<char>('0' + rng.Below(10)));
    serial += rng.Digits(4);
    variant = "new_energy";
  } else {
    serial = rng.Digits(5);
    const int letters = static_cast<int>(rng.Below(3));
    for (int i = 0; i < letters; ++i) serial[rng.Below(4)] = kPlateLetters[rng.Below(24)];
    variant = rng.Chance(0.5) ? "dot" : "plain";
  }
  // Also, without a draw: a full stop for the dot, or a space after the province.
  Sv after_province = "";
  Sv dot = variant == "dot" ? "·" : "";
  if (variant == "dot" && OneIn(c, serial, 6)) {
    dot = ".";
    variant = "full_stop";
  } else if (variant == "plain" && OneIn(c, serial, 8)) {
    after_province = " ";
    variant = "space_after_province";
  }
  std::string value = Cat({prov, after_province, std::string(1, issuer), dot, serial});
  Plant(c, "plate", value, variant);
  return value;
}

std::string Generator::Impl::CardRef(Ctx& c) {
  const int len = rng.Chance(0.7) ? 19 : 16;
  std::string card(rng.Pick(kCardBins));
  card += rng.Digits(len - 7);
  card.push_back(LuhnCheck(card));
  std::string value = card;
  Sv variant = "plain";
  if (rng.Chance(0.2)) {
    value.clear();
    for (size_t i = 0; i < card.size(); ++i) {
      if (i > 0 && i % 4 == 0) value.push_back(' ');
      value.push_back(card[i]);
    }
    variant = "grouped";
  } else if (OneIn(c, card, 10)) {
    value = SpaceCharacters(card, " ");
    variant = "one_digit_at_a_time";
  }
  Plant(c, "bank_account", value, variant);
  return Cat({rng.Chance(0.5) ? "银行卡" : "卡号", value});
}

std::string Generator::Impl::ContactRef(Ctx& c) {
  const uint64_t r = rng.Below(3);
  if (r == 0) {
    std::string qq = rng.Digits(rng.Range(6, 10), true);
    if (OneIn(c, qq, 6)) {
      // QQ's nicknames as labels, written to dodge a scanner (picked by a hash).
      Plant(c, "contact", qq, "qq_nickname");
      return (OneIn(c, qq.substr(1), 2) ? "扣扣" : "企鹅号：") + qq;
    }
    Plant(c, "contact", qq, "qq");
    return "QQ号" + qq;
  }
  if (r == 1) {
    std::string wx = Cat({rng.Pick(kSyllables), rng.Chance(0.5) ? "_" : "", rng.Pick(kSyllables),
                          rng.Digits(rng.Range(2, 4))});
    if (OneIn(c, wx, 4)) {
      // The same id on a video app (picked by a hash: the random stream stays the same).
      Plant(c, "contact", wx, "douyin");
      return "抖音号：" + wx;
    }
    if (OneIn(c, wx.substr(1), 8)) {
      Plant(c, "contact", wx, "wechat_homophone");
      return "威信" + wx;
    }
    Plant(c, "contact", wx, "wechat");
    return "微信号" + wx;
  }
  std::string mail = Cat({rng.Pick(kSyllables), rng.Pick(kSyllables), rng.Digits(rng.Range(2, 4)),
                          "@", rng.Pick(kMailDomains)});
  if (OneIn(c, mail, 4)) {
    // Written to dodge a scanner, with [at] or # for @.
    mail.replace(mail.find('@'), 1, OneIn(c, mail, 2) ? "[at]" : "#");
    Plant(c, "contact", mail, "email_dodged");
    return "电子邮箱" + mail;
  }
  Plant(c, "contact", mail, "email");
  return "电子邮箱" + mail;
}

std::string Generator::Impl::PassportRef(Ctx& c, bool hk_macau) {
  std::string number;
  if (hk_macau) {
    number = "C" + rng.Digits(8);
  } else if (rng.Chance(0.7)) {
    number = "E" + rng.Digits(8);
  } else {
    number = Cat({"E", std::string(1, kPlateLetters[rng.Below(24)]), rng.Digits(7)});
  }
  Plant(c, "certificate", number, hk_macau ? "hk_macau_permit" : "passport");
  return Cat({hk_macau ? "通行证号码" : "护照号码", number});
}

std::string Generator::Impl::TextOnlyId(Ctx& c) {
  const int age = rng.Range(22, 65);
  const Ymd birth = CivilFromDays(DaysFromCivil(c.date) - age * 365 - rng.Range(1, 360));
  const bool male = rng.Chance(0.5);
  const Sv region = rng.Chance(0.5) ? Sv("533122") : rng.Pick(kRegions);
  const std::string id = NewId(birth, male, region, rng.Chance(0.15));
  return IdRef(c, id, false);
}

std::string Generator::Impl::TextOnlyAddress(Ctx& c) {
  std::string chunk = Cat({rng.Pick(kCompounds), rng.Range(1, 20), "幢", rng.Range(1, 18),
                           Pad(rng.Range(1, 4), 2), "室"});
  Plant(c, "address", chunk, "compound");
  return Cat({rng.Pick(kTownships), chunk});
}

// ---------------------------------------------------------------------------------------------
// Scenario builders.

namespace {

struct TrafficCat {
  Sv category;
  Sv act;
  Sv basis;
  Sv results[2];
  Sv vehicle;
};
constexpr Sv kTrafficLaw = "《中华人民共和国道路交通安全法》";
constexpr TrafficCat kTrafficCats[] = {
    {"饮酒后驾驶机动车", "时被查获，经呼气酒精检测，结果为{ALC}mg/100ml，属饮酒后驾驶机动车", "第九十一条第一款",
     {"罚款一千元，暂扣机动车驾驶证六个月", "罚款一千五百元，暂扣机动车驾驶证六个月"}, "小型轿车"},
    {"超速行驶", "时经测速，实测车速超过规定时速百分之二十以上未达到百分之五十", "第九十条",
     {"罚款二百元", "罚款一百五十元"}, "小型轿车"},
    {"违反禁止标线指示", "时越过道路中心实线行驶", "第九十条", {"罚款一百元", "罚款一百元"}, "小型普通客车"},
    {"不按规定使用安全带", "时驾驶人未按规定使用安全带", "第九十条", {"罚款五十元", "罚款五十元"}, "小型轿车"},
    {"驾驶摩托车未按规定戴安全头盔", "时驾驶人未按规定戴安全头盔", "第九十条",
     {"罚款五十元", "警告，并处罚款二十元"}, "普通二轮摩托车"},
    {"机动车违反规定停放", "时违反规定停放且驾驶人不在现场，妨碍其他车辆通行", "第九十三条第二款",
     {"罚款一百五十元", "罚款一百元"}, "小型轿车"},
    {"驾驶时拨打接听手持电话", "时驾驶人拨打接听手持电话", "第九十条", {"罚款五十元", "罚款五十元"}, "小型轿车"},
};

}  // namespace

std::string Generator::Impl::TrafficPenalty(Ctx& c, bool warning_only) {
  SetUnit(c, kTrafficBrigade);
  Event& ev = c.ev;
  ev.event_type = "penalty.decided";
  ev.domain = "traffic";
  ev.case_id = NewCaseId(c, 'A');
  const bool minor = c.mods.minor != 0;
  const TrafficCat& cat = warning_only ? kTrafficCats[rng.Range(3, 6)]
                          : minor      ? kTrafficCats[4]
                                       : rng.Pick(kTrafficCats);
  ev.category = std::string(cat.category);
  Person p = minor ? MakeMinor(c, c.mods.minor) : MakePerson(c, 20, 68);
  Party& party = AddParty(c, p, "offender");
  if (minor) {
    party.birth_date.clear();
    party.id_number.clear();
    if (c.mods.minor == 1) party.minor = 1;
    if (c.mods.minor == 2 || c.mods.minor == 4 || (c.mods.minor == 1 && rng.Chance(0.5))) party.birth_date = DateIso(p.birth);
    if (c.mods.minor == 3) party.id_number = p.id;
  }
  const bool police = c.mods.police >= 2;
  if (police) party.is_police = true;
  AddOfficers(c, rng.Range(1, 2));
  std::string act(cat.act);
  if (const size_t pos = act.find("{ALC}"); pos != std::string::npos) act.replace(pos, 5, std::to_string(rng.Range(21, 79)));
  const std::string plate = PlateRef(c);
  const std::string place(rng.Pick(kPlaces));
  const std::string when = Incident(c, warning_only ? 0 : 4);
  std::string who = NameRef(c, p);
  if (police) who = Cat({rng.Chance(0.5) ? "县公安局辅警" : "县公安局民警", who});
  std::string s = Cat({when, "，", who, "驾驶", plate, "号", cat.vehicle, "行经", place, act});
  if (warning_only) {
    s += "，当场予以警告。";
  } else {
    s += "。";
    if (rng.Chance(0.45)) s += Cat({"当事人电话：", PhoneRef(c, p.phone), "。"});
    if (rng.Chance(0.25)) s += Cat({"当事人身份证号", IdRef(c, p.id, false), "。"});
    if (rng.Chance(0.1)) {
      s += "当事人对处罚有异议的，可拨打12345热线反映。";
      Keep(c, "12345");
    }
  }
  if (minor && rng.Chance(0.5)) {
    const Person g = MakePerson(c, 38, 60);
    AddParty(c, g, "guardian");
    s += Cat({"其监护人", NameRef(c, g), "到场。"});
  }
  ev.summary = s;
  ev.has_decision = true;
  ev.decided_at = DateIso(c.date);
  ev.legal_basis = Cat({kTrafficLaw, cat.basis});
  if (warning_only) {
    ev.result = "警告";
    ev.document_no = NextDocNo("梁公交简决字", "〔", "〕", 5);
  } else {
    ev.result = std::string(minor ? Sv("罚款五十元") : cat.results[rng.Chance(0.9) ? 0 : 1]);
    ev.document_no = NextDocNo(rng.Chance(0.4) ? "梁公交简决字" : "梁公交决字", "〔", "〕", 5);
  }
  Keep(c, ev.document_no);
  Keep(c, ev.legal_basis);
  if (!warning_only && rng.Chance(0.5)) {
    std::string t = Cat({"梁河县公安局交通警察大队\n公安交通管理行政处罚决定书\n", ev.document_no,
                         "\n被处罚人", NameRef(c, p), "，", p.gender});
    if (rng.Chance(0.6)) t += Cat({"，", BirthRef(c, p), "出生"});
    t += Cat({"，身份证明文件号码", IdRef(c, p.id, false)});
    if (rng.Chance(0.6)) t += Cat({"，住址", AddrRef(c, p)});
    if (rng.Chance(0.5)) t += Cat({"，联系方式", PhoneRef(c, p.phone)});
    t += Cat({"。\n现查明，",
              ShortRef(c, p),
              "于",
              when,
              "驾驶",
              plate,
              "号",
              cat.vehicle,
              "行经",
              place,
              act,
              "。以上事实有现场执法记录仪视频、当事人陈述等证据证实。\n根据",
              ev.legal_basis,
              "之规定，决定对",
              NameRef(c, p),
              "处以",
              ev.result,
              "。\n",
              OfficerLine(c),
              "\n",
              DateCn(c.date)});
    ev.text = t;
    Keep(c, DateCn(c.date));
    if (const size_t fine = ev.result.find("罚款"); fine != std::string::npos) {
      Keep(c, ev.result.substr(fine, ev.result.find("元", fine) + 3 - fine));  // the amount
    }
  }
  c.reg_kind = 1;
  return warning_only ? "out_of_scope" : "publish";
}

namespace {

struct AdminCat {
  Sv category;
  Sv basis;
  Sv results[3];
  int kind;  // 0 assault, 1 theft, 2 damage, 3 gambling
};
constexpr Sv kOrderLaw = "《中华人民共和国治安管理处罚法》";
constexpr AdminCat kAdminCats[] = {
    {"殴打他人", "第四十三条第一款", {"行政拘留五日，并处罚款二百元", "行政拘留十日，并处罚款五百元", "罚款五百元"}, 0},
    {"盗窃", "第四十九条", {"行政拘留五日", "行政拘留十日", "罚款五百元"}, 1},
    {"故意损毁财物", "第四十九条", {"行政拘留五日", "罚款五百元", "行政拘留七日"}, 2},
    {"参与赌博", "第七十条", {"罚款五百元", "行政拘留五日，并处罚款五百元", "罚款三百元"}, 3},
};
constexpr Sv kInjuries[] = {"鼻部", "面部", "头部", "手臂", "左眼"};
constexpr Sv kDisputes[] = {"结账琐事", "停车纠纷", "邻里琐事", "债务纠纷", "口角"};
constexpr Sv kGoods[] = {"香烟两条", "电动车电瓶一块", "手机一部", "白酒四瓶", "现金"};

}  // namespace

std::string Generator::Impl::AdminPenaltyPerson(Ctx& c) {
  SetUnit(c, rng.Chance(0.8) ? static_cast<int>(rng.Below(kStationCount)) : kOrderBrigade);
  Event& ev = c.ev;
  ev.event_type = "penalty.decided";
  ev.domain = "administrative";
  ev.case_id = NewCaseId(c, 'A');
  const AdminCat& cat = rng.Pick(kAdminCats);
  ev.category = std::string(cat.category);
  Person off = MakePerson(c, 19, 65);
  AddParty(c, off, "offender");
  AddOfficers(c, 2);
  const std::string when = Incident(c, 9);
  const std::string venue = Cat({kUnits[c.unit].township.substr(0, 6), rng.Pick(kVenues)});
  std::string s = Cat({when, "，", NameRef(c, off), IntroParen(c, off), "在", venue});
  std::string fact;
  if (cat.kind == 0 || cat.kind == 2) {
    Person vic = MakePerson(c, 19, 70);
    AddParty(c, vic, "victim");
    const std::string v = NameRef(c, vic);
    if (cat.kind == 0) {
      fact = Cat({"因", rng.Pick(kDisputes), "与", v, "发生争执，", ShortRef(c, off), "用拳头击打",
                  v, "，致其", rng.Pick(kInjuries), "受伤"});
      s += fact + Cat({"。", v, "于当晚拨打110报警，联系电话", PhoneRef(c, vic.phone), "。"});
      Keep(c, "110");
    } else {
      fact = Cat({"因", rng.Pick(kDisputes), "将", v, "停放的", PlateRef(c), "号小型轿车车窗砸坏"});
      s += fact + "。";
    }
  } else if (cat.kind == 1) {
    fact = Cat({"盗窃", rng.Pick(kGoods), "，价值人民币", rng.Pick(kAmounts)});
    s += fact + "。";
  } else {
    fact = Cat({"参与赌博，赌资人民币", rng.Pick(kAmounts)});
    s += fact + "。";
  }
  ev.summary = s;
  if (rng.Chance(0.4)) {
    ev.title = Cat({off.name, cat.category, "案"});
    Plant(c, "person_name", off.name, off.name_variant);  // as written in the title
  }
  ev.has_decision = true;
  ev.document_no = NextDocNo(Cat({"梁公(", kUnits[c.unit].abbr, ")行罚决字"}), "〔", "〕", 3);
  ev.decided_at = DateIso(c.date);
  ev.result = std::string(rng.Pick(cat.results));
  ev.legal_basis = Cat({kOrderLaw, cat.basis});
  if (rng.Chance(0.6)) {
    ev.text = Cat({kUnits[c.unit].name,
                   "\n行政处罚决定书\n",
                   ev.document_no,
                   "\n违法行为人",
                   NameRef(c, off),
                   "，",
                   off.gender,
                   "，",
                   BirthRef(c, off),
                   "出生，公民身份号码",
                   IdRef(c, off.id, true),
                   "，现住",
                   AddrRef(c, off),
                   "。\n现查明，",
                   when,
                   "，",
                   ShortRef(c, off),
                   "在",
                   venue,
                   fact,
                   "。\n根据",
                   ev.legal_basis,
                   "之规定，现决定对",
                   NameRef(c, off),
                   ev.result,
                   "。\n如不服本决定，可以在收到本决定书之日起六十日内向梁河县人民政府申请行政复议"
                   "，或者在六个月内依法向梁河县人民法院提起行政诉讼。\n",
                   OfficerLine(c),
                   "\n",
                   DateCn(c.date)});
  }
  c.reg_kind = 1;
  return "withhold";
}

namespace {

struct OrgCat {
  Sv category;
  Sv basis;
  Sv results[2];
  Sv suffix;     // company name suffix
  Sv getihu;     // 个体工商户 name suffix
  Sv fact;       // {W1} {W2}: witnesses
  Sv roles[2];   // job titles of the witnesses
};
constexpr OrgCat kOrgCats[] = {
    {"旅馆未按规定登记住宿旅客信息", "《旅馆业治安管理办法》第十五条", {"罚款二千元", "警告，并处罚款一千元"},
     "宾馆有限公司", "宾馆", "{R1}{W1}、{R2}{W2}未查验旅客身份证件即安排入住，未按规定登记住宿旅客信息", {"值班经理", "前台服务员"}},
    {"互联网上网服务营业场所未核对登记上网消费者身份", "《互联网上网服务营业场所管理条例》第三十一条",
     {"警告，并处罚款五千元", "罚款一万元"}, "网络科技有限公司", "网吧",
     "{R1}{W1}未核对、登记上网消费者的有效身份证件，{R2}{W2}亦未制止", {"网管", "收银员"}},
    {"娱乐场所未按规定建立从业人员名簿", "《娱乐场所管理条例》第五十条", {"警告", "罚款三千元"}, "娱乐有限公司",
     "歌舞厅", "未按规定建立从业人员名簿，{R1}{W1}、{R2}{W2}均未登记", {"经理", "服务员"}},
    {"保安从业单位未按规定备案", "《保安服务管理条例》第四十二条第一款", {"警告", "罚款一万元"}, "保安服务有限公司",
     "保安服务部", "自行招用保安员后未按规定向公安机关备案，{R1}{W1}、{R2}{W2}对此知情", {"负责人", "保安员"}},
};

}  // namespace

std::string Generator::Impl::AdminPenaltyOrg(Ctx& c, bool getihu) {
  SetUnit(c, rng.Chance(0.6) ? kOrderBrigade : static_cast<int>(rng.Below(kStationCount)));
  Event& ev = c.ev;
  ev.event_type = "penalty.decided";
  ev.domain = "administrative";
  ev.case_id = NewCaseId(c, 'A');
  const OrgCat& cat = rng.Pick(kOrgCats);
  ev.category = c.mods.category.empty() ? std::string(cat.category) : c.mods.category;
  const Org org = MakeOrg(c, getihu ? cat.getihu : cat.suffix, getihu ? '2' : '1');
  AddOrgParty(c, org, "offender");
  Person w1 = MakePerson(c, 20, 60);
  // Sometimes the same surname, different people: 张伟 → 张某1, 张敏 → 张某2.
  Person w2 = !w1.surname.empty() && rng.Chance(0.3) ? MakePerson(c, 19, 55, w1.surname) : MakePerson(c, 19, 55);
  AddParty(c, w1, "witness", 0.6);
  AddParty(c, w2, "witness", 0.4);
  AddOfficers(c, rng.Range(1, 2));
  const std::string when = Incident(c, 9);
  std::string fact;
  if (!c.mods.category.empty()) {
    fact = Cat({"存在容留卖淫行为，", cat.roles[0], NameRef(c, w1), "、", cat.roles[1],
                NameRef(c, w2), "对此知情"});
  } else {
    fact = std::string(cat.fact);
    auto sub = [&fact](Sv key, const std::string& value) {
      const size_t pos = fact.find(key);
      if (pos != std::string::npos) fact.replace(pos, key.size(), value);
    };
    sub("{R1}", std::string(cat.roles[0]));
    sub("{R2}", std::string(cat.roles[1]));
    sub("{W1}", NameRef(c, w1));
    sub("{W2}", NameRef(c, w2));
  }
  Keep(c, org.name);
  std::string s = Cat({when, "，民警检查发现", org.name});
  if (rng.Chance(0.5)) {
    s += Cat({"（统一社会信用代码", org.code, "）"});
    Keep(c, org.code);
  }
  s += fact + "。";
  const uint64_t extra = rng.Below(6);
  if (extra == 0) {
    s += Cat({"经查，", ShortRef(c, w1), "称当日有客人驾驶", PlateRef(c), "号摩托车前来。"});
  } else if (extra == 1) {
    s += Cat({"现场登记簿中一名旅客的身份证号为", TextOnlyId(c), "，与其本人不符。"});
  } else if (extra == 2) {
    s += Cat({ShortRef(c, w1), "的联系电话为", PhoneRef(c, w1.phone), "。"});
  } else if (extra == 3) {
    s += Cat({"该场所通过", ContactRef(c), "对外联系业务。"});
  } else if (extra == 4) {
    s += Cat({"该单位员工宿舍设在", TextOnlyAddress(c), "。"});
  } else if (rng.Chance(0.4)) {
    s += "对民警执法有异议的，可拨打12389举报电话。";
    Keep(c, "12389");
  }
  ev.summary = s;
  if (getihu) {
    Person owner = MakePerson(c, 28, 62);
    AddParty(c, owner, "agent");
    ev.summary += Cat({"经营者", NameRef(c, owner), "，联系电话", PhoneRef(c, owner.phone), "。"});
  }
  ev.has_decision = true;
  ev.document_no = NextDocNo(Cat({"梁公(", kUnits[c.unit].abbr, ")行罚决字"}), "〔", "〕", 3);
  ev.decided_at = DateIso(c.date);
  ev.result = std::string(rng.Pick(cat.results));
  ev.legal_basis = std::string(cat.basis);
  Keep(c, ev.document_no);
  Keep(c, ev.legal_basis);
  if (rng.Chance(0.6)) {
    ev.text = Cat({"梁河县公安局\n行政处罚决定书\n",
                   ev.document_no,
                   "\n被处罚单位：",
                   org.name,
                   "，统一社会信用代码",
                   org.code,
                   "，住所",
                   org.address,
                   "。\n现查明：",
                   when,
                   "，该单位",
                   fact,
                   "。\n根据",
                   ev.legal_basis,
                   "之规定，现决定对",
                   org.name,
                   ev.result,
                   "。\n",
                   OfficerLine(c),
                   "\n",
                   DateCn(c.date)});
    Keep(c, org.code);
    Keep(c, DateCn(c.date));
  }
  c.reg_kind = 1;
  return getihu ? "withhold" : "publish";
}

namespace {

struct LicenseCat {
  Sv category;
  Sv domain;
  Sv basis;
  Sv doc_prefix;
  Sv suffix;
  char org_category;
};
constexpr LicenseCat kOrgLicenses[] = {
    {"旅馆业特种行业许可", "household", "《旅馆业治安管理办法》第四条", "梁公治特许字", "宾馆有限公司", '1'},
    {"公章刻制业特种行业许可", "household", "《印铸刻字业暂行管理规则》第三条", "梁公治特许字", "印章刻制有限公司", '1'},
    {"保安服务公司设立许可", "household", "《保安服务管理条例》第八条", "梁公治保许字", "保安服务有限公司", '1'},
    {"大型群众性活动安全许可", "household", "《大型群众性活动安全管理条例》第十一条", "梁公治活许字", "文化传媒有限公司", '1'},
    {"校车使用许可", "vehicle", "《校车安全管理条例》第十四条", "梁公交校许字", "中心小学", 'S'},
};
struct PersonLicense {
  Sv category;
  Sv domain;
  Sv basis;
  int kind;  // 0 passport, 1 HK/Macau permit, 2 household move, 3 driving licence
};
constexpr PersonLicense kPersonLicenses[] = {
    {"普通护照签发", "exit_entry", "《中华人民共和国护照法》第五条", 0},
    {"往来港澳通行证签发", "exit_entry", "《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》第四条", 1},
    {"户口迁入", "household", "《中华人民共和国户口登记条例》第十三条", 2},
    {"机动车驾驶证申领", "vehicle", "《中华人民共和国道路交通安全法》第十九条", 3},
};

}  // namespace

std::string Generator::Impl::License(Ctx& c, bool org) {
  Event& ev = c.ev;
  ev.event_type = "license.decided";
  ev.has_decision = true;
  if (org) {
    const LicenseCat& cat = rng.Pick(kOrgLicenses);
    SetUnit(c, cat.domain == "vehicle" ? kTrafficBrigade : kOrderBrigade);
    ev.domain = std::string(cat.domain);
    ev.category = std::string(cat.category);
    ev.case_id = NewCaseId(c, 'X');
    const Org o = MakeOrg(c, cat.suffix, cat.org_category);
    AddOrgParty(c, o, "applicant");
    Person rep = MakePerson(c, 30, 62);
    AddParty(c, rep, "agent");
    AddOfficers(c, 1);
    std::string s = Cat({o.name, "（统一社会信用代码", o.code, "）申请", cat.category, "，经",
                         rng.Chance(0.5) ? "实地核查" : "审查", "符合条件，准予许可。",
                         cat.org_category == 'S' ? "负责人" : "法定代表人", NameRef(c, rep)});
    if (rng.Chance(0.7)) s += Cat({"，联系电话", PhoneRef(c, rep.phone)});
    if (rng.Chance(0.2)) s += Cat({"，身份证号", IdRef(c, rep.id, false)});
    s += "。";
    if (rng.Chance(0.3)) {
      s += "如有疑问，可拨打12345政务服务便民热线咨询。";
      Keep(c, "12345");
    }
    ev.summary = s;
    Keep(c, o.name);
    Keep(c, o.code);
    ev.document_no = NextDocNo(std::string(cat.doc_prefix), "〔", "〕", 3);
    ev.decided_at = DateIso(c.date);
    ev.result = "准予许可";
    ev.legal_basis = std::string(cat.basis);
    Keep(c, ev.document_no);
    Keep(c, ev.legal_basis);
    if (rng.Chance(0.35)) {
      ev.text = Cat({"梁河县公安局\n准予行政许可决定书\n", ev.document_no, "\n", o.name,
                     "：\n你单位提出的", cat.category, "申请，经审查，符合", ev.legal_basis,
                     "规定的条件，决定准予行政许可。\n",
                     cat.org_category == 'S' ? "负责人" : "法定代表人", "：", NameRef(c, rep), "\n",
                     OfficerLine(c), "\n", DateCn(c.date)});
      Keep(c, DateCn(c.date));
    }
    c.reg_kind = 2;
    return "publish";
  }
  const PersonLicense& cat = rng.Pick(kPersonLicenses);
  SetUnit(c, cat.domain == "exit_entry" ? kExitEntryBrigade
             : cat.domain == "vehicle"  ? kTrafficBrigade
                                        : static_cast<int>(rng.Below(kStationCount)));
  ev.domain = std::string(cat.domain);
  ev.category = std::string(cat.category);
  ev.case_id = NewCaseId(c, 'X');
  Person p = MakePerson(c, 19, 70);
  AddParty(c, p, "applicant");
  const bool granted = rng.Chance(0.9);
  std::string s = Cat({"申请人", NameRef(c, p), IntroParen(c, p), "申请", cat.category, "，"});
  if (!granted) {
    s += "因申请材料不齐全且逾期未补正，决定不予许可。";
  } else if (cat.kind <= 1) {
    s += Cat({"经审核准予签发，", PassportRef(c, cat.kind == 1), "。"});
  } else if (cat.kind == 2) {
    s += Cat({"经审核准予迁入，迁入地址为", AddrRef(c, p), "。"});
  } else {
    s += Cat({"经考试合格，准予核发机动车驾驶证。"});
  }
  if (rng.Chance(0.3)) s += Cat({"申请人", ShortRef(c, p), "的", ContactRef(c), "。"});
  ev.summary = s;
  ev.decided_at = DateIso(c.date);
  ev.result = granted ? "准予许可" : "不予许可";
  ev.legal_basis = std::string(cat.basis);
  if (rng.Chance(0.5)) ev.document_no = NextDocNo(cat.kind <= 1 ? "梁公境许字" : "梁公户许字", "〔", "〕", 4);
  Keep(c, ev.document_no);
  Keep(c, ev.legal_basis);
  c.reg_kind = 2;
  return "on_request";
}

std::string Generator::Impl::Retraction(Ctx& c) {
  const bool want_license = rng.Chance(0.2);
  std::vector<Earlier>* list = want_license ? &licenses : &penalties;
  if (list->empty()) list = want_license ? &penalties : &licenses;
  if (list->empty()) {
    c.scenario = "traffic_fine";
    return TrafficPenalty(c, false);
  }
  const size_t idx = rng.Below(list->size());
  const Earlier e = (*list)[idx];
  (*list)[idx] = list->back();
  list->pop_back();
  Event& ev = c.ev;
  ev.refers_to = e.event_id;
  ev.case_id = e.case_id;
  ev.domain = e.domain;
  ev.category = e.category;
  ev.unit_code = e.unit_code;
  ev.unit_name = e.unit_name;
  ev.system = e.system;
  const std::string doc = e.document_no.empty() ? std::string("该") : e.document_no;
  if (e.event_type == "license.decided") {
    ev.event_type = "license.revoked";
    ev.summary =
        rng.Chance(0.5)
            ? Cat({"因被许可人以欺骗手段取得许可，", doc, "行政许可决定予以撤销。"})
            : Cat({"经复查，", doc, "行政许可决定所依据的客观情况发生重大变化，依法撤回该许可。"});
    return "retract";
  }
  if (rng.Chance(0.35)) {
    ev.event_type = "penalty.changed";
    ev.summary = Cat({"经梁河县人民政府行政复议，", doc,
                      "行政处罚决定认定事实清楚，但处罚明显不当，依法予以变更。"});
    ev.has_decision = true;
    ev.document_no =
        NextDocNo(e.domain == "traffic" ? std::string("梁公交决字") : Cat({"梁公(治)行罚决字"}),
                  "〔", "〕", e.domain == "traffic" ? 5 : 3);
    ev.decided_at = DateIso(c.date);
    ev.result = rng.Chance(0.5) ? "罚款二百元" : "警告";
    return "retract";
  }
  ev.event_type = "penalty.revoked";
  const uint64_t r = rng.Below(3);
  ev.summary = r == 0 ? Cat({"经梁河县人民政府行政复议，", doc, "行政处罚决定被撤销。"})
               : r == 1
                   ? Cat({"经梁河县人民法院判决，", doc, "行政处罚决定被确认违法。"})
                   : Cat({"经内部执法监督检查发现，", doc, "行政处罚决定适用法律错误，予以撤销。"});
  return "retract";
}

namespace {

struct CrimeCat {
  Sv category;
  int kind;  // 0 theft, 1 fraud, 2 injury, 3 drunk driving, 4 card selling, 5 indecency
};
constexpr CrimeCat kCrimes[] = {{"盗窃", 0}, {"诈骗", 1}, {"电信网络诈骗", 1}, {"故意伤害", 2},
                                {"危险驾驶", 3}, {"帮助信息网络犯罪活动", 4}};
constexpr Sv kCrimeLaw = "《中华人民共和国刑事诉讼法》";

}  // namespace

std::string Generator::Impl::CriminalCase(Ctx& c) {
  SetUnit(c, rng.Chance(0.7) ? static_cast<int>(rng.Below(kStationCount)) : kCriminalBrigade);
  Event& ev = c.ev;
  ev.domain = "criminal";
  ev.case_id = NewCaseId(c, 'A');
  const uint64_t t = rng.Below(100);
  ev.event_type = t < 40 ? "case.filed" : t < 55 ? "case.not_filed" : t < 65 ? "case.withdrawn" : "case.closed";
  CrimeCat cat = rng.Pick(kCrimes);
  if (c.mods.minor != 0) cat = kCrimes[rng.Below(4)];  // a case with a victim
  if (!c.mods.category.empty()) cat = CrimeCat{"强制猥亵", 5};
  ev.category = std::string(cat.category);
  const bool minor_victim = c.mods.minor != 0;
  const bool with_victim = cat.kind != 3 && cat.kind != 4;
  const bool with_suspect = ev.event_type != "case.not_filed" || cat.kind == 3 || cat.kind == 4;
  AddOfficers(c, 2);
  const std::string when = Incident(c, 20);
  std::string s;
  Person vic;
  if (with_victim) {
    vic = minor_victim ? MakeMinor(c, c.mods.minor) : MakePerson(c, 19, 75);
    Party& vp = AddParty(c, vic, "victim");
    if (minor_victim) {
      vp.birth_date.clear();
      vp.id_number.clear();
      if (c.mods.minor == 1) vp.minor = 1;
      if (c.mods.minor == 2 || c.mods.minor == 4) vp.birth_date = DateIso(vic.birth);
      if (c.mods.minor == 3) vp.id_number = vic.id;
    }
  }
  Person sus;
  if (with_suspect) {
    sus = MakePerson(c, 19, 60);
    Party& sp = AddParty(c, sus, "suspect");
    if (c.mods.police >= 2) sp.is_police = true;
  }
  const std::string v = with_victim ? NameRef(c, vic) : "";
  const std::string x = with_suspect ? NameRef(c, sus) : "";
  const std::string place(rng.Pick(kPlaces));
  switch (cat.kind) {
    case 0:
      s = Cat({when, "，被害人", v, "停放在", place, "的", PlateRef(c), "号摩托车被盗，价值人民币",
               rng.Pick(kAmounts), "。", v, "于当日拨打110报警"});
      Keep(c, "110");
      if (rng.Chance(0.5)) s += Cat({"，联系电话", PhoneRef(c, vic.phone)});
      s += "。";
      if (with_suspect) s += Cat({"经侦查，犯罪嫌疑人", x, IntroParen(c, sus), "有重大作案嫌疑。"});
      break;
    case 1:
      s = Cat({"被害人", v, IntroParen(c, vic), "报称其于", when, "通过网络结识自称“客服”的网友（",
               ContactRef(c), "），后经", CardRef(c), "向对方转账人民币", rng.Pick(kAmounts),
               "。"});
      if (with_suspect)
        s += Cat(
            {"经侦查，犯罪嫌疑人", x, "（身份证号", IdRef(c, sus.id, true), "）有重大作案嫌疑。"});
      break;
    case 2:
      s = Cat({when, "，", with_suspect ? x : "一男子", "在", place, "因琐事与", v,
               "发生争执，持木棍将", v, "打伤，经鉴定", v, "的损伤程度为轻伤二级。"});
      if (with_suspect) s += Cat({ShortRef(c, sus), IntroParen(c, sus), "案发后逃离现场。"});
      break;
    case 3:
      s = Cat({when, "，", x, IntroParen(c, sus), "醉酒驾驶", PlateRef(c), "号小型轿车行经", place,
               "时被查获，经血液酒精检测，结果为", rng.Range(81, 230), "mg/100ml。"});
      break;
    case 4:
      s = Cat({when, "，", x, IntroParen(c, sus), "将本人名下", CardRef(c),
               "出售给他人，该卡被用于转移违法所得。"});
      break;
    default:
      s = Cat({when, "，", with_suspect ? x : "一男子", "在", place, "对被害人", v,
               "实施强制猥亵。", v, "于当日报警。"});
      break;
  }
  if (with_suspect && c.mods.police >= 2) s += "犯罪嫌疑人系县公安局辅警。";
  if (with_victim && rng.Chance(0.06)) {
    Person rep = MakePerson(c, 25, 60);
    Party& rp = AddParty(c, rep, "complainant");
    rp.confidential = true;
    Plant(c, "person_name", rep.name, "confidential");
    s += Cat({"报案人", rep.name, "要求对其身份保密。"});
  }
  std::string doc_kind, result, basis;
  if (ev.event_type == "case.filed") {
    s += "经审查，认为有犯罪事实需要追究刑事责任，决定立案侦查。";
    doc_kind = "立字", result = "立案侦查", basis = "第一百一十二条";
  } else if (ev.event_type == "case.not_filed") {
    s += "经审查，认为没有犯罪事实，决定不予立案。";
    doc_kind = "不立字", result = "不予立案", basis = "第一百一十二条";
  } else if (ev.event_type == "case.withdrawn") {
    s += "经侦查，发现不应对犯罪嫌疑人追究刑事责任，决定撤销案件。";
    doc_kind = "撤案字", result = "撤销案件", basis = "第一百六十三条";
  } else {
    s += "本案已侦查终结，移送梁河县人民检察院审查起诉。";
    doc_kind = "诉字", result = "移送审查起诉", basis = "第一百六十二条";
  }
  ev.summary = s;
  ev.has_decision = rng.Chance(0.8);
  if (ev.has_decision) {
    ev.document_no = NextDocNo(Cat({"梁公(", kUnits[c.unit].abbr, ")", doc_kind}), "〔", "〕", 3);
    ev.decided_at = DateIso(c.date);
    ev.result = result;
    ev.legal_basis = Cat({kCrimeLaw, basis});
    Keep(c, ev.document_no);
    Keep(c, ev.legal_basis);
  }
  return "on_request";
}

std::string Generator::Impl::AdminClosed(Ctx& c) {
  SetUnit(c, static_cast<int>(rng.Below(kStationCount)));
  Event& ev = c.ev;
  ev.event_type = "case.closed";
  ev.domain = "administrative";
  ev.case_id = NewCaseId(c, 'A');
  const AdminCat& cat = rng.Pick(kAdminCats);
  ev.category = c.mods.category.empty() ? std::string(cat.category) : c.mods.category;
  AddOfficers(c, 2);
  const std::string when = Incident(c, 30);
  const std::string venue = Cat({kUnits[c.unit].township.substr(0, 6), rng.Pick(kVenues)});
  Person off = MakePerson(c, 19, 65);
  AddParty(c, off, c.mods.category.empty() ? "offender" : "suspect");
  std::string s;
  if (!c.mods.category.empty()) {
    s = Cat({when, "，民警在", venue, "查获违法嫌疑人", NameRef(c, off), IntroParen(c, off), "，"});
  } else if (c.mods.minor != 0 || cat.kind == 0) {
    Person vic = c.mods.minor != 0 ? MakeMinor(c, c.mods.minor) : MakePerson(c, 19, 70);
    Party& vp = AddParty(c, vic, "victim");
    if (c.mods.minor != 0) {
      vp.birth_date.clear();
      vp.id_number.clear();
      if (c.mods.minor == 1) vp.minor = 1;
      if (c.mods.minor == 2 || c.mods.minor == 4) vp.birth_date = DateIso(vic.birth);
      if (c.mods.minor == 3) vp.id_number = vic.id;
    }
    s = Cat({when, "，", NameRef(c, off), IntroParen(c, off), "在", venue, "因",
             rng.Pick(kDisputes), "殴打", NameRef(c, vic), "，致其", rng.Pick(kInjuries),
             "受伤，"});
  } else {
    s = Cat({when, "，", NameRef(c, off), IntroParen(c, off), "在", venue,
             cat.kind == 1 ? "盗窃" : "实施违法行为", "，"});
  }
  const Ymd closed = c.date;
  s += Cat({"经调查处理，本案已于", DateCn(closed), "办结。"});
  Keep(c, DateCn(closed));
  ev.summary = s;
  return "on_request";
}

namespace {

struct ServiceCat {
  Sv category;
  Sv domain;
  Sv system;
  int kind;  // 0 ID card, 1 vehicle with plate, 2 driving licence, 3 passport, 4 endorsement, 5 certificate
};
constexpr ServiceCat kServices[] = {
    {"居民身份证换领", "household", "人口管理信息系统", 0},
    {"居民身份证首次申领", "household", "人口管理信息系统", 0},
    {"户籍证明开具", "household", "人口管理信息系统", 5},
    {"机动车注册登记", "vehicle", "机动车驾驶人管理系统", 1},
    {"机动车转移登记", "vehicle", "机动车驾驶人管理系统", 1},
    {"机动车驾驶证期满换证", "vehicle", "机动车驾驶人管理系统", 2},
    {"普通护照换发", "exit_entry", "出入境管理信息系统", 3},
    {"往来港澳通行证签注", "exit_entry", "出入境管理信息系统", 4},
};

}  // namespace

std::string Generator::Impl::Service(Ctx& c) {
  const ServiceCat& cat = rng.Pick(kServices);
  SetUnit(c, cat.domain == "exit_entry" ? kExitEntryBrigade
             : cat.domain == "vehicle"  ? kTrafficBrigade
                                        : static_cast<int>(rng.Below(kStationCount)));
  Event& ev = c.ev;
  ev.event_type = "service.completed";
  ev.system = std::string(cat.system);
  ev.domain = std::string(cat.domain);
  ev.category = std::string(cat.category);
  ev.case_id = NewCaseId(c, 'X');
  Person p = MakePerson(c, 19, 75);
  AddParty(c, p, "applicant");
  std::string s =
      Cat({"申请人", NameRef(c, p), IntroParen(c, p), "于", DateCn(c.date), "办理", cat.category});
  Keep(c, DateCn(c.date));
  switch (cat.kind) {
    case 0:
      s += Cat({"，新证件将邮寄至", AddrRef(c, p)});
      break;
    case 1:
      s += Cat({"，号牌号码", PlateRef(c)});
      break;
    case 3:
      s += Cat({"，新证", PassportRef(c, false)});
      break;
    case 4:
      s += Cat({"，", PassportRef(c, true)});
      break;
    case 5:
      s += Cat({"，证明出生日期为", BirthRef(c, p)});
      break;
    default: break;
  }
  s += "，已办结。";
  if (rng.Chance(0.4)) s += Cat({"联系电话", PhoneRef(c, p.phone), "。"});
  if (rng.Chance(0.15)) {
    Person agent = MakePerson(c, 25, 65);
    AddParty(c, agent, "agent", 0.5);
    s += Cat({"由", NameRef(c, agent), "代为办理。"});
  }
  ev.summary = s;
  if (rng.Chance(0.5)) {
    ev.has_decision = true;
    ev.decided_at = DateIso(c.date);
    ev.result = "已办结";
  }
  return "on_request";
}

std::string Generator::Impl::Measure(Ctx& c) {
  const bool criminal = rng.Chance(0.75);
  SetUnit(c, rng.Chance(0.7) ? static_cast<int>(rng.Below(kStationCount)) : (criminal ? kCriminalBrigade : kOrderBrigade));
  Event& ev = c.ev;
  ev.event_type = "measure.imposed";
  ev.domain = criminal ? "criminal" : "administrative";
  ev.case_id = NewCaseId(c, 'A');
  ev.category = criminal ? std::string(rng.Pick(kCrimes).category) : std::string(rng.Pick(kAdminCats).category);
  Person p = MakePerson(c, 19, 65);
  AddParty(c, p, criminal ? "suspect" : "offender");
  AddOfficers(c, 2);
  ev.has_decision = true;
  ev.decided_at = DateIso(c.date);
  const std::string who = NameRef(c, p);
  if (criminal) {
    const uint64_t m = rng.Below(3);
    const Sv measure = m == 0 ? "刑事拘留" : m == 1 ? "取保候审" : "监视居住";
    ev.result = std::string(measure);
    ev.document_no = NextDocNo(Cat({"梁公(", kUnits[c.unit].abbr, ")",
                                    m == 0   ? "拘字"
                                    : m == 1 ? "取保字"
                                             : "监居字"}),
                               "〔", "〕", 3);
    ev.summary = Cat({"犯罪嫌疑人", who, IntroParen(c, p), "因涉嫌", ev.category, "，于",
                      DateCn(c.date), "被", measure, m == 0 ? "，羁押于梁河县看守所。" : "。"});
    ev.legal_basis = Cat({kCrimeLaw, m == 0 ? "第八十二条" : m == 1 ? "第六十七条" : "第七十四条"});
  } else {
    ev.result = "扣押";
    ev.document_no = NextDocNo(Cat({"梁公(", kUnits[c.unit].abbr, ")扣字"}), "〔", "〕", 3);
    ev.summary = Cat({"违法嫌疑人", who, IntroParen(c, p), "因涉嫌", ev.category, "，其驾驶的",
                      PlateRef(c), "号小型轿车被依法扣押。"});
    ev.legal_basis = "《公安机关办理行政案件程序规定》第一百零七条";
  }
  return "withhold";
}

std::string Generator::Impl::Received(Ctx& c) {
  SetUnit(c, static_cast<int>(rng.Below(kStationCount)));
  Event& ev = c.ev;
  ev.event_type = "case.received";
  const bool criminal = rng.Chance(0.4);
  ev.domain = criminal ? "criminal" : "administrative";
  ev.case_id = NewCaseId(c, 'A');
  static constexpr Sv kIssues[] = {"噪音扰民", "邻里纠纷", "打架斗殴", "物品被盗", "被骗钱财"};
  const Sv issue = criminal ? kIssues[3 + rng.Below(2)] : kIssues[rng.Below(3)];
  ev.category = criminal ? (issue == "物品被盗" ? "盗窃" : "诈骗") : std::string(issue == "物品被盗" || issue == "被骗钱财" ? "纠纷" : issue);
  if (rng.Chance(0.3)) {
    ev.summary = Cat({"群众来电反映", issue, "。"});
    return "out_of_scope";
  }
  Person p = MakePerson(c, 19, 75);
  AddParty(c, p, "complainant");
  ev.summary =
      Cat({Incident(c, 0), "，群众", NameRef(c, p), "拨打110报警称", issue, "，联系电话",
           PhoneRef(c, p.phone), rng.Chance(0.5) ? Cat({"，住", AddrRef(c, p)}) : "", "。"});
  return "out_of_scope";
}

// ---------------------------------------------------------------------------------------------

void Generator::Impl::ApplyTextMods(Ctx& c) {
  Event& ev = c.ev;
  if (!c.mods.tag.empty()) ev.tags.push_back(c.mods.tag);
  if (c.mods.police == 1 || c.mods.police == 3) ev.tags.push_back("涉警");
  if (!c.mods.keyword.empty()) ev.summary += c.mods.keyword;
  if (c.mods.unlisted) {
    // Registers its tokens; never a party. A quarter of them with a less common surname.
    const Person u = MakePerson(c, 20, 60, rng.Chance(0.25) ? rng.Pick(kLessCommonSurnames) : Sv{});
    Plant(c, "person_name", u.name, "unlisted");
    // Some with a number no party lists, in Chinese numerals and with no label before it.
    if (OneIn(c, u.name.substr(3), 8)) {
      const std::string written = InChineseNumerals(c, HashedMobile(u.name));
      Plant(c, "phone", written, "unlisted_chinese_numerals");
      ev.summary += Cat({"另查明，曾有人用", written, "拨打其电话。"});
    }
    const uint64_t r = rng.Below(3);
    // Some in a list with a second unlisted name or one already masked (王某), or after a
    // form's colon, picked by a hash.
    if (OneIn(c, u.name, 5)) {
      const std::string v = HashedName(u.name, r == 0);
      if (r == 1) {
        ev.summary += Cat({"另查明，被害人", v.substr(0, 3), "某和", u.name, "在现场。"});
        return;
      }
      Plant(c, "person_name", v, "unlisted_list");
      ev.summary += r == 0 ? Cat({"其朋友", u.name, "、", v, "等人均证实上述经过。"})
                           : Cat({"经查，", v, "、", u.name, "称当晚在场。"});
      return;
    }
    // Some after a join with no name before it, after the 人员 of the persons a case involves,
    // or in a list after a person masked with a surname in no list (窦某、u).
    if (OneIn(c, u.name, 7)) {
      static constexpr Sv kPersonnel[] = {"涉案人员", "受伤人员", "在场人员", "同行人员"};
      static constexpr Sv kMaskedRare[] = {"窦某", "卫某", "水某", "云某", "柏某"};
      const Sv personnel = kPersonnel[(HashOf(u.name, 7) >> 20) % std::size(kPersonnel)];
      const Sv masked = kMaskedRare[(HashOf(u.name, 11) >> 20) % std::size(kMaskedRare)];
      // (Not 曾 after 人员, as after a role word: 涉案人员曾多次.)
      const bool zeng = u.name.starts_with("曾");
      ev.summary += r == 0 || (r == 1 && zeng) ? Cat({"经查，其因琐事与", u.name, "发生口角。"})
                    : r == 1 ? Cat({"另查明，", personnel, u.name, "对上述事实无异议。"})
                             : Cat({"另查明，", masked, "、", u.name, "当晚在场。"});
      return;
    }
    // Some where no context word announces them, as the subject of a clause, the object of a
    // verb, or before 的 (the redaction's model of given names must read them).
    if (OneIn(c, u.name, 6)) {
      // A third of them after a time word that starts the clause (当晚张三…, 随后张三…).
      if (OneIn(c, u.name.substr(3), 3)) {
        ev.summary += r == 0   ? Cat({"当晚", u.name, "酒后驾驶车辆。"})
                      : r == 1 ? Cat({"随后", u.name, "逃离现场。"})
                               : Cat({"另查明，次日", u.name, "到派出所投案。"});
        return;
      }
      ev.summary += r == 0   ? Cat({"经查，", u.name, "多次在该处滋事。"})
                    : r == 1 ? Cat({"另查明，郑某将", u.name, "打伤。"})
                             : Cat({"另查明，", u.name, "的妻子于当晚报警。"});
      return;
    }
    if (OneIn(c, u.name, 9)) {
      ev.summary += Cat({r == 0   ? "报警人："
                         : r == 1 ? "姓名："
                                  : "联系人:",
                         u.name, "，对上述事实无异议。"});
      return;
    }
    // Half of them after a role word instead (报警人, 驾驶人), picked by a hash: the random
    // stream stays the same. Not a name of 曾, which reads as a word there (嫌疑人曾多次).
    if (OneIn(c, u.name, 2) && !u.name.starts_with("曾")) {
      ev.summary += OneIn(c, u.name, 3) ? Cat({"另查明，报警人", u.name, "在现场目睹了上述经过。"})
                                        : Cat({"经询问，驾驶人", u.name, "对上述事实无异议。"});
      return;
    }
    ev.summary += r == 0 ? Cat({"其朋友", u.name, "称，当事人对上述事实无异议。"})
                  : r == 1 ? Cat({"据在场群众", u.name, "称，该情况已持续一段时间。"})
                           : Cat({"经向相邻商户", u.name, "了解，该处周边治安情况良好。"});
  }
}

std::string Generator::Impl::Build(Ctx& c, Scenario s) {
  switch (s) {
    case Scenario::kTrafficFine: return TrafficPenalty(c, false);
    case Scenario::kTrafficWarning: return TrafficPenalty(c, true);
    case Scenario::kAdminPerson: return AdminPenaltyPerson(c);
    case Scenario::kAdminOrg: return AdminPenaltyOrg(c, false);
    case Scenario::kAdminGetihu: return AdminPenaltyOrg(c, true);
    case Scenario::kLicenseOrg: return License(c, true);
    case Scenario::kLicensePerson: return License(c, false);
    case Scenario::kRetract: return Retraction(c);
    case Scenario::kCriminalCase: return CriminalCase(c);
    case Scenario::kAdminClosed: return AdminClosed(c);
    case Scenario::kService: return Service(c);
    case Scenario::kMeasure: return Measure(c);
    case Scenario::kReceived: return Received(c);
    default: break;
  }
  // Overrides on a base that the catalog would publish (or hold on request).
  const uint64_t pick = rng.Below(100);
  switch (s) {
    case Scenario::kMinor:
      c.mods.minor = static_cast<int>(rng.Below(4)) + 1;
      if (pick < 40) return TrafficPenalty(c, false);
      if (pick < 75) return CriminalCase(c);
      return AdminClosed(c);
    case Scenario::kSecret:
      c.mods.tag = rng.Chance(0.5) ? "国家秘密" : "警务工作秘密";
      if (pick < 35) return TrafficPenalty(c, false);
      if (pick < 60) return AdminPenaltyOrg(c, false);
      if (pick < 80) return License(c, true);
      return CriminalCase(c);
    case Scenario::kIntimate:
      if (pick < 35) {
        c.mods.category = "容留卖淫";
        return AdminPenaltyOrg(c, false);
      }
      if (pick < 65) {
        c.mods.category = "强制猥亵";
        return CriminalCase(c);
      }
      c.mods.category = rng.Chance(0.5) ? "吸毒" : "嫖娼";
      return AdminClosed(c);
    case Scenario::kPolice:
      c.mods.police = static_cast<int>(rng.Below(3)) + 1;
      if (pick < 50) return TrafficPenalty(c, false);
      if (pick < 70) {
        c.mods.police = 1;  // the offender is an organisation: tag only
        return AdminPenaltyOrg(c, false);
      }
      return CriminalCase(c);  // on_request stays on_request
    case Scenario::kSensitiveTag:
      c.mods.tag = std::string(rng.Pick(kSensitiveTags));
      if (pick < 40) return TrafficPenalty(c, false);
      if (pick < 70) return AdminPenaltyOrg(c, false);
      return License(c, true);
    case Scenario::kKeyword: {
      static constexpr Sv kSentences[] = {"经查，该行为未造成人员死亡。", "民警系在走访排查一起命案线索时发现该情况。",
                                          "现场查获的物品存在爆炸危险，已依法收缴。", "现场另查获仿真枪支一支，已依法收缴。"};
      c.mods.keyword = std::string(rng.Pick(kSentences));
      if (pick < 35) return TrafficPenalty(c, false);
      if (pick < 60) return AdminPenaltyOrg(c, false);
      if (pick < 80) return License(c, true);
      if (pick < 90) return CriminalCase(c);  // stays on_request
      return Measure(c);                      // stays withhold
    }
    case Scenario::kUnlisted:
      c.mods.unlisted = true;
      if (pick < 45) return TrafficPenalty(c, false);
      if (pick < 75) return AdminPenaltyOrg(c, false);
      return License(c, true);
    default:
      return TrafficPenalty(c, false);
  }
}

// The route of the default policy, recomputed from the finished event.
std::string Generator::Impl::FinalRoute(const Ctx& c) const {
  const std::string& base = c.base_route;
  if (base != "publish" && base != "on_request" && base != "approval") return base;
  const Event& ev = c.ev;
  bool withhold = false;
  bool approval = c.mods.unlisted;
  const Ymd on = c.date;
  for (const Party& p : ev.parties) {
    if (p.kind != "person") continue;
    if (p.is_police) approval = true;
    if (p.role != "suspect" && p.role != "offender" && p.role != "victim") continue;
    bool minor = false;
    if (p.minor >= 0) {
      minor = p.minor == 1;
    } else if (!p.birth_date.empty()) {
      const Ymd b{std::stoi(p.birth_date.substr(0, 4)), std::stoi(p.birth_date.substr(5, 2)), std::stoi(p.birth_date.substr(8, 2))};
      minor = AgeOn(b, on) < 18;
    } else if (p.id_number.size() == 18) {
      const Ymd b{std::stoi(p.id_number.substr(6, 4)), std::stoi(p.id_number.substr(10, 2)), std::stoi(p.id_number.substr(12, 2))};
      minor = AgeOn(b, on) < 18;
    }
    withhold = withhold || minor;
  }
  for (const std::string& t : ev.tags) {
    for (Sv s : kSecretTags) withhold = withhold || t == s;
    for (Sv s : kSensitiveTags) approval = approval || t == s;
    approval = approval || t == "涉警";
  }
  for (Sv s : kIntimate) withhold = withhold || Contains(ev.category, s);
  for (Sv k : kKeywords) {
    approval = approval || Contains(ev.title, k) || Contains(ev.summary, k) || Contains(ev.text, k);
  }
  if (withhold) return "withhold";
  if (base == "on_request") return base;
  if (approval) return "approval";
  return base;
}

// No name of a person may sit inside a value that must survive redaction, and no planted value
// inside one either: the redactor would rightly cut it.
bool Generator::Impl::Consistent(const Ctx& c) const {
  for (const std::string& k : c.keep) {
    for (const auto& toks : c.tokens) {
      for (const std::string& t : toks) {
        if (Contains(k, t) || Contains(t, k)) return false;
      }
    }
    for (const Planted& p : c.planted) {
      if (Contains(k, p.value)) return false;
    }
  }
  return true;
}

std::string Generator::Impl::Serialize(const Event& ev, bool as_array) {
  buffer.Clear();
  JsonWriter w(buffer);
  if (as_array) w.StartArray();
  WriteEvent(ev, w);
  if (as_array) w.EndArray();
  return std::string(buffer.GetString(), buffer.GetSize());
}

GeneratedEvent Generator::Impl::Good() {
  uint64_t roll = rng.Below(1000);
  Scenario scenario = Scenario::kTrafficFine;
  Sv name = "traffic_fine";
  for (const Weighted& w : kScenarios) {
    if (roll < static_cast<uint64_t>(w.weight)) {
      scenario = w.scenario;
      name = w.name;
      break;
    }
    roll -= static_cast<uint64_t>(w.weight);
  }
  Ctx c;
  for (int attempt = 0; attempt < 8; ++attempt) {
    c = NewCtx(kTrafficBrigade, name);
    c.base_route = Build(c, scenario);
    ApplyTextMods(c);
    if (Consistent(c)) break;
  }
  GeneratedEvent out;
  out.event_id = c.ev.event_id;
  out.json = Serialize(c.ev);
  out.expected_route = FinalRoute(c);
  out.scenario = c.scenario;
  out.planted = std::move(c.planted);
  if (out.expected_route == "publish" || out.expected_route == "approval" || out.expected_route == "on_request") {
    out.must_keep = std::move(c.keep);
  }
  if (c.reg_kind != 0 && c.ev.refers_to.empty()) {
    Earlier e{c.ev.event_id, c.ev.case_id, c.ev.domain, c.ev.category, c.ev.document_no, c.ev.result,
              c.ev.unit_code, c.ev.unit_name, c.ev.system, c.ev.event_type};
    std::vector<Earlier>& list = c.reg_kind == 1 ? penalties : licenses;
    if (list.size() >= kEarlierLimit) {
      list[rng.Below(list.size())] = std::move(e);  // forget a random old one
    } else {
      list.push_back(std::move(e));
    }
  }
  return out;
}

GeneratedEvent Generator::Impl::Bad() {
  // Class weights (per 100): invalid_json 20, invalid_utf8 20, too_large 5,
  // unsupported_schema 15, schema_violation 25, unknown_reference 15.
  const uint64_t r = rng.Below(100);
  Ctx c = NewCtx(kTrafficBrigade, "bad");
  const uint64_t base = rng.Below(4);
  if (base == 0) {
    TrafficPenalty(c, false);
  } else if (base == 1) {
    CriminalCase(c);
  } else if (base == 2) {
    License(c, rng.Chance(0.5));
  } else {
    AdminPenaltyPerson(c);
  }
  GeneratedEvent out;
  out.event_id = c.ev.event_id;
  out.expected_route = "dead_letter";
  Event& ev = c.ev;
  if (r < 20) {
    out.expected_reason = "invalid_json";
    const std::string full = Serialize(ev);
    // Cut on a character boundary so that the bytes stay valid UTF-8.
    size_t cut = static_cast<size_t>(rng.Range(1, static_cast<int>(full.size()) - 2));
    while (cut > 1 && (static_cast<unsigned char>(full[cut]) & 0xC0) == 0x80) --cut;
    out.json = full.substr(0, cut);
  } else if (r < 40) {
    out.expected_reason = "invalid_utf8";
    static constexpr Sv kMarker = "@@BAD_BYTES@@";
    std::string& s = ev.summary;
    size_t pos = static_cast<size_t>(rng.Below(s.size() + 1));
    while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
    s.insert(pos, kMarker);
    std::string json = Serialize(ev);
    const size_t at = json.find(kMarker);
    json.replace(at, kMarker.size(), rng.Chance(0.5) ? Sv("\xff\xfe") : Sv("\xc0\xaf"));
    out.json = std::move(json);
  } else if (r < 45) {
    out.expected_reason = "too_large";
    const std::string unit = ev.summary.empty() ? std::string("群众来电反映夜间噪音扰民。") : ev.summary;
    std::string big;
    big.reserve(kTooLargeBytes + unit.size());
    while (big.size() < kTooLargeBytes) big += unit;
    ev.summary = std::move(big);
    out.json = Serialize(ev);
  } else if (r < 60) {
    out.expected_reason = "unsupported_schema";
    ev.schema = "case-event/2";
    out.json = Serialize(ev);
  } else if (r < 85) {
    out.expected_reason = "schema_violation";
    const uint64_t v = rng.Below(4);
    bool as_array = false;
    if (v == 0 && !ev.parties.empty()) {
      const size_t k = static_cast<size_t>(rng.Below(ev.parties.size()));
      ev.parties[k].role = "boss";
      out.expected_pointer = Cat({"/parties/", static_cast<int64_t>(k), "/role"});
    } else if (v == 1) {
      ev.omit_domain = true;
      out.expected_pointer = "/case/domain";
    } else if (v == 2) {
      ev.unit_code = ev.unit_code.substr(0, 5);
      out.expected_pointer = "/source/unit_code";
    } else {
      as_array = true;
      out.expected_pointer = "";
    }
    out.json = Serialize(ev, as_array);
  } else {
    out.expected_reason = "unknown_reference";
    Event e;
    e.event_id = ev.event_id;
    e.event_type = "penalty.revoked";
    e.occurred_at = ev.occurred_at;
    e.system = "执法办案系统";
    e.unit_code = std::string(kUnits[kTrafficBrigade].code);
    e.unit_name = std::string(kUnits[kTrafficBrigade].name);
    e.refers_to =
        Cat({"G-", std::to_string(options.seed), "-", static_cast<int64_t>(counter), "-void"});
    e.case_id = ev.case_id;
    e.domain = "traffic";
    e.category = "饮酒后驾驶机动车";
    e.summary = "经梁河县人民政府行政复议，该行政处罚决定被撤销。";
    out.json = Serialize(e);
  }
  out.scenario = "bad:" + out.expected_reason;
  return out;
}

GeneratedEvent Generator::Impl::Next() {
  ++counter;
  event_id = Cat({"G-", std::to_string(options.seed), "-", static_cast<int64_t>(counter)});
  now += rng.Range(60, 240);
  if (options.bad_fraction > 0 && rng.Chance(options.bad_fraction)) return Bad();
  return Good();
}

// =============================================================================================

Generator::Generator(const GeneratorOptions& options) : impl_(std::make_unique<Impl>(options)) {}
Generator::~Generator() = default;
GeneratedEvent Generator::Next() { return impl_->Next(); }

bool IsValidStartTime(const std::string& text) {
  int64_t s = 0;
  int o = 0;
  return ParseTime(text, &s, &o);
}

std::string PlantedRecordJson(const GeneratedEvent& event) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  Str(w, "event_id", event.event_id);
  Str(w, "expected_route", event.expected_route);
  Str(w, "expected_reason", event.expected_reason);
  if (event.expected_reason == "schema_violation") Str(w, "expected_pointer", event.expected_pointer);
  w.Key("planted");
  w.StartArray();
  for (const Planted& p : event.planted) {
    w.StartObject();
    Str(w, "cls", p.cls);
    Str(w, "value", p.value);
    Str(w, "variant", p.variant);
    w.EndObject();
  }
  w.EndArray();
  w.Key("must_keep");
  w.StartArray();
  for (const std::string& k : event.must_keep) w.String(k.data(), static_cast<rapidjson::SizeType>(k.size()));
  w.EndArray();
  Str(w, "scenario", event.scenario);
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace disclosure::testing
