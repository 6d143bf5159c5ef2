// Tests for events/: parsing and validating case-event/1 records.
#include "events/events.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "events/utf8.h"

namespace disclosure::events {
namespace {

std::vector<std::string> ExampleLines() {
  std::ifstream in(std::string(DISCLOSURE_SOURCE_DIR) + "/examples/events.jsonl");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

// The example line with the given event_id, e.g. "EX-0004".
std::string Example(const std::string& id) {
  for (const std::string& line : ExampleLines()) {
    if (line.find("\"event_id\": \"" + id + "\"") != std::string::npos) return line;
  }
  ADD_FAILURE() << "no example " << id;
  return "";
}

// `text` with the first `from` replaced by `to`; fails the test if `from` is absent.
std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "not found: " << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

std::shared_ptr<const Parser> MakeParser(const Limits& limits = {}) {
  auto parser = Parser::Create(limits);
  EXPECT_TRUE(parser.ok()) << parser.status().ToString();
  return parser.ok() ? *parser : nullptr;
}

CaseEvent MustParse(const Parser& parser, std::string_view bytes) {
  ParseOutcome outcome = parser.Parse(bytes);
  if (const auto* rejection = std::get_if<Rejection>(&outcome)) {
    ADD_FAILURE() << "rejected: " << ToString(rejection->reason) << " " << rejection->detail;
    return CaseEvent{};
  }
  return std::get<CaseEvent>(std::move(outcome));
}

Rejection MustReject(const Parser& parser, std::string_view bytes) {
  ParseOutcome outcome = parser.Parse(bytes);
  if (!std::holds_alternative<Rejection>(outcome)) {
    ADD_FAILURE() << "accepted a record that should be rejected";
    return Rejection{};
  }
  return std::get<Rejection>(outcome);
}

const Party* FindParty(const CaseEvent& event, const std::string& id) {
  for (const Party& party : event.parties) {
    if (party.party_id == id) return &party;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Valid input.

TEST(EventsParse, GivenAllExamplesWhenParsedThenEveryOneIsAccepted) {
  auto parser = MakeParser();
  const auto lines = ExampleLines();
  ASSERT_EQ(lines.size(), 13u);
  for (size_t i = 0; i < lines.size(); ++i) {
    const CaseEvent event = MustParse(*parser, lines[i]);
    char expected_id[32];
    std::snprintf(expected_id, sizeof expected_id, "EX-%04zu", i + 1);
    EXPECT_EQ(event.event_id.value(), expected_id);
  }
}

TEST(EventsParse, GivenPenaltyDecisionWhenParsedThenAllFieldsAreMapped) {
  auto parser = MakeParser();
  const CaseEvent event = MustParse(*parser, Example("EX-0001"));
  EXPECT_EQ(event.type, EventType::kPenaltyDecided);
  EXPECT_EQ(event.occurred_at.ToString(), "2026-11-20T16:30:00+08:00");
  EXPECT_EQ(event.source.system, "执法办案系统");
  EXPECT_EQ(event.source.unit_code, "533122030000");
  EXPECT_EQ(event.source.unit_name, "梁河县公安局九保派出所");
  EXPECT_EQ(event.case_id.reveal(), "A5331220300002026110001");
  EXPECT_EQ(event.domain, Domain::kAdministrative);
  EXPECT_EQ(event.category, "殴打他人");
  ASSERT_TRUE(event.title.has_value());
  EXPECT_EQ(event.title->reveal(), "杨建华殴打他人案");
  ASSERT_TRUE(event.summary.has_value());
  ASSERT_EQ(event.parties.size(), 2u);
  const Party& offender = event.parties[0];
  EXPECT_EQ(offender.party_id, "P1");
  EXPECT_EQ(offender.kind, PartyKind::kPerson);
  EXPECT_EQ(offender.role, Role::kOffender);
  EXPECT_EQ(offender.name.reveal(), "杨建华");
  EXPECT_EQ(offender.gender->reveal(), "男");
  EXPECT_EQ(offender.id_number->reveal(), "330106198503143895");
  EXPECT_EQ(offender.birth_date->reveal(), "1985-03-14");
  EXPECT_EQ(offender.phone->reveal(), "13692332146");
  EXPECT_FALSE(offender.minor);
  EXPECT_EQ(offender.minor_basis, MinorBasis::kBirthDate);
  EXPECT_EQ(event.parties[1].role, Role::kVictim);
  EXPECT_FALSE(event.parties[1].minor);
  EXPECT_EQ(event.parties[1].minor_basis, MinorBasis::kIdNumber);
  ASSERT_EQ(event.officers.size(), 2u);
  EXPECT_EQ(event.officers[1].name, "尹红");
  EXPECT_EQ(event.officers[1].badge, "053187");
  ASSERT_TRUE(event.decision.has_value());
  EXPECT_EQ(event.decision->document_no, "梁公(九)行罚决字〔2026〕118号");
  EXPECT_EQ(event.decision->decided_at, (Date{2026, 11, 20}));
  EXPECT_EQ(event.decision->result, "行政拘留五日，并处罚款二百元");
  EXPECT_TRUE(event.decision->text.has_value());
  EXPECT_FALSE(event.refers_to.has_value());
}

TEST(EventsParse, GivenTagsAndPoliceFlagWhenParsedThenTheyAreKept) {
  auto parser = MakeParser();
  const CaseEvent event = MustParse(*parser, Example("EX-0003"));
  EXPECT_EQ(event.tags, std::vector<std::string>{"涉警"});
  ASSERT_EQ(event.parties.size(), 1u);
  EXPECT_TRUE(event.parties[0].is_police);
  EXPECT_FALSE(event.parties[0].confidential);
}

TEST(EventsParse, GivenPartyBornIn2010WhenParsedThenMinorByBirthDate) {
  auto parser = MakeParser();
  const CaseEvent event = MustParse(*parser, Example("EX-0004"));
  const Party* child = FindParty(event, "P1");
  ASSERT_NE(child, nullptr);
  EXPECT_TRUE(child->minor);
  EXPECT_EQ(child->minor_basis, MinorBasis::kBirthDate);
  const Party* guardian = FindParty(event, "P2");
  ASSERT_NE(guardian, nullptr);
  EXPECT_EQ(guardian->role, Role::kGuardian);
  EXPECT_FALSE(guardian->minor);
  EXPECT_EQ(guardian->minor_basis, MinorBasis::kUnknown);
}

TEST(EventsParse, GivenSuspectWithIdNumberFrom2012WhenParsedThenMinorByIdNumber) {
  auto parser = MakeParser();
  const CaseEvent event = MustParse(*parser, Example("EX-0009"));
  const Party* suspect = FindParty(event, "P1");
  ASSERT_NE(suspect, nullptr);
  EXPECT_EQ(suspect->role, Role::kSuspect);
  EXPECT_TRUE(suspect->minor);
  EXPECT_EQ(suspect->minor_basis, MinorBasis::kIdNumber);
}

TEST(EventsParse, GivenOrganizationWithCreditCodeWhenParsedThenNoMinorBasis) {
  auto parser = MakeParser();
  const CaseEvent event = MustParse(*parser, Example("EX-0006"));
  const Party* company = FindParty(event, "O1");
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->kind, PartyKind::kOrganization);
  EXPECT_FALSE(company->minor);
  EXPECT_EQ(company->minor_basis, MinorBasis::kUnknown);
}

TEST(EventsParse, GivenMinorFlagFalseWhenBirthDateSaysMinorThenFlagWins) {
  auto parser = MakeParser();
  const std::string line = Replace(Example("EX-0004"), "\"birth_date\": \"2010-06-20\"",
                                   "\"birth_date\": \"2010-06-20\", \"minor\": false");
  const CaseEvent event = MustParse(*parser, line);
  EXPECT_FALSE(event.parties[0].minor);
  EXPECT_EQ(event.parties[0].minor_basis, MinorBasis::kFlag);
}

TEST(EventsParse, GivenBirthdayOnTheDayOfTheEventWhenParsedThenEighteenIsAdult) {
  auto parser = MakeParser();
  // occurred_at 2026-11-23 local; born 2008-11-23 → 18 that day; born 2008-11-24 → still 17.
  const std::string base = Example("EX-0004");
  const CaseEvent adult = MustParse(*parser, Replace(base, "2010-06-20", "2008-11-23"));
  EXPECT_FALSE(adult.parties[0].minor);
  const CaseEvent minor = MustParse(*parser, Replace(base, "2010-06-20", "2008-11-24"));
  EXPECT_TRUE(minor.parties[0].minor);
}

TEST(EventsParse, GivenRevocationWithRefersToWhenParsedThenReferenceIsKept) {
  auto parser = MakeParser();
  const CaseEvent event = MustParse(*parser, Example("EX-0005"));
  EXPECT_EQ(event.type, EventType::kPenaltyRevoked);
  ASSERT_TRUE(event.refers_to.has_value());
  EXPECT_EQ(event.refers_to->value(), "EX-0002");
}

TEST(EventsParse, GivenUnknownTopLevelFieldWhenParsedThenAccepted) {
  auto parser = MakeParser();
  const std::string line = Replace(Example("EX-0010"), "{\"schema\"",
                                   "{\"future_field\": [1, {\"x\": null}], \"schema\"");
  EXPECT_EQ(MustParse(*parser, line).event_id.value(), "EX-0010");
}

TEST(EventsParse, GivenExtraObjectWhenParsedThenAccepted) {
  auto parser = MakeParser();
  const std::string line = Replace(Example("EX-0010"), "{\"schema\"",
                                   "{\"extra\": {\"a\": {\"b\": [true]}}, \"schema\"");
  EXPECT_EQ(MustParse(*parser, line).event_id.value(), "EX-0010");
}

// ---------------------------------------------------------------------------------------------
// Bad input: transport and syntax.

TEST(EventsParse, GivenRecordOverTheLimitWhenParsedThenTooLarge) {
  Limits limits;
  limits.max_record_bytes = 100;
  auto parser = MakeParser(limits);
  const Rejection r = MustReject(*parser, Example("EX-0001"));
  EXPECT_EQ(r.reason, RejectReason::kTooLarge);
  EXPECT_NE(r.detail.find("limit is 100"), std::string::npos) << r.detail;
}

TEST(EventsParse, GivenTruncatedJsonWhenParsedThenInvalidJsonWithPosition) {
  auto parser = MakeParser();
  const Rejection r = MustReject(*parser, "{\"schema\": \"case-event/1\",");
  EXPECT_EQ(r.reason, RejectReason::kInvalidJson);
  EXPECT_EQ(r.detail.rfind("line 1 column 27: ", 0), 0u) << r.detail;
}

TEST(EventsParse, GivenErrorOnSecondLineWhenParsedThenLineAndColumnAreCounted) {
  auto parser = MakeParser();
  const Rejection r = MustReject(*parser, "{\"名\":\n  tru}");
  EXPECT_EQ(r.reason, RejectReason::kInvalidJson);
  EXPECT_EQ(r.detail.rfind("line 2 column ", 0), 0u) << r.detail;
}

TEST(EventsParse, GivenTrailingGarbageWhenParsedThenInvalidJson) {
  auto parser = MakeParser();
  EXPECT_EQ(MustReject(*parser, Example("EX-0010") + " x").reason, RejectReason::kInvalidJson);
}

TEST(EventsParse, GivenNulByteAfterTheObjectWhenParsedThenInvalidJson) {
  auto parser = MakeParser();
  std::string line = Example("EX-0010");
  line += '\0';
  line += "{}";
  const Rejection r = MustReject(*parser, line);
  EXPECT_EQ(r.reason, RejectReason::kInvalidJson);
  EXPECT_NE(r.detail.find("NUL byte"), std::string::npos) << r.detail;
}

TEST(EventsParse, GivenEmptyInputWhenParsedThenInvalidJson) {
  auto parser = MakeParser();
  EXPECT_EQ(MustReject(*parser, "").reason, RejectReason::kInvalidJson);
}

TEST(EventsParse, GivenInvalidUtf8BytesWhenParsedThenInvalidUtf8) {
  auto parser = MakeParser();
  const std::map<std::string, std::string> cases = {
      {"\xFF", "code point beyond U+10FFFF"},
      {"\xC0\xAF", "overlong encoding"},          // '/' in two bytes
      {"\xE0\x80\xAF", "overlong encoding"},      // '/' in three bytes
      {"\xF0\x80\x80\xAF", "overlong encoding"},  // '/' in four bytes
      {"\xED\xA0\x80", "encoded surrogate"},      // U+D800
      {"\xED\xBF\xBF", "encoded surrogate"},      // U+DFFF
      {"\xF4\x90\x80\x80", "code point beyond U+10FFFF"},
      {"\xE6\xB1", "truncated sequence"},
      {"\x80", "unexpected continuation byte"},
  };
  for (const auto& [bytes, what] : cases) {
    const std::string line = Replace(Example("EX-0010"), "噪音扰民\"", "噪音" + bytes + "\"");
    const Rejection r = MustReject(*parser, line);
    EXPECT_EQ(r.reason, RejectReason::kInvalidUtf8) << what;
    EXPECT_NE(r.detail.find(what), std::string::npos) << r.detail;
    EXPECT_EQ(r.detail.rfind("line 1 column ", 0), 0u) << r.detail;
  }
}

// The offset of the first ill-formed sequence per the table of well-formed sequences in
// RFC 3629 §4, written as plainly as possible.
std::optional<size_t> FirstBadByte(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (size_t i = 0; i < s.size();) {
    const unsigned b = p[i];
    size_t len = 1;
    unsigned lo = 0x80, hi = 0xBF;
    if (b <= 0x7F) {
      ++i;
      continue;
    } else if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      lo = b == 0xE0 ? 0xA0 : 0x80;
      hi = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      lo = b == 0xF0 ? 0x90 : 0x80;
      hi = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      return i;
    }
    if (i + len > s.size() || p[i + 1] < lo || p[i + 1] > hi) return i;
    for (size_t k = 2; k < len; ++k) {
      if (p[i + k] < 0x80 || p[i + k] > 0xBF) return i;
    }
    i += len;
  }
  return std::nullopt;
}

// 20,000 random texts of up to `max_parts` of `pieces`, with now and then any byte (often a bad
// one) and a last byte cut off: FindUtf8Error finds the first error where the table says.
// Returns how many texts were ill-formed.
int CheckFirstErrors(const std::vector<std::string>& pieces, int max_parts, uint32_t seed) {
  std::mt19937 rng(seed);
  int bad_texts = 0;
  for (int t = 0; t < 20000; ++t) {
    std::string text;
    const int parts = static_cast<int>(rng() % max_parts);
    for (int k = 0; k < parts; ++k) {
      if (rng() % (max_parts * 2) == 0) {
        text.push_back(static_cast<char>(rng() & 0xFF));
      } else {
        text += pieces[rng() % pieces.size()];
      }
    }
    if (rng() % 8 == 0 && !text.empty()) text.pop_back();  // may cut a character
    const auto expected = FirstBadByte(text);
    const auto found = internal::FindUtf8Error(text);
    EXPECT_EQ(found.has_value(), expected.has_value()) << "text " << t;
    if (!found || !expected) continue;
    EXPECT_EQ(found->offset, *expected) << "text " << t;
    ++bad_texts;
  }
  return bad_texts;
}

// The validator's fast paths (ASCII words, runs of three-byte characters) against the table,
// on mixed random texts of every kind of character, well-formed or not.
TEST(EventsUtf8, GivenRandomMixedTextsThenFirstErrorWhereTheRfcTableSays) {
  const std::vector<std::string> pieces = {
      "a", "0123456789", "\"x\":", "张", "某", "，", "。", "号", "\xC3\xA9", "\xF0\x9F\x98\x80",
      "\xE0\xA4\x85", "\xED\x9F\xBF", "\xEF\xBC\x91", " ",
      // ill-formed: surrogate, overlongs, past U+10FFFF
      "\xED\xA0\x80", "\xE0\x80\xAF", "\xC0\xAF", "\xF4\x90\x80\x80"};
  const int bad_texts = CheckFirstErrors(pieces, 40, 20261129);
  EXPECT_GT(bad_texts, 1000);
  EXPECT_LT(bad_texts, 19000);
}

// The same for long texts of ASCII and of two- and three-byte characters whose lead bytes
// (C2–DF, E1–EC, EE–EF) the 16-byte block check settles alone: errors, cut characters and
// characters across block boundaries at every offset.
TEST(EventsUtf8, GivenLongTextsOfCommonCharactersThenFirstErrorWhereTheRfcTableSays) {
  const std::vector<std::string> pieces = {"a",        "0123456789", "\"x\":",       "张",
                                           "某",       "，",         "。",           "号",
                                           "\xC3\xA9", "\xDF\xBF",   "\xEF\xBC\x91", " "};
  const int bad_texts = CheckFirstErrors(pieces, 120, 20261130);
  EXPECT_GT(bad_texts, 2000);
  EXPECT_LT(bad_texts, 18000);
}

TEST(EventsParse, GivenValidFourByteCharacterWhenParsedThenAccepted) {
  auto parser = MakeParser();
  // U+20BB7 𠮷 (a name character outside the BMP) and U+10FFFF, the last code point.
  const std::string line =
      Replace(Example("EX-0013"), "孟欣怡", "\xF0\xA0\xAE\xB7\xE6\x98\x8E\xF4\x8F\xBF\xBF");
  EXPECT_EQ(MustParse(*parser, line).parties[0].name.reveal(),
            "\xF0\xA0\xAE\xB7\xE6\x98\x8E\xF4\x8F\xBF\xBF");
}

TEST(EventsParse, GivenEscapedLoneSurrogateWhenParsedThenInvalidJson) {
  auto parser = MakeParser();
  for (const std::string escape : {"\\udc00", "\\ud800", "\\ud800\\u0041"}) {
    const std::string line = Replace(Example("EX-0010"), "噪音扰民\"", escape + "\"");
    EXPECT_EQ(MustReject(*parser, line).reason, RejectReason::kInvalidJson) << escape;
  }
  // A proper pair is fine: U+1F600.
  const std::string pair = Replace(Example("EX-0010"), "噪音扰民\"", "\\ud83d\\ude00\"");
  EXPECT_EQ(MustParse(*parser, pair).category, "\xF0\x9F\x98\x80");
}

TEST(EventsParse, GivenNestingDeeperThanLimitWhenParsedThenInvalidJson) {
  auto parser = MakeParser();
  // Depth 1 is the event itself; 32 arrays below it make 33 levels.
  const std::string deep = "{\"extra\": " + std::string(32, '[') + std::string(32, ']') + ", ";
  const Rejection r = MustReject(*parser, Replace(Example("EX-0010"), "{", deep));
  EXPECT_EQ(r.reason, RejectReason::kInvalidJson);
  EXPECT_NE(r.detail.find("nesting deeper than 32"), std::string::npos) << r.detail;
  // Exactly at the limit is fine for JSON (`extra` is an array here, so the schema rejects it).
  const std::string ok = "{\"extra\": " + std::string(31, '[') + std::string(31, ']') + ", ";
  EXPECT_EQ(MustReject(*parser, Replace(Example("EX-0010"), "{", ok)).detail,
            "/extra: expected an object");
}

TEST(EventsParse, GivenSmallerDepthLimitWhenParsedThenLimitApplies) {
  Limits limits;
  limits.max_depth = 2;
  auto parser = MakeParser(limits);
  const Rejection r = MustReject(*parser, Example("EX-0001"));  // parties[0] is at depth 3
  EXPECT_EQ(r.reason, RejectReason::kInvalidJson);
  EXPECT_NE(r.detail.find("nesting deeper than 2"), std::string::npos) << r.detail;
}

TEST(EventsParse, GivenHundredThousandOpenBracketsWhenParsedThenRejectedWithoutCrash) {
  auto parser = MakeParser();
  const Rejection r = MustReject(*parser, std::string(100000, '['));
  EXPECT_EQ(r.reason, RejectReason::kInvalidJson);
  EXPECT_NE(r.detail.find("nesting deeper than 32"), std::string::npos) << r.detail;
}

// ---------------------------------------------------------------------------------------------
// Bad input: schema.

TEST(EventsParse, GivenArrayInsteadOfObjectWhenParsedThenSchemaViolationAtRoot) {
  auto parser = MakeParser();
  const Rejection r = MustReject(*parser, "[" + Example("EX-0010") + "]");
  EXPECT_EQ(r.reason, RejectReason::kSchemaViolation);
  EXPECT_EQ(r.detail, "/: expected an object");
}

TEST(EventsParse, GivenWrongSchemaVersionWhenParsedThenUnsupportedSchema) {
  auto parser = MakeParser();
  const Rejection r =
      MustReject(*parser, Replace(Example("EX-0010"), "case-event/1", "case-event/2"));
  EXPECT_EQ(r.reason, RejectReason::kUnsupportedSchema);
  EXPECT_EQ(r.detail.rfind("/schema: ", 0), 0u) << r.detail;
  EXPECT_EQ(MustReject(*parser, Replace(Example("EX-0010"), "\"case-event/1\"", "1")).reason,
            RejectReason::kUnsupportedSchema);
}

TEST(EventsParse, GivenNoSchemaFieldWhenParsedThenSchemaViolation) {
  auto parser = MakeParser();
  const Rejection r =
      MustReject(*parser, Replace(Example("EX-0010"), "\"schema\": \"case-event/1\", ", ""));
  EXPECT_EQ(r.reason, RejectReason::kSchemaViolation);
  EXPECT_EQ(r.detail, "/: missing required field 'schema'");
}

TEST(EventsParse, GivenCaseWithoutDomainWhenParsedThenMissingFieldIsNamed) {
  auto parser = MakeParser();
  const Rejection r =
      MustReject(*parser, Replace(Example("EX-0010"), "\"domain\": \"administrative\", ", ""));
  EXPECT_EQ(r.reason, RejectReason::kSchemaViolation);
  EXPECT_EQ(r.detail, "/case: missing required field 'domain'");
}

TEST(EventsParse, GivenNoEventTypeWhenParsedThenMissingFieldIsNamedAtRoot) {
  auto parser = MakeParser();
  const Rejection r =
      MustReject(*parser, Replace(Example("EX-0010"), "\"event_type\": \"case.received\", ", ""));
  EXPECT_EQ(r.detail, "/: missing required field 'event_type'");
}

TEST(EventsParse, GivenPartyWithoutNameWhenParsedThenPointerIncludesIndex) {
  auto parser = MakeParser();
  const Rejection r = MustReject(*parser, Replace(Example("EX-0012"), ", \"name\": \"张敏\"", ""));
  EXPECT_EQ(r.detail, "/parties/2: missing required field 'name'");
}

TEST(EventsParse, GivenUnknownRoleWhenParsedThenNotOneOfTheAllowedValues) {
  auto parser = MakeParser();
  const Rejection r = MustReject(
      *parser, Replace(Example("EX-0001"), "\"role\": \"victim\"", "\"role\": \"bystander\""));
  EXPECT_EQ(r.reason, RejectReason::kSchemaViolation);
  EXPECT_EQ(r.detail, "/parties/1/role: not one of the allowed values");
}

TEST(EventsParse, GivenUnknownEventTypeAndDomainWhenParsedThenEnumViolation) {
  auto parser = MakeParser();
  EXPECT_EQ(MustReject(*parser, Replace(Example("EX-0010"), "case.received", "case.lost")).detail,
            "/event_type: not one of the allowed values");
  EXPECT_EQ(
      MustReject(*parser, Replace(Example("EX-0010"), "\"administrative\"", "\"civil\"")).detail,
      "/case/domain: not one of the allowed values");
  EXPECT_EQ(
      MustReject(*parser, Replace(Example("EX-0006"), "\"organization\"", "\"company\"")).detail,
      "/parties/0/kind: not one of the allowed values");
}

TEST(EventsParse, GivenShortUnitCodeWhenParsedThenFormatViolation) {
  auto parser = MakeParser();
  const Rejection r =
      MustReject(*parser, Replace(Example("EX-0010"), "\"533122030000\"", "\"53312203000\""));
  EXPECT_EQ(r.reason, RejectReason::kSchemaViolation);
  EXPECT_EQ(r.detail, "/source/unit_code: does not match the required format");
  EXPECT_EQ(MustReject(*parser, Replace(Example("EX-0010"), "\"533122030000\"", "\"53312203000A\""))
                .detail,
            "/source/unit_code: does not match the required format");
}

TEST(EventsParse, GivenUnitCodeWithEscapedNulWhenParsedThenStillRejected) {
  // RapidJSON 1.1.0 matches patterns against NUL-terminated text; the code re-checks.
  auto parser = MakeParser();
  const Rejection r = MustReject(
      *parser, Replace(Example("EX-0010"), "\"533122030000\"", "\"533122030000\\u0000x\""));
  EXPECT_EQ(r.reason, RejectReason::kSchemaViolation);
  EXPECT_EQ(r.detail.rfind("/source/unit_code: ", 0), 0u) << r.detail;
}

TEST(EventsParse, GivenWrongTypesWhenParsedThenExpectedTypeIsNamed) {
  auto parser = MakeParser();
  EXPECT_EQ(MustReject(*parser, Replace(Example("EX-0010"), "\"EX-0010\"", "10")).detail,
            "/event_id: expected a string");
  EXPECT_EQ(MustReject(*parser,
                       Replace(Example("EX-0003"), "\"is_police\": true", "\"is_police\": \"yes\""))
                .detail,
            "/parties/0/is_police: expected true or false");
  EXPECT_EQ(MustReject(*parser, Replace(Example("EX-0003"), "[\"涉警\"]", "\"涉警\"")).detail,
            "/case/tags: expected an array");
  EXPECT_EQ(MustReject(*parser, Replace(Example("EX-0003"), "[\"涉警\"]", "[1]")).detail,
            "/case/tags/0: expected a string");
  EXPECT_EQ(
      MustReject(*parser, Replace(Example("EX-0010"), "{\"schema\"", "{\"extra\": [], \"schema\""))
          .detail,
      "/extra: expected an object");
}

TEST(EventsParse, GivenEventIdLengthsWhenParsedThenOneTo128CharactersAccepted) {
  auto parser = MakeParser();
  const std::string base = Example("EX-0010");
  EXPECT_EQ(MustReject(*parser, Replace(base, "\"EX-0010\"", "\"\"")).detail,
            "/event_id: must not be empty");
  EXPECT_EQ(
      MustReject(*parser, Replace(base, "\"EX-0010\"", "\"" + std::string(129, 'e') + "\"")).detail,
      "/event_id: longer than 128 characters");
  // 128 characters of three bytes each are still 128 characters.
  std::string long_id;
  for (int i = 0; i < 128; ++i) long_id += "案";
  EXPECT_EQ(
      MustParse(*parser, Replace(base, "\"EX-0010\"", "\"" + long_id + "\"")).event_id.value(),
      long_id);
}

TEST(EventsParse, GivenMisspeltPartyFieldWhenParsedThenUnknownField) {
  auto parser = MakeParser();
  const Rejection r =
      MustReject(*parser, Replace(Example("EX-0004"), "\"birth_date\"", "\"birthdate\""));
  EXPECT_EQ(r.reason, RejectReason::kSchemaViolation);
  EXPECT_EQ(r.detail, "/parties/0: unknown field");
}

TEST(EventsParse, GivenOfficerWithoutBadgeWhenParsedThenMissingFieldIsNamed) {
  auto parser = MakeParser();
  const Rejection r =
      MustReject(*parser, Replace(Example("EX-0012"), ", \"badge\": \"053330\"", ""));
  EXPECT_EQ(r.detail, "/officers/0: missing required field 'badge'");
}

TEST(EventsParse, GivenUnknownFieldWithAnyNameWhenRejectedThenNameIsWithheld) {
  auto parser = MakeParser();
  // A field name the schema does not define could itself be personal data.
  EXPECT_EQ(
      MustReject(*parser, Replace(Example("EX-0009"), "\"kind\"", "\"13692332146\": 1, \"kind\""))
          .detail,
      "/parties/0: unknown field");
  // A name the schema knows, in the wrong place, is shown.
  EXPECT_EQ(MustReject(*parser, Replace(Example("EX-0009"), "\"unit_code\"",
                                        "\"title\": \"\", \"unit_code\""))
                .detail,
            "/source/title: unknown field");
  Limits limits;
  limits.max_string_bytes = 8;
  auto strict = MakeParser(limits);
  EXPECT_EQ(MustReject(*strict, Replace(Example("EX-0009"), "{\"schema\"",
                                        "{\"extra\": {\"k\": [\"0123456789\"]}, \"schema\""))
                .detail,
            "/extra: string longer than 8 bytes (field name withheld)");
}

TEST(EventsParse, GivenDuplicateFieldNameWhenParsedThenSchemaViolation) {
  auto parser = MakeParser();
  const Rejection r =
      MustReject(*parser, Replace(Example("EX-0010"), "\"event_id\": \"EX-0010\"",
                                  "\"event_id\": \"EX-0010\", \"event_id\": \"EX-9999\""));
  EXPECT_EQ(r.reason, RejectReason::kSchemaViolation);
  EXPECT_EQ(r.detail, "/event_id: duplicate field");
}

TEST(EventsParse, GivenStringOverTheLimitWhenParsedThenSchemaViolationWithPointer) {
  Limits limits;
  limits.max_string_bytes = 64;
  auto parser = MakeParser(limits);
  const Rejection r = MustReject(*parser, Example("EX-0001"));
  EXPECT_EQ(r.reason, RejectReason::kSchemaViolation);
  EXPECT_EQ(r.detail, "/case/summary: string longer than 64 bytes");
}

TEST(EventsParse, GivenFieldNameOverTheLimitWhenParsedThenSchemaViolation) {
  Limits limits;
  limits.max_string_bytes = 64;
  auto parser = MakeParser(limits);
  const std::string line = Replace(Example("EX-0010"), "{\"schema\"",
                                   "{\"extra\": {\"" + std::string(65, 'k') + "\": 1}, \"schema\"");
  EXPECT_EQ(MustReject(*parser, line).detail, "/extra: field name longer than 64 bytes");
}

// ---------------------------------------------------------------------------------------------
// Bad input: rules a schema cannot express.

TEST(EventsParse, GivenBirthDateFebruary30WhenParsedThenNotARealDate) {
  auto parser = MakeParser();
  const Rejection r = MustReject(*parser, Replace(Example("EX-0004"), "2010-06-20", "2026-02-30"));
  EXPECT_EQ(r.reason, RejectReason::kSchemaViolation);
  EXPECT_EQ(r.detail, "/parties/0/birth_date: not a real calendar date");
}

TEST(EventsParse, GivenBirthDateInWrongFormatWhenParsedThenFormatViolation) {
  auto parser = MakeParser();
  EXPECT_EQ(MustReject(*parser, Replace(Example("EX-0004"), "2010-06-20", "2010/06/20")).detail,
            "/parties/0/birth_date: does not match the required format");
}

TEST(EventsParse, GivenDecidedAtFebruary30WhenParsedThenNotARealDate) {
  auto parser = MakeParser();
  const Rejection r =
      MustReject(*parser, Replace(Example("EX-0002"), "\"decided_at\": \"2026-11-21\"",
                                  "\"decided_at\": \"2026-02-30\""));
  EXPECT_EQ(r.detail, "/decision/decided_at: not a real calendar date");
}

TEST(EventsParse, GivenOccurredAtWithoutOffsetWhenParsedThenSchemaViolation) {
  auto parser = MakeParser();
  const Rejection r =
      MustReject(*parser, Replace(Example("EX-0010"), "08:10:00+08:00", "08:10:00"));
  EXPECT_EQ(r.reason, RejectReason::kSchemaViolation);
  EXPECT_EQ(r.detail, "/occurred_at: does not match the required format");
}

TEST(EventsParse, GivenOccurredAtOnImpossibleDayWhenParsedThenNotAValidTimestamp) {
  auto parser = MakeParser();
  const Rejection r =
      MustReject(*parser, Replace(Example("EX-0010"), "2026-11-25T08", "2026-02-30T08"));
  EXPECT_EQ(r.detail, "/occurred_at: not a valid RFC 3339 timestamp with offset");
  EXPECT_EQ(MustReject(*parser, Replace(Example("EX-0010"), "T08:10", "T25:10")).detail,
            "/occurred_at: not a valid RFC 3339 timestamp with offset");
}

TEST(EventsParse, GivenOccurredAtInUtcWhenParsedThenAccepted) {
  auto parser = MakeParser();
  const CaseEvent event =
      MustParse(*parser, Replace(Example("EX-0010"), "08:10:00+08:00", "00:10:00.5Z"));
  EXPECT_EQ(event.occurred_at.offset_minutes, 0);
}

TEST(EventsParse, RevocationWithoutRefersToIsSchemaViolation) {
  auto parser = MakeParser();
  const Rejection r =
      MustReject(*parser, Replace(Example("EX-0005"), "\"refers_to\": \"EX-0002\", ", ""));
  EXPECT_EQ(r.reason, RejectReason::kSchemaViolation);
  EXPECT_EQ(r.detail, "/refers_to: required for penalty.revoked");
}

TEST(EventsParse, GivenChangeWithoutRefersToWhenParsedThenSchemaViolation) {
  auto parser = MakeParser();
  const Rejection r =
      MustReject(*parser, Replace(Example("EX-0001"), "penalty.decided", "penalty.changed"));
  EXPECT_EQ(r.detail, "/refers_to: required for penalty.changed");
}

TEST(EventsParse, GivenRefersToItselfWhenParsedThenSchemaViolation) {
  auto parser = MakeParser();
  const Rejection r = MustReject(*parser, Replace(Example("EX-0005"), "\"refers_to\": \"EX-0002\"",
                                                  "\"refers_to\": \"EX-0005\""));
  EXPECT_EQ(r.detail, "/refers_to: refers to the event itself");
}

TEST(EventsParse, GivenDuplicatePartyIdWhenParsedThenPointerNamesTheSecond) {
  auto parser = MakeParser();
  const Rejection r = MustReject(
      *parser, Replace(Example("EX-0012"), "\"party_id\": \"P2\"", "\"party_id\": \"O1\""));
  EXPECT_EQ(r.reason, RejectReason::kSchemaViolation);
  EXPECT_EQ(r.detail, "/parties/2/party_id: duplicate");
}

// ---------------------------------------------------------------------------------------------
// No personal data in details.

TEST(EventsParse, GivenPersonalDataInBadFieldsWhenRejectedThenDetailNeverContainsIt) {
  auto parser = MakeParser();
  const std::string name = "黄志强";
  std::vector<std::string> bad;
  bad.push_back(Replace(Example("EX-0009"), "\"role\": \"suspect\"", "\"role\": \"" + name + "\""));
  bad.push_back(Replace(Example("EX-0009"), "\"kind\": \"person\"", "\"kind\": \"" + name + "\""));
  bad.push_back(Replace(Example("EX-0009"), "\"event_type\": \"measure.imposed\"",
                        "\"event_type\": \"" + name + "\""));
  bad.push_back(Replace(Example("EX-0009"), "\"533122010000\"", "\"" + name + "\""));
  bad.push_back(Replace(Example("EX-0009"), "\"case-event/1\"", "\"" + name + "\""));
  bad.push_back(
      Replace(Example("EX-0009"), "\"EX-0009\"", "\"" + name + std::string(200, 'x') + "\""));
  bad.push_back(Replace(Example("EX-0009"), "\"P1\"", "\"" + name + "\", \"" + name + "\": 1"));
  bad.push_back(Replace(Example("EX-0009"), "\"name\": \"黄志强\"",
                        "\"name\": \"黄志强\", \"birth_date\": \"黄志强\""));
  bad.push_back(Replace(Example("EX-0009"), "黄志强被", "黄志强\\ud800被"));
  bad.push_back(Replace(Example("EX-0009"), "黄志强被", "黄志强\xC0\xAF被"));
  bad.push_back(Replace(Example("EX-0009"), "黄志强被", "黄志强\"被"));
  bad.push_back(Replace(Example("EX-0009"), "{\"schema\"",
                        "{\"" + name + "\": 1, \"" + name + "\": 2, \"schema\""));
  bad.push_back(
      Replace(Example("EX-0009"), "\"category\"", "\"" + name + "\": \"\", \"category\""));
  for (const std::string& line : bad) {
    const Rejection r = MustReject(*parser, line);
    EXPECT_EQ(r.detail.find(name), std::string::npos) << r.detail;
    EXPECT_FALSE(r.detail.empty());
  }
}

// ---------------------------------------------------------------------------------------------
// Enums, helpers, construction.

TEST(EventsNames, GivenEveryEnumValueWhenPrintedAndParsedBackThenRoundTrips) {
  for (int i = 0; i <= static_cast<int>(EventType::kServiceCompleted); ++i) {
    const auto type = static_cast<EventType>(i);
    EXPECT_EQ(ParseEventType(ToString(type)), type) << ToString(type);
  }
  for (int i = 0; i <= static_cast<int>(Domain::kExitEntry); ++i) {
    const auto domain = static_cast<Domain>(i);
    EXPECT_EQ(ParseDomain(ToString(domain)), domain) << ToString(domain);
  }
  for (int i = 0; i <= static_cast<int>(Role::kGuardian); ++i) {
    const auto role = static_cast<Role>(i);
    EXPECT_EQ(ParseRole(ToString(role)), role) << ToString(role);
  }
  EXPECT_EQ(ToString(EventType::kPenaltyDecided), "penalty.decided");
  EXPECT_EQ(ToString(EventType::kCaseNotFiled), "case.not_filed");
  EXPECT_EQ(ToString(Domain::kExitEntry), "exit_entry");
  EXPECT_EQ(ToString(PartyKind::kPerson), "person");
  EXPECT_EQ(ToString(PartyKind::kOrganization), "organization");
  EXPECT_EQ(ToString(Role::kComplainant), "complainant");
  EXPECT_EQ(ToString(RejectReason::kInvalidJson), "invalid_json");
  EXPECT_EQ(ToString(RejectReason::kInvalidUtf8), "invalid_utf8");
  EXPECT_EQ(ToString(RejectReason::kTooLarge), "too_large");
  EXPECT_EQ(ToString(RejectReason::kSchemaViolation), "schema_violation");
  EXPECT_EQ(ToString(RejectReason::kUnsupportedSchema), "unsupported_schema");
  EXPECT_EQ(ToString(RejectReason::kUnknownReference), "unknown_reference");
}

TEST(EventsNames, GivenUnknownNamesWhenParsedThenNullopt) {
  EXPECT_EQ(ParseEventType("penalty"), std::nullopt);
  EXPECT_EQ(ParseEventType("Penalty.Decided"), std::nullopt);
  EXPECT_EQ(ParseDomain(""), std::nullopt);
  EXPECT_EQ(ParseRole("suspect "), std::nullopt);
}

TEST(EventsNames, GivenEventTypesWhenAskedThenOnlyChangesAndRevocationsNeedRefersTo) {
  int count = 0;
  for (int i = 0; i <= static_cast<int>(EventType::kServiceCompleted); ++i) {
    count += IsRevocation(static_cast<EventType>(i)) ? 1 : 0;
  }
  EXPECT_EQ(count, 3);
  EXPECT_TRUE(IsRevocation(EventType::kPenaltyChanged));
  EXPECT_TRUE(IsRevocation(EventType::kPenaltyRevoked));
  EXPECT_TRUE(IsRevocation(EventType::kLicenseRevoked));
  EXPECT_FALSE(IsRevocation(EventType::kCaseWithdrawn));
}

TEST(EventsResidentId, GivenEighteenDigitIdWhenDecodedThenBirthDateAtOffsetSix) {
  EXPECT_EQ(BirthDateFromResidentId("330106198503143895"), (Date{1985, 3, 14}));
  EXPECT_EQ(BirthDateFromResidentId("310115201202026326"), (Date{2012, 2, 2}));
  EXPECT_EQ(BirthDateFromResidentId("11010520000229123X"), (Date{2000, 2, 29}));
  EXPECT_EQ(BirthDateFromResidentId("11010520000229123x"), (Date{2000, 2, 29}));
}

TEST(EventsResidentId, GivenFifteenDigitIdWhenDecodedThenNineteenHundreds) {
  EXPECT_EQ(BirthDateFromResidentId("330106850314389"), (Date{1985, 3, 14}));
  EXPECT_EQ(BirthDateFromResidentId("330106001231389"), (Date{1900, 12, 31}));
}

TEST(EventsResidentId, GivenAnythingElseWhenDecodedThenNullopt) {
  EXPECT_EQ(BirthDateFromResidentId("91533122905366566K"), std::nullopt);  // credit code
  EXPECT_EQ(BirthDateFromResidentId("330106199902303895"), std::nullopt);  // Feb 30
  EXPECT_EQ(BirthDateFromResidentId("330106198513143895"), std::nullopt);  // month 13
  EXPECT_EQ(BirthDateFromResidentId("33010619850314389Y"), std::nullopt);  // bad check char
  EXPECT_EQ(BirthDateFromResidentId("3301061985031438X5"), std::nullopt);  // X not last
  EXPECT_EQ(BirthDateFromResidentId("33010619850314389"), std::nullopt);   // 17 chars
  EXPECT_EQ(BirthDateFromResidentId("33010685031438X"), std::nullopt);     // 15 with X
  EXPECT_EQ(BirthDateFromResidentId("330106850230389"), std::nullopt);     // 1985-02-30
  EXPECT_EQ(BirthDateFromResidentId(""), std::nullopt);
}

TEST(EventsParser, GivenEmbeddedSchemaWhenReadThenItIsTheCaseEventSchema) {
  const std::string_view text = Parser::SchemaText();
  EXPECT_NE(text.find("\"case-event/1\""), std::string_view::npos);
  EXPECT_NE(text.find("\"unit_code\""), std::string_view::npos);
  std::ifstream in(std::string(DISCLOSURE_SOURCE_DIR) + "/events/schema/case-event.schema.json");
  const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(text, file);
}

TEST(EventsParser, GivenNonPositiveLimitsWhenCreatedThenInvalidArgument) {
  Limits limits;
  limits.max_depth = 0;
  const auto parser = Parser::Create(limits);
  ASSERT_FALSE(parser.ok());
  EXPECT_EQ(parser.status().code(), Status::Code::kInvalidArgument);
}

TEST(EventsParser, GivenManyThreadsWhenParsingConcurrentlyThenResultsMatchSequentialOnes) {
  auto parser = MakeParser();
  std::vector<std::string> inputs = ExampleLines();
  inputs.push_back(Replace(Example("EX-0010"), "\"533122030000\"", "\"5331\""));
  inputs.push_back(Replace(Example("EX-0004"), "2010-06-20", "2010-6-20"));
  std::vector<std::string> expected;
  for (const auto& line : inputs) {
    const auto outcome = parser->Parse(line);
    expected.push_back(std::holds_alternative<Rejection>(outcome)
                           ? std::get<Rejection>(outcome).detail
                           : std::get<CaseEvent>(outcome).event_id.value());
  }
  std::vector<std::thread> threads;
  threads.reserve(8);
  std::vector<int> mismatches(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        for (size_t i = 0; i < inputs.size(); ++i) {
          const auto outcome = parser->Parse(inputs[i]);
          const std::string got = std::holds_alternative<Rejection>(outcome)
                                      ? std::get<Rejection>(outcome).detail
                                      : std::get<CaseEvent>(outcome).event_id.value();
          if (got != expected[i]) ++mismatches[t];
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int t = 0; t < 8; ++t) EXPECT_EQ(mismatches[t], 0) << "thread " << t;
  EXPECT_EQ(expected[13], "/source/unit_code: does not match the required format");
  EXPECT_EQ(expected[14], "/parties/0/birth_date: does not match the required format");
}

}  // namespace
}  // namespace disclosure::events
