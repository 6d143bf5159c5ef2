#include <openssl/evp.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <atomic>
#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <thread>

#include "connector/connector.h"
#include "redaction/redaction.h"

namespace disclosure::connector {
namespace {

// Writes JSON into a string, byte for byte as rapidjson::Writer<StringBuffer> does (same escapes:
// \" \\ \b \f \n \r \t, other control characters as \u00XX, everything else as is), but
// copies plain runs and raw values whole: RapidJSON's writer moves every byte one at a time,
// and the pipeline writes each item three times (content, item, decision).
class JsonWriter {
 public:
  explicit JsonWriter(size_t reserve = 4096) { out_.reserve(reserve); }
  void StartObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void StartArray() { Open('['); }
  void EndArray() { Close(']'); }
  // A key is one of the pipeline's own field names (plain ASCII, nothing to escape): written
  // as is.
  void Key(std::string_view key) {
    assert(std::none_of(key.begin(), key.end(),
                        [](char c) { return NeedsEscape(static_cast<unsigned char>(c)); }));
    Separate();
    Quoted(key, ":");
    first_ = true;
  }
  void String(std::string_view s) {
    Separate();
    // Most strings need no escape: found with one scan and copied with one append.
    size_t i = 0;
    while (i + 8 <= s.size() && !NeedsEscape8(s.data() + i)) i += 8;
    while (i < s.size() && !NeedsEscape(static_cast<unsigned char>(s[i]))) ++i;
    if (i == s.size()) {
      Quoted(s, "");
      return;
    }
    out_ += '"';
    size_t run = 0;
    for (; i < s.size(); ++i) {
      // Eight bytes at a time while none of them needs an escape (portable: no intrinsics).
      while (i + 8 <= s.size() && !NeedsEscape8(s.data() + i)) i += 8;
      if (i == s.size()) break;
      const auto c = static_cast<unsigned char>(s[i]);
      if (!NeedsEscape(c)) continue;
      out_.append(s.data() + run, i - run);
      run = i + 1;
      out_ += '\\';
      switch (c) {
        case '"':
          out_ += '"';
          break;
        case '\\':
          out_ += '\\';
          break;
        case '\b':
          out_ += 'b';
          break;
        case '\f':
          out_ += 'f';
          break;
        case '\n':
          out_ += 'n';
          break;
        case '\r':
          out_ += 'r';
          break;
        case '\t':
          out_ += 't';
          break;
        default: {
          static constexpr char kHex[] = "0123456789ABCDEF";
          const char escape[5] = {'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          out_.append(escape, sizeof escape);
        }
      }
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
  }
  void Null() { Scalar("null"); }
  void Bool(bool b) { Scalar(b ? "true" : "false"); }
  void Int(int v) { Int64(v); }
  void Int64(int64_t v) { Scalar(std::to_string(v)); }
  // A value already written as JSON (an object or array from another writer).
  void RawValue(std::string_view json) { Scalar(json); }

  std::string Take() { return std::move(out_); }

 private:
  void Separate() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  void Open(char c) {
    Separate();
    out_ += c;
    first_ = true;
  }
  void Close(char c) {
    out_ += c;
    first_ = false;
  }
  void Scalar(std::string_view text) {
    Separate();
    out_.append(text);
  }

  // "s" and then `tail`, for an s that needs no escape: a short one (most keys and values)
  // assembled here and appended at once (each += of a char is a call).
  void Quoted(std::string_view s, std::string_view tail) {
    char buffer[64];
    if (s.size() + tail.size() + 2 > sizeof buffer) {
      out_ += '"';
      out_.append(s);
      out_ += '"';
      out_.append(tail);
      return;
    }
    buffer[0] = '"';
    std::memcpy(buffer + 1, s.data(), s.size());
    buffer[s.size() + 1] = '"';
    std::memcpy(buffer + s.size() + 2, tail.data(), tail.size());
    out_.append(buffer, s.size() + tail.size() + 2);
  }

  static bool NeedsEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }
  // Whether any of the 8 bytes at `p` is below 0x20, '"' or '\\' (SWAR: the classic
  // "has a byte less than n" and "has a zero byte" tests; exact for "any", whatever the order).
  static bool NeedsEscape8(const char* p) {
    uint64_t x;
    std::memcpy(&x, p, sizeof x);
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    const uint64_t quote = x ^ (kOnes * '"');
    const uint64_t backslash = x ^ (kOnes * '\\');
    return (((x - kOnes * 0x20) & ~x) | ((quote - kOnes) & ~quote) |
            ((backslash - kOnes) & ~backslash)) &
           kHigh;
  }

  std::string out_;
  bool first_ = true;  // nothing written yet at this level: no comma before the next value
};

void Str(JsonWriter& w, std::string_view s) { w.String(s); }
void Key(JsonWriter& w, std::string_view s) { w.Key(s); }
void OptTime(JsonWriter& w, std::string_view key, const std::optional<Timestamp>& t) {
  Key(w, key);
  if (t) {
    Str(w, t->ToString());
  } else {
    w.Null();
  }
}

// HMAC-SHA256 (RFC 2104) with the key's inner and outer pad blocks hashed once per key and
// thread: each id then costs two copies of a hash state and two short hashes. (The one-shot
// HMAC() looked SHA-256 up and set the whole MAC up again for each of an event's two ids.)
class KeyedSha256 {
 public:
  KeyedSha256() : inner_(EVP_MD_CTX_new()), outer_(EVP_MD_CTX_new()), work_(EVP_MD_CTX_new()) {}
  ~KeyedSha256() {
    EVP_MD_CTX_free(inner_);
    EVP_MD_CTX_free(outer_);
    EVP_MD_CTX_free(work_);
    EVP_MD_free(md_);
  }
  KeyedSha256(const KeyedSha256&) = delete;
  KeyedSha256& operator=(const KeyedSha256&) = delete;

