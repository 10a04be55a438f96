// bpfkit load OBJ [--attach] [--pin DIR]: load an object into the kernel, attach its programs, stream their events.
//
// Loading goes through KernelObject (bpf() directly). With --attach every loaded program is attached by its section
// name (kernel_attach.h), attach fallback chains pick their first working alternative, the attachments are printed
// (a bpftool-like table, or one JSON line with --json), and then every ring buffer and perf event array of the object
// is read and each record printed as a JSON line until SIGINT/SIGTERM (or --duration / --max-events). On the way
// out every link is destroyed before the maps and programs close. A SIGKILL leaves nothing either: every attachment
// is an fd of this process.
#include <fcntl.h>
#include <net/if.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "bpfkit/events.h"
#include "bpfkit/kernel.h"
#include "bpfkit/kernel_attach.h"
#include "bpfkit/object.h"
#include "cli/commands.h"
#include "cli/event_decode.h"
#include "cli/table.h"

namespace bpfkit::cli {
namespace {

volatile sig_atomic_t g_stop = 0;
void on_stop_signal(int) { g_stop = 1; }

struct LoadCommandOptions {
  std::string object;
  bool attach = false;
  std::string pin_dir;
  std::vector<std::string> progs;          // --prog: only these
  std::vector<std::string> targets;        // --target PROG=TARGET
  std::vector<std::string> chains;         // --chain STEM=P1,P2,...
  std::vector<std::string> globals;        // --global NAME=VALUE
  std::vector<std::string> event_types;    // --event-type MAP=STRUCT
  std::string ifname;
  double duration = 0;                     // seconds; 0: until a signal
  uint64_t max_events = 0;                 // 0: no limit
  uint32_t log_level = 0;
  std::string tc_mode = "auto";            // --tc-mode auto|tcx|netlink
  bool no_tc_guard = false;                // --no-tc-guard
};

// Target programs of freplace programs (`--target PROG=OBJ[:TPROG]` or `--target PROG=PINNED`), kept loaded.
class FreplaceTargets {
 public:
  Expected<int> open(const std::string& where) {
    // A pinned program first: a bpffs path is never an ELF object.
    if (auto pinned = kernel::obj_get(where)) {
      fds_.push_back(std::move(*pinned));
      return fds_.back().get();
    }
    std::string path = where, prog;
    if (const size_t colon = where.rfind(':'); colon != std::string::npos && access(where.c_str(), F_OK) != 0) {
      path = where.substr(0, colon);
      prog = where.substr(colon + 1);
    }
    auto spec = ObjectSpec::open(path);
    if (!spec) return make_error(fmt::format("freplace target '{}': {}", where, spec.error().message));
    if (prog.empty()) {
      size_t n = 0;
      for (const ProgramSpec& p : spec->programs())
        if (p.autoload) ++n, prog = p.name;
      if (n != 1)
        return make_error(fmt::format("freplace target '{}' has {} programs: name one as {}:PROG", path, n, path));
    } else if (spec->program(prog) == nullptr) {
      return make_error(fmt::format("freplace target '{}': no program '{}'", path, prog));
    }
    KernelLoadOptions lo;
    lo.programs = {prog};
    auto obj = KernelObject::load(std::move(*spec), lo);
    if (!obj) return Error(obj.error()).in_object(path);
    objects_.push_back(std::move(*obj));
    return objects_.back()->program(prog)->fd.get();
  }

