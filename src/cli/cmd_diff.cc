// bpfkit diff OBJ: one program run in bpfkit's userspace runtime and in the running kernel (loaded by bpfkit's kernel
// backend), then the verdict, retval, data_out, ctx_out and every map compared. Exit 1 when they differ, including
// when one side refuses the program (load, --verify) or faults on it and the other runs it; exit 2 for bad input.
#include <sched.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "bpfkit/kernel.h"
#include "bpfkit/kernel_sys.h"
#include "bpfkit/verifier.h"
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
  std::vector<Event> events;
};

std::string event_text(const Event& e) {
  return fmt::format("{} ({}{}) {}", e.map, e.type, e.index ? fmt::format(" index {}", *e.index) : "",
                     hex_string(e.data));
}

// Events in order: the same records, in the same order, on both sides.
void diff_events(const std::vector<Event>& user, const std::vector<Event>& kern, std::vector<std::string>& out) {
  const size_t n = std::max(user.size(), kern.size());
  for (size_t i = 0; i < n; ++i) {
    if (i >= user.size()) {
      out.push_back(fmt::format("event {}: only in the kernel: {}", i + 1, event_text(kern[i])));
    } else if (i >= kern.size()) {
      out.push_back(fmt::format("event {}: only in userspace: {}", i + 1, event_text(user[i])));
    } else if (user[i].map != kern[i].map || user[i].type != kern[i].type || user[i].index != kern[i].index ||
               user[i].data != kern[i].data) {
      out.push_back(fmt::format("event {}: userspace {}, kernel {}", i + 1, event_text(user[i]), event_text(kern[i])));
    }
  }
}

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
  diff_events(u.events, k.events, out);
  return out;
}

// One backend's outcome: its results, or where and why it stopped.
struct Side {
  std::optional<BackendResult> result;
  RunStage failed_at = RunStage::Load;
  std::optional<Error> error;
};

Side run_userspace(ObjectSpec spec, const ObjectRunOptions& opt, TestRunOptions run,
                   const std::vector<std::vector<uint8_t>>& packets, const std::vector<MapPreload>& preloads) {
  Side side;
  auto fail = [&side](RunStage stage, Error e) {
    side.failed_at = stage;
    side.error = std::move(e);
    return std::move(side);
  };
  LoadOptions load;
  if (!opt.kconfig_file.empty()) load.kconfig_file = opt.kconfig_file;
  if (!opt.btf.empty()) load.core.btf_path = opt.btf;
  load.memory_limit = opt.memory_limit;
  load.helpers.use_host_identity = true;  // the kernel's test run sees this thread as current too
  // The kernel's side verifies (its verdict is the one diff reports); the userspace side runs what the kernel runs,
  // so a false rejection by bpfkit's verifier does not hide a difference in results.
  load.verify = false;
  auto obj = UserspaceObject::load(std::move(spec), std::move(load));
  if (!obj) return fail(RunStage::Load, std::move(obj).error());
  if (const UserspaceObject::LoadedProgram* loaded = (*obj)->program(opt.prog); loaded != nullptr && opt.verify) {
    const VerifyResult verdict = verify(VerifierInput::from_linked((*obj)->spec(), loaded->linked, (*obj)->kconfig_value()));
    if (!verdict.accepted) {
      Error e = verdict.to_error();
      e.in_program(opt.prog);
      return fail(RunStage::Verify, std::move(e));
    }
  }
  if (auto ok = apply_map_preloads(**obj, preloads); !ok) return fail(RunStage::Preload, std::move(ok).error());
  std::vector<Event> perf_events;
  install_perf_sinks(**obj, &perf_events);
  BackendResult out;
  const size_t n = packets.empty() ? 1 : packets.size();
  for (size_t i = 0; i < n; ++i) {
    if (!packets.empty()) run.data_in = packets[i];
    auto r = (*obj)->test_run(opt.prog, run);
    if (!r) {
      Error e = std::move(r).error();
      // A program the object loaded without (its map type or helper is not modelled) was refused at load.
      if ((*obj)->program(opt.prog) == nullptr) return fail(RunStage::Load, std::move(e));
      if (!packets.empty()) e.message += fmt::format(" (packet {})", i + 1);
      return fail(RunStage::Run, std::move(e));
    }
    out.runs.push_back(std::move(*r));
  }
  MapDumpOptions dump;
  dump.skip_zero_elements = true;
  out.maps = map_views(**obj, dump);
  out.events = collect_events(**obj, perf_events);
  side.result = std::move(out);
  return side;
}

