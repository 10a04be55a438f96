// The kernel side of the differential corpus (see corpus_kernel.h).
#include "support/corpus_kernel.h"
#include "support/corpus_runner.h"

#include <sched.h>

#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstring>
#include <map>
#include <memory>

#include <fmt/format.h>

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <linux/bpf.h>
#endif

namespace bpfkit::testing::corpus {

CpuPin::CpuPin(int cpu) {
  static_assert(sizeof(saved_) >= sizeof(cpu_set_t));
  cpu_set_t* saved = reinterpret_cast<cpu_set_t*>(saved_);
  restore_ = sched_getaffinity(0, sizeof(cpu_set_t), saved) == 0;
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(cpu, &set);
  ok_ = sched_setaffinity(0, sizeof(set), &set) == 0;
}

CpuPin::~CpuPin() {
  if (restore_) sched_setaffinity(0, sizeof(cpu_set_t), reinterpret_cast<cpu_set_t*>(saved_));
}

#ifdef BPFKIT_HAVE_LIBBPF

namespace {


struct ObjectCloser {
  void operator()(bpf_object* o) const { bpf_object__close(o); }
};
bool is_percpu(bpf_map_type t) {
  return t == BPF_MAP_TYPE_PERCPU_ARRAY || t == BPF_MAP_TYPE_PERCPU_HASH || t == BPF_MAP_TYPE_LRU_PERCPU_HASH ||
         t == BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE;
}

// Bytes userspace passes for one value of m.
size_t user_value_size(const bpf_map* m) {
  const size_t v = bpf_map__value_size(m);
  if (!is_percpu(bpf_map__type(m))) return v;
  return (v + 7) / 8 * 8 * size_t(libbpf_num_possible_cpus());
}

uint32_t object_id(int fd) {
  // bpf_prog_info and bpf_map_info both start with {type, id}.
  struct {
    uint32_t type, id;
    uint8_t rest[248];
  } info{};
  uint32_t len = sizeof(info);
  if (bpf_obj_get_info_by_fd(fd, &info, &len) != 0) return 0;
  return info.id;
}

class KernelCase : public StepRunner {
 public:
  KernelCase(const Case& c, std::optional<KernelFailure>* refusal) : c_(c), refusal_(refusal) {}

  Outcome run() {
    CpuPin pin(0);
    if (!pin.ok()) {
      out_.load_error = fmt::format("sched_setaffinity(CPU 0): {}", strerror(errno));
      return out_;
    }
    if (!open_and_load()) return out_;
    if (!make_consumers()) return out_;
    run_steps(c_, out_);
    consumers_.drain();
    dump_maps();
    return out_;
  }

 private:
  bool open_and_load() {
    std::string log;
    std::optional<LibbpfLogCapture> capture(std::in_place, &log);
    bpf_object* o = bpf_object__open_file(c_.object_path.c_str(), nullptr);
    int err = o ? 0 : -errno;
    if (o) {
      obj_.reset(o);
      if (std::optional<KernelFailure> sim = simulated()) {
        err = -sim->err;
        log += sim->log;
      } else {
        err = bpf_object__load(o);
      }
    }
    capture.reset();
    if (err != 0) {
      if (refusal_) {
        KernelFailure f;
        f.err = -err;
        f.log = log;
        if (o) {
          bpf_program* p;
          bpf_object__for_each_program(p, o) f.prog_types.push_back(uint32_t(bpf_program__type(p)));
          bpf_map* m;
          bpf_object__for_each_map(m, o) f.map_types.push_back(uint32_t(bpf_map__type(m)));
        }
        *refusal_ = std::move(f);
      }
      if (log.size() > 6000) log = "..." + log.substr(log.size() - 6000);
      out_.load_error = fmt::format("libbpf: {} ({})\n{}", o ? "load" : "open", strerror(-err), log);
      return false;
    }
    bpf_program* p;
    bpf_object__for_each_program(p, o) prog_names_[object_id(bpf_program__fd(p))] = bpf_program__name(p);
    bpf_map* m;
    bpf_object__for_each_map(m, o) map_names_[object_id(bpf_map__fd(m))] = bpf_map__name(m);
    return true;
  }

  // A simulated missing helper (BPFKIT_TEST_KERNEL_LACKS_HELPERS) in any autoloaded program of the object.
  std::optional<KernelFailure> simulated() const {
    bpf_program* p;
    bpf_object__for_each_program(p, obj_.get()) {
      if (!bpf_program__autoload(p)) continue;
      const auto* insns = reinterpret_cast<const Insn*>(bpf_program__insns(p));
      if (auto f = simulated_refusal(std::span<const Insn>(insns, bpf_program__insn_cnt(p)))) return f;
    }
    return std::nullopt;
  }

