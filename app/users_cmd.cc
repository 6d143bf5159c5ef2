// disclosure users add|passwd|disable: console users (approval/README.md). Passwords are read
// from stdin (or a prompt with echo off on a terminal), never from the command line.
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

#include "app/commands.h"
#include "approval/approval.h"
#include "store/store.h"

namespace disclosure::app {
namespace {

constexpr const char* kUsersHelp =
    "usage: disclosure users add --db URL NAME --role R\n"
    "       disclosure users passwd --db URL NAME\n"
    "       disclosure users disable --db URL NAME\n\n"
    "Manages the console's users. Roles: approver (法制大队: approve, reject, edit masks),\n"
    "operator (rules and configuration), supervisor (read-only), admin (users).\n"
    "The password (at least 10 characters) is read from stdin, or prompted for on a terminal;\n"
    "it is stored as a PBKDF2-HMAC-SHA256 hash (600,000 iterations, random salt).\n";

int Fail(const std::string& message, int code = 2) {
  std::fprintf(stderr, "disclosure users: %s\n", message.c_str());
  return code;
}

// One line from stdin; on a terminal with echo off and asked twice.
std::optional<std::string> ReadPassword() {
  auto read_line = [](const char* prompt, bool tty) -> std::optional<std::string> {
    termios old{};
    if (tty) {
      std::fprintf(stderr, "%s", prompt);
      tcgetattr(STDIN_FILENO, &old);
      termios quiet = old;
      quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
      tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    bool got = static_cast<bool>(std::getline(std::cin, line));
    if (tty) {
      tcsetattr(STDIN_FILENO, TCSANOW, &old);
      std::fprintf(stderr, "\n");
    }
    if (!got) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  };
  const bool tty = isatty(STDIN_FILENO) != 0;
  auto first = read_line("password: ", tty);
  if (!first || !tty) return first;
  auto again = read_line("again: ", tty);
  if (!again || *again != *first) return std::nullopt;
  return first;
}

}  // namespace

int Users(const Args& args) {
  Options opt(args, {"db", "role"}, {"help"});
  if (opt.Has("help")) {
    std::printf("%s", kUsersHelp);
    return 0;
  }
  if (!opt.ok()) return Fail(opt.error() + "\n\n" + kUsersHelp);
  if (opt.positional().size() != 2 || !opt.Has("db")) return Fail(std::string("\n") + kUsersHelp);
  const std::string& verb = opt.positional()[0];
  const std::string& name = opt.positional()[1];
  if (verb != "add" && verb != "passwd" && verb != "disable") {
    return Fail("unknown action '" + verb + "'\n\n" + kUsersHelp);
  }
  std::optional<approval::Role> role;
  if (verb == "add") {
    if (!opt.Has("role")) return Fail("users add needs --role");
    role = approval::ParseRole(opt.Get("role"));
    if (!role) return Fail("--role is one of approver, operator, supervisor, admin");
  }
  auto store = store::Store::Open(opt.Get("db"));
  if (!store.ok()) return Fail(store.status().message());
  Status s;
  if (verb == "disable") {
    s = store.value()->SetUserDisabled(name, true);
    if (s.ok()) {
      s = store.value()->AppendAudit(SystemClock().Now().ToString(), "system", "user-disable",
                                     "user:" + name, "");
    }
  } else {
    auto password = ReadPassword();
    if (!password) return Fail("no password read (or the two entries differ)");
    s = verb == "add" ? approval::AddUser(store.value().get(), name, *role, *password, SystemClock())
                      : approval::SetPassword(store.value().get(), name, *password);
  }
  if (!s.ok()) {
    return Fail(s.message(), s.code() == Status::Code::kInvalidArgument ? 2 : 1);
  }
  std::printf("users %s: done\n", verb.c_str());
  return 0;
}

}  // namespace disclosure::app
