// disclosure run / disclosure broker: the connector on Kafka, and the embedded broker alone.
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "app/commands.h"
#include "approval/approval.h"
#include "config/config.h"
#include "connector/connector.h"

namespace disclosure::app {
namespace {

constexpr const char* kRunHelp =
    "usage: disclosure run [--config F] [--db URL] [--rules R] [--listen HOST:PORT]\n\n"
    "The connector: consumes case events from Kafka, decides, redacts, stores, publishes,\n"
    "retracts and expires; serves /healthz and /metrics (and the console when it lands).\n"
    "With no bootstrap.servers in the config it starts an embedded Kafka-protocol broker on\n"
    "localhost (librdkafka's mock cluster: in memory, for a first run and for tests, not for\n"
    "production) and prints 'embedded broker: 127.0.0.1:PORT' on stdout.\n\n"
    "  --config F          configuration file (config/README.md)\n"
    "  --db URL            store, overrides the config (default sqlite:disclosure.db)\n"
    "  --rules R           rule file, overrides the config (default: the shipped catalog)\n"
    "  --listen HOST:PORT  the approval console (default 127.0.0.1:8080; '' = off)\n"
    "  --metrics-listen HOST:PORT  /metrics and /healthz (default 127.0.0.1:9464; '' = off)\n\n"
    "Signals: SIGTERM/SIGINT finish the batch, flush, commit and exit 0; SIGHUP reloads the\n"
    "rule file (an invalid file is refused and the old rules stay). A change of the rule file\n"
    "is picked up by itself.\n";

constexpr const char* kBrokerHelp =
    "usage: disclosure broker [--partitions N] [--topics a,b,c]\n\n"
    "Starts only the embedded Kafka-protocol broker (librdkafka's mock cluster, in memory) with\n"
    "the connector's topics, prints 'embedded broker: 127.0.0.1:PORT' on stdout and runs until\n"
    "SIGTERM/SIGINT. For local development and tests: point kcat or `disclosure run` at it with\n"
    "{\"kafka\": {\"bootstrap.servers\": \"127.0.0.1:PORT\"}}.\n\n"
    "It keeps at most 5 MB (or 100,000 batches) per partition in memory and drops the oldest\n"
    "beyond that, consumed or not: give it enough partitions (default 8) for what you stream.\n";

connector::RunControl* g_control = nullptr;
volatile sig_atomic_t g_stop = 0;

void OnSignal(int signal) {
  if (signal == SIGHUP) {
    if (g_control != nullptr) g_control->reload.store(true);
    return;
  }
  g_stop = 1;
  if (g_control != nullptr) g_control->stop.store(true);
}

void InstallSignals() {
  struct sigaction sa {};
  sa.sa_handler = OnSignal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGHUP, &sa, nullptr);
  signal(SIGPIPE, SIG_IGN);
}

}  // namespace

