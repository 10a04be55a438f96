// Compares bpfkit's verifier with the running kernel's on generated programs (tests/support/verifier_gen.h).
//
//   verifier_kernel_diff [--count N] [--seed S] [--out FILE] [--keep DIR] [--keep-max K]
//   verifier_kernel_diff --seed S --show      the program of seed S and both verifiers' level-2 logs
//   verifier_kernel_diff --input FILE ...     the programs of fuzz_verifier inputs (crashes, timeouts): both verdicts
//   verifier_kernel_diff --input FILE --show  that input's program and both verifiers' level-2 logs
//   verifier_kernel_diff --log N [--count ...]  also compare both verifiers' logs at level N (1 or 2), line for
//                                               line; the first difference of each differing program goes to FILE
//
// For seeds S .. S+N-1 (default 0, 1000): generates the program, verifies it with verify() and loads it into the
// running kernel with libbpf's bpf_prog_load (root; maps created with bpf_map_create), log level 1; each side's last
// line is taken from its own level-1 log the same way. Unprivileged
// programs are left out (this machine's kernel refuses unprivileged bpf() before its verifier runs). Every case
// where the verdicts differ (or both reject with different last lines) goes to FILE (default verifier_kernel_diff.txt): the seed, both verdicts with their
// last error lines, and the program. The summary counts both directions and, for rejections both sides agree on,
// how often the last error line is the kernel's word for word. --keep DIR writes up to K (default 20) of the
// disagreements as verifier corpus cases (tests/verifier/README.md's asm format), "we accept, kernel rejects" first.
//
// Exit status: 0 when the comparison ran (whatever it found), 2 for bad arguments or no kernel.
#include <linux/bpf.h>
#include <unistd.h>

#include "support/verifier_log_compare.h"

#include <bpf/bpf.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "bpfkit/disasm.h"
#include "support/verifier_gen.h"

namespace {

using bpfkit::vgen::GeneratedProgram;

struct KernelVerdict {
  bool accepted = false;
  int err = 0;
  std::string error;  // the last log line before "processed N insns", as the corpus records it
  std::string log;
  int64_t processed = -1;  // "processed N insns"
};

// The kernel's error: the last line before the statistics (the part before "processed" when glued to it).
std::string last_error_line(const std::string& log) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < log.size()) {
    size_t nl = log.find('\n', pos);
    if (nl == std::string::npos) nl = log.size();
    if (nl > pos) lines.push_back(log.substr(pos, nl - pos));
    pos = nl + 1;
  }
  for (size_t i = lines.size(); i-- > 0;) {
    const std::string& l = lines[i];
    if (l.rfind("processed ", 0) == 0) return i > 0 ? lines[i - 1] : std::string();
    const size_t glued = l.find("processed ");
    if (glued != std::string::npos && glued > 0 && l.find(" insns (limit ") != std::string::npos)
      return l.substr(0, glued);
  }
  return lines.empty() ? std::string() : lines.back();
}

// --log N: every program's logs are compared at level N (a log that does not fit the buffer is left out).
bool compare_log = false;