  // The digest of `message` under `key`; false only if OpenSSL fails.
  bool Digest(std::string_view key, std::string_view message, unsigned char out[32]) {
    if (md_ == nullptr || key != key_) {
      if (!Setup(key)) return false;
    }
    unsigned char inner_digest[32];
    unsigned int size = 0;
    return EVP_MD_CTX_copy_ex(work_, inner_) == 1 &&
           EVP_DigestUpdate(work_, message.data(), message.size()) == 1 &&
           EVP_DigestFinal_ex(work_, inner_digest, &size) == 1 &&
           EVP_MD_CTX_copy_ex(work_, outer_) == 1 &&
           EVP_DigestUpdate(work_, inner_digest, sizeof inner_digest) == 1 &&
           EVP_DigestFinal_ex(work_, out, &size) == 1;
  }

 private:
  static constexpr size_t kBlock = 64;  // SHA-256's block size

  bool Setup(std::string_view key) {
    if (md_ == nullptr) md_ = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (md_ == nullptr) return false;
    unsigned char block[kBlock] = {};
    if (key.size() > kBlock) {
      unsigned int size = 0;
      if (EVP_Digest(key.data(), key.size(), block, &size, md_, nullptr) != 1) return false;
    } else {
      std::memcpy(block, key.data(), key.size());
    }
    unsigned char ipad[kBlock], opad[kBlock];
    for (size_t i = 0; i < kBlock; ++i) {
      ipad[i] = block[i] ^ 0x36;
      opad[i] = block[i] ^ 0x5c;
    }
    if (EVP_DigestInit_ex(inner_, md_, nullptr) != 1 ||
        EVP_DigestUpdate(inner_, ipad, kBlock) != 1 ||
        EVP_DigestInit_ex(outer_, md_, nullptr) != 1 ||
        EVP_DigestUpdate(outer_, opad, kBlock) != 1) {
      return false;
    }
    key_.assign(key);
    return true;
  }

