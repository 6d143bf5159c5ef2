// Pass-through baseline for the Kafka end-to-end benchmark (docs/performance.md, "Kafka end to
// end"): a consumer group on the input topic that produces every record's same bytes and key to
// an output topic, with no processing, and exits once N records have been delivered (successful
// delivery reports). What the connector does on top of this is what its pipeline costs.
//
// Settings are the connector's (connector/kafka.cc): consumer group, auto.offset.reset=earliest,
// session.timeout.ms=10000, max.poll.interval.ms=20000, no auto commit; producer linger.ms=5,
// message.max.bytes=16 MB, enable.idempotence=true (hence acks=all). Offsets are committed
// asynchronously every 500 records (the connector commits synchronously after each batch of up to
// 500) and synchronously at the end.
//
//   build/bench/kafka_passthrough --brokers HOST:PORT --count N
//       [--input case-events] [--output passthrough.out] [--group passthrough] [--timeout 300]
//       [-X name=value ...]      (more librdkafka properties, for both clients)
//
// Prints one line (times in seconds; "join" is subscribe to the first record):
//   passthrough: N records join J s, first record to last delivery T s = R events/s
//   (from subscribe: S s = Q events/s)
// Exit 0 when N were delivered, 1 on timeout or a failed delivery, 2 on bad usage.
// The records are never printed (they hold personal data).
#include <librdkafka/rdkafkacpp.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

class Reports final : public RdKafka::DeliveryReportCb {
 public:
  int64_t delivered = 0;
  int64_t failed = 0;
  Clock::time_point last;
  void dr_cb(RdKafka::Message& message) override {
    if (message.err() == RdKafka::ERR_NO_ERROR) {
      ++delivered;
      last = Clock::now();
    } else {
      ++failed;
      std::fprintf(stderr, "kafka_passthrough: delivery failed: %s\n", message.errstr().c_str());
    }
  }
};

bool Apply(RdKafka::Conf* conf, const std::map<std::string, std::string>& properties) {
  std::string err;
  for (const auto& [name, value] : properties) {
    if (conf->set(name, value, err) != RdKafka::Conf::CONF_OK) {
      std::fprintf(stderr, "kafka_passthrough: property %s: %s\n", name.c_str(), err.c_str());
      return false;
    }
  }
  return true;
}

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

