// Issue 7, "Done when": several `disclosure run` instances in one consumer group share the
// partitions of the embedded broker and one PostgreSQL store; one dies by SIGKILL in the middle
// of the stream, the others take over its partitions (and its outbox rows once their lease runs
// out), and still every event is decided exactly once and no item comes out with two contents.
//
// Needs the PostgreSQL server named by DISCLOSURE_TEST_PG_URL (scripts/test.sh starts one with
// scripts/with-postgres.sh); the test works in a fresh schema of its own and drops it.
#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cstdlib>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "cli/kafka_support.h"
#include "store/store.h"

namespace disclosure::testing {
namespace {

// A fresh schema on the test server (the store creates it on first open), dropped at the end.
class PgSchema {
 public:
  PgSchema(std::string base_url, std::string name, std::string dir)
      : base_(std::move(base_url)), name_(std::move(name)), dir_(std::move(dir)) {}
  ~PgSchema() {
    if (std::getenv("KEEP_TEST_OUTPUT") == nullptr) {
      Query("DROP SCHEMA IF EXISTS " + name_ + " CASCADE");
    }
  }
  PgSchema(const PgSchema&) = delete;
  PgSchema& operator=(const PgSchema&) = delete;

  std::string url() const { return base_ + "?schema=" + name_; }

  // Runs `sql` with psql in this schema: the rows, one a line, columns separated by '|'.
  std::vector<std::string> Query(const std::string& sql) const {
    WriteFile(dir_ + "/query.sql", sql + ";\n");
    std::string cmd = "PGOPTIONS='-c search_path=" + name_ +
                      "' psql -X -A -t -q -v ON_ERROR_STOP=1 '" + base_ + "' -f '" + dir_ +
                      "/query.sql' >'" + dir_ + "/query.out' 2>'" + dir_ + "/query.err'";
    if (std::system(cmd.c_str()) != 0) {
      ADD_FAILURE() << "psql: " << ReadFile(dir_ + "/query.err");
      return {};
    }
    return ReadLines(dir_ + "/query.out");
  }
  int64_t Count(const std::string& sql) const {
    auto rows = Query(sql);
    return rows.size() == 1 ? std::atoll(rows[0].c_str()) : -1;
  }

 private:
  std::string base_, name_, dir_;
};

// One `disclosure run`, with /metrics on a port of its own.
struct Instance {
  std::string name;
  std::unique_ptr<Child> process;
  std::string metrics;  // http://127.0.0.1:PORT/metrics

  // The sum of a metric's series (all labels); -1 if /metrics does not answer.
  int64_t Metric(const std::string& metric) const {
    std::string text;
    try {
      Poco::URI uri(metrics);
      Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
      session.setTimeout(Poco::Timespan(5, 0));
      Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, uri.getPath());
      session.sendRequest(request);
      Poco::Net::HTTPResponse response;
      std::istream& body = session.receiveResponse(response);
      if (response.getStatus() != Poco::Net::HTTPResponse::HTTP_OK) return -1;
      Poco::StreamCopier::copyToString(body, text);
    } catch (const Poco::Exception&) {
      return -1;
    }
    int64_t sum = 0;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      if (line.rfind(metric + "{", 0) == 0 || line.rfind(metric + " ", 0) == 0) {
        sum += std::atoll(line.substr(line.rfind(' ') + 1).c_str());
      }
    }
    return sum;
  }
};

// Starts `disclosure run --config config` as `name`, with /metrics on a free port, and waits
// until it consumes; empty `metrics` if it did not start.
Instance StartInstance(const TempDir& dir, const std::string& config, const std::string& name) {
  Instance instance{name, StartConnector(dir, config, name, {"--metrics-listen", "127.0.0.1:0"}),
                    ""};
  const std::string out = dir / (name + ".out");
  if (WaitFor([&] { return !LineValue(out, "consuming ").empty(); }, 60)) {
    instance.metrics = LineValue(out, "metrics: ");
  }
  return instance;
}

// The value of header `name` in kcat's "%h" rendering (name=value,name=value).
std::string Header(const std::string& headers, const std::string& name) {
  size_t at = headers.find(name + "=");
  if (at == std::string::npos) return "";
  size_t start = at + name.size() + 1;
  return headers.substr(start, headers.find(',', start) - start);
}

