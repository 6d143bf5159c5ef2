#include "config/config.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>
#include <vector>

namespace disclosure::config {
namespace {

using rapidjson::Value;

// Line and column (1-based, columns in bytes) of a byte offset.
std::string Position(std::string_view text, size_t offset) {
  size_t line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return std::to_string(line) + ":" + std::to_string(column);
}

// RapidJSON keeps no positions for values, so semantic errors find the field's key in the text
// to report a line: the first occurrence of "key" after the parent's own position.
class Locator {
 public:
  explicit Locator(std::string_view text) : text_(text) {}
  std::string Of(const std::string& path) const {
    // path like "kafka.bootstrap.servers" or "topics.input": search the last key.
    size_t pos = 0;
    size_t start = 0;
    std::vector<std::string> keys;
    std::string key;
    for (char c : path) {
      if (c == '.') {
        keys.push_back(key);
        key.clear();
      } else {
        key += c;
      }
    }
    keys.push_back(key);
    for (const auto& k : keys) {
      size_t found = text_.find("\"" + k + "\"", start);
      if (found == std::string_view::npos) break;
      pos = found;
      start = found + 1;
    }
    return Position(text_, pos);
  }

 private:
  std::string_view text_;
};

class Reader {
 public:
  Reader(std::string_view text, std::string_view source) : locator_(text), source_(source) {}

  Status Error(const std::string& path, const std::string& what) const {
    return Status::InvalidArgument(std::string(source_) + ":" + locator_.Of(path) + ": field '" +
                                   path + "': " + what);
  }

  // Visits each member of `object`; unknown names are errors that list the known ones.
  Status Members(
      const Value& object, const std::string& path,
      const std::map<std::string, std::function<Status(const Value&, const std::string&)>>&
          handlers) const {
    if (!object.IsObject()) return Error(path.empty() ? "(top level)" : path, "expected an object");
    for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
      std::string name(it->name.GetString(), it->name.GetStringLength());
      std::string child = path.empty() ? name : path + "." + name;
      auto handler = handlers.find(name);
      if (handler == handlers.end()) {
        std::string known;
        for (const auto& [k, _] : handlers) known += (known.empty() ? "" : ", ") + k;
        return Error(child, "unknown field (known: " + known + ")");
      }
      if (Status s = handler->second(it->value, child); !s.ok()) return s;
    }
    return Status::Ok();
  }

  auto String(std::string* out) const {
    return [this, out](const Value& v, const std::string& path) {
      if (!v.IsString()) return Error(path, "expected a string");
      *out = std::string(v.GetString(), v.GetStringLength());
      return Status::Ok();
    };
  }
  template <typename Int>
  auto Integer(Int* out, int64_t min, int64_t max) const {
    return [this, out, min, max](const Value& v, const std::string& path) {
      if (!v.IsInt64() || v.GetInt64() < min || v.GetInt64() > max) {
        return Error(
            path, "expected an integer from " + std::to_string(min) + " to " + std::to_string(max));
      }
      *out = static_cast<Int>(v.GetInt64());
      return Status::Ok();
    };
  }
  auto Secret(SecretRef* out) const {
    return [this, out](const Value& v, const std::string& path) {
      Status s = Members(v, path, {{"file", String(&out->file)}, {"env", String(&out->env)}});
      if (s.ok() && out->file.empty() == out->env.empty()) {
        return Error(path, "give exactly one of \"file\" or \"env\"");
      }
      return s;
    };
  }

 private:
  Locator locator_;
  std::string_view source_;
};

}  // namespace

Result<std::string> ReadSecret(const SecretRef& ref) {
  if (!ref.env.empty()) {
    const char* value = std::getenv(ref.env.c_str());
    if (value == nullptr || *value == '\0') {
      return Status::NotFound("environment variable " + ref.env + " is not set or empty");
    }
    return std::string(value);
  }
  std::ifstream in(ref.file, std::ios::binary);
  if (!in) return Status::IoError("cannot read secret file " + ref.file);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string secret = buffer.str();
  while (!secret.empty() && (secret.back() == '\n' || secret.back() == '\r')) secret.pop_back();
  if (secret.empty()) return Status::InvalidArgument("secret file " + ref.file + " is empty");
  return secret;
}