KernelVerdict kernel_verdict(const GeneratedProgram& p, uint32_t log_level = 1) {
  KernelVerdict v;
  std::vector<int> fds;
  std::vector<bpfkit::Insn> insns = p.insns;
  for (const bpfkit::MapSpec& m : p.maps) {
    const int fd = bpf_map_create(static_cast<bpf_map_type>(m.type), m.name.c_str(), m.key_size, m.value_size,
                                  m.max_entries, nullptr);
    if (fd < 0) {
      v.err = errno;
      v.error = fmt::format("bpf_map_create: {}", strerror(errno));
      for (int f : fds) close(f);
      return v;
    }
    fds.push_back(fd);
  }
  for (size_t i = 0; i < insns.size(); ++i) {
    if (insns[i].opcode == 0x18 && insns[i].src == BPF_PSEUDO_MAP_FD && size_t(insns[i].imm) < fds.size())
      insns[i].imm = fds[size_t(insns[i].imm)];
    if (insns[i].opcode == 0x18) ++i;
  }
  // Level 2 (--show) keeps the whole log: a program that reaches the 1M-instruction limit logs hundreds of MB, and
  // the kernel's rotating log would keep only its end.
  static std::vector<char> buf;
  // the kernel takes at most 1 GiB - 1; comparing logs of many programs, 64 MiB (bigger ones are left out)
  buf.resize(compare_log ? size_t(64) << 20 : log_level > 1 ? size_t(768) << 20 : size_t(16) << 20);
  buf[0] = 0;
  LIBBPF_OPTS(bpf_prog_load_opts, opts, .log_level = log_level, .log_size = uint32_t(buf.size()), .log_buf = buf.data());
  int btf_fd = -1;
  std::vector<bpf_func_info> func_info;
  if (p.btf_func_info) {
    const std::vector<uint8_t> btf = bpfkit::vgen::func_info_btf(p);
    btf_fd = bpf_btf_load(btf.data(), btf.size(), nullptr);
    if (btf_fd < 0) {
      v.err = errno;
      v.error = fmt::format("bpf_btf_load: {}", strerror(errno));
      for (int f : fds) close(f);
      return v;
    }
    for (size_t k = 0; k < p.func_starts.size(); ++k) func_info.push_back({p.func_starts[k], uint32_t(3 + k)});
    opts.prog_btf_fd = uint32_t(btf_fd);
    opts.func_info = func_info.data();
    opts.func_info_cnt = uint32_t(func_info.size());
    opts.func_info_rec_size = sizeof(bpf_func_info);
  }
  int fd = bpf_prog_load(static_cast<bpf_prog_type>(p.type), "vfuzz", "GPL",
                         reinterpret_cast<const bpf_insn*>(insns.data()), insns.size(), &opts);
  bool truncated = false;
  if (fd < 0 && errno == ENOSPC) {
    // The log did not fit, which is no verdict: ask again without a log. The rotating log still holds its end, so
    // the last line and the statistics stay; only the whole log (--log) is lost.
    truncated = true;
    opts.log_level = 0;
    opts.log_size = 0;
    opts.log_buf = nullptr;
    fd = bpf_prog_load(static_cast<bpf_prog_type>(p.type), "vfuzz", "GPL",
                       reinterpret_cast<const bpf_insn*>(insns.data()), insns.size(), &opts);
  }
  v.err = fd < 0 ? errno : 0;
  if ((log_level > 1 || compare_log) && !truncated) v.log = buf.data();
  if (const char* at = std::strstr(buf.data(), "processed "); at) v.processed = std::strtoll(at + 10, nullptr, 10);
  if (fd >= 0) {
    v.accepted = true;
    close(fd);
  } else {
    v.error = last_error_line(buf.data());
  }
  for (int f : fds) close(f);
  if (btf_fd >= 0) close(btf_fd);
  return v;
}

// Groups messages by their words, numbers left out, for the histogram.
std::string shape(const std::string& m) {
  std::string s;
  for (char c : m) s += (c >= '0' && c <= '9') ? 'N' : c;
  s.erase(std::unique(s.begin(), s.end(), [](char a, char b) { return a == 'N' && b == 'N'; }), s.end());
  return s.size() > 90 ? s.substr(0, 90) : s;
}

