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
#include "support/corpus_runner.h"

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

class KbackendCase : public StepRunner {
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
    run_steps(c_, out_);
    consumers_.drain();
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

  bool make_consumers() {
    for (const auto& m : obj_->maps()) {
      const std::string& name = m.def->name;
      std::string err;
      if (m.attr.type == MapType::Ringbuf) err = consumers_.add_ringbuf(name, m.fd.get(), &out_.ringbuf[name]);
      else if (m.attr.type == MapType::PerfEventArray) err = consumers_.add_perf(name, m.fd.get(), &out_.perf[name]);
      if (!err.empty()) {
        out_.load_error = err;
        return false;
      }
    }
    return true;
  }

  static int rc_of(const Expected<void>& r) { return r ? 0 : -r.error().error_number; }

  std::optional<MapSizes> map_sizes(const std::string& map) override {
    const KernelObject::LoadedMap* m = obj_->map(map);
    if (m == nullptr) return std::nullopt;
    return MapSizes{m->attr.key_size, m->attr.value_size};
  }
  int update(const std::string& map, const Bytes& key, const Bytes& value, uint64_t flags) override {
    const KernelObject::LoadedMap& m = *obj_->map(map);
    const Bytes v = is_percpu(m.attr.type) ? percpu_value(value, m.attr.value_size) : value;
    return rc_of(kernel::map_update_elem(m.fd.get(), key.data(), v.data(), flags));
  }
  int remove(const std::string& map, const Bytes& key) override {
    return rc_of(kernel::map_delete_elem(obj_->map(map)->fd.get(), key.data()));
  }
  int push(const std::string& map, const Bytes& value, uint64_t flags) override {
    return rc_of(kernel::map_update_elem(obj_->map(map)->fd.get(), nullptr, value.data(), flags));
  }
  int set_slot(const std::string& map, const Step& s, StepResult& r) override {
    const KernelObject::LoadedMap& m = *obj_->map(map);
    int target = -1;
    if (m.attr.type == MapType::ProgArray) {
      if (const auto* p = obj_->program(s.prog)) target = p->fd.get();
    } else if (const auto* inner = obj_->map(s.prog)) {
      target = inner->fd.get();
    }
    if (target < 0) {
      r.error = fmt::format("no program or map '{}'", s.prog);
      return 0;
    }
    return rc_of(kernel::map_update_elem(m.fd.get(), &s.index, &target, 0));
  }

  void run_program(const Step& s, const std::optional<Bytes>& data, const std::optional<Bytes>& ctx,
                   StepResult& r) override {
    if (obj_->program(s.prog) == nullptr) {
      r.error = fmt::format("no program '{}'", s.prog);
      return;
    }
    auto res = obj_->test_run(s.prog, test_run_options(s, data, ctx));
    if (!res) {
      r.rc = -res.error().error_number;
      return;
    }
    r.rc = res->err;
    r.retval = res->retval;
    r.data_out = std::move(res->data_out);
    r.ctx_out = std::move(res->ctx_out);
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
  LibbpfConsumers consumers_;
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
