#include "connector/kafka.h"

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <librdkafka/rdkafkacpp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <utility>

#include "connector/connector.h"

namespace disclosure::connector {
namespace {

using Clock = std::chrono::steady_clock;

// Broker-level errors only: librdkafka's messages name brokers and topics, never payloads.
class LogEvents final : public RdKafka::EventCb {
 public:
  bool verbose = false;
  void event_cb(RdKafka::Event& event) override {
    if (event.type() == RdKafka::Event::EVENT_ERROR) {
      std::fprintf(stderr, "kafka: %s%s\n", event.fatal() ? "FATAL " : "", event.str().c_str());
    } else if (event.type() == RdKafka::Event::EVENT_LOG &&
               (event.severity() <= RdKafka::Event::EVENT_SEVERITY_WARNING || verbose)) {
      // Warnings always; everything when librdkafka's `debug` property is set.
      std::fprintf(stderr, "kafka log %s: %s\n", event.fac().c_str(), event.str().c_str());
    }
  }
};

Status ApplyProperties(RdKafka::Conf* conf, const std::map<std::string, std::string>& properties) {
  std::string err;
  for (const auto& [name, value] : properties) {
    if (conf->set(name, value, err) != RdKafka::Conf::CONF_OK) {
      return Status::InvalidArgument("kafka property '" + name + "': " + err);
    }
  }
  return Status::Ok();
}

class KafkaSource final : public Source {
 public:
  explicit KafkaSource(std::unique_ptr<RdKafka::KafkaConsumer> consumer)
      : consumer_(std::move(consumer)) {}
  ~KafkaSource() override {
    if (consumer_) consumer_->close();
  }

  Result<std::vector<ConsumedMessage>> Poll(int max, int linger_ms) override {
    std::vector<ConsumedMessage> batch;
    const auto deadline = Clock::now() + std::chrono::milliseconds(linger_ms);
    while (static_cast<int>(batch.size()) < max) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
      std::unique_ptr<RdKafka::Message> msg(
          consumer_->consume(static_cast<int>(std::max<int64_t>(left.count(), 0))));
      switch (msg->err()) {
        case RdKafka::ERR_NO_ERROR: {
          ConsumedMessage m;
          m.topic = msg->topic_name();
          m.partition = msg->partition();
          m.offset = msg->offset();
          if (msg->key() != nullptr) m.key = *msg->key();
          m.payload.assign(static_cast<const char*>(msg->payload()), msg->len());
          batch.push_back(std::move(m));
          break;
        }
        case RdKafka::ERR__TIMED_OUT:
        case RdKafka::ERR__PARTITION_EOF:
          break;
        default:
          if (msg->err() == RdKafka::ERR__FATAL) {
            return Status::IoError("kafka consumer: " + msg->errstr());
          }
          std::fprintf(stderr, "kafka consumer: %s\n", msg->errstr().c_str());
          break;
      }
      if (Clock::now() >= deadline) break;
    }
    return batch;
  }

  Status Commit(const std::vector<ConsumedMessage>& batch) override {
    return ForEachPartition(batch, /*first=*/false, [&](std::vector<RdKafka::TopicPartition*>& p) {
      RdKafka::ErrorCode err = consumer_->commitSync(p);
      if (err != RdKafka::ERR_NO_ERROR) {
        return Status::IoError("kafka offset commit: " + RdKafka::err2str(err));
      }
      return Status::Ok();
    });
  }

  Status Rewind(const std::vector<ConsumedMessage>& batch) override {
    return ForEachPartition(batch, /*first=*/true, [&](std::vector<RdKafka::TopicPartition*>& p) {
      for (auto* tp : p) {
        RdKafka::ErrorCode err = consumer_->seek(*tp, 5000);
        if (err != RdKafka::ERR_NO_ERROR) {
          return Status::IoError("kafka seek: " + RdKafka::err2str(err));
        }
      }
      return Status::Ok();
    });
  }

  void Pause() override {
    WithAssignment([&](auto& p) { consumer_->pause(p); });
  }
  void Resume() override {
    WithAssignment([&](auto& p) { consumer_->resume(p); });
  }

