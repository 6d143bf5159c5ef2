// redaction_dump: a canonical dump of what redaction produces for generated events, to check
// that a change to redaction/ keeps its output byte for byte (build it at the old and the new
// commit, run both with the same arguments, cmp the outputs).
//
//   redaction_dump [--count N] [--seed S] [--texts]
//
// For each of N events of the generator (seed S): half of them altered (invalid UTF-8 bytes,
// full-width forms, stray continuation bytes, MAC/IPv6 fragments, a 法定代表人 label before a
// party's name); with 0, 5 and 50 other natural persons as extra parties (taken from earlier
// events), each with and without the event's officers; the legal-representative profile on
// every third event. Each configuration runs through the per-call signatures and through one
// prepared redaction::Parties (shared by all its calls): Redact over all text fields and over
// the last field alone, CheckOutgoing over the original texts, the redacted texts and a JSON
// document of the redacted texts. Printed: every span (field, offset, length, class, how,
// replacement), the per-class counts, the doubt flag, the published party names, the
// CheckOutgoing reports, and the redacted texts. Texts and names are printed as 64-bit hashes
// unless --texts is given (then escaped in full: for finding a difference, never for logs).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "events/events.h"
#include "gen/generator.h"
#include "redaction/redaction.h"

namespace {

namespace redaction = disclosure::redaction;
using disclosure::events::CaseEvent;
using disclosure::events::Officer;
using disclosure::events::Party;
using disclosure::events::PartyKind;

bool g_texts = false;
std::string g_out;

void Flush() {
  std::fwrite(g_out.data(), 1, g_out.size(), stdout);
  g_out.clear();
}

// FNV-1a, 64 bit.
uint64_t Hash(std::string_view s) {
  uint64_t h = 0xCBF29CE484222325ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001B3ull;
  }
  return h;
}

void Text(std::string_view s) {
  char buf[32];
  if (!g_texts) {
    std::snprintf(buf, sizeof buf, "#%016llx/%zu", static_cast<unsigned long long>(Hash(s)),
                  s.size());
    g_out += buf;
    return;
  }
  g_out += '"';
  for (char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 || b == 0x7F || c == '"' || c == '\\') {
      std::snprintf(buf, sizeof buf, "\\x%02x", b);
      g_out += buf;
    } else {
      g_out += c;
    }
  }
  g_out += '"';
}

void Line(const char* fmt, auto... args) {
  char buf[256];
  std::snprintf(buf, sizeof buf, fmt, args...);
  g_out += buf;
}

void Dump(const redaction::RedactedItem& item) {
  Line("redact doubt=%d fields=%zu spans=%zu\n", item.doubt ? 1 : 0, item.fields.size(),
       item.spans.size());
  for (const auto& [name, text] : item.fields) {
    Line("  field %s ", name.c_str());
    Text(text);
    g_out += '\n';
  }
  for (const redaction::Span& s : item.spans) {
    Line("  span %s %zu %zu %s %s ", s.field.c_str(), s.offset, s.length,
         std::string(redaction::ToString(s.cls)).c_str(),
         std::string(redaction::ToString(s.how)).c_str());
    Text(s.replacement);
    g_out += '\n';
  }
  for (const auto& [key, count] : item.counts) {
    Line("  count %s %s %d\n", key.first.c_str(),
         std::string(redaction::ToString(key.second)).c_str(), count);
  }
  // By id, one per id (the last party of a repeated id), as a map holds them.
  const std::map<std::string, std::string> party_names(item.party_names.begin(),
                                                       item.party_names.end());
  for (const auto& [id, name] : party_names) {
    Line("  party %s ", id.c_str());
    Text(name);
    g_out += '\n';
  }
}

void Dump(const char* what, const redaction::ResidualReport& report) {
  Line("check %s suspect=%d clean=%d", what, report.suspect_ids, report.clean() ? 1 : 0);
  for (const auto& [cls, n] : report.hits) {
    Line(" %s=%d", std::string(redaction::ToString(cls)).c_str(), n);
  }
  g_out += '\n';
}

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ull + 1) {}
  uint64_t Next() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }
  size_t Below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(Next() % n); }

 private:
  uint64_t state_;
};