  bool make_consumers() {
    bpf_map* m;
    bpf_object__for_each_map(m, obj_.get()) {
      const std::string name = bpf_map__name(m);
      std::string err;
      if (bpf_map__type(m) == BPF_MAP_TYPE_RINGBUF) err = consumers_.add_ringbuf(name, bpf_map__fd(m), &out_.ringbuf[name]);
      else if (bpf_map__type(m) == BPF_MAP_TYPE_PERF_EVENT_ARRAY)
        err = consumers_.add_perf(name, bpf_map__fd(m), &out_.perf[name]);
      if (!err.empty()) {
        out_.load_error = err;
        return false;
      }
    }
    return true;
  }

  bpf_map* map_named(const std::string& name) { return bpf_object__find_map_by_name(obj_.get(), name.c_str()); }

  std::optional<MapSizes> map_sizes(const std::string& map) override {
    const bpf_map* m = map_named(map);
    if (m == nullptr) return std::nullopt;
    return MapSizes{bpf_map__key_size(m), bpf_map__value_size(m)};
  }
  int update(const std::string& map, const Bytes& key, const Bytes& value, uint64_t flags) override {
    const bpf_map* m = map_named(map);
    const Bytes v = is_percpu(bpf_map__type(m)) ? percpu_value(value, bpf_map__value_size(m)) : value;
    return bpf_map_update_elem(bpf_map__fd(m), key.data(), v.data(), flags);
  }
  int remove(const std::string& map, const Bytes& key) override {
    return bpf_map_delete_elem(bpf_map__fd(map_named(map)), key.data());
  }
  int push(const std::string& map, const Bytes& value, uint64_t flags) override {
    return bpf_map_update_elem(bpf_map__fd(map_named(map)), nullptr, value.data(), flags);
  }
  // A prog array slot takes a program fd, a map-in-map slot an inner map fd.
  int set_slot(const std::string& map, const Step& s, StepResult& r) override {
    const bpf_map* m = map_named(map);
    int target = -1;
    if (bpf_map__type(m) == BPF_MAP_TYPE_PROG_ARRAY) {
      if (bpf_program* p = bpf_object__find_program_by_name(obj_.get(), s.prog.c_str())) target = bpf_program__fd(p);
    } else if (bpf_map* inner = map_named(s.prog)) {
      target = bpf_map__fd(inner);
    }
    if (target < 0) {
      r.error = fmt::format("no program or map '{}'", s.prog);
      return 0;
    }
    return bpf_map_update_elem(bpf_map__fd(m), &s.index, &target, 0);
  }

  void run_program(const Step& s, const std::optional<Bytes>& data_in, const std::optional<Bytes>& ctx_in,
                   StepResult& r) override {
    bpf_program* p = bpf_object__find_program_by_name(obj_.get(), s.prog.c_str());
    if (!p) {
      r.error = fmt::format("no program '{}'", s.prog);
      return;
    }
    const Bytes data = data_in.value_or(Bytes{});
    Bytes ctx = ctx_in.value_or(Bytes{});
    const bpf_prog_type type = bpf_program__type(p);
    // Only the packet types take data_out / ctx_out (SYSCALL and RAW_TRACEPOINT refuse them with EINVAL).
    const bool packet = type != BPF_PROG_TYPE_SYSCALL && type != BPF_PROG_TYPE_RAW_TRACEPOINT;
    // ctx_out only with ctx_in: an output buffer alone makes the kernel run on a zeroed context (for XDP that is
    // an xdp_md with data_end 0, an empty frame), which is not the run the case describes.
    const bool want_ctx_out = packet && (s.ctx || s.ctx_size_out);
    Bytes data_out(packet ? s.data_size_out.value_or(65536) : 0);
    Bytes ctx_out(want_ctx_out ? s.ctx_size_out.value_or(4096) : 0);
    LIBBPF_OPTS(bpf_test_run_opts, opts);
    if (s.data) {
      opts.data_in = data.data();
      opts.data_size_in = uint32_t(data.size());
    }
    if (s.ctx) {
      opts.ctx_in = ctx.data();
      opts.ctx_size_in = uint32_t(ctx.size());
    }
    if (packet) {
      opts.data_out = data_out.data();
      opts.data_size_out = uint32_t(data_out.size());
    }
    if (want_ctx_out) {
      opts.ctx_out = ctx_out.data();
      opts.ctx_size_out = uint32_t(ctx_out.size());
    }
    opts.repeat = int(s.repeat);
    opts.flags = uint32_t(s.flags);
    opts.cpu = s.cpu;
    r.rc = bpf_prog_test_run_opts(bpf_program__fd(p), &opts);
    r.retval = opts.retval;
    // On a refused run the kernel writes nothing back (data_size_out still holds our buffer size).
    if (r.rc != 0 && r.rc != -ENOSPC) return;
    if (packet) {
      r.data_out.assign(data_out.begin(), data_out.begin() + std::min<size_t>(opts.data_size_out, data_out.size()));
      r.ctx_out.assign(ctx_out.begin(), ctx_out.begin() + std::min<size_t>(opts.ctx_size_out, ctx_out.size()));
    } else if (type == BPF_PROG_TYPE_SYSCALL) {
      r.ctx_out = ctx;  // the kernel copied the context back into ctx_in
    }
  }

