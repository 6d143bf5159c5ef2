// gen_events: writes synthetic case events (JSONL) and, optionally, what was planted in them.
//
//   gen_events --count N [--seed S] [--bad-fraction F] [--start T] --out events.jsonl
//              [--planted planted.jsonl]
//
// Exit codes: 0 ok, 1 a file could not be written, 2 bad usage.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "gen/generator.h"

namespace {

constexpr char kUsage[] =
    "usage: gen_events --count N [--seed S] [--bad-fraction F] [--start T] --out events.jsonl\n"
    "                  [--planted planted.jsonl]\n"
    "\n"
    "Writes N synthetic case events (case-event/1, one JSON object a line) for tests and\n"
    "benchmarks. All data is invented; the same seed gives the same file.\n"
    "\n"
    "  --count N          number of records (1 … 100000000)\n"
    "  --seed S           random seed, an unsigned integer (default 1); event ids are G-<S>-<n>\n"
    "  --bad-fraction F   share of bad records (invalid JSON/UTF-8, too large, unsupported schema,\n"
    "                     schema violations, unknown references), 0 … 1 (default 0)\n"
    "  --start T          time of the first event, RFC 3339 (default 2026-11-02T08:00:00+08:00);\n"
    "                     events advance by 1-4 minutes each\n"
    "  --out FILE         the events (JSONL)\n"
    "  --planted FILE     one JSON line per record: expected route or dead-letter reason, planted\n"
    "                     personal data and values that must survive redaction\n"
    "  --help             this text\n"
    "\n"
    "Progress goes to stderr every 100000 records. Exit codes: 0 ok, 1 write error, 2 bad usage.\n";

int Usage(const std::string& message) {
  std::fprintf(stderr, "gen_events: %s\nTry 'gen_events --help'.\n", message.c_str());
  return 2;
}

bool ParseUint(const std::string& text, uint64_t* out) {
  if (text.empty() || text.size() > 20) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  errno = 0;
  char* end = nullptr;
  const unsigned long long v = std::strtoull(text.c_str(), &end, 10);
  if (errno != 0 || *end != '\0') return false;
  *out = v;
  return true;
}

bool ParseFraction(const std::string& text, double* out) {
  if (text.empty()) return false;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (*end != '\0' || !(v >= 0.0 && v <= 1.0)) return false;
  *out = v;
  return true;
}

class Output {
 public:
  bool Open(const std::string& path) {
    path_ = path;
    file_ = std::fopen(path.c_str(), "wb");
    if (file_ == nullptr) return false;
    std::setvbuf(file_, nullptr, _IOFBF, 1 << 20);
    return true;
  }
  bool WriteLine(const std::string& line) {
    if (std::fwrite(line.data(), 1, line.size(), file_) != line.size()) return false;
    return std::fputc('\n', file_) != EOF;
  }
  bool Close() {
    if (file_ == nullptr) return true;
    const bool ok = std::fclose(file_) == 0;
    file_ = nullptr;
    return ok;
  }
  ~Output() { Close(); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::FILE* file_ = nullptr;
};

}  // namespace

int main(int argc, char** argv) {
  uint64_t count = 0;
  bool have_count = false;
  disclosure::testing::GeneratorOptions options;
  std::string out_path;
  std::string planted_path;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    std::string name = arg;
    std::string value;
    bool inline_value = false;
    if (const size_t eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      inline_value = true;
    }
    const bool known = name == "--count" || name == "--seed" || name == "--bad-fraction" ||
                       name == "--start" || name == "--out" || name == "--planted";
    if (!known) return Usage("unknown argument '" + arg + "'");
    if (!inline_value) {
      if (i + 1 >= argc) return Usage(name + " needs a value");
      value = argv[++i];
    }
    if (name == "--count") {
      if (!ParseUint(value, &count) || count == 0 || count > 100000000) {
        return Usage("--count wants an integer from 1 to 100000000, got '" + value + "'");
      }
      have_count = true;
    } else if (name == "--seed") {
      if (!ParseUint(value, &options.seed)) {
        return Usage("--seed wants an unsigned integer, got '" + value + "'");
      }
    } else if (name == "--bad-fraction") {
      if (!ParseFraction(value, &options.bad_fraction)) {
        return Usage("--bad-fraction wants a number from 0 to 1, got '" + value + "'");
      }
    } else if (name == "--start") {
      if (!disclosure::testing::IsValidStartTime(value)) {
        return Usage("--start wants an RFC 3339 time such as 2026-11-02T08:00:00+08:00, got '" + value + "'");
      }
      options.start_time = value;
    } else if (name == "--out") {
      out_path = value;
    } else {
      planted_path = value;
    }
  }
  if (!have_count) return Usage("--count is required");
  if (out_path.empty()) return Usage("--out is required");
  if (!planted_path.empty() && planted_path == out_path) return Usage("--planted and --out name the same file");

  Output events;
  Output planted;
  if (!events.Open(out_path)) {
    std::fprintf(stderr, "gen_events: cannot write %s: %s\n", out_path.c_str(), std::strerror(errno));
    return 1;
  }
  if (!planted_path.empty() && !planted.Open(planted_path)) {
    std::fprintf(stderr, "gen_events: cannot write %s: %s\n", planted_path.c_str(), std::strerror(errno));
    return 1;
  }

  const auto started = std::chrono::steady_clock::now();
  disclosure::testing::Generator generator(options);
  for (uint64_t n = 1; n <= count; ++n) {
    const disclosure::testing::GeneratedEvent event = generator.Next();
    bool ok = events.WriteLine(event.json);
    if (ok && !planted_path.empty()) ok = planted.WriteLine(disclosure::testing::PlantedRecordJson(event));
    if (!ok) {
      std::fprintf(stderr, "gen_events: write failed after %llu records: %s\n",
                   static_cast<unsigned long long>(n - 1), std::strerror(errno));
      return 1;
    }
    if (n % 100000 == 0) {
      const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      std::fprintf(stderr, "gen_events: %llu records (%.0f/s)\n", static_cast<unsigned long long>(n),
                   secs > 0 ? static_cast<double>(n) / secs : 0.0);
    }
  }
  if (!events.Close() || !planted.Close()) {
    std::fprintf(stderr, "gen_events: closing the output failed: %s\n", std::strerror(errno));
    return 1;
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::fprintf(stderr, "gen_events: wrote %llu records to %s in %.2f s\n", static_cast<unsigned long long>(count),
               out_path.c_str(), secs);
  return 0;
}
