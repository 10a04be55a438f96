// BTF: the BPF Type Format, as found in the .BTF and .BTF.ext sections of a clang-built BPF object (and in
// /sys/kernel/btf/vmlinux).
//
// Btf::parse decodes and validates the whole type section up front, the way the kernel's BTF loader does: every
// offset and length is in bounds, every string offset names a NUL-terminated string, every type id is in range,
// chains of references have no cycles and every sized type has a size that fits in 32 bits. After that a Btf is a
// plain value whose lookups cannot fail on structure, so the loader, map code and printers need no further checks.
// Malformed input is an Error of one line: `BTF: type [12] STRUCT 'foo': member 3 type id 999 out of range`.
//
// The vocabulary is libbpf's and cilium/ebpf's: kinds are BTF_KIND_* without the prefix, `skip_mods_and_typedefs`,
// `resolve_size`, `find_by_name_kind`, func_info / line_info / core_relo.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bpfkit/error.h"

namespace bpfkit::btf {

using TypeId = uint32_t;  // 0 is void; real types are numbered from 1 in section order

inline constexpr uint16_t kMagic = 0xeB9F;
inline constexpr uint32_t kMaxTypes = 0x000fffff;  // BTF_MAX_TYPE: type ids fit in 20 bits
inline constexpr uint32_t kMaxVlen = 0xffff;

// BTF_KIND_*. Void is id 0's kind (BTF_KIND_UNKN), never found in a type section.
enum class Kind : uint8_t {
  Void = 0, Int = 1, Ptr = 2, Array = 3, Struct = 4, Union = 5, Enum = 6, Fwd = 7, Typedef = 8, Volatile = 9,
  Const = 10, Restrict = 11, Func = 12, FuncProto = 13, Var = 14, Datasec = 15, Float = 16, DeclTag = 17,
  TypeTag = 18, Enum64 = 19,
};
inline constexpr uint8_t kMaxKind = 19;

// "INT", "STRUCT", "FUNC_PROTO"...: bpftool's spelling. "UNKN" for Void.
const char* kind_name(Kind kind);

// BTF_INT_* bits of an INT's encoding.
inline constexpr uint8_t kIntSigned = 1, kIntChar = 2, kIntBool = 4;

// Linkage of a FUNC (BTF_FUNC_*) or VAR (BTF_VAR_*): both use 0 static, 1 global, 2 extern.
enum class Linkage : uint32_t { Static = 0, Global = 1, Extern = 2 };
const char* linkage_name(Linkage linkage);  // "static", "global", "extern"

struct Member {  // STRUCT/UNION member
  std::string name;  // empty for an anonymous member
  TypeId type = 0;
  uint32_t bit_offset = 0;     // from the start of the struct
  uint32_t bitfield_size = 0;  // 0 unless a bitfield (only STRUCT/UNION with kflag set encode it)
};

struct EnumValue {  // ENUM or ENUM64 enumerator
  std::string name;
  uint64_t value = 0;  // ENUM: the 32-bit value, sign-extended if the enum is signed (kflag), else zero-extended
};

struct Param {  // FUNC_PROTO parameter
  std::string name;  // empty if unnamed
  TypeId type = 0;   // 0 only for a trailing `...`
};

struct VarSecinfo {  // DATASEC entry
  TypeId type = 0;   // a VAR (or, in .ksyms, a FUNC)
  uint32_t offset = 0;
  uint32_t size = 0;
};

// One decoded type. Which fields mean something depends on kind; the rest stay zero/empty.
struct Type {
  TypeId id = 0;
  Kind kind = Kind::Void;
  bool kflag = false;
  std::string name;   // empty if anonymous
  uint32_t size = 0;  // INT, STRUCT, UNION, ENUM, ENUM64, FLOAT, DATASEC: the byte size in the record
  TypeId type = 0;    // PTR, TYPEDEF, VOLATILE, CONST, RESTRICT, TYPE_TAG, FUNC, VAR, DECL_TAG: the referenced
                      // type; FUNC_PROTO: the return type
  // INT
  uint8_t int_encoding = 0;  // kIntSigned | kIntChar | kIntBool
  uint8_t int_offset = 0;    // bit offset of the value within the storage
  uint8_t int_bits = 0;      // number of value bits
  // ARRAY
  TypeId elem_type = 0;
  TypeId index_type = 0;
  uint32_t nelems = 0;
  // FUNC, VAR
  Linkage linkage = Linkage::Static;
  // DECL_TAG: -1 tags the type itself, otherwise the member or parameter index
  int32_t component_idx = -1;
  std::vector<Member> members;     // STRUCT, UNION
  std::vector<EnumValue> values;   // ENUM, ENUM64
  std::vector<Param> params;       // FUNC_PROTO
  std::vector<VarSecinfo> vars;    // DATASEC