  int64_t Lag() override {
    int64_t lag = 0;
    bool known = true;
    WithAssignment([&](std::vector<RdKafka::TopicPartition*>& p) {
      if (consumer_->position(p) != RdKafka::ERR_NO_ERROR) {
        known = false;
        return;
      }
      // A partition has no position until a record is consumed from it since its assignment:
      // after a rebalance, one read to its end by the previous owner has none. Then the
      // group's committed offset says where it stands (the low watermark counted the whole
      // partition as lag); with nothing committed either, reading starts at the low mark.
      std::map<std::pair<std::string, int32_t>, int64_t> committed;
      if (std::any_of(p.begin(), p.end(), [](auto* tp) { return tp->offset() < 0; })) {
        std::vector<RdKafka::TopicPartition*> asked;
        for (auto* tp : p) {
          asked.push_back(RdKafka::TopicPartition::create(tp->topic(), tp->partition()));
        }
        if (consumer_->committed(asked, 5000) == RdKafka::ERR_NO_ERROR) {
          for (auto* tp : asked) committed[{tp->topic(), tp->partition()}] = tp->offset();
        } else {
          known = false;
        }
        RdKafka::TopicPartition::destroy(asked);
      }
      for (auto* tp : p) {
        int64_t low = 0, high = 0;
        if (consumer_->get_watermark_offsets(tp->topic(), tp->partition(), &low, &high) !=
                RdKafka::ERR_NO_ERROR ||
            high < 0) {
          known = false;
          continue;
        }
        int64_t pos = tp->offset();
        if (pos < 0) {
          auto it = committed.find({tp->topic(), tp->partition()});
          pos = it != committed.end() && it->second >= 0 ? it->second : low;
        }
        lag += std::max<int64_t>(high - pos, 0);
      }
    });
    return known ? lag : -1;
  }

 private:
  template <typename Fn>
  void WithAssignment(Fn&& fn) {
    std::vector<RdKafka::TopicPartition*> parts;
    if (consumer_->assignment(parts) == RdKafka::ERR_NO_ERROR && !parts.empty()) fn(parts);
    RdKafka::TopicPartition::destroy(parts);
  }

  // One TopicPartition per partition of the batch, at its first offset or after its last.
  template <typename Fn>
  Status ForEachPartition(const std::vector<ConsumedMessage>& batch, bool first, Fn&& fn) {
    std::map<std::pair<std::string, int32_t>, int64_t> offsets;
    for (const auto& m : batch) {
      auto key = std::make_pair(m.topic, m.partition);
      auto it = offsets.find(key);
      int64_t value = first ? m.offset : m.offset + 1;
      if (it == offsets.end()) {
        offsets[key] = value;
      } else {
        it->second = first ? std::min(it->second, value) : std::max(it->second, value);
      }
    }
    std::vector<RdKafka::TopicPartition*> parts;
    for (const auto& [key, offset] : offsets) {
      parts.push_back(RdKafka::TopicPartition::create(key.first, key.second, offset));
    }
    Status s = parts.empty() ? Status::Ok() : fn(parts);
    RdKafka::TopicPartition::destroy(parts);
    return s;
  }

  std::unique_ptr<RdKafka::KafkaConsumer> consumer_;
};

// Delivery reports land here, on the thread that polls the producer (Send's own).
class DeliveryReports final : public RdKafka::DeliveryReportCb {
 public:
  void dr_cb(RdKafka::Message& message) override {
    auto* slot = static_cast<int*>(message.msg_opaque());
    if (slot != nullptr) *slot = message.err() == RdKafka::ERR_NO_ERROR ? 1 : 0;
    if (message.err() != RdKafka::ERR_NO_ERROR) {
      std::fprintf(stderr, "kafka delivery to %s failed: %s (will retry)\n",
                   message.topic_name().c_str(), message.errstr().c_str());
    }
  }
};

class KafkaSink final : public Sink {
 public:
  KafkaSink(std::unique_ptr<RdKafka::Producer> producer, std::unique_ptr<DeliveryReports> reports)
      : producer_(std::move(producer)), reports_(std::move(reports)) {}
  ~KafkaSink() override { producer_->flush(5000); }

