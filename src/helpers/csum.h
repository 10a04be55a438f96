// Internet checksum arithmetic as x86-64 Linux computes it (include/net/checksum.h, arch/x86/include/asm/checksum*,
// arch/x86/lib/csum-partial_64.c), on values in host byte order exactly as the kernel keeps them in memory: a
// __sum16 is the two packet bytes loaded as a little-endian u16, a __wsum a 32-bit ones' complement accumulator.
#pragma once

#include <cstdint>
#include <cstring>

namespace bpfkit::csum {

// csum_partial(): the ones' complement sum of the buffer's 32-bit little-endian words and the seed, kept in 32 bits
// with end-around carry. Byte order and alignment do not change the ones' complement value, and end-around-carry
// addition only gives 0 when everything added is 0, so this matches the kernel bit for bit.
// Positions are 64-bit: with a 32-bit index, i + 4 wraps for a length near 4 GiB and the loop never ends.
inline uint32_t partial(const uint8_t* p, uint64_t len, uint32_t seed) {
  uint64_t sum = seed;
  uint64_t i = 0;
  for (; i + 4 <= len; i += 4) {  // 64-bit: no wrap for any length bpfkit can pass
    uint32_t w;
    std::memcpy(&w, p + i, 4);
    sum += w;  // below 2^62 for any length under 4 GiB: no carry is lost
  }
  // 1-3 trailing bytes count as a little-endian word padded with zeros (x86's load_unaligned_zeropad trail).
  uint32_t tail = 0;
  for (uint64_t k = 0; i + k < len; ++k) tail |= uint32_t(p[i + k]) << (8 * k);
  sum += tail;
  while (sum >> 32) sum = (sum & 0xffffffffu) + (sum >> 32);
  return uint32_t(sum);
}

inline uint32_t add(uint32_t a, uint32_t b) {
  a += b;
  return a + (a < b);
}
inline uint32_t sub(uint32_t a, uint32_t b) { return add(a, ~b); }

// csum_fold(): 32 bits to the complemented 16-bit checksum.
inline uint16_t fold(uint32_t sum) {
  sum = (sum & 0xffff) + (sum >> 16);
  sum = (sum & 0xffff) + (sum >> 16);
  return uint16_t(~sum);
}

// csum_from32to16(): folds to 16 bits, still a ones' complement value (not complemented).
inline uint32_t from32to16(uint32_t sum) {
  sum += (sum >> 16) | (sum << 16);
  return sum >> 16;
}

inline uint16_t csum16_add(uint16_t csum, uint16_t addend) {
  uint16_t res = uint16_t(csum + addend);
  return uint16_t(res + (res < addend));
}
inline uint16_t csum16_sub(uint16_t csum, uint16_t addend) { return csum16_add(csum, uint16_t(~addend)); }

// csum_block_add()/csum_block_sub(): a partial sum of data at an odd offset is byte-rotated first.
inline uint32_t block_add(uint32_t csum, uint32_t csum2, uint32_t offset) {
  uint32_t sum = csum2;
  if (offset & 1) sum = (sum >> 8) | (sum << 24);
  return add(csum, sum);
}
inline uint32_t block_sub(uint32_t csum, uint32_t csum2, uint32_t offset) { return block_add(csum, ~csum2, offset); }

// The in-place updates of a __sum16 field.
inline void replace_by_diff(uint16_t& sum, uint32_t diff) { sum = fold(add(diff, ~uint32_t(sum))); }
inline void replace2(uint16_t& sum, uint16_t from, uint16_t to) {
  sum = uint16_t(~csum16_add(csum16_sub(uint16_t(~sum), from), to));
}
inline void replace4(uint16_t& sum, uint32_t from, uint32_t to) {
  const uint32_t tmp = sub(~uint32_t(sum), from);
  sum = fold(add(tmp, to));
}

}  // namespace bpfkit::csum
