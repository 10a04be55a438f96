// bpfkit run OBJ: load an object into the userspace backend and test-run one program, then report the result, the
// contents of every map and the records the program emitted (ring buffers, perf events, queues and stacks).
#include <pcap/pcap.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "bpfkit/runtime.h"
#include "bpfkit/verifier.h"
#include "cli/fib_file.h"
#include "cli/io.h"
#include "cli/map_in.h"
#include "cli/map_view.h"
#include "cli/object_io.h"
#include "cli/progress.h"
#include "cli/run_object.h"
#include "cli/run_tracing.h"
#include "cli/verify_report.h"

namespace bpfkit::cli {

namespace {

// The programs a run can reach: the one it runs and, through bpf_tail_call, every program in one of the object's
// prog arrays when the run starts. Each is verified as BPF_PROG_LOAD would verify it; the first rejection is reported
// (exit 1). The object's other programs are not verified (`bpfkit verify OBJ` does that), as if only these had been
// loaded. A program the loader left out (a map type bpfkit cannot model) has no code; test_run reports why.
int verify_reachable(UserspaceObject& obj, const std::string& object, const std::string& prog_name, const Output& out) {
  std::vector<size_t> reach;
  const auto progs = obj.programs();
  for (size_t i = 0; i < progs.size(); ++i)
    if (progs[i].spec->name == prog_name) reach.push_back(i);
  if (reach.empty()) return kExitOk;
  for (size_t m = 0; m < obj.map_count(); ++m) {
    auto* prog_array = dynamic_cast<ProgArrayMap*>(&obj.map_at(m));
    if (prog_array == nullptr) continue;
    uint32_t key = 0, next = 0;
    for (const uint32_t* prev = nullptr; prog_array->next_entry_key(prev, &next) == 0; prev = &key) {
      key = next;
      if (std::optional<uint32_t> handle = prog_array->prog_at(key); handle && *handle < progs.size() &&
                                                                      std::find(reach.begin(), reach.end(), *handle) == reach.end())
        reach.push_back(*handle);
    }
  }
  for (size_t i : reach) {
    const VerifyResult verdict = verify(VerifierInput::from_linked(obj.spec(), progs[i].linked, obj.kconfig_value()));
    if (!verdict.accepted) return report_rejection(out, object, progs[i].spec->name, verdict);
  }
  return kExitOk;
}

}  // namespace

// The packets of a pcap file, in order.
Expected<std::vector<std::vector<uint8_t>>> read_pcap(const std::string& path) {
  // Read through read_file (regular files, size limit) and hand libpcap the bytes: pcap_open_offline would block
  // on a FIFO and read a device for ever.
  auto bytes = read_file(path);
  if (!bytes) return std::move(bytes).error();
  if (bytes->empty()) return make_error("empty pcap file").in_object(path).with_errno(EINVAL);
  FILE* mem = fmemopen(bytes->data(), bytes->size(), "rb");
  if (mem == nullptr) return make_error("cannot read file").in_object(path).with_errno(errno);
  char errbuf[PCAP_ERRBUF_SIZE] = "";
  pcap_t* opened = pcap_fopen_offline(mem, errbuf);
  if (opened == nullptr) {
    fclose(mem);
    return make_error(errbuf).in_object(path);
  }
  std::unique_ptr<pcap_t, void (*)(pcap_t*)> p(opened, pcap_close);  // pcap_close closes mem
  std::vector<std::vector<uint8_t>> packets;
  pcap_pkthdr* hdr = nullptr;
  const u_char* data = nullptr;
  int rc;
  while ((rc = pcap_next_ex(p.get(), &hdr, &data)) == 1) packets.emplace_back(data, data + hdr->caplen);
  if (rc == PCAP_ERROR) return make_error(pcap_geterr(p.get())).in_object(path);
  return packets;
}

// The target of a redirect verdict: a map slot (bpf_redirect_map) or a device (bpf_redirect).
nlohmann::ordered_json redirect_json(const RedirectTarget& t) {
  nlohmann::ordered_json j;
  if (t.kind == RedirectTarget::Kind::Map) {
    j = {{"map", t.map_name}, {"type", map_type_name(t.map_type)}, {"key", t.key}};
  } else {
    j = {{"ifindex", t.ifindex}};
  }
  j["flags"] = t.flags;
  return j;
}

std::string redirect_text(const RedirectTarget& t) {
  std::string s = t.kind == RedirectTarget::Kind::Map
                      ? fmt::format("map '{}' ({}) key {}", t.map_name, map_type_name(t.map_type), t.key)
                      : fmt::format("ifindex {}", t.ifindex);
  if (t.flags != 0) s += fmt::format(" flags {:#x}", t.flags);
  return s;
}

std::string retval_name(ProgType type, uint32_t rv) {
  static const char* const kXdp[] = {"XDP_ABORTED", "XDP_DROP", "XDP_PASS", "XDP_TX", "XDP_REDIRECT"};
  static const char* const kTc[] = {"TC_ACT_OK", "TC_ACT_RECLASSIFY", "TC_ACT_SHOT", "TC_ACT_PIPE", "TC_ACT_STOLEN",
                                    "TC_ACT_QUEUED", "TC_ACT_REPEAT", "TC_ACT_REDIRECT", "TC_ACT_TRAP"};
  if (type == ProgType::Xdp && rv < 5) return kXdp[rv];
  if ((type == ProgType::SchedCls || type == ProgType::SchedAct) && rv < 9) return kTc[rv];
  if ((type == ProgType::SchedCls || type == ProgType::SchedAct) && rv == 0xffffffffu) return "TC_ACT_UNSPEC";
  return "";
}

std::string hexdump(std::span<const uint8_t> bytes, const char* indent) {
  std::string s;
  for (size_t i = 0; i < bytes.size(); i += 16) {
    s += fmt::format("{}{:04x}:", indent, i);
    for (size_t j = i; j < std::min(bytes.size(), i + 16); ++j) s += fmt::format(" {:02x}", bytes[j]);
    s += '\n';
  }
  return s;
}

std::string spaced_hex(std::span<const uint8_t> bytes) {
  std::string s;
  for (size_t i = 0; i < bytes.size(); ++i) s += fmt::format("{}{:02x}", i ? " " : "", bytes[i]);
  return s;
}

std::vector<uint8_t> perf_raw_padded(std::span<const uint8_t> record) {
  std::vector<uint8_t> out(record.begin(), record.end());
  out.resize((record.size() + 4 + 7) / 8 * 8 - 4, 0);
  return out;
}

void install_perf_sinks(UserspaceObject& obj, std::vector<Event>* sink) {
  for (size_t i = 0; i < obj.map_count(); ++i) {
    auto* perf = dynamic_cast<PerfEventArrayMap*>(&obj.map_at(i));
    if (perf == nullptr) continue;
    const std::string name = obj.spec().maps()[i].name;
    // Userspace must put an event in a slot before the program can output to it, as perf_buffer__new does for
    // every CPU; the handle is the slot itself.
    // Only the CPUs' slots: the others can never be written (-EOPNOTSUPP), and max_entries may be 2^32 - 1.
    const uint32_t cpus = std::min(perf->max_entries(), num_possible_cpus());
    for (uint32_t slot = 0; slot < cpus; ++slot) perf->update_elem(&slot, &slot, BPF_ANY);
    perf->set_sink([sink, name](uint32_t index, std::span<const uint8_t> rec) {
      sink->push_back({name, "perf_event", perf_raw_padded(rec), index});
    });
  }
}

// Drains what the run left in event-like maps: these are reported as events, not as map contents.
std::vector<Event> collect_events(UserspaceObject& obj, std::vector<Event>& perf_events) {
  std::vector<Event> events;
  for (size_t i = 0; i < obj.map_count(); ++i) {
    Map& m = obj.map_at(i);
    const std::string& name = obj.spec().maps()[i].name;
    if (auto* rb = dynamic_cast<RingbufMap*>(&m)) {
      rb->consume([&](std::span<const uint8_t> rec) {
        events.push_back({name, "ringbuf", {rec.begin(), rec.end()}, std::nullopt});
      });
    } else if (m.type() == MapType::Queue || m.type() == MapType::Stack) {
      std::vector<uint8_t> v(m.value_size());
      while (m.lookup_and_delete_elem(nullptr, v.data()) == 0)
        events.push_back({name, m.type() == MapType::Queue ? "queue" : "stack", v, std::nullopt});
    }
  }
  for (Event& e : perf_events) events.push_back(std::move(e));
  return events;
}

nlohmann::ordered_json events_json(const std::vector<Event>& events) {
  nlohmann::ordered_json ev = nlohmann::ordered_json::array();
  for (const Event& e : events) {
    nlohmann::ordered_json j = {{"map", e.map}, {"type", e.type}, {"data", hex_string(e.data)}};
    if (e.index) j["index"] = *e.index;
    ev.push_back(std::move(j));
  }
  return ev;
}

void print_events(const std::vector<Event>& events) {
  for (const Event& e : events)
    fmt::print("event {} ({}{}): {}\n", e.map, e.type, e.index ? fmt::format(" index {}", *e.index) : "",
               spaced_hex(e.data));
}

namespace {

Expected<std::vector<uint8_t>> read_optional(const std::string& path) {
  if (path.empty()) return std::vector<uint8_t>{};
  return read_file(path);
}

}  // namespace

int run_object(const ObjectRunOptions& opt, const Output& out) {
  if (opt.backend == "kernel") return run_object_kernel(opt, out);
  if (opt.backend != "userspace")
    return report(out, make_error(fmt::format("unknown backend '{}' (userspace or kernel)", opt.backend)), kExitBadInput);
  auto spec = open_object(opt.object);
  if (!spec) return report(out, spec.error(), kExitBadInput);
  auto selected = select_program(*spec, opt.prog);
  if (!selected) return report(out, selected.error(), kExitBadInput);
  const std::string prog_name = (*selected)->name;
  const ProgType prog_type = (*selected)->type;

  TestRunOptions run;
  run.repeat = opt.repeat;
  run.loop_limit = opt.loop_limit;
  run.data_size_out = opt.data_size_out;
  run.ctx_size_out = opt.ctx_size_out;
  auto data_in = read_optional(opt.data_in);
  if (!data_in) return report(out, data_in.error(), kExitBadInput);
  run.data_in = std::move(*data_in);
  if (!opt.ctx_in.empty()) {
    auto ctx_in = read_file(opt.ctx_in);
    if (!ctx_in) return report(out, ctx_in.error(), kExitBadInput);
    run.ctx_in = std::move(*ctx_in);
  }
  std::vector<std::vector<uint8_t>> packets;
  if (!opt.pcap.empty()) {
    auto p = read_pcap(opt.pcap);
    if (!p) return report(out, p.error(), kExitBadInput);
    packets = std::move(*p);
    if (packets.empty()) return report(out, make_error("no packets").in_object(opt.pcap), kExitBadInput);
  }

  // Before load: global data maps take their values now (as libbpf's skeleton sets .rodata before load).
  auto preloads = read_map_preloads(*spec, opt.map_in, opt.map_entries);
  if (!preloads) return report(out, preloads.error(), kExitBadInput);

  LoadOptions load;
  if (auto traced = setup_tracing(opt, **selected, load, run); !traced)
    return report(out, traced.error(), kExitBadInput);
  if (!opt.kconfig_file.empty()) load.kconfig_file = opt.kconfig_file;
  load.memory_limit = opt.memory_limit;
  load.helpers.attach_cookie = opt.attach_cookie;
  if (!opt.fib.empty()) {
    auto fib = read_fib_file(opt.fib);
    if (!fib) return report(out, fib.error(), kExitBadInput);
    load.helpers.fib = std::make_shared<const FibTable>(std::move(*fib));
  }
  if (!opt.btf.empty()) load.core.btf_path = opt.btf;
  // trace_printk goes to stderr as the trace pipe would show it, so stdout stays one JSON document.
  load.helpers.trace_sink = [](std::string_view line) { fmt::print(stderr, "trace: {}\n", line); };
  // The loader would verify every program of the object; run verifies what can run (verify_reachable) itself, to
  // print the verifier's full report.
  load.verify = false;
  auto obj = UserspaceObject::load(std::move(*spec), std::move(load));
  if (!obj) return report(out, obj.error(), obj.error().verifier_rejection ? kExitRejected : kExitBadInput);

  std::vector<Event> perf_events;
  install_perf_sinks(**obj, &perf_events);

  // The other maps are filled once, before the first run; --pcap runs then share (and change) that state.
  if (auto ok = apply_map_preloads(**obj, *preloads); !ok) return report(out, ok.error(), kExitBadInput);

  // The kernel verifies at BPF_PROG_LOAD, before anything runs: a program it would refuse does not run here either.
  if (opt.verify)
    if (int rc = verify_reachable(**obj, opt.object, prog_name, out); rc != kExitOk) return rc;

  // One run per pcap packet (sharing map state, as a live program would), or one run on --data-in.
  struct RunRecord {
    TestRunResult result;
    size_t packet = 0;
  };
  std::vector<RunRecord> runs;
  const size_t n = packets.empty() ? 1 : packets.size();
  std::optional<Progress> progress(std::in_place, "run: packet", n);  // reset() erases it before any output
  for (size_t i = 0; i < n; ++i) {
    progress->update(i + 1);
    if (!packets.empty()) run.data_in = packets[i];
    auto r = (*obj)->test_run(prog_name, run);
    if (!r) {
      Error e = std::move(r).error();
      if (!packets.empty()) e.message += fmt::format(" (packet {})", i + 1);
      progress.reset();
      // The kernel refusing the input (EINVAL...) is bad input; a fault inside the program is a runtime failure.
      return report(out, e, e.error_number != 0 ? kExitBadInput : kExitRuntime);
    }
    runs.push_back({std::move(*r), i});
  }
  progress.reset();  // erase the progress line before the results
  const TestRunResult& last = runs.back().result;
  MapDumpOptions dump;
  dump.skip_zero_elements = !opt.all_elements;
  std::vector<Event> events = collect_events(**obj, perf_events);
  // What bpf_send_signal* and bpf_override_return asked for, over all runs (bpfkit records, it does not act).
  std::vector<HelperRequest> requests;
  for (const RunRecord& rr : runs) requests.insert(requests.end(), rr.result.requests.begin(), rr.result.requests.end());
  const auto request_name = [](const HelperRequest& r) {
    switch (r.kind) {
      case HelperRequest::SendSignal: return "bpf_send_signal";
      case HelperRequest::SendSignalThread: return "bpf_send_signal_thread";
      case HelperRequest::OverrideReturn: return "bpf_override_return";
    }
    return "?";
  };

  if (out.json) {
    nlohmann::ordered_json zero_skipped = nlohmann::ordered_json::object();
    nlohmann::ordered_json doc = {{"prog", prog_name},
                                  {"retval", last.retval},
                                  {"data_out", hex_string(last.data_out)},
                                  {"ctx_out", hex_string(last.ctx_out)},
                                  {"duration_ns", last.duration_ns},
                                  {"maps", maps_json(map_views(**obj, dump), zero_skipped)}};
    // Beside "maps", so that each map stays a plain list of entries.
    if (!zero_skipped.empty()) doc["zero_elements_not_shown"] = std::move(zero_skipped);
    doc["events"] = events_json(events);
    if (runs.size() > 1) {
      nlohmann::ordered_json all = nlohmann::ordered_json::array();
      for (const RunRecord& rr : runs)
      {
        nlohmann::ordered_json run = {{"packet", rr.packet + 1}, {"retval", rr.result.retval},
                                      {"data_out", hex_string(rr.result.data_out)},
                                      {"duration_ns", rr.result.duration_ns}};
        if (rr.result.redirect) run["redirect"] = redirect_json(*rr.result.redirect);
        all.push_back(std::move(run));
      }
      doc["runs"] = std::move(all);
    }
    if (last.redirect) doc["redirect"] = redirect_json(*last.redirect);

    if (!requests.empty()) {
      nlohmann::ordered_json req = nlohmann::ordered_json::array();
      for (const HelperRequest& r : requests) req.push_back({{"helper", request_name(r)}, {"value", r.value}});
      doc["requests"] = std::move(req);
    }
    if (last.err != 0) doc["err"] = last.err;
    print_json(doc);
    return kExitOk;
  }

  if (runs.size() > 1) {
    fmt::print("{:>6}  {:>6}  {:<14}  {:>5}\n", "packet", "bytes", "verdict", "ns");
    for (const RunRecord& rr : runs) {
      const std::string name = retval_name(prog_type, rr.result.retval);
      fmt::print("{:>6}  {:>6}  {:<14}  {:>5}\n", rr.packet + 1, packets[rr.packet].size(),
                 name.empty() ? std::to_string(rr.result.retval) : name, rr.result.duration_ns);
    }
  } else {
    const std::string name = retval_name(prog_type, last.retval);
    fmt::print("prog:     {}\n", prog_name);
    fmt::print("retval:   {}{}\n", last.retval, name.empty() ? "" : fmt::format(" ({})", name));
    fmt::print("duration: {} ns{}\n", last.duration_ns,
               opt.repeat > 1 ? fmt::format(" (average of {} runs)", opt.repeat) : "");
    if (!last.data_out.empty()) fmt::print("data_out: {} bytes\n{}", last.data_out.size(), hexdump(last.data_out, "  "));
    if (!last.ctx_out.empty()) fmt::print("ctx_out:  {} bytes\n{}", last.ctx_out.size(), hexdump(last.ctx_out, "  "));
    if (last.redirect) fmt::print("redirect: {}\n", redirect_text(*last.redirect));
    if (last.err != 0) fmt::print("err:      {} (output truncated)\n", last.err);
  }
  for (const HelperRequest& r : requests)
    fmt::print("request:  {}({}) recorded, not performed\n", request_name(r), int64_t(r.value));
  print_maps(map_views(**obj, dump), (*obj)->spec().btf());
  print_events(events);
  return kExitOk;
}

}  // namespace bpfkit::cli
