// The queue service: list, show (with the redaction spans recomputed from the protected
// original), claim, approve with mask edits, reject, escalate.
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "approval/approval.h"
#include "approval/internal.h"
#include "events/events.h"
#include "redaction/redaction.h"

namespace disclosure::approval {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

struct ClassPlaceholder {
  std::string_view cls;
  std::string_view placeholder;
};
constexpr ClassPlaceholder kPlaceholders[] = {
    {"person_name", "[姓名]"},     {"id_number", "[身份证号]"},   {"certificate", "[证件号]"},
    {"phone", "[电话]"},           {"bank_account", "[银行账号]"}, {"plate", "[车牌号]"},
    {"contact", "[联系方式]"},     {"address", "[住址]"},          {"birth_date", "[出生日期]"},
    {"minor_detail", "[未成年人信息]"}, {"other", "[已遮盖]"},
};

// Content keys holding free text, in the order the pipeline redacts them.
constexpr std::string_view kTextFields[] = {"title", "document_no", "facts",
                                            "text",  "legal_basis", "result"};

std::optional<std::string_view> OriginalText(const events::CaseEvent& e, std::string_view key) {
  const auto& d = e.decision;
  if (key == "title" && e.title) return std::string_view(e.title->reveal());
  if (key == "facts" && e.summary) return std::string_view(e.summary->reveal());
  if (!d) return std::nullopt;
  if (key == "document_no" && d->document_no) return std::string_view(*d->document_no);
  if (key == "text" && d->text) return std::string_view(d->text->reveal());
  if (key == "legal_basis" && d->legal_basis) return std::string_view(*d->legal_basis);
  if (key == "result" && d->result) return std::string_view(*d->result);
  return std::nullopt;
}

const events::Parser* SharedParser() {
  static const std::shared_ptr<const events::Parser> parser = [] {
    auto p = events::Parser::Create();
    return p.ok() ? p.value() : nullptr;
  }();
  return parser.get();
}

// A masked stretch of an original field.
struct Mask {
  size_t offset = 0;
  size_t length = 0;
  std::string cls;
  std::string replacement;
  int span = -1;  // redactor span index; -1 for a manual mask
  bool unmasked = false;
};

// Everything Show and Approve need: the views and the edited content texts.
struct Rendering {
  std::vector<FieldView> fields;
  std::map<std::string, std::string> texts;  // content key → text with all edits applied
  std::vector<events::Party> parties;
  bool have_original = false;
};

Result<Rendering> Render(store::Store* store, const store::QueueRow& row,
                         const rapidjson::Value& content, const std::vector<MaskEdit>& edits,
                         bool with_original) {
  Rendering out;
  std::optional<events::CaseEvent> event;
  auto raw = store->FindOriginal(row.event_id);
  if (!raw.ok()) return raw.status();
  if (raw.value() && SharedParser() != nullptr) {
    auto parsed = SharedParser()->Parse(*raw.value());
    if (auto* e = std::get_if<events::CaseEvent>(&parsed)) event = std::move(*e);
  }
  // The redactor's spans over the same fields the pipeline redacted, in its order.
  std::vector<redaction::Field> fields;
  if (event) {
    for (std::string_view key : kTextFields) {
      if (!content.HasMember(key.data()) || !content[key.data()].IsString()) continue;
      if (auto text = OriginalText(*event, key)) {
        fields.push_back({"content." + std::string(key), *text});
      }
    }
  }
  redaction::RedactedItem redacted;
  if (event) redacted = redaction::Redact(event->parties, event->officers, fields);
  out.have_original = event.has_value();
  if (event) out.parties = event->parties;

  for (const auto& e : edits) {
    bool known = false;
    for (std::string_view key : kTextFields) known = known || e.field == "content." + std::string(key);
    if (!known || !content.HasMember(e.field.substr(8).c_str())) {
      return Status::InvalidArgument("edit names an unknown field " + e.field);
    }
  }

  for (std::string_view key : kTextFields) {
    if (!content.HasMember(key.data()) || !content[key.data()].IsString()) continue;
    const std::string name = "content." + std::string(key);
    const std::string stored(content[key.data()].GetString(), content[key.data()].GetStringLength());
    FieldView view;
    view.name = name;
    std::string_view original;
    const std::string* fresh = nullptr;
    for (size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].name == name) {
        original = fields[i].text;
        fresh = &redacted.fields[i].second;
      }
    }
    std::vector<Mask> masks;
    for (const auto& s : redacted.spans) {
      if (s.field != name) continue;
      masks.push_back({s.offset, s.length, std::string(redaction::ToString(s.cls)), s.replacement,
                       static_cast<int>(masks.size()), false});
    }
    auto compose = [&](const std::vector<Mask>& ms) {
      std::string text;
      size_t at = 0;
      for (const auto& m : ms) {
        if (m.offset < at || m.offset + m.length > original.size()) return std::string("\x01");
        text.append(original.substr(at, m.offset - at));
        text.append(m.unmasked ? std::string(original.substr(m.offset, m.length)) : m.replacement);
        at = m.offset + m.length;
      }
      text.append(original.substr(at));
      return text;
    };
    // Editable only if the spans reproduce what the redactor and the store hold.
    view.editable = fresh != nullptr && compose(masks) == *fresh &&
                    (row.edits_json != "[]" || *fresh == stored);
    bool touched = false;
    for (const auto& e : edits) {
      if (e.field != name) continue;
      if (!view.editable) {
        return Status::InvalidArgument("field " + name +
                                       " cannot be edited (its original is not available)");
      }
      touched = true;
      if (e.op == MaskEdit::Op::kUnmask) {
        if (e.span < 0 || e.span >= static_cast<int>(redacted.spans.size())) {
          return Status::InvalidArgument("unmask names no span of " + name);
        }
        auto it = std::find_if(masks.begin(), masks.end(), [&](const Mask& m) {
          return m.span == e.span;
        });
        if (it == masks.end()) return Status::InvalidArgument("unmask names no span of " + name);
        if (e.reason.empty()) return Status::InvalidArgument("unmask needs a reason");
        it->unmasked = true;
      } else {
        std::string_view placeholder = internal::PlaceholderFor(e.cls);
        if (placeholder.empty()) return Status::InvalidArgument("mask names an unknown class");
        if (e.text.empty()) return Status::InvalidArgument("mask needs a text");
        size_t found = 0;
        for (size_t pos = original.find(e.text); pos != std::string_view::npos;
             pos = original.find(e.text, pos + e.text.size())) {
          bool overlaps = std::any_of(masks.begin(), masks.end(), [&](const Mask& m) {
            return !m.unmasked && pos < m.offset + m.length && m.offset < pos + e.text.size();
          });
          if (overlaps) continue;
          masks.push_back({pos, e.text.size(), e.cls, std::string(placeholder), -1, false});
          ++found;
          std::sort(masks.begin(), masks.end(),
                    [](const Mask& a, const Mask& b) { return a.offset < b.offset; });
        }
        if (found == 0) {
          return Status::InvalidArgument("mask text does not occur unmasked in " + name);
        }
      }
    }
    if (!view.editable) {
      view.segments.push_back({Segment::Kind::kPlain, stored, "", "", -1});
      out.texts[std::string(key)] = stored;
      out.fields.push_back(std::move(view));
      continue;
    }
    out.texts[std::string(key)] = (touched || row.edits_json != "[]") ? compose(masks) : stored;
    size_t at = 0;
    for (const auto& m : masks) {
      if (m.offset > at) {
        std::string plain(original.substr(at, m.offset - at));
        view.segments.push_back({Segment::Kind::kPlain, plain, with_original ? plain : "", "", -1});
      }
      Segment seg;
      seg.kind = m.unmasked ? Segment::Kind::kUnmasked
                            : (m.span < 0 ? Segment::Kind::kManualMask : Segment::Kind::kRedacted);
      seg.text = m.unmasked ? std::string(original.substr(m.offset, m.length)) : m.replacement;
      if (with_original) seg.original = std::string(original.substr(m.offset, m.length));
      seg.cls = m.cls;
      seg.span = m.span;
      view.segments.push_back(std::move(seg));
      at = m.offset + m.length;
    }
    if (at < original.size()) {
      std::string plain(original.substr(at));
      view.segments.push_back({Segment::Kind::kPlain, plain, with_original ? plain : "", "", -1});
    }
    out.fields.push_back(std::move(view));
  }
  return out;
}

