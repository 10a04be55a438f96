// bpfkit prog list OBJ / bpfkit map list OBJ: what an object declares, as bpftool prog/map show lists what is
// loaded.
#include <optional>
#include <string>

#include <fmt/format.h>

#include "bpfkit/link.h"
#include "bpfkit/map.h"
#include "bpfkit/object.h"
#include "cli/commands.h"
#include "cli/object_io.h"
#include "cli/table.h"

namespace bpfkit::cli {
namespace {

const char* origin_name(MapOrigin origin) {
  switch (origin) {
    case MapOrigin::Btf: return "btf";
    case MapOrigin::Legacy: return "legacy";
    case MapOrigin::Data: return "data";
    case MapOrigin::Rodata: return "rodata";
    case MapOrigin::Bss: return "bss";
    case MapOrigin::Kconfig: return "kconfig";
  }
  return "?";
}

std::string type_text(ProgType type) {
  const char* name = prog_type_name(type);
  return name ? name : fmt::format("type {}", uint32_t(type));
}

int prog_list(const std::string& path, const std::string& btf, const Output& out) {
  auto obj = open_object(path);
  if (!obj) return report(out, obj.error(), kExitBadInput);
  CoreOptions core_options;
  if (!btf.empty()) core_options.btf_path = btf;
  auto core = CoreRelocations::resolve(*obj, core_options);
  nlohmann::ordered_json doc = nlohmann::ordered_json::array();
  Table table({"name", "type", "section", "insns", "linked", "autoload"});
  std::optional<Error> first_link_error;
  for (const ProgramSpec& p : obj->programs()) {
    // The linked size is what would be loaded (with subprograms). An object that does not link still lists, and
    // then exits as bad input with the first link error.
    Expected<LinkedProgram> linked = core ? link_program(*obj, p, *core) : Expected<LinkedProgram>(core.error());
    if (!linked && !first_link_error) first_link_error = linked.error();
    const char* attach = attach_type_name(p.expected_attach_type);
    if (out.json) {
      nlohmann::ordered_json j = {{"name", p.name}, {"section", p.section_name}, {"type", type_text(p.type)},
                                  {"insns", p.insns.size()}};
      j["linked_insns"] = linked ? nlohmann::ordered_json(linked->insns.size()) : nlohmann::ordered_json(nullptr);
      j["attach_type"] = attach ? nlohmann::ordered_json(attach) : nlohmann::ordered_json(nullptr);
      j["autoload"] = p.autoload;
      if (!linked) j["link_error"] = linked.error().message;
      doc.push_back(std::move(j));
    } else {
      table.add({p.name, type_text(p.type), p.section_name, std::to_string(p.insns.size()),
                 linked ? std::to_string(linked->insns.size()) : "error", p.autoload ? "yes" : "no"});
    }
  }
  if (out.json) {
    print_json(doc);
  } else {
    table.print();
  }
  if (first_link_error) {
    // The JSON document already carries each program's link_error: only the one-line message goes to stderr.
    return report(Output{}, *first_link_error, kExitBadInput);
  }
  return kExitOk;
}

int map_list(const std::string& path, const std::string&, const Output& out) {
  auto obj = open_object(path);
  if (!obj) return report(out, obj.error(), kExitBadInput);
  nlohmann::ordered_json doc = nlohmann::ordered_json::array();
  Table table({"name", "type", "key", "value", "max_entries", "flags", "origin"});
  for (const MapDefinition& m : obj->maps()) {
    // What BPF_MAP_CREATE gets, as bpftool shows it after a load: a perf event array left at 0 entries gets one
    // per possible CPU (libbpf's map_set_def_max_entries; bpfkit's loaders do the same).
    const uint32_t max_entries = m.spec.type == MapType::PerfEventArray && m.spec.max_entries == 0
                                     ? num_possible_cpus()
                                     : m.spec.max_entries;
    const char* type = map_type_name(m.spec.type);
    const std::string type_s = type ? type : fmt::format("type {}", uint32_t(m.spec.type));
    if (out.json) {
      nlohmann::ordered_json j = {{"name", m.name},        {"type", type_s},
                                  {"key_size", m.spec.key_size}, {"value_size", m.spec.value_size},
                                  {"max_entries", max_entries}, {"flags", m.spec.map_flags},
                                  {"origin", origin_name(m.origin)}};
      if (m.inner) j["inner"] = m.inner->name;
      doc.push_back(std::move(j));
    } else {
      table.add({m.name, type_s, fmt::format("{}B", m.spec.key_size), fmt::format("{}B", m.spec.value_size),
                 std::to_string(max_entries), fmt::format("{:#x}", m.spec.map_flags), origin_name(m.origin)});
    }
  }
  if (out.json) {
    print_json(doc);
  } else {
    table.print();
  }
  return kExitOk;
}

Command add_list_command(CLI::App& root, Output& out, const char* noun, const char* help,
                         int (*list)(const std::string&, const std::string&, const Output&), bool links) {
  auto path = std::make_shared<std::string>();
  auto btf = std::make_shared<std::string>();
  CLI::App* app = root.add_subcommand(noun, help);
  app->require_subcommand(1, 1);
  CLI::App* list_app = app->add_subcommand("list", help)->alias("show");
  list_app->add_option("OBJ", *path, "A BPF ELF object built by clang -target bpf")->required();
  if (links)
    list_app->add_option("--btf", *btf,
                         "Target BTF for CO-RE relocations: raw BTF or an ELF object's .BTF (default: "
                         "/sys/kernel/btf/vmlinux)");
  add_json_flag(*app, out);
  add_json_flag(*list_app, out);
  return {app, [path, btf, list, &out] { return list(*path, *btf, out); }};
}

}  // namespace

Command add_prog_command(CLI::App& root, Output& out) {
  return add_list_command(root, out, "prog", "List the programs of an object: name, type, section, instructions",
                          prog_list, true);
}

Command add_map_command(CLI::App& root, Output& out) {
  return add_list_command(root, out, "map", "List the maps of an object, internal (global data) maps included",
                          map_list, false);
}

}  // namespace bpfkit::cli
