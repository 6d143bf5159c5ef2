// redaction_train: the workload the redaction library's profile-guided optimization is trained
// on (cmake/Pgo.cmake). The summaries and decision texts of generated events of its own seed
// (the benchmark's corpus is another), gathered into items of about 8 KB (a case file's texts),
// each redacted with no parties and with the 50 persons of the events before it. Prints only
// the number of spans found.
//
// (Trained instead on each event as the pipeline redacts it, its own parties prepared and each
// text checked once more, the profile made the pipeline's own work faster by less:
// docs/performance.md, "twenty-second session".)
//
//   redaction_train [--count N] [--seed S]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "events/events.h"
#include "gen/generator.h"
#include "redaction/redaction.h"

namespace {

namespace redaction = disclosure::redaction;
using disclosure::events::CaseEvent;
using disclosure::events::Party;
using disclosure::events::PartyKind;

constexpr const char* kUsage = "usage: redaction_train [--count N] [--seed S]\n";
constexpr size_t kItemBytes = 8 << 10;
constexpr size_t kParties = 50;

}  // namespace

int main(int argc, char** argv) {
  long count = 6000;
  unsigned long long seed = 11;
  for (int k = 1; k < argc; ++k) {
    if (std::strcmp(argv[k], "--help") == 0) {
      std::printf(
          "%sRedacts the texts of N generated events (seed S): the workload of the "
          "redaction library's training profile (cmake/Pgo.cmake).\n",
          kUsage);
      return 0;
    }
    char* end = nullptr;
    if (k + 1 < argc && std::strcmp(argv[k], "--count") == 0) {
      count = std::strtol(argv[++k], &end, 10);
    } else if (k + 1 < argc && std::strcmp(argv[k], "--seed") == 0) {
      seed = std::strtoull(argv[++k], &end, 10);
    }
    if (end == nullptr || *end != '\0' || count < 0) {
      std::fputs(kUsage, stderr);
      return 2;
    }
  }
  auto parser = disclosure::events::Parser::Create();
  if (!parser.ok()) {
    std::fprintf(stderr, "redaction_train: cannot create the event parser\n");
    return 1;
  }
  disclosure::testing::GeneratorOptions options;
  options.seed = seed;
  disclosure::testing::Generator generator(options);
  std::vector<Party> persons;  // of the events so far
  std::string item;
  size_t spans = 0;
  for (long n = 0; n < count; ++n) {
    auto outcome = parser.value()->Parse(generator.Next().json);
    if (!std::holds_alternative<CaseEvent>(outcome)) continue;
    const CaseEvent& event = std::get<CaseEvent>(outcome);
    for (const Party& p : event.parties) {
      if (p.kind == PartyKind::kPerson) persons.push_back(p);
    }
    if (event.summary) item.append(event.summary->reveal()).push_back('\n');
    if (event.decision && event.decision->text) {
      item.append(event.decision->text->reveal()).push_back('\n');
    }
    if (item.size() < kItemBytes) continue;
    const redaction::Field field{"text", item};
    const std::span<const Party> last(persons.end() - std::min(kParties, persons.size()),
                                      persons.end());
    spans += redaction::Redact({}, {}, {&field, 1}).spans.size();
    spans += redaction::Redact(last, {}, {&field, 1}).spans.size();
    item.clear();
  }
  std::printf("%zu spans\n", spans);
  return 0;
}