Side run_kernel(ObjectSpec spec, const ObjectRunOptions& opt, const TestRunOptions& run,
                const std::vector<std::vector<uint8_t>>& packets, const std::vector<MapPreload>& preloads) {
  Side side;
  auto kern = run_kernel_backend(std::move(spec), opt, run, packets, preloads, &side.failed_at);
  if (!kern) {
    side.error = std::move(kern).error();
    return side;
  }
  side.result = BackendResult{std::move(kern->runs), std::move(kern->maps), std::move(kern->events)};
  return side;
}

// The exit code of an error that ends the command (both sides failed, or bad input).
int exit_code_of(const Side& s) {
  if (s.error->verifier_rejection) return kExitRejected;
  if (s.failed_at == RunStage::Run && s.error->error_number == 0) return kExitRuntime;  // a fault in the program
  return kExitBadInput;
}

bool refused(const Side& s) { return s.error && (s.failed_at == RunStage::Load || s.failed_at == RunStage::Verify); }

std::string side_summary(const Side& s) {
  if (!s.error) return "runs it";
  return fmt::format("{} at {}: {}", refused(s) ? "refuses it" : "fails", run_stage_name(s.failed_at),
                     s.error->message);
}

nlohmann::ordered_json side_json(const Side& s) {
  if (s.error) return {{"stage", run_stage_name(s.failed_at)}, {"error", s.error->message}};
  return {{"retval", s.result->runs.back().retval},
          {"data_out", hex_string(s.result->runs.back().data_out)},
          {"events", events_json(s.result->events)}};
}

int run_diff(const ObjectRunOptions& opt, const Output& out) {
  if (auto ok = check_kernel_run_options(opt); !ok) return report(out, ok.error(), kExitBadInput);
  auto spec = open_object(opt.object);
  if (!spec) return report(out, spec.error(), kExitBadInput);
  auto selected = select_program(*spec, opt.prog);
  if (!selected) return report(out, selected.error(), kExitBadInput);
  // Without bpf() there is no kernel side to compare with: that is the environment, not a difference.
  if (auto why = kernel::bpf_unavailable())
    return report(out, make_error(fmt::format("the kernel side cannot run: {}", *why)).with_errno(EPERM), kExitBadInput);
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
  Side user = run_userspace(std::move(*spec), o, in->run, in->packets, *preloads);
  Side kern = run_kernel(std::move(kspec), o, in->run, in->packets, *kpreloads);

  // Bad input (a preload either side refuses) ends the command, as does a failure both sides share: the program
  // cannot be compared, and the error is the answer (exit 1 for a rejection or a fault, 2 for a load error).
  for (const Side* s : {&user, &kern})
    if (s->error && s->failed_at == RunStage::Preload) return report(out, *s->error, kExitBadInput);
  // Both refusing, or both loading and failing the run, is agreement on a program that cannot be compared further.
  if (user.error && kern.error && refused(user) == refused(kern)) return report(out, *user.error, exit_code_of(user));

  std::vector<std::string> diffs;
  if (user.error || kern.error) {
    // One side refuses what the other loads, or fails a run the other completes: the verdicts differ.
    diffs.push_back(fmt::format("userspace {}; kernel {}", side_summary(user), side_summary(kern)));
  } else {
    diffs = diff_results(*user.result, *kern.result);
  }
  const size_t runs = user.result ? user.result->runs.size() : kern.result ? kern.result->runs.size() : 0;

  if (out.json) {
    nlohmann::ordered_json doc = {{"prog", o.prog},
                                  {"runs", runs},
                                  {"equal", diffs.empty()},
                                  {"differences", diffs},
                                  {"userspace", side_json(user)},
                                  {"kernel", side_json(kern)}};
    print_json(doc);
  } else if (diffs.empty()) {
    const size_t events = user.result->events.size();
    fmt::print("prog {}: userspace and kernel agree ({} run{}, retval {}, {} map{}{} compared)\n", o.prog,
               runs, runs == 1 ? "" : "s", user.result->runs.back().retval, user.result->maps.size(),
               user.result->maps.size() == 1 ? "" : "s",
               events == 0 ? "" : fmt::format(", {} event{}", events, events == 1 ? "" : "s"));
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
  // Unlike run, diff's userspace side runs unverified unless --verify: the kernel's verdict is the one it reports.
  opt->verify = false;
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
  app->add_flag("--verify", opt->verify,
                "Run bpfkit's verifier before the userspace run: a program it refuses and the kernel loads differs");
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
