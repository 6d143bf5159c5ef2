// disclosure approvals list|show|approve|reject: the approval queue from a terminal.
#include <cstdio>
#include <string>

#include "app/commands.h"
#include "approval/approval.h"
#include "store/store.h"

namespace disclosure::app {
namespace {

constexpr const char* kApprovalsHelp =
    "usage: disclosure approvals list --db URL [--as USER] [--unit U] [--catalog C]\n"
    "                                 [--reason R] [--all]\n"
    "       disclosure approvals show --db URL [--as USER] ITEM_ID\n"
    "       disclosure approvals approve --db URL --as USER ITEM_ID\n"
    "       disclosure approvals reject --db URL --as USER ITEM_ID --comment TEXT\n\n"
    "Works the legal brigade's approval queue (法制大队审批). The list is sorted by deadline;\n"
    "'escalation' is reminder (deadline near) or supervisor (overdue). show prints the\n"
    "redacted item and its reasons, and the original only when --as names an approver.\n"
    "approve and reject need --as naming an enabled approver; a four-eyes item needs a\n"
    "second, different approver. Exit 1 when the queue refuses (conflict, not found).\n";

int Fail(const std::string& message, int code = 2) {
  std::fprintf(stderr, "disclosure approvals: %s\n", message.c_str());
  return code;
}

int FromStatus(const Status& s) {
  return Fail(s.message(), s.code() == Status::Code::kInvalidArgument ? 2 : 1);
}

}  // namespace

int Approvals(const Args& args) {
  Options opt(args, {"db", "as", "unit", "catalog", "reason", "comment", "four-eyes"},
              {"help", "all"});
  if (opt.Has("help")) {
    std::printf("%s", kApprovalsHelp);
    return 0;
  }
  if (!opt.ok()) return Fail(opt.error() + "\n\n" + kApprovalsHelp);
  if (opt.positional().empty() || !opt.Has("db")) return Fail(std::string("\n") + kApprovalsHelp);
  const std::string verb = opt.positional()[0];
  const bool needs_item = verb == "show" || verb == "approve" || verb == "reject";
  if (verb != "list" && !needs_item) return Fail("unknown action '" + verb + "'");
  if (needs_item != (opt.positional().size() == 2) || opt.positional().size() > 2) {
    return Fail(std::string("\n") + kApprovalsHelp);
  }
  auto store = store::Store::Open(opt.Get("db"));
  if (!store.ok()) return Fail(store.status().message());

  // Who acts: a read-only supervisor view unless --as names a user.
  approval::Role role = approval::Role::kSupervisor;
  const std::string user = opt.Get("as");
  if (!user.empty()) {
    auto found = store.value()->FindUser(user);
    if (!found.ok()) return Fail(found.status().message());
    if (!found.value() || found.value()->disabled) return Fail("--as names no enabled user", 1);
    auto parsed = approval::ParseRole(found.value()->role);
    if (!parsed) return Fail("user has an unknown role", 1);
    role = *parsed;
  }
  if ((verb == "approve" || verb == "reject") && role != approval::Role::kApprover) {
    return Fail(verb + " needs --as naming an approver", 1);
  }
  if (role == approval::Role::kOperator || role == approval::Role::kAdmin) {
    return Fail("the queue is for approvers and supervisors", 1);
  }
  approval::QueueOptions qopt;
  approval::Queue queue(store.value().get(), &SystemClock(), qopt);

  if (verb == "list") {
    store::QueueFilter filter;
    filter.unit_code = opt.Get("unit");
    filter.catalog_id = opt.Get("catalog");
    filter.reason = opt.Get("reason");
    filter.open_only = !opt.Has("all");
    filter.limit = 100000;
    auto rows = queue.List(filter);
    if (!rows.ok()) return FromStatus(rows.status());
    std::printf("%-28s %-9s %-26s %-11s %-12s %s\n", "item", "state", "deadline", "escalation",
                "unit", "catalog");
    for (const auto& r : rows.value()) {
      std::printf("%-28s %-9s %-26s %-11s %-12s %s%s\n", r.item_id.value().c_str(),
                  r.state.c_str(), r.deadline_at.empty() ? "-" : r.deadline_at.c_str(),
                  std::string(approval::ToString(queue.EscalationOf(r))).c_str(),
                  r.unit_code.c_str(), r.catalog_id.c_str(),
                  r.needs_second ? (r.first_by.empty() ? "  [双人审批]" : "  [待复核]") : "");
    }
    std::printf("%zu item(s)\n", rows.value().size());
    return 0;
  }
  const ItemId id(opt.positional()[1]);
  if (verb == "show") {
    auto view = queue.Show(id, role);
    if (!view.ok()) return FromStatus(view.status());
    const auto& v = view.value();
    std::printf("item       %s\nevent      %s\nstate      %s%s\ncatalog    %s %s\nunit       %s\n"
                "deadline   %s (%s)\nreasons    %s\n",
                v.row.item_id.value().c_str(), v.row.event_id.value().c_str(), v.row.state.c_str(),
                v.row.needs_second ? " (four-eyes)" : "", v.row.catalog_id.c_str(),
                v.row.catalog_name.c_str(), v.row.unit_code.c_str(), v.row.deadline_at.c_str(),
                std::string(approval::ToString(v.escalation)).c_str(), v.row.reasons_json.c_str());
    std::printf("\n-- redacted (what the public sees) --\n");
    for (const auto& f : v.fields) {
      std::string text;
      for (const auto& s : f.segments) text += s.text;
      std::printf("%s: %s\n", f.name.c_str(), text.c_str());
    }
    if (v.original_shown) {
      std::printf("\n-- original (protected; approvers only) --\n");
      for (const auto& f : v.fields) {
        std::string text;
        for (const auto& s : f.segments) text += s.original;
        std::printf("%s: %s\n", f.name.c_str(), text.c_str());
      }
    }
    std::printf("\n-- audit --\n");
    for (const auto& a : v.audit) {
      std::printf("%lld %s %s %s %s\n", static_cast<long long>(a.seq), a.at.c_str(),
                  a.actor.c_str(), a.action.c_str(), a.detail.c_str());
    }
    return 0;
  }
  if (verb == "approve") {
    auto outcome = queue.Approve(id, user, {});
    if (!outcome.ok()) return FromStatus(outcome.status());
    std::printf("%s: %s\n", id.value().c_str(),
                outcome.value() == store::QueueOutcome::kFirstApproval
                    ? "first approval recorded; a second approver is needed"
                    : "approved; queued for publication");
    return 0;
  }
  if (!opt.Has("comment")) return Fail("reject needs --comment");
  Status s = queue.Reject(id, user, opt.Get("comment"));
  if (!s.ok()) return FromStatus(s);
  std::printf("%s: rejected\n", id.value().c_str());
  return 0;
}

}  // namespace disclosure::app
