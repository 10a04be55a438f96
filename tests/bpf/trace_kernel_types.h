// A few kernel types as a vmlinux.h-based program sees them (preserve_access_index, so clang records CO-RE
// relocations). trace_target_btf.bpf.c declares the same layout: its .BTF is the target BTF the tests give bpfkit,
// so the tests pass with local offsets (no CO-RE) and with CO-RE applied alike.
#pragma once

typedef unsigned char __u8;
typedef unsigned short __u16;
typedef unsigned int __u32;
typedef unsigned long long __u64;
typedef int __s32;
typedef long long __s64;
typedef int pid_t;

#define __TARGET_ARCH_x86
#include <linux/bpf.h>
#include <linux/bpf_perf_event.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

typedef struct { __u32 val; } kuid_t;
typedef struct { __u32 val; } kgid_t;

struct cred {
  long usage;
  kuid_t uid;
  kgid_t gid;
  kuid_t suid;
  kgid_t sgid;
  kuid_t euid;
  kgid_t egid;
} __attribute__((preserve_access_index));

struct task_struct {
  unsigned int __state;
  unsigned int flags;
  void *stack;
  pid_t pid;
  pid_t tgid;
  struct task_struct *real_parent;
  struct task_struct *parent;
  struct task_struct *group_leader;
  const struct cred *real_cred;
  const struct cred *cred;
  char comm[16];
  unsigned int in_execve : 1;
  unsigned int in_iowait : 1;
} __attribute__((preserve_access_index));

struct filename {
  const char *name;
  const char *uptr;
  int refcnt;
} __attribute__((preserve_access_index));
