// tests/serve_process.hpp — a `portal serve` process for tests, on a port of its
// own, with its output kept in a file the test can read.
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "temp_site.hpp"

extern char** environ;

namespace portal::testing {

// A portal serve process, stopped when this goes out of scope.
class Server {
  public:
    // `log`: where the server's output goes (its summary lines), or nowhere.
    Server(const TempSite& s, int port, const std::string& log = "/dev/null")
        : port_(port), log_(log) {
        const std::string portal = PORTAL_BINARY, site = s.root().string(),
                          port_text = std::to_string(port);
        const char* argv[] = {portal.c_str(), "serve",           "--site", site.c_str(),
                              "--port",       port_text.c_str(), nullptr};
        posix_spawn_file_actions_t quiet;
        posix_spawn_file_actions_init(&quiet);
        posix_spawn_file_actions_addopen(&quiet, 1, log_.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0644);
        posix_spawn_file_actions_adddup2(&quiet, 1, 2);
        ok_ = posix_spawn(&pid_, argv[0], &quiet, nullptr, const_cast<char**>(argv), environ) == 0;
        posix_spawn_file_actions_destroy(&quiet);
    }
    ~Server() {
        if (!ok_) return;
        ::kill(pid_, SIGTERM);
        int status = 0;
        for (int i = 0; i < 50 && ::waitpid(pid_, &status, WNOHANG) == 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, &status, 0);
    }
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // The body of GET path, once the server answers (or "" after `seconds`).
    std::string get(const std::string& path, int* status = nullptr, double seconds = 20) {
        httplib::Client c("127.0.0.1", port_);
        c.set_connection_timeout(1);
        const auto until =
            std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
        while (std::chrono::steady_clock::now() < until) {
            if (auto r = c.Get(path)) {
                if (status) *status = r->status;
                return r->body;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return {};
    }

    // Waits until GET path holds `text`; false after `seconds`.
    bool shows(const std::string& path, const std::string& text, double seconds = 20) {
        const auto until =
            std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
        while (std::chrono::steady_clock::now() < until) {
            if (get(path, nullptr, 2).find(text) != std::string::npos) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return false;
    }

    // Waits until the server's output has said `text` `times` times; false after `seconds`.
    bool said(const std::string& text, int times = 1, double seconds = 20) const {
        const auto until =
            std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
        while (std::chrono::steady_clock::now() < until) {
            if (count(text) >= times) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return false;
    }

    // How many times the server's output has said `text`.
    int count(const std::string& text) const {
        std::ifstream in(log_);
        std::stringstream all;
        all << in.rdbuf();
        const std::string s = all.str();
        int n = 0;
        for (auto at = s.find(text); at != std::string::npos; at = s.find(text, at + 1)) ++n;
        return n;
    }

    int port() const { return port_; }

  private:
    pid_t pid_ = 0;
    bool ok_ = false;
    int port_;
    std::string log_;
};

// A TCP connection to 127.0.0.1:port, for requests written byte for byte (a
// client library would normalise them), closed when this goes out of scope.
class RawConnection {
  public:
    explicit RawConnection(int port, double seconds = 10) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
        if (fd_ < 0) return;
        timeval limit{static_cast<time_t>(seconds),
                      static_cast<suseconds_t>((seconds - static_cast<time_t>(seconds)) * 1e6)};
        ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
        sockaddr_in at{};
        at.sin_family = AF_INET;
        at.sin_port = htons(static_cast<uint16_t>(port));
        at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd_, reinterpret_cast<sockaddr*>(&at), sizeof at) != 0) {
            ::close(fd_);
            fd_ = -1;
        }
    }
    ~RawConnection() {
        if (fd_ >= 0) ::close(fd_);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool send(const std::string& bytes) {
        return fd_ >= 0 && ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) ==
                               static_cast<ssize_t>(bytes.size());
    }
    // Everything the server sends until it closes the connection (or the
    // time given to the constructor passes).
    std::string receive() {
        std::string out;
        char buf[4096];
        for (ssize_t n; fd_ >= 0 && (n = ::recv(fd_, buf, sizeof buf, 0)) > 0;)
            out.append(buf, static_cast<std::size_t>(n));
        return out;
    }

  private:
    int fd_;
};

// The whole response to `request` sent as written, "" when none came.
inline std::string raw_exchange(int port, const std::string& request, double seconds = 10) {
    RawConnection c(port, seconds);
    return c.send(request) ? c.receive() : std::string();
}

}  // namespace portal::testing
