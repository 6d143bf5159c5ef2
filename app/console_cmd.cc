// disclosure console: the legal brigade's web console (approval/README.md).
#include <csignal>
#include <cstdio>
#include <memory>
#include <string>

#include "app/commands.h"
#include "approval/approval.h"
#include "config/config.h"

namespace disclosure::app {
namespace {

constexpr const char* kConsoleHelp =
    "usage: disclosure console [--config C] [--db URL] [--listen HOST:PORT]\n"
    "                          [--cert PEM --key PEM] [--four-eyes R1,R2] [--now T]\n\n"
    "Serves the approval console (HTML and a JSON API) until SIGINT or SIGTERM. Prints the\n"
    "address it listens on (port 0: any free port) as 'console: listening on URL'.\n\n"
    "  --config C      configuration file: store and console.listen\n"
    "  --db URL        store (default from the configuration: sqlite:disclosure.db)\n"
    "  --listen H:P    address (default 127.0.0.1:8080)\n"
    "  --cert, --key   PEM certificate and key: serve HTTPS (TLS 1.2+)\n"
    "  --four-eyes L   reasons that need a second approver (default police-misconduct)\n"
    "  --now T         a fixed clock, RFC 3339 (tests)\n";

volatile std::sig_atomic_t g_stop = 0;
void OnSignal(int) { g_stop = 1; }

int Fail(const std::string& message) {
  std::fprintf(stderr, "disclosure console: %s\n", message.c_str());
  return 2;
}

}  // namespace

int ConsoleCommand(const Args& args) {
  Options opt(args, {"config", "db", "listen", "cert", "key", "four-eyes", "now"}, {"help"});
  if (opt.Has("help")) {
    std::printf("%s", kConsoleHelp);
    return 0;
  }
  if (!opt.ok()) return Fail(opt.error() + "\n\n" + kConsoleHelp);
  config::Config cfg;
  if (opt.Has("config")) {
    auto loaded = config::Config::FromFile(opt.Get("config"));
    if (!loaded.ok()) return Fail(loaded.status().message());
    cfg = loaded.value();
  }
  if (opt.Has("db")) cfg.store_url = opt.Get("db");
  std::string listen = opt.Get("listen", cfg.console_listen);
  auto colon = listen.rfind(':');
  if (colon == std::string::npos) return Fail("--listen is HOST:PORT");
  approval::ConsoleOptions options;
  options.host = listen.substr(0, colon);
  options.port = std::atoi(listen.substr(colon + 1).c_str());
  if (options.port < 0 || options.port > 65535) return Fail("--listen: bad port");
  options.cert_file = opt.Get("cert");
  options.key_file = opt.Get("key");
  if (opt.Has("four-eyes")) {
    options.queue.four_eyes_reasons.clear();
    std::string list = opt.Get("four-eyes");
    size_t start = 0;
    while (start <= list.size()) {
      size_t comma = list.find(',', start);
      if (comma == std::string::npos) comma = list.size();
      if (comma > start) options.queue.four_eyes_reasons.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
  }
  options.queue.published_topic = cfg.topics.published;
  std::unique_ptr<Clock> fixed;
  if (opt.Has("now")) {
    auto t = Timestamp::Parse(opt.Get("now"));
    if (!t) return Fail("--now is not an RFC 3339 time with offset");
    fixed = std::make_unique<FixedClock>(*t);
    options.clock = fixed.get();
  }
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  auto console = approval::Console::Start(cfg.store_url, options);
  if (!console.ok()) return Fail(console.status().message());
  std::printf("console: listening on %s\n", console.value()->url().c_str());
  std::fflush(stdout);
  while (g_stop == 0) {
    struct timespec ts{0, 100 * 1000 * 1000};
    nanosleep(&ts, nullptr);
  }
  console.value()->Stop();
  std::printf("console: stopped\n");
  return 0;
}

}  // namespace disclosure::app
