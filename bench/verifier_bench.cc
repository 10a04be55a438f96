// Verification time: bpfkit's verify() against the running kernel's BPF_PROG_LOAD, same programs, same run.
//
//   bench/run_verifier.sh [--reps N] [--top K] [OBJECT.o ...]
//
// Programs: every entry program of the objects given (by default the compiled corpora: tests/bpf/, tests/bpf/corpus/,
// tests/verifier/c/ and examples/, built into BUILD/bpf/), the K largest by instruction count (default 10), plus
// bounded_loop_10k, a generated loop of 10,000 iterations of a few ALU operations that makes both verifiers process
// more than 100,000 instructions.
//
// bpfkit: the linked program (link_program, VerifierInput::from_linked) through verify() at log level 0, median of N
// runs. Kernel: the same linked instructions, the maps created with bpf_map_create (read-only data frozen with its
// initial value) and the map references patched to their fds, loaded with bpf(BPF_PROG_LOAD) directly (libbpf's
// bpf_prog_load, no BTF): the wall time of the syscall at log level 0 (verification, the JIT and the rest of the
// load), median of N loads; and, from N more loads with BPF_LOG_STATS, the median of the kernel's own
// "verification time N usec", the part of the load the verifier takes. Programs the kernel cannot load this way (they need BTF: global functions,
// kfuncs, spin locks) or that either verifier rejects are listed as skipped with the reason.
//
// Needs root for the kernel columns. Prints a markdown table.
#include <linux/bpf.h>
#include <unistd.h>

#include <bpf/bpf.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "bpfkit/file.h"
#include "bpfkit/link.h"
#include "bpfkit/object.h"
#include "bpfkit/verifier.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Case {
  std::string name;  // object:program
  bpfkit::VerifierInput input;
  std::vector<std::vector<uint8_t>> initial_values;  // per map (frozen read-only data)
  std::vector<bool> frozen;
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

// The instructions of a bounded loop: i = 0 .. 9999, a few ALU operations each, returns the low bits of the sum.
bpfkit::VerifierInput bounded_loop_10k() {
  using bpfkit::make_insn;
  namespace op = bpfkit::op;
  bpfkit::VerifierInput in;
  in.type = bpfkit::ProgType::SocketFilter;
  in.gpl_compatible = true;
  in.name = "bounded_loop_10k";
  in.insns = {
      make_insn(op::ALU64 | op::MOV | op::K, 1, 0, 0, 0),   // r1 = 0 (i)
      make_insn(op::ALU64 | op::MOV | op::K, 2, 0, 0, 0),   // r2 = 0 (sum)
      make_insn(op::ALU64 | op::ADD | op::X, 2, 1),         // loop: r2 += r1
      make_insn(op::ALU64 | op::XOR | op::K, 2, 0, 0, 0x5a),
      make_insn(op::ALU64 | op::MOV | op::X, 3, 2),         // r3 = r2
      make_insn(op::ALU64 | op::AND | op::K, 3, 0, 0, 0xff),
      make_insn(op::ALU64 | op::ADD | op::X, 2, 3),
      make_insn(op::ALU64 | op::RSH | op::K, 2, 0, 0, 1),
      make_insn(op::ALU64 | op::MUL | op::K, 3, 0, 0, 3),
      make_insn(op::ALU64 | op::SUB | op::X, 2, 3),
      make_insn(op::ALU64 | op::OR | op::K, 2, 0, 0, 1),
      make_insn(op::ALU64 | op::ADD | op::K, 1, 0, 0, 1),   // i++
      make_insn(op::JMP | op::JLT | op::K, 1, 0, -11, 10000),  // if i < 10000 goto loop
      make_insn(op::ALU64 | op::MOV | op::X, 0, 2),
      make_insn(op::ALU64 | op::AND | op::K, 0, 0, 0, 0xffff),
      make_insn(op::JMP | op::EXIT),
  };
  return in;
}

struct KernelLoad {
  bool ok = false;
  std::string error;
  double wall_us = 0;            // median BPF_PROG_LOAD wall time
  double verification_us = -1;   // the kernel's "verification time N usec", -1 when not reported
  uint64_t processed = 0;
};

