#!/usr/bin/env python3
"""Gives a BPF object's kptr members the BTF type tags clang 14 does not emit.

The kernel finds kptrs in a map value by a BTF_KIND_TYPE_TAG ("kptr", "kptr_untrusted", "percpu_kptr") between the
member's pointer and the struct it points to; clang 15 and later write it for `__attribute__((btf_type_tag(...)))`,
clang 14 drops type tags from BTF but does write decl tags. So the test programs mark a kptr member with
`__attribute__((btf_decl_tag("kptr")))` and this step, run on the object after clang, adds for each such member a
TYPE_TAG and a new PTR to it at the end of the type section and points the member at the new PTR. Existing type ids
and string offsets do not move, so .BTF.ext and the relocations against .BTF stay valid. An object without such
decl tags is left untouched.

usage: btf_kptr_tags.py OBJECT [LLVM_OBJCOPY]
"""
import os
import struct
import subprocess
import sys
import tempfile

TAGS = {"kptr", "kptr_untrusted", "percpu_kptr", "uptr"}
KIND_PTR, KIND_STRUCT, KIND_DECL_TAG, KIND_TYPE_TAG = 2, 4, 17, 18


def extra_size(kind, vlen):
    return {1: 4, 3: 12, 4: 12 * vlen, 5: 12 * vlen, 6: 8 * vlen, 13: 8 * vlen, 14: 4, 15: 12 * vlen, 17: 4,
            19: 12 * vlen}.get(kind, 0)


def rewrite(btf):
    magic, version, flags, hdr_len, type_off, type_len, str_off, str_len = struct.unpack_from("<HBBIIIII", btf, 0)
    if magic != 0xEB9F:
        raise SystemExit("not BTF")
    types = bytearray(btf[hdr_len + type_off:hdr_len + type_off + type_len])
    strs = bytearray(btf[hdr_len + str_off:hdr_len + str_off + str_len])

    def name(off):
        return strs[off:strs.index(b"\0", off)].decode()

    offsets = [None]  # type id -> record offset in types
    pos = 0
    while pos < len(types):
        _, info, _ = struct.unpack_from("<III", types, pos)
        kind, vlen = (info >> 24) & 0x1F, info & 0xFFFF
        offsets.append(pos)
        pos += 12 + extra_size(kind, vlen)

    def kind_of(tid):
        return (struct.unpack_from("<I", types, offsets[tid] + 4)[0] >> 24) & 0x1F

    added = bytearray()
    next_id = len(offsets)
    tag_names = {}
    for tid in range(1, len(offsets)):
        off = offsets[tid]
        name_off, info, target = struct.unpack_from("<III", types, off)
        if (info >> 24) & 0x1F != KIND_DECL_TAG or name(name_off) not in TAGS:
            continue
        component = struct.unpack_from("<i", types, off + 12)[0]
        if component < 0 or kind_of(target) != KIND_STRUCT:
            continue
        member = offsets[target] + 12 + 12 * component
        ptr = struct.unpack_from("<I", types, member + 4)[0]
        if kind_of(ptr) != KIND_PTR:
            continue
        pointee = struct.unpack_from("<I", types, offsets[ptr] + 8)[0]
        tag = name(name_off)
        if tag not in tag_names:
            tag_names[tag] = len(strs)
            strs += tag.encode() + b"\0"
        added += struct.pack("<III", tag_names[tag], KIND_TYPE_TAG << 24, pointee)
        added += struct.pack("<III", 0, KIND_PTR << 24, next_id)
        struct.pack_into("<I", types, member + 4, next_id + 1)
        next_id += 2
    if not added:
        return None
    types += added
    hdr = struct.pack("<HBBIIIII", magic, version, flags, 24, 0, len(types), len(types), len(strs))
    return hdr + btf[24:hdr_len] + bytes(types) + bytes(strs) if hdr_len > 24 else hdr + bytes(types) + bytes(strs)


def main():
    obj = sys.argv[1]
    objcopy = sys.argv[2] if len(sys.argv) > 2 else "llvm-objcopy"
    with tempfile.TemporaryDirectory() as d:
        raw = os.path.join(d, "btf")
        subprocess.run([objcopy, "--dump-section", ".BTF=" + raw, obj], check=True)
        with open(raw, "rb") as f:
            new = rewrite(f.read())
        if new is None:
            return
        with open(raw, "wb") as f:
            f.write(new)
        subprocess.run([objcopy, "--update-section", ".BTF=" + raw, obj], check=True)


if __name__ == "__main__":
    main()