  void dump_maps() {
    bpf_map* m;
    bpf_object__for_each_map(m, obj_.get()) {
      MapContents mc;
      const bpf_map_type t = bpf_map__type(m);
      const char* tn = libbpf_bpf_map_type_str(t);
      mc.type = tn ? tn : fmt::format("type{}", int(t));
      const int fd = bpf_map__fd(m);
      const size_t ks = bpf_map__key_size(m);
      switch (t) {
        case BPF_MAP_TYPE_RINGBUF:
        case BPF_MAP_TYPE_PERF_EVENT_ARRAY:
          break;
        case BPF_MAP_TYPE_QUEUE:
        case BPF_MAP_TYPE_STACK: {
          Bytes v(bpf_map__value_size(m));
          while (bpf_map_lookup_and_delete_elem(fd, nullptr, v.data()) == 0) mc.elements.push_back(v);
          break;
        }
        case BPF_MAP_TYPE_BLOOM_FILTER:
          for (const Probe& p : c_.probes) {
            if (p.map != bpf_map__name(m)) continue;
            auto v = p.value.build(RunVars::sample());
            Bytes vb = v ? *v : Bytes{};
            vb.resize(bpf_map__value_size(m));
            mc.probes.push_back(bpf_map_lookup_elem(fd, nullptr, vb.data()));
          }
          break;
        case BPF_MAP_TYPE_PROG_ARRAY:
        case BPF_MAP_TYPE_ARRAY_OF_MAPS:
        case BPF_MAP_TYPE_HASH_OF_MAPS: {
          const auto& names = t == BPF_MAP_TYPE_PROG_ARRAY ? prog_names_ : map_names_;
          for_each_key(fd, ks, [&](const Bytes& key) {
            uint32_t id = 0;
            if (bpf_map_lookup_elem(fd, key.data(), &id) != 0) return;
            auto it = names.find(id);
            mc.slots.emplace_back(key, it == names.end() ? fmt::format("<id {} not in the object>", id) : it->second);
          });
          break;
        }
        default:
          for_each_key(fd, ks, [&](const Bytes& key) {
            Bytes v(user_value_size(m));
            if (bpf_map_lookup_elem(fd, key.data(), v.data()) == 0) mc.entries.emplace_back(key, std::move(v));
          });
      }
      std::sort(mc.entries.begin(), mc.entries.end());
      std::sort(mc.slots.begin(), mc.slots.end());
      out_.maps[bpf_map__name(m)] = std::move(mc);
    }
  }

  template <class F>
  static void for_each_key(int fd, size_t ks, F fn) {
    Bytes key(ks), next(ks);
    bool first = true;
    // get_next_key on a prog array returns every index, occupied or not; lookup tells which are.
    for (int guard = 0; guard < (1 << 20); ++guard) {
      if (bpf_map_get_next_key(fd, first ? nullptr : key.data(), next.data()) != 0) break;
      first = false;
      key = next;
      fn(key);
    }
  }

  const Case& c_;
  std::optional<KernelFailure>* refusal_;
  Outcome out_;
  std::unique_ptr<bpf_object, ObjectCloser> obj_;
  LibbpfConsumers consumers_;
  std::map<uint32_t, std::string> prog_names_, map_names_;
};

}  // namespace

Outcome run_in_kernel(const Case& c, std::optional<KernelFailure>* refusal) { return KernelCase(c, refusal).run(); }

#else  // !BPFKIT_HAVE_LIBBPF

Outcome run_in_kernel(const Case&, std::optional<KernelFailure>*) {
  Outcome o;
  o.load_error = "bpfkit was built without libbpf";
  return o;
}

#endif

}  // namespace bpfkit::testing::corpus
