// Test and benchmark helpers for the approval queue: a settable clock, seeding pending items
// straight into a store (as the pipeline leaves them), and a small HTTP client.
#pragma once

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <atomic>
#include <sstream>
#include <string>
#include <vector>

#include "base/base.h"
#include "store/store.h"

namespace disclosure::approval::testing {

// A clock the test moves by hand. Thread-safe.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(int64_t unix_seconds) : now_(unix_seconds) {}
  Timestamp Now() const override { return Timestamp{now_.load(), kChinaOffsetMinutes}; }
  void Advance(int64_t seconds) { now_ += seconds; }

 private:
  std::atomic<int64_t> now_;
};

// 2026-11-29T10:00:00+08:00
constexpr int64_t kTestNow = 1795917600;

// A synthetic case event (all names and numbers invented) whose facts hold a name and a plate.
inline std::string SyntheticEvent(const std::string& event_id) {
  return R"({"schema": "case-event/1", "event_id": ")" + event_id +
         R"(", "event_type": "penalty.decided", "occurred_at": "2026-11-22T09:00:00+08:00", )"
         R"("source": {"system": "执法办案系统", "unit_code": "533122400000", "unit_name": "梁河县公安局交警大队"}, )"
         R"("case": {"case_id": "A5331224000002026119999", "domain": "traffic", "category": "饮酒后驾驶机动车", )"
         R"("tags": ["涉警"], "summary": "2026年11月20日22时许，辅警赵测试驾驶云N·8H999号小型轿车在长安路被查获。"}, )"
         R"("parties": [{"party_id": "P1", "kind": "person", "role": "offender", "name": "赵测试", "is_police": true}], )"
         R"("decision": {"document_no": "梁公交决字〔2026〕09999号", "decided_at": "2026-11-22", )"
         R"("result": "罚款一千元", "legal_basis": "《中华人民共和国道路交通安全法》第九十一条第一款"}})";
}

struct SeedOptions {
  std::string reason = "sensitive-keywords";  // "police-misconduct" makes it four-eyes
  std::string deadline_at = "2026-12-01T23:59:59+08:00";
  std::string unit_code = "533122400000";
};

// Stores one pending item as the pipeline would: item, decision, original, audit.
inline Status SeedPending(store::Store* store, const std::string& item_id,
                          const std::string& event_id, const SeedOptions& o = {}) {
  const std::string content =
      R"({"document_no":"梁公交决字〔2026〕09999号","facts":"2026年11月20日22时许，辅警赵某驾驶[车牌号]号小型轿车在长安路被查获。","legal_basis":"《中华人民共和国道路交通安全法》第九十一条第一款","result":"罚款一千元"})";
  const std::string item = R"({"schema":"published-item/1","action":"publish","item_id":")" +
                           item_id + R"(","index_no":"","event_id":")" + event_id +
                           R"(","case_ref":"cr_test","catalog":{"id":"penalty-traffic-person","name":"道路交通安全违法行为处罚决定（自然人）"},"content":)" +
                           content + R"(,"published_at":null,"deadline_at":")" + o.deadline_at +
                           R"(","expires_at":null,"rule_version":"test","approval":null,"redactions":[]})";
  const std::string decision =
      R"({"schema":"decision/1","event_id":")" + event_id +
      R"(","route":"approval","catalog_id":"penalty-traffic-person","reasons":[{"rule":"penalty-traffic-person","says":"主动公开"},{"rule":")" +
      o.reason + R"(","says":"须报法制大队审批"}],"item":)" + item + "}";
  store::ItemRow row;
  row.item_id = ItemId(item_id);
  row.event_id = EventId(event_id);
  row.case_ref = CaseRef("cr_test");
  row.state = store::ItemState::kPendingApproval;
  row.unit_code = o.unit_code;
  row.item_json = item;
  row.deadline_at = o.deadline_at;
  if (Status s = store->InsertItem(row); !s.ok()) return s;
  store::DecisionRow d{EventId(event_id), "approval", "penalty-traffic-person", "test", decision,
                       "2026-11-29T09:00:00+08:00"};
  if (Status s = store->InsertDecision(d); !s.ok()) return s;
  if (Status s = store->SaveOriginal(EventId(event_id), SyntheticEvent(event_id)); !s.ok()) return s;
  return store->AppendAudit("2026-11-29T09:00:00+08:00", "system", "decide", event_id,
                            "route=approval");
}

struct HttpResult {
  int status = 0;
  std::string body;
  std::string set_cookie;
  std::string csp, frame_options, nosniff, cache_control;
};

// One request on a fresh connection (or on `session` if given, for keep-alive loops).
inline HttpResult Http(Poco::Net::HTTPClientSession& session, const std::string& method,
                       const std::string& path, const std::string& body = "",
                       const std::string& cookie = "", const std::string& csrf = "") {
  Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  if (!cookie.empty()) request.set("Cookie", "dsid=" + cookie);
  if (!csrf.empty()) request.set("X-CSRF-Token", csrf);
  if (method != "GET") {
    request.setContentType("application/json");
    request.setContentLength(static_cast<std::streamsize>(body.size()));
  }
  std::ostream& out = session.sendRequest(request);
  if (method != "GET") out << body;
  Poco::Net::HTTPResponse response;
  std::istream& in = session.receiveResponse(response);
  HttpResult r;
  r.status = static_cast<int>(response.getStatus());
  Poco::StreamCopier::copyToString(in, r.body);
  r.set_cookie = response.get("Set-Cookie", "");
  r.csp = response.get("Content-Security-Policy", "");
  r.frame_options = response.get("X-Frame-Options", "");
  r.nosniff = response.get("X-Content-Type-Options", "");
  r.cache_control = response.get("Cache-Control", "");
  return r;
}

inline HttpResult Http(int port, const std::string& method, const std::string& path,
                       const std::string& body = "", const std::string& cookie = "",
                       const std::string& csrf = "") {
  Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
  return Http(session, method, path, body, cookie, csrf);
}

// The session token from a Set-Cookie header ("dsid=TOKEN; …").
inline std::string CookieToken(const std::string& set_cookie) {
  auto start = set_cookie.find("dsid=");
  if (start == std::string::npos) return "";
  start += 5;
  return set_cookie.substr(start, set_cookie.find(';', start) - start);
}

// The value of a top-level string member in a flat JSON text (tests only).
inline std::string JsonString(const std::string& json, const std::string& key) {
  auto pos = json.find("\"" + key + "\":\"");
  if (pos == std::string::npos) return "";
  pos += key.size() + 4;
  return json.substr(pos, json.find('"', pos) - pos);
}

}  // namespace disclosure::approval::testing
