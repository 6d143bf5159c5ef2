// disclosure process: the pipeline over a JSONL file (spec/cli.md, spec/outputs.md "Offline").
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "app/commands.h"
#include "config/config.h"
#include "connector/connector.h"
#include "rules/rules.h"
#include "store/store.h"

namespace disclosure::app {
namespace {

constexpr const char* kProcessHelp =
    "usage: disclosure process --input F.jsonl --out-dir D [--rules R] [--db URL]\n"
    "                          [--config C] [--now T] [--batch N] [--threads N] [--quiet]\n\n"
    "Runs the pipeline (parse → rules → redaction → store) over a JSONL file, one case event\n"
    "per line, and writes D/decisions.jsonl and D/dead_letter.jsonl: one line per record in\n"
    "total. Ends with a summary (routes, dead-letter reasons) and the check that records read\n"
    "= decisions + dead letters.\n\n"
    "  --input F     the events, one JSON object per line (blank lines are skipped)\n"
    "  --out-dir D   output folder, created if missing; its two files are overwritten\n"
    "  --rules R     rule file (default: the shipped default catalog)\n"
    "  --db URL      store: sqlite:PATH, a plain path, or sqlite::memory: (default). With a\n"
    "                file, events already decided are recognised and not decided again\n"
    "  --config C    configuration file (config/README.md): store, rules, HMAC key, limits\n"
    "  --now T       processing time, RFC 3339 (default: the clock); for replays and tests\n"
    "  --batch N     events per store transaction (default 1000)\n"
    "  --threads N   threads that parse, decide and redact a batch in parallel before the\n"
    "                store stage (default 1: one core, as the benchmark measures it)\n"
    "  --quiet       no progress lines on stderr\n";

int Fail(const std::string& message) {
  std::fprintf(stderr, "disclosure process: %s\n", message.c_str());
  return 2;
}

}  // namespace

int Process(const Args& args) {
  Options opt(args, {"input", "out-dir", "rules", "db", "config", "now", "batch", "threads"},
              {"help", "quiet"});
  if (opt.Has("help")) {
    std::printf("%s", kProcessHelp);
    return 0;
  }
  if (!opt.ok()) return Fail(opt.error() + "\n\n" + kProcessHelp);
  if (!opt.Has("input") || !opt.Has("out-dir")) {
    return Fail(std::string("--input and --out-dir are required\n\n") + kProcessHelp);
  }

  config::Config cfg;
  cfg.store_url = "sqlite::memory:";
  if (opt.Has("config")) {
    auto loaded = config::Config::FromFile(opt.Get("config"));
    if (!loaded.ok()) return Fail(loaded.status().message());
    cfg = loaded.value();
  }
  if (opt.Has("db")) cfg.store_url = opt.Get("db");
  if (opt.Has("rules")) cfg.rules_file = opt.Get("rules");
  // Its own default, like --threads (batch.size is `run`'s, whose batches follow Kafka's): a
  // file is there whole, and transactions of 1,000 events rewrite the random-key index pages
  // half as often as 500 (−10 % CPU per event, docs/performance.md).
  int batch_size = 1000;
  if (opt.Has("batch")) {
    batch_size = std::atoi(opt.Get("batch").c_str());
    if (batch_size < 1) return Fail("--batch must be a positive number");
  }

  std::unique_ptr<Clock> fixed;
  const Clock* clock = &SystemClock();
  if (opt.Has("now")) {
    auto t = Timestamp::Parse(opt.Get("now"));
    if (!t) return Fail("--now '" + opt.Get("now") + "' is not an RFC 3339 time with offset");
    fixed = std::make_unique<FixedClock>(*t);
    clock = fixed.get();
  }

  auto calendar = cfg.calendar_dir.empty() ? rules::Calendar::Embedded()
                                           : rules::Calendar::WithDirectory(cfg.calendar_dir);
  if (!calendar.ok()) return Fail(calendar.status().message());
  auto rule_set = cfg.rules_file.empty()
                      ? rules::RuleSet::Default(calendar.value())
                      : rules::RuleSet::FromFile(cfg.rules_file, calendar.value());
  if (!rule_set.ok()) return Fail(rule_set.status().message());

  auto store = store::Store::Open(cfg.store_url);
  if (!store.ok()) return Fail(store.status().message());

  connector::PipelineOptions options;
  options.limits = {cfg.limits.max_record_bytes, cfg.limits.max_depth, cfg.limits.max_string_bytes};
  options.published_topic = cfg.topics.published;
  options.approvals_topic = cfg.topics.approvals;
  auto key =
      cfg.hmac_key.empty() ? store.value()->GeneratedHmacKey() : config::ReadSecret(cfg.hmac_key);
  if (!key.ok()) return Fail("pseudonym key: " + key.status().message());
  options.hmac_key = key.value();
  if (opt.Has("threads")) {
    options.prepare_threads = std::atoi(opt.Get("threads").c_str());
    if (options.prepare_threads < 1 || options.prepare_threads > 64) {
      return Fail("--threads must be a number from 1 to 64");
    }
  }
  auto pipeline =
      connector::Pipeline::Create(rule_set.value(), store.value().get(), clock, options);
  if (!pipeline.ok()) return Fail(pipeline.status().message());

  const std::string input_path = opt.Get("input");
  std::ifstream input(input_path, std::ios::binary);
  if (!input) return Fail("cannot read input file " + input_path);
  std::filesystem::path out_dir = opt.Get("out-dir");
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) return Fail("cannot create output folder " + out_dir.string() + ": " + ec.message());
  std::ofstream decisions(out_dir / "decisions.jsonl", std::ios::binary | std::ios::trunc);
  std::ofstream dead_letters(out_dir / "dead_letter.jsonl", std::ios::binary | std::ios::trunc);
  if (!decisions || !dead_letters) return Fail("cannot write into " + out_dir.string());