// The item record with the edited texts, and for a final approval the approval stamp.
std::string Rewrite(rapidjson::Document& doc, const std::map<std::string, std::string>& texts,
                    const std::string& by, const std::string& at) {
  auto& alloc = doc.GetAllocator();
  if (doc.HasMember("content") && doc["content"].IsObject()) {
    auto& content = doc["content"];
    for (const auto& [key, text] : texts) {
      if (content.HasMember(key.c_str())) {
        content[key.c_str()].SetString(text.data(), static_cast<rapidjson::SizeType>(text.size()),
                                       alloc);
      }
    }
  }
  if (!by.empty()) {
    rapidjson::Value approval(rapidjson::kObjectType);
    approval.AddMember("by", rapidjson::Value(by.c_str(), alloc), alloc);
    approval.AddMember("at", rapidjson::Value(at.c_str(), alloc), alloc);
    if (doc.HasMember("approval")) {
      doc["approval"] = approval;
    } else {
      doc.AddMember("approval", approval, alloc);
    }
    rapidjson::Value published(at.c_str(), alloc);
    if (doc.HasMember("published_at")) {
      doc["published_at"] = published;
    } else {
      doc.AddMember("published_at", published, alloc);
    }
  }
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  doc.Accept(w);
  return buffer.GetString();
}