class KernelMaps {
 public:
  ~KernelMaps() {
    for (int fd : fds_)
      if (fd >= 0) close(fd);
  }
  bool create(const Case& c, std::string& error) {
    for (size_t i = 0; i < c.input.maps.size(); ++i) {
      const bpfkit::MapSpec& m = c.input.maps[i];
      LIBBPF_OPTS(bpf_map_create_opts, opts, .map_flags = m.map_flags);
      const int fd = bpf_map_create(static_cast<bpf_map_type>(m.type), nullptr, m.key_size, m.value_size,
                                    m.max_entries, &opts);
      if (fd < 0) {
        error = fmt::format("map {} ({}): {}", i, m.name, strerror(errno));
        return false;
      }
      fds_.push_back(fd);
      if (i < c.initial_values.size() && !c.initial_values[i].empty()) {
        std::vector<uint8_t> v = c.initial_values[i];
        v.resize(m.value_size);
        const uint32_t key = 0;
        if (bpf_map_update_elem(fd, &key, v.data(), 0) != 0) {
          error = fmt::format("map {} ({}) initial value: {}", i, m.name, strerror(errno));
          return false;
        }
      }
      if (i < c.frozen.size() && c.frozen[i] && bpf_map_freeze(fd) != 0) {
        error = fmt::format("map {} ({}) freeze: {}", i, m.name, strerror(errno));
        return false;
      }
    }
    return true;
  }
  int fd(size_t i) const { return fds_[i]; }

 private:
  std::vector<int> fds_;
};

KernelLoad kernel_load(const Case& c, int reps) {
  KernelLoad out;
  KernelMaps maps;
  if (!maps.create(c, out.error)) return out;
  std::vector<bpfkit::Insn> insns = c.input.insns;
  for (size_t i = 0; i < insns.size(); ++i) {
    if (!bpfkit::is_ld_imm64(insns[i])) continue;
    if (insns[i].src == BPF_PSEUDO_MAP_FD || insns[i].src == BPF_PSEUDO_MAP_VALUE)
      insns[i].imm = maps.fd(size_t(insns[i].imm));
    ++i;
  }
  const auto type = static_cast<bpf_prog_type>(c.input.type);
  const char* license = c.input.gpl_compatible ? "GPL" : "Proprietary";
  std::vector<double> times;
  static std::vector<char> log(64 << 20);
  for (int r = 0; r < reps; ++r) {
    LIBBPF_OPTS(bpf_prog_load_opts, opts, .expected_attach_type = static_cast<bpf_attach_type>(c.input.expected_attach_type));
    if (c.input.sleepable) opts.prog_flags = BPF_F_SLEEPABLE;
    const auto t0 = Clock::now();
    const int fd = bpf_prog_load(type, "vbench", license, reinterpret_cast<const bpf_insn*>(insns.data()),
                                 insns.size(), &opts);
    const auto t1 = Clock::now();
    if (fd < 0) {
      // Once more with a log, for the reason.
      LIBBPF_OPTS(bpf_prog_load_opts, lopts, .expected_attach_type = opts.expected_attach_type, .log_level = 1,
                  .log_size = uint32_t(log.size()), .log_buf = log.data());
      lopts.prog_flags = opts.prog_flags;
      log[0] = 0;
      const int e = errno;
      (void)bpf_prog_load(type, "vbench", license, reinterpret_cast<const bpf_insn*>(insns.data()), insns.size(),
                          &lopts);
      std::string l = log.data();
      while (!l.empty() && l.back() == '\n') l.pop_back();
      const size_t cut = l.rfind('\n', l.size() > 200 ? l.size() - 200 : 0);
      out.error = fmt::format("kernel: {} ({})", strerror(e), l.substr(cut == std::string::npos ? 0 : cut + 1));
      std::replace(out.error.begin(), out.error.end(), '\n', ' ');
      return out;
    }
    close(fd);
    times.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
  }
  out.ok = true;
  out.wall_us = median(times);
  // The kernel's own measure of its verifier, from BPF_LOG_STATS loads: median of reps.
  std::vector<double> vtimes;
  for (int r = 0; r < reps; ++r) {
    LIBBPF_OPTS(bpf_prog_load_opts, sopts,
                .expected_attach_type = static_cast<bpf_attach_type>(c.input.expected_attach_type),
                .log_level = 4 /* BPF_LOG_STATS */, .log_size = uint32_t(log.size()), .log_buf = log.data());
    if (c.input.sleepable) sopts.prog_flags = BPF_F_SLEEPABLE;
    log[0] = 0;
    const int fd = bpf_prog_load(type, "vbench", license, reinterpret_cast<const bpf_insn*>(insns.data()),
                                 insns.size(), &sopts);
    if (fd >= 0) close(fd);
    const std::string l = log.data();
    unsigned long long us = 0, processed = 0;
    if (const size_t at = l.find("verification time "); at != std::string::npos &&
        std::sscanf(l.c_str() + at, "verification time %llu usec", &us) == 1)
      vtimes.push_back(double(us));
    if (const size_t at = l.find("processed "); at != std::string::npos &&
        std::sscanf(l.c_str() + at, "processed %llu insns", &processed) == 1)
      out.processed = processed;
  }
  if (!vtimes.empty()) out.verification_us = median(vtimes);
  return out;
}

