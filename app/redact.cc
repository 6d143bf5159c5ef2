// disclosure redact: one text from stdin through the redactor, for operators.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "app/commands.h"
#include "redaction/redaction.h"

namespace disclosure::app {
namespace {

constexpr const char* kRedactHelp =
    "usage: disclosure redact [--parties F.json] [--explain] < text\n\n"
    "Redacts the text on stdin and writes it to stdout. --parties names a JSON array of parties\n"
    "in the case-event format ({\"party_id\", \"kind\", \"role\", \"name\", \"id_number\",\n"
    "\"phone\", \"address\", \"aliases\", \"minor\", \"confidential\"}), whose known values are\n"
    "searched in every written variant. --explain lists each redacted span on stderr: offset,\n"
    "length, class and how it was found (never the value).\n";

Result<std::vector<events::Party>> ReadParties(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read " + path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  if (doc.HasParseError()) {
    return Status::InvalidArgument(path + ": offset " + std::to_string(doc.GetErrorOffset()) +
                                   ": " + rapidjson::GetParseError_En(doc.GetParseError()));
  }
  if (!doc.IsArray()) return Status::InvalidArgument(path + ": expected a JSON array of parties");
  std::vector<events::Party> parties;
  for (rapidjson::SizeType i = 0; i < doc.Size(); ++i) {
    const auto& v = doc[i];
    std::string where = path + ": /" + std::to_string(i);
    if (!v.IsObject() || !v.HasMember("name") || !v["name"].IsString()) {
      return Status::InvalidArgument(where + ": each party needs a string \"name\"");
    }
    events::Party p;
    p.party_id = v.HasMember("party_id") && v["party_id"].IsString() ? v["party_id"].GetString()
                                                                     : "P" + std::to_string(i + 1);
    p.name = PersonalText(v["name"].GetString());
    // A value of another type is an error, not a value left out: a phone written as a JSON
    // number would otherwise go unlisted, and be published wherever no pattern finds it.
    std::string wrong;  // the first field of a wrong type
    auto text_of = [&](const char* key) -> std::optional<PersonalText> {
      if (!v.HasMember(key) || v[key].IsNull()) return std::nullopt;
      if (v[key].IsString()) return PersonalText(v[key].GetString());
      if (wrong.empty()) wrong = key;
      return std::nullopt;
    };
    p.id_number = text_of("id_number");
    p.phone = text_of("phone");
    p.address = text_of("address");
    p.birth_date = text_of("birth_date");
    if (!wrong.empty()) {
      return Status::InvalidArgument(where + "/" + wrong + ": must be a string (or null)");
    }
    if (v.HasMember("kind")) {
      const auto& kind = v["kind"];
      const std::string_view organization = events::ToString(events::PartyKind::kOrganization);
      const std::string_view person = events::ToString(events::PartyKind::kPerson);
      if (kind.IsString() && kind.GetString() == organization) {
        p.kind = events::PartyKind::kOrganization;
      } else if (!kind.IsString() || kind.GetString() != person) {
        // (An organization spelled otherwise would be masked as a person: its name, its code.)
        return Status::InvalidArgument(where + "/kind: must be \"" + std::string(person) +
                                       "\" or \"" + std::string(organization) + "\"");
      }
    }
    if (v.HasMember("role") && v["role"].IsString()) {
      auto role = events::ParseRole(v["role"].GetString());
      if (!role) return Status::InvalidArgument(where + "/role: not one of the allowed roles");
      p.role = *role;
    }
    if (v.HasMember("aliases") && !v["aliases"].IsNull()) {
      if (!v["aliases"].IsArray()) {
        return Status::InvalidArgument(where + "/aliases: must be an array of strings");
      }
      for (rapidjson::SizeType k = 0; k < v["aliases"].Size(); ++k) {
        const auto& a = v["aliases"][k];
        if (!a.IsString()) {
          return Status::InvalidArgument(where + "/aliases/" + std::to_string(k) +
                                         ": must be a string");
        }
        p.aliases.emplace_back(a.GetString());
      }
    }
    p.minor = v.HasMember("minor") && v["minor"].IsBool() && v["minor"].GetBool();
    p.confidential =
        v.HasMember("confidential") && v["confidential"].IsBool() && v["confidential"].GetBool();
    p.is_police = v.HasMember("is_police") && v["is_police"].IsBool() && v["is_police"].GetBool();
    parties.push_back(std::move(p));
  }
  return parties;
}

}  // namespace

int Redact(const Args& args) {
  Options opt(args, {"parties"}, {"help", "explain"});
  if (opt.Has("help")) {
    std::printf("%s", kRedactHelp);
    return 0;
  }
  if (!opt.ok() || !opt.positional().empty()) {
    std::fprintf(stderr, "disclosure redact: %s\n\n%s",
                 opt.ok() ? "unexpected argument" : opt.error().c_str(), kRedactHelp);
    return 2;
  }
  std::vector<events::Party> parties;
  if (opt.Has("parties")) {
    auto read = ReadParties(opt.Get("parties"));
    if (!read.ok()) {
      std::fprintf(stderr, "disclosure redact: %s\n", read.status().message().c_str());
      return 2;
    }
    parties = std::move(read).value();
  }
  std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  std::vector<redaction::Field> fields = {{"text", text}};
  auto result = redaction::Redact(parties, {}, fields);
  std::fwrite(result.fields[0].second.data(), 1, result.fields[0].second.size(), stdout);
  if (opt.Has("explain")) {
    for (const auto& span : result.spans) {
      std::fprintf(stderr, "%zu+%zu\t%s\t%s\t→ %s\n", span.offset, span.length,
                   std::string(redaction::ToString(span.cls)).c_str(),
                   std::string(redaction::ToString(span.how)).c_str(), span.replacement.c_str());
    }
    if (result.doubt) std::fprintf(stderr, "doubt: a probable personal value needs review\n");
  }
  return 0;
}

}  // namespace disclosure::app