// What the design promises for an output topic (DESIGN.md "Delivery semantics"): delivery is
// at least once — a row that an instance sent but had not yet marked sent when it died goes out
// again through another instance once its claim's lease runs out — and a re-send carries the
// same key and the same bytes. So a record may appear twice, never with another content for
// the same identity, and only for rows the killed instance held. (Instances that are alive
// never send a row another holds: the claim's lease. A row re-sent because the transaction
// marking it sent failed would show here too; it would be in the instances' logs.)
void CheckCopies(const std::vector<KafkaRecord>& records, const std::string& topic,
                 const std::function<std::string(const KafkaRecord&)>& identity,
                 const std::set<std::string>& held_by_victim) {
  std::map<std::string, std::string> first;
  int64_t copies = 0, different = 0, unexplained = 0;
  std::string example;  // an item id or a source position, never content
  for (const auto& r : records) {
    const std::string id = identity(r);
    const std::string whole = r.key + "\n" + r.value + "\n" + r.headers;
    auto [it, fresh] = first.emplace(id, whole);
    if (fresh) continue;
    ++copies;
    if (it->second != whole) {
      ++different;
      example = id;
    }
    if (held_by_victim.count(r.key) == 0) ++unexplained;
  }
  std::cout << topic << ": " << records.size() << " records, " << copies << " re-sent\n";
  EXPECT_EQ(different, 0) << topic << ": records that came out again with another content, e.g. "
                          << example;
  EXPECT_EQ(unexplained, 0) << topic
                            << ": records that went out twice though no dead instance held them";
}

