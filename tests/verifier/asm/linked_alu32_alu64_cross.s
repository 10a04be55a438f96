// A jump on r7 = r6 +32 1 does not refine r8 = r6 +64 2: links made by ALU ops of different widths are skipped.
// type: socket_filter
call bpf_get_prandom_u32
w6 = w0
r7 = r6
w7 += 1
r8 = r6
r8 += 2
r9 = 0xffffffff ll
if r7 < r9 goto +3
if r8 > 0 goto +1
goto +1
r0 /= 0
r0 = 0
exit
