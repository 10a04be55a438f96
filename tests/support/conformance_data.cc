#include "support/conformance_data.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "bpfkit/asm.h"
#include "bpfkit/vm.h"

namespace bpfkit::testing {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// gtest parameter names may hold only [A-Za-z0-9_].
std::string sanitize(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += c;
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

enum class Section { None, Asm, Mem, Result, MemAfter, Error, KernelRejects };

std::optional<Section> section_named(std::string_view name) {
  static const std::map<std::string_view, Section> kSections = {
      {"asm", Section::Asm},       {"mem", Section::Mem},     {"result", Section::Result},
      {"mem-after", Section::MemAfter}, {"error", Section::Error}, {"kernel-rejects", Section::KernelRejects}};
  auto it = kSections.find(name);
  if (it == kSections.end()) return std::nullopt;
  return it->second;
}

// Collects one case's raw section text, then validates it as a whole.
struct Builder {
  ConformanceCase c;
  std::map<Section, std::vector<std::pair<int, std::string>>> bodies;  // section -> (line, text)
  std::vector<Section> order;
  std::vector<std::string> errors;

  void err(int line, const std::string& msg) { errors.push_back(fmt::format("{}:{}: {}", c.file, line, msg)); }

  // Non-blank, non-comment lines of a section.
  std::vector<std::pair<int, std::string_view>> content(Section s) const {
    std::vector<std::pair<int, std::string_view>> out;
    auto it = bodies.find(s);
    if (it == bodies.end()) return out;
    for (const auto& [line, text] : it->second) {
      std::string_view t = trim(text);
      if (t.empty() || t.front() == '#') continue;
      out.emplace_back(line, t);
    }
    return out;
  }

  std::string joined(Section s) const {
    std::string out;
    for (const auto& [line, text] : content(s)) out += std::string(text) + "\n";
    return out;
  }

  bool finish() {
    const int at = c.line;
    if (trim(c.title).empty()) err(at, "case has no title");
    if (!bodies.count(Section::Asm)) {
      err(at, "case has no -- asm section");
    } else {
      const auto& lines = bodies[Section::Asm];
      c.asm_line = lines.empty() ? at : lines.front().first;
      for (const auto& [line, text] : lines) c.asm_text += text + "\n";
      if (content(Section::Asm).empty()) err(at, "-- asm section is empty");
    }
    if (bodies.count(Section::Mem)) {
      auto bytes = parse_hex_bytes(joined(Section::Mem));
      if (!bytes) err(at, "-- mem is not hex bytes");
      else c.mem = *bytes;
    }
    if (bodies.count(Section::MemAfter)) {
      auto bytes = parse_hex_bytes(joined(Section::MemAfter));
      if (!bytes) err(at, "-- mem-after is not hex bytes");
      else if (bytes->size() != c.mem.size()) err(at, "-- mem-after has a different length than -- mem");
      else c.mem_after = *bytes;
    }
    if (bodies.count(Section::Result)) {
      auto lines = content(Section::Result);
      if (lines.size() != 1) {
        err(at, "-- result must hold exactly one value");
      } else if (auto v = parse_u64(lines[0].second)) {
        c.result = *v;
      } else {
        err(lines[0].first, fmt::format("bad result value '{}'", lines[0].second));
      }
    }
    if (bodies.count(Section::Error)) {
      auto lines = content(Section::Error);
      if (lines.size() != 1) err(at, "-- error must hold exactly one line (a message substring)");
      else c.error = std::string(lines[0].second);
    }
    if (bodies.count(Section::KernelRejects)) {
      KernelReject kr;
      for (const auto& [line, text] : content(Section::KernelRejects)) {
        if (starts_with(text, "why:")) kr.why = trim(text.substr(4));
        else if (starts_with(text, "log:")) kr.log = trim(text.substr(4));
        else err(line, "-- kernel-rejects lines are 'why: ...' or 'log: ...'");
      }
      if (kr.why.empty() || kr.log.empty()) err(at, "-- kernel-rejects needs both 'why:' and 'log:'");
      c.kernel_rejects = kr;
    }
    if (!bodies.count(Section::Result) && !bodies.count(Section::Error)) err(at, "case needs -- result or -- error");
    if (bodies.count(Section::Result) && bodies.count(Section::Error)) err(at, "case has both -- result and -- error");
    if (bodies.count(Section::Error) && !bodies.count(Section::KernelRejects)) {
      err(at, "a case with -- error needs -- kernel-rejects (the kernel verifier must refuse it)");
    }
    if (bodies.count(Section::Error) && bodies.count(Section::MemAfter)) err(at, "-- mem-after with -- error");
    return errors.empty();
  }
};

}  // namespace

std::string ConformanceCase::where() const { return fmt::format("{}:{}: {}", file, line, title); }

std::optional<uint64_t> parse_u64(std::string_view text) {
  text = trim(text);
  bool negative = false;
  if (starts_with(text, "-")) {
    negative = true;
    text.remove_prefix(1);
  }
  int base = 10;
  if (starts_with(text, "0x") || starts_with(text, "0X")) {
    base = 16;
    text.remove_prefix(2);
  }
  if (text.empty()) return std::nullopt;
  uint64_t v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v, base);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return negative ? uint64_t(0) - v : v;
}