void add_object(const std::string& path, std::vector<Case>& cases, std::vector<std::string>& skipped) {
  auto bytes = bpfkit::read_input_file(path);
  if (!bytes) return;
  auto obj = bpfkit::ObjectSpec::parse(std::move(*bytes), path);
  if (!obj) {
    skipped.push_back(fmt::format("{}: {}", path, obj.error().to_string()));
    return;
  }
  // The ObjectSpec must outlive the VerifierInput's BTF pointer only while verifying; keep every object alive.
  static std::vector<std::unique_ptr<bpfkit::ObjectSpec>> keep;
  keep.push_back(std::make_unique<bpfkit::ObjectSpec>(std::move(*obj)));
  const bpfkit::ObjectSpec& spec = *keep.back();
  const std::string stem = std::filesystem::path(path).stem().string();
  for (const bpfkit::ProgramSpec& p : spec.programs()) {
    auto linked = bpfkit::link_program(spec, p);
    if (!linked) {
      skipped.push_back(fmt::format("{}:{}: {}", stem, p.name, linked.error().to_string()));
      continue;
    }
    Case c;
    c.name = fmt::format("{}:{}", stem, p.name);
    c.input = bpfkit::VerifierInput::from_linked(spec, *linked);
    for (const auto& m : spec.maps()) {
      c.initial_values.push_back(m.initial_value);
      c.frozen.push_back((m.spec.map_flags & BPF_F_RDONLY_PROG) != 0);
    }
    cases.push_back(std::move(c));
  }
}

}  // namespace

int main(int argc, char** argv) {
  int reps = 7;
  size_t top = 10;
  std::vector<std::string> objects;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--reps" && i + 1 < argc) reps = std::max(1, std::atoi(argv[++i]));
    else if (a == "--top" && i + 1 < argc) top = size_t(std::atoi(argv[++i]));
    else objects.push_back(a);
  }
  if (objects.empty()) {
    for (const char* dir : {BPFKIT_VBENCH_BPF_DIR, BPFKIT_VBENCH_BPF_DIR "/verifier"}) {
      std::error_code ec;
      for (const auto& e : std::filesystem::directory_iterator(dir, ec))
        if (e.path().extension() == ".o") objects.push_back(e.path().string());
    }
    std::sort(objects.begin(), objects.end());
  }
  std::vector<Case> cases;
  std::vector<std::string> skipped;
  for (const std::string& o : objects) add_object(o, cases, skipped);
  std::sort(cases.begin(), cases.end(),
            [](const Case& a, const Case& b) { return a.input.insns.size() > b.input.insns.size(); });
  std::vector<Case> chosen;
  for (Case& c : cases) {
    if (chosen.size() >= top) break;
    const bpfkit::VerifyResult r = bpfkit::verify(c.input);
    if (!r.accepted) {
      skipped.push_back(fmt::format("{} ({} insns): bpfkit rejects: {}", c.name, c.input.insns.size(), r.error));
      continue;
    }
    chosen.push_back(std::move(c));
  }
  Case loop;
  loop.name = "bounded_loop_10k (generated)";
  loop.input = bounded_loop_10k();
  chosen.push_back(std::move(loop));

  fmt::print("| program | insns | processed (bpfkit / kernel) | bpfkit verify() µs | kernel BPF_PROG_LOAD µs | "
             "kernel verification time µs | bpfkit / kernel load |\n|---|---:|---:|---:|---:|---:|---:|\n");
  for (const Case& c : chosen) {
    bpfkit::VerifyResult r;
    std::vector<double> ours;
    for (int k = 0; k < reps; ++k) {
      const auto t0 = Clock::now();
      r = bpfkit::verify(c.input);
      ours.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    }
    if (!r.accepted) {
      skipped.push_back(fmt::format("{}: bpfkit rejects: {}", c.name, r.error));
      continue;
    }
    const KernelLoad k = kernel_load(c, reps);
    if (!k.ok) {
      skipped.push_back(fmt::format("{} ({} insns): {}", c.name, c.input.insns.size(), k.error));
      continue;
    }
    const double us = median(ours);
    fmt::print("| {} | {} | {} / {} | {:.0f} | {:.0f} | {} | {:.2f} |\n", c.name, c.input.insns.size(), r.processed_insns,
               k.processed, us, k.wall_us, k.verification_us < 0 ? std::string("-") : fmt::format("{:.0f}", k.verification_us),
               us / k.wall_us);
    std::fflush(stdout);
  }
  if (!skipped.empty()) {
    fmt::print("\nskipped:\n");
    for (const std::string& s : skipped) fmt::print("- {}\n", s);
  }
  return 0;
}
