// tests/portal_run.hpp — runs the portal binary as a user would, in a folder,
// with a time limit (a build that blocked, on a named pipe say, is stopped and
// fails its test). Output is stdout and stderr together.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

namespace portal::testing {

struct PortalRun {
    int code = -1;       // exit code; -1 when portal did not exit (a signal)
    std::string output;  // stdout and stderr together
};

inline PortalRun run_portal(const std::filesystem::path& dir, const std::string& args) {
    const std::string cmd = "cd '" + dir.string() + "' && timeout 120 " +
                            std::string(PORTAL_BINARY) + " " + args + " 2>&1";
    PortalRun r;
    FILE* p = popen(cmd.c_str(), "r");
    std::array<char, 4096> buf;
    while (fgets(buf.data(), buf.size(), p)) r.output += buf.data();
    const int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

}  // namespace portal::testing
