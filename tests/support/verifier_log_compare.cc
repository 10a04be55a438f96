#include "support/verifier_log_compare.h"

#include <fstream>
#include <regex>
#include <sstream>

#include <fmt/format.h>

#include "bpfkit/verifier.h"

namespace bpfkit::testing::vcorpus {
namespace {

std::string normalize_map_load(const std::string& line) {
  static const std::regex load(R"(^(.*\(18\) r[0-9]+ = )(0xffff[0-9a-f]{12}|map\[[^ ]*|btf_id\[[^ ]*)(\s+;.*)?$)");
  std::smatch m;
  if (!std::regex_match(line, m, load)) return line;
  std::string out = m[1].str() + "<map>";
  if (m[3].matched) out += " " + m[3].str().substr(m[3].str().find(';'));
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(normalize_map_load(line));
  while (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

}  // namespace

LogComparison compare_logs(const Case& c, int log_level) {
  LogComparison l;
  auto skip = [&](std::string why) {
    l.skipped = true;
    l.why = std::move(why);
    return l;
  };
  if (const auto why = live_unavailable(c)) return skip(*why);
  // a case this kernel build refuses for a feature it lacks is judged by upstream's verdict: its log is not 6.18's
  static const auto upstream = upstream_verdicts();
  if (upstream.count(c.name)) return skip("the running kernel's build lacks a feature it uses (upstream_verdicts.txt)");
  auto k = kernel_verdict(c, log_level);
  if (!k) return skip(k.error().message);
  if (k->log.empty()) return skip("the kernel's log did not fit the buffer");
  l.kernel = k->log;
  auto in = bpfkit_input(c);
  if (!in) return skip(in.error().message);
  VerifyOptions opts = bpfkit_options(c);
  opts.log_level = log_level;
  compare_log_texts(l.kernel, verify(in->input, opts).log, l);
  return l;
}

void compare_log_texts(std::string kernel, std::string ours, LogComparison& l) {
  l.kernel = std::move(kernel);
  l.ours = std::move(ours);
  const auto kl = lines_of(l.kernel), ol = lines_of(l.ours);
  l.kernel_lines = kl.size();
  l.first_difference = 0;
  for (size_t i = 0; i < kl.size() || i < ol.size(); ++i) {
    if (i < kl.size() && i < ol.size() && kl[i] == ol[i]) continue;
    l.first_difference = i + 1;
    l.kernel_line = i < kl.size() ? kl[i] : "<end>";
    l.ours_line = i < ol.size() ? ol[i] : "<end>";
    break;
  }
}

std::string log_mismatch_key(const std::string& name, int log_level) {
  return fmt::format("{} level {}", name, log_level);
}

std::map<std::string, std::string> known_log_mismatches() {
  std::map<std::string, std::string> out;
  std::ifstream in(std::string(BPFKIT_SOURCE_DIR) + "/tests/verifier/known_log_mismatches.txt");
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    out[line.substr(0, colon)] = colon + 2 <= line.size() ? line.substr(colon + 2) : "";
  }
  return out;
}

}  // namespace bpfkit::testing::vcorpus