void print_top(const char* title, const std::map<std::string, int>& h) {
  std::vector<std::pair<int, std::string>> v;
  for (const auto& [k, n] : h) v.push_back({n, k});
  std::sort(v.rbegin(), v.rend());
  fmt::print("{}:\n", title);
  for (size_t i = 0; i < v.size() && i < 15; ++i) fmt::print("  {:>6}  {}\n", v[i].first, v[i].second);
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t count = 1000, seed0 = 0;
  size_t keep_max = 20;
  uint32_t log_level = 0;  // --log N
  bool show = false;  // --show: the program of --seed and both verifiers' level-2 logs
  std::vector<std::string> inputs;  // --input FILE: fuzz_verifier inputs instead of seeds
  std::string out_path = "verifier_kernel_diff.txt", keep_dir;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> const char* {
      if (i + 1 >= argc) {
        fmt::print(stderr, "verifier_kernel_diff: {} needs a value\n", a);
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--count") count = std::strtoull(next(), nullptr, 0);
    else if (a == "--seed") seed0 = std::strtoull(next(), nullptr, 0);
    else if (a == "--out") out_path = next();
    else if (a == "--keep") keep_dir = next();
    else if (a == "--keep-max") keep_max = std::strtoull(next(), nullptr, 0);
    else if (a == "--show") show = true;
    else if (a == "--log") log_level = uint32_t(std::strtoul(next(), nullptr, 0));
    else if (a == "--input") inputs.push_back(next());
    else {
      fmt::print(stderr, "verifier_kernel_diff: unknown argument '{}'\n", a);
      return 2;
    }
  }
  compare_log = log_level > 0;
  {
    // Is there a kernel to ask at all?
    const bpfkit::Insn ok[2] = {bpfkit::make_insn(0xb7, 0, 0, 0, 0), bpfkit::make_insn(0x95)};
    const int fd = bpf_prog_load(BPF_PROG_TYPE_SOCKET_FILTER, "probe", "GPL", reinterpret_cast<const bpf_insn*>(ok),
                                 2, nullptr);
    if (fd < 0) {
      fmt::print(stderr, "verifier_kernel_diff: the kernel refuses a trivial program ({}); run as root\n",
                 strerror(errno));
      return 2;
    }
    close(fd);
  }
  auto read_input = [](const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    const std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    return bpfkit::vgen::generate(bytes);
  };
  if (show) {
    const GeneratedProgram p = inputs.empty() ? bpfkit::vgen::generate_from_seed(seed0) : read_input(inputs.front());
    const bpfkit::VerifyResult ours = bpfkit::vgen::verify_generated(p, 2);
    const KernelVerdict k = kernel_verdict(p, 2);
    fmt::print("{}\n{}", bpfkit::vgen::to_corpus_asm(p, inputs.empty() ? fmt::format("seed {}", seed0) : inputs.front()), bpfkit::disassemble(p.insns));
    fmt::print("\n--- bpfkit ({}) ---\n{}\n--- kernel ({}) ---\n{}\n", ours.accepted ? "accepts" : "rejects", ours.log,
               k.accepted ? "accepts" : "rejects", k.log);
    return 0;
  }
  if (!inputs.empty()) {
    // Each fuzz input's program: both verdicts, last lines and processed counts.
    for (const std::string& path : inputs) {
      const GeneratedProgram p = read_input(path);
      const bpfkit::VerifyResult ours = bpfkit::vgen::verify_generated(p);
      const KernelVerdict k = kernel_verdict(p);
      fmt::print("{}: {} insns ({}{}): bpfkit {} ({} processed){}; kernel {}{}\n", path, p.insns.size(),
                 bpfkit::vgen::type_name(p), p.privileged ? "" : ", unprivileged", ours.accepted ? "accepts" : "rejects",
                 ours.processed_insns, ours.accepted ? "" : ": " + ours.error, k.accepted ? "accepts" : "rejects",
                 k.accepted ? "" : ": " + k.error);
    }
    return 0;
  }
  std::ofstream out(out_path);
  if (!out) {
    fmt::print(stderr, "verifier_kernel_diff: cannot write {}\n", out_path);
    return 2;
  }
  if (!keep_dir.empty()) std::filesystem::create_directories(keep_dir);
  uint64_t total = 0, skipped = 0, both_accept = 0, both_reject = 0, we_accept = 0, we_reject = 0, msg_same = 0;
  uint64_t processed_same = 0, processed_unknown = 0, logs_compared = 0, logs_same = 0;
  std::map<std::string, int> log_h;
  std::map<std::string, int> ours_h, kernel_h, diff_h, msg_h, processed_h;
  std::vector<std::pair<uint64_t, std::string>> keep_first, keep_second;  // (seed, corpus text)
  for (uint64_t seed = seed0; seed < seed0 + count; ++seed) {
    const GeneratedProgram p = bpfkit::vgen::generate_from_seed(seed);
    if (!p.privileged) {
      ++skipped;
      continue;
    }
    ++total;
    // Both logs at level 1 at least: each side's "last line" is taken from its own log the same way (a kernel quirk
    // can glue the message to an instruction's line, and bpfkit's log reproduces it).
    const bpfkit::VerifyResult ours = bpfkit::vgen::verify_generated(p, log_level ? log_level : 1);
    const std::string ours_last = ours.accepted ? std::string() : last_error_line(ours.log);
    const KernelVerdict k = kernel_verdict(p, log_level ? log_level : 1);
    if (log_level && !k.log.empty()) {
      ++logs_compared;
      bpfkit::testing::vcorpus::LogComparison l;
      bpfkit::testing::vcorpus::compare_log_texts(k.log, ours.log, l);
      if (l.first_difference == 0) {
        ++logs_same;
      } else {
        log_h[fmt::format("kernel \"{}\" / bpfkit \"{}\"", shape(l.kernel_line), shape(l.ours_line))]++;
        out << fmt::format("== seed {} ({}): logs differ at line {} of {}:\n  kernel: {}\n  bpfkit: {}\n", seed,
                           bpfkit::vgen::type_name(p), l.first_difference, l.kernel_lines, l.kernel_line,
                           l.ours_line);
      }
    }
    if (!ours.accepted) ours_h[shape(ours.error)]++;
    if (!k.accepted) kernel_h[shape(k.error)]++;
    if (ours.accepted && k.accepted) {
      ++both_accept;
      if (k.processed < 0) {
        ++processed_unknown;  // the kernel's log did not fit (--log)
      } else if (int64_t(ours.processed_insns) == k.processed) {
        ++processed_same;
      } else {
        processed_h[fmt::format("{}", int64_t(ours.processed_insns) > k.processed ? "bpfkit processes more"
                                                                                  : "bpfkit processes fewer")]++;
        out << fmt::format("== seed {} ({}): both accept, processed insns differ: bpfkit {}, kernel {}\n", seed,
                           bpfkit::vgen::type_name(p), ours.processed_insns, k.processed)
            << bpfkit::disassemble(p.insns) << "\n";
      }
      continue;
    }
    if (!ours.accepted && !k.accepted) {
      ++both_reject;
      if (ours_last == k.error) {
        ++msg_same;
      } else {
        msg_h[fmt::format("bpfkit \"{}\" / kernel \"{}\"", shape(ours_last), shape(k.error))]++;
        out << fmt::format("== seed {} ({}): both reject, last lines differ:\n  bpfkit: {}\n  kernel: {}\n", seed,
                           bpfkit::vgen::type_name(p), ours_last, k.error)
            << bpfkit::disassemble(p.insns) << "\n";
      }
      continue;
    }
    (ours.accepted ? we_accept : we_reject)++;
    diff_h[fmt::format("{}: {}", ours.accepted ? "kernel rejects" : "we reject", shape(ours.accepted ? k.error : ours.error))]++;
    out << fmt::format("== seed {} ({}): bpfkit {}{}, kernel {}{}\n", seed, bpfkit::vgen::type_name(p),
                       ours.accepted ? "accepts" : "rejects", ours.accepted ? "" : ": " + ours.error,
                       k.accepted ? "accepts" : "rejects", k.accepted ? "" : fmt::format(" (errno {}): {}", k.err, k.error))
        << bpfkit::disassemble(p.insns) << "\n";
    const std::string desc = fmt::format("Generated by verifier_kernel_diff (seed {}): bpfkit {}, the kernel {}{}.", seed,
                                         ours.accepted ? "accepted" : "rejected", k.accepted ? "accepts" : "rejects",
                                         k.accepted ? "" : ": " + k.error);
    (ours.accepted ? keep_first : keep_second).push_back({seed, bpfkit::vgen::to_corpus_asm(p, desc)});
  }
  size_t kept = 0;
  if (!keep_dir.empty()) {
    for (auto* list : {&keep_first, &keep_second})
      for (const auto& [seed, text] : *list) {
        if (kept >= keep_max) break;
        std::ofstream(fmt::format("{}/vfuzz_{}.s", keep_dir, seed)) << text;
        ++kept;
      }
  }
  fmt::print("{} programs ({} unprivileged left out): both accept {}, both reject {} (last line equal {}), "
             "bpfkit accepts/kernel rejects {}, bpfkit rejects/kernel accepts {}\n",
             total, skipped, both_accept, both_reject, msg_same, we_accept, we_reject);
  fmt::print("processed insns of programs both accept: {} equal of {}{}\n", processed_same, both_accept - processed_unknown,
             processed_unknown ? fmt::format(" ({} whose kernel log did not fit left out)", processed_unknown) : "");
  if (log_level)
    fmt::print("level-{} logs identical on {} of {} programs whose kernel log fit\n", log_level, logs_same,
               logs_compared);
  print_top("first log differences", log_h);
  print_top("processed insns differ", processed_h);
  print_top("disagreements", diff_h);
  print_top("rejections whose last lines differ", msg_h);
  print_top("bpfkit's rejections", ours_h);
  print_top("the kernel's rejections", kernel_h);
  fmt::print("disagreements written to {}{}\n", out_path,
             keep_dir.empty() ? "" : fmt::format(", {} kept as corpus cases in {}", kept, keep_dir));
  return 0;
}
