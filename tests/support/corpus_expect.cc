// `expect` lines of corpus cases: fixed expected results, so a case keeps checking bpfkit where the kernel cannot
// run it (see corpus_case.h for the syntax and kernel_refusal.h for when the kernel half skips).
#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include <fmt/format.h>

#include "support/corpus_case.h"

namespace bpfkit::testing::corpus {
namespace {

Error fail(int line, std::string msg) {
  Error e = make_error(std::move(msg));
  e.line = line;
  return e;
}

Expected<int64_t> integer(const std::string& s, int line) {
  if (s.empty()) return fail(line, "expect: empty number");
  char* end = nullptr;
  errno = 0;
  const int64_t v = s[0] == '-' ? int64_t(std::strtoll(s.c_str(), &end, 0)) : int64_t(std::strtoull(s.c_str(), &end, 0));
  if (errno != 0 || *end != '\0') return fail(line, fmt::format("expect: bad number '{}'", s));
  return v;
}

Value tokens_value(std::vector<std::string>::const_iterator b, std::vector<std::string>::const_iterator e, int line) {
  Value v;
  v.line = line;
  v.tokens.assign(b, e);
  return v;
}

const char* kind_name(Expectation::Kind k) {
  switch (k) {
    case Expectation::Kind::Rc: return "rc";
    case Expectation::Kind::Retval: return "retval";
    case Expectation::Kind::DataOut: return "data_out";
    case Expectation::Kind::CtxOut: return "ctx_out";
    case Expectation::Kind::MapValue: return "map";
  }
  return "?";
}

}  // namespace

std::string Expectation::describe() const {
  if (kind == Kind::MapValue) return fmt::format("line {}: expect map {}", line, map);
  return fmt::format("line {}: expect {}", line, kind_name(kind));
}

Expected<Expectation> parse_expectation(const std::vector<std::string>& t, int line, std::optional<size_t> run_step) {
  Expectation e;
  e.line = line;
  if (t.size() < 2) return fail(line, "expect WHAT ...");
  const std::string& what = t[1];
  if (what == "map") {
    if (run_step) return fail(line, "expect map is a top-level line (it checks the map after the last step)");
    auto arrow = std::find(t.begin(), t.end(), "=>");
    if (t.size() < 6 || arrow == t.end() || arrow == t.begin() + 3 || arrow + 1 == t.end())
      return fail(line, "expect map MAP KEY => VALUE");
    e.kind = Expectation::Kind::MapValue;
    e.map = t[2];
    e.key = tokens_value(t.begin() + 3, arrow, line);
    e.bytes = tokens_value(arrow + 1, t.end(), line);
    return e;
  }
  if (!run_step) return fail(line, fmt::format("expect {} belongs to a run (indent it under one)", what));
  e.step = *run_step;
  if (what == "rc" || what == "retval") {
    if (t.size() != 3) return fail(line, fmt::format("expect {} N", what));
    auto n = integer(t[2], line);
    if (!n) return n.error();
    e.kind = what == "rc" ? Expectation::Kind::Rc : Expectation::Kind::Retval;
    e.number = *n;
    return e;
  }
  if (what == "data_out" || what == "ctx_out") {
    e.kind = what == "data_out" ? Expectation::Kind::DataOut : Expectation::Kind::CtxOut;
    e.bytes = tokens_value(t.begin() + 2, t.end(), line);  // may be empty: nothing written back
    return e;
  }
  return fail(line, fmt::format("unknown expectation '{}' (rc, retval, data_out, ctx_out, map)", what));
}

std::vector<std::string> check_expectations(const Case& c, const Outcome& o) {
  std::vector<std::string> out;
  if (!o.load_error.empty() && !c.expectations.empty()) {
    out.push_back(fmt::format("{} expectation(s) unchecked: load error: {}", c.expectations.size(), o.load_error));
    return out;
  }
  const RunVars vars = RunVars::sample();
  for (const Expectation& e : c.expectations) {
    const std::string w = e.describe();
    if (e.kind == Expectation::Kind::MapValue) {
      auto key = e.key.build(vars);
      auto want = e.bytes.build(vars);
      if (!key || !want) {
        out.push_back(fmt::format("{}: {}", w, (!key ? key.error() : want.error()).to_string()));
        continue;
      }
      auto m = o.maps.find(e.map);
      if (m == o.maps.end()) {
        out.push_back(fmt::format("{}: no map '{}' in the outcome", w, e.map));
        continue;
      }
      auto it = std::find_if(m->second.entries.begin(), m->second.entries.end(),
                             [&](const auto& kv) { return kv.first == *key; });
      if (it == m->second.entries.end()) {
        out.push_back(fmt::format("{}: key {} not in the map", w, hex(*key)));
      } else if (it->second != *want) {
        out.push_back(fmt::format("{} key {}: got {} want {}", w, hex(*key), hex(it->second), hex(*want)));
      }
      continue;
    }
    // The run's result: steps run in order, so step i of the case is result i.
    if (e.step >= o.steps.size()) {
      out.push_back(fmt::format("{}: the run (step {}) has no result", w, e.step + 1));
      continue;
    }
    const StepResult& r = o.steps[e.step];
    switch (e.kind) {
      case Expectation::Kind::Rc:
        if (int64_t(r.rc) != e.number) out.push_back(fmt::format("{}: got {} want {}", w, r.rc, e.number));
        break;
      case Expectation::Kind::Retval:
        if (r.retval != uint32_t(e.number))
          out.push_back(fmt::format("{}: got {:#x} want {:#x}", w, r.retval, uint32_t(e.number)));
        break;
      case Expectation::Kind::DataOut:
      case Expectation::Kind::CtxOut: {
        auto want = e.bytes.build(vars);
        if (!want) {
          out.push_back(fmt::format("{}: {}", w, want.error().to_string()));
          break;
        }
        const Bytes& got = e.kind == Expectation::Kind::DataOut ? r.data_out : r.ctx_out;
        if (got != *want) out.push_back(fmt::format("{}:\n      got:  {}\n      want: {}", w, hex(got), hex(*want)));
        break;
      }
      case Expectation::Kind::MapValue:
        break;
    }
  }
  return out;
}

}  // namespace bpfkit::testing::corpus
