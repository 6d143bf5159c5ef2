// Produce-to-publish latency of `disclosure run` (docs/performance.md, "Kafka end to end").
//
// While the connector runs, produces the events of a JSONL file into the input topic at a fixed
// rate R (events/s), keyed by case id like the other benchmarks, and records when each event_id
// was produced; consumes the published topic and, for every publish record
// (published-item/1, action "publish") whose event_id it produced, takes the time from the
// produce call to its arrival here. Not every event is published (approval, on request,
// withhold, out of scope, dead letters): only those that appear count, and their number is
// printed. Both times come from this process's steady clock.
//
// The first --warmup events are produced first and not timed: the probe waits until one of
// them is published (the connector has joined its group and is consuming) and the topic is
// quiet again, then starts the clock. After the last timed event it keeps consuming until
// nothing has arrived for --quiet seconds.
//
//   build/bench/kafka_latency --brokers HOST:PORT --events FILE --rate R
//       [--warmup 300] [--input case-events] [--output disclosure.published] [--quiet 5]
//
// The probe's producer uses linger.ms=0 (an event leaves when the business system sends it);
// its consumer fetch.wait.max.ms=10. Prints one line:
//   latency: rate R events/s (achieved A), P events produced, K published: p50 X ms, p90 …,
//   p99 Y ms, max Z ms
// Record contents are never printed.
#include <librdkafka/rdkafkacpp.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// The string value of the first "NAME": "…" in a JSON text (no escapes expected in ids).
std::string FirstString(std::string_view json, std::string_view name) {
  std::string quoted = "\"" + std::string(name) + "\"";
  size_t at = json.find(quoted);
  if (at == std::string_view::npos) return "";
  at += quoted.size();
  while (at < json.size() && (json[at] == ' ' || json[at] == ':')) ++at;
  if (at >= json.size() || json[at] != '"') return "";
  size_t end = json.find('"', at + 1);
  if (end == std::string_view::npos) return "";
  return std::string(json.substr(at + 1, end - at - 1));
}

bool IsPublishRecord(std::string_view payload) {
  return payload.rfind(R"({"schema":"published-item/1","action":"publish")", 0) == 0;
}

int Usage() {
  std::fprintf(stderr,
               "usage: kafka_latency --brokers HOST:PORT --events FILE --rate R [--warmup N] "
               "[--input TOPIC] [--output TOPIC] [--quiet SECONDS]\n");
  return 2;
}

struct Event {
  std::string key;
  std::string event_id;
  std::string bytes;
};

}  // namespace