int Run(const Args& args) {
  Options opt(args, {"config", "db", "rules", "listen", "metrics-listen"}, {"help"});
  if (opt.Has("help")) {
    std::printf("%s", kRunHelp);
    return 0;
  }
  if (!opt.ok() || !opt.positional().empty()) {
    std::fprintf(stderr, "disclosure run: %s\n\n%s",
                 opt.ok() ? "unexpected argument" : opt.error().c_str(), kRunHelp);
    return 2;
  }
  config::Config cfg;
  if (opt.Has("config")) {
    auto loaded = config::Config::FromFile(opt.Get("config"));
    if (!loaded.ok()) {
      std::fprintf(stderr, "disclosure run: %s\n", loaded.status().message().c_str());
      return 2;
    }
    cfg = loaded.value();
  }
  if (opt.Has("db")) cfg.store_url = opt.Get("db");
  if (opt.Has("rules")) cfg.rules_file = opt.Get("rules");
  if (opt.Has("listen")) cfg.console_listen = opt.Get("listen");
  if (opt.Has("metrics-listen")) cfg.metrics_listen = opt.Get("metrics-listen");

  connector::RunControl control;
  g_control = &control;
  InstallSignals();
  auto connector = connector::Connector::Create(cfg, &SystemClock());
  if (!connector.ok()) {
    std::fprintf(stderr, "disclosure run: %s\n", connector.status().message().c_str());
    return 2;
  }
  if (connector.value()->embedded_broker()) {
    std::printf("embedded broker: %s\n", connector.value()->bootstrap_servers().c_str());
  } else {
    std::printf("kafka: %s\n", connector.value()->bootstrap_servers().c_str());
  }
  if (!connector.value()->http_address().empty()) {
    std::printf("metrics: http://%s/metrics\n", connector.value()->http_address().c_str());
  }
  // The legal brigade's console, on the same store (a file: the console has its own
  // connections). Not for an in-memory store, which no second connection can see.
  std::unique_ptr<approval::Console> console;
  if (!cfg.console_listen.empty() && cfg.store_url.find(":memory:") == std::string::npos) {
    auto colon = cfg.console_listen.rfind(':');
    approval::ConsoleOptions options;
    options.host = cfg.console_listen.substr(0, colon);
    options.port = colon == std::string::npos
                       ? -1
                       : std::atoi(cfg.console_listen.substr(colon + 1).c_str());
    options.queue.published_topic = cfg.topics.published;
    if (options.port < 0 || options.port > 65535) {
      std::fprintf(stderr, "disclosure run: console.listen must be HOST:PORT\n");
      return 2;
    }
    auto started = approval::Console::Start(cfg.store_url, options);
    if (!started.ok()) {
      std::fprintf(stderr, "disclosure run: console: %s\n", started.status().message().c_str());
      return 2;
    }
    console = std::move(started).value();
    std::printf("console: %s\n", console->url().c_str());
  }
  std::printf("consuming %s → %s (store %s)\n", cfg.topics.input.c_str(),
              cfg.topics.published.c_str(), cfg.store_url.c_str());
  std::fflush(stdout);
  Status status = connector.value()->Run(control);
  g_control = nullptr;
  if (console) console->Stop();
  if (!status.ok()) {
    std::fprintf(stderr, "disclosure run: stopped: %s\n", status.message().c_str());
    return 1;
  }
  std::fprintf(stderr, "disclosure run: stopped cleanly\n");
  return 0;
}

int Broker(const Args& args) {
  Options opt(args, {"partitions", "topics"}, {"help"});
  if (opt.Has("help")) {
    std::printf("%s", kBrokerHelp);
    return 0;
  }
  if (!opt.ok() || !opt.positional().empty()) {
    std::fprintf(stderr, "disclosure broker: %s\n\n%s",
                 opt.ok() ? "unexpected argument" : opt.error().c_str(), kBrokerHelp);
    return 2;
  }
  int partitions = std::atoi(opt.Get("partitions", "8").c_str());
  if (partitions < 1 || partitions > 256) {
    std::fprintf(stderr, "disclosure broker: --partitions must be 1..256\n");
    return 2;
  }
  config::Config defaults;
  std::vector<std::string> topics = {defaults.topics.input, defaults.topics.published,
                                     defaults.topics.approvals, defaults.topics.dead_letter};
  if (opt.Has("topics")) {
    topics.clear();
    std::string list = opt.Get("topics");
    size_t start = 0;
    while (start <= list.size()) {
      size_t comma = list.find(',', start);
      if (comma == std::string::npos) comma = list.size();
      if (comma > start) topics.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
  }
  InstallSignals();
  auto broker = connector::EmbeddedBroker::Start(topics, partitions);
  if (!broker.ok()) {
    std::fprintf(stderr, "disclosure broker: %s\n", broker.status().message().c_str());
    return 1;
  }
  std::printf("embedded broker: %s\n", broker.value()->bootstrap_servers().c_str());
  std::fflush(stdout);
  while (!g_stop) pause();
  return 0;
}

}  // namespace disclosure::app