// Alters `text`: full-width forms for some ASCII, ideographic spaces and middle dots, invalid
// bytes, stray continuation bytes, truncated sequences, MAC/IPv6 fragments.
std::string Alter(std::string_view text, Rng& rng) {
  static constexpr const char* kInserts[] = {
      "\xFF",         "\xC0",
      "\x80",         "\xE4\xB8",
      "\xED\xA0\x80", "\xF0\x9F\x98\x80",
      "\xE3\x80\x80", "\xE3\x83\xBB",
      "\xE2\x80\xA2", "\xE2\x80\xA7",
      "\xEF\xBD\xA5", "::1",
      "fe80::1:2",    "00:1A:2B:3C:4D:5E",
      "\xC2\xB7",     "\xEF\xBC\x88",
      "\xEF\xBC\x9A", "\xEF\xBC\x8C",
  };
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const size_t r = rng.Below(1000);
    if (r < 12) out += kInserts[rng.Below(std::size(kInserts))];
    if (c > 0x20 && c < 0x7F && r >= 900) {
      // U+FF01 + (c - 0x21): EF BC 81 … EF BD 9E.
      const unsigned cp = 0xFF01 + (c - 0x21);
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (c == ' ' && r >= 950) {
      out += "\xE3\x80\x80";
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

struct Texts {
  std::vector<std::string> names;
  std::vector<std::string> values;
};

void RunConfiguration(const std::vector<Party>& parties, const std::vector<Officer>& officers,
                      const Texts& texts, const redaction::Profile& profile) {
  std::vector<redaction::Field> fields;
  for (size_t k = 0; k < texts.names.size(); ++k)
    fields.push_back({texts.names[k], texts.values[k]});
  const std::span<const redaction::Field> all(fields);
  const std::span<const redaction::Field> last =
      fields.empty() ? all : all.subspan(fields.size() - 1);
  std::vector<Party> persons;  // CheckOutgoing's per-call signature takes parties only
  const redaction::Parties prepared(parties, officers);
  for (int mode = 0; mode < 2; ++mode) {
    Line("%s\n", mode == 0 ? "per-call" : "prepared");
    const redaction::RedactedItem whole = mode == 0
                                              ? redaction::Redact(parties, officers, all, profile)
                                              : redaction::Redact(prepared, all, profile);
    Dump(whole);
    const redaction::RedactedItem tail = mode == 0
                                             ? redaction::Redact(parties, officers, last, profile)
                                             : redaction::Redact(prepared, last, profile);
    Dump(tail);
    auto check = [&](const char* what, std::string_view text) {
      Dump(what, mode == 0 ? redaction::CheckOutgoing(text, parties)
                           : redaction::CheckOutgoing(text, prepared));
    };
    std::string json = "{";
    for (size_t k = 0; k < texts.values.size(); ++k) {
      check("original", texts.values[k]);
      const std::string& redacted = whole.fields[k].second;
      check("redacted", redacted);
      if (k > 0) json += ',';
      json += '"' + texts.names[k] + "\":\"";
      for (char c : redacted) {
        if (c == '"' || c == '\\') json += '\\';
        if (c == '\n') {
          json += "\\n";
          continue;
        }
        json += c;
      }
      json += '"';
    }
    json += '}';
    check("json", json);
  }
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t count = 1000;
  uint64_t seed = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--count" && i + 1 < argc) {
      count = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--seed" && i + 1 < argc) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--texts") {
      g_texts = true;
    } else {
      std::fprintf(stderr, "usage: redaction_dump [--count N] [--seed S] [--texts]\n");
      return 2;
    }
  }
  auto parser = disclosure::events::Parser::Create();
  if (!parser.ok()) {
    std::fprintf(stderr, "redaction_dump: cannot create the event parser\n");
    return 1;
  }
  disclosure::testing::GeneratorOptions options;
  options.seed = seed;
  disclosure::testing::Generator generator(options);
  Rng rng(seed);
  std::vector<Party> pool;  // natural persons of earlier events
  for (uint64_t n = 0; n < count;) {
    const auto generated = generator.Next();
    auto outcome = parser.value()->Parse(generated.json);
    if (!std::holds_alternative<CaseEvent>(outcome)) continue;
    const CaseEvent& event = std::get<CaseEvent>(outcome);
    const bool altered = n % 2 == 1;
    Texts texts;
    auto add = [&](const char* name, std::string_view text) {
      texts.names.push_back(name);
      texts.values.push_back(altered ? Alter(text, rng) : std::string(text));
    };
    std::string summary = event.summary ? std::string(event.summary->reveal()) : "";
    if (altered && !event.parties.empty() && n % 3 == 0) {
      summary += "法定代表人：";
      summary += event.parties[n % event.parties.size()].name.reveal();
      summary += "。";
    }
    if (event.title) add("title", event.title->reveal());
    add("summary", summary);
    if (event.decision && event.decision->text)
      add("decision.text", event.decision->text->reveal());
    redaction::Profile profile;
    profile.keep_legal_representative = n % 3 == 0;
    Line("event %llu %s\n", static_cast<unsigned long long>(n), generated.event_id.c_str());
    for (size_t extra : {0, 5, 50}) {
      std::vector<Party> parties = event.parties;
      for (size_t j = 0; j < extra && !pool.empty(); ++j) {
        Party p = pool[(n * 13 + j) % pool.size()];
        p.party_id = "X" + std::to_string(j);
        parties.push_back(std::move(p));
      }
      for (int with_officers = 0; with_officers < 2; ++with_officers) {
        Line("config extra=%zu officers=%d\n", extra, with_officers);
        RunConfiguration(parties, with_officers ? event.officers : std::vector<Officer>{}, texts,
                         profile);
      }
    }
    for (const Party& p : event.parties) {
      if (p.kind == PartyKind::kPerson) {
        if (pool.size() < 4096) {
          pool.push_back(p);
        } else {
          pool[rng.Below(pool.size())] = p;
        }
      }
    }
    if (g_out.size() > (1u << 20)) Flush();
    ++n;
  }
  Flush();
  return 0;
}