bool IsOpen(const store::QueueRow& row) {
  return row.state == "pending" || row.state == "claimed";
}

}  // namespace

namespace internal {
std::string_view PlaceholderFor(std::string_view cls) {
  for (const auto& p : kPlaceholders) {
    if (p.cls == cls) return p.placeholder;
  }
  return "";
}
}  // namespace internal

Result<std::vector<MaskEdit>> ParseEdits(std::string_view json) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError() || !doc.IsArray()) {
    return Status::InvalidArgument("edits: not a JSON array");
  }
  if (doc.Size() > 200) return Status::InvalidArgument("edits: more than 200");
  std::vector<MaskEdit> edits;
  for (const auto& v : doc.GetArray()) {
    if (!v.IsObject() || !v.HasMember("op") || !v["op"].IsString() || !v.HasMember("field") ||
        !v["field"].IsString()) {
      return Status::InvalidArgument("edits: each needs op and field");
    }
    MaskEdit e;
    std::string op = v["op"].GetString();
    e.field = v["field"].GetString();
    auto str = [&](const char* key, std::string* out, size_t max) -> bool {
      if (!v.HasMember(key)) return true;
      if (!v[key].IsString() || v[key].GetStringLength() > max) return false;
      out->assign(v[key].GetString(), v[key].GetStringLength());
      return true;
    };
    if (op == "mask") {
      e.op = MaskEdit::Op::kMask;
      if (!str("text", &e.text, 400) || !str("class", &e.cls, 40)) {
        return Status::InvalidArgument("edits: mask needs text and class");
      }
    } else if (op == "unmask") {
      e.op = MaskEdit::Op::kUnmask;
      if (!v.HasMember("span") || !v["span"].IsInt() || !str("reason", &e.reason, 1000)) {
        return Status::InvalidArgument("edits: unmask needs span and reason");
      }
      e.span = v["span"].GetInt();
    } else {
      return Status::InvalidArgument("edits: op is mask or unmask");
    }
    edits.push_back(std::move(e));
  }
  return edits;
}

std::string EditsToJson(const std::vector<MaskEdit>& edits) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartArray();
  for (const auto& e : edits) {
    w.StartObject();
    w.Key("op");
    w.String(e.op == MaskEdit::Op::kMask ? "mask" : "unmask");
    w.Key("field");
    w.String(e.field.c_str());
    if (e.op == MaskEdit::Op::kMask) {
      w.Key("text");
      w.String(e.text.data(), static_cast<rapidjson::SizeType>(e.text.size()));
      w.Key("class");
      w.String(e.cls.c_str());
    } else {
      w.Key("span");
      w.Int(e.span);
      w.Key("reason");
      w.String(e.reason.data(), static_cast<rapidjson::SizeType>(e.reason.size()));
    }
    w.EndObject();
  }
  w.EndArray();
  return buffer.GetString();
}

