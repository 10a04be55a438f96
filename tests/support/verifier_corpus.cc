// The verifier's differential corpus (see verifier_corpus.h).
#include "support/verifier_corpus.h"

#include <sys/utsname.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "bpfkit/asm.h"

namespace bpfkit::testing::vcorpus {
namespace fs = std::filesystem;

namespace {

std::string corpus_dir() { return std::string(BPFKIT_SOURCE_DIR) + "/tests/verifier"; }
std::string object_dir() { return std::string(BPFKIT_BINARY_DIR) + "/bpf/verifier"; }

std::string trim(std::string s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

Expected<std::string> read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(fmt::format("{}: cannot open: {}", path, strerror(errno)));
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::optional<ProgType> prog_type_by_name(const std::string& name) {
  for (uint32_t t = 0; t <= 40; ++t) {
    const char* n = prog_type_name(ProgType(t));
    if (n != nullptr && name == n) return ProgType(t);
  }
  return std::nullopt;
}

std::optional<MapType> map_type_by_name(const std::string& name) {
  for (uint32_t t = 1; t <= 40; ++t) {
    const char* n = map_type_name(MapType(t));
    if (n != nullptr && name == n) return MapType(t);
  }
  return std::nullopt;
}

// "// map: TYPE key=K value=V entries=N [flags=F] [name=NAME]"
Expected<MapSpec> parse_map(const std::string& text, size_t index) {
  std::istringstream in(text);
  std::string type;
  in >> type;
  MapSpec spec;
  const auto t = map_type_by_name(type);
  if (!t) return make_error(fmt::format("unknown map type '{}'", type));
  spec.type = *t;
  spec.name = fmt::format("m{}", index);
  std::string kv;
  while (in >> kv) {
    const auto eq = kv.find('=');
    if (eq == std::string::npos) return make_error(fmt::format("expected key=value, got '{}'", kv));
    const std::string k = kv.substr(0, eq), v = kv.substr(eq + 1);
    if (k == "name") {
      spec.name = v;
      continue;
    }
    const uint32_t n = uint32_t(std::stoul(v, nullptr, 0));
    if (k == "key") spec.key_size = n;
    else if (k == "value") spec.value_size = n;
    else if (k == "entries") spec.max_entries = n;
    else if (k == "flags") spec.map_flags = n;
    else return make_error(fmt::format("unknown map attribute '{}'", k));
  }
  return spec;
}

// "reject: MESSAGE" or "accept"
Expected<Verdict> parse_rule(const std::string& text) {
  Verdict v;
  v.origin = "kernel source rules (kernel.unprivileged_bpf_disabled forbids unprivileged bpf here)";
  if (text == "accept") {
    v.accepted = true;
    return v;
  }
  if (text.rfind("reject:", 0) == 0) {
    v.error = trim(text.substr(7));
    v.err = EACCES;
    return v;
  }
  return make_error(fmt::format("expected 'accept' or 'reject: MESSAGE', got '{}'", text));
}

// Reads the "// key: value" header lines of a case file into c. Other comment lines are free text; the first one
// is the description.
Expected<void> parse_header(const std::string& text, Case* c) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    line = trim(line);
    if (line.empty()) continue;
    if (line.rfind("//", 0) != 0) {
      if (line.rfind("#include", 0) == 0) continue;
      break;  // the header ends at the first line of code
    }
    std::string body = trim(line.substr(2));
    const auto colon = body.find(':');
    const std::string key = colon == std::string::npos ? "" : body.substr(0, colon);
    const std::string value = colon == std::string::npos ? "" : trim(body.substr(colon + 1));
    if (key == "type") {
      const auto t = prog_type_by_name(value);
      if (!t) return make_error(fmt::format("unknown program type '{}'", value));
      c->type = *t;
    } else if (key == "privileged") {
      if (value != "yes" && value != "no") return make_error("privileged: expected yes or no");
      c->privileged = value == "yes";
    } else if (key == "license") {
      c->gpl = value == "GPL";
    } else if (key == "processed") {
      if (value != "exact") return make_error("processed: expected exact");
      c->exact_processed = true;
    } else if (key == "sleepable") {
      c->sleepable = value == "yes";
    } else if (key == "attach") {
      c->expected_attach_type = uint32_t(std::stoul(value, nullptr, 0));
    } else if (key == "map") {
      auto spec = parse_map(value, c->maps.size());
      if (!spec) return spec.error();
      c->maps.push_back(*spec);
    } else if (key.rfind("raw ", 0) == 0) {
      std::istringstream r(value);
      std::string tok[5];
      if (!(r >> tok[0] >> tok[1] >> tok[2] >> tok[3] >> tok[4])) {
        return make_error(fmt::format("bad raw line '{}'", body));
      }
      const long long opcode = std::stoll(tok[0], nullptr, 0), dst = std::stoll(tok[1], nullptr, 0),
                      src = std::stoll(tok[2], nullptr, 0), off = std::stoll(tok[3], nullptr, 0),
                      imm = std::stoll(tok[4], nullptr, 0);
      Insn insn;
      insn.opcode = uint8_t(opcode);
      insn.dst = uint8_t(dst);
      insn.src = uint8_t(src);
      insn.off = int16_t(off);
      insn.imm = int32_t(imm);
      c->raw.emplace_back(std::stoul(key.substr(4)), insn);
    } else if (key == "unprivileged-kernel") {
      auto rule = parse_rule(value);
      if (!rule) return rule.error();
      c->source_rule = *rule;
    } else if (c->description.empty()) {
      c->description = body;
    }
  }
  return {};
}

}  // namespace

