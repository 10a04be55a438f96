// bpf_kptr_xchg in bpfkit's runtime with bpf_obj_new objects (tests/bpf/corpus/sys_kptr_obj, which corpus_test also
// compares with the kernel): the object taken out is the one put in, userspace updates and deletes free what a
// value holds, userspace never sees a kptr, and a forged pointer never comes out.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "bpfkit/map.h"
#include "bpfkit/runtime.h"

namespace bpfkit {
namespace {

const std::string kBpfDir = BPFKIT_BINARY_DIR "/bpf/";

struct Args {
  uint32_t key;
  uint32_t pad;
  int64_t a;
};

class KptrRuntime : public ::testing::Test {
 protected:
  void SetUp() override { obj = open(true); }
  static std::unique_ptr<UserspaceObject> open(bool verify, const char* file = "sys_kptr_obj.o") {
    auto spec = ObjectSpec::open(kBpfDir + file);
    EXPECT_TRUE(spec) << spec.error().to_string();
    if (!spec) return nullptr;
    LoadOptions o;
    o.verify = verify;
    auto obj = UserspaceObject::load(std::move(*spec), std::move(o));
    EXPECT_TRUE(obj) << obj.error().to_string();
    return obj ? std::move(*obj) : nullptr;
  }
  int64_t run(const char* prog, uint32_t key, int64_t a) {
    Args args{key, 0, a};
    TestRunOptions t;
    t.ctx_in = std::vector<uint8_t>(reinterpret_cast<const uint8_t*>(&args),
                                    reinterpret_cast<const uint8_t*>(&args) + sizeof args);
    auto r = obj->test_run(prog, t);
    EXPECT_TRUE(r) << prog << ": " << r.error().to_string();
    return r ? int64_t(int32_t(r->retval)) : INT64_MIN;
  }
  std::unique_ptr<UserspaceObject> obj;
};

TEST_F(KptrRuntime, MapFieldsComeFromBtf) {
  ASSERT_TRUE(obj);
  const MapSpec& s = obj->map("objs")->spec();
  ASSERT_EQ(s.fields.size(), 1u);
  EXPECT_EQ(s.fields[0].kind, MapField::Kind::KptrRef);
  EXPECT_EQ(s.fields[0].offset, 8u);
  EXPECT_EQ(s.fields[0].pointee, "kptr_node");
}

TEST_F(KptrRuntime, ObjectGoesInAndComesBack) {
  ASSERT_TRUE(obj);
  EXPECT_EQ(run("store_obj", 0, 41), -1);        // empty before
  EXPECT_EQ(run("store_obj", 0, 42), 41 + 82);   // the first object came back
  EXPECT_EQ(run("take_obj", 0, 0), 42);
  EXPECT_EQ(run("take_obj", 0, 0), -1);
  EXPECT_EQ(run("store_obj", 1, 5), -1);
  EXPECT_EQ(run("take_obj", 0, 0), -1);          // the other element is its own
  EXPECT_EQ(run("take_obj", 1, 0), 5);
}

TEST_F(KptrRuntime, UserspaceNeverSeesOrWritesAKptr) {
  ASSERT_TRUE(obj);
  EXPECT_EQ(run("store_obj", 0, 7), -1);
  Map* m = obj->map("objs");
  const uint32_t key = 0;
  int64_t v[2] = {-1, -1};
  ASSERT_EQ(m->lookup_elem(&key, v), 0);
  EXPECT_EQ(v[0], 7);
  EXPECT_EQ(v[1], 0);  // the kptr reads as zero
  // An update copies the plain fields only, and frees the object the value held (array_map_update_elem).
  int64_t nv[2] = {9, 0x1234};
  ASSERT_EQ(m->update_elem(&key, nv, BPF_ANY), 0);
  ASSERT_EQ(m->lookup_elem(&key, v), 0);
  EXPECT_EQ(v[0], 9);
  EXPECT_EQ(v[1], 0);
  EXPECT_EQ(run("take_obj", 0, 0), -1);
}

TEST_F(KptrRuntime, HashDeleteFreesTheObject) {
  ASSERT_TRUE(obj);
  EXPECT_EQ(run("hash_store", 3, 11), 0);
  EXPECT_EQ(run("hash_store", 3, 12), 11);
  EXPECT_EQ(run("hash_store", 5, 13), 0);
  const uint32_t five = 5;
  ASSERT_EQ(obj->map("obj_hash")->delete_elem(&five), 0);
  EXPECT_EQ(run("hash_take", 5, 0), -1);   // the element is gone
  EXPECT_EQ(run("hash_store", 5, 14), 0);  // a new element starts without an object
  EXPECT_EQ(run("hash_take", 3, 0), 12);
  EXPECT_EQ(run("hash_take", 3, 0), -2);
}

TEST_F(KptrRuntime, VerifierRefusesTheForgeryAndTheRuntimeStopsIt) {
  auto spec = ObjectSpec::open(kBpfDir + "kptr_forge.o");
  ASSERT_TRUE(spec);
  auto refused = UserspaceObject::load(std::move(*spec), LoadOptions{});
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("store to referenced kptr disallowed"), std::string::npos)
      << refused.error().to_string();
  auto unchecked = open(false, "kptr_forge.o");
  ASSERT_TRUE(unchecked);
  Args args{0, 0, 0x1000};
  TestRunOptions t;
  t.ctx_in = std::vector<uint8_t>(reinterpret_cast<const uint8_t*>(&args),
                                  reinterpret_cast<const uint8_t*>(&args) + sizeof args);
  auto r = unchecked->test_run("forge", t);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("bpf_kptr_xchg"), std::string::npos) << r.error().to_string();
}

}  // namespace
}  // namespace bpfkit
