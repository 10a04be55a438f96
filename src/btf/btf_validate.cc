// Whole-table checks of a decoded .BTF: every reference in range and to a kind that may be referenced there, no
// cycles, and every sized type's size and alignment computed (and bounded) once.
//
// Cycles are looked for in two graphs, both walked with an explicit stack so that hostile input (a chain of a
// million CONSTs) cannot exhaust the C++ stack:
//  - the type-expression graph: what a printer or skip_mods follows (pointers, modifiers, typedefs, arrays, function
//    prototypes, VAR, FUNC, DECL_TAG, DATASEC), stopping at STRUCT/UNION/ENUM, which are printed by name;
//  - the by-value graph: what a size depends on (modifiers, typedefs, array elements, struct and union members,
//    VAR), stopping at pointers.
// Real C types only cycle through a struct member *and* a pointer, so each such cycle is cut in both graphs, while
// `struct a { struct a x; }`, `typedef` loops and `PTR -> CONST -> PTR` loops are caught, as the kernel catches them.
#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "btf/btf_internal.h"

namespace bpfkit::btf {

namespace {

Error btf_error(std::string msg) { return make_error("BTF: " + std::move(msg)); }

// Kinds that are not types of values: they may only be referenced from DATASEC (VAR, FUNC), DECL_TAG (anything
// taggable) or FUNC (its FUNC_PROTO).
bool is_value_kind(Kind k) {
  return k != Kind::Func && k != Kind::Var && k != Kind::Datasec && k != Kind::DeclTag;
}

enum class Graph { Expr, Value };

size_t edge_count(const Type& t, Graph g) {
  switch (t.kind) {
    case Kind::Ptr: return g == Graph::Expr ? 1 : 0;
    case Kind::Typedef: case Kind::Volatile: case Kind::Const: case Kind::Restrict: case Kind::TypeTag:
    case Kind::Var: case Kind::Array:
      return 1;
    case Kind::Func: case Kind::DeclTag: return g == Graph::Expr ? 1 : 0;
    case Kind::FuncProto: return g == Graph::Expr ? 1 + t.params.size() : 0;
    case Kind::Datasec: return g == Graph::Expr ? t.vars.size() : 0;
    case Kind::Struct: case Kind::Union: return g == Graph::Value ? t.members.size() : 0;
    default: return 0;
  }
}

TypeId edge_at(const Type& t, size_t i) {
  switch (t.kind) {
    case Kind::Array: return t.elem_type;
    case Kind::FuncProto: return i == 0 ? t.type : t.params[i - 1].type;
    case Kind::Datasec: return t.vars[i].type;
    case Kind::Struct: case Kind::Union: return t.members[i].type;
    default: return t.type;
  }
}

}  // namespace

struct Validator {
  Btf& btf;
  const std::vector<Type>& types;

  explicit Validator(Btf& b) : btf(b), types(b.types_) {}

  Expected<void> ref(const Type& t, TypeId id, std::string_view what, bool void_ok) {
    if (id >= types.size())
      return btf_error(fmt::format("{}: {} type id {} out of range (max {})", detail::describe(t), what, id,
                                   types.size() - 1));
    if (id == 0 && !void_ok) return btf_error(fmt::format("{}: {} is void", detail::describe(t), what));
    if (!is_value_kind(types[id].kind))
      return btf_error(fmt::format("{}: {} refers to {}", detail::describe(t), what, detail::describe(types[id])));
    return {};
  }

  // Ids in range and referenced kinds plausible: everything the graph walks rely on.
  Expected<void> check_refs(const Type& t) {
    switch (t.kind) {
      case Kind::Ptr: case Kind::Typedef: case Kind::Volatile: case Kind::Const: case Kind::Restrict:
      case Kind::TypeTag:
        return ref(t, t.type, "referenced", true);
      case Kind::Var:
        if (auto r = ref(t, t.type, "variable", false); !r) return r;
        if (types[t.type].kind == Kind::FuncProto)
          return btf_error(detail::describe(t) + ": variable of a function type");
        return {};
      case Kind::Array:
        if (auto r = ref(t, t.elem_type, "element", false); !r) return r;
        return ref(t, t.index_type, "index", false);
      case Kind::Struct: case Kind::Union:
        for (size_t i = 0; i < t.members.size(); i++) {
          if (auto r = ref(t, t.members[i].type, fmt::format("member {}", i), false); !r) return r;
          if (types[t.members[i].type].kind == Kind::FuncProto)
            return btf_error(fmt::format("{}: member {} is a function", detail::describe(t), i));
        }
        return {};
      case Kind::FuncProto:
        if (auto r = ref(t, t.type, "return", true); !r) return r;
        for (size_t i = 0; i < t.params.size(); i++)
          if (auto r = ref(t, t.params[i].type, fmt::format("param {}", i), true); !r) return r;
        return {};
      case Kind::Func:
        if (t.type >= types.size() || types[t.type].kind != Kind::FuncProto)
          return btf_error(fmt::format("{}: type id {} is not a FUNC_PROTO", detail::describe(t), t.type));
        return {};
      case Kind::Datasec:
        for (size_t i = 0; i < t.vars.size(); i++) {
          TypeId v = t.vars[i].type;
          if (v >= types.size() || (types[v].kind != Kind::Var && types[v].kind != Kind::Func))
            return btf_error(fmt::format("{}: var {} type id {} is not a VAR", detail::describe(t), i, v));
        }
        return {};
      case Kind::DeclTag: return check_decl_tag(t);
      default: return {};
    }
  }

