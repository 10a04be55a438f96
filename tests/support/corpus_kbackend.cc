// The corpus through bpfkit's kernel backend (see corpus_kbackend.h).
#include "support/corpus_kbackend.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "bpfkit/kernel.h"
#include "support/corpus_kernel.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/libbpf.h>
#endif

namespace bpfkit::testing::corpus {

#ifdef BPFKIT_HAVE_LIBBPF

namespace {

bool is_percpu(MapType t) {
  return t == MapType::PercpuArray || t == MapType::PercpuHash || t == MapType::LruPercpuHash ||
         t == MapType::PercpuCgroupStorage;
}

struct RingbufCloser {
  void operator()(ring_buffer* r) const { ring_buffer__free(r); }
};
struct PerfbufCloser {
  void operator()(perf_buffer* p) const { perf_buffer__free(p); }
};

class KbackendCase {
 public:
  KbackendCase(const Case& c, std::optional<KernelFailure>* refusal) : c_(c), refusal_(refusal) {}

  Outcome run() {
    CpuPin pin(0);
    if (!pin.ok()) {
      out_.load_error = fmt::format("sched_setaffinity(CPU 0): {}", strerror(errno));
      return out_;
    }
    if (!load()) return out_;
    if (!make_consumers()) return out_;
    for (const Step& s : c_.steps) out_.steps.push_back(step(s));
    if (rb_) ring_buffer__consume(rb_.get());
    for (auto& pb : pbs_) perf_buffer__consume(pb.get());
    dump_maps();
    return out_;
  }

 private:
  bool load() {
    auto spec = ObjectSpec::open(c_.object_path);
    if (!spec) {
      out_.load_error = "bpfkit: open: " + spec.error().to_string();
      return false;
    }
    // The same simulated refusal the libbpf side applies (BPFKIT_TEST_KERNEL_LACKS_HELPERS).
    KernelLoadOptions opts;
    if (auto k = host_kconfig_path()) opts.kconfig_file = *k;
    std::string log;
    opts.failure_log = &log;
    std::vector<uint32_t> prog_types, map_types;
    for (const ProgramSpec& p : spec->programs()) prog_types.push_back(uint32_t(p.type));
    for (const MapDefinition& m : spec->maps()) map_types.push_back(uint32_t(m.spec.type));
    std::optional<KernelFailure> sim;
    for (const ProgramSpec& p : spec->programs())
      if (p.autoload && !sim) {
        auto core = CoreRelocations::resolve(*spec);
        if (!core) break;
        if (auto linked = link_program(*spec, p, *core)) sim = simulated_refusal(linked->insns);
      }
    if (sim) {
      if (refusal_) {
        *refusal_ = *sim;
        (*refusal_)->prog_types = prog_types;
        (*refusal_)->map_types = map_types;
      }
      out_.load_error = "bpfkit kernel backend: simulated refusal\n" + sim->log;
      return false;
    }
    auto obj = KernelObject::load(std::move(*spec), opts);
    if (!obj) {
      if (refusal_) {
        KernelFailure f;
        f.err = obj.error().error_number;
        f.log = obj.error().to_string() + "\n" + log;
        f.prog_types = prog_types;
        f.map_types = map_types;
        *refusal_ = std::move(f);
      }
      if (log.size() > 6000) log = "..." + log.substr(log.size() - 6000);
      out_.load_error = "bpfkit kernel backend: " + obj.error().to_string() + "\n" + log;
      return false;
    }
    obj_ = std::move(*obj);
    for (const auto& p : obj_->programs()) prog_names_[p.id] = p.spec->name;
    for (const auto& m : obj_->maps()) map_names_[m.id] = m.def->name;
    return true;
  }

  static int on_ringbuf(void* ctx, void* data, size_t size) {
    auto* records = static_cast<std::vector<Bytes>*>(ctx);
    const auto* p = static_cast<const uint8_t*>(data);
    records->emplace_back(p, p + size);
    return 0;
  }
  static void on_perf(void* ctx, int cpu, void* data, uint32_t size) {
    auto* records = static_cast<std::vector<Bytes>*>(ctx);
    const auto* p = static_cast<const uint8_t*>(data);
    Bytes r;
    for (int i = 0; i < 4; ++i) r.push_back(uint8_t(uint32_t(cpu) >> (8 * i)));
    r.insert(r.end(), p, p + size);
    records->push_back(std::move(r));
  }
  static void on_perf_lost(void* ctx, int cpu, unsigned long long cnt) {
    auto* records = static_cast<std::vector<Bytes>*>(ctx);
    records->push_back(Bytes{'L', 'O', 'S', 'T', uint8_t(cpu), uint8_t(cnt)});
  }

