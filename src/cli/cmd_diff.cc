// bpfkit diff OBJ: one program run in bpfkit's userspace runtime and in the running kernel (loaded by bpfkit's kernel
// backend), then the verdict, retval, data_out, ctx_out and every map compared. Exit 1 when they differ.
#include <sched.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "bpfkit/kernel.h"
#include "bpfkit/runtime.h"
#include "cli/commands.h"
#include "cli/kernel_run.h"
#include "cli/map_in.h"
#include "cli/map_view.h"
#include "cli/object_io.h"
#include "cli/run_object.h"

namespace bpfkit::cli {

namespace {

struct BackendResult {
  std::vector<TestRunResult> runs;
  std::vector<MapView> maps;
};

std::string first_difference(std::span<const uint8_t> a, std::span<const uint8_t> b) {
  size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  if (i < a.size() && i < b.size())
    return fmt::format("byte {}: {:02x} vs {:02x} ({} and {} bytes)", i, a[i], b[i], a.size(), b.size());
  return fmt::format("{} vs {} bytes (equal up to byte {})", a.size(), b.size(), i);
}

// The value as it should compare: slots of prog arrays and maps of maps by what they name (handles differ).
std::string comparable(const MapView& v, const MapEntry& e) {
  if (std::string target = v.slot_target(e); !target.empty()) return "-> " + target;
  return hex_string(e.value);
}

void diff_maps(const std::vector<MapView>& user, const std::vector<MapView>& kern, std::vector<std::string>& out) {
  std::map<std::string, const MapView*> by_name;
  for (const MapView& k : kern) by_name[k.name] = &k;
  for (const MapView& u : user) {
    auto it = by_name.find(u.name);
    if (it == by_name.end()) {
      out.push_back(fmt::format("map {}: only in userspace", u.name));
      continue;
    }
    const MapView& k = *it->second;
    by_name.erase(it);
    // Hash iteration order is the kernel's own (seeded randomly): compare by key.
    std::map<std::string, std::string> ku, kk;
    for (const MapEntry& e : u.entries) ku[hex_string(e.key)] = comparable(u, e);
    for (const MapEntry& e : k.entries) kk[hex_string(e.key)] = comparable(k, e);
    for (const auto& [key, value] : ku) {
      auto kit = kk.find(key);
      if (kit == kk.end()) {
        out.push_back(fmt::format("map {} key {}: only in userspace (value {})", u.name, key, value));
      } else if (kit->second != value) {
        out.push_back(fmt::format("map {} key {}: userspace {}, kernel {}", u.name, key, value, kit->second));
      }
    }
    for (const auto& [key, value] : kk)
      if (!ku.contains(key)) out.push_back(fmt::format("map {} key {}: only in the kernel (value {})", u.name, key, value));
  }
  for (const auto& [name, view] : by_name) out.push_back(fmt::format("map {}: only in the kernel", name));
}

std::vector<std::string> diff_results(const BackendResult& u, const BackendResult& k) {
  std::vector<std::string> out;
  for (size_t i = 0; i < std::min(u.runs.size(), k.runs.size()); ++i) {
    const std::string run = u.runs.size() > 1 ? fmt::format("run {}: ", i + 1) : "";
    const TestRunResult &a = u.runs[i], &b = k.runs[i];
    if (a.err != b.err) out.push_back(fmt::format("{}return code: userspace {}, kernel {}", run, a.err, b.err));
    if (a.retval != b.retval) out.push_back(fmt::format("{}retval: userspace {}, kernel {}", run, a.retval, b.retval));
    if (a.data_out != b.data_out)
      out.push_back(fmt::format("{}data_out: {}", run, first_difference(a.data_out, b.data_out)));
    if (a.ctx_out != b.ctx_out) out.push_back(fmt::format("{}ctx_out: {}", run, first_difference(a.ctx_out, b.ctx_out)));
  }
  diff_maps(u.maps, k.maps, out);
  return out;
}

Expected<BackendResult> run_userspace(ObjectSpec spec, const ObjectRunOptions& opt, TestRunOptions run,
                                      const std::vector<std::vector<uint8_t>>& packets,
                                      const std::vector<MapPreload>& preloads) {
  LoadOptions load;
  if (!opt.kconfig_file.empty()) load.kconfig_file = opt.kconfig_file;
  if (!opt.btf.empty()) load.core.btf_path = opt.btf;
  load.memory_limit = opt.memory_limit;
  load.helpers.use_host_identity = true;  // the kernel's test run sees this thread as current too
  // The kernel's side verifies (its verdict is the one diff reports); the userspace side runs what the kernel runs,
  // so a false rejection by bpfkit's verifier does not hide a difference in results.
  load.verify = false;
  auto obj = UserspaceObject::load(std::move(spec), std::move(load));
  if (!obj) return std::move(obj).error();
  if (auto ok = apply_map_preloads(**obj, preloads); !ok) return std::move(ok).error();
  BackendResult out;
  const size_t n = packets.empty() ? 1 : packets.size();
  for (size_t i = 0; i < n; ++i) {
    if (!packets.empty()) run.data_in = packets[i];
    auto r = (*obj)->test_run(opt.prog, run);
    if (!r) return std::move(r).error();
    out.runs.push_back(std::move(*r));
  }
  MapDumpOptions dump;
  dump.skip_zero_elements = true;
  out.maps = map_views(**obj, dump);
  return out;
}

int run_diff(const ObjectRunOptions& opt, const Output& out) {
  if (auto ok = check_kernel_run_options(opt); !ok) return report(out, ok.error(), kExitBadInput);
  auto spec = open_object(opt.object);
  if (!spec) return report(out, spec.error(), kExitBadInput);
  auto selected = select_program(*spec, opt.prog);
  if (!selected) return report(out, selected.error(), kExitBadInput);
  ObjectRunOptions o = opt;
  o.prog = (*selected)->name;
  o.all_elements = false;
  auto in = read_run_inputs(o);
  if (!in) return report(out, in.error(), kExitBadInput);
  // Each backend gets its own copy of the spec, with the same preloads applied.
  ObjectSpec kspec = *spec;
  auto preloads = read_map_preloads(*spec, opt.map_in, opt.map_entries);
  if (!preloads) return report(out, preloads.error(), kExitBadInput);
  auto kpreloads = read_map_preloads(kspec, opt.map_in, opt.map_entries);
  if (!kpreloads) return report(out, kpreloads.error(), kExitBadInput);

  // Both runs on one CPU, the one userspace's per-CPU maps and bpf_get_smp_processor_id() then stand for: the kernel's
  // test run executes on the calling thread's CPU.
  const int cpu = sched_getcpu();
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(cpu < 0 ? 0 : cpu, &set);
  if (sched_setaffinity(0, sizeof(set), &set) != 0)
    return report(out, make_error(fmt::format("sched_setaffinity: {}", std::strerror(errno))), kExitBadInput);
  CpuScope cpu_scope(uint32_t(cpu < 0 ? 0 : cpu));
  auto user = run_userspace(std::move(*spec), o, in->run, in->packets, *preloads);
  if (!user) return report(out, user.error(), user.error().verifier_rejection ? kExitRejected : kExitBadInput);
  auto kern = run_kernel_backend(std::move(kspec), o, in->run, in->packets, *kpreloads);
  if (!kern) return report(out, kern.error(), kern.error().verifier_rejection ? kExitRejected : kExitBadInput);
  BackendResult k{std::move(kern->runs), std::move(kern->maps)};
  const std::vector<std::string> diffs = diff_results(*user, k);

  if (out.json) {
    nlohmann::ordered_json doc = {{"prog", o.prog},
                                  {"runs", user->runs.size()},
                                  {"equal", diffs.empty()},
                                  {"differences", diffs},
                                  {"userspace", {{"retval", user->runs.back().retval},
                                                 {"data_out", hex_string(user->runs.back().data_out)}}},
                                  {"kernel", {{"retval", k.runs.back().retval},
                                              {"data_out", hex_string(k.runs.back().data_out)}}}};
    print_json(doc);
  } else if (diffs.empty()) {
    fmt::print("prog {}: userspace and kernel agree ({} run{}, retval {}, {} map{} compared)\n", o.prog,
               user->runs.size(), user->runs.size() == 1 ? "" : "s", user->runs.back().retval, user->maps.size(),
               user->maps.size() == 1 ? "" : "s");
  } else {
    fmt::print("prog {}: {} difference{} between userspace and kernel\n", o.prog, diffs.size(),
               diffs.size() == 1 ? "" : "s");
    for (const std::string& d : diffs) fmt::print("  {}\n", d);
  }
  return diffs.empty() ? kExitOk : kExitRejected;
}

}  // namespace

Command add_diff_command(CLI::App& root, Output& out) {
  auto opt = std::make_shared<ObjectRunOptions>();
  CLI::App* app = root.add_subcommand(
      "diff", "Run a program in bpfkit's userspace runtime and in the kernel, and compare the results (exit 1 if "
              "they differ)");
  app->add_option("OBJ", opt->object, "A BPF ELF object built by clang -target bpf")->required();
  app->add_option("--prog", opt->prog, "Program to run (default: the object's first program)");
  CLI::Option* data = app->add_option("--data-in", opt->data_in, "File with the packet (data_in)");
  app->add_option("--ctx-in", opt->ctx_in, "File with the context (xdp_md, __sk_buff, syscall args, u64 args)");
  app->add_option("--pcap", opt->pcap, "Run once per packet of a pcap file, maps shared across runs")->excludes(data);
  app->add_option("--data-size-out", opt->data_size_out, "Size of the data_out buffer (truncates, -ENOSPC)");
  app->add_option("--ctx-size-out", opt->ctx_size_out, "Size of the ctx_out buffer (truncates, -ENOSPC)");
  app->add_option("--repeat", opt->repeat, "Run N times (0 means 1)");
  app->add_option("--kconfig", opt->kconfig_file, "Kernel .config for CONFIG_* externs (default: the host's)");
  app->add_option("--btf", opt->btf, "Target BTF for CO-RE relocations (default /sys/kernel/btf/vmlinux)");
  app->add_option("--map-in", opt->map_in, "Fill maps before the run from `run --json` output; repeatable")
      ->allow_extra_args(false);
  app->add_option("--map", opt->map_entries, "Fill one map element before the run: NAME:KEY=VALUE; repeatable")
      ->allow_extra_args(false);
  add_json_flag(*app, out);
  return {app, [opt, &out] { return run_diff(*opt, out); }};
}

}  // namespace bpfkit::cli