  uint32_t vlen() const;  // the vlen the record has (FUNC: the linkage)
  bool is_modifier() const { return kind == Kind::Volatile || kind == Kind::Const || kind == Kind::Restrict ||
                                    kind == Kind::TypeTag; }
  bool is_composite() const { return kind == Kind::Struct || kind == Kind::Union; }
  bool is_enum() const { return kind == Kind::Enum || kind == Kind::Enum64; }
  bool is_signed_enum() const { return is_enum() && kflag; }
};

// Where clang put the globals of the object, for fixup_datasecs. The object loader fills this from the ELF section
// and symbol tables, so btf/ does not depend on the ELF or object layers.
struct DataLayout {
  struct Symbol {
    uint64_t offset = 0;  // st_value: offset within its section
    bool hidden = false;  // STV_HIDDEN or STV_INTERNAL: libbpf then makes the VAR static
    std::string section;  // the section holding it; empty: not known (not checked)
  };
  std::map<std::string, uint64_t, std::less<>> section_sizes;  // by section name, e.g. ".data" -> 24
  std::map<std::string, Symbol, std::less<>> symbols;          // data (STT_OBJECT) symbols by name
};

class Btf {
 public:
  // Decodes and validates a .BTF section (or a raw BTF file such as /sys/kernel/btf/vmlinux).
  static Expected<Btf> parse(std::span<const uint8_t> bytes);

  // Number of type ids, counting void: valid ids are 0 .. type_count() - 1 (libbpf's btf__type_cnt).
  uint32_t type_count() const { return static_cast<uint32_t>(types_.size()); }
  // The type with this id, or nullptr if out of range. type(0) is void.
  const Type* type(TypeId id) const { return id < types_.size() ? &types_[id] : nullptr; }
  std::span<const Type> types() const { return types_; }  // index == id

  // The first type with this name and kind (btf__find_by_name_kind), or nullopt.
  std::optional<TypeId> find_by_name_kind(std::string_view name, Kind kind) const;
  // Every type with this name, in id order.
  std::vector<TypeId> find_by_name(std::string_view name) const;

  // Follows VOLATILE, CONST, RESTRICT and TYPE_TAG (skip_mods), and also TYPEDEF (skip_mods_and_typedefs).
  // Always ends: validation rejected cycles. Returns the id of the first other type (0 for void).
  TypeId skip_mods(TypeId id) const;
  TypeId skip_mods_and_typedefs(TypeId id) const;

  // Byte size of a value of this type (btf__resolve_size): through modifiers and typedefs, arrays multiply, a
  // pointer is 8. An Error for types without a size: void, FWD, FUNC, FUNC_PROTO, DECL_TAG, an out-of-range id.
  Expected<uint32_t> resolve_size(TypeId id) const;
  // Natural alignment (btf__align_of): 1 for packed structs, the largest member alignment otherwise.
  Expected<uint32_t> align_of(TypeId id) const;

  // C spelling of a type as used in messages and dumps: `struct foo`, `unsigned int`, `char[16]`,
  // `int (*)(void *)`, `const volatile int`. With a declarator name: `char name[16]`, `int (*cb)(void *)`.
  std::string type_name(TypeId id) const;
  std::string declaration(TypeId id, std::string_view name) const;

  // Formats size bytes of a value of type id as bpftool's map dump does with BTF (JSON): numbers, chars as
  // numbers, arrays as [..], structs and unions as {"member": ...}, enums by name, bitfields extracted, pointers
  // as numbers. An Error if the bytes are too short for the type or the type has no size.
  Expected<std::string> format_value(TypeId id, std::span<const uint8_t> bytes) const;

