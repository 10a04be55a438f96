// bpfkit run OBJ --backend kernel: the object loaded into the running kernel by bpfkit's kernel backend (no libbpf),
// each run a BPF_PROG_TEST_RUN, reported with the same JSON as the userspace run.
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "bpfkit/events.h"
#include "bpfkit/kernel.h"
#include "cli/io.h"
#include "cli/kernel_run.h"
#include "cli/map_in.h"
#include "cli/map_view.h"
#include "cli/object_io.h"
#include "cli/run_object.h"

namespace bpfkit::cli {

namespace {

// --map-in / --map entries for maps other than global data (those went into the spec before load).
Expected<void> apply_kernel_preloads(const KernelObject& obj, const std::vector<MapPreload>& preloads) {
  auto fail = [](const MapPreload& p, const std::string& what, int err) {
    return make_error(fmt::format("{}: {}", p.where, what)).with_errno(err);
  };
  for (const MapPreload& p : preloads) {
    const KernelObject::LoadedMap& m = obj.maps()[p.map];
    std::vector<uint8_t> value = p.value;
    const bool prog_array = m.attr.type == MapType::ProgArray;
    const bool map_in_map = m.attr.type == MapType::ArrayOfMaps || m.attr.type == MapType::HashOfMaps;
    if ((prog_array || map_in_map) && p.target.empty())
      return fail(p, fmt::format("a {} slot must name its {} (\"{}\") for the kernel backend",
                                 prog_array ? "prog array" : "map-in-map", prog_array ? "program" : "map",
                                 prog_array ? "prog" : "inner_map"),
                  EBADF);
    if (prog_array) {
      const KernelObject::LoadedProgram* target = obj.program(p.target);
      if (target == nullptr) return fail(p, fmt::format("no loaded program '{}'", p.target), ENOENT);
      const int fd = target->fd.get();
      value.assign(reinterpret_cast<const uint8_t*>(&fd), reinterpret_cast<const uint8_t*>(&fd) + 4);
    } else if (map_in_map) {
      const KernelObject::LoadedMap* target = obj.map(p.target);
      if (target == nullptr) return fail(p, fmt::format("the object has no map '{}'", p.target), ENOENT);
      const int fd = target->fd.get();
      value.assign(reinterpret_cast<const uint8_t*>(&fd), reinterpret_cast<const uint8_t*>(&fd) + 4);
    }
    if (auto ok = kernel::map_update_elem(m.fd.get(), p.keyless ? nullptr : p.key.data(), value.data(), BPF_ANY); !ok)
      return fail(p, ok.error().message, ok.error().error_number);
  }
  return {};
}

// Perf event arrays need their events in place before the program runs (bpf_perf_event_output to an empty slot is
// -ENOENT): one ring per CPU, as perf_buffer__new sets up, read after the runs.
Expected<std::vector<std::unique_ptr<events::PerfBuffer>>> open_perf_buffers(const KernelObject& obj,
                                                                               std::vector<Event>* sink) {
  std::vector<std::unique_ptr<events::PerfBuffer>> out;
  for (const KernelObject::LoadedMap& m : obj.maps()) {
    if (m.attr.type != MapType::PerfEventArray || !m.fd) continue;
    const std::string name = m.def->name;
    events::PerfBufferOptions po;
    po.pages_per_cpu = 8;
    auto pb = events::PerfBuffer::open(
        m.fd.get(),
        [sink, name](int cpu, events::Record rec) {
          sink->push_back({name, "perf_event", {rec.begin(), rec.end()}, uint32_t(cpu)});
          return 0;
        },
        po);
    if (!pb) return make_error(fmt::format("perf event array '{}': {}", name, pb.error().message))
                    .with_errno(pb.error().error_number);
    out.push_back(std::move(*pb));
  }
  return out;
}

// Ring buffers, queues and stacks are drained as events after the runs, map by map, then the perf records: the
// userspace run's order (collect_events).
Expected<std::vector<Event>> kernel_events(const KernelObject& obj,
                                           std::vector<std::unique_ptr<events::PerfBuffer>>& perf_buffers,
                                           std::vector<Event>& perf_events) {
  std::vector<Event> events;
  for (const KernelObject::LoadedMap& m : obj.maps()) {
    if (m.attr.type == MapType::Ringbuf && m.fd) {
      const std::string name = m.def->name;
      auto rb = events::RingBuffer::open(m.fd.get(), [&events, &name](events::Record rec) {
        events.push_back({name, "ringbuf", {rec.begin(), rec.end()}, std::nullopt});
        return 0;
      });
      if (!rb) return make_error(fmt::format("ring buffer '{}': {}", name, rb.error().message))
                      .with_errno(rb.error().error_number);
      (*rb)->consume();
      continue;
    }
    if (m.attr.type != MapType::Queue && m.attr.type != MapType::Stack) continue;
    std::vector<uint8_t> v(m.attr.value_size);
    for (uint32_t n = 0; n <= m.attr.max_entries; ++n) {
      if (!kernel::map_lookup_and_delete_elem(m.fd.get(), nullptr, v.data())) break;
      events.push_back({m.def->name, m.attr.type == MapType::Queue ? "queue" : "stack", v, std::nullopt});
    }
  }
  for (auto& pb : perf_buffers) pb->consume();
  for (Event& e : perf_events) events.push_back(std::move(e));
  return events;
}

}  // namespace

Expected<void> check_kernel_run_options(const ObjectRunOptions& opt) {
  const std::pair<bool, const char*> userspace_only[] = {
      {!opt.ctx_json.empty(), "--ctx-json"}, {!opt.tp_format.empty(), "--tp-format"}, {!opt.task.empty(), "--task"},
      {!opt.kmem.empty(), "--kmem"},         {!opt.umem.empty(), "--umem"},           {!opt.fib.empty(), "--fib"},
      {opt.attach_cookie != 0, "--attach-cookie"}};
  for (const auto& [given, name] : userspace_only)
    if (given)
      return make_error(fmt::format("{} describes bpfkit's simulated kernel; it has no meaning with --backend kernel",
                                    name))
          .with_errno(EINVAL);
  return {};
}

Expected<KernelRun> run_kernel_backend(ObjectSpec spec, const ObjectRunOptions& opt, TestRunOptions run,
                                       const std::vector<std::vector<uint8_t>>& packets,
                                       const std::vector<MapPreload>& preloads, RunStage* failed_at) {
  RunStage stage_storage;
  RunStage& stage = failed_at != nullptr ? *failed_at : stage_storage;
  stage = RunStage::Load;
  KernelLoadOptions load;
  if (!opt.kconfig_file.empty()) load.kconfig_file = opt.kconfig_file;
  if (!opt.btf.empty()) load.core.btf_path = opt.btf;
  std::string log;
  load.failure_log = &log;
  KernelRun out;
  auto obj = KernelObject::load(std::move(spec), load);
  if (!obj) return std::move(obj).error();
  out.obj = std::move(*obj);
  stage = RunStage::Preload;
  if (auto ok = apply_kernel_preloads(*out.obj, preloads); !ok) return std::move(ok).error();
  stage = RunStage::Run;
  std::vector<Event> perf_events;
  auto perf_buffers = open_perf_buffers(*out.obj, &perf_events);
  if (!perf_buffers) return std::move(perf_buffers).error();
  const size_t n = packets.empty() ? 1 : packets.size();
  for (size_t i = 0; i < n; ++i) {
    if (!packets.empty()) run.data_in = packets[i];
    auto r = out.obj->test_run(opt.prog, run);
    if (!r) {
      Error e = std::move(r).error();
      if (!packets.empty()) e.message += fmt::format(" (packet {})", i + 1);
      return e;
    }
    out.runs.push_back(std::move(*r));
  }
  MapDumpOptions dump;
  dump.skip_zero_elements = !opt.all_elements;
  auto views = map_views(*out.obj, dump);
  if (!views) return std::move(views).error();
  out.maps = std::move(*views);
  auto events = kernel_events(*out.obj, *perf_buffers, perf_events);
  if (!events) return std::move(events).error();
  out.events = std::move(*events);
  return out;
}

const char* run_stage_name(RunStage s) {
  switch (s) {
    case RunStage::Load: return "load";
    case RunStage::Verify: return "verify";
    case RunStage::Preload: return "map preload";
    case RunStage::Run: return "run";
  }
  return "?";
}

Expected<RunInputs> read_run_inputs(const ObjectRunOptions& opt) {
  RunInputs in;
  in.run.repeat = opt.repeat;
  in.run.loop_limit = opt.loop_limit;
  in.run.data_size_out = opt.data_size_out;
  in.run.ctx_size_out = opt.ctx_size_out;
  if (!opt.data_in.empty()) {
    auto data = read_file(opt.data_in);
    if (!data) return std::move(data).error();
    in.run.data_in = std::move(*data);
  }
  if (!opt.ctx_in.empty()) {
    auto ctx = read_file(opt.ctx_in);
    if (!ctx) return std::move(ctx).error();
    in.run.ctx_in = std::move(*ctx);
  }
  if (!opt.pcap.empty()) {
    auto p = read_pcap(opt.pcap);
    if (!p) return std::move(p).error();
    in.packets = std::move(*p);
    if (in.packets.empty()) return make_error("no packets").in_object(opt.pcap);
  }
  return in;
}

int run_object_kernel(const ObjectRunOptions& opt, const Output& out) {
  if (auto ok = check_kernel_run_options(opt); !ok) return report(out, ok.error(), kExitBadInput);
  auto spec = open_object(opt.object);
  if (!spec) return report(out, spec.error(), kExitBadInput);
  auto selected = select_program(*spec, opt.prog);
  if (!selected) return report(out, selected.error(), kExitBadInput);
  ObjectRunOptions o = opt;
  o.prog = (*selected)->name;
  const ProgType prog_type = (*selected)->type;
  auto in = read_run_inputs(o);
  if (!in) return report(out, in.error(), kExitBadInput);
  auto preloads = read_map_preloads(*spec, opt.map_in, opt.map_entries);
  if (!preloads) return report(out, preloads.error(), kExitBadInput);
  auto result = run_kernel_backend(std::move(*spec), o, in->run, in->packets, *preloads);
  if (!result) return report(out, result.error(), result.error().verifier_rejection ? kExitRejected : kExitBadInput);
  const TestRunResult& last = result->runs.back();

  if (out.json) {
    nlohmann::ordered_json zero_skipped = nlohmann::ordered_json::object();
    nlohmann::ordered_json doc = {{"prog", o.prog},
                                  {"retval", last.retval},
                                  {"data_out", hex_string(last.data_out)},
                                  {"ctx_out", hex_string(last.ctx_out)},
                                  {"duration_ns", last.duration_ns},
                                  {"maps", maps_json(result->maps, zero_skipped)}};
    if (!zero_skipped.empty()) doc["zero_elements_not_shown"] = std::move(zero_skipped);
    doc["events"] = events_json(result->events);
    if (result->runs.size() > 1) {
      nlohmann::ordered_json all = nlohmann::ordered_json::array();
      for (size_t i = 0; i < result->runs.size(); ++i)
        all.push_back({{"packet", i + 1},
                       {"retval", result->runs[i].retval},
                       {"data_out", hex_string(result->runs[i].data_out)},
                       {"duration_ns", result->runs[i].duration_ns}});
      doc["runs"] = std::move(all);
    }
    if (last.err != 0) doc["err"] = last.err;
    doc["backend"] = "kernel";
    print_json(doc);
    return kExitOk;
  }
  if (result->runs.size() > 1) {
    fmt::print("{:>6}  {:>6}  {:<14}  {:>5}\n", "packet", "bytes", "verdict", "ns");
    for (size_t i = 0; i < result->runs.size(); ++i) {
      const std::string name = retval_name(prog_type, result->runs[i].retval);
      fmt::print("{:>6}  {:>6}  {:<14}  {:>5}\n", i + 1, in->packets[i].size(),
                 name.empty() ? std::to_string(result->runs[i].retval) : name, result->runs[i].duration_ns);
    }
  } else {
    const std::string name = retval_name(prog_type, last.retval);
    fmt::print("prog:     {} (kernel)\n", o.prog);
    fmt::print("retval:   {}{}\n", last.retval, name.empty() ? "" : fmt::format(" ({})", name));
    fmt::print("duration: {} ns{}\n", last.duration_ns,
               opt.repeat > 1 ? fmt::format(" (average of {} runs)", opt.repeat) : "");
    if (!last.data_out.empty()) fmt::print("data_out: {} bytes\n{}", last.data_out.size(), hexdump(last.data_out, "  "));
    if (!last.ctx_out.empty()) fmt::print("ctx_out:  {} bytes\n{}", last.ctx_out.size(), hexdump(last.ctx_out, "  "));
    if (last.err != 0) fmt::print("err:      {} (output truncated)\n", last.err);
  }
  print_maps(result->maps, result->obj->spec().btf());
  print_events(result->events);
  return kExitOk;
}

}  // namespace bpfkit::cli
