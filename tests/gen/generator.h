// The synthetic case-event generator: realistic events (Chinese police narratives) with planted
// personal data, and a record of exactly what was planted and what must survive redaction.
// All data is invented: names from common surname/given-name lists, IDs with valid check
// digits made up from region codes and dates, phone numbers in real ranges but random.
// Deterministic for a seed. Not thread-safe (one generator per thread).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace disclosure::testing {

// One planted value: text that appears in the event's published text fields (summary, title,
// decision.text) and must not appear in anything published.
struct Planted {
  std::string cls;    // "person_name", "id_number", "phone", "bank_account", "plate",
                      // "certificate", "contact", "address", "birth_date"
  std::string value;  // exactly as written in the event (variant included)
  std::string variant;  // how it was written: "plain", "full_width", "grouped", "+86", "lower_x",
                        // "given_name", "alias", "unlisted" (no party names it), …
};

struct GeneratedEvent {
  std::string event_id;
  std::string json;  // one line, no trailing newline; for bad records the raw bytes
  // For a good record: the route the default policy must give ("publish", "approval",
  // "on_request", "withhold", "retract", "out_of_scope"). For a bad record: "dead_letter".
  std::string expected_route;
  std::string expected_reason;  // bad records: the dead-letter reason ("invalid_json", …)
  std::vector<Planted> planted;
  std::vector<std::string> must_keep;  // officer names, document numbers, credit codes,
                                       // legal bases, hotlines present in the texts
  // Added: the scenario that produced the record ("traffic_fine", "override_minor", "bad:…"),
  // for reading failures; and for schema_violation the JSON pointer of the offending field
  // ("" = the document root, a missing member is named by its own pointer, e.g. "/case/domain").
  std::string scenario;
  std::string expected_pointer;
};

struct GeneratorOptions {
  uint64_t seed = 1;
  double bad_fraction = 0.0;  // share of records that are bad input of some class
  // Start of the event times; events advance by a few minutes each.
  std::string start_time = "2026-11-02T08:00:00+08:00";
};

class Generator {
 public:
  explicit Generator(const GeneratorOptions& options);
  ~Generator();
  GeneratedEvent Next();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True if `text` is an RFC 3339 time the generator accepts as start_time
// ("YYYY-MM-DDTHH:MM:SS" + "Z" or "±HH:MM"). An unparsable start_time falls back to the default.
bool IsValidStartTime(const std::string& text);

// One line of the planted-data file (JSON): {"event_id":…,"expected_route":…,
// "expected_reason":…,"planted":[{"cls":…,"value":…,"variant":…}],"must_keep":[…],
// "scenario":…} and "expected_pointer":… for schema violations.
std::string PlantedRecordJson(const GeneratedEvent& event);

}  // namespace disclosure::testing