  // Fills in what clang leaves at zero, as libbpf's btf_fixup_datasec does: a DATASEC's size (from its ELF section)
  // and its VARs' offsets (from their symbols), then sorts each DATASEC's entries by offset. VARs whose symbol is
  // hidden become static. .kconfig and .ksyms are left alone (the loader lays those out). A DATASEC with a non-zero
  // size keeps its offsets (the static linker already set them). An Error names the section or global variable that
  // the layout does not know. A static VAR whose symbol is missing, in another section or past the section's end
  // (clang 14 lists a `static const char s[]` that lives in .rodata.str1.1 in .rodata) is dropped from the DATASEC:
  // libbpf never looks at static VARs, and a VAR that does not describe the section's bytes would only mislead.
  Expected<void> fixup_datasecs(const DataLayout& layout);

  // Encodes back into .BTF bytes (header, types, strings), e.g. for BPF_BTF_LOAD. The parsed string section is kept
  // as it was and names are found in it (new ones appended), so an unmodified Btf whose strings are unique (as
  // clang, pahole and libbpf write them) encodes to exactly the bytes it was parsed from.
  std::vector<uint8_t> encode() const;

  // The raw string section, and the string at an offset (nullopt if the offset is not in it).
  std::string_view strings() const { return strings_; }
  std::optional<std::string_view> string_at(uint32_t offset) const;

 private:
  friend struct BtfParser;
  friend struct Validator;
  std::vector<Type> types_;
  // Computed once at parse time, in dependency order, so lookups never recurse: resolve_size and align_of per id,
  // valid where has_size_[id].
  std::vector<uint32_t> sizes_;
  std::vector<uint32_t> aligns_;
  std::vector<uint8_t> has_size_;
  std::string strings_;  // the parsed string section (kept for string_at, and as the base of encode's)
};

// --- .BTF.ext ----------------------------------------------------------------------------------------------------

// bpf_core_relo_kind.
enum class CoreReloKind : uint32_t {
  FieldByteOffset = 0, FieldByteSize = 1, FieldExists = 2, FieldSigned = 3, FieldLshiftU64 = 4,
  FieldRshiftU64 = 5, TypeIdLocal = 6, TypeIdTarget = 7, TypeExists = 8, TypeSize = 9, EnumvalExists = 10,
  EnumvalValue = 11, TypeMatches = 12,
};
inline constexpr uint32_t kMaxCoreReloKind = 12;
const char* core_relo_kind_name(CoreReloKind kind);  // libbpf's "byte_off", "type_exists", ...

struct FuncInfo {
  uint32_t insn_off = 0;  // bytes from the start of the section
  TypeId type_id = 0;     // a FUNC
};

struct LineInfo {
  uint32_t insn_off = 0;  // bytes from the start of the section
  std::string file_name;
  std::string line;       // the source line's text
  uint32_t line_num = 0;  // line_col >> 10
  uint32_t column = 0;    // line_col & 0x3ff
};

struct CoreRelo {
  uint32_t insn_off = 0;  // bytes from the start of the section
  TypeId type_id = 0;     // the local root type
  std::string access_str; // "0:1:2", or an enumerator index for ENUMVAL relocations
  CoreReloKind kind = CoreReloKind::FieldByteOffset;
};

template <class T>
struct ExtSection {
  std::string name;  // ELF section name, e.g. "xdp" or ".text"
  std::vector<T> records;
};

class BtfExt {
 public:
  // Decodes a .BTF.ext section. Names and type ids refer to btf, the object's .BTF, and are checked against it:
  // func_info types are FUNCs, core_relo types are in range, kinds are known, insn_off are multiples of 8.
  static Expected<BtfExt> parse(std::span<const uint8_t> bytes, const Btf& btf);

  const std::vector<ExtSection<FuncInfo>>& func_info() const { return func_info_; }
  const std::vector<ExtSection<LineInfo>>& line_info() const { return line_info_; }
  const std::vector<ExtSection<CoreRelo>>& core_relos() const { return core_relos_; }

  // The records for one ELF section, or nullptr if it has none.
  const ExtSection<FuncInfo>* func_info(std::string_view section) const;
  const ExtSection<LineInfo>* line_info(std::string_view section) const;
  const ExtSection<CoreRelo>* core_relos(std::string_view section) const;

 private:
  friend struct BtfExtParser;
  std::vector<ExtSection<FuncInfo>> func_info_;
  std::vector<ExtSection<LineInfo>> line_info_;
  std::vector<ExtSection<CoreRelo>> core_relos_;
};

}  // namespace bpfkit::btf