  EVP_MD* md_ = nullptr;
  EVP_MD_CTX* inner_;
  EVP_MD_CTX* outer_;
  EVP_MD_CTX* work_;
  std::string key_;
};

std::string HmacHex(std::string_view key, std::string_view message, size_t hex_digits) {
  thread_local KeyedSha256 mac;
  unsigned char digest[32];
  if (!mac.Digest(key, message, digest)) {
    // Never a silent, guessable id: without a working HMAC the process cannot go on safely.
    std::fprintf(stderr, "disclosure: fatal: HMAC-SHA256 failed in OpenSSL\n");
    std::abort();
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(std::min<size_t>(hex_digits, 64), '\0');
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char byte = digest[i / 2];
    out[i] = kHex[i % 2 == 0 ? byte >> 4 : byte & 15];
  }
  return out;
}

// Why a revocation was published (公开说明理由).
std::string RetractionReason(events::EventType type) {
  switch (type) {
    case events::EventType::kPenaltyChanged:
      return "行政处罚决定已变更，原公开信息撤回";
    case events::EventType::kLicenseRevoked:
      return "行政许可已被撤销";
    default:
      return "行政处罚决定已被撤销";
  }
}

// What a catalog item publishes of an event, redacted.
struct BuiltItem {
  std::string content_json;  // the "content" object
  std::string redactions_json;
  std::string title;  // content.title as written (empty if the item shows none)
  bool doubt = false;
  bool residual = false;  // the last-line check found a known value in the output
};

BuiltItem BuildContent(const events::CaseEvent& event, const rules::CatalogItem& item,
                       const rules::RuleSet& rule_set) {
  auto wants = [&](std::string_view field) {
    for (const auto& f : item.publish_fields) {
      if (f == field) return true;
    }
    return false;
  };
  // Every free-text field goes through the redactor, in the order the item shows them.
  std::vector<redaction::Field> fields;
  auto add = [&](std::string_view name, std::string_view text) {
    if (wants(name)) fields.push_back({"content." + std::string(name), text});
  };
  if (event.title) add("title", event.title->reveal());
  const auto& d = event.decision;
  if (d && d->document_no) add("document_no", *d->document_no);
  if (event.summary) add("facts", event.summary->reveal());
  if (d && d->text) add("text", d->text->reveal());
  if (d && d->legal_basis) add("legal_basis", *d->legal_basis);
  if (d && d->result) add("result", *d->result);
  redaction::Profile profile;  // the catalog item's profile (rules check refuses unknown names)
  if (const rules::RedactionProfile* named = rule_set.FindProfile(item.profile)) {
    profile.keep_legal_representative = named->keep_legal_representative;
  }
  // The parties are prepared once for the redaction and the last-line check below.
  const redaction::Parties parties(event.parties, event.officers);
  auto redacted = redaction::Redact(parties, fields, profile);

  // Sized for the texts and the rest (keys, parties, category, unit): one allocation.
  size_t texts = 0;
  for (const auto& field : redacted.fields) texts += field.second.size();
  JsonWriter w(texts + 512);
  w.StartObject();
  // The redacted text of field content.<name> (a handful of fields: a walk, no map).
  auto text_of = [&](std::string_view name) -> const std::string* {
    for (const auto& [field, text] : redacted.fields) {
      if (field.size() == name.size() + 8 && field.starts_with("content.") &&
          field.ends_with(name)) {
        return &text;
      }
    }
    return nullptr;
  };
  auto emit = [&](std::string_view name) -> const std::string* {
    const std::string* text = text_of(name);
    if (text == nullptr) return nullptr;
    Key(w, name);
    Str(w, *text);
    return text;
  };
  const std::string* title = emit("title");
  emit("document_no");
  if (wants("parties")) {
    Key(w, "parties");
    w.StartArray();
    for (const auto& p : event.parties) {
      bool listed = false;
      for (auto role : item.publish_roles) listed = listed || role == p.role;
      if (!listed) continue;
      w.StartObject();
      Key(w, "role");
      Str(w, events::ToString(p.role));
      Key(w, "name");
      auto name = redacted.party_names.find(p.party_id);
      Str(w, name != redacted.party_names.end() ? name->second : "[未公开]");
      w.EndObject();
    }
    w.EndArray();
  }
  if (wants("category")) {
    Key(w, "category");
    Str(w, event.category);
  }
  emit("facts");
  emit("text");
  emit("legal_basis");
  emit("result");
  if (wants("decided_at") && d && d->decided_at) {
    Key(w, "decided_at");
    Str(w, d->decided_at->ToString());
  }
  if (wants("unit_name")) {
    Key(w, "unit_name");
    Str(w, event.source.unit_name);
  }
  w.EndObject();

  BuiltItem built;
  built.content_json = w.Take();
  if (title != nullptr) built.title = *title;
  built.doubt = redacted.doubt;
  JsonWriter rw(64 * redacted.counts.size() + 2);
  rw.StartArray();
  for (const auto& [key, count] : redacted.counts) {
    rw.StartObject();
    Key(rw, "field");
    Str(rw, key.first);
    Key(rw, "class");
    Str(rw, redaction::ToString(key.second));
    Key(rw, "count");
    rw.Int(count);
    rw.EndObject();
  }
  rw.EndArray();
  built.redactions_json = rw.Take();

  // Last line of defence: no personal value may remain in what goes out.
  built.residual = !redaction::CheckOutgoing(built.content_json, parties).clean();
  return built;
}

// A retraction or an expiry: published under the item's own item_id (outputs.md).
std::string StatusRecord(std::string_view action, const ItemId& item_id, std::string_view reason,
                         const Timestamp& at) {
  JsonWriter w(256);
  w.StartObject();
  Key(w, "schema");
  Str(w, "published-item/1");
  Key(w, "action");
  Str(w, action);
  Key(w, "item_id");
  Str(w, item_id.value());
  Key(w, "reason");
  Str(w, reason);
  Key(w, "at");
  Str(w, at.ToString());
  w.EndObject();
  return w.Take();
}

std::string DeadLetterJson(const Record& record, const events::Rejection& rejection) {
  JsonWriter w;
  w.StartObject();
  Key(w, "schema");
  Str(w, "dead-letter/1");
  Key(w, "reason");
  Str(w, events::ToString(rejection.reason));
  Key(w, "detail");
  Str(w, rejection.detail);
  Key(w, "source");
  w.StartObject();
  if (!record.source.topic.empty()) {
    Key(w, "topic");
    Str(w, record.source.topic);
    Key(w, "partition");
    w.Int(record.source.partition);
    Key(w, "offset");
    w.Int64(record.source.offset);
  } else {
    Key(w, "file");
    Str(w, record.source.file);
    Key(w, "line");
    w.Int64(record.source.line);
  }
  w.EndObject();
  Key(w, "payload_base64");
  Str(w, Base64(record.bytes));
  w.EndObject();
  return w.Take();
}

std::string EncodeSource(const Record& record) {
  const RecordSource& src = record.source;
  return src.topic + "\n" + std::to_string(src.partition) + "\n" + std::to_string(src.offset) +
         "\n" + src.file + "\n" + std::to_string(src.line) + "\n" + Base64(record.key);
}

void DecodeSource(const std::string& encoded, RecordSource* source, std::string* key) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i <= encoded.size(); ++i) {
    if (i == encoded.size() || encoded[i] == '\n') {
      parts.push_back(encoded.substr(start, i - start));
      start = i + 1;
    }
  }
  parts.resize(6);
  source->topic = parts[0];
  source->partition = parts[1].empty() ? -1 : std::stoi(parts[1]);
  source->offset = parts[2].empty() ? -1 : std::stoll(parts[2]);
  source->file = parts[3];
  source->line = parts[4].empty() ? 0 : std::stoll(parts[4]);
  *key = UnBase64(parts[5]);
}

}  // namespace

