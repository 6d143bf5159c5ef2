// disclosure catalog: the disclosure catalog (事项目录) for publication (spec/cli.md).
#include <cstdio>
#include <string>

#include "app/commands.h"
#include "rules/rules.h"
#include "rules/tools.h"

namespace disclosure::app {
namespace {

constexpr const char* kCatalogHelp =
    "usage: disclosure catalog F [--format html|csv|json] [--out FILE]\n\n"
    "Renders the catalog items of rule file F ('default': the shipped catalog) with the eight\n"
    "elements 名称、内容、依据、时限、主体、方式、渠道、公开对象:\n"
    "  html  a standalone printable page for the bureau's website (default)\n"
    "  csv   RFC 4180, UTF-8, header row, CRLF line ends\n"
    "  json  {\"catalog_version\", \"rule_version\", \"items\": [...]}\n"
    "主体 is the file's \"responsible_unit\", else 作出决定的公安机关. Written to stdout, or to\n"
    "--out FILE. Exit 2: bad usage or a rule file that does not load.\n";

int Fail(const std::string& message) {
  std::fprintf(stderr, "disclosure catalog: %s\n", message.c_str());
  return 2;
}

}  // namespace

int Catalog(const Args& args) {
  Options opt(args, {"format", "out"}, {"help"});
  if (opt.Has("help")) {
    std::printf("%s", kCatalogHelp);
    return 0;
  }
  if (!opt.ok()) return Fail(opt.error() + "\n\n" + kCatalogHelp);
  if (opt.positional().size() != 1) return Fail(std::string("one rule file\n\n") + kCatalogHelp);
  auto format = rules::ParseCatalogFormat(opt.Get("format", "html"));
  if (!format) return Fail("--format must be html, csv or json");
  const std::string& path = opt.positional()[0];
  auto calendar = rules::Calendar::Embedded();
  if (!calendar.ok()) return Fail(calendar.status().message());
  auto set = path == "default" ? rules::RuleSet::Default(calendar.value())
                               : rules::RuleSet::FromFile(path, calendar.value());
  if (!set.ok()) {
    return Fail(set.status().message() + "\n(run 'disclosure rules check " + path +
                "' for every problem)");
  }
  std::string text = rules::RenderCatalog(*set.value(), *format);
  if (!opt.Has("out")) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
  }
  FILE* out = std::fopen(opt.Get("out").c_str(), "wb");
  if (out == nullptr) return Fail("cannot write " + opt.Get("out"));
  bool ok = std::fwrite(text.data(), 1, text.size(), out) == text.size();
  ok &= std::fclose(out) == 0;
  if (!ok) return Fail("writing " + opt.Get("out") + " failed (disk full?)");
  return 0;
}

}  // namespace disclosure::app
