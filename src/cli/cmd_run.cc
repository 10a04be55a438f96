// bpfkit run --asm FILE.s | --raw FILE.bin: run a program once (or --repeat N times) in raw test mode.
//
// Raw test mode is BPF_PROG_TEST_RUN without a program type: R1 points at a writable copy of the --mem bytes,
// R2 holds their length, and the same bytes are the packet for legacy LD_ABS/LD_IND. As in the kernel's
// bpf_test_run() (net/bpf/test_run.c), the input is copied in once and every repetition runs on that same buffer,
// so a program that writes its input sees its own writes on the next run; the result is the last run's R0 and the
// duration the average per run.
//
// Helpers: with no program type, raw mode offers bpf_base_func_proto's helpers (the ones every program type has and
// that need no context: time, random, maps, printk, probe reads, bpf_loop, ...). --type TYPE picks a program type
// instead: its helpers apply (helper_protos.h), and the run becomes BPF_PROG_TEST_RUN of that type, with --mem as
// data_in (the packet) or, for syscall and raw_tracepoint, as ctx_in. Raw programs have no license; they count as
// GPL, so trace_printk and the probe reads are allowed. trace_printk lines go to stderr.
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "bpfkit/asm.h"
#include "bpfkit/helper_protos.h"
#include "bpfkit/helpers.h"
#include "bpfkit/insn.h"
#include "bpfkit/prog_type.h"
#include "bpfkit/test_run.h"
#include "bpfkit/verifier.h"
#include "bpfkit/vm.h"
#include "cli/commands.h"
#include "cli/io.h"
#include "cli/run_object.h"
#include "cli/verify_report.h"

