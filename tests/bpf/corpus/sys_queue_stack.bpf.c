// Queue (FIFO) and stack (LIFO) maps as a job scheduler would use them: jobs are pushed, peeked and popped;
// pushing into a full queue fails with -E2BIG unless BPF_EXIST is given, which drops the oldest element;
// popping an empty map gives -ENOENT. Userspace pushes too (the case), and what is left at the end is popped by
// the harness and compared in order.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct job {
  __u32 id;
  __u32 prio;
};

struct {
  __uint(type, BPF_MAP_TYPE_QUEUE);
  __uint(max_entries, 4);
  __type(value, struct job);
} jobs SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_STACK);
  __uint(max_entries, 3);
  __type(value, __u64);
} undo SEC(".maps");

struct args {
  __u32 op;      // 0: push n jobs, 1: pop all, 2: peek/pop mix, 3: stack work
  __u32 n;
  __s64 rc[8];
  struct job got[4];
};

SEC("syscall")
int sched(struct args *a) {
  struct job j;
  __u64 u;
  switch (a->op) {
    case 0:
      for (int i = 0; i < 6; i++) {
        if (i >= a->n) break;
        j.id = 100 + i;
        j.prio = i * 10;
        a->rc[i] = bpf_map_push_elem(&jobs, &j, 0);
      }
      // A push that overwrites the oldest when full.
      j.id = 999;
      j.prio = 1;
      a->rc[6] = bpf_map_push_elem(&jobs, &j, BPF_EXIST);
      a->rc[7] = bpf_map_push_elem(&jobs, &j, 42);  // bad flags
      break;
    case 1:
      for (int i = 0; i < 4; i++) {
        a->rc[i] = bpf_map_pop_elem(&jobs, &j);
        if (a->rc[i] == 0) a->got[i] = j;
      }
      a->rc[4] = bpf_map_pop_elem(&jobs, &j);
      break;
    case 2:
      a->rc[0] = bpf_map_peek_elem(&jobs, &j);
      if (a->rc[0] == 0) a->got[0] = j;
      a->rc[1] = bpf_map_peek_elem(&jobs, &j);  // same element again
      if (a->rc[1] == 0) a->got[1] = j;
      a->rc[2] = bpf_map_pop_elem(&jobs, &j);
      if (a->rc[2] == 0) a->got[2] = j;
      break;
    case 3:
      for (int i = 0; i < 5; i++) {
        u = 0x1000 + i;
        a->rc[i] = bpf_map_push_elem(&undo, &u, 0);
      }
      a->rc[5] = bpf_map_pop_elem(&undo, &u);
      a->got[0].id = u;
      a->rc[6] = bpf_map_peek_elem(&undo, &u);
      a->got[1].id = u;
      u = 0x2000;
      a->rc[7] = bpf_map_push_elem(&undo, &u, BPF_EXIST);
      break;
  }
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
