// core/parallel.hpp — runs f(0) ... f(n-1) on every core. Work is handed out
// one index at a time from a shared counter, so uneven items balance out; an
// exception in any call is rethrown in the caller once all threads stopped.
// Callers keep results in slots indexed by i, which keeps output deterministic.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace portal {

// Threads to use: PORTAL_THREADS if set (1 = no threads at all), else the cores.
inline unsigned worker_count() {
    if (const char* env = std::getenv("PORTAL_THREADS")) {
        int n = std::atoi(env);
        if (n >= 1) return static_cast<unsigned>(n);
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

template <typename F>
void parallel_for(std::size_t n, F&& f) {
    const unsigned threads = static_cast<unsigned>(std::min<std::size_t>(worker_count(), n));
    if (threads <= 1) {
        for (std::size_t i = 0; i < n; ++i) f(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&] {
        try {
            for (std::size_t i = next++; i < n; i = next++) f(i);
        } catch (...) {
            std::lock_guard<std::mutex> lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            next = n;  // the others stop at their next item
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
}

// Like parallel_for, but f(worker, i) also gets the index of the worker thread
// (0 .. worker_count()-1), for per-thread scratch state such as parsed templates.
template <typename F>
void parallel_for_workers(std::size_t n, unsigned workers, F&& f) {
    workers = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(workers, n)));
    if (workers <= 1) {
        for (std::size_t i = 0; i < n; ++i) f(0u, i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&](unsigned w) {
        try {
            for (std::size_t i = next++; i < n; i = next++) f(w, i);
        } catch (...) {
            std::lock_guard<std::mutex> lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            next = n;
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < workers; ++t) pool.emplace_back(work, t);
    work(0);
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace portal