std::string SourceKey(const RecordSource& source) {
  if (!source.topic.empty()) {
    return source.topic + "/" + std::to_string(source.partition) + "/" +
           std::to_string(source.offset);
  }
  return source.file + ":" + std::to_string(source.line);
}

std::string EncodeHeaders(const std::vector<std::pair<std::string, std::string>>& headers) {
  std::string out;
  for (const auto& [name, value] : headers) out += name + ":" + Base64(value) + "\n";
  return out;
}

std::vector<std::pair<std::string, std::string>> DecodeHeaders(const std::string& encoded) {
  std::vector<std::pair<std::string, std::string>> headers;
  size_t start = 0;
  while (start < encoded.size()) {
    size_t end = encoded.find('\n', start);
    if (end == std::string::npos) end = encoded.size();
    std::string line = encoded.substr(start, end - start);
    size_t colon = line.find(':');
    if (colon != std::string::npos) {
      headers.emplace_back(line.substr(0, colon), UnBase64(line.substr(colon + 1)));
    }
    start = end + 1;
  }
  return headers;
}

std::string UnBase64(std::string_view text) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : text) {
    int v = value(c);
    if (v < 0) continue;  // '=' padding and anything else
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xff);
    }
  }
  return out;
}

ItemId MakeItemId(std::string_view key, const EventId& event_id) {
  return ItemId("pi_" + HmacHex(key, "item:" + event_id.value(), 24));
}

CaseRef MakeCaseRef(std::string_view key, const PersonalText& case_id) {
  return CaseRef("cr_" + HmacHex(key, "case:" + case_id.reveal(), 24));
}

std::string Base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    uint32_t v = (uint8_t(bytes[i]) << 16) | (uint8_t(bytes[i + 1]) << 8) | uint8_t(bytes[i + 2]);
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (i < bytes.size()) {
    uint32_t v = uint8_t(bytes[i]) << 16;
    if (i + 1 < bytes.size()) v |= uint8_t(bytes[i + 1]) << 8;
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// The pure stages' results for one record (parse, rules, redaction): computed for a whole batch
// in parallel, then taken by the store stage in order. A record that turns out to be already
// decided or held simply does not use them.
struct Prepared {
  events::ParseOutcome parsed;
  std::optional<rules::Decision> decision;  // when parsed
  std::optional<BuiltItem> built;           // when the decision names a catalog item to build
};

struct Pipeline::Impl {
  std::shared_ptr<const rules::RuleSet> rules;
  std::shared_ptr<const events::Parser> parser;
  store::Store* store = nullptr;
  const Clock* clock = nullptr;
  PipelineOptions options;

  // Parse, decide and build the published content of one record: no store, no shared state.
  Prepared Prepare(const Record& record) const;
  // Prepares every record of `records`, on options.prepare_threads threads.
  std::vector<Prepared> PrepareAll(std::span<const Record> records) const;
  // Decides one record; outcomes of held revocations it releases are appended to `released`.
  Result<Outcome> ProcessOne(const Record& record, Prepared prepared, const Timestamp& now,
                             std::vector<Outcome>* released);
  Result<Outcome> DeadLetter(const Record& record, const events::Rejection& rejection,
                             const Timestamp& now);
  Result<std::string> Retract(const events::CaseEvent& event, rules::Decision* decision,
                              const Timestamp& now);
};

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::Create(std::shared_ptr<const rules::RuleSet> rules,
                                                   store::Store* store, const Clock* clock,
                                                   const PipelineOptions& options) {
  if (!rules || store == nullptr || clock == nullptr) {
    return Status::InvalidArgument("pipeline needs rules, a store and a clock");
  }
  if (options.hmac_key.size() < 16) {
    return Status::InvalidArgument("the pseudonym key must be at least 16 bytes");
  }
  auto parser = events::Parser::Create(options.limits);
  if (!parser.ok()) return parser.status();
  auto impl = std::make_unique<Impl>();
  impl->rules = std::move(rules);
  impl->parser = std::move(parser).value();
  impl->store = store;
  impl->clock = clock;
  impl->options = options;
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(impl)));
}

void Pipeline::SwapRules(std::shared_ptr<const rules::RuleSet> rules) {
  impl_->rules = std::move(rules);
}

Prepared Pipeline::Impl::Prepare(const Record& record) const {
  Prepared p{parser->Parse(record.bytes), std::nullopt, std::nullopt};
  if (const auto* event = std::get_if<events::CaseEvent>(&p.parsed)) {
    p.decision = rules->Decide(*event);
    if (p.decision->route != rules::Route::kRetract && p.decision->catalog != nullptr) {
      p.built = BuildContent(*event, *p.decision->catalog, *rules);
    }
  }
  return p;
}