Queue::Queue(store::Store* store, const Clock* clock, QueueOptions options)
    : store_(store), clock_(clock), options_(std::move(options)) {}

Result<std::vector<store::QueueRow>> Queue::List(const store::QueueFilter& filter) {
  return store_->ListQueue(filter);
}

Escalation Queue::EscalationOf(const store::QueueRow& row) const {
  if (!IsOpen(row)) return Escalation::kNone;
  return EscalationAt(row.deadline_at, clock_->Now(), options_.reminder_seconds);
}

Result<ItemView> Queue::Show(const ItemId& item_id, Role role,
                             const std::vector<MaskEdit>& extra) {
  auto found = store_->FindQueueItem(item_id);
  if (!found.ok()) return found.status();
  if (!found.value()) return Status::NotFound("no queued item " + item_id.value());
  ItemView view;
  view.row = std::move(*found.value());
  auto stored = ParseEdits(view.row.edits_json);
  if (!stored.ok()) return Status::Corruption("approvals: edits of " + item_id.value());
  std::vector<MaskEdit> edits = stored.value();
  edits.insert(edits.end(), extra.begin(), extra.end());
  rapidjson::Document doc;
  doc.Parse(view.row.item_json.c_str());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("content") ||
      !doc["content"].IsObject()) {
    return Status::Corruption("items: record of " + item_id.value() + " is not an item");
  }
  const bool approver = role == Role::kApprover;
  auto rendering = Render(store_, view.row, doc["content"], edits, approver);
  if (!rendering.ok()) return rendering.status();
  view.fields = std::move(rendering.value().fields);
  view.original_shown = approver && rendering.value().have_original;
  if (!extra.empty()) view.row.item_json = Rewrite(doc, rendering.value().texts, "", "");
  view.escalation = EscalationOf(view.row);
  auto audit = store_->AuditFor(view.row.item_id, view.row.event_id);
  if (!audit.ok()) return audit.status();
  view.audit = std::move(audit).value();
  return view;
}

Result<bool> Queue::Claim(const ItemId& item_id, const std::string& user) {
  const int64_t now = clock_->Now().unix_seconds;
  auto claimed = store_->ClaimQueueItem(item_id, user, now, now + options_.lease_seconds);
  if (!claimed.ok()) return claimed.status();
  if (!claimed.value()) {
    auto found = store_->FindQueueItem(item_id);
    if (!found.ok()) return found.status();
    if (!found.value()) return Status::NotFound("no queued item " + item_id.value());
  }
  return claimed.value();
}

Status Queue::Release(const ItemId& item_id, const std::string& user) {
  return store_->ReleaseQueueItem(item_id, user);
}