  const bool quiet = opt.Has("quiet");
  const auto started = std::chrono::steady_clock::now();
  auto last_progress = started;
  int64_t line_no = 0, records = 0, blank = 0, decided_new = 0, already = 0, dead = 0;
  std::map<std::string, int64_t> routes, reasons;
  std::vector<std::string> lines;
  std::vector<connector::Record> batch;
  lines.reserve(batch_size);
  batch.reserve(batch_size);

  auto flush = [&]() -> bool {
    if (lines.empty()) return true;
    auto outcomes = pipeline.value()->ProcessBatch(batch);
    if (!outcomes.ok()) {
      std::fprintf(stderr, "disclosure process: %s (records up to line %lld were stored)\n",
                   outcomes.status().message().c_str(),
                   static_cast<long long>(batch.front().source.line - 1));
      return false;
    }
    // One write per batch and file: the streams pass a line of 1 KB or more (a decision is
    // ≈ 2 KB) straight to a system call of its own.
    std::string decided_lines, dead_lines;
    size_t bytes = 0;
    for (const auto& o : outcomes.value()) bytes += o.json.size() + 1;
    decided_lines.reserve(bytes);
    for (const auto& o : outcomes.value()) {
      if (o.kind == connector::Outcome::Kind::kDeadLetter) {
        ++dead;
        ++reasons[o.reason];
        dead_lines.append(o.json).push_back('\n');
      } else {
        (o.kind == connector::Outcome::Kind::kDecided ? decided_new : already)++;
        ++routes[o.route];
        decided_lines.append(o.json).push_back('\n');
      }
    }
    decisions.write(decided_lines.data(), static_cast<std::streamsize>(decided_lines.size()));
    dead_letters.write(dead_lines.data(), static_cast<std::streamsize>(dead_lines.size()));
    lines.clear();
    batch.clear();
    auto t = std::chrono::steady_clock::now();
    if (!quiet && t - last_progress > std::chrono::seconds(2)) {
      double secs = std::chrono::duration<double>(t - started).count();
      std::fprintf(stderr, "  … %lld records (%.0f/s)\n", static_cast<long long>(records),
                   records / secs);
      last_progress = t;
    }
    return true;
  };

  std::string line;
  while (std::getline(input, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      ++blank;
      continue;
    }
    ++records;
    lines.push_back(std::move(line));
    line.reserve(lines.back().size() + 256);  // the next line, read without growing step by step
    connector::Record r;
    r.bytes = lines.back();
    r.source.file = input_path;
    r.source.line = line_no;
    batch.push_back(std::move(r));
    if (static_cast<int>(lines.size()) >= batch_size && !flush()) return 1;
  }
  if (!flush()) return 1;
  decisions.flush();
  dead_letters.flush();
  if (!decisions || !dead_letters) return Fail("writing the output files failed (disk full?)");

  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("disclosure process: %s → %s\n", input_path.c_str(), out_dir.string().c_str());
  std::printf("  records read      %8lld", static_cast<long long>(records));
  if (blank > 0) std::printf("   (%lld blank lines skipped)", static_cast<long long>(blank));
  std::printf("\n  decisions         %8lld   (new %lld, already decided %lld)\n",
              static_cast<long long>(decided_new + already), static_cast<long long>(decided_new),
              static_cast<long long>(already));
  for (const auto& [route, n] : routes) {
    std::printf("    %-16s%8lld\n", route.c_str(), static_cast<long long>(n));
  }
  std::printf("  dead letters      %8lld\n", static_cast<long long>(dead));
  for (const auto& [reason, n] : reasons) {
    std::printf("    %-16s%8lld\n", reason.c_str(), static_cast<long long>(n));
  }
  const bool balanced = records == decided_new + already + dead;
  std::printf("  check: %lld records = %lld decisions + %lld dead letters: %s\n",
              static_cast<long long>(records), static_cast<long long>(decided_new + already),
              static_cast<long long>(dead), balanced ? "ok" : "MISMATCH");
  std::printf("  %.2f s, %.0f records/s; rules %s\n", secs, secs > 0 ? records / secs : 0.0,
              rule_set.value()->version().c_str());
  return balanced ? 0 : 1;
}

int AuditVerify(const Args& args) {
  Options opt(args, {"db"}, {"help"});
  const char* help =
      "usage: disclosure audit verify --db URL\n\n"
      "Recomputes the SHA-256 hash chain of the audit log and names the first entry that was\n"
      "edited or deleted. Exit 0 if intact, 1 if broken.\n";
  if (opt.Has("help")) {
    std::printf("%s", help);
    return 0;
  }
  if (!opt.ok() || opt.positional().size() != 1 || opt.positional()[0] != "verify" ||
      !opt.Has("db")) {
    std::fprintf(stderr, "%s", help);
    return 2;
  }
  auto store = store::Store::Open(opt.Get("db"));
  if (!store.ok()) {
    std::fprintf(stderr, "disclosure audit: %s\n", store.status().message().c_str());
    return 2;
  }
  auto broken = store.value()->VerifyAudit();
  if (!broken.ok()) {
    std::fprintf(stderr, "disclosure audit: %s\n", broken.status().message().c_str());
    return 2;
  }
  if (broken.value()) {
    std::printf(
        "audit chain BROKEN at entry %lld: it was edited, or an entry before it was "
        "deleted\n",
        static_cast<long long>(*broken.value()));
    return 1;
  }
  std::printf("audit chain intact\n");
  return 0;
}

}  // namespace disclosure::app
