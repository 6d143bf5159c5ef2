// libFuzzer target for events::Parser::Parse over arbitrary bytes. Invariants, not only
// "no crash":
//   1. every record is either a CaseEvent or a Rejection with one of the six reasons;
//   2. a rejection's detail is ASCII only: pointers name schema fields (all ASCII) and
//      messages are English, so a non-ASCII byte there would be a value copied from the input
//      (it may be personal data);
//   3. a detail never repeats a run of 7 or more digits from the input (a phone, an ID);
//   4. a schema violation's detail starts with a JSON pointer;
//   5. parsing is deterministic: the same bytes give the same outcome twice;
//   6. the parser's fast schema check never accepts a document RapidJSON's validator rejects.
#include <rapidjson/document.h>
#include <rapidjson/schema.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <variant>

#include "events/events.h"
#include "events/schema_check.h"

namespace {

using disclosure::events::CaseEvent;
using disclosure::events::Parser;
using disclosure::events::RejectReason;
using disclosure::events::Rejection;

void Fail(const char* what) {
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

bool HasInputDigitRun(std::string_view detail, std::string_view input) {
  for (size_t i = 0; i < detail.size();) {
    if (detail[i] < '0' || detail[i] > '9') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < detail.size() && detail[j] >= '0' && detail[j] <= '9') ++j;
    if (j - i >= 7 && input.find(detail.substr(i, j - i)) != std::string_view::npos) return true;
    i = j;
  }
  return false;
}

struct Schemas {
  Schemas() {
    const std::string_view text = Parser::SchemaText();
    json.Parse(text.data(), text.size());
    document = std::make_unique<rapidjson::SchemaDocument>(json);
    fast = disclosure::events::internal::SchemaCheck::Compile(json);
  }
  rapidjson::Document json;
  std::unique_ptr<rapidjson::SchemaDocument> document;
  std::unique_ptr<const disclosure::events::internal::SchemaCheck> fast;
};

void CheckFastSchema(std::string_view input) {
  static Schemas schemas;
  if (!schemas.fast) Fail("the shipped schema does not compile into the fast check");
  rapidjson::Document doc;
  doc.Parse(input.data(), input.size());
  if (doc.HasParseError() || !schemas.fast->Accepts(doc)) return;
  rapidjson::SchemaValidator validator(*schemas.document);
  if (!doc.Accept(validator)) Fail("the fast schema check accepted what the schema rejects");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto parser = Parser::Create().value();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  CheckFastSchema(input);
  auto first = parser->Parse(input);
  auto second = parser->Parse(input);
  if (first.index() != second.index()) Fail("parsing is not deterministic");
  if (const auto* event = std::get_if<CaseEvent>(&first)) {
    if (event->event_id.empty()) Fail("an accepted event has no event_id");
    if (std::get<CaseEvent>(second).event_id != event->event_id) Fail("event_id differs");
    return 0;
  }
  const auto& r = std::get<Rejection>(first);
  if (r.reason < RejectReason::kInvalidJson || r.reason > RejectReason::kUnknownReference) {
    Fail("unknown reason");
  }
  if (r.detail != std::get<Rejection>(second).detail) Fail("detail differs");
  for (char c : r.detail) {
    if (static_cast<unsigned char>(c) >= 0x80) Fail("non-ASCII byte in a detail");
  }
  if (HasInputDigitRun(r.detail, input)) Fail("a digit run of the input is in a detail");
  if (r.reason == RejectReason::kSchemaViolation && (r.detail.empty() || r.detail[0] != '/')) {
    Fail("a schema violation without a JSON pointer");
  }
  return 0;
}