  Status Start(std::vector<store::OutboxRow> rows, int timeout_ms) override {
    if (in_flight()) return Status::Internal("kafka sink: rows still in flight");
    rows_ = std::move(rows);
    // -1: no report yet, 0: failed, 1: delivered. Must outlive every report: Await waits for
    // all of them (or purges the rest), and nothing touches slots_ until then.
    slots_.assign(rows_.size(), -1);
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
    for (size_t i = 0; i < rows_.size(); ++i) {
      const auto& row = rows_[i];
      RdKafka::Headers* headers = nullptr;
      auto decoded = DecodeHeaders(row.headers);
      if (!decoded.empty()) {
        headers = RdKafka::Headers::create();
        for (const auto& [name, value] : decoded) headers->add(name, value.data(), value.size());
      }
      while (true) {
        RdKafka::ErrorCode err = producer_->produce(
            row.topic, RdKafka::Topic::PARTITION_UA, RdKafka::Producer::RK_MSG_COPY,
            const_cast<char*>(row.payload.data()), row.payload.size(),
            row.key.empty() ? nullptr : row.key.data(), row.key.size(), 0, headers, &slots_[i]);
        if (err == RdKafka::ERR_NO_ERROR) break;  // headers now belong to librdkafka
        if (err == RdKafka::ERR__QUEUE_FULL && Clock::now() < deadline) {
          producer_->poll(50);
          continue;
        }
        delete headers;
        slots_[i] = 0;
        break;
      }
    }
    producer_->poll(0);
    return Status::Ok();
  }

  Status Await(int timeout_ms, std::vector<store::OutboxRow>* rows,
               std::vector<bool>* delivered) override {
    if (!WaitReports(timeout_ms)) {
      // Give up on this round: purge what is still queued so that no report can arrive after
      // `slots_` is reused; those rows stay unsent in the outbox and go again next round.
      producer_->purge(RdKafka::Producer::PURGE_QUEUE | RdKafka::Producer::PURGE_INFLIGHT);
      producer_->poll(0);
      while (Pending()) producer_->poll(50);
    }
    delivered->assign(rows_.size(), false);
    for (size_t i = 0; i < rows_.size(); ++i) (*delivered)[i] = slots_[i] == 1;
    *rows = std::move(rows_);
    rows_.clear();
    slots_.clear();
    return Status::Ok();
  }

  bool WaitReports(int timeout_ms) override {
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
    while (Pending()) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
      if (left.count() <= 0) return false;
      producer_->poll(static_cast<int>(std::min<int64_t>(left.count(), 20)));
    }
    return true;
  }

  bool in_flight() const override { return !rows_.empty(); }

 private:
  bool Pending() const {
    return std::any_of(slots_.begin(), slots_.end(), [](int s) { return s < 0; });
  }

  // Declared before the producer, so that they outlive it (reports write into slots_).
  std::vector<store::OutboxRow> rows_;  // handed over by Start, not yet awaited
  std::vector<int> slots_;              // their delivery reports (see Start)
  std::unique_ptr<RdKafka::Producer> producer_;
  std::unique_ptr<DeliveryReports> reports_;
};

LogEvents& SharedLogEvents() {
  static LogEvents events;
  return events;
}

}  // namespace

Result<std::unique_ptr<Source>> MakeKafkaSource(
    const std::map<std::string, std::string>& properties, const std::string& topic) {
  std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  std::string err;
  // A dead member (SIGKILL) holds its partitions until the coordinator gives up on it: the
  // mock cluster waits max.poll.interval.ms, Kafka session.timeout.ms. A batch never takes
  // 20 s, so a short interval costs nothing and a restart resumes quickly.
  std::map<std::string, std::string> all = {{"group.id", "disclosure"},
                                            {"auto.offset.reset", "earliest"},
                                            {"session.timeout.ms", "10000"},
                                            {"max.poll.interval.ms", "20000"},
                                            // A fetch that finds nothing waits this long: the
                                            // embedded broker holds it the whole time even when
                                            // records arrive meanwhile (librdkafka's 500 ms
                                            // default doubled the produce-to-publish latency).
                                            {"fetch.wait.max.ms", "100"}};
  for (const auto& [k, v] : properties) all[k] = v;
  all["enable.auto.commit"] = "false";  // offsets only after the store has committed
  all["enable.auto.offset.store"] = "false";
  if (Status s = ApplyProperties(conf.get(), all); !s.ok()) return s;
  SharedLogEvents().verbose = all.count("debug") > 0;
  conf->set("event_cb", &SharedLogEvents(), err);
  std::unique_ptr<RdKafka::KafkaConsumer> consumer(RdKafka::KafkaConsumer::create(conf.get(), err));
  if (!consumer) return Status::InvalidArgument("kafka consumer: " + err);
  RdKafka::ErrorCode code = consumer->subscribe({topic});
  if (code != RdKafka::ERR_NO_ERROR) {
    return Status::IoError("kafka subscribe to " + topic + ": " + RdKafka::err2str(code));
  }
  return std::unique_ptr<Source>(new KafkaSource(std::move(consumer)));
}