std::vector<Prepared> Pipeline::Impl::PrepareAll(std::span<const Record> records) const {
  std::vector<std::optional<Prepared>> slots(records.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < records.size(); i = next++) slots[i] = Prepare(records[i]);
  };
  const size_t helpers =
      std::min<size_t>(std::max(options.prepare_threads, 1) - 1, records.size() / 8);
  std::vector<std::thread> threads;
  threads.reserve(helpers);
  for (size_t t = 0; t < helpers; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  std::vector<Prepared> prepared;
  prepared.reserve(records.size());
  for (auto& slot : slots) prepared.push_back(std::move(*slot));
  return prepared;
}

struct PreparedBatch::Impl {
  std::vector<Prepared> prepared;
};
PreparedBatch::PreparedBatch() : impl_(std::make_unique<Impl>()) {}
PreparedBatch::~PreparedBatch() = default;
PreparedBatch::PreparedBatch(PreparedBatch&&) noexcept = default;
PreparedBatch& PreparedBatch::operator=(PreparedBatch&&) noexcept = default;

Result<std::vector<Outcome>> Pipeline::ProcessBatch(std::span<const Record> records) {
  return Decide(records, Prepare(records));
}

PreparedBatch Pipeline::Prepare(std::span<const Record> records) const {
  PreparedBatch batch;
  batch.impl_->prepared = impl_->PrepareAll(records);
  return batch;
}

Result<std::vector<Outcome>> Pipeline::Decide(std::span<const Record> records,
                                              PreparedBatch batch) {
  if (!batch.impl_ || batch.impl_->prepared.size() != records.size()) {
    return Status::Internal("pipeline: a prepared batch of other records");
  }
  std::vector<Prepared>& prepared = batch.impl_->prepared;
  std::vector<Outcome> outcomes;
  outcomes.reserve(records.size());
  Timestamp now = impl_->clock->Now();
  if (Status s = impl_->store->Begin(); !s.ok()) return s;
  if (Status s = impl_->store->LockAuditChain(); !s.ok()) {
    impl_->store->Rollback();
    return s;
  }
  for (size_t i = 0; i < records.size(); ++i) {
    const Record& record = records[i];
    std::vector<Outcome> released;
    auto outcome = impl_->ProcessOne(record, std::move(prepared[i]), now, &released);
    if (!outcome.ok()) {
      impl_->store->Rollback();
      return outcome.status();
    }
    outcomes.push_back(std::move(outcome).value());
    for (auto& r : released) outcomes.push_back(std::move(r));
  }
  if (Status s = impl_->store->Commit(); !s.ok()) {
    impl_->store->Rollback();
    return s;
  }
  return outcomes;
}

// Applies a revocation to the item of the event it refers to. Returns the retraction record to
// publish, or "" when nothing goes out.
Result<std::string> Pipeline::Impl::Retract(const events::CaseEvent& event,
                                            rules::Decision* decision, const Timestamp& now) {
  auto original = store->FindItemByEvent(*event.refers_to);
  if (!original.ok()) return original.status();
  std::string says;
  std::string record;
  if (!original.value()) {
    says = "原事项不属于公开事项，仅记录";
  } else {
    const store::ItemRow& item = **original;
    switch (item.state) {
      case store::ItemState::kPublishing:
      case store::ItemState::kPublished: {
        record = StatusRecord("retract", item.item_id, RetractionReason(event.type), now);
        if (Status s = store->UpdateItemState(item.item_id, store::ItemState::kRetracted);
            !s.ok()) {
          return s;
        }
        if (Status s = store->Enqueue(
                {0, item.item_id, options.published_topic, item.item_id.value(), record});
            !s.ok()) {
          return s;
        }
        says = "原事项已公开：发布撤回记录并说明理由";
        break;
      }
      case store::ItemState::kPendingApproval:
      case store::ItemState::kEmbargoed:
        if (Status s = store->UpdateItemState(item.item_id, store::ItemState::kCancelled);
            !s.ok()) {
          return s;
        }
        says = "原事项尚未公开（待审批或未到公开时间）：已取消，不再公开";
        break;
      default:
        says = "原事项未公开（不予公开、依申请公开或已撤回）：仅记录";
        break;
    }
  }
  decision->reasons.push_back({"retraction", says});
  return record;
}

Result<Outcome> Pipeline::Impl::DeadLetter(const Record& record, const events::Rejection& rejection,
                                           const Timestamp& now) {
  Outcome out;
  out.kind = Outcome::Kind::kDeadLetter;
  out.reason = events::ToString(rejection.reason);
  out.json = DeadLetterJson(record, rejection);
  if (options.dead_letter_topic.empty()) return out;  // offline: the caller writes the file
  auto fresh = store->RecordDeadLetter(SourceKey(record.source), out.reason, now.ToString());
  if (!fresh.ok()) return fresh.status();
  if (!fresh.value()) {
    out.kind = Outcome::Kind::kReplayedDeadLetter;
    return out;
  }
  // Byte for byte, with the original key; why and where from in Kafka Connect's headers.
  std::vector<std::pair<std::string, std::string>> headers = {
      {"__connect.errors.topic", record.source.topic},
      {"__connect.errors.partition", std::to_string(record.source.partition)},
      {"__connect.errors.offset", std::to_string(record.source.offset)},
      {"__connect.errors.connector.name", "disclosure"},
      {"__connect.errors.stage", "VALUE_CONVERTER"},
      {"__connect.errors.exception.class.name", out.reason},
      {"__connect.errors.exception.message", rejection.detail}};
  store::OutboxRow row;
  row.topic = options.dead_letter_topic;
  row.key = std::string(record.key);
  row.payload = std::string(record.bytes);
  row.headers = EncodeHeaders(headers);
  if (Status s = store->Enqueue(row); !s.ok()) return s;
  return out;
}

