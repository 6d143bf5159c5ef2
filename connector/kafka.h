// Internal to connector/: librdkafka behind a narrow seam, so that the run loop can be tested
// with fakes and librdkafka's ownership rules stay in one file.
//
// Why a seam: librdkafka's C++ API hands out raw pointers (Message*, TopicPartition*) that the
// caller must delete, reports delivery through a callback on the polling thread, and signals
// most errors in-band. Here a consumed message is copied into an owned struct, delivery reports
// come back as a vector of flags, and errors become Status values.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/base.h"
#include "store/store.h"

namespace disclosure::connector {

struct ConsumedMessage {
  std::string topic;
  int32_t partition = 0;
  int64_t offset = 0;
  std::string key;
  std::string payload;
};

// A consumer-group member on one topic. Offsets are committed only through Commit.
class Source {
 public:
  virtual ~Source() = default;
  // Up to `max` messages, waiting at most `linger_ms` for the batch to fill. Empty on timeout.
  virtual Result<std::vector<ConsumedMessage>> Poll(int max, int linger_ms) = 0;
  // Commits, per partition, the offset after the last message of the batch (synchronous).
  virtual Status Commit(const std::vector<ConsumedMessage>& batch) = 0;
  // Moves back to the first message of `batch` in each partition (after a failed batch).
  virtual Status Rewind(const std::vector<ConsumedMessage>& batch) = 0;
  virtual void Pause() = 0;  // back-pressure: stop fetching, keep the group membership
  virtual void Resume() = 0;
  // Sum over assigned partitions of (high watermark − position); -1 if unknown.
  virtual int64_t Lag() = 0;
};

// An idempotent producer. At most one group of rows is in flight: Start hands rows over without
// waiting, Await collects their delivery reports, so the caller can do other work between.
class Sink {
 public:
  virtual ~Sink() = default;
  // Hands the rows to the producer (waiting up to timeout_ms only while its queue is full).
  // Nothing may be in flight (Await first).
  virtual Status Start(std::vector<store::OutboxRow> rows, int timeout_ms) = 0;
  // Waits (up to timeout_ms) for the delivery reports of what Start handed over and returns
  // those rows; delivered[i] is true for rows the broker acknowledged. A row not delivered is
  // sent again later. Nothing is in flight afterwards; with nothing in flight, returns no rows.
  virtual Status Await(int timeout_ms, std::vector<store::OutboxRow>* rows,
                       std::vector<bool>* delivered) = 0;
  // Serves delivery reports for up to timeout_ms, returning as soon as every row in flight has
  // its report: true then (or with nothing in flight). Purges nothing, unlike Await.
  virtual bool WaitReports(int timeout_ms) = 0;
  virtual bool in_flight() const = 0;
};

// `properties` are librdkafka settings (bootstrap.servers, security.*, …) passed as they are.
Result<std::unique_ptr<Source>> MakeKafkaSource(
    const std::map<std::string, std::string>& properties, const std::string& topic);
Result<std::unique_ptr<Sink>> MakeKafkaSink(const std::map<std::string, std::string>& properties);

}  // namespace disclosure::connector