Result<Config> Config::FromText(std::string_view text, std::string_view source_name) {
  rapidjson::Document doc;
  std::string owned(text);
  doc.Parse<rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag |
            rapidjson::kParseValidateEncodingFlag>(owned.c_str(), owned.size());
  if (doc.HasParseError()) {
    return Status::InvalidArgument(std::string(source_name) + ":" +
                                   Position(text, doc.GetErrorOffset()) + ": " +
                                   rapidjson::GetParseError_En(doc.GetParseError()));
  }
  Config config;
  Reader r(text, source_name);
  auto kafka = [&](const Value& v, const std::string& path) -> Status {
    if (!v.IsObject()) return r.Error(path, "expected an object of librdkafka properties");
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      std::string name = it->name.GetString();
      if (it->value.IsObject()) {
        // A secret (sasl.password, ssl.key.password): {"file": …} or {"env": …}, never inline.
        SecretRef ref;
        if (Status st = r.Secret(&ref)(it->value, path + "." + name); !st.ok()) return st;
        auto secret = ReadSecret(ref);
        if (!secret.ok()) return r.Error(path + "." + name, secret.status().message());
        config.kafka[name] = secret.value();
        continue;
      }
      if (!it->value.IsString()) {
        return r.Error(path + "." + name,
                       "librdkafka properties are strings, e.g. \"5000\", or a secret "
                       "{\"file\": …} / {\"env\": …}");
      }
      config.kafka[name] = it->value.GetString();
    }
    return Status::Ok();
  };
  Status s = r.Members(
      doc, "",
      {{"store", r.String(&config.store_url)},
       {"rules_file", r.String(&config.rules_file)},
       {"calendar_dir", r.String(&config.calendar_dir)},
       {"hmac_key", r.Secret(&config.hmac_key)},
       {"kafka", kafka},
       {"topics",
        [&](const Value& v, const std::string& path) {
          return r.Members(v, path,
                           {{"input", r.String(&config.topics.input)},
                            {"published", r.String(&config.topics.published)},
                            {"approvals", r.String(&config.topics.approvals)},
                            {"dead_letter", r.String(&config.topics.dead_letter)}});
        }},
       {"batch",
        [&](const Value& v, const std::string& path) {
          return r.Members(v, path,
                           {{"size", r.Integer(&config.batch_size, 1, 100000)},
                            {"linger_ms", r.Integer(&config.batch_linger_ms, 0, 60000)},
                            {"threads", r.Integer(&config.batch_threads, 0, 64)}});
        }},
       {"embedded_broker",
        [&](const Value& v, const std::string& path) {
          return r.Members(v, path,
                           {{"partitions", r.Integer(&config.embedded_partitions, 1, 256)}});
        }},
       {"limits",
        [&](const Value& v, const std::string& path) {
          return r.Members(
              v, path,
              {{"max_record_bytes", r.Integer(&config.limits.max_record_bytes, 1024, 64 << 20)},
               {"max_depth", r.Integer(&config.limits.max_depth, 4, 1000)},
               {"max_string_bytes", r.Integer(&config.limits.max_string_bytes, 64, 64 << 20)}});
        }},
       {"errors.tolerance",
        [&](const Value& v, const std::string& path) -> Status {
          std::string t;
          if (Status st = r.String(&t)(v, path); !st.ok()) return st;
          if (t != "all" && t != "none") return r.Error(path, "expected \"all\" or \"none\"");
          config.errors_tolerance = t == "all" ? Config::Tolerance::kAll : Config::Tolerance::kNone;
          return Status::Ok();
        }},
       {"errors.deadletterqueue.topic.name", r.String(&config.topics.dead_letter)},
       {"errors.retry.timeout", r.Integer(&config.errors_retry_timeout_ms, 0, 86400000)},
       {"revocation_hold_seconds", r.Integer(&config.revocation_hold_seconds, 1, 30 * 86400)},
       {"outbox_max_pending", r.Integer(&config.outbox_max_pending, 10, 100000000)},
       {"outbox_lease_seconds", r.Integer(&config.outbox_lease_seconds, 30, 3600)},
       {"scheduler_interval_ms", r.Integer(&config.scheduler_interval_ms, 10, 3600000)},
       {"metrics",
        [&](const Value& v, const std::string& path) {
          return r.Members(v, path, {{"listen", r.String(&config.metrics_listen)}});
        }},
       {"console", [&](const Value& v, const std::string& path) {
          return r.Members(v, path, {{"listen", r.String(&config.console_listen)}});
        }}});
  if (!s.ok()) return s;
  if (config.store_url.empty()) return r.Error("store", "must not be empty");
  return config;
}

Result<Config> Config::FromFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read config file " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return FromText(buffer.str(), path);
}

}  // namespace disclosure::config