Result<Outcome> Pipeline::Impl::ProcessOne(const Record& record, Prepared prepared,
                                           const Timestamp& now, std::vector<Outcome>* released) {
  Outcome out;
  const events::ParseOutcome& parsed = prepared.parsed;
  if (const auto* rejection = std::get_if<events::Rejection>(&parsed)) {
    return DeadLetter(record, *rejection, now);
  }
  const events::CaseEvent& event = std::get<events::CaseEvent>(parsed);
  out.event_id = event.event_id.value();

  auto existing = store->FindDecision(event.event_id);
  if (!existing.ok()) return existing.status();
  if (existing.value()) {
    out.kind = Outcome::Kind::kAlreadyDecided;
    out.route = existing.value()->route;
    out.json = existing.value()->decision_json;
    return out;
  }
  if (event.refers_to) {
    auto original = store->FindDecision(*event.refers_to);
    if (!original.ok()) return original.status();
    if (!original.value()) {
      if (options.hold_unknown_reference_seconds > 0) {
        // Kafka may deliver a revocation before its original (another partition, a replay):
        // hold it until the original is decided, or dead-letter it when the hold times out.
        store::HeldRevocation held{event.event_id, *event.refers_to, std::string(record.bytes),
                                   EncodeSource(record), now.unix_seconds};
        if (Status s = store->HoldRevocation(held); !s.ok()) return s;
        out.kind = Outcome::Kind::kHeld;
        return out;
      }
      return DeadLetter(record,
                        {events::RejectReason::kUnknownReference,
                         "/refers_to: no event with this event_id has been decided"},
                        now);
    }
  }

  rules::Decision decision = std::move(*prepared.decision);
  const ItemId item_id = MakeItemId(options.hmac_key, event.event_id);
  std::string item_json;  // what goes into the decision's "item"
  // What the approval queue shows of an item routed to approval: the values written below.
  std::optional<store::DecisionRow::QueueSummary> queue_summary;
  if (decision.route == rules::Route::kRetract) {
    auto retraction = Retract(event, &decision, now);
    if (!retraction.ok()) return retraction.status();
    item_json = std::move(retraction).value();
  } else if (decision.catalog != nullptr) {
    const rules::CatalogItem& cat = *decision.catalog;
    BuiltItem built = std::move(*prepared.built);
    if (built.doubt) rules::ApplyRedactionDoubt(&decision);
    if (built.residual &&
        (decision.route == rules::Route::kPublish || decision.route == rules::Route::kApproval)) {
      decision.route = rules::Route::kApproval;
      decision.reasons.push_back(
          {"residual_personal_data", "发布前复查发现疑似个人信息，转法制大队审核"});
    }
    const bool publishes =
        decision.route == rules::Route::kPublish || decision.route == rules::Route::kApproval;
    std::string index_no;
    if (publishes) {
      Date formed = event.decision && event.decision->decided_at ? *event.decision->decided_at
                                                                 : event.occurred_at.LocalDate();
      char month[8];
      std::snprintf(month, sizeof month, "%04d%02d", formed.year, formed.month);
      auto seq = store->NextIndexSequence(event.source.unit_code, month);
      if (!seq.ok()) return seq.status();
      char tail[16];
      std::snprintf(tail, sizeof tail, "-%05lld", static_cast<long long>(seq.value()));
      index_no = event.source.unit_code + "/" + month + tail;
    }
    const bool embargoed = decision.route == rules::Route::kPublish && decision.publish_after &&
                           decision.publish_after->unix_seconds > now.unix_seconds;
    const CaseRef case_ref = MakeCaseRef(options.hmac_key, event.case_id);
    JsonWriter w(built.content_json.size() + built.redactions_json.size() + 1024);
    w.StartObject();
    Key(w, "schema");
    Str(w, "published-item/1");
    Key(w, "action");
    Str(w, "publish");
    Key(w, "item_id");
    Str(w, item_id.value());
    Key(w, "index_no");
    Str(w, index_no);
    Key(w, "event_id");
    Str(w, event.event_id.value());
    Key(w, "case_ref");
    Str(w, case_ref.value());
    Key(w, "catalog");
    w.StartObject();
    for (auto [k, v] : {std::pair<std::string_view, const std::string*>{"id", &cat.id},
                        {"name", &cat.name},
                        {"content", &cat.content},
                        {"basis", &cat.basis},
                        {"time_limit", &cat.time_limit},
                        {"subject", &event.source.unit_name},
                        {"method", &cat.method}}) {
      Key(w, k);
      Str(w, *v);
    }
    Key(w, "channel");
    w.StartArray();
    for (const auto& c : cat.channel) Str(w, c);
    w.EndArray();
    Key(w, "audience");
    Str(w, cat.audience);
    w.EndObject();
    Key(w, "content");
    w.RawValue(built.content_json);
    Key(w, "published_at");
    if (decision.route == rules::Route::kPublish && !embargoed) {
      Str(w, now.ToString());
    } else {
      w.Null();
    }
    OptTime(w, "deadline_at", decision.deadline_at);
    OptTime(w, "expires_at", decision.expires_at);
    Key(w, "rule_version");
    Str(w, decision.rule_version);
    Key(w, "approval");
    w.Null();
    Key(w, "redactions");
    w.RawValue(built.redactions_json);
    w.EndObject();
    item_json = w.Take();

    store::ItemRow row;
    row.item_id = item_id;
    row.event_id = event.event_id;
    row.case_ref = case_ref;
    row.unit_code = event.source.unit_code;
    row.index_no = index_no;
    row.deadline_at = decision.deadline_at ? decision.deadline_at->ToString() : "";
    row.publish_after = decision.publish_after ? decision.publish_after->ToString() : "";
    row.expires_at = decision.expires_at ? decision.expires_at->ToString() : "";
    // The scheduler compares instants, not strings: the unix columns drive embargo and expiry.
    row.publish_after_unix = decision.publish_after ? decision.publish_after->unix_seconds : 0;
    row.expires_at_unix = decision.expires_at ? decision.expires_at->unix_seconds : 0;
    if (decision.route == rules::Route::kPublish) {
      row.state = embargoed ? store::ItemState::kEmbargoed : store::ItemState::kPublishing;
    } else if (decision.route == rules::Route::kApproval) {
      row.state = store::ItemState::kPendingApproval;
    } else {
      row.state = store::ItemState::kStored;
    }
    // The record moves into each row and back: no copy of its 1–2 KB per row.
    row.item_json = std::move(item_json);
    const Status stored = store->InsertItem(row);
    item_json = std::move(row.item_json);
    if (!stored.ok()) return stored;
    if (row.state == store::ItemState::kPublishing) {
      store::OutboxRow publish{0, item_id, options.published_topic, item_id.value(),
                               std::move(item_json)};
      const Status queued = store->Enqueue(publish);
      item_json = std::move(publish.payload);
      if (!queued.ok()) return queued;
    } else if (row.state == store::ItemState::kPendingApproval) {
      queue_summary.emplace();
      queue_summary->catalog_name = cat.name;
      queue_summary->title = std::move(built.title);
      // The notice carries ids, catalog, reasons and deadline: no content, no personal data.
      JsonWriter n(512);
      n.StartObject();
      Key(n, "schema");
      Str(n, "approval-notice/1");
      Key(n, "item_id");
      Str(n, item_id.value());
      Key(n, "event_id");
      Str(n, event.event_id.value());
      Key(n, "catalog_id");
      Str(n, cat.id);
      Key(n, "unit_code");
      Str(n, event.source.unit_code);
      Key(n, "reasons");
      n.StartArray();
      for (const auto& r : decision.reasons) Str(n, r.rule);
      n.EndArray();
      OptTime(n, "deadline_at", decision.deadline_at);
      n.EndObject();
      if (Status s =
              store->Enqueue({0, item_id, options.approvals_topic, item_id.value(), n.Take()});
          !s.ok()) {
        return s;
      }
    }
  }

  JsonWriter w(item_json.size() + 768);
  w.StartObject();
  Key(w, "schema");
  Str(w, "decision/1");
  Key(w, "event_id");
  Str(w, event.event_id.value());
  Key(w, "route");
  Str(w, rules::ToString(decision.route));
  Key(w, "catalog_id");
  if (decision.catalog != nullptr) {
    Str(w, decision.catalog->id);
  } else {
    w.Null();
  }
  JsonWriter reasons(256);
  reasons.StartArray();
  for (const auto& r : decision.reasons) {
    reasons.StartObject();
    Key(reasons, "rule");
    Str(reasons, r.rule);
    Key(reasons, "says");
    Str(reasons, r.says);
    reasons.EndObject();
  }
  reasons.EndArray();
  std::string reasons_json = reasons.Take();
  Key(w, "reasons");
  w.RawValue(reasons_json);
  OptTime(w, "deadline_at", decision.deadline_at);
  if (decision.deadline_provisional) {
    Key(w, "deadline_provisional");
    w.Bool(true);
  }
  Key(w, "rule_version");
  Str(w, decision.rule_version);
  Key(w, "item");
  if (item_json.empty()) {
    w.Null();
  } else {
    w.RawValue(item_json);
  }
  w.EndObject();

  out.kind = Outcome::Kind::kDecided;
  out.route = rules::ToString(decision.route);
  out.json = w.Take();
  store::DecisionRow row{event.event_id,
                         out.route,
                         decision.catalog ? decision.catalog->id : std::string(),
                         decision.rule_version,
                         std::move(out.json),
                         now.ToString()};
  if (queue_summary) {  // set only for an item pending approval
    queue_summary->reasons_json = std::move(reasons_json);
    row.queue_summary = std::move(queue_summary);
  }
  const Status decided = store->InsertDecision(row);
  out.json = std::move(row.decision_json);  // moved in and back, as the item's record above
  if (!decided.ok()) return decided;
  // The original, personal data and all, is kept only where someone needs it: beside an item
  // that waits for the legal brigade's approval (the console shows it to approvers). Every other
  // event's personal data stays in the business system it came from (data minimisation).
  if (decision.route == rules::Route::kApproval) {
    if (Status s = store->SaveOriginal(event.event_id, record.bytes); !s.ok()) return s;
  }
  std::string detail = "route=" + out.route +
                       (decision.catalog ? " catalog=" + decision.catalog->id : std::string()) +
                       " rules=" + decision.rule_version;
  if (Status s =
          store->AppendAudit(now.ToString(), "system", "decide", event.event_id.value(), detail);
      !s.ok()) {
    return s;
  }
  // Revocations that were waiting for this event can be decided now.
  auto held = store->HeldFor(event.event_id);
  if (!held.ok()) return held.status();
  for (const auto& h : held.value()) {
    Record r;
    r.bytes = h.raw;
    std::string key;
    DecodeSource(h.source, &r.source, &key);
    r.key = key;
    if (Status s = store->ReleaseHeld(h.event_id); !s.ok()) return s;
    auto outcome = ProcessOne(r, Prepare(r), now, released);
    if (!outcome.ok()) return outcome.status();
    released->push_back(std::move(outcome).value());
  }
  return out;
}

