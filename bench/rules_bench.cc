// Decide with the default catalog (11 items) and with 990 extra items for event types and
// domains the benchmark events never have: the (type, domain) index keeps the cost flat.
// Target: time(11 items) / time(1001 items) ≥ 0.8.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "events/events.h"
#include "gen/generator.h"
#include "rules/rules.h"
#include "rules/tools.h"

namespace disclosure {
namespace {

constexpr int kExtraItems = 990;

// The default catalog with `extra` synthetic items put before its own (the worst place for an
// evaluation that is not indexed). They name only (type, domain) pairs that no source system
// sends (spec/case-event.md), so no benchmark event can match them.
std::string CatalogWithExtraItems(int extra) {
  std::string text(rules::DefaultCatalogText());
  static const char* kTypes[][2] = {
      {"penalty.decided", "\"household\", \"vehicle\", \"exit_entry\""},
      {"license.decided", "\"criminal\", \"administrative\""},
      {"service.completed", "\"criminal\", \"traffic\""},
      {"case.filed", "\"household\", \"vehicle\""},
      {"measure.imposed", "\"exit_entry\""},
  };
  std::string items;
  for (int i = 0; i < extra; ++i) {
    const auto& t = kTypes[i % 5];
    items += "{\"id\": \"synthetic-" + std::to_string(i) + "\", \"name\": \"合成事项" +
             std::to_string(i) + "\", \"basis\": \"基准测试\", \"time_limit\": \"7个工作日\"," +
             "\"route\": \"publish\", \"match\": {\"event_types\": [\"" + t[0] +
             "\"], \"domains\": [" + t[1] + "], \"tags_any\": [\"合成" + std::to_string(i) +
             "\"]}},\n";
  }
  const std::string anchor = "\"items\": [";
  text.insert(text.find(anchor) + anchor.size(), "\n" + items);
  return text;
}

// Good events of every kind from the synthetic generator, parsed once.
const std::vector<events::CaseEvent>& Events() {
  static const auto* events = [] {
    auto* out = new std::vector<events::CaseEvent>;
    auto parser = events::Parser::Create();
    testing::GeneratorOptions options;
    options.seed = 7;
    testing::Generator generator(options);
    while (parser.ok() && out->size() < 1000) {
      testing::GeneratedEvent e = generator.Next();
      auto parsed = parser.value()->Parse(e.json);
      if (auto* event = std::get_if<events::CaseEvent>(&parsed)) out->push_back(std::move(*event));
    }
    return out;
  }();
  return *events;
}

void BM_Decide(benchmark::State& state) {
  const int extra = static_cast<int>(state.range(0));
  auto set = rules::RuleSet::FromText(CatalogWithExtraItems(extra), "bench.json", nullptr);
  if (!set.ok()) {
    state.SkipWithError(set.status().message().c_str());
    return;
  }
  const std::vector<events::CaseEvent>& events = Events();
  if (events.empty()) {
    state.SkipWithError("no events");
    return;
  }
  size_t i = 0;
  for (auto _ : state) {
    rules::Decision d = (*set)->Decide(events[i]);
    benchmark::DoNotOptimize(d);
    i = (i + 1) % events.size();
  }
  state.counters["items"] = static_cast<double>((*set)->items().size());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Decide)->Arg(0)->Arg(kExtraItems);

}  // namespace
}  // namespace disclosure

BENCHMARK_MAIN();
