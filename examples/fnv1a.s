; FNV-1a, 64-bit (http://www.isthe.com/chongo/tech/comp/fnv/), over the input memory.
; Raw test mode calling convention: R1 = pointer to the bytes, R2 = their length. R0 = the hash.
;
;   bpfkit run --asm examples/fnv1a.s --mem "68 65 6c 6c 6f"      # "hello"
;   retval:   0xa430d84680aabd0b (11831194018420276491, -6615550055289275125 as s64)

        r0 = 0xcbf29ce484222325 ll      ; FNV offset basis
        r3 = 0x100000001b3 ll           ; FNV prime
        r2 += r1                        ; r2 = one past the last byte
loop:
        if r1 >= r2 goto done
        r4 = *(u8 *)(r1 + 0)
        r0 ^= r4
        r0 *= r3
        r1 += 1
        goto loop
done:
        exit
