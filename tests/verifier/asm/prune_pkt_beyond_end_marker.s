// Pruning: a saved packet pointer known to be beyond the packet end (range BEYOND_PKT_END, a marker below 0) does
// not match one with a real range: a negative range only matches itself (regsafe). The path with r4 <= data_end is
// not pruned at insn 10 against the saved r4 > data_end, and explores both sides of the second compare.
// type: xdp
// processed: exact
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 8
r5 = 0
r5 = 1
r5 = 2
r5 = 3
if r4 <= r3 goto +1
goto +0
if r4 > r3 goto +2
r0 = *(u8 *)(r2 + 0)
exit
r0 = 0
exit