  bool make_consumers() {
    for (const auto& m : obj_->maps()) {
      const std::string& name = m.def->name;
      if (m.attr.type == MapType::Ringbuf) {
        auto* records = &out_.ringbuf[name];
        if (!rb_) {
          rb_.reset(ring_buffer__new(m.fd.get(), on_ringbuf, records, nullptr));
          if (!rb_) {
            out_.load_error = fmt::format("ring_buffer__new({}): {}", name, strerror(errno));
            return false;
          }
        } else if (ring_buffer__add(rb_.get(), m.fd.get(), on_ringbuf, records) != 0) {
          out_.load_error = fmt::format("ring_buffer__add({}): {}", name, strerror(errno));
          return false;
        }
      } else if (m.attr.type == MapType::PerfEventArray) {
        auto* records = &out_.perf[name];
        perf_buffer* pb = perf_buffer__new(m.fd.get(), 8, on_perf, on_perf_lost, records, nullptr);
        if (!pb) {
          out_.load_error = fmt::format("perf_buffer__new({}): {}", name, strerror(errno));
          return false;
        }
        pbs_.emplace_back(pb);
      }
    }
    return true;
  }

  static size_t user_value_size(const KernelObject::LoadedMap& m) {
    const size_t v = m.attr.value_size;
    return is_percpu(m.attr.type) ? (v + 7) / 8 * 8 * num_possible_cpus() : v;
  }
  static Bytes expand_value(const KernelObject::LoadedMap& m, const Bytes& v) {
    if (!is_percpu(m.attr.type)) return v;
    const size_t slot = (m.attr.value_size + 7) / 8 * 8;
    Bytes out(user_value_size(m), 0);
    for (uint32_t cpu = 0; cpu < num_possible_cpus(); ++cpu)
      std::memcpy(out.data() + cpu * slot, v.data(), std::min(v.size(), slot));
    return out;
  }
  static int rc_of(const Expected<void>& r) { return r ? 0 : -r.error().error_number; }

  StepResult step(const Step& s) {
    StepResult r;
    r.step = s.describe();
    const RunVars vars = RunVars::sample();
    if (s.kind == Step::Kind::Run) return run_step(s, vars, r);
    const KernelObject::LoadedMap* m = obj_->map(s.map);
    if (m == nullptr) {
      r.error = fmt::format("no map '{}'", s.map);
      return r;
    }
    const int fd = m->fd.get();
    auto key = s.key.build(vars);
    auto value = s.value.build(vars);
    if (s.kind != Step::Kind::Slot && s.kind != Step::Kind::Push && !key) {
      r.error = key.error().to_string();
      return r;
    }
    if ((s.kind == Step::Kind::Update || s.kind == Step::Kind::Push) && !value) {
      r.error = value.error().to_string();
      return r;
    }
    auto size_error = [](const char* what, size_t got, size_t want) {
      return got == want ? std::string() : fmt::format("{} is {} bytes, the map wants {}", what, got, want);
    };
    if (s.kind == Step::Kind::Update || s.kind == Step::Kind::Delete)
      r.error = size_error("key", key->size(), m->attr.key_size);
    if (r.error.empty() && (s.kind == Step::Kind::Update || s.kind == Step::Kind::Push))
      r.error = size_error("value", value->size(), m->attr.value_size);
    if (!r.error.empty()) return r;
    switch (s.kind) {
      case Step::Kind::Update: {
        Bytes v = expand_value(*m, *value);
        r.rc = rc_of(kernel::map_update_elem(fd, key->data(), v.data(), s.flags));
        break;
      }
      case Step::Kind::Delete:
        r.rc = rc_of(kernel::map_delete_elem(fd, key->data()));
        break;
      case Step::Kind::Push:
        r.rc = rc_of(kernel::map_update_elem(fd, nullptr, value->data(), s.flags));
        break;
      case Step::Kind::Slot: {
        int target = -1;
        if (m->attr.type == MapType::ProgArray) {
          if (const auto* p = obj_->program(s.prog)) target = p->fd.get();
        } else if (const auto* inner = obj_->map(s.prog)) {
          target = inner->fd.get();
        }
        if (target < 0) {
          r.error = fmt::format("no program or map '{}'", s.prog);
          break;
        }
        r.rc = rc_of(kernel::map_update_elem(fd, &s.index, &target, 0));
        break;
      }
      case Step::Kind::Run:
        break;
    }
    return r;
  }