Expected<std::vector<Case>> load_cases() {
  std::vector<Case> cases;
  std::vector<fs::path> files;
  for (const char* sub : {"asm", "c"}) {
    const fs::path dir = fs::path(corpus_dir()) / sub;
    if (!fs::exists(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    const std::string fname = path.filename().string();
    const bool is_asm = path.extension() == ".s";
    const bool is_c = fname.size() > 6 && fname.ends_with(".bpf.c");
    if (!is_asm && !is_c) continue;
    auto text = read_text(path.string());
    if (!text) return text.error();
    Case base;
    base.file = path.parent_path().filename().string() + "/" + fname;
    base.is_asm = is_asm;
    if (auto h = parse_header(*text, &base); !h) {
      return make_error(fmt::format("{}: {}", base.file, h.error().message));
    }
    if (is_asm) {
      base.name = path.stem().string();
      if (base.type == ProgType::Unspec) return make_error(fmt::format("{}: no '// type:' line", base.file));
      cases.push_back(base);
      continue;
    }
    const std::string stem = fname.substr(0, fname.size() - 6);
    base.object = object_dir() + "/" + stem + ".o";
    auto obj = ObjectSpec::open(base.object);
    if (!obj) return make_error(fmt::format("{}: {}", base.object, obj.error().message));
    for (const auto& p : obj->programs()) {
      Case c = base;
      c.name = p.name;
      c.prog = p.name;
      c.type = p.type;
      c.expected_attach_type = p.expected_attach_type;
      c.sleepable = p.sleepable;
      c.gpl = obj->license() == "GPL" || obj->license() == "Dual BSD/GPL" || obj->license() == "Dual MIT/GPL" ||
              obj->license() == "GPL v2" || obj->license() == "Dual MPL/GPL";
      cases.push_back(c);
    }
  }
  std::sort(cases.begin(), cases.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
  for (size_t i = 1; i < cases.size(); ++i) {
    if (cases[i].name == cases[i - 1].name) {
      return make_error(fmt::format("case name '{}' used by {} and {}", cases[i].name, cases[i - 1].file,
                                    cases[i].file));
    }
  }
  return cases;
}

std::string last_error_line(const std::string& log) {
  std::vector<std::string> lines;
  std::istringstream in(log);
  std::string line;
  while (std::getline(in, line)) {
    if (!trim(line).empty()) lines.push_back(line);
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rfind("processed ", 0) == 0 && lines[i].find(" insns") != std::string::npos) {
      return i == 0 ? "" : lines[i - 1];
    }
    // A few messages lack their newline ("expected prog array map for tail call"), so the statistics line is
    // glued to them: the message is what precedes it.
    const auto glued = lines[i].find("processed ");
    if (glued != std::string::npos && glued > 0 && lines[i].find(" insns (limit ", glued) != std::string::npos) {
      return lines[i].substr(0, glued);
    }
  }
  return lines.empty() ? "" : lines.back();
}

int64_t processed_insns(const std::string& log) {
  const auto p = log.rfind("\nprocessed ");
  const size_t at = p == std::string::npos ? (log.rfind("processed ", 0) == 0 ? 0 : std::string::npos) : p + 1;
  if (at == std::string::npos) return -1;
  return std::strtoll(log.c_str() + at + 10, nullptr, 10);
}

Expected<std::vector<Insn>> asm_insns(const Case& c) {
  auto text = read_text(corpus_dir() + "/" + c.file);
  if (!text) return text.error();
  auto insns = assemble(*text);
  if (!insns) return make_error(fmt::format("{}:{}: {}", c.file, insns.error().line, insns.error().message));
  for (const auto& [at, insn] : c.raw) {
    if (at > insns->size()) return make_error(fmt::format("{}: raw instruction {} past the end", c.file, at));
    if (at == insns->size()) insns->push_back(insn);
    else (*insns)[at] = insn;
  }
  return insns;
}

std::string recording_path() { return corpus_dir() + "/expected.json"; }

Expected<Recording> read_recording(const std::string& path) {
  auto text = read_text(path);
  if (!text) return text.error();
  Recording r;
  try {
    const auto j = nlohmann::json::parse(*text);
    r.kernel = j.at("kernel").get<std::string>();
    for (const auto& [name, v] : j.at("cases").items()) {
      Verdict d;
      d.accepted = v.at("verdict").get<std::string>() == "accept";
      d.error = v.value("error", "");
      d.err = v.value("errno", 0);
      d.processed = v.contains("processed_insns") && !v.at("processed_insns").is_null()
                        ? v.at("processed_insns").get<int64_t>()
                        : -1;
      d.origin = v.value("origin", "live");
      r.cases[name] = d;
    }
  } catch (const std::exception& e) {
    return make_error(fmt::format("{}: {}", path, e.what()));
  }
  return r;
}

Expected<void> write_recording(const std::string& path, const Recording& r) {
  nlohmann::ordered_json j;
  j["kernel"] = r.kernel;
  j["cases"] = nlohmann::ordered_json::object();
  for (const auto& [name, d] : r.cases) {
    nlohmann::ordered_json v;
    v["verdict"] = d.accepted ? "accept" : "reject";
    v["error"] = d.error;
    v["errno"] = d.err;
    v["processed_insns"] = d.processed < 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(d.processed);
    v["origin"] = d.origin;
    j["cases"][name] = v;
  }
  std::ofstream out(path);
  if (!out) return make_error(fmt::format("{}: cannot write: {}", path, strerror(errno)));
  out << j.dump(1) << "\n";
  return {};
}

namespace {
// "NAME: rest" lines, '#' comments; real programs' names hold a colon themselves ("real:OBJ/PROG"), so the split is
// at the first ": ".
std::map<std::string, std::string> read_name_lines(const std::string& path) {
  std::map<std::string, std::string> out;
  auto text = read_text(path);
  if (!text) return out;
  std::istringstream in(*text);
  std::string line;
  while (std::getline(in, line)) {
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    const auto colon = line.find(": ");
    if (colon == std::string::npos) {
      out[line] = "";
    } else {
      out[trim(line.substr(0, colon))] = trim(line.substr(colon + 2));
    }
  }
  return out;
}
}  // namespace

std::map<std::string, std::string> known_mismatches() { return read_name_lines(corpus_dir() + "/known_mismatches.txt"); }

std::map<std::string, Verdict> upstream_verdicts() {
  std::map<std::string, Verdict> out;
  for (const auto& [name, rule] : read_name_lines(corpus_dir() + "/upstream_verdicts.txt")) {
    Verdict v;
    v.accepted = rule == "accept";
    if (!v.accepted && rule.rfind("reject: ", 0) == 0) v.error = rule.substr(8);
    else if (!v.accepted) continue;  // malformed: the case then fails for want of a verdict
    v.origin = "kernel source rules (upstream 6.18)";
    out[name] = v;
  }
  return out;
}

std::string uname_release() {
  utsname u{};
  if (uname(&u) != 0) return "unknown";
  return u.release;
}

}  // namespace bpfkit::testing::vcorpus
