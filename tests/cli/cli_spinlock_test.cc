// bpf_spin_lock misuse through `bpfkit run --no-verify`: every way tests/bpf/spinlock_misuse.bpf.c gets the lock
// wrong stops the run with the kernel verifier's words and the instruction (exit 1, a runtime fault), where it used
// to spin for ever. The correct pattern still runs, repeatedly. (Verified, as `run` does by default, each is refused
// before it runs; cli_verify_test checks those verdicts against the kernel's.)
#include <gtest/gtest.h>

#include <string>

#include "support/cli_fixture.h"

namespace {

using namespace bpfkit::testing;

const std::string kSpinObject = BPFKIT_BINARY_DIR "/bpf/spinlock_misuse.o";

class CliSpinLockTest : public CliTest {
 protected:
  Result run(const std::string& prog, const std::string& repeat = "1") {
    return bpfkit({"run", kSpinObject, "--prog", prog, "--data-in", file("pkt.bin", std::string(64, '\0')),
                   "--repeat", repeat, "--no-verify"});
  }
  // The error names the program, an instruction and the verifier's message.
  void expect_fault(const std::string& prog, const std::string& message, const std::string& repeat = "1") {
    const Result r = run(prog, repeat);
    EXPECT_EQ(r.code, 1) << prog << ": " << r.out << r.err;
    EXPECT_TRUE(contains_number_between(r.err, prog + ": insn ", ": " + message)) << prog << ": " << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
};

TEST_F(CliSpinLockTest, CorrectLockingRunsRepeatedly) {
  const Result r = run("lock_ok", "3");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("\"count\":3"), std::string::npos) << r.out;
}

TEST_F(CliSpinLockTest, LockingTwiceIsACallUnderTheLock) {
  // The verifier refuses the second bpf_spin_lock as a call made while holding a lock (do_check), before
  // process_spin_lock could say "Locking two bpf_spin_locks are not allowed".
  expect_fault("lock_twice", "function calls are not allowed while holding a lock");
}

TEST_F(CliSpinLockTest, OtherCallsUnderTheLock) {
  expect_fault("call_locked", "function calls are not allowed while holding a lock");
}

TEST_F(CliSpinLockTest, LockOnTheStack) {
  expect_fault("lock_stack", "R1 type=fp expected=map_value, alloc_ptr_");
}

TEST_F(CliSpinLockTest, ExitWithTheLockHeld) {
  // --repeat 2 used to hang in the second run, on the lock the first one left taken.
  expect_fault("exit_locked", "BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region", "2");
}

TEST_F(CliSpinLockTest, UnlockWithoutLock) {
  expect_fault("unlock_unlocked", "bpf_spin_unlock without taking a lock");
}

}  // namespace