  StepResult& run_step(const Step& s, const RunVars& vars, StepResult& r) {
    if (obj_->program(s.prog) == nullptr) {
      r.error = fmt::format("no program '{}'", s.prog);
      return r;
    }
    TestRunOptions opts;
    opts.repeat = s.repeat;
    opts.flags = uint32_t(s.flags);
    opts.cpu = s.cpu;
    opts.data_size_out = s.data_size_out;
    opts.ctx_size_out = s.ctx_size_out;
    if (s.data) {
      auto b = s.data->build(vars);
      if (!b) {
        r.error = b.error().to_string();
        return r;
      }
      opts.data_in = std::move(*b);
    }
    if (s.ctx) {
      auto b = s.ctx->build(vars);
      if (!b) {
        r.error = b.error().to_string();
        return r;
      }
      opts.ctx_in = std::move(*b);
    }
    auto res = obj_->test_run(s.prog, opts);
    if (!res) {
      r.rc = -res.error().error_number;
      return r;
    }
    r.rc = res->err;
    r.retval = res->retval;
    r.data_out = std::move(res->data_out);
    r.ctx_out = std::move(res->ctx_out);
    return r;
  }

  void dump_maps() {
    for (const auto& m : obj_->maps()) {
      MapContents mc;
      const char* tn = map_type_name(m.attr.type);
      mc.type = tn ? tn : fmt::format("type{}", uint32_t(m.attr.type));
      const int fd = m.fd.get();
      switch (m.attr.type) {
        case MapType::Ringbuf:
        case MapType::PerfEventArray:
          break;
        case MapType::Queue:
        case MapType::Stack: {
          Bytes v(m.attr.value_size);
          while (kernel::map_lookup_and_delete_elem(fd, nullptr, v.data())) mc.elements.push_back(v);
          break;
        }
        case MapType::BloomFilter:
          for (const Probe& p : c_.probes) {
            if (p.map != m.def->name) continue;
            auto v = p.value.build(RunVars::sample());
            Bytes vb = v ? *v : Bytes{};
            vb.resize(m.attr.value_size);
            mc.probes.push_back(rc_of(kernel::map_lookup_elem(fd, nullptr, vb.data())));
          }
          break;
        case MapType::ProgArray:
        case MapType::ArrayOfMaps:
        case MapType::HashOfMaps: {
          const auto& names = m.attr.type == MapType::ProgArray ? prog_names_ : map_names_;
          auto entries = dump_kernel_map(fd);
          if (entries)
            for (const KernelMapEntry& e : *entries) {
              uint32_t id = 0;
              std::memcpy(&id, e.value.data(), std::min<size_t>(4, e.value.size()));
              auto it = names.find(id);
              mc.slots.emplace_back(e.key,
                                    it == names.end() ? fmt::format("<id {} not in the object>", id) : it->second);
            }
          break;
        }
        default:
          if (auto entries = dump_kernel_map(fd))
            for (KernelMapEntry& e : *entries) mc.entries.emplace_back(std::move(e.key), std::move(e.value));
      }
      std::sort(mc.entries.begin(), mc.entries.end());
      std::sort(mc.slots.begin(), mc.slots.end());
      out_.maps[m.def->name] = std::move(mc);
    }
  }

  const Case& c_;
  std::optional<KernelFailure>* refusal_;
  Outcome out_;
  std::unique_ptr<KernelObject> obj_;
  std::unique_ptr<ring_buffer, RingbufCloser> rb_;
  std::vector<std::unique_ptr<perf_buffer, PerfbufCloser>> pbs_;
  std::map<uint32_t, std::string> prog_names_, map_names_;
};

}  // namespace

Outcome run_in_kbackend(const Case& c, std::optional<KernelFailure>* refusal) {
  return KbackendCase(c, refusal).run();
}

#else

Outcome run_in_kbackend(const Case&, std::optional<KernelFailure>*) {
  Outcome o;
  o.load_error = "bpfkit was built without libbpf";
  return o;
}

#endif

}  // namespace bpfkit::testing::corpus