Result<store::QueueOutcome> Queue::Approve(const ItemId& item_id, const std::string& user,
                                           const std::vector<MaskEdit>& edits) {
  auto found = store_->FindQueueItem(item_id);
  if (!found.ok()) return found.status();
  if (!found.value()) return Status::NotFound("no queued item " + item_id.value());
  const store::QueueRow& row = *found.value();
  if (!IsOpen(row)) return Status::Conflict("item " + item_id.value() + " is " + row.state);
  if (row.needs_second && row.first_by == user) {
    return Status::Conflict("item " + item_id.value() +
                            " needs a second approver other than the first");
  }
  auto stored = ParseEdits(row.edits_json);
  if (!stored.ok()) return Status::Corruption("approvals: edits of " + item_id.value());
  std::vector<MaskEdit> all = stored.value();
  all.insert(all.end(), edits.begin(), edits.end());
  rapidjson::Document doc;
  doc.Parse(row.item_json.c_str());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("content") ||
      !doc["content"].IsObject()) {
    return Status::Corruption("items: record of " + item_id.value() + " is not an item");
  }
  auto rendering = Render(store_, row, doc["content"], all, false);
  if (!rendering.ok()) return rendering.status();
  const std::string before = row.item_json;
  const std::string at = clock_->Now().ToString();
  rapidjson::Document pending_doc;
  pending_doc.CopyFrom(doc, pending_doc.GetAllocator());
  std::string pending_json = Rewrite(pending_doc, rendering.value().texts, "", "");
  std::string published_json = Rewrite(doc, rendering.value().texts, user, at);

  int masks = 0, unmasks = 0;
  for (const auto& e : edits) (e.op == MaskEdit::Op::kMask ? masks : unmasks)++;
  if (unmasks > 0) {
    // Last line of defence: an unmask may not bring a party's personal data back.
    const redaction::Parties parties(rendering.value().parties);
    auto was = redaction::CheckOutgoing(before, parties);
    auto now = redaction::CheckOutgoing(pending_json, parties);
    for (const auto& [cls, hits] : now.hits) {
      auto it = was.hits.find(cls);
      if (hits > (it == was.hits.end() ? 0 : it->second)) {
        return Status::InvalidArgument("unmask refused: it would publish personal data of a "
                                       "party (class " +
                                       std::string(redaction::ToString(cls)) + ")");
      }
    }
  }
  store::QueueDecision d;
  d.item_id = item_id;
  d.verdict = store::QueueVerdict::kApprove;
  d.user = user;
  d.at = at;
  d.now_unix = clock_->Now().unix_seconds;
  d.expected_version = row.version;
  d.edits_json = EditsToJson(all);
  d.published_json = published_json;
  d.pending_item_json = pending_json;
  d.topic = options_.published_topic;
  d.audit_detail = "masks_added=" + std::to_string(masks) +
                   " masks_removed=" + std::to_string(unmasks) +
                   (row.needs_second ? " four_eyes=1" : "");
  return store_->DecideQueueItem(d);
}

Status Queue::Reject(const ItemId& item_id, const std::string& user, const std::string& comment) {
  if (comment.empty()) return Status::InvalidArgument("a rejection needs a comment");
  if (comment.size() > 4000) return Status::InvalidArgument("the comment is too long");
  auto found = store_->FindQueueItem(item_id);
  if (!found.ok()) return found.status();
  if (!found.value()) return Status::NotFound("no queued item " + item_id.value());
  const store::QueueRow& row = *found.value();
  if (!IsOpen(row)) return Status::Conflict("item " + item_id.value() + " is " + row.state);
  store::QueueDecision d;
  d.item_id = item_id;
  d.verdict = store::QueueVerdict::kReject;
  d.user = user;
  d.at = clock_->Now().ToString();
  d.now_unix = clock_->Now().unix_seconds;
  d.expected_version = row.version;
  d.comment = comment;
  d.edits_json = row.edits_json;
  d.audit_detail = "comment_chars=" + std::to_string(comment.size());
  auto outcome = store_->DecideQueueItem(d);
  if (!outcome.ok()) return outcome.status();
  return Status::Ok();
}

Result<int> Queue::Escalate() {
  store::QueueFilter filter;
  filter.limit = 1000000;
  auto rows = store_->ListQueue(filter);
  if (!rows.ok()) return rows.status();
  const Timestamp now = clock_->Now();
  int added = 0;
  if (Status s = store_->Begin(); !s.ok()) return s;
  for (const auto& row : rows.value()) {
    Escalation e = EscalationAt(row.deadline_at, now, options_.reminder_seconds);
    int level = e == Escalation::kSupervisor ? 2 : e == Escalation::kReminder ? 1 : 0;
    if (level <= row.escalation_level) continue;
    auto done = store_->EscalateQueueItem(
        row.item_id, level, now.ToString(),
        std::string("deadline=") + row.deadline_at + " to=" +
            (level == 2 ? "supervisor" : "approver"));
    if (!done.ok()) {
      store_->Rollback();
      return done.status();
    }
    added += done.value() ? 1 : 0;
  }
  if (Status s = store_->Commit(); !s.ok()) {
    store_->Rollback();
    return s;
  }
  return added;
}

}  // namespace disclosure::approval