Result<std::unique_ptr<Sink>> MakeKafkaSink(const std::map<std::string, std::string>& properties) {
  std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  // message.max.bytes: a dead letter is the original record, byte for byte, and may be larger
  // than librdkafka's 1 MB default (the DLQ topic's max.message.bytes must allow it too).
  std::map<std::string, std::string> all = {{"linger.ms", "5"}, {"message.max.bytes", "16777216"}};
  for (const auto& [k, v] : properties) {
    // Consumer-only settings in the shared section would make the producer refuse to start.
    static const char* kConsumerOnly[] = {"group.id",
                                          "group.instance.id",
                                          "auto.offset.reset",
                                          "session.timeout.ms",
                                          "max.poll.interval.ms",
                                          "heartbeat.interval.ms",
                                          "partition.assignment.strategy",
                                          "fetch.wait.max.ms",
                                          "fetch.min.bytes",
                                          "fetch.max.bytes",
                                          "max.partition.fetch.bytes",
                                          "isolation.level",
                                          "enable.partition.eof",
                                          "check.crcs"};
    bool consumer_only = k.rfind("enable.auto", 0) == 0 || k.rfind("auto.commit", 0) == 0;
    for (const char* c : kConsumerOnly) consumer_only = consumer_only || k == c;
    if (consumer_only) continue;
    all[k] = v;
  }
  all["enable.idempotence"] = "true";  // no duplicates or reordering from producer retries
  if (Status s = ApplyProperties(conf.get(), all); !s.ok()) return s;
  auto reports = std::make_unique<DeliveryReports>();
  std::string err;
  conf->set("dr_cb", reports.get(), err);
  conf->set("event_cb", &SharedLogEvents(), err);
  std::unique_ptr<RdKafka::Producer> producer(RdKafka::Producer::create(conf.get(), err));
  if (!producer) return Status::InvalidArgument("kafka producer: " + err);
  return std::unique_ptr<Sink>(new KafkaSink(std::move(producer), std::move(reports)));
}

// ---- EmbeddedBroker ----

struct EmbeddedBroker::Impl {
  rd_kafka_t* host = nullptr;  // the handle the mock cluster is attached to (librdkafka rule)
  rd_kafka_mock_cluster_t* cluster = nullptr;
  std::string bootstraps;
  ~Impl() {
    if (cluster != nullptr) rd_kafka_mock_cluster_destroy(cluster);
    if (host != nullptr) rd_kafka_destroy(host);
  }
};

EmbeddedBroker::EmbeddedBroker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EmbeddedBroker::~EmbeddedBroker() = default;

Result<std::unique_ptr<EmbeddedBroker>> EmbeddedBroker::Start(
    const std::vector<std::string>& topics, int partitions, int brokers) {
  auto impl = std::make_unique<Impl>();
  char err[512];
  rd_kafka_conf_t* conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "log_level", "3", err, sizeof err);
  impl->host = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
  if (impl->host == nullptr) {
    rd_kafka_conf_destroy(conf);
    return Status::Internal(std::string("embedded broker: ") + err);
  }
  impl->cluster = rd_kafka_mock_cluster_new(impl->host, brokers);
  if (impl->cluster == nullptr) return Status::Internal("embedded broker: could not start");
  impl->bootstraps = rd_kafka_mock_cluster_bootstraps(impl->cluster);
  for (const auto& topic : topics) {
    rd_kafka_resp_err_t e = rd_kafka_mock_topic_create(impl->cluster, topic.c_str(), partitions, 1);
    if (e != RD_KAFKA_RESP_ERR_NO_ERROR) {
      return Status::Internal("embedded broker: create topic " + topic + ": " +
                              rd_kafka_err2str(e));
    }
  }
  return std::unique_ptr<EmbeddedBroker>(new EmbeddedBroker(std::move(impl)));
}

const std::string& EmbeddedBroker::bootstrap_servers() const { return impl_->bootstraps; }

void EmbeddedBroker::PushRequestErrors(int16_t api_key, const std::vector<int>& errors) {
  std::vector<rd_kafka_resp_err_t> codes;
  for (int e : errors) codes.push_back(static_cast<rd_kafka_resp_err_t>(e));
  rd_kafka_mock_push_request_errors_array(impl_->cluster, api_key, codes.size(), codes.data());
}

void EmbeddedBroker::SetBrokerDown(int32_t broker_id) {
  rd_kafka_mock_broker_set_down(impl_->cluster, broker_id);
}

void EmbeddedBroker::SetBrokerUp(int32_t broker_id) {
  rd_kafka_mock_broker_set_up(impl_->cluster, broker_id);
}

}  // namespace disclosure::connector
