// The `disclosure` subcommands. Each takes its arguments (after the subcommand name) and
// returns the exit code: 0 ok, 1 the work found a problem, 2 bad usage or unreadable input.
#pragma once

#include <string>
#include <vector>

namespace disclosure::app {

using Args = std::vector<std::string>;

int Process(const Args& args);
int Run(const Args& args);     // run_cmd.cc
int Broker(const Args& args);  // run_cmd.cc
int Redact(const Args& args);
int AuditVerify(const Args& args);
int Rules(const Args& args);    // rules check|test|explain|diff (rules_cmd.cc)
int Catalog(const Args& args);  // catalog F [--format html|csv|json] (catalog_cmd.cc)
int Approvals(const Args& args);       // approvals list|show|approve|reject (approvals_cmd.cc)
int ConsoleCommand(const Args& args);  // console: the web console (console_cmd.cc)
int Users(const Args& args);           // users add|passwd|disable (users_cmd.cc)

// Small option parser shared by the commands: "--name value", "--name=value" and "--flag".
class Options {
 public:
  // `with_value` names the options that take a value; `flags` those that don't.
  Options(const Args& args, std::vector<std::string> with_value, std::vector<std::string> flags);
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  bool Has(const std::string& name) const;
  std::string Get(const std::string& name, const std::string& fallback = "") const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::vector<std::pair<std::string, std::string>> values_;
  std::vector<std::string> positional_;
  std::string error_;
};

}  // namespace disclosure::app
