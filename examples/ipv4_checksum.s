; IPv4 header checksum (RFC 791, computed as in RFC 1071) over the header at R1; R2 = bytes available.
;
; With the checksum field zeroed, R0 is the checksum to store in it; over a header whose checksum is correct, R0 is
; 0, so the same program both computes and verifies. R0 = -1 if the input is not an IPv4 header: version not 4,
; IHL below 5 words, or a header longer than the input.
;
;   bpfkit run --asm examples/ipv4_checksum.s \
;       --mem "45 00 00 73 00 00 40 00 40 11 00 00 c0 a8 00 01 c0 a8 00 c7"
;   retval:   0xb861 (47201)

        r0 = -1
        if r2 < 20 goto out             ; shorter than a minimal header
        r3 = *(u8 *)(r1 + 0)            ; version (high nibble) and IHL (low nibble, in 32-bit words)
        r4 = r3
        r4 >>= 4
        if r4 != 4 goto out
        r3 &= 15
        r3 <<= 2                        ; header length in bytes
        if r3 < 20 goto out
        if r3 > r2 goto out
        r3 += r1                        ; end of the header
        r0 = 0
sum:
        r4 = *(u16 *)(r1 + 0)
        r4 = be16 r4                    ; the checksum is over big-endian 16-bit words
        r0 += r4
        r1 += 2
        if r1 < r3 goto sum
        ; Fold the carries back in twice: 30 words sum to less than 2^21, so two folds always suffice.
        r4 = r0
        r4 >>= 16
        r0 &= 0xffff
        r0 += r4
        r4 = r0
        r4 >>= 16
        r0 &= 0xffff
        r0 += r4
        r0 ^= 0xffff                    ; ones' complement of the sum
out:
        exit
