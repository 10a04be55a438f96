// Comparing two corpus Outcomes, with differences a reader can act on: which step or map, which key, and the first
// differing byte.
#include <algorithm>
#include <cstdlib>
#include <set>

#include <fmt/format.h>

#include "support/corpus_case.h"

namespace bpfkit::testing::corpus {
namespace {

// First index where a and b differ, or the shorter length if one is a prefix of the other.
size_t first_diff(const Bytes& a, const Bytes& b) {
  size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  return i;
}

std::string bytes_diff(const Bytes& k, const Bytes& u) {
  const size_t at = first_diff(k, u);
  return fmt::format("first difference at byte {} (sizes {} vs {})\n      kernel: {}\n      bpfkit: {}", at, k.size(),
                     u.size(), hex(k), hex(u));
}

std::string value_diff(const Bytes& k, const Bytes& u) { return bytes_diff(k, u); }
std::string value_diff(const std::string& k, const std::string& u) { return fmt::format("kernel {} | bpfkit {}", k, u); }

template <class V, class F>
void diff_keyed(const std::string& where, const std::vector<std::pair<Bytes, V>>& k,
                const std::vector<std::pair<Bytes, V>>& u, F show, std::vector<std::string>& out) {
  std::map<Bytes, const V*> km, um;
  for (const auto& [key, v] : k) km[key] = &v;
  for (const auto& [key, v] : u) um[key] = &v;
  for (const auto& [key, v] : km) {
    auto it = um.find(key);
    if (it == um.end()) out.push_back(fmt::format("{}: key {} only in the kernel (value {})", where, hex(key), show(*v)));
    else if (*it->second != *v)
      out.push_back(fmt::format("{}: key {}: {}", where, hex(key), value_diff(*v, *it->second)));
  }
  for (const auto& [key, v] : um) {
    if (!km.count(key)) out.push_back(fmt::format("{}: key {} only in bpfkit (value {})", where, hex(key), show(*v)));
  }
}

void diff_records(const std::string& where, const std::vector<Bytes>& k, const std::vector<Bytes>& u,
                  std::vector<std::string>& out) {
  if (k.size() != u.size()) out.push_back(fmt::format("{}: {} records in the kernel, {} in bpfkit", where, k.size(), u.size()));
  for (size_t i = 0; i < std::min(k.size(), u.size()); ++i) {
    if (k[i] != u[i]) out.push_back(fmt::format("{} record {}: {}", where, i, bytes_diff(k[i], u[i])));
  }
  for (size_t i = u.size(); i < k.size(); ++i) out.push_back(fmt::format("{} record {} (kernel only): {}", where, i, hex(k[i])));
  for (size_t i = k.size(); i < u.size(); ++i) out.push_back(fmt::format("{} record {} (bpfkit only): {}", where, i, hex(u[i])));
}

template <class M, class F>
void diff_named(const std::string& what, const M& k, const M& u, F each, const Case& c, std::vector<std::string>& out,
                std::vector<std::string>* known) {
  std::set<std::string> names;
  for (const auto& [n, _] : k) names.insert(n);
  for (const auto& [n, _] : u) names.insert(n);
  for (const auto& n : names) {
    std::vector<std::string> d;
    auto ki = k.find(n), ui = u.find(n);
    if (ki == k.end()) d.push_back(fmt::format("{} {}: only in bpfkit", what, n));
    else if (ui == u.end()) d.push_back(fmt::format("{} {}: only in the kernel", what, n));
    else each(what + " " + n, ki->second, ui->second, d);
    if (d.empty()) continue;
    if (const KnownDiff* kd = c.known_diff(what + " " + n)) {
      if (known) known->push_back(fmt::format("{} {} (known:{}): {} difference(s)", what, n, kd->reason, d.size()));
      continue;
    }
    out.insert(out.end(), d.begin(), d.end());
  }
}

}  // namespace

std::string hex(const Bytes& b, size_t max) {
  std::string s;
  for (size_t i = 0; i < b.size() && i < max; ++i) {
    if (i && i % 4 == 0) s += ' ';
    s += fmt::format("{:02x}", b[i]);
  }
  if (b.size() > max) s += fmt::format(" ...(+{})", b.size() - max);
  return s.empty() ? "<empty>" : s;
}

std::vector<std::string> diff_outcomes(const Case& c, const Outcome& k, const Outcome& u,
                                       std::vector<std::string>* known) {
  std::vector<std::string> out;
  if (k.load_error != u.load_error) {
    out.push_back(fmt::format("load: kernel '{}' | bpfkit '{}'", k.load_error, u.load_error));
    return out;
  }
  if (k.steps.size() != u.steps.size())
    out.push_back(fmt::format("{} steps ran in the kernel, {} in bpfkit", k.steps.size(), u.steps.size()));
  for (size_t i = 0; i < std::min(k.steps.size(), u.steps.size()); ++i) {
    const StepResult &a = k.steps[i], &b = u.steps[i];
    std::vector<std::string> d;
    const std::string w = a.step;
    if (!a.error.empty() || !b.error.empty()) {
      if (a.error != b.error) d.push_back(fmt::format("{}: error: kernel '{}' | bpfkit '{}'", w, a.error, b.error));
    }
    if (a.rc != b.rc) d.push_back(fmt::format("{}: return code: kernel {} | bpfkit {}", w, a.rc, b.rc));
    if (a.retval != b.retval)
      d.push_back(fmt::format("{}: retval: kernel {} ({:#x}) | bpfkit {} ({:#x})", w, int32_t(a.retval), a.retval,
                              int32_t(b.retval), b.retval));
    if (a.data_out != b.data_out) d.push_back(fmt::format("{}: data_out: {}", w, bytes_diff(a.data_out, b.data_out)));
    if (a.ctx_out != b.ctx_out) d.push_back(fmt::format("{}: ctx_out: {}", w, bytes_diff(a.ctx_out, b.ctx_out)));
    if (d.empty()) continue;
    const int line = i < c.steps.size() ? c.steps[i].line : 0;
    if (const KnownDiff* kd = c.known_diff(fmt::format("line {}", line))) {
      if (known) known->push_back(fmt::format("line {} (known:{}): {} difference(s)", line, kd->reason, d.size()));
      continue;
    }
    out.insert(out.end(), d.begin(), d.end());
  }

  auto show_bytes = [](const Bytes& v) { return hex(v); };
  auto show_name = [](const std::string& v) { return v; };
  diff_named(
      "map", k.maps, u.maps,
      [&](const std::string& w, const MapContents& a, const MapContents& b, std::vector<std::string>& d) {
        if (a.type != b.type) d.push_back(fmt::format("{}: type {} | {}", w, a.type, b.type));
        diff_keyed(w, a.entries, b.entries, show_bytes, d);
        diff_keyed(w + " slot", a.slots, b.slots, show_name, d);
        diff_records(w + " element", a.elements, b.elements, d);
        if (a.probes != b.probes)
          d.push_back(fmt::format("{}: probes: kernel [{}] | bpfkit [{}]", w, fmt::join(a.probes, " "),
                                  fmt::join(b.probes, " ")));
      },
      c, out, known);
  diff_named(
      "ringbuf", k.ringbuf, u.ringbuf,
      [&](const std::string& w, const std::vector<Bytes>& a, const std::vector<Bytes>& b, std::vector<std::string>& d) {
        diff_records(w, a, b, d);
      },
      c, out, known);
  diff_named(
      "perf", k.perf, u.perf,
      [&](const std::string& w, const std::vector<Bytes>& a, const std::vector<Bytes>& b, std::vector<std::string>& d) {
        diff_records(w, a, b, d);
      },
      c, out, known);
  return out;
}

std::string describe(const Outcome& o) {
  // CORPUS_FULL=1 in the environment prints whole values instead of their first bytes.
  const bool full = std::getenv("CORPUS_FULL") != nullptr;
  auto hex = [full](const Bytes& b, size_t max) { return corpus::hex(b, full ? SIZE_MAX : max); };
  std::string s;
  if (!o.load_error.empty()) return "load error: " + o.load_error + "\n";
  for (const auto& r : o.steps) {
    s += fmt::format("  {}: rc={}", r.step, r.rc);
    if (r.step.find(": run ") != std::string::npos)
      s += fmt::format(" retval={:#x} data_out=[{}] ctx_out=[{}]", r.retval, hex(r.data_out, 64), hex(r.ctx_out, 32));
    if (!r.error.empty()) s += " error=" + r.error;
    s += "\n";
  }
  for (const auto& [n, m] : o.maps) {
    s += fmt::format("  map {} ({}):", n, m.type);
    for (const auto& [k, v] : m.entries) s += fmt::format(" [{}]={}", hex(k, 16), hex(v, 32));
    for (const auto& [k, v] : m.slots) s += fmt::format(" [{}]->{}", hex(k, 16), v);
    for (const auto& e : m.elements) s += fmt::format(" <{}>", hex(e, 32));
    for (int p : m.probes) s += fmt::format(" probe={}", p);
    s += "\n";
  }
  for (const auto& [n, rs] : o.ringbuf) {
    s += fmt::format("  ringbuf {}: {} record(s)", n, rs.size());
    for (const auto& r : rs) s += fmt::format(" <{}>", hex(r, 32));
    s += "\n";
  }
  for (const auto& [n, rs] : o.perf) {
    s += fmt::format("  perf {}: {} record(s)", n, rs.size());
    for (const auto& r : rs) s += fmt::format(" <{}>", hex(r, 32));
    s += "\n";
  }
  return s;
}

}  // namespace bpfkit::testing::corpus