Result<ScheduleResult> Pipeline::RunScheduler(const Timestamp& now) {
  ScheduleResult result;
  store::Store& db = *impl_->store;
  if (Status s = db.Begin(); !s.ok()) return s;
  auto fail = [&](const Status& s) -> Result<ScheduleResult> {
    db.Rollback();
    return s;
  };
  if (Status s = db.LockAuditChain(); !s.ok()) return fail(s);
  // Embargo over: the stored item comes out, stamped with the time it was released.
  auto due = db.DueItems(store::ItemState::kEmbargoed, now.unix_seconds, 500);
  if (!due.ok()) return fail(due.status());
  for (const auto& item : due.value()) {
    rapidjson::Document doc;
    doc.Parse(item.item_json.c_str(), item.item_json.size());
    if (doc.HasParseError() || !doc.IsObject()) {
      return fail(Status::Corruption("items: unreadable item " + item.item_id.value()));
    }
    std::string at = now.ToString();
    doc["published_at"].SetString(at.c_str(), static_cast<rapidjson::SizeType>(at.size()),
                                  doc.GetAllocator());
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    doc.Accept(w);
    if (Status s = db.UpdateItemState(item.item_id, store::ItemState::kPublishing); !s.ok()) {
      return fail(s);
    }
    if (Status s = db.Enqueue({0, item.item_id, impl_->options.published_topic,
                               item.item_id.value(), buffer.GetString()});
        !s.ok()) {
      return fail(s);
    }
    ++result.released;
  }
  // Publication period over: an expire record under the same item_id.
  for (auto state : {store::ItemState::kPublished, store::ItemState::kPublishing}) {
    auto expired = db.DueItems(state, now.unix_seconds, 500);
    if (!expired.ok()) return fail(expired.status());
    for (const auto& item : expired.value()) {
      if (Status s = db.UpdateItemState(item.item_id, store::ItemState::kExpired); !s.ok()) {
        return fail(s);
      }
      if (Status s =
              db.Enqueue({0, item.item_id, impl_->options.published_topic, item.item_id.value(),
                          StatusRecord("expire", item.item_id, "公开期限届满", now)});
          !s.ok()) {
        return fail(s);
      }
      ++result.expired;
    }
  }
  // Revocations whose original never came: dead letters after all.
  if (impl_->options.hold_unknown_reference_seconds > 0) {
    auto held =
        db.HeldBefore(now.unix_seconds - impl_->options.hold_unknown_reference_seconds, 500);
    if (!held.ok()) return fail(held.status());
    for (const auto& h : held.value()) {
      Record r;
      r.bytes = h.raw;
      std::string key;
      DecodeSource(h.source, &r.source, &key);
      r.key = key;
      auto dl =
          impl_->DeadLetter(r,
                            {events::RejectReason::kUnknownReference,
                             "/refers_to: the referred event was not seen within the hold time"},
                            now);
      if (!dl.ok()) return fail(dl.status());
      if (Status s = db.ReleaseHeld(h.event_id); !s.ok()) return fail(s);
      // A replayed record already dead-lettered is not a new dead letter.
      if (dl.value().kind == Outcome::Kind::kDeadLetter) ++result.held_timed_out;
    }
  }
  if (Status s = db.Commit(); !s.ok()) return fail(s);
  return result;
}

const rules::RuleSet& Pipeline::rules() const { return *impl_->rules; }

}  // namespace disclosure::connector