int main(int argc, char** argv) {
  // --name value pairs, each known name once.
  std::map<std::string, std::string> opt = {{"--brokers", ""},    {"--events", ""},
                                            {"--rate", "0"},      {"--warmup", "300"},
                                            {"--input", "case-events"},
                                            {"--output", "disclosure.published"},
                                            {"--quiet", "5"}};
  for (int i = 1; i < argc; i += 2) {
    if (i + 1 >= argc || opt.count(argv[i]) == 0) return Usage();
    opt[argv[i]] = argv[i + 1];
  }
  const std::string brokers = opt["--brokers"], file = opt["--events"], input = opt["--input"],
                    output = opt["--output"];
  const double rate = std::atof(opt["--rate"].c_str());
  const int warmup = std::atoi(opt["--warmup"].c_str());
  const double quiet_s = std::atof(opt["--quiet"].c_str());
  if (brokers.empty() || file.empty() || rate <= 0 || warmup < 1) return Usage();

  std::vector<Event> events;
  {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
      Event e;
      e.key = FirstString(line, "case_id").substr(0, 64);
      e.event_id = FirstString(line, "event_id");
      e.bytes = std::move(line);
      events.push_back(std::move(e));
    }
  }
  if (static_cast<int>(events.size()) <= warmup) {
    std::fprintf(stderr, "kafka_latency: %s has no more than --warmup events\n", file.c_str());
    return 2;
  }
  // Timed events by event_id (the first occurrence); warm-up ones are told apart.
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < events.size(); ++i) {
    if (!events[i].event_id.empty()) index.emplace(events[i].event_id, i);
  }
  std::vector<std::atomic<int64_t>> produced_ns(events.size());  // 0: not produced yet
  std::vector<int64_t> latency_ns(events.size(), -1);

  std::string err;
  std::unique_ptr<RdKafka::Conf> pconf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  pconf->set("bootstrap.servers", brokers, err);
  pconf->set("linger.ms", "0", err);
  pconf->set("message.max.bytes", "16777216", err);
  std::unique_ptr<RdKafka::Producer> producer(RdKafka::Producer::create(pconf.get(), err));
  std::unique_ptr<RdKafka::Conf> cconf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  cconf->set("bootstrap.servers", brokers, err);
  cconf->set("group.id", "latency-probe", err);
  cconf->set("auto.offset.reset", "earliest", err);
  cconf->set("fetch.wait.max.ms", "10", err);
  cconf->set("enable.auto.commit", "false", err);
  std::unique_ptr<RdKafka::KafkaConsumer> consumer(RdKafka::KafkaConsumer::create(cconf.get(), err));
  if (!producer || !consumer) {
    std::fprintf(stderr, "kafka_latency: %s\n", err.c_str());
    return 2;
  }
  if (consumer->subscribe({output}) != RdKafka::ERR_NO_ERROR) return 1;
  // Wait for this probe's own assignment, so that nothing published is missed meanwhile.
  for (auto until = Clock::now() + std::chrono::seconds(60);;) {
    std::unique_ptr<RdKafka::Message> m(consumer->consume(100));
    std::vector<RdKafka::TopicPartition*> parts;
    consumer->assignment(parts);
    const bool assigned = !parts.empty();
    RdKafka::TopicPartition::destroy(parts);
    if (assigned) break;
    if (Clock::now() > until) {
      std::fprintf(stderr, "kafka_latency: no assignment on %s\n", output.c_str());
      return 1;
    }
  }

  const auto origin = Clock::now();
  auto now_ns = [&] {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - origin).count() + 1;
  };
  auto produce = [&](size_t i) {
    const Event& e = events[i];
    produced_ns[i].store(now_ns(), std::memory_order_release);
    while (true) {
      RdKafka::ErrorCode code = producer->produce(
          input, RdKafka::Topic::PARTITION_UA, RdKafka::Producer::RK_MSG_COPY,
          const_cast<char*>(e.bytes.data()), e.bytes.size(), e.key.empty() ? nullptr : e.key.data(),
          e.key.size(), 0, nullptr);
      if (code == RdKafka::ERR_NO_ERROR) break;
      if (code != RdKafka::ERR__QUEUE_FULL) {
        std::fprintf(stderr, "kafka_latency: produce: %s\n", RdKafka::err2str(code).c_str());
        break;
      }
      producer->poll(10);
    }
    producer->poll(0);
  };

  // Warm-up: untimed, until the connector demonstrably publishes and the topic is quiet again.
  for (int i = 0; i < warmup; ++i) produce(i);
  producer->flush(10000);
  bool seen = false;
  auto last_arrival = Clock::now();
  for (auto until = Clock::now() + std::chrono::seconds(120); Clock::now() < until;) {
    std::unique_ptr<RdKafka::Message> m(consumer->consume(100));
    if (m->err() == RdKafka::ERR_NO_ERROR) {
      seen = true;
      last_arrival = Clock::now();
    } else if (seen && Clock::now() - last_arrival > std::chrono::seconds(2)) {
      break;
    }
  }
  if (!seen) {
    std::fprintf(stderr, "kafka_latency: nothing published within 120 s of the warm-up\n");
    return 1;
  }

  // Timed: a producer thread paces the rest at `rate`; this thread consumes.
  std::atomic<bool> producing{true};
  const size_t total = events.size() - warmup;
  double produce_seconds = 0;
  std::thread pacer([&] {
    const auto start = Clock::now();
    for (size_t k = 0; k < total; ++k) {
      auto at = start + std::chrono::nanoseconds(static_cast<int64_t>(1e9 * k / rate));
      std::this_thread::sleep_until(at);
      produce(warmup + k);
    }
    producer->flush(30000);
    produce_seconds = std::chrono::duration<double>(Clock::now() - start).count();
    producing.store(false);
  });
  size_t published = 0, foreign = 0;
  last_arrival = Clock::now();
  while (producing.load() ||
         Clock::now() - last_arrival < std::chrono::duration<double>(quiet_s)) {
    std::unique_ptr<RdKafka::Message> m(consumer->consume(5));
    if (m->err() != RdKafka::ERR_NO_ERROR) continue;
    const int64_t arrived = now_ns();
    last_arrival = Clock::now();
    std::string_view payload(static_cast<const char*>(m->payload()), m->len());
    if (!IsPublishRecord(payload)) continue;
    auto it = index.find(FirstString(payload, "event_id"));
    if (it == index.end() || it->second < static_cast<size_t>(warmup)) {
      ++foreign;
      continue;
    }
    const int64_t sent = produced_ns[it->second].load(std::memory_order_acquire);
    if (sent == 0 || latency_ns[it->second] >= 0) continue;  // not ours yet, or a re-send
    latency_ns[it->second] = arrived - sent;
    ++published;
  }
  pacer.join();
  consumer->close();

  std::vector<double> ms;
  for (size_t i = warmup; i < events.size(); ++i) {
    if (latency_ns[i] >= 0) ms.push_back(static_cast<double>(latency_ns[i]) / 1e6);
  }
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) {
    if (ms.empty()) return 0.0;
    size_t k = static_cast<size_t>(p * static_cast<double>(ms.size() - 1) + 0.5);
    return ms[std::min(k, ms.size() - 1)];
  };
  std::printf(
      "latency: rate %.0f events/s (achieved %.0f), %zu events produced, %zu published: "
      "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%zu other publish records)\n",
      rate, static_cast<double>(total) / produce_seconds, total, published, pct(0.5), pct(0.9),
      pct(0.99), ms.empty() ? 0.0 : ms.back(), foreign);
  return ms.empty() ? 1 : 0;
}
