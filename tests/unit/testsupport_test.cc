// Tests of the synthetic event generator (library testsupport). The validators here are written
// independently of tests/gen/formats.cc so that a wrong check digit cannot pass twice.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "gen/generator.h"

namespace disclosure::testing {
namespace {

std::vector<GeneratedEvent> Generate(uint64_t seed, int count, double bad_fraction = 0.0) {
  GeneratorOptions options;
  options.seed = seed;
  options.bad_fraction = bad_fraction;
  Generator generator(options);
  std::vector<GeneratedEvent> out;
  out.reserve(static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) out.push_back(generator.Next());
  return out;
}

// Full-width ASCII forms to ASCII.
std::string Fold(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 == 0xEF && i + 2 < text.size()) {
      const unsigned cp = ((b0 & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                          (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        out.push_back(static_cast<char>(cp - 0xFF01 + 0x21));
        i += 3;
        continue;
      }
    }
    out.push_back(text[i++]);
  }
  return out;
}

std::string Strip(const std::string& text, const std::string& drop) {
  std::string out;
  for (char c : text) {
    if (drop.find(c) == std::string::npos) out.push_back(c);
  }
  return out;
}

// Digits written in Chinese numerals (〇 ○ 零 0, 一 幺 1, 二 … 九) as figures; the rest as it is.
std::string Figures(const std::string& text) {
  static const std::vector<std::pair<std::string, char>> kNumerals = {
      {"〇", '0'}, {"○", '0'},  {"零", '0'}, {"一", '1'}, {"幺", '1'}, {"二", '2'}, {"三", '3'},
      {"四", '4'}, {"五", '5'}, {"六", '6'}, {"七", '7'}, {"八", '8'}, {"九", '9'}};
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool numeral = false;
    for (const auto& [written, digit] : kNumerals) {
      if (text.compare(i, written.size(), written) == 0) {
        out.push_back(digit);
        i += written.size();
        numeral = true;
        break;
      }
    }
    if (!numeral) out.push_back(text[i++]);
  }
  return out;
}

bool ValidResidentId(const std::string& id) {
  static const int kW[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  if (id.size() != 18) return false;
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    if (!isdigit(static_cast<unsigned char>(id[i]))) return false;
    sum += (id[i] - '0') * kW[i];
  }
  if (id[0] < '1' || id[0] > '8') return false;
  return "10X98765432"[sum % 11] == id[17];
}

bool ValidCreditCode(const std::string& code) {
  static const std::string kAlpha = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  if (code.size() != 18) return false;
  int sum = 0;
  int weight = 1;
  for (int i = 0; i < 17; ++i) {
    const size_t v = kAlpha.find(code[i]);
    if (v == std::string::npos) return false;
    sum += static_cast<int>(v) * weight;
    weight = weight * 3 % 31;
  }
  return kAlpha[(31 - sum % 31) % 31] == code[17];
}

bool Luhn(const std::string& digits) {
  int sum = 0;
  bool dbl = false;
  for (size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0';
    if (d < 0 || d > 9) return false;
    if (dbl && (d *= 2) > 9) d -= 9;
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 == 0;
}

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// libphonenumber's current mobile ranges:
// 1(?:610\d|740[0-5])\d{6}|1(?:[38]\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\d{8}
bool StrictMobile(const std::string& n) {
  if (n.size() != 11 || !AllDigits(n) || n[0] != '1') return false;
  if (n.compare(0, 4, "1610") == 0) return true;
  if (n.compare(0, 4, "1740") == 0 && n[4] <= '5') return true;
  const char a = n[1];
  const char b = n[2];
  switch (a) {
    case '3':
    case '8':
      return true;
    case '4':
      return b == '5' || b == '7';
    case '5':
    case '9':
      return b != '4';
    case '6':
      return b == '2' || (b >= '5' && b <= '7');
    case '7':
      return b != '4' && b != '9';
    default:
      return false;
  }
}

// 0 + area code (010, 02x or 0 + 3 digits [3-9]xx) + '-' + 7-8 digits not starting with 0 or 1.
bool Landline(const std::string& n) {
  const size_t dash = n.find('-');
  if (dash == std::string::npos || n[0] != '0') return false;
  const std::string area = n.substr(0, dash);
  const std::string local = n.substr(dash + 1);
  const bool area_ok = AllDigits(area) && (area == "010" || (area.size() == 3 && area[1] == '2') ||
                                           (area.size() == 4 && area[1] >= '3'));
  return area_ok && AllDigits(local) && local.size() >= 7 && local.size() <= 8 && local[0] >= '2';
}

// A plate without its province character: issuing letter, optional '·', serial.
bool PlateRest(const std::string& s) {
  auto letter = [](char c) { return c >= 'A' && c <= 'Z' && c != 'I'; };
  auto serial = [&](char c) { return (letter(c) && c != 'O') || (c >= '0' && c <= '9'); };
  if (s.empty() || !letter(s[0])) return false;
  std::string rest = s.substr(1);
  if (rest.rfind("\xC2\xB7", 0) == 0) rest = rest.substr(2);
  if (rest.rfind(".", 0) == 0) rest = rest.substr(1);
  if (rest.size() == 5) return std::all_of(rest.begin(), rest.end(), serial);
  if (rest.size() == 6) {
    return (rest[0] == 'D' || rest[0] == 'F') && serial(rest[1]) && AllDigits(rest.substr(2));
  }
  return false;
}

std::string Get(const rapidjson::Value& v, const char* a, const char* b = nullptr) {
  if (!v.IsObject() || !v.HasMember(a)) return "";
  const rapidjson::Value& x = v[a];
  if (b == nullptr) return x.IsString() ? std::string(x.GetString(), x.GetStringLength()) : "";
  if (!x.IsObject() || !x.HasMember(b) || !x[b].IsString()) return "";
  return std::string(x[b].GetString(), x[b].GetStringLength());
}

TEST(Generator, DeterministicPerSeed) {
  const auto a = Generate(42, 2000, 0.05);
  const auto b = Generate(42, 2000, 0.05);
  const auto c = Generate(43, 50);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(a[i].json, b[i].json) << i;
    ASSERT_EQ(PlantedRecordJson(a[i]), PlantedRecordJson(b[i])) << i;
  }
  EXPECT_NE(a[0].json, c[0].json);
  EXPECT_EQ(a[0].event_id, "G-42-1");
  EXPECT_EQ(c[49].event_id, "G-43-50");
}

TEST(Generator, UniqueIdsAndNoNewlines) {
  const auto events = Generate(7, 5000, 0.1);
  std::set<std::string> ids;
  for (const auto& e : events) {
    EXPECT_TRUE(ids.insert(e.event_id).second) << e.event_id;
    EXPECT_EQ(e.json.find('\n'), std::string::npos) << e.event_id;
  }
}

TEST(Generator, GoodEventsFollowTheContract) {
  const auto events = Generate(11, 5000);
  static const std::set<std::string> kRoles = {"suspect", "offender", "victim", "witness",
                                               "complainant", "applicant", "agent", "guardian"};
  static const std::set<std::string> kDomains = {"criminal", "administrative", "traffic",
                                                 "household", "vehicle", "exit_entry"};
  std::string last_time;
  for (const auto& e : events) {
    rapidjson::Document d;
    d.Parse<rapidjson::kParseValidateEncodingFlag>(e.json.c_str(), e.json.size());
    ASSERT_FALSE(d.HasParseError()) << e.event_id << ": " << rapidjson::GetParseError_En(d.GetParseError());
    EXPECT_EQ(Get(d, "schema"), "case-event/1");
    EXPECT_EQ(Get(d, "event_id"), e.event_id);
    const std::string occurred = Get(d, "occurred_at");
    ASSERT_EQ(occurred.size(), 25u) << occurred;
    EXPECT_EQ(occurred.substr(19), "+08:00");
    EXPECT_GT(occurred, last_time);  // same offset: text order is time order
    last_time = occurred;
    const std::string unit = Get(d, "source", "unit_code");
    EXPECT_TRUE(unit.size() == 12 && AllDigits(unit) && unit.rfind("533122", 0) == 0) << unit;
    EXPECT_TRUE(kDomains.count(Get(d, "case", "domain"))) << e.event_id;
    EXPECT_FALSE(Get(d, "case", "case_id").empty());
    EXPECT_FALSE(Get(d, "case", "category").empty());
    if (d.HasMember("decision") && d["decision"].HasMember("decided_at")) {
      EXPECT_EQ(Get(d, "decision", "decided_at"), occurred.substr(0, 10)) << e.event_id;
    }
    std::set<std::string> officers;
    if (d.HasMember("officers")) {
      for (const auto& o : d["officers"].GetArray()) officers.insert(Get(o, "name"));
    }
    std::set<std::string> party_ids;
    std::set<std::string> names;
    if (!d.HasMember("parties")) continue;
    for (const auto& p : d["parties"].GetArray()) {
      EXPECT_TRUE(party_ids.insert(Get(p, "party_id")).second) << e.event_id;
      EXPECT_TRUE(kRoles.count(Get(p, "role"))) << e.event_id;
      const std::string name = Get(p, "name");
      EXPECT_TRUE(names.insert(name).second) << e.event_id << " two parties named " << name;
      EXPECT_EQ(officers.count(name), 0u) << e.event_id << " party named like an officer";
      const std::string id = Get(p, "id_number");
      if (Get(p, "kind") == "organization") {
        EXPECT_TRUE(ValidCreditCode(id)) << e.event_id << " " << id;
      } else if (!id.empty()) {
        EXPECT_TRUE(ValidResidentId(id)) << e.event_id << " " << id;
        const std::string birth = Get(p, "birth_date");
        if (!birth.empty()) {
          EXPECT_EQ(id.substr(6, 8), birth.substr(0, 4) + birth.substr(5, 2) + birth.substr(8, 2)) << e.event_id;
        }
      }
    }
  }
}

TEST(Generator, PlantedValuesAreValidAndPresent) {
  const auto events = Generate(3, 5000);
  const std::string provinces = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新黔";
  std::map<std::string, std::set<std::string>> variants;
  int checked = 0;
  for (const auto& e : events) {
    rapidjson::Document d;
    d.Parse(e.json.c_str(), e.json.size());
    ASSERT_FALSE(d.HasParseError());
    const std::string texts = Get(d, "case", "title") + "\x1f" + Get(d, "case", "summary") + "\x1f" +
                              Get(d, "decision", "text");
    for (const Planted& p : e.planted) {
      variants[p.cls].insert(p.variant);
      EXPECT_NE(texts.find(p.value), std::string::npos) << e.event_id << " " << p.cls << " " << p.value;
      EXPECT_NE(e.json.find(p.value), std::string::npos) << e.event_id << " " << p.value;
      const std::string folded = p.variant.find("chinese_numerals") != std::string::npos
                                     ? Figures(p.value)
                                     : Fold(p.value);
      if (p.cls == "id_number" && p.variant != "invalid") {
        std::string id = Strip(folded, " -");
        if (!id.empty() && id.back() == 'x') id.back() = 'X';
        if (p.variant == "no_check_character") {
          EXPECT_EQ(id.size(), 17u) << e.event_id << " " << p.value;
          id += 'X';  // (left out of IDs that end in X only)
        }
        EXPECT_TRUE(ValidResidentId(id)) << e.event_id << " " << p.value;
        ++checked;
      } else if (p.cls == "id_number") {
        EXPECT_FALSE(ValidResidentId(p.value)) << e.event_id << " " << p.value;
      } else if (p.cls == "phone" &&
                 (p.variant == "landline" || p.variant == "landline_chinese_numerals")) {
        EXPECT_TRUE(Landline(folded)) << p.value;
      } else if (p.cls == "phone" && p.variant == "landline_international") {
        ASSERT_EQ(p.value.rfind("+86-", 0), 0u) << p.value;
        EXPECT_TRUE(Landline("0" + p.value.substr(4))) << p.value;
      } else if (p.cls == "phone" && p.variant == "landline_local") {
        EXPECT_TRUE(Landline("0692-" + p.value)) << p.value;
      } else if (p.cls == "phone") {
        // (grouped_other: two spaces, ideographic ones, a zero-width space, " - ", or one of
        // _ / 、 * ~ ，.)
        std::string n = p.variant == "grouped_nbsp" ? Strip(folded, "\xC2\xA0")
                        : p.variant == "grouped_other"
                            ? Strip(folded, " -\xE3\x80\x81\xE2\x8B_/*~,")
                            : Strip(folded, " -");
        if (n.rfind("+86", 0) == 0) n = n.substr(3);
        EXPECT_TRUE(StrictMobile(n)) << e.event_id << " " << p.value;
      } else if (p.cls == "bank_account") {
        const std::string n = Strip(folded, " ");
        EXPECT_EQ(n.substr(0, 2), "62") << p.value;
        EXPECT_GE(n.size(), 16u);
        EXPECT_LE(n.size(), 19u);
        EXPECT_TRUE(Luhn(n)) << p.value;
      } else if (p.cls == "plate") {
        const std::string province = p.value.substr(0, 3);
        EXPECT_EQ(provinces.find(province) % 3, 0u) << p.value;
        EXPECT_NE(provinces.find(province), std::string::npos) << p.value;
        // (A space may follow the province: 云 N12345.)
        EXPECT_TRUE(PlateRest(p.value.substr(p.value[3] == ' ' ? 4 : 3))) << p.value;
      }
    }
    // must_keep values occur in a published field and hold no personal data.
    const std::string published = Get(d, "case", "summary") + "\x1f" + Get(d, "decision", "text") + "\x1f" +
                                  Get(d, "decision", "legal_basis") + "\x1f" + Get(d, "decision", "document_no");
    for (const std::string& k : e.must_keep) {
      EXPECT_NE(published.find(k), std::string::npos) << e.event_id << " must_keep " << k;
      for (const Planted& p : e.planted) {
        EXPECT_EQ(k.find(p.value), std::string::npos) << e.event_id << " " << k << " holds " << p.value;
      }
    }
    if (d.HasMember("officers")) {
      for (const auto& o : d["officers"].GetArray()) {
        for (const Planted& p : e.planted) EXPECT_NE(p.value, Get(o, "name")) << e.event_id;
      }
    }
    if (e.expected_route != "publish" && e.expected_route != "approval" && e.expected_route != "on_request") {
      EXPECT_TRUE(e.must_keep.empty()) << e.event_id;
    }
  }
  EXPECT_GT(checked, 1000);
  const std::map<std::string, std::set<std::string>> kExpected = {
      {"person_name",
       {"full", "given_name", "alias", "compound_surname", "minority", "unlisted", "confidential",
        "spaced", "spaced_each"}},
      {"id_number",
       {"plain", "full_width", "grouped", "lower_x", "invalid", "one_digit_at_a_time",
        "chinese_numerals", "no_check_character"}},
      {"phone",
       {"plain", "+86", "grouped", "grouped_dash", "grouped_nbsp", "full_width", "landline",
        "landline_local", "chinese_numerals", "landline_chinese_numerals", "grouped_other",
        "unlisted_chinese_numerals", "landline_international"}},
      {"bank_account", {"plain", "grouped", "one_digit_at_a_time"}},
      {"plate", {"plain", "dot", "new_energy", "full_stop", "space_after_province"}},
      {"certificate", {"passport", "hk_macau_permit"}},
      {"contact", {"email", "qq", "wechat", "qq_nickname", "wechat_homophone"}},
      {"address", {"village", "villagers_group", "road", "compound", "spaced"}},
      {"birth_date", {"plain", "spaced", "figures"}},
  };
  for (const auto& [cls, want] : kExpected) {
    for (const std::string& v : want) EXPECT_TRUE(variants[cls].count(v)) << cls << " lacks variant " << v;
  }
}

TEST(Generator, RoutesCoverEverythingAndRetractionsReferBack) {
  const auto events = Generate(5, 5000);
  std::map<std::string, int> routes;
  std::map<std::string, std::string> seen;  // event_id → event_type
  std::map<std::string, std::string> case_of;
  int retractions = 0;
  for (const auto& e : events) {
    ++routes[e.expected_route];
    rapidjson::Document d;
    d.Parse(e.json.c_str(), e.json.size());
    ASSERT_FALSE(d.HasParseError());
    const std::string type = Get(d, "event_type");
    if (e.expected_route == "retract") {
      ++retractions;
      const std::string ref = Get(d, "refers_to");
      ASSERT_TRUE(seen.count(ref)) << e.event_id << " refers to unseen " << ref;
      EXPECT_EQ(seen[ref], type == "license.revoked" ? "license.decided" : "penalty.decided") << e.event_id;
      EXPECT_EQ(case_of[ref], Get(d, "case", "case_id"));
    } else {
      EXPECT_FALSE(d.HasMember("refers_to")) << e.event_id;
    }
    seen[e.event_id] = type;
    case_of[e.event_id] = Get(d, "case", "case_id");
    if (e.scenario == "override_minor" || e.scenario == "override_secret" || e.scenario == "override_intimate" ||
        e.scenario == "admin_person" || e.scenario == "admin_getihu" || e.scenario == "measure") {
      EXPECT_EQ(e.expected_route, "withhold") << e.event_id << " " << e.scenario;
    }
    if (e.scenario == "override_unlisted_name") {
      EXPECT_EQ(e.expected_route, "approval") << e.event_id;
      bool unlisted = false;
      for (const Planted& p : e.planted) unlisted = unlisted || p.variant == "unlisted";
      EXPECT_TRUE(unlisted);
    }
    if (e.scenario == "traffic_warning") {
      EXPECT_EQ(e.expected_route, "out_of_scope");
    }
    if (e.scenario == "license_person" || e.scenario == "service") {
      EXPECT_EQ(e.expected_route, "on_request");
    }
  }
  for (const char* r : {"publish", "approval", "on_request", "withhold", "retract", "out_of_scope"}) {
    EXPECT_GT(routes[r], 50) << r;
  }
  EXPECT_GT(retractions, 100);
  // Rare on purpose: the unlisted-name scenario stays near 3 %.
  int unlisted = 0;
  for (const auto& e : events) unlisted += e.scenario == "override_unlisted_name";
  EXPECT_LT(unlisted, 250);
}

TEST(Generator, BadRecordsOfEveryReason) {
  const auto events = Generate(9, 1500, 0.4);
  std::map<std::string, int> reasons;
  std::set<std::string> ids;
  for (const auto& e : events) {
    ids.insert(e.event_id);
    if (e.expected_route != "dead_letter") {
      EXPECT_TRUE(e.expected_reason.empty());
      continue;
    }
    ++reasons[e.expected_reason];
    EXPECT_TRUE(e.planted.empty());
    EXPECT_TRUE(e.must_keep.empty());
    EXPECT_EQ(e.json.find('\n'), std::string::npos);
    rapidjson::Document d;
    d.Parse<rapidjson::kParseValidateEncodingFlag>(e.json.c_str(), e.json.size());
    if (e.expected_reason == "invalid_json") {
      EXPECT_TRUE(d.HasParseError()) << e.json;
      EXPECT_NE(d.GetParseError(), rapidjson::kParseErrorStringInvalidEncoding);
    } else if (e.expected_reason == "invalid_utf8") {
      ASSERT_TRUE(d.HasParseError());
      EXPECT_EQ(d.GetParseError(), rapidjson::kParseErrorStringInvalidEncoding);
    } else if (e.expected_reason == "too_large") {
      EXPECT_FALSE(d.HasParseError());
      EXPECT_GT(e.json.size(), 1024u * 1024u);
    } else {
      ASSERT_FALSE(d.HasParseError()) << e.expected_reason;
      EXPECT_LT(e.json.size(), 1024u * 1024u);
    }
    if (e.expected_reason == "unsupported_schema") {
      EXPECT_EQ(Get(d, "schema"), "case-event/2");
    }
    if (e.expected_reason == "schema_violation") {
      if (e.expected_pointer.empty()) {
        EXPECT_TRUE(d.IsArray());
      } else if (e.expected_pointer == "/case/domain") {
        EXPECT_FALSE(d["case"].HasMember("domain"));
      } else if (e.expected_pointer == "/source/unit_code") {
        EXPECT_EQ(Get(d, "source", "unit_code").size(), 5u);
      } else {
        EXPECT_NE(e.json.find("\"role\":\"boss\""), std::string::npos) << e.expected_pointer;
      }
    }
    if (e.expected_reason == "unknown_reference") {
      EXPECT_EQ(Get(d, "event_type"), "penalty.revoked");
      EXPECT_EQ(ids.count(Get(d, "refers_to")), 0u);
    }
  }
  for (const char* r : {"invalid_json", "invalid_utf8", "too_large", "unsupported_schema", "schema_violation",
                        "unknown_reference"}) {
    EXPECT_GT(reasons[r], 0) << r;
  }
  // unknown references stay unknown for the whole stream
  for (const auto& e : events) {
    if (e.expected_reason != "unknown_reference") continue;
    rapidjson::Document d;
    d.Parse(e.json.c_str(), e.json.size());
    EXPECT_EQ(ids.count(Get(d, "refers_to")), 0u);
  }
}

TEST(Generator, PlantedRecordJsonShape) {
  const auto events = Generate(1, 300, 0.2);
  for (const auto& e : events) {
    const std::string line = PlantedRecordJson(e);
    EXPECT_EQ(line.find('\n'), std::string::npos);
    rapidjson::Document d;
    d.Parse(line.c_str(), line.size());
    ASSERT_FALSE(d.HasParseError());
    EXPECT_EQ(Get(d, "event_id"), e.event_id);
    EXPECT_EQ(Get(d, "expected_route"), e.expected_route);
    EXPECT_EQ(Get(d, "expected_reason"), e.expected_reason);
    ASSERT_TRUE(d["planted"].IsArray());
    EXPECT_EQ(d["planted"].Size(), e.planted.size());
    ASSERT_TRUE(d["must_keep"].IsArray());
    EXPECT_EQ(d["must_keep"].Size(), e.must_keep.size());
    EXPECT_EQ(d.HasMember("expected_pointer"), e.expected_reason == "schema_violation");
  }
}

TEST(Generator, StartTime) {
  EXPECT_TRUE(IsValidStartTime("2026-11-02T08:00:00+08:00"));
  EXPECT_TRUE(IsValidStartTime("2026-11-02T00:00:00Z"));
  EXPECT_FALSE(IsValidStartTime("2026-11-31T08:00:00+08:00"));
  EXPECT_FALSE(IsValidStartTime("yesterday"));
  GeneratorOptions options;
  options.start_time = "2025-12-31T23:59:00+08:00";
  Generator generator(options);
  const GeneratedEvent e = generator.Next();
  rapidjson::Document d;
  d.Parse(e.json.c_str(), e.json.size());
  EXPECT_EQ(Get(d, "occurred_at").substr(0, 10), "2026-01-01");
}

}  // namespace
}  // namespace disclosure::testing