std::optional<std::vector<uint8_t>> parse_hex_bytes(std::string_view text) {
  std::vector<uint8_t> out;
  std::istringstream in{std::string(text)};
  std::string tok;
  while (in >> tok) {
    if (tok.size() != 2 || !std::isxdigit(static_cast<unsigned char>(tok[0])) ||
        !std::isxdigit(static_cast<unsigned char>(tok[1]))) {
      return std::nullopt;
    }
    out.push_back(uint8_t(std::stoul(tok, nullptr, 16)));
  }
  return out;
}

std::string hex_bytes(const std::vector<uint8_t>& bytes) {
  std::string out;
  for (size_t i = 0; i < bytes.size(); ++i) out += fmt::format("{}{:02x}", i ? " " : "", bytes[i]);
  return out;
}

ParsedFile parse_conformance(std::string_view text, std::string_view file_name) {
  ParsedFile out;
  out.file = std::string(file_name);
  const std::string stem = sanitize(std::filesystem::path(file_name).stem().string());
  std::optional<Builder> cur;
  Section section = Section::None;
  auto flush = [&] {
    if (!cur) return;
    if (cur->finish()) out.cases.push_back(std::move(cur->c));
    out.errors.insert(out.errors.end(), cur->errors.begin(), cur->errors.end());
    cur.reset();
  };

  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

    if (starts_with(line, "==")) {
      flush();
      cur.emplace();
      cur->c.file = out.file;
      cur->c.line = line_no;
      cur->c.title = std::string(trim(line.substr(2)));
      cur->c.name = stem + "_" + sanitize(cur->c.title);
      section = Section::None;
      continue;
    }
    if (starts_with(line, "--")) {
      std::string_view name = trim(line.substr(2));
      auto s = section_named(name);
      if (!cur) {
        out.errors.push_back(fmt::format("{}:{}: section header before the first '==' case", out.file, line_no));
      } else if (!s) {
        cur->err(line_no, fmt::format("unknown section '-- {}'", name));
      } else if (cur->bodies.count(*s)) {
        cur->err(line_no, fmt::format("section '-- {}' given twice", name));
      } else {
        cur->bodies[*s];
        section = *s;
      }
      continue;
    }
    if (!cur) {
      std::string_view t = trim(line);
      if (!t.empty() && t.front() != '#') {
        out.errors.push_back(fmt::format("{}:{}: text outside a case: '{}'", out.file, line_no, t));
      }
      continue;
    }
    if (section == Section::None) {
      std::string_view t = trim(line);
      if (!t.empty() && t.front() != '#') cur->err(line_no, "text before the first section of the case");
      continue;
    }
    cur->bodies[section].emplace_back(line_no, std::string(line));
  }
  flush();
  return out;
}

BpfkitOutcome run_in_bpfkit(const ConformanceCase& c) {
  BpfkitOutcome out;
  auto insns = assemble(c.asm_text);
  if (!insns) {
    Error e = insns.error();
    if (e.line > 0) e.line += c.asm_line - 1;  // report the .data file line
    e.object = c.file;
    out.asm_error = e.to_string();
    return out;
  }
  out.insns = *insns;
  auto prog = Program::load(*insns);
  if (!prog) {
    out.load_error = prog.error().to_string();
    return out;
  }
  std::vector<uint8_t> mem = c.mem;
  RunContext ctx = raw_context(mem);
  ctx.loop_limit = kLoopLimit;
  auto r0 = prog->run(ctx);
  out.mem_after = mem;
  if (!r0) {
    out.run_error = r0.error().to_string();
    return out;
  }
  out.r0 = *r0;
  return out;
}

std::vector<ConformanceCase> Corpus::all_cases() const {
  std::vector<ConformanceCase> out;
  for (const auto& f : files) out.insert(out.end(), f.cases.begin(), f.cases.end());
  return out;
}

Corpus load_corpus() {
  Corpus corpus;
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(BPFKIT_SOURCE_DIR) / "tests" / "conformance" / "data";
  std::vector<fs::path> paths;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".data") paths.push_back(entry.path());
  }
  if (ec) corpus.errors.push_back(fmt::format("cannot list {}: {}", dir.string(), ec.message()));
  std::sort(paths.begin(), paths.end());
  if (paths.empty()) corpus.errors.push_back(fmt::format("no .data files in {}", dir.string()));

  std::map<std::string, std::string> seen;  // name -> where
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
      corpus.errors.push_back(fmt::format("cannot read {}", p.string()));
      continue;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    ParsedFile f = parse_conformance(ss.str(), p.filename().string());
    if (f.cases.empty()) f.errors.push_back(fmt::format("{}: no cases", f.file));
    for (const auto& c : f.cases) {
      auto [it, fresh] = seen.emplace(c.name, c.where());
      if (!fresh) corpus.errors.push_back(fmt::format("{}: case name {} already used at {}", c.where(), c.name, it->second));
    }
    corpus.files.push_back(std::move(f));
  }
  return corpus;
}

}  // namespace bpfkit::testing
