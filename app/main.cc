// disclosure: the police disclosure connector's one binary (../shared/spec/cli.md).
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

#include "app/commands.h"

namespace disclosure::app {

Options::Options(const Args& args, std::vector<std::string> with_value,
                 std::vector<std::string> flags) {
  auto known = [](const std::vector<std::string>& list, const std::string& n) {
    return std::find(list.begin(), list.end(), n) != list.end();
  };
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.rfind("--", 0) != 0 || a == "--") {
      positional_.push_back(a);
      continue;
    }
    std::string name = a.substr(2);
    std::string value;
    bool has_inline = false;
    if (auto eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      has_inline = true;
    }
    if (known(flags, name)) {
      values_.emplace_back(name, "");
    } else if (known(with_value, name)) {
      if (!has_inline) {
        if (i + 1 >= args.size()) {
          error_ = "option --" + name + " needs a value";
          return;
        }
        value = args[++i];
      }
      values_.emplace_back(name, value);
    } else {
      error_ = "unknown option --" + name;
      return;
    }
  }
}

bool Options::Has(const std::string& name) const {
  return std::any_of(values_.begin(), values_.end(), [&](const auto& v) { return v.first == name; });
}

std::string Options::Get(const std::string& name, const std::string& fallback) const {
  for (auto it = values_.rbegin(); it != values_.rend(); ++it) {
    if (it->first == name) return it->second;
  }
  return fallback;
}

namespace {

struct Command {
  const char* name;
  const char* summary;
  const char* usage;  // full --help text for commands that are not yet available
  int (*run)(const Args&);
  const char* available_in;  // non-null: not yet available, lands with this work item
};

int NotYet(const Command& c) {
  std::fprintf(stderr,
               "disclosure %s: not yet available in this version (it lands with %s).\n"
               "Run 'disclosure --help' for the commands that work now.\n",
               c.name, c.available_in);
  return 2;
}

const Command kCommands[] = {
    {"run", "the connector: consume case events from Kafka, decide, redact, store, publish",
     "usage: disclosure run [--config F]\n\n"
     "Consumes case events from Kafka, decides, redacts, stores and publishes; serves the\n"
     "console and /metrics. With no bootstrap.servers configured it starts an embedded\n"
     "Kafka-protocol broker on localhost and prints its address.\n",
     Run, nullptr},
    {"process", "run the pipeline over a JSONL file: decisions.jsonl and dead_letter.jsonl",
     nullptr, Process, nullptr},
    {"redact", "redact one text from stdin, optionally with a party list", nullptr, Redact,
     nullptr},
    {"rules", "check, test, explain or diff a rule file", nullptr, Rules, nullptr},
    {"catalog", "render the disclosure catalog (事项目录) as html, csv or json", nullptr, Catalog,
     nullptr},
    {"approvals", "work the approval queue from a terminal: list, show, approve, reject",
     nullptr, Approvals, nullptr},
    {"console", "the legal brigade's web console", nullptr, ConsoleCommand, nullptr},
    {"users", "manage console users: add, passwd, disable", nullptr, Users, nullptr},
    {"broker", "start only the embedded Kafka-protocol broker",
     "usage: disclosure broker [--partitions N]\n", Broker, nullptr},
    {"report", "supervision report per unit: on-time rate, overdue, pending, withheld",
     "usage: disclosure report --from D --to D [--format html|csv]\n", nullptr,
     "the supervision report (a later issue)"},
    {"audit", "check the audit chain for tampering (audit verify --db URL)", nullptr,
     AuditVerify, nullptr},
};

void PrintHelp(FILE* out) {
  std::fprintf(out,
               "disclosure — the police disclosure connector (公安机关政务公开连接器)\n\n"
               "usage: disclosure COMMAND [options]   (disclosure COMMAND --help for details)\n\n"
               "commands:\n");
  for (const auto& c : kCommands) {
    std::fprintf(out, "  %-10s %s%s\n", c.name, c.summary, c.available_in ? " [not yet]" : "");
  }
  std::fprintf(out,
               "\nexit codes: 0 ok, 1 the work found a problem, 2 bad usage or unreadable input\n");
}

}  // namespace
}  // namespace disclosure::app

int main(int argc, char** argv) {
  using namespace disclosure::app;
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
      std::strcmp(argv[1], "help") == 0) {
    PrintHelp(argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  if (std::strcmp(argv[1], "--version") == 0) {
    std::printf("disclosure 0.1.0\n");
    return 0;
  }
  Args args(argv + 2, argv + argc);
  for (const auto& c : kCommands) {
    if (c.name != std::string(argv[1])) continue;
    if (c.run != nullptr) return c.run(args);
    bool help = std::any_of(args.begin(), args.end(),
                            [](const std::string& a) { return a == "--help" || a == "-h"; });
    if (help) {
      std::printf("%s\n(not yet available: lands with %s)\n", c.usage, c.available_in);
      return 0;
    }
    return NotYet(c);
  }
  std::fprintf(stderr, "disclosure: unknown command '%s'\n\n", argv[1]);
  PrintHelp(stderr);
  return 2;
}