namespace bpfkit::cli {
namespace {

// BPF_MAX_LOOPS: the most iterations the kernel lets bpf_loop() or may_goto run. A loop that needs more than this
// would not run in the kernel either, so as a default it stops runaway raw programs without limiting real ones.
constexpr uint64_t kDefaultLoopLimit = 8u << 20;

struct RunOptions {
  std::string asm_file;
  std::string raw_file;
  std::string mem_hex;
  std::string mem_file;
  uint64_t repeat = 1;
  uint64_t loop_limit = kDefaultLoopLimit;
  std::string type;  // --type: a bpftool program type name
  bool has_type = false;  // --type given (plain raw mode without it)
  // Whether `run` verifies first, as BPF_PROG_LOAD does (the default); --no-verify runs the program unverified, its
  // memory accesses still checked at run time.
  bool verify = true;
};

// bpftool's name of a program type ("xdp", "sched_cls", ...); "unspec" is not a type one can pick.
Expected<ProgType> parse_prog_type(const std::string& name) {
  for (uint32_t i = 1; const char* n = prog_type_name(ProgType(i)); ++i)
    if (name == n) return ProgType(i);
  return make_error(fmt::format("--type: unknown program type '{}' (bpftool names: xdp, sched_cls, socket_filter, "
                                "syscall, raw_tracepoint, ...)", name));
}

// The program from --asm or --raw; load-time problems are bad input (exit 2).
Expected<std::vector<Insn>> read_program(const RunOptions& opt, std::string& name) {
  const std::string& path = opt.asm_file.empty() ? opt.raw_file : opt.asm_file;
  name = path == "-" ? "<stdin>" : path;
  auto bytes = read_file(path);
  if (!bytes) return std::move(bytes).error();
  if (!opt.asm_file.empty()) {
    auto prog = assemble(std::string_view(reinterpret_cast<const char*>(bytes->data()), bytes->size()));
    if (!prog) return std::move(prog.error().in_object(name));
    return prog;
  }
  if (bytes->size() % 8 != 0)
    return make_error(fmt::format("size {} is not a multiple of 8 (raw programs are 8-byte instructions)",
                                  bytes->size()))
        .in_object(name);
  // Refuse an oversized program before decoding it into a vector 2x the file's size (the kernel: -E2BIG).
  if (bytes->size() / 8 > kMaxProgramInsns)
    return make_error(fmt::format("program has {} instructions, more than the kernel's limit of {} "
                                  "(BPF_COMPLEXITY_LIMIT_INSNS)",
                                  bytes->size() / 8, kMaxProgramInsns))
        .in_object(name)
        .with_errno(E2BIG);
  auto prog = decode_program(*bytes);
  if (!prog) return std::move(prog.error().in_object(name));
  return prog;
}

Expected<std::vector<uint8_t>> read_mem(const RunOptions& opt) {
  if (!opt.mem_file.empty()) return read_file(opt.mem_file);
  auto mem = parse_hex(opt.mem_hex);
  if (!mem) return std::move(mem.error().in_object("--mem"));
  return mem;
}

void print_result(const Output& out, uint64_t retval, uint64_t ns_per_run, uint64_t runs) {
  if (out.json) {
    // Exactly these two keys: scripts and tests compare against BPF_PROG_TEST_RUN's retval and duration.
    print_json({{"retval", retval}, {"duration_ns", ns_per_run}});
    return;
  }
  std::string value = fmt::format("{:#x} ({})", retval, retval);
  if (int64_t(retval) < 0) value.insert(value.size() - 1, fmt::format(", {} as s64", int64_t(retval)));
  fmt::print("retval:   {}\n", value);
  if (runs > 1)
    fmt::print("duration: {} ns (average of {} runs)\n", ns_per_run, runs);
  else
    fmt::print("duration: {} ns\n", ns_per_run);
}

// --type: the program runs as a test run of that type.
int run_typed(const Program& prog, ProgType type, HelperEnv& env, std::vector<uint8_t> mem, uint64_t runs,
              const RunOptions& opt, const std::string& name, const Output& out) {
  TestRunOptions run;
  const bool context_only = type == ProgType::Syscall || type == ProgType::RawTracepoint ||
                            type == ProgType::Kprobe || type == ProgType::Tracepoint ||
                            type == ProgType::PerfEvent || type == ProgType::Tracing || type == ProgType::Lsm;
  if (context_only)
    run.ctx_in = std::move(mem);
  else
    run.data_in = std::move(mem);
  run.repeat = uint32_t(runs);
  run.loop_limit = opt.loop_limit;
  auto r = test_run(prog, {type, 0}, env, run);
  if (!r) return report(out, r.error().in_object(name), r.error().error_number != 0 ? kExitBadInput : kExitRuntime);
  print_result(out, r->retval, r->duration_ns, runs);
  return kExitOk;
}

int run_run(const RunOptions& opt, const Output& out) {
  ProgType type = ProgType::Unspec;
  if (opt.has_type) {
    auto t = parse_prog_type(opt.type);
    if (!t) return report(out, t.error(), kExitBadInput);
    type = *t;
  }
  std::string name;
  auto insns = read_program(opt, name);
  if (!insns) return report(out, insns.error(), kExitBadInput);
  auto mem = read_mem(opt);
  if (!mem) return report(out, mem.error(), kExitBadInput);
  // With a program type the run is what the kernel would load, so it is verified as the kernel would (unless
  // --no-verify). Plain raw mode has no kernel counterpart (BPF_PROG_LOAD refuses BPF_PROG_TYPE_UNSPEC with EINVAL,
  // so there is no verdict to follow): it is the RFC 9669 conformance harness, where R1 is a plain memory pointer, and
  // runs unverified with every memory access checked. Unverified, the helper calls are still checked, as the engine
  // binds helpers by the type's table.
  const bool verifying = type != ProgType::Unspec && opt.verify;
  if (!verifying)
    if (auto ok = check_helper_calls(*insns, type, /*gpl_compatible=*/true); !ok)
      return report(out, Error(ok.error()).in_object(name), kExitRejected);
  if (verifying) {
    VerifierInput input;
    input.insns = *insns;
    input.type = type;
    input.gpl_compatible = true;
    input.name = name;
    const VerifyResult verdict = verify(input);
    if (!verdict.accepted) return report_rejection(out, name, "", verdict);
  }
  const HelperTable helpers = standard_helpers(type);
  auto prog = Program::load(std::move(*insns), &helpers);
  if (!prog) return report(out, prog.error().in_object(name), kExitBadInput);
  HelperConfig config;
  config.trace_sink = [](std::string_view line) { fmt::print(stderr, "trace: {}\n", line); };
  HelperEnv env(std::move(config));

  // The kernel's test run treats repeat 0 as 1.
  const uint64_t runs = opt.repeat == 0 ? 1 : opt.repeat;
  if (type != ProgType::Unspec) return run_typed(*prog, type, env, std::move(*mem), runs, opt, name, out);
  std::vector<uint8_t> data = *mem;  // the writable copy; the engine needs a non-null base even when empty
  if (data.empty()) data.reserve(1);
  RunContext ctx;
  ctx.add_region(MemoryRegion{data.data(), data.size(), true});
  ctx.set_packet(data.data(), data.size());
  ctx.args[0] = uint64_t(reinterpret_cast<uintptr_t>(data.data()));
  ctx.args[1] = data.size();
  ctx.loop_limit = opt.loop_limit;
  env.prepare(ctx);

  uint64_t retval = 0;
  const auto start = std::chrono::steady_clock::now();
  for (uint64_t i = 0; i < runs; ++i) {
    auto r = prog->run(ctx);
    if (!r) {
      Error e = std::move(r).error();
      if (runs > 1) e.message += fmt::format(" (run {} of {})", i + 1, runs);
      return report(out, e.in_object(name), kExitRuntime);
    }
    retval = *r;
  }
  const auto elapsed = std::chrono::steady_clock::now() - start;
  const uint64_t total_ns = uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count());
  print_result(out, retval, total_ns / runs, runs);
  return kExitOk;
}

// CLI11 2.1 reads "-1" into an unsigned option as 2^64-1; reject the sign before conversion.
const CLI::Validator kNotNegative(
    [](std::string& text) { return text.find('-') == std::string::npos ? std::string() : "must not be negative"; },
    "", "NotNegative");

}  // namespace

