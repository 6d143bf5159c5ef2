// The web console: Poco::Net's HTTPServer at the edge, our own router behind it.
//
// Why a seam: Poco's request/response objects are bound to sockets and throw; the router works
// on plain HttpRequest/HttpResponse values (internal.h), so the security rules (session, CSRF,
// role) are one function that tests and fuzzers can call. Each worker thread takes a store
// connection from a small pool (Store is not thread-safe).
#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPCookie.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/URI.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cctype>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <cstdio>
#include <istream>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "approval/approval.h"
#include "approval/internal.h"

namespace disclosure::approval {
namespace embedded {
std::vector<std::pair<std::string_view, std::string_view>> WebFiles();
}  // namespace embedded

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;
using internal::HttpRequest;
using internal::HttpResponse;

constexpr size_t kMaxBody = 64 * 1024;
constexpr const char* kCookieName = "dsid";
constexpr const char* kCsp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";

void Str(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

HttpResponse Json(int status, const std::string& body) {
  HttpResponse r;
  r.status = status;
  r.body = body;
  return r;
}

HttpResponse Error(int status, std::string_view code, std::string_view message) {
  rapidjson::StringBuffer b;
  JsonWriter w(b);
  w.StartObject();
  w.Key("error");
  Str(w, code);
  w.Key("message");
  Str(w, message);
  w.EndObject();
  return Json(status, b.GetString());
}

HttpResponse FromStatus(const Status& s) {
  switch (s.code()) {
    case Status::Code::kNotFound: return Error(404, "not_found", s.message());
    case Status::Code::kConflict: return Error(409, "conflict", s.message());
    case Status::Code::kInvalidArgument: return Error(400, "invalid", s.message());
    default:
      // Store messages name the operation only; still, the client gets a generic text.
      std::fprintf(stderr, "console: internal error: %s\n", s.message().c_str());
      return Error(500, "internal", "internal error");
  }
}

bool ValidId(std::string_view id) {
  if (id.empty() || id.size() > 100) return false;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-' || c == '.';
    if (!ok) return false;
  }
  return true;
}

std::vector<std::string> SplitPath(std::string_view path) {
  std::vector<std::string> parts;
  size_t i = 0;
  while (i < path.size()) {
    while (i < path.size() && path[i] == '/') ++i;
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    if (j > i) parts.emplace_back(path.substr(i, j - i));
    i = j;
  }
  return parts;
}

std::string ContentType(std::string_view name) {
  auto ends = [&](std::string_view suffix) {
    return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  return "application/octet-stream";
}

void WriteRow(JsonWriter& w, const store::QueueRow& row, Escalation escalation) {
  w.Key("item_id");
  Str(w, row.item_id.value());
  w.Key("event_id");
  Str(w, row.event_id.value());
  w.Key("state");
  Str(w, row.state);
  w.Key("claimed_by");
  Str(w, row.claimed_by);
  w.Key("lease_until");
  w.Int64(row.lease_until);
  w.Key("version");
  w.Int64(row.version);
  w.Key("needs_second");
  w.Bool(row.needs_second);
  w.Key("first_by");
  Str(w, row.first_by);
  w.Key("decided_by");
  Str(w, row.decided_by);
  w.Key("decided_at");
  Str(w, row.decided_at);
  w.Key("catalog_id");
  Str(w, row.catalog_id);
  w.Key("catalog_name");
  Str(w, row.catalog_name);
  w.Key("title");
  Str(w, row.title);
  w.Key("unit_code");
  Str(w, row.unit_code);
  w.Key("deadline_at");
  Str(w, row.deadline_at);
  w.Key("escalation");
  Str(w, ToString(escalation));
  w.Key("overdue");
  w.Bool(escalation == Escalation::kSupervisor);
  w.Key("reasons");
  rapidjson::Document reasons;
  reasons.Parse(row.reasons_json.c_str());
  if (reasons.HasParseError() || !reasons.IsArray()) {
    w.StartArray();
    w.EndArray();
  } else {
    reasons.Accept(w);
  }
}

std::string_view KindName(Segment::Kind k) {
  switch (k) {
    case Segment::Kind::kPlain: return "plain";
    case Segment::Kind::kRedacted: return "redacted";
    case Segment::Kind::kManualMask: return "masked";
    case Segment::Kind::kUnmasked: return "unmasked";
  }
  return "plain";
}

std::string ItemViewJson(const ItemView& v, Role role) {
  rapidjson::StringBuffer b;
  JsonWriter w(b);
  w.StartObject();
  WriteRow(w, v.row, v.escalation);
  if (role == Role::kApprover) {
    w.Key("comment");
    Str(w, v.row.comment);
  }
  w.Key("item");
  rapidjson::Document item;
  item.Parse(v.row.item_json.c_str());
  if (item.HasParseError()) {
    w.Null();
  } else {
    item.Accept(w);
  }
  w.Key("original_shown");
  w.Bool(v.original_shown);
  w.Key("fields");
  w.StartArray();
  for (const auto& f : v.fields) {
    w.StartObject();
    w.Key("name");
    Str(w, f.name);
    w.Key("editable");
    w.Bool(f.editable && role == Role::kApprover);
    w.Key("segments");
    w.StartArray();
    for (const auto& s : f.segments) {
      w.StartObject();
      w.Key("kind");
      Str(w, KindName(s.kind));
      w.Key("text");
      Str(w, s.text);
      if (v.original_shown) {
        w.Key("original");
        Str(w, s.original);
      }
      if (!s.cls.empty()) {
        w.Key("class");
        Str(w, s.cls);
      }
      if (s.span >= 0) {
        w.Key("span");
        w.Int(s.span);
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("audit");
  w.StartArray();
  for (const auto& a : v.audit) {
    w.StartObject();
    w.Key("seq");
    w.Int64(a.seq);
    w.Key("at");
    Str(w, a.at);
    w.Key("actor");
    Str(w, a.actor);
    w.Key("action");
    Str(w, a.action);
    w.Key("detail");
    Str(w, a.detail);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return b.GetString();
}

// A pool of store connections, one per concurrently served request.
class StorePool {
 public:
  explicit StorePool(std::string url) : url_(std::move(url)) {}
  Result<std::unique_ptr<store::Store>> Take() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!free_.empty()) {
        auto s = std::move(free_.back());
        free_.pop_back();
        return s;
      }
    }
    return store::Store::Open(url_);
  }
  void Give(std::unique_ptr<store::Store> s) {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(std::move(s));
  }

 private:
  std::string url_;
  std::mutex mu_;
  std::vector<std::unique_ptr<store::Store>> free_;
};

}  // namespace

// Everything the request handlers share. Thread-safe: immutable after Start except the pool.
struct Console::Impl {
  ConsoleOptions options;
  const Clock* clock = nullptr;
  StorePool pool;
  bool tls = false;
  int port = 0;
  std::string dummy_hash;  // verified against for unknown users, so timing tells nothing
  std::map<std::string, std::pair<std::string, std::string>> files;  // path → (type, body)
  std::unique_ptr<Poco::Net::HTTPServer> server;
  std::thread escalator;
  std::mutex mu;
  std::condition_variable cv;
  bool stopping = false;

  explicit Impl(std::string url) : pool(std::move(url)) {}
  HttpResponse Handle(const HttpRequest& request);

 private:
  struct Session {
    std::string user;
    Role role = Role::kSupervisor;
    std::string token_hash;
    std::string csrf;
  };
  HttpResponse Login(store::Store* store, const HttpRequest& request);
  HttpResponse Api(store::Store* store, const HttpRequest& request, const Session& session,
                   const std::vector<std::string>& parts);
  std::string Cookie(const std::string& value, int64_t max_age) const {
    std::string c = std::string(kCookieName) + "=" + value +
                    "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age);
    if (tls) c += "; Secure";
    return c;
  }
};

namespace {
std::string CsrfFor(const std::string& token) { return internal::Sha256Hex("csrf\x1f" + token); }

Result<rapidjson::Document> ParseBody(const std::string& body) {
  rapidjson::Document doc;
  doc.Parse(body.empty() ? "{}" : body.c_str());
  if (doc.HasParseError() || !doc.IsObject()) {
    return Status::InvalidArgument("the body is not a JSON object");
  }
  return doc;
}

std::string GetString(const rapidjson::Value& v, const char* key) {
  if (!v.HasMember(key) || !v[key].IsString()) return "";
  return std::string(v[key].GetString(), v[key].GetStringLength());
}
}  // namespace

HttpResponse Console::Impl::Handle(const HttpRequest& request) {
  // Static files: the page shell has no data in it.
  if (request.path.rfind("/api/", 0) != 0) {
    if (request.method != "GET" && request.method != "HEAD") {
      return Error(405, "method", "method not allowed");
    }
    std::string name = request.path == "/" ? "/index.html" : request.path;
    auto it = files.find(name);
    if (it == files.end()) return Error(404, "not_found", "no such page");
    HttpResponse r;
    r.content_type = it->second.first;
    r.body = it->second.second;
    r.cache = true;
    return r;
  }
  auto taken = pool.Take();
  if (!taken.ok()) return FromStatus(taken.status());
  std::unique_ptr<store::Store> store = std::move(taken).value();
  HttpResponse response;
  if (request.path == "/api/login") {
    response = request.method == "POST" ? Login(store.get(), request)
                                        : Error(405, "method", "method not allowed");
  } else {
    // 1. a session (401), 2. a CSRF token on every state change (403 csrf), 3. the role (403).
    std::optional<Session> session;
    if (!request.cookie_token.empty() && request.cookie_token.size() <= 128) {
      std::string hash = internal::Sha256Hex(request.cookie_token);
      auto found = store->FindSession(hash, clock->Now().unix_seconds);
      if (!found.ok()) {
        response = FromStatus(found.status());
      } else if (found.value()) {
        auto role = ParseRole(found.value()->role);
        if (role) session = Session{found.value()->user_name, *role, hash,
                                    CsrfFor(request.cookie_token)};
      }
    }
    if (response.status != 200) {
      // store error already set
    } else if (!session) {
      response = Error(401, "unauthenticated", "login required");
    } else if (request.method != "GET" && request.method != "HEAD" &&
               !internal::ConstantTimeEquals(request.csrf_header, session->csrf)) {
      response = Error(403, "csrf", "missing or wrong CSRF token");
    } else {
      response = Api(store.get(), request, *session, SplitPath(request.path));
    }
  }
  store->Rollback();  // a no-op unless something left a transaction open
  pool.Give(std::move(store));
  return response;
}

HttpResponse Console::Impl::Login(store::Store* store, const HttpRequest& request) {
  auto body = ParseBody(request.body);
  if (!body.ok()) return FromStatus(body.status());
  const std::string name = GetString(body.value(), "name");
  const std::string password = GetString(body.value(), "password");
  if (name.empty() || name.size() > 64 || password.empty() || password.size() > 1024) {
    return Error(400, "invalid", "name and password are required");
  }
  const int64_t now = clock->Now().unix_seconds;
  const std::string user_key = "user:" + name, ip_key = "ip:" + request.client;
  for (const std::string* key : {&user_key, &ip_key}) {
    auto locked = store->LoginLockedUntil(*key, now);
    if (!locked.ok()) return FromStatus(locked.status());
    if (locked.value() > 0) {
      return Error(429, "locked", "too many failed logins; try again later");
    }
  }
  auto user = store->FindUser(name);
  if (!user.ok()) return FromStatus(user.status());
  bool good = false;
  if (user.value() && !user.value()->disabled) {
    good = VerifyPassword(password, user.value()->password_hash);
  } else {
    (void)VerifyPassword(password, dummy_hash);
  }
  if (!good) {
    for (const std::string* key : {&user_key, &ip_key}) {
      Status s = store->RecordLoginFailure(*key, now, options.max_login_failures,
                                           options.login_window_seconds, options.lockout_seconds);
      if (!s.ok()) return FromStatus(s);
    }
    return Error(401, "login_failed", "wrong name or password");
  }
  auto role = ParseRole(user.value()->role);
  if (!role) return Error(500, "internal", "internal error");
  if (Status s = store->ClearLoginFailures(user_key); !s.ok()) return FromStatus(s);
  auto token = internal::RandomHex(32);
  if (!token.ok()) return FromStatus(token.status());
  Status s = store->InsertSession(internal::Sha256Hex(token.value()), name, now,
                                  now + options.session_seconds);
  if (!s.ok()) return FromStatus(s);
  rapidjson::StringBuffer b;
  JsonWriter w(b);
  w.StartObject();
  w.Key("user");
  Str(w, name);
  w.Key("role");
  Str(w, ToString(*role));
  w.Key("csrf");
  Str(w, CsrfFor(token.value()));
  w.EndObject();
  HttpResponse r = Json(200, b.GetString());
  r.set_cookie = Cookie(token.value(), options.session_seconds);
  return r;
}

HttpResponse Console::Impl::Api(store::Store* store, const HttpRequest& request,
                                const Session& session, const std::vector<std::string>& parts) {
  const std::string& method = request.method;
  const bool get = method == "GET";
  const bool post = method == "POST";
  auto allow = [&](std::initializer_list<Role> roles) {
    for (Role r : roles) {
      if (r == session.role) return true;
    }
    return false;
  };
  auto forbidden = [] { return Error(403, "forbidden", "your role may not do this"); };
  Queue queue(store, clock, options.queue);

  // /api/session, /api/logout
  if (parts.size() == 2 && parts[1] == "session") {
    if (!get) return Error(405, "method", "method not allowed");
    rapidjson::StringBuffer b;
    JsonWriter w(b);
    w.StartObject();
    w.Key("user");
    Str(w, session.user);
    w.Key("role");
    Str(w, ToString(session.role));
    w.Key("csrf");
    Str(w, session.csrf);
    w.Key("now");
    Str(w, clock->Now().ToString());
    w.EndObject();
    return Json(200, b.GetString());
  }
  if (parts.size() == 2 && parts[1] == "logout") {
    if (!post) return Error(405, "method", "method not allowed");
    if (Status s = store->DeleteSession(session.token_hash); !s.ok()) return FromStatus(s);
    HttpResponse r = Json(200, "{\"ok\":true}");
    r.set_cookie = Cookie("", 0);
    return r;
  }
  // /api/items, /api/items/{id}, /api/items/{id}/{action}
  if (parts.size() >= 2 && parts[1] == "items") {
    if (parts.size() == 2) {
      if (!get) return Error(405, "method", "method not allowed");
      if (!allow({Role::kApprover, Role::kSupervisor})) return forbidden();
      store::QueueFilter filter;
      auto q = [&](const char* key) {
        auto it = request.query.find(key);
        return it == request.query.end() ? std::string() : it->second;
      };
      filter.unit_code = q("unit");
      filter.catalog_id = q("catalog");
      filter.reason = q("reason");
      filter.open_only = q("state") != "all";
      if (!q("limit").empty()) {
        filter.limit = std::atoi(q("limit").c_str());
        if (filter.limit < 1 || filter.limit > 5000) {
          return Error(400, "invalid", "limit is 1 to 5000");
        }
      }
      auto rows = queue.List(filter);
      if (!rows.ok()) return FromStatus(rows.status());
      rapidjson::StringBuffer b;
      JsonWriter w(b);
      w.StartObject();
      w.Key("now");
      Str(w, clock->Now().ToString());
      w.Key("count");
      w.Int64(static_cast<int64_t>(rows.value().size()));
      w.Key("items");
      w.StartArray();
      for (const auto& row : rows.value()) {
        w.StartObject();
        WriteRow(w, row, queue.EscalationOf(row));
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
      return Json(200, b.GetString());
    }
    if (!ValidId(parts[2])) return Error(404, "not_found", "no such item");
    const ItemId id(parts[2]);
    if (parts.size() == 3) {
      if (!get) return Error(405, "method", "method not allowed");
      if (!allow({Role::kApprover, Role::kSupervisor})) return forbidden();
      auto view = queue.Show(id, session.role);
      if (!view.ok()) return FromStatus(view.status());
      return Json(200, ItemViewJson(view.value(), session.role));
    }
    if (parts.size() != 4) return Error(404, "not_found", "no such endpoint");
    const std::string& action = parts[3];
    if (action != "claim" && action != "release" && action != "approve" && action != "reject" &&
        action != "preview") {
      return Error(404, "not_found", "no such endpoint");
    }
    if (!post) return Error(405, "method", "method not allowed");
    if (!allow({Role::kApprover})) return forbidden();
    auto body = ParseBody(request.body);
    if (!body.ok()) return FromStatus(body.status());
    std::vector<MaskEdit> edits;
    if (body.value().HasMember("edits")) {
      rapidjson::StringBuffer eb;
      JsonWriter ew(eb);
      body.value()["edits"].Accept(ew);
      auto parsed = ParseEdits(eb.GetString());
      if (!parsed.ok()) return FromStatus(parsed.status());
      edits = std::move(parsed).value();
    }
    if (action == "claim") {
      auto claimed = queue.Claim(id, session.user);
      if (!claimed.ok()) return FromStatus(claimed.status());
      if (!claimed.value()) return Error(409, "conflict", "claimed by another approver");
      return Json(200, "{\"claimed\":true}");
    }
    if (action == "release") {
      if (Status s = queue.Release(id, session.user); !s.ok()) return FromStatus(s);
      return Json(200, "{\"released\":true}");
    }
    if (action == "preview") {
      auto view = queue.Show(id, session.role, edits);
      if (!view.ok()) return FromStatus(view.status());
      return Json(200, ItemViewJson(view.value(), session.role));
    }
    if (action == "approve") {
      auto outcome = queue.Approve(id, session.user, edits);
      if (!outcome.ok()) return FromStatus(outcome.status());
      return Json(200, outcome.value() == store::QueueOutcome::kFirstApproval
                           ? "{\"outcome\":\"first_approval\"}"
                           : "{\"outcome\":\"approved\"}");
    }
    Status s = queue.Reject(id, session.user, GetString(body.value(), "comment"));
    if (!s.ok()) return FromStatus(s);
    return Json(200, "{\"outcome\":\"rejected\"}");
  }
  // /api/users, /api/users/{name}/disable
  if (parts.size() >= 2 && parts[1] == "users") {
    if (!allow({Role::kAdmin})) return forbidden();
    if (parts.size() == 2) {
      if (!get) return Error(405, "method", "method not allowed");
      auto users = store->ListUsers();
      if (!users.ok()) return FromStatus(users.status());
      rapidjson::StringBuffer b;
      JsonWriter w(b);
      w.StartObject();
      w.Key("users");
      w.StartArray();
      for (const auto& u : users.value()) {
        w.StartObject();
        w.Key("name");
        Str(w, u.name);
        w.Key("role");
        Str(w, u.role);
        w.Key("disabled");
        w.Bool(u.disabled);
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
      return Json(200, b.GetString());
    }
    if (parts.size() == 4 && parts[3] == "disable" && ValidId(parts[2])) {
      if (!post) return Error(405, "method", "method not allowed");
      if (Status s = store->SetUserDisabled(parts[2], true); !s.ok()) return FromStatus(s);
      if (Status s = store->AppendAudit(clock->Now().ToString(), session.user, "user-disable",
                                        "user:" + parts[2], "");
          !s.ok()) {
        return FromStatus(s);
      }
      return Json(200, "{\"disabled\":true}");
    }
    return Error(404, "not_found", "no such endpoint");
  }
  // /api/audit/verify
  if (parts.size() == 3 && parts[1] == "audit" && parts[2] == "verify") {
    if (!get) return Error(405, "method", "method not allowed");
    if (!allow({Role::kSupervisor, Role::kAdmin})) return forbidden();
    auto broken = store->VerifyAudit();
    if (!broken.ok()) return FromStatus(broken.status());
    if (broken.value()) {
      return Json(200, "{\"intact\":false,\"first_broken\":" + std::to_string(*broken.value()) +
                           "}");
    }
    return Json(200, "{\"intact\":true,\"first_broken\":null}");
  }
  return Error(404, "not_found", "no such endpoint");
}

namespace {

// Poco's side: turns a socket request into HttpRequest, and HttpResponse back.
using HandleFn = std::function<HttpResponse(const HttpRequest&)>;

class Handler final : public Poco::Net::HTTPRequestHandler {
 public:
  Handler(const HandleFn* handle, bool tls) : handle_(handle), tls_(tls) {}
  void handleRequest(Poco::Net::HTTPServerRequest& in,
                     Poco::Net::HTTPServerResponse& out) override;

 private:
  const HandleFn* handle_;
  bool tls_;
};

// Owns the handle function; Poco owns the factory and deletes it with the server.
class Factory final : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  Factory(HandleFn handle, bool tls) : handle_(std::move(handle)), tls_(tls) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(
      const Poco::Net::HTTPServerRequest&) override {
    return new Handler(&handle_, tls_);
  }

 private:
  HandleFn handle_;
  bool tls_;
};

}  // namespace

// Declared here so Handler can reach Impl::Handle.
void Handler::handleRequest(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out) {
  HttpResponse r;
  try {
    // Headers and body go out as separate writes: without this, Nagle's algorithm and the
    // client's delayed ACK hold every keep-alive response back by milliseconds.
    if (auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&in)) {
      impl->socket().setNoDelay(true);
    }
    HttpRequest req;
    req.method = in.getMethod();
    const std::string& uri = in.getURI();
    size_t q = uri.find('?');
    auto path = internal::UrlDecode(uri.substr(0, q));
    if (!path || path->find("..") != std::string::npos) {
      r = Error(400, "invalid", "bad path");
    } else {
      req.path = *path;
      if (q != std::string::npos) req.query = internal::ParseQuery(uri.substr(q + 1));
      Poco::Net::NameValueCollection cookies;
      in.getCookies(cookies);
      req.cookie_token = cookies.get(kCookieName, "");
      req.csrf_header = in.get("X-CSRF-Token", "");
      req.client = in.clientAddress().host().toString();
      if (in.hasContentLength() && in.getContentLength64() > static_cast<int64_t>(kMaxBody)) {
        r = Error(413, "too_large", "request body too large");
      } else {
        std::istream& body = in.stream();
        char buffer[4096];
        while (body && req.body.size() <= kMaxBody) {
          body.read(buffer, sizeof buffer);
          req.body.append(buffer, static_cast<size_t>(body.gcount()));
        }
        r = req.body.size() > kMaxBody ? Error(413, "too_large", "request body too large")
                                       : (*handle_)(req);
      }
    }
  } catch (const Poco::Exception& e) {
    std::fprintf(stderr, "console: request failed: %s\n", e.className());
    r = Error(500, "internal", "internal error");
  } catch (const std::exception&) {
    std::fprintf(stderr, "console: request failed\n");
    r = Error(500, "internal", "internal error");
  }
  try {
    out.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(r.status));
    out.setContentType(r.content_type);
    out.set("Content-Security-Policy", kCsp);
    out.set("X-Frame-Options", "DENY");
    out.set("X-Content-Type-Options", "nosniff");
    out.set("Referrer-Policy", "no-referrer");
    out.set("Cross-Origin-Opener-Policy", "same-origin");
    out.set("Cache-Control", r.cache ? "no-cache" : "no-store");
    if (tls_) out.set("Strict-Transport-Security", "max-age=31536000");
    if (!r.set_cookie.empty()) out.set("Set-Cookie", r.set_cookie);
    out.setContentLength64(static_cast<int64_t>(r.body.size()));
    std::ostream& os = out.send();
    if (in.getMethod() != "HEAD") os.write(r.body.data(), static_cast<std::streamsize>(r.body.size()));
  } catch (const Poco::Exception& e) {
    std::fprintf(stderr, "console: response failed: %s\n", e.className());
  } catch (const std::exception&) {
    std::fprintf(stderr, "console: response failed\n");
  }
}

namespace internal {

std::optional<std::string> UrlDecode(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      auto hex = UnHex(std::string{static_cast<char>(std::tolower(text[i + 1])),
                                   static_cast<char>(std::tolower(text[i + 2]))});
      if (!hex) return std::nullopt;
      out += *hex;
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::map<std::string, std::string> ParseQuery(std::string_view query) {
  std::map<std::string, std::string> out;
  for (const auto& pair : [&] {
         std::vector<std::string_view> v;
         size_t start = 0;
         while (start <= query.size()) {
           size_t amp = query.find('&', start);
           if (amp == std::string_view::npos) amp = query.size();
           if (amp > start) v.push_back(query.substr(start, amp - start));
           start = amp + 1;
         }
         return v;
       }()) {
    size_t eq = pair.find('=');
    auto key = UrlDecode(pair.substr(0, eq));
    auto value = UrlDecode(eq == std::string_view::npos ? "" : pair.substr(eq + 1));
    if (key && value) out[*key] = *value;
  }
  return out;
}

}  // namespace internal

Console::Console(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Console::~Console() { Stop(); }

Result<std::unique_ptr<Console>> Console::Start(const std::string& store_url,
                                                const ConsoleOptions& options) {
  auto impl = std::make_unique<Impl>(store_url);
  impl->options = options;
  impl->clock = options.clock != nullptr ? options.clock : &SystemClock();
  {
    auto store = store::Store::Open(store_url);
    if (!store.ok()) return store.status();
    if (Status s = store.value()->SetFourEyesReasons(options.queue.four_eyes_reasons); !s.ok()) {
      return s;
    }
    impl->pool.Give(std::move(store).value());
  }
  auto dummy = HashPassword("not a password of anyone");
  if (!dummy.ok()) return dummy.status();
  impl->dummy_hash = dummy.value();
  for (const auto& [name, body] : embedded::WebFiles()) {
    impl->files["/" + std::string(name)] = {ContentType(name), std::string(body)};
  }
  impl->tls = !options.cert_file.empty();
  if (impl->tls != !options.key_file.empty()) {
    return Status::InvalidArgument("console: a certificate needs its key file and back");
  }
  Impl* self = impl.get();
  HandleFn handle = [self](const HttpRequest& r) { return self->Handle(r); };
  try {
    Poco::Net::SocketAddress address(options.host, static_cast<Poco::UInt16>(options.port));
    auto params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(options.threads);
    params->setMaxQueued(256);
    params->setKeepAlive(true);
    if (impl->tls) {
      static std::once_flag ssl_once;
      std::call_once(ssl_once, [] { Poco::Net::initializeSSL(); });
      Poco::Net::Context::Ptr context = new Poco::Net::Context(
          Poco::Net::Context::TLS_SERVER_USE, options.key_file, options.cert_file, "",
          Poco::Net::Context::VERIFY_NONE, 9, false, "HIGH:!aNULL:!MD5:!RC4");
      context->disableProtocols(Poco::Net::Context::PROTO_SSLV2 | Poco::Net::Context::PROTO_SSLV3 |
                                Poco::Net::Context::PROTO_TLSV1 |
                                Poco::Net::Context::PROTO_TLSV1_1);
      Poco::Net::SecureServerSocket socket(address, 64, context);
      impl->port = socket.address().port();
      impl->server = std::make_unique<Poco::Net::HTTPServer>(new Factory(handle, true),
                                                             socket, params);
    } else {
      Poco::Net::ServerSocket socket(address, 64);
      impl->port = socket.address().port();
      impl->server = std::make_unique<Poco::Net::HTTPServer>(new Factory(handle, false),
                                                             socket, params);
    }
    impl->server->start();
  } catch (const Poco::Exception& e) {
    return Status::IoError("console: cannot listen on " + options.host + ":" +
                           std::to_string(options.port) + ": " + e.displayText());
  }
  if (options.escalation_interval_seconds > 0) {
    Impl* raw = impl.get();
    impl->escalator = std::thread([raw] {
      std::unique_lock<std::mutex> lock(raw->mu);
      while (!raw->stopping) {
        lock.unlock();
        auto store = raw->pool.Take();
        if (store.ok()) {
          Queue queue(store.value().get(), raw->clock, raw->options.queue);
          auto added = queue.Escalate();
          if (!added.ok()) {
            std::fprintf(stderr, "console: escalation: %s\n", added.status().message().c_str());
          }
          raw->pool.Give(std::move(store).value());
        }
        lock.lock();
        raw->cv.wait_for(lock, std::chrono::seconds(raw->options.escalation_interval_seconds),
                         [raw] { return raw->stopping; });
      }
    });
  }
  return std::unique_ptr<Console>(new Console(std::move(impl)));
}

void Console::Stop() {
  if (!impl_) return;
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    if (impl_->stopping) return;
    impl_->stopping = true;
  }
  impl_->cv.notify_all();
  if (impl_->escalator.joinable()) impl_->escalator.join();
  if (impl_->server) impl_->server->stopAll(true);
}

int Console::port() const { return impl_->port; }

std::string Console::url() const {
  return std::string(impl_->tls ? "https://" : "http://") + impl_->options.host + ":" +
         std::to_string(impl_->port);
}

}  // namespace disclosure::approval