  Expected<void> check_decl_tag(const Type& t) {
    if (t.type == 0 || t.type >= types.size())
      return btf_error(fmt::format("{}: tagged type id {} out of range", detail::describe(t), t.type));
    const Type& target = types[t.type];
    switch (target.kind) {
      case Kind::Struct: case Kind::Union: case Kind::Var: case Kind::Func: case Kind::Typedef: break;
      default: return btf_error(fmt::format("{}: cannot tag {}", detail::describe(t), detail::describe(target)));
    }
    if (t.component_idx < 0) return {};
    size_t limit = 0;
    if (target.is_composite()) limit = target.members.size();
    else if (target.kind == Kind::Func && target.type < types.size()) limit = types[target.type].params.size();
    else
      return btf_error(fmt::format("{}: component_idx {} on {}", detail::describe(t), t.component_idx,
                                   detail::describe(target)));
    if (static_cast<size_t>(t.component_idx) >= limit)
      return btf_error(fmt::format("{}: component_idx {} out of range ({} components)", detail::describe(t),
                                   t.component_idx, limit));
    return {};
  }

  // Depth-first walk of one graph with an explicit stack; on_finish(id) runs once per type after all its
  // successors (post-order), which is the order sizes are computed in.
  template <class OnFinish>
  Expected<void> walk(Graph g, OnFinish on_finish) {
    enum : uint8_t { White, Grey, Black };
    std::vector<uint8_t> color(types.size(), White);
    struct Frame {
      TypeId id;
      size_t next;
    };
    std::vector<Frame> stack;
    for (TypeId root = 1; root < types.size(); root++) {
      if (color[root] != White) continue;
      color[root] = Grey;
      stack.push_back({root, 0});
      while (!stack.empty()) {
        Frame& f = stack.back();
        const Type& t = types[f.id];
        if (f.next < edge_count(t, g)) {
          TypeId child = edge_at(t, f.next++);
          if (child == 0 || color[child] == Black) continue;
          if (color[child] == Grey) return loop_error(g, stack, child);
          color[child] = Grey;
          stack.push_back({child, 0});
          continue;
        }
        color[f.id] = Black;
        TypeId done = f.id;
        stack.pop_back();
        if (auto r = on_finish(done); !r) return r;
      }
    }
    return {};
  }

  template <class Stack>
  Error loop_error(Graph g, const Stack& stack, TypeId back_to) {
    size_t start = stack.size();
    while (start > 0 && stack[start - 1].id != back_to) start--;
    std::string path;
    for (size_t i = start == 0 ? 0 : start - 1, n = 0; i < stack.size(); i++, n++) {
      if (n == 8) { path += " -> ..."; break; }
      path += fmt::format("{}[{}] {}", path.empty() ? "" : " -> ", stack[i].id, kind_name(types[stack[i].id].kind));
    }
    path += fmt::format(" -> [{}]", back_to);
    return btf_error(fmt::format("{}: {} loop: {}", detail::describe(types[back_to]),
                                 g == Graph::Expr ? "reference" : "by-value containment", path));
  }

  // An untyped ksym (`extern const void sym __ksym`) is a VAR of (const) void: sizeless, and libbpf accepts it.
  // The walk has already rejected loops, so the chain ends.
  bool void_through_mods(TypeId id) const {
    while (id != 0 && id < types.size() && (types[id].is_modifier() || types[id].kind == Kind::Typedef))
      id = types[id].type;
    return id == 0;
  }