TEST(
    KafkaScale,
    GivenThreeInstancesInOneGroupOnPostgresWhenOneIsKilledMidStreamThenEachEventDecidedOnceAndNoItemHasTwoContents) {
  const char* pg = std::getenv("DISCLOSURE_TEST_PG_URL");
  if (pg == nullptr || *pg == '\0') {
    GTEST_SKIP() << "needs PostgreSQL: DISCLOSURE_TEST_PG_URL is not set (run under "
                    "scripts/with-postgres.sh, as scripts/test.sh does)";
  }
  const auto started = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  };
  TempDir dir("kafka-scale");
  PgSchema schema(pg, "scale_" + std::to_string(::getpid()), dir.path().string());
  // 6 partitions of every topic (the input, disclosure.published, disclosure.approvals and
  // the dead-letter topic): two for each instance.
  Broker broker = StartBroker(dir, 6);
  ASSERT_FALSE(broker.address.empty()) << ReadFile(dir / "broker.err");
  Generated g = Generate(dir, 4000, 71, 0.02);
  ASSERT_GE(g.total, 4000);
  ASSERT_GT(g.bad, 40);
  constexpr size_t kChunk = 400;
  const std::vector<std::string> chunks = SplitIntoChunks(dir, g.keyed_file, kChunk);

  // One configuration for all three: one group (the default group.id), one store; no pseudonym
  // key configured, so the instances, starting together on a fresh schema, agree on the one
  // generated in the store. Revocations of never-seen events are held 2 s, then dead-lettered.
  // The shortest outbox lease allowed: the rows a live instance has in flight keep theirs
  // (renewed), so only the victim's rows go out a second time.
  const std::string config = WriteConfig(
      dir, broker.address, R"(, "revocation_hold_seconds": 2, "outbox_lease_seconds": 30)",
      schema.url());
  std::vector<Instance> instances;
  for (int i = 0; i < 3; ++i) {
    instances.push_back(StartInstance(dir, config, "run-" + std::to_string(i)));
  }
  for (const auto& instance : instances) {
    ASSERT_FALSE(instance.metrics.empty()) << instance.name << " did not start:\n"
                                           << ReadFile(dir / (instance.name + ".err"));
  }
  auto store = store::Store::Open(schema.url());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto accounted = [&] {
    auto d = store.value()->CountDecisions();
    auto l = store.value()->CountDeadLetters();
    return d.ok() && l.ok() ? d.value() + l.value() : -1;
  };
  // An instance that ended without being killed: a crash.
  Instance& victim = instances[1];
  bool killed = false;
  auto crashed = [&]() -> const Instance* {
    for (const auto& instance : instances) {
      if ((killed && &instance == &victim) || instance.process->running()) continue;
      return &instance;
    }
    return nullptr;
  };

  // The stream arrives in chunks, each once the instances have nearly caught up with the one
  // before, so that work is always in flight. The victim dies once every instance has decided
  // events of its own (the group spread the partitions) and a quarter of the stream is
  // accounted for, with more of the stream still to come.
  size_t produced = 0;
  auto produce_when_due = [&](int64_t done) {
    if (produced < chunks.size() &&
        (produced < 2 || done >= static_cast<int64_t>((produced - 1) * kChunk))) {
      Produce(broker.address, chunks[produced++]);
    }
  };
  int64_t accounted_at_kill = -1;
  std::map<std::string, int64_t> decided;  // by instance, from its /metrics
  const Instance* died = nullptr;
  ASSERT_TRUE(WaitFor(
      [&] {
        if ((died = crashed()) != nullptr) return true;
        int64_t done = accounted();
        bool all_decided = true;
        for (const auto& instance : instances) {
          decided[instance.name] = instance.Metric("disclosure_decisions_total");
          all_decided = all_decided && decided[instance.name] > 0;
        }
        if (all_decided && done >= g.total / 4 && produced < chunks.size()) {
          victim.process->Kill(SIGKILL);
          victim.process->Wait();
          killed = true;
          accounted_at_kill = done;
          return true;
        }
        produce_when_due(done);
        return false;
      },
      90))
      << "no moment to kill: decisions by instance " << decided["run-0"] << "/" << decided["run-1"]
      << "/" << decided["run-2"] << ", accounted " << accounted() << " of " << g.total
      << ", chunks produced " << produced;
  ASSERT_EQ(died, nullptr) << died->name << " ended by itself (" << died->process->Wait() << "):\n"
                           << ReadFile(dir / (died->name + ".err"));
  EXPECT_GT(accounted_at_kill, 0);
  EXPECT_LT(accounted_at_kill, g.total);
  // The outbox rows the victim had claimed and not marked sent: they wait for its lease to
  // run out, then go out through the others (perhaps a second time).
  std::set<std::string> held_by_victim;
  for (const auto& key :
       schema.Query("SELECT msg_key FROM outbox WHERE sent = 0 AND claimed_by LIKE '%/" +
                    std::to_string(victim.process->pid()) + "/%'")) {
    held_by_victim.insert(key);
  }
  std::cout << "killed " << victim.name << " at " << elapsed() << " s: " << accounted_at_kill
            << " of " << g.total << " records accounted for, " << produced << " of "
            << chunks.size() << " chunks produced, it held " << held_by_victim.size()
            << " outbox keys\n";

  // The rest of the stream at once: the survivors are busy with it when the group evicts the
  // victim and hands its partitions over, so batches are in flight during the rebalance (an
  // offset commit refused then makes records come again: the store must recognise them).
  std::vector<Instance*> survivors = {&instances[0], &instances[2]};
  while (produced < chunks.size()) Produce(broker.address, chunks[produced++]);
  ASSERT_TRUE(WaitFor([&] { return accounted() == g.total; }, 120))
      << "accounted " << accounted() << " of " << g.total << "\n"
      << ReadFile(dir / "run-0.err") << ReadFile(dir / "run-2.err");
  std::cout << "all " << g.total << " records accounted for at " << elapsed() << " s\n";
  auto caught_up = [&](const Instance& instance) {
    EXPECT_TRUE(WaitFor([&] { return instance.Metric("disclosure_consumer_lag") == 0; }, 60))
        << instance.name << " lag " << instance.Metric("disclosure_consumer_lag") << "\n"
        << ReadFile(dir / (instance.name + ".err"));
  };
  auto stop = [&](Instance& instance) {
    ASSERT_TRUE(instance.process->running()) << instance.name << " ended by itself:\n"
                                             << ReadFile(dir / (instance.name + ".err"));
    instance.process->Kill(SIGTERM);
    EXPECT_EQ(instance.process->Wait(), 0) << ReadFile(dir / (instance.name + ".err"));
  };
  // No partition stuck: the survivors have read their partitions to the end (a batch that
  // fails again and again is rewound and keeps its partition behind).
  for (auto* survivor : survivors) caught_up(*survivor);

  // The whole stream again: an instance in a group of its own reads every record from the
  // start (as after the group's offsets were reset). The shared store recognises each one:
  // not one decision, dead letter, outbox row or audit entry more. (Meanwhile the outbox rows
  // the victim held, if any, wait for their lease to run out.)
  const int64_t outbox_rows = schema.Count("SELECT COUNT(*) FROM outbox");
  const int64_t audit_rows = schema.Count("SELECT COUNT(*) FROM audit");
  std::string replay_config = ReadFile(config);
  replay_config.insert(replay_config.find("\"session.timeout.ms\""),
                       "\"group.id\": \"disclosure-replay\", ");
  WriteFile(dir / "replay.json", replay_config);
  Instance replay = StartInstance(dir, dir / "replay.json", "replay");
  ASSERT_FALSE(replay.metrics.empty()) << ReadFile(dir / "replay.err");
  ASSERT_TRUE(
      WaitFor([&] { return replay.Metric("disclosure_records_consumed_total") >= g.total; }, 90))
      << ReadFile(dir / "replay.err");
  caught_up(replay);
  // Replayed revocations of never-seen events are held again, then recognised as dead letters
  // already sent.
  EXPECT_TRUE(
      WaitFor([&] { return schema.Count("SELECT COUNT(*) FROM held_revocations") == 0; }, 30));
  EXPECT_EQ(replay.Metric("disclosure_decisions_total"), 0);
  EXPECT_EQ(replay.Metric("disclosure_dead_letters_total"), 0);
  EXPECT_EQ(accounted(), g.total);
  EXPECT_EQ(schema.Count("SELECT COUNT(*) FROM outbox"), outbox_rows);
  EXPECT_EQ(schema.Count("SELECT COUNT(*) FROM audit"), audit_rows);
  std::cout << "replayed the stream at " << elapsed() << " s\n";

  // The victim's rows come free when their lease (30 s from its last claim) runs out. (Rows a
  // live instance has in flight keep their lease: it renews it until their delivery reports.)
  ASSERT_TRUE(WaitFor([&] { return store.value()->CountPendingOutbox().value() == 0; }, 120))
      << store.value()->CountPendingOutbox().value() << " outbox rows never sent, e.g. (topic, "
      << "claimed by, claimed until, now):\n"
      <<
      [&] {
        std::string rows;
        for (const auto& row : schema.Query(
                 "SELECT topic, claimed_by, claimed_until, EXTRACT(EPOCH FROM now())::bigint "
                 "FROM outbox WHERE sent = 0 ORDER BY id LIMIT 5")) {
          rows += row + "\n";
        }
        // A backend of the killed instance still holding row locks would hide its rows
        // from the others' FOR UPDATE SKIP LOCKED.
        rows += "server sessions (state, waiting for, seconds in transaction):\n";
        for (const auto& row : schema.Query(
                 "SELECT state, COALESCE(wait_event_type, ''), COALESCE(EXTRACT(EPOCH FROM "
                 "now() - xact_start)::bigint, -1) FROM pg_stat_activity WHERE datname = "
                 "current_database() AND pid <> pg_backend_pid()")) {
          rows += row + "\n";
        }
        return rows;
      }()
      << ReadFile(dir / "run-0.err") << ReadFile(dir / "run-2.err") << ReadFile(dir / "replay.err");
  std::cout << "outbox drained at " << elapsed() << " s\n";
  for (auto* survivor : survivors) stop(*survivor);
  stop(replay);

  // Rows taken over came from the victim only, and no live instance lost a row it had in
  // flight (the log names row ids, topics and instance ids).
  const std::string victim_id = "/" + std::to_string(victim.process->pid()) + "/";
  for (const char* name : {"run-0", "run-2", "replay"}) {
    for (const auto& line : ReadLines(dir / (std::string(name) + ".err"))) {
      auto from = line.find(" from ");
      if (line.find(") taken over by ") != std::string::npos && from != std::string::npos) {
        EXPECT_NE(line.find(victim_id, from), std::string::npos) << name << ": " << line;
      }
      EXPECT_EQ(line.find(" in flight here "), std::string::npos) << name << ": " << line;
    }
  }

  // Every good event decided exactly once and every bad record dead-lettered exactly once in
  // the store (its primary keys; the counts show nothing missing), with the routes the policy
  // gives; nothing leaked, nothing withheld published, every publish-route event on the topic,
  // every bad record on the dead-letter topic.
  CheckEndState(dir, broker.address, g, 0, schema.url());

  // Decided once beyond the primary key: one audit entry per decision, so no instance decided
  // an event whose decision another instance had made. The hash chain, appended by three
  // processes, one killed mid-transaction, is intact. Every 索引号 was handed out once.
  EXPECT_EQ(schema.Count("SELECT COUNT(*) FROM audit WHERE action = 'decide'"), g.good);
  EXPECT_EQ(schema.Count("SELECT COUNT(DISTINCT subject) FROM audit WHERE action = 'decide'"),
            g.good);
  auto verify = RunDisclosure("audit verify --db '" + schema.url() + "'");
  EXPECT_EQ(verify.exit_code, 0) << verify.out << verify.err;
  EXPECT_EQ(schema.Count("SELECT COUNT(*) FROM (SELECT index_no FROM items WHERE index_no <> '' "
                         "GROUP BY index_no HAVING COUNT(*) > 1) AS twice"),
            0);

  // disclosure.published: one content per item and action (a publish, then perhaps a
  // retraction), nothing for an item after its retraction, and the retractions are exactly
  // those of the items the store holds as retracted.
  auto published = ConsumeTopic(broker.address, "disclosure.published", dir.path().string());
  CheckCopies(
      published, "disclosure.published",
      [](const KafkaRecord& r) {
        rapidjson::Document d;
        d.Parse(r.value.c_str(), r.value.size());
        return r.key + "/" + (d.IsObject() && d.HasMember("action") ? d["action"].GetString() : "");
      },
      held_by_victim);
  std::map<std::string, std::string> last_action;
  std::set<std::string> retracted_on_topic;
  for (const auto& r : published) {
    std::string action = r.value.find(R"("action":"retract")") != std::string::npos   ? "retract"
                         : r.value.find(R"("action":"publish")") != std::string::npos ? "publish"
                                                                                      : "other";
    EXPECT_FALSE(last_action[r.key] == "retract" && action == "publish")
        << "item " << r.key << " published after its retraction";
    last_action[r.key] = action;
    if (action == "retract") retracted_on_topic.insert(r.key);
  }
  std::set<std::string> retracted_in_store;
  for (const auto& id : schema.Query("SELECT item_id FROM items WHERE state = 'retracted'")) {
    retracted_in_store.insert(id);
  }
  EXPECT_EQ(retracted_on_topic, retracted_in_store);

  // disclosure.approvals: one notice per item sent to approval.
  auto notices = ConsumeTopic(broker.address, "disclosure.approvals", dir.path().string());
  CheckCopies(
      notices, "disclosure.approvals", [](const KafkaRecord& r) { return r.key; }, held_by_victim);
  std::set<std::string> noticed;
  for (const auto& r : notices) noticed.insert(r.key);
  EXPECT_EQ(static_cast<int64_t>(noticed.size()),
            schema.Count("SELECT COUNT(*) FROM decisions WHERE route = 'approval'"));

  // The dead-letter topic: one source record (partition/offset, in the headers) per bad record.
  auto source = [](const KafkaRecord& r) {
    return Header(r.headers, "__connect.errors.partition") + "/" +
           Header(r.headers, "__connect.errors.offset");
  };
  auto dead = ConsumeTopic(broker.address, "case-events.dlq", dir.path().string());
  CheckCopies(dead, "case-events.dlq", source, held_by_victim);
  std::set<std::string> dead_sources;
  for (const auto& r : dead) dead_sources.insert(source(r));
  EXPECT_EQ(static_cast<int64_t>(dead_sources.size()), g.bad);
  std::cout << "done at " << elapsed() << " s\n";
}

}  // namespace
}  // namespace disclosure::testing