Command add_run_command(CLI::App& root, Output& out) {
  auto opt = std::make_shared<RunOptions>();
  auto obj = std::make_shared<ObjectRunOptions>();
  CLI::App* app = root.add_subcommand(
      "run", "Test-run a program of an object (BPF_PROG_TEST_RUN semantics), or raw code with --asm/--raw");
  CLI::Option* object = app->add_option("OBJ", obj->object, "A BPF ELF object built by clang -target bpf");
  CLI::Option* as = app->add_option("--asm", opt->asm_file, "Program as assembly text (raw test mode)");
  CLI::Option* raw = app->add_option("--raw", opt->raw_file, "Program as raw little-endian instructions (raw test mode)");
  as->excludes(raw)->excludes(object);
  raw->excludes(as)->excludes(object);
  std::vector<CLI::Option*> object_only = {
      app->add_option("--prog", obj->prog, "Program to run (default: the object's first program)"),
      app->add_option("--backend", obj->backend,
                      "Where the program runs: userspace (bpfkit's runtime, the default) or kernel "
                      "(BPF_PROG_TEST_RUN in the running kernel, loaded by bpfkit without libbpf; needs root)")
          ->check(CLI::IsMember({"userspace", "kernel"})),
      app->add_option("--data-in", obj->data_in, "File with the packet (data_in)"),
      app->add_option("--ctx-in", obj->ctx_in, "File with the context (xdp_md, __sk_buff, syscall args, u64 args)"),
      app->add_option("--pcap", obj->pcap, "Run once per packet of a pcap file, maps shared across runs"),
      app->add_option("--data-size-out", obj->data_size_out, "Size of the data_out buffer (truncates, -ENOSPC)"),
      app->add_option("--ctx-size-out", obj->ctx_size_out, "Size of the ctx_out buffer (truncates, -ENOSPC)"),
      app->add_option("--kconfig", obj->kconfig_file, "Kernel .config for CONFIG_* externs (default: the host's)"),
      app->add_option("--memory-limit", obj->memory_limit,
                      fmt::format("Most memory the object's maps may take, as the kernel would allocate it; "
                                  "suffixes K, M, G (powers of 1024); 0: no limit (default {})",
                                  LoadOptions::kDefaultMemoryLimit))
          ->transform(CLI::AsSizeValue(false)),
      app->add_option("--map-in", obj->map_in,
                      "Fill maps before the first run from FILE: JSON as `run --json` prints it (its \"maps\"); "
                      "repeatable")
          ->allow_extra_args(false),
      app->add_option("--map", obj->map_entries,
                      "Fill one map element before the first run: NAME:KEY=VALUE, KEY and VALUE as hex bytes or "
                      "BTF-typed JSON (NAME=VALUE for a queue, stack or bloom filter); repeatable")
          ->allow_extra_args(false),
      app->add_flag("--all-elements", obj->all_elements,
                    "Dump every array element; by default all-zero array elements are counted, not shown"),
      app->add_option("--attach-cookie", obj->attach_cookie,
                      "What bpf_get_attach_cookie returns (the link's cookie; default 0, as in a test run)"),
      app->add_option("--fib", obj->fib,
                      "JSON file with the devices, routes and neighbours bpf_fib_lookup sees (default: an empty "
                      "network namespace)")};
  CLI::Option* ctx_json = app->add_option(
      "--ctx-json", obj->ctx_json,
      "Tracing programs: the context as JSON by field name (pt_regs registers, tracepoint fields, u64 args)");
  ctx_json->excludes(object_only[3]);
  for (CLI::Option* o : {ctx_json,
                         app->add_option("--tp-format", obj->tp_format,
                                         "Tracepoint record layout (a tracefs format file; default: tracefs, else BTF)"),
                         app->add_option("--task", obj->task, "The current task as JSON (pid, tgid, uid, gid, comm, "
                                                              "task_struct fields such as real_parent)"),
                         app->add_option("--kmem", obj->kmem, "Kernel objects as BTF-typed JSON, for probe reads"),
                         app->add_option("--umem", obj->umem, "The current task's user memory as JSON ranges"),
                         app->add_option("--btf", obj->btf,
                                         "Target BTF for CO-RE relocations and for --task/--kmem/--ctx-json: raw BTF or an "
                                         "ELF object's .BTF (default /sys/kernel/btf/vmlinux)")})
    object_only.push_back(o);
  for (CLI::Option* o : object_only) o->needs(object);
  object_only[2]->excludes(object_only[4]);
  CLI::Option* mem = app->add_option("--mem", opt->mem_hex,
                                     "Input bytes in hex, spaces allowed (\"45 00 00 1c\"); default: none");
  CLI::Option* mem_file = app->add_option("--mem-file", opt->mem_file, "Input bytes from a file");
  mem->excludes(mem_file)->excludes(object);
  mem_file->excludes(mem)->excludes(object);
  app->add_option("--repeat", opt->repeat,
                  "Run N times on the same buffer and report the average duration (0 means 1)")
      ->check(kNotNegative)
      ->check(CLI::Range(uint64_t(0), uint64_t(UINT32_MAX)));  // a u32, as BPF_PROG_TEST_RUN's repeat
  CLI::Option* type = app->add_option(
      "--type", opt->type,
      "Raw mode: the program type whose helpers and context apply (bpftool names: xdp, sched_cls, syscall, ...); "
      "the run is then a test run of that type with --mem as the packet (the context for syscall, raw_tracepoint)");
  type->excludes(object);
  CLI::Option* loop_limit =
      app->add_option("--loop-limit", opt->loop_limit,
                      fmt::format("Stop a run after N backward jumps plus calls, as a runtime error; 0: no limit "
                                  "(default {} in raw mode, {} for an object)",
                                  kDefaultLoopLimit, kDefaultTestRunLoopLimit))
          ->check(kNotNegative);
  CLI::Option* verify_flag = app->add_flag(
      "--verify", opt->verify,
      "Verify first (the default): a program the kernel's verifier would refuse does not run (exit 1)");
  app->add_flag("--no-verify{false}", opt->verify,
                "Run without bpfkit's verifier; memory accesses are still checked at run time")
      ->excludes(verify_flag);
  add_json_flag(*app, out);
  // "--asm or --raw" is checked after parsing, so the message names both options.
  app->callback([as, raw, object] {
    if (as->count() == 0 && raw->count() == 0 && object->count() == 0)
      throw CLI::RequiredError("OBJ, --asm FILE or --raw FILE");
  });
  return {app, [opt, obj, object, type, loop_limit, &out] {
            opt->has_type = type->count() > 0;
            if (object->count() == 0) return run_run(*opt, out);
            obj->verify = opt->verify;
            if (loop_limit->count() != 0) obj->loop_limit = opt->loop_limit;
            if (opt->repeat > UINT32_MAX) return report(out, "--repeat: out of range", kExitBadInput);
            obj->repeat = uint32_t(opt->repeat);
            return run_object(*obj, out);
          }};
}

}  // namespace bpfkit::cli
