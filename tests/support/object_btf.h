// The .BTF of a compiled test object, for tests that need a target BTF without the rest of the object.
#pragma once

#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "bpfkit/btf.h"
#include "bpfkit/elf.h"

namespace bpfkit::testing {

// Fails the calling test (and returns an empty BTF) when the object or its .BTF cannot be read.
inline btf::Btf object_btf(const std::string& path) {
  auto elf = ElfFile::open(path);
  EXPECT_TRUE(elf) << elf.error().to_string();
  const ElfSection* sec = elf ? elf->section_by_name(".BTF") : nullptr;
  EXPECT_NE(sec, nullptr) << path << " has no .BTF";
  auto b = btf::Btf::parse(sec ? sec->data : std::span<const uint8_t>{});
  EXPECT_TRUE(b) << b.error().to_string();
  return b ? std::move(*b) : btf::Btf{};
}

}  // namespace bpfkit::testing