int Usage() {
  std::fprintf(stderr,
               "usage: kafka_passthrough --brokers HOST:PORT --count N [--input TOPIC] "
               "[--output TOPIC] [--group ID] [--timeout SECONDS] [-X name=value ...]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  // --name value pairs, each known name once; -X name=value any number of times.
  std::map<std::string, std::string> opt = {{"--brokers", ""},
                                            {"--count", "0"},
                                            {"--input", "case-events"},
                                            {"--output", "passthrough.out"},
                                            {"--group", "passthrough"},
                                            {"--timeout", "300"}};
  std::map<std::string, std::string> extra;
  for (int i = 1; i < argc; i += 2) {
    std::string arg = argv[i];
    if (i + 1 >= argc) return Usage();
    std::string value = argv[i + 1];
    if (arg == "-X" && value.find('=') != std::string::npos) {
      extra[value.substr(0, value.find('='))] = value.substr(value.find('=') + 1);
    } else if (opt.count(arg) != 0) {
      opt[arg] = value;
    } else {
      return Usage();
    }
  }
  const std::string brokers = opt["--brokers"], input = opt["--input"], output = opt["--output"],
                    group = opt["--group"];
  const int64_t count = std::atoll(opt["--count"].c_str());
  const int timeout_s = std::atoi(opt["--timeout"].c_str());
  if (brokers.empty() || count <= 0 || timeout_s <= 0) return Usage();

  std::string err;
  std::map<std::string, std::string> consumer_props = {
      {"bootstrap.servers", brokers},    {"group.id", group},
      {"auto.offset.reset", "earliest"}, {"session.timeout.ms", "10000"},
      {"max.poll.interval.ms", "20000"}, {"enable.auto.commit", "false"}};
  std::map<std::string, std::string> producer_props = {{"bootstrap.servers", brokers},
                                                       {"linger.ms", "5"},
                                                       {"message.max.bytes", "16777216"},
                                                       {"enable.idempotence", "true"}};
  for (const auto& [k, v] : extra) consumer_props[k] = producer_props[k] = v;

  std::unique_ptr<RdKafka::Conf> pconf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  Reports reports;
  if (!Apply(pconf.get(), producer_props)) return 2;
  pconf->set("dr_cb", &reports, err);
  std::unique_ptr<RdKafka::Producer> producer(RdKafka::Producer::create(pconf.get(), err));
  if (!producer) {
    std::fprintf(stderr, "kafka_passthrough: producer: %s\n", err.c_str());
    return 2;
  }
  std::unique_ptr<RdKafka::Conf> cconf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  if (!Apply(cconf.get(), consumer_props)) return 2;
  std::unique_ptr<RdKafka::KafkaConsumer> consumer(RdKafka::KafkaConsumer::create(cconf.get(), err));
  if (!consumer) {
    std::fprintf(stderr, "kafka_passthrough: consumer: %s\n", err.c_str());
    return 2;
  }

  const auto subscribed = Clock::now();
  const auto deadline = subscribed + std::chrono::seconds(timeout_s);
  if (consumer->subscribe({input}) != RdKafka::ERR_NO_ERROR) {
    std::fprintf(stderr, "kafka_passthrough: cannot subscribe to %s\n", input.c_str());
    return 1;
  }
  Clock::time_point first{};
  int64_t consumed = 0;
  int64_t since_commit = 0;
  bool failed = false;
  while (reports.delivered < count && Clock::now() < deadline) {
    if (consumed >= count) {  // everything handed over: wait for the remaining reports
      producer->poll(5);
      continue;
    }
    std::unique_ptr<RdKafka::Message> msg(consumer->consume(100));
    if (msg->err() == RdKafka::ERR__TIMED_OUT || msg->err() == RdKafka::ERR__PARTITION_EOF) {
      producer->poll(0);
      continue;
    }
    if (msg->err() != RdKafka::ERR_NO_ERROR) {
      std::fprintf(stderr, "kafka_passthrough: consume: %s\n", msg->errstr().c_str());
      if (msg->err() == RdKafka::ERR__FATAL) return 1;
      continue;
    }
    if (consumed == 0) first = Clock::now();
    ++consumed;
    const std::string* key = msg->key();
    while (true) {
      RdKafka::ErrorCode e = producer->produce(
          output, RdKafka::Topic::PARTITION_UA, RdKafka::Producer::RK_MSG_COPY, msg->payload(),
          msg->len(), key == nullptr ? nullptr : key->data(), key == nullptr ? 0 : key->size(), 0,
          nullptr);
      if (e == RdKafka::ERR_NO_ERROR) break;
      if (e == RdKafka::ERR__QUEUE_FULL && Clock::now() < deadline) {
        producer->poll(50);
        continue;
      }
      std::fprintf(stderr, "kafka_passthrough: produce: %s\n", RdKafka::err2str(e).c_str());
      failed = true;
      break;
    }
    if (failed) break;
    producer->poll(0);
    if (++since_commit >= 500) {
      since_commit = 0;
      consumer->commitAsync();
    }
  }
  producer->flush(5000);
  consumer->commitSync();
  consumer->close();
  if (reports.delivered < count || reports.failed > 0 || failed) {
    std::fprintf(stderr,
                 "kafka_passthrough: %lld of %lld records delivered (%lld consumed, %lld failed "
                 "reports)\n",
                 static_cast<long long>(reports.delivered), static_cast<long long>(count),
                 static_cast<long long>(consumed), static_cast<long long>(reports.failed));
    return 1;
  }
  const double join = Seconds(first - subscribed);
  const double active = Seconds(reports.last - first);
  const double total = Seconds(reports.last - subscribed);
  std::printf(
      "passthrough: %lld records join %.3f s, first record to last delivery %.3f s = %.0f "
      "events/s (from subscribe: %.3f s = %.0f events/s)\n",
      static_cast<long long>(count), join, active, static_cast<double>(count) / active, total,
      static_cast<double>(count) / total);
  return 0;
}