 private:
  std::vector<std::unique_ptr<KernelObject>> objects_;
  std::vector<kernel::Fd> fds_;
};

Expected<std::pair<std::string, std::string>> split_pair(const std::string& s, const char* option) {
  const size_t eq = s.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == s.size())
    return make_error(fmt::format("{} '{}': expected NAME=VALUE", option, s));
  return std::make_pair(s.substr(0, eq), s.substr(eq + 1));
}

// --global NAME=VALUE: an integer global in .data/.bss/.rodata, written into the map's initial value before load.
Expected<void> set_global(ObjectSpec& spec, const std::string& name, const std::string& value) {
  const btf::Btf* b = spec.btf();
  if (b == nullptr) return make_error(fmt::format("--global {}: the object has no BTF", name));
  char* end = nullptr;
  errno = 0;
  const long long v = strtoll(value.c_str(), &end, 0);
  if (value.empty() || *end != '\0' || errno != 0)
    return make_error(fmt::format("--global {}={}: not an integer", name, value));
  for (const MapDefinition& m : spec.maps()) {
    if (m.origin != MapOrigin::Data && m.origin != MapOrigin::Bss && m.origin != MapOrigin::Rodata) continue;
    auto sec = b->find_by_name_kind(m.real_name, btf::Kind::Datasec);
    if (!sec) continue;
    for (const btf::VarSecinfo& vs : b->type(*sec)->vars) {
      if (b->type(vs.type)->name != name) continue;
      if (vs.size > 8 || vs.offset + vs.size > m.spec.value_size)
        return make_error(fmt::format("--global {}: a {}-byte variable is not an integer bpfkit can set", name, vs.size));
      std::vector<uint8_t> bytes = m.initial_value;
      bytes.resize(m.spec.value_size, 0);
      std::memcpy(bytes.data() + vs.offset, &v, vs.size);  // little-endian: the low bytes
      return spec.set_initial_value(m.real_name, bytes);
    }
  }
  return make_error(fmt::format("--global {}: no such variable in .data, .bss or .rodata", name));
}

bool in_list(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

nlohmann::ordered_json link_json(const kernel::KernelLink& l) {
  nlohmann::ordered_json j;
  j["program"] = l.program;
  j["prog_id"] = l.prog_id;
  j["method"] = l.method;
  j["target"] = l.target;
  if (l.link_id != 0) j["link_id"] = l.link_id;
  if (l.tc) {
    const kernel::TcFilterId& f = l.tc->id();
    j["tc"] = {{"ifindex", f.ifindex}, {"direction", f.ingress ? "ingress" : "egress"}, {"priority", f.priority},
               {"handle", f.handle}, {"kept", !l.tc->owned()}};
  }
  if (!l.note.empty()) j["note"] = l.note;
  return j;
}

// A legacy tc filter has nothing to pin (it is no BPF link): with --pin it is kept on the interface instead, as a
// pinned link keeps its attachment, and `tc filter del` (printed) removes it.
Expected<void> pin_all(const KernelObject& obj, std::vector<kernel::KernelLink>& links, const std::string& dir) {
  if (auto ok = kernel::prepare_pin_dir(dir); !ok) return ok;
  for (const auto& p : obj.programs())
    if (auto ok = kernel::obj_pin(p.fd.get(), fmt::format("{}/prog_{}", dir, p.spec->name)); !ok) return ok;
  for (const auto& m : obj.maps())
    if (m.fd && m.def != nullptr) {
      std::string name = m.def->name;
      for (char& c : name)
        if (c == '/') c = '_';
      if (auto ok = kernel::obj_pin(m.fd.get(), fmt::format("{}/map_{}", dir, name)); !ok) return ok;
    }
  for (auto& l : links) {
    if (l.tc) l.tc->keep();
    if (l.link)
      if (auto ok = l.pin(fmt::format("{}/link_{}", dir, l.program)); !ok) return ok;
  }
  return {};
}

void print_attached(const Output& out, const kernel::ObjectAttachment& a, const KernelObject& obj) {
  if (out.json) {
    nlohmann::ordered_json j;
    j["type"] = "attached";
    nlohmann::ordered_json links = nlohmann::ordered_json::array();
    for (const auto& l : a.links) links.push_back(link_json(l));
    j["links"] = std::move(links);
    nlohmann::ordered_json chains = nlohmann::ordered_json::array();
    for (const auto& c : a.chains) {
      nlohmann::ordered_json skipped = nlohmann::ordered_json::array();
      for (const auto& [p, why] : c.skipped) skipped.push_back({{"program", p}, {"reason", why}});
      chains.push_back({{"chain", c.chain}, {"chosen", c.chosen}, {"skipped", std::move(skipped)}});
    }
    j["chains"] = std::move(chains);
    nlohmann::ordered_json maps = nlohmann::ordered_json::array();
    for (const auto& m : obj.maps())
      if (m.def != nullptr) maps.push_back({{"name", m.def->name}, {"id", m.id}});
    j["maps"] = std::move(maps);
    fmt::print("{}\n", j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  } else {
    Table t({"PROG", "ID", "METHOD", "TARGET", "LINK"});
    for (const auto& l : a.links)
      t.add({l.program, std::to_string(l.prog_id), l.method, l.target, l.link_id ? std::to_string(l.link_id) : "-"});
    t.print();
    for (const auto& l : a.links) {
      if (!l.note.empty()) fmt::print("{}: {}\n", l.program, l.note);
      if (l.tc && !l.tc->owned()) {
        const kernel::TcFilterId& f = l.tc->id();
        char dev[IF_NAMESIZE] = {};
        if (if_indextoname(unsigned(f.ifindex), dev) == nullptr) std::snprintf(dev, sizeof(dev), "%d", f.ifindex);
        fmt::print("{}: tc filter kept after exit; remove it with: tc filter del dev {} {} pref {} handle {:#x} bpf\n",
                   l.program, dev, f.ingress ? "ingress" : "egress", f.priority, f.handle);
      }
    }
    for (const auto& c : a.chains) {
      fmt::print("chain {}: attached {}\n", c.chain, c.chosen);
      for (const auto& [p, why] : c.skipped) fmt::print("  skipped {}: {}\n", p, why);
    }
  }
  fflush(stdout);
}

void print_loaded(const Output& out, const KernelObject& obj, const kernel::ChainedLoad& lo) {
  if (out.json) {
    nlohmann::ordered_json j;
    j["type"] = "loaded";
    nlohmann::ordered_json progs = nlohmann::ordered_json::array();
    for (const auto& p : obj.programs())
      progs.push_back({{"name", p.spec->name}, {"id", p.id}, {"type", prog_type_name(p.spec->type)}});
    j["programs"] = std::move(progs);
    nlohmann::ordered_json maps = nlohmann::ordered_json::array();
    for (const auto& m : obj.maps())
      if (m.def != nullptr) maps.push_back({{"name", m.def->name}, {"id", m.id}});
    j["maps"] = std::move(maps);
    nlohmann::ordered_json refused = nlohmann::ordered_json::object();
    for (const auto& [p, why] : lo.load_failures) refused[p] = why;
    j["refused"] = std::move(refused);
    fmt::print("{}\n", j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  } else {
    Table t({"ID", "TYPE", "NAME"});
    for (const auto& p : obj.programs()) t.add({std::to_string(p.id), prog_type_name(p.spec->type), p.spec->name});
    t.print();
    for (const auto& [p, why] : lo.load_failures) fmt::print("not loaded: {}: {}\n", p, why);
  }
  fflush(stdout);
}

// Reads every ring buffer and perf event array of the object until told to stop; one JSON line per record.
int stream_events(const Output& out, const KernelObject& obj, const LoadCommandOptions& opt) {
  std::map<std::string, std::string> types;
  for (const std::string& t : opt.event_types) {
    auto kv = split_pair(t, "--event-type");
    if (!kv) return report(out, kv.error(), kExitBadInput);
    types[kv->first] = kv->second;
  }
  EventDecoder decoder(obj.spec().btf(), types);
  if (std::string bad = decoder.check(); !bad.empty()) return report(out, bad, kExitBadInput);

  uint64_t printed = 0;
  auto emit = [&](const std::string& map, int cpu, events::Record r, bool perf) {
    nlohmann::ordered_json j;
    j["type"] = "event";
    j["map"] = map;
    if (cpu >= 0) j["cpu"] = cpu;
    nlohmann::ordered_json decoded = decoder.decode(map, r, perf);  // kept alive across the loop below
    for (auto& [k, v] : decoded.items()) j[k == "type" ? "record" : k] = v;
    std::string line = j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    line.push_back('\n');
    fwrite(line.data(), 1, line.size(), stdout);
    ++printed;
    return opt.max_events != 0 && printed >= opt.max_events ? -1 : 0;
  };
  std::vector<std::unique_ptr<events::RingBuffer>> rings;
  std::vector<std::unique_ptr<events::PerfBuffer>> perfs;
  std::vector<std::string> ring_names, perf_names;
  auto poller = events::Poller::create();
  if (!poller) return report(out, poller.error(), kExitBadInput);
  for (const auto& m : obj.maps()) {
    if (m.def == nullptr || !m.fd) continue;
    const std::string name = m.def->name;
    if (m.def->spec.type == MapType::Ringbuf) {
      auto rb = events::RingBuffer::open(m.fd.get(), [&emit, name](events::Record r) { return emit(name, -1, r, false); });
      if (!rb) return report(out, Error(rb.error()).in_object(name), kExitBadInput);
      if (auto ok = (*poller)->add(**rb); !ok) return report(out, ok.error(), kExitBadInput);
      rings.push_back(std::move(*rb));
      ring_names.push_back(name);
    } else if (m.def->spec.type == MapType::PerfEventArray) {
      events::PerfBufferOptions po;
      po.on_lost = [name](int cpu, uint64_t n) {
        nlohmann::ordered_json j{{"type", "lost"}, {"map", name}, {"cpu", cpu}, {"count", n}};
        fmt::print("{}\n", j.dump());
      };
      auto pb = events::PerfBuffer::open(
          m.fd.get(), [&emit, name](int cpu, events::Record r) { return emit(name, cpu, r, true); }, po);
      if (!pb) return report(out, Error(pb.error()).in_object(name), kExitBadInput);
      if (auto ok = (*poller)->add(**pb); !ok) return report(out, ok.error(), kExitBadInput);
      perfs.push_back(std::move(*pb));
      perf_names.push_back(name);
    }
  }

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(opt.duration);
  while (g_stop == 0) {
    int timeout = 200;
    if (opt.duration > 0) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) break;
      timeout = static_cast<int>(std::min<int64_t>(left.count(), 200));
    }
    auto n = (*poller)->poll(timeout);
    fflush(stdout);
    if (!n) return report(out, n.error(), kExitBadInput);
    if (*n < 0) break;  // --max-events reached
  }
  if (opt.max_events == 0 || printed < opt.max_events) (*poller)->consume_all();
  fflush(stdout);

  // Drops: what the perf rings reported lost, records the programs discarded; ring buffer drops are only known to
  // the program (bpf_ringbuf_reserve failing), so they cannot be listed here.
  nlohmann::ordered_json summary{{"type", "summary"}, {"events", printed}};
  nlohmann::ordered_json per_map = nlohmann::ordered_json::array();
  for (size_t i = 0; i < rings.size(); ++i)
    per_map.push_back({{"map", ring_names[i]}, {"records", rings[i]->stats().records},
                       {"discarded", rings[i]->stats().discarded}});
  for (size_t i = 0; i < perfs.size(); ++i)
    per_map.push_back({{"map", perf_names[i]}, {"records", perfs[i]->stats().records},
                       {"lost", perfs[i]->stats().lost}});
  summary["maps"] = std::move(per_map);
  if (out.json) {
    fmt::print("{}\n", summary.dump());
  } else {
    fmt::print(stderr, "bpfkit: {} events\n", printed);
  }
  fflush(stdout);
  return kExitOk;
}

int run_load(const Output& out, const LoadCommandOptions& opt) {
  auto spec = ObjectSpec::open(opt.object);
  if (!spec) return report(out, spec.error(), kExitBadInput);
  for (const std::string& w : spec->warnings()) warn(w);
  for (const std::string& p : opt.progs)
    if (spec->program(p) == nullptr) return report(out, fmt::format("--prog {}: no such program in {}", p, opt.object), kExitBadInput);
  for (const std::string& g : opt.globals) {
    auto kv = split_pair(g, "--global");
    if (!kv) return report(out, kv.error(), kExitBadInput);
    if (auto ok = set_global(*spec, kv->first, kv->second); !ok) return report(out, ok.error(), kExitBadInput);
  }

  std::vector<kernel::AttachChain> chains = kernel::attach_chains(*spec);
  for (const std::string& c : opt.chains) {
    auto kv = split_pair(c, "--chain");
    if (!kv) return report(out, kv.error(), kExitBadInput);
    kernel::AttachChain chain{kv->first, {}};
    for (size_t at = 0; at <= kv->second.size();) {
      size_t comma = kv->second.find(',', at);
      if (comma == std::string::npos) comma = kv->second.size();
      std::string p = kv->second.substr(at, comma - at);
      if (spec->program(p) == nullptr) return report(out, fmt::format("--chain {}: no program '{}'", kv->first, p), kExitBadInput);
      chain.programs.push_back(p);
      at = comma + 1;
    }
    // An explicit chain replaces any naming chain that shares its programs.
    std::erase_if(chains, [&](const kernel::AttachChain& old) {
      for (const auto& p : old.programs)
        if (in_list(chain.programs, p)) return true;
      return false;
    });
    chains.push_back(std::move(chain));
  }

  KernelLoadOptions lo;
  lo.programs = opt.progs;
  lo.log_level = opt.log_level;
  // freplace programs need their target loaded first; it stays loaded (and its fd open) while this command runs.
  FreplaceTargets freplace;
  for (const std::string& t : opt.targets) {
    auto kv = split_pair(t, "--target");
    if (!kv) return report(out, kv.error(), kExitBadInput);
    const ProgramSpec* p = spec->program(kv->first);
    if (p == nullptr || p->type != ProgType::Ext) continue;
    auto fd = freplace.open(kv->second);
    if (!fd) return report(out, Error(fd.error()).in_program(kv->first), fd.error().verifier_rejection ? kExitRejected
                                                                                                       : kExitBadInput);
    lo.attach_prog_fds[kv->first] = *fd;
  }
  auto loaded = kernel::load_with_chains(*spec, lo, chains);
  if (!loaded) {
    Error e = std::move(loaded).error();
    if (e.object.empty()) e.in_object(opt.object);
    return report(out, e, e.verifier_rejection ? kExitRejected : kExitBadInput);
  }
  const KernelObject& obj = *loaded->object;

  if (!opt.attach) {
    print_loaded(out, obj, *loaded);
    if (opt.pin_dir.empty()) return kExitOk;
    std::vector<kernel::KernelLink> none;
    if (auto ok = pin_all(obj, none, opt.pin_dir); !ok) return report(out, ok.error(), kExitBadInput);
    return kExitOk;
  }

  // Signals first: a SIGTERM while attaching must still detach what is attached.
  struct sigaction sa {};
  sa.sa_handler = on_stop_signal;  // no SA_RESTART: epoll_wait returns EINTR and the loop ends
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);

  kernel::ObjectAttachOptions ao;
  ao.defaults.ifname = opt.ifname;
  ao.defaults.tc_mode = opt.tc_mode == "tcx" ? kernel::TcMode::Tcx
                        : opt.tc_mode == "netlink" ? kernel::TcMode::Netlink
                                                   : kernel::TcMode::Auto;
  for (const std::string& t : opt.targets) {
    auto kv = split_pair(t, "--target");
    if (!kv) return report(out, kv.error(), kExitBadInput);
    if (spec->program(kv->first) == nullptr)
      return report(out, fmt::format("--target {}: no such program in {}", kv->first, opt.object), kExitBadInput);
    // A freplace program's target was used at load; it attaches where it was loaded for.
    if (spec->program(kv->first)->type == ProgType::Ext) continue;
    ao.targets[kv->first] = kv->second;
  }
  // Declared first so it outlives the attachment: this process removes its tc filters itself at a normal exit or a
  // SIGINT/SIGTERM, and the guardian then finds nothing left to do; it acts only when this process could not.
  std::unique_ptr<kernel::TcGuard> guard;
  auto attached = kernel::attach_object(obj, chains, loaded->load_failures, ao);
  if (!attached) return report(out, Error(attached.error()).in_object(opt.object), kExitBadInput);
  if (!opt.pin_dir.empty())
    if (auto ok = pin_all(obj, attached->links, opt.pin_dir); !ok) return report(out, ok.error(), kExitBadInput);
  std::vector<kernel::TcFilterId> owned_filters;
  for (const auto& l : attached->links)
    if (l.tc && l.tc->owned()) owned_filters.push_back(l.tc->id());
  if (!owned_filters.empty() && !opt.no_tc_guard) {
    auto g = kernel::TcGuard::start(owned_filters);
    if (!g) return report(out, g.error(), kExitBadInput);
    guard = std::move(*g);
  }
  print_attached(out, *attached, obj);
  const int code = stream_events(out, obj, opt);
  // ObjectAttachment detaches (in reverse order) before the programs and maps close.
  return code;
}

}  // namespace

