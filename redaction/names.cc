// Person names: surname lists, masking, and the heuristic for names no party lists.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "redaction/detectors.h"
#include "redaction/text.h"

namespace disclosure::redaction::internal {
namespace {

// The traditional compound surnames (复姓), 百家姓 and later sources.
constexpr std::array<std::string_view, 84> kCompoundSurnames = {
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "令狐", "端木", "轩辕", "万俟", "闻人", "赫连", "公羊", "澹台", "公冶", "宗政", "濮阳",
    "淳于", "单于", "太叔", "申屠", "仲孙", "钟离", "鲜于", "闾丘", "司空", "亓官", "司寇", "子车",
    "颛孙", "巫马", "公西", "漆雕", "乐正", "壤驷", "公良", "拓跋", "夹谷", "宰父", "谷梁", "段干",
    "百里", "东郭", "南门", "呼延", "归海", "羊舌", "微生", "梁丘", "左丘", "东门", "西门", "南宫",
    "第五", "公仪", "公乘", "太史", "仲长", "叔孙", "屈突", "尔朱", "东乡", "相里", "胡母", "司城",
    "张廖", "雍门", "毋丘", "贺兰", "綦毋", "独孤", "南郭", "北宫", "王孙", "青阳", "纳兰", "范姜",
};

// The ~100 most common single-character surnames (used only by the heuristic).
constexpr std::string_view kCommonSurnames =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓韩冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏"
    "吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃"
    "武钱戴严莫孔向常汤";

bool IsMiddleDot(std::string_view ch) { return ch == "·" || ch == "•" || ch == "・"; }

bool HasMiddleDot(const std::vector<std::string_view>& chars) {
  return std::any_of(chars.begin(), chars.end(), IsMiddleDot);
}

bool StartsWith(std::string_view s, size_t at, std::string_view word) {
  return s.size() >= at + word.size() && s.substr(at, word.size()) == word;
}

// Characters that end a heuristic name (function words, verbs that follow a name).
constexpr std::string_view kNameStops =
    "某在于和与及等的是也将被把向对从到说因称了均都一二两处去来所告为则又就便还已曾未没不报供驾陪带"
    "叫"
    "让给帮打找看家人后前时中里内外上下称驶并即遂立经系";

bool IsNameStop(std::string_view ch) {
  return ch.size() == 3 && kNameStops.find(ch) != std::string_view::npos &&
         kNameStops.find(ch) % 3 == 0;
}

// Contexts after which a person's name usually follows (其朋友张三).
constexpr std::array<std::string_view, 12> kBeforeName = {
    "朋友", "同事", "邻居", "村民", "证人", "妻子", "丈夫", "儿子", "女儿", "父亲", "母亲", "其友",
};
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

// Surname + 1–2 ideographs starting at `at`, stopping at a stop character; 0 if none.
size_t NameForwardFrom(std::string_view s, size_t at) {
  size_t len = 0;
  if (at >= s.size() || !IsIdeographAt(s, at, &len)) return 0;
  if (!IsCommonSurname(s.substr(at, len))) return 0;
  size_t end = at + len;
  int given = 0;
  while (given < 2 && end < s.size()) {
    size_t l = 0;
    if (!IsIdeographAt(s, end, &l) || IsNameStop(s.substr(end, l))) break;
    end += l;
    ++given;
  }
  return given == 0 ? 0 : end - at;
}

constexpr size_t kNone = static_cast<size_t>(-1);

// Start of a surname + `given` ideographs ending right before byte `end`, or kNone.
size_t GuessStart(std::string_view s, size_t end, int given) {
  size_t start = end;
  for (int k = 0; k <= given; ++k) {
    size_t len = 0;
    if (start == 0) return kNone;
    start = PrevCharStart(s, start);
    if (!IsIdeographAt(s, start, &len)) return kNone;
  }
  return NameForwardFrom(s, start) == end - start ? start : kNone;
}

// Characters that end the word before a name (辅警, 店主, 人员, 朋友 …).
constexpr std::string_view kWordEnds = "警员主长友事居民人子夫儿女亲理师生";

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

bool IsCompoundSurname(std::string_view two_chars) {
  return std::find(kCompoundSurnames.begin(), kCompoundSurnames.end(), two_chars) !=
         kCompoundSurnames.end();
}

bool IsCommonSurname(std::string_view one_char) {
  if (one_char.size() != 3) return false;
  for (size_t i = 0; i + 3 <= kCommonSurnames.size(); i += 3) {
    if (kCommonSurnames.substr(i, 3) == one_char) return true;
  }
  return false;
}

std::string MaskedName(std::string_view name) {
  const auto chars = SplitChars(name);
  if (chars.empty()) return "某";
  if (!HasMiddleDot(chars) && chars.size() >= 3 &&
      IsCompoundSurname(name.substr(0, chars[0].size() + chars[1].size()))) {
    return std::string(chars[0]) + std::string(chars[1]) + "某";
  }
  return std::string(chars[0]) + "某";
}

std::string GivenName(std::string_view name) {
  const auto chars = SplitChars(name);
  if (HasMiddleDot(chars)) return "";
  size_t surname = 1;
  if (chars.size() == 4 && IsCompoundSurname(name.substr(0, chars[0].size() + chars[1].size()))) {
    surname = 2;
  }
  if (chars.size() != surname + 2) return "";
  std::string given;
  for (size_t k = surname; k < chars.size(); ++k) {
    if (chars[k].size() != 3) return "";  // ideographs only
    given.append(chars[k]);
  }
  return given;
}

void ScanNameHeuristics(std::string_view s, Findings* out) {
  static const CharSet* const kTriggers = [] {
    std::vector<std::string_view> words(kBeforeName.begin(), kBeforeName.end());
    words.insert(words.end(), kAfterName.begin(), kAfterName.end());
    return new CharSet(words);
  }();
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    const size_t len = DecodeUtf8(s, i, &cp);
    if (!kTriggers->contains(cp)) {
      i += len;
      continue;
    }
    bool matched = false;
    for (std::string_view word : kBeforeName) {
      if (!StartsWith(s, i, word)) continue;
      const size_t at = i + word.size();
      if (const size_t n = NameForwardFrom(s, at); n > 0) AddHeuristic(at, at + n, out);
      i = at;
      matched = true;
      break;
    }
    if (matched) continue;
    for (std::string_view word : kAfterName) {
      if (!StartsWith(s, i, word)) continue;
      const bool speech_word = word == "称";
      if (speech_word && i > 0) {
        const size_t p = PrevCharStart(s, i);
        const std::string_view prev = s.substr(p, i - p);
        if (prev.size() == 3 && kNotSpeechBefore.find(prev) != std::string_view::npos) break;
      }
      // Guess surname + 2 when a word boundary precedes it, else surname + 1.
      const size_t three = GuessStart(s, i, 2);
      const size_t two = GuessStart(s, i, 1);
      if (three != kNone && IsBoundaryBefore(s, three)) {
        AddHeuristic(three, i, out);
      } else if (two != kNone) {
        AddHeuristic(two, i, out);
      }
      i += word.size();
      matched = true;
      break;
    }
    if (!matched) i += len;
  }
}

}  // namespace disclosure::redaction::internal