  // Size and alignment of one type whose by-value successors are already done.
  Expected<void> finish_size(TypeId id) {
    const Type& t = types[id];
    auto set = [&](uint64_t size, uint32_t align) {
      btf.sizes_[id] = static_cast<uint32_t>(size);
      btf.aligns_[id] = align;
      btf.has_size_[id] = 1;
    };
    switch (t.kind) {
      case Kind::Int: case Kind::Enum: case Kind::Enum64: case Kind::Float:
        set(t.size, std::min<uint32_t>(t.size, 8));
        return {};
      case Kind::Ptr: set(8, 8); return {};
      case Kind::Datasec: set(t.size, 1); return {};
      case Kind::Typedef: case Kind::Volatile: case Kind::Const: case Kind::Restrict: case Kind::TypeTag:
      case Kind::Var:
        if (btf.has_size_[t.type]) set(btf.sizes_[t.type], btf.aligns_[t.type]);
        else if (t.kind == Kind::Var && !(t.linkage == Linkage::Extern && void_through_mods(t.type)))
          return btf_error(fmt::format("{}: type {} has no size", detail::describe(t),
                                       detail::describe(types[t.type])));
        return {};
      case Kind::Array: {
        if (!btf.has_size_[t.elem_type])
          return btf_error(fmt::format("{}: element type {} has no size", detail::describe(t),
                                       detail::describe(types[t.elem_type])));
        uint64_t size = uint64_t{btf.sizes_[t.elem_type]} * t.nelems;
        if (size > std::numeric_limits<uint32_t>::max())
          return btf_error(fmt::format("{}: size {} * {} overflows 32 bits", detail::describe(t),
                                       btf.sizes_[t.elem_type], t.nelems));
        set(size, btf.aligns_[t.elem_type]);
        return {};
      }
      case Kind::Struct: case Kind::Union: return finish_composite(t);
      default: return {};  // FWD, FUNC, FUNC_PROTO, DECL_TAG: no size
    }
  }

  Expected<void> finish_composite(const Type& t) {
    uint64_t limit = uint64_t{t.size} * 8;
    uint32_t max_align = 1;
    bool packed = false;
    for (size_t i = 0; i < t.members.size(); i++) {
      const Member& m = t.members[i];
      auto where = [&] { return fmt::format("{}: member {} '{}'", detail::describe(t), i, m.name); };
      if (!btf.has_size_[m.type])
        return btf_error(fmt::format("{}: type {} has no size", where(), detail::describe(types[m.type])));
      uint32_t msize = btf.sizes_[m.type];
      const Type& base = types[btf.skip_mods_and_typedefs(m.type)];
      uint64_t end;
      if (m.bitfield_size) {
        if (base.kind != Kind::Int && !base.is_enum())
          return btf_error(fmt::format("{}: bitfield of {}", where(), detail::describe(base)));
        if (m.bitfield_size > msize * 8)
          return btf_error(fmt::format("{}: bitfield_size {} wider than its type ({} bytes)", where(),
                                       m.bitfield_size, msize));
        end = uint64_t{m.bit_offset} + m.bitfield_size;
      } else if (base.kind == Kind::Int && (m.bit_offset % 8 || base.int_bits != base.size * 8)) {
        // Old-style bitfield (kflag 0): the INT itself carries the width.
        end = uint64_t{m.bit_offset} + base.int_offset + base.int_bits;
      } else {
        if (m.bit_offset % 8)
          return btf_error(fmt::format("{}: bit offset {} not byte aligned", where(), m.bit_offset));
        end = uint64_t{m.bit_offset} + uint64_t{msize} * 8;
        uint32_t a = btf.aligns_[m.type];
        if (a && (m.bit_offset / 8) % a) packed = true;
        max_align = std::max(max_align, a);
      }
      if (end > limit)
        return btf_error(fmt::format("{}: ends at bit {}, past the {} size {}", where(), end, kind_name(t.kind),
                                     t.size));
    }
    if (t.size % max_align) packed = true;
    btf.sizes_[t.id] = t.size;
    btf.aligns_[t.id] = packed ? 1 : max_align;
    btf.has_size_[t.id] = 1;
    return {};
  }

  Expected<void> check_array_index(const Type& t) {
    const Type& idx = types[btf.skip_mods_and_typedefs(t.index_type)];
    if (idx.kind != Kind::Int)
      return btf_error(fmt::format("{}: index type {} is not an INT", detail::describe(t), detail::describe(idx)));
    return {};
  }

  Expected<void> run() {
    for (const Type& t : types)
      if (auto r = check_refs(t); !r) return r;
    if (auto r = walk(Graph::Expr, [](TypeId) -> Expected<void> { return {}; }); !r) return r;
    btf.sizes_.assign(types.size(), 0);
    btf.aligns_.assign(types.size(), 0);
    btf.has_size_.assign(types.size(), 0);
    if (auto r = walk(Graph::Value, [this](TypeId id) { return finish_size(id); }); !r) return r;
    for (const Type& t : types)
      if (t.kind == Kind::Array)
        if (auto r = check_array_index(t); !r) return r;
    return {};
  }
};

Expected<void> validate_btf(Btf& btf) {
  Validator v(btf);
  return v.run();
}

}  // namespace bpfkit::btf