Command add_load_command(CLI::App& root, Output& out) {
  CLI::App* app = root.add_subcommand("load", "Load an object into the kernel, attach it and stream its events");
  auto opt = std::make_shared<LoadCommandOptions>();
  add_json_flag(*app, out);
  app->add_option("OBJ", opt->object, "A BPF ELF object built by clang -target bpf")->required();
  app->add_flag("--attach", opt->attach, "Attach every program (by section name), then print ring buffer and perf "
                                         "buffer records as JSON lines until SIGINT/SIGTERM");
  app->add_option("--pin", opt->pin_dir, "Pin programs, maps and links under DIR (prog_NAME, map_NAME, link_NAME)");
  app->add_option("--prog", opt->progs, "Load (and attach) only this program; repeatable");
  app->add_option("--target", opt->targets, "PROG=TARGET: attach PROG there instead of where its section says "
                                            "(\"/bin/bash:readline\", \"sched/sched_switch\", \"do_unlinkat+4\", \"egress\"); for a freplace "
                                            "program, the program it extends: OBJ[:PROG] or a pinned path");
  app->add_option("--chain", opt->chains, "STEM=P1,P2,...: attach the first of these programs this kernel supports "
                                          "(programs named STEM__ALT form a chain without this)");
  app->add_option("--ifname", opt->ifname, "Interface for xdp, tc/tcx and socket programs");
  app->add_option("--tc-mode", opt->tc_mode, "How tc programs attach: auto (by section: tcx/* and tc/* as tcx links, "
                                             "tc and classifier as netlink filters), tcx, or netlink (every one)")
      ->check(CLI::IsMember({"auto", "tcx", "netlink"}));
  app->add_flag("--no-tc-guard", opt->no_tc_guard, "No guardian process for legacy tc filters: they are removed at "
                                                   "exit and on SIGINT/SIGTERM only, and a SIGKILL leaves them");
  app->add_option("--global", opt->globals, "NAME=VALUE: set an integer global variable before load");
  app->add_option("--event-type", opt->event_types, "MAP=STRUCT: decode MAP's records as this struct of the object");
  app->add_option("--duration", opt->duration, "Stop after this many seconds (default: at SIGINT/SIGTERM)");
  app->add_option("--max-events", opt->max_events, "Stop after printing this many events");
  app->add_option("--log-level", opt->log_level, "Verifier log level for every program (kept only on failure)");
  return {app, [&out, opt] { return run_load(out, *opt); }};
}

}  // namespace bpfkit::cli
