#include "serve/serve.hpp"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>

#include "core/files.hpp"
#include "core/links.hpp"
#include "core/text.hpp"
#include "load/source_fingerprint.hpp"
#include "render/hashed_assets.hpp"
#include "serve/live_edits.hpp"
#include "serve/preview_rules.hpp"
#include "serve/reload_script.hpp"
#include "serve/source_watch.hpp"
#include "write/output_folder.hpp"

namespace portal {

namespace {

std::string json_string(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\')
            out += '\\', out += static_cast<char>(c);
        else if (c == '\n')
            out += "\\n";
        else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else
            out += static_cast<char>(c);
    }
    return out + "\"";
}

// What the status address reports. `version` counts every outcome (a build, a
// failed build, an edit remade), `build` only those that changed the site.
struct BuildState {
    std::mutex mutex;
    std::condition_variable changed;
    int build = 0;
    int version = 0;
    int search_index = 0;  // moves on when a page's edit has rewritten the search index
    int waiting = 0;       // status requests waiting for a change, each holding a worker
    std::string errors;
};

// Each open preview asks for the status and waits at the server until
// something changes, holding one of the server's workers while it waits. At
// most kMaxWaiting wait; a preview beyond them is answered at once and asks
// again a second later. The pool has kFreeWorkers more than that, so pages
// and files are always answered at once, with dozens of previews open.
constexpr int kMaxWaiting = 32;
constexpr int kFreeWorkers = 8;

// Builds the whole site; on success keeps what remaking an edited page needs.
// Returns site.json's base_url as the build read it ("" when it could not).
std::string full_build(const BuildOptions& opts, const SourceStamps& before, BuildState& state,
                       std::unique_ptr<LiveEdits>& live) {
    Diagnostics diags;
    BuildReport r = run_build(opts, diags);
    live.reset();
    if (r.ok && r.live)
        live = std::make_unique<LiveEdits>(r.live, opts.site_dir, r.out_dir, before);
    std::ostringstream text;
    diags.print(text);
    {
        std::lock_guard<std::mutex> lock(state.mutex);
        ++state.version;
        if (r.ok) {
            ++state.build;
            state.errors.clear();
            std::cout << text.str() << summary_line(r) << "\n" << std::flush;
        } else {
            state.errors = text.str();
            std::cerr << text.str() << "portal: build failed; still serving the last good site\n"
                      << std::flush;
        }
    }
    state.changed.notify_all();
    return r.base_url;
}

// Tells open pages what an edit remade: `counter` is state.build (the pages
// changed: every open page reloads) or state.search_index (the index landed:
// an open search page reloads).
void announce(BuildState& state, int BuildState::*counter) {
    {
        std::lock_guard<std::mutex> lock(state.mutex);
        ++state.version;
        ++(state.*counter);
        state.errors.clear();
    }
    state.changed.notify_all();
}

// "remade a/index.html in 12 ms, then search/index.js (48 ms in all)": the
// first time is when the open page could reload.
void say_remade(const std::vector<std::string>& pages, double page_seconds,
                const std::string& index, double all_seconds) {
    auto ms = [](double seconds) {
        char text[32];
        std::snprintf(text, sizeof text, "%.0f ms", seconds * 1000);
        return std::string(text);
    };
    std::string list;
    for (const auto& f : pages) list += (list.empty() ? "" : ", ") + f;
    std::cout << "portal: page edited; remade " << list << " in " << ms(page_seconds);
    if (!index.empty()) std::cout << ", then " << index << " (" << ms(all_seconds) << " in all)";
    std::cout << "\n" << std::flush;
}

// The path of a base_url without its leading '/' ("community-safety/"), or ""
// (at the root, or when the build could not read site.json: it says why).
std::string base_path_of(const std::string& base_url) {
    auto scheme = base_url.find("://");
    auto slash = scheme == std::string::npos ? std::string::npos : base_url.find('/', scheme + 3);
    if (slash == std::string::npos) return {};
    std::string path = base_url.substr(slash + 1);
    if (!path.empty() && path.back() != '/') path += '/';
    return path;
}

}  // namespace

int serve_site(const ServeOptions& options) {
    BuildOptions opts = options.build;
    if (opts.out_dir.empty()) opts.out_dir = default_output_folder(opts.site_dir);
    opts.keep_live = true;
    BuildState state;
    std::unique_ptr<LiveEdits> live;  // the watcher's own, after this first build
    SourceWatch watch(opts.site_dir);
    const std::string base_url = full_build(opts, watch.stamps(), state, live);

    httplib::Server server;
    // httplib owns and deletes the queue it is given (its API takes a raw pointer).
    server.new_task_queue = [] { return new httplib::ThreadPool(kMaxWaiting + kFreeWorkers); };
    // A browser keeps a connection open for its next request, holding a worker
    // meanwhile: a second is plenty on this machine.
    server.set_keep_alive_timeout(1);
    const int port = options.port;
    server.set_pre_routing_handler([port](const httplib::Request& req, httplib::Response& res) {
        if (!local_host(req.get_header_value("Host"), port)) {
            res.status = 421;  // Misdirected Request: not this machine's name
            res.set_content("portal serve answers only to 127.0.0.1, localhost and [::1]\n",
                            "text/plain; charset=utf-8");
            return httplib::Server::HandlerResponse::Handled;
        }
        if (has_control_byte(req.path)) {
            res.status = 400;
            res.set_content("a control character in the address\n", "text/plain; charset=utf-8");
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    const fs::path root = fs::absolute(opts.out_dir);
    server.Get("/__portal/reload.js", [](const httplib::Request&, httplib::Response& res) {
        // The same for the life of the server: kept, so that a reload fetches the page alone.
        res.set_header("Cache-Control", "max-age=3600");
        res.set_content(kReloadScript, "text/javascript; charset=utf-8");
    });
    server.Get("/__portal/status", [&state](const httplib::Request& req, httplib::Response& res) {
        std::unique_lock<std::mutex> lock(state.mutex);
        // ?since=N: answer when the state has moved on from version N (when a
        // worker may wait; "waited":false tells the page to ask again later).
        bool waited = false;
        if (req.has_param("since") && state.waiting < kMaxWaiting) {
            const int since = std::atoi(req.get_param_value("since").c_str());
            ++state.waiting;
            state.changed.wait_for(lock, std::chrono::seconds(20),
                                   [&] { return state.version != since; });
            --state.waiting;
            waited = true;
        }
        res.set_header("Cache-Control", "no-store");
        res.set_content("{\"build\":" + std::to_string(state.build) +
                            ",\"version\":" + std::to_string(state.version) +
                            ",\"search_index\":" + std::to_string(state.search_index) +
                            ",\"waited\":" + (waited ? "true" : "false") + ",\"errors\":" +
                            (state.errors.empty() ? "null" : json_string(state.errors)) + "}",
                        "application/json");
    });
    const std::string base_path = base_path_of(base_url);
    server.Get(R"(/.*)", [&root, &base_path](const httplib::Request& req, httplib::Response& res) {
        std::string path = req.path;
        auto norm = normalise_site_path(path.substr(1));
        if (!norm) {
            res.status = 404;
            return;
        }
        std::string rel = *norm;
        // Dot files (portal's .portal-output marker) are not pages of the site.
        if (rel.rfind('.', 0) == 0 || rel.find("/.") != std::string::npos) {
            res.status = 404;
            return;
        }
        if (rel.empty() || rel.back() == '/') rel += "index.html";
        // The site is published under base_url's path ("/community-safety/"), and
        // the not-found page links from there; here it is served at "/": an
        // address under that path finds the same file.
        std::error_code ec;
        if (!base_path.empty() && rel.rfind(base_path, 0) == 0 && !fs::exists(root / rel, ec)) {
            rel = rel.substr(base_path.size());
            if (rel.empty()) rel = "index.html";
        }
        fs::path file = root / rel;
        if (fs::is_directory(file, ec)) {
            res.status = 301;
            res.set_header("Location", path + "/");
            return;
        }
        auto bytes = read_file(file);
        if (!bytes) {
            res.status = 404;
            bytes = read_file(root / "404.html");
            if (!bytes)
                bytes = std::string("<!doctype html><title>Not found</title><h1>Not found</h1>");
            rel = "404.html";
            file = root / rel;
        }
        if (rel.size() > 5 && rel.compare(rel.size() - 5, 5, ".html") == 0) {
            auto at = bytes->rfind("</body>");
            const std::string tag = "<script src=\"/__portal/reload.js\"></script>";
            if (at == std::string::npos)
                *bytes += tag;
            else
                bytes->insert(at, tag);
        }
        // A theme file's name carries a hash of its bytes (render/hashed_assets):
        // the browser may keep it, so that a reload after an edit fetches the
        // page alone. Everything else may change with the next build.
        res.set_header("Cache-Control",
                       is_hashed_asset(rel) ? "public, max-age=31536000, immutable" : "no-store");
        res.set_content(*bytes, content_type_of(file.filename().string()));
    });

    std::atomic<bool> stop{false};
    std::thread watcher([&] {
        while (!stop) {
            if (!watch.wait(std::chrono::milliseconds(250))) continue;
            const auto seen = std::chrono::steady_clock::now();
            const SourceStamps& now = watch.stamps();
            // An edit of a page's text alone remakes that page; anything else
            // builds the whole site.
            std::optional<std::vector<std::string>> remade;
            if (live) remade = live->apply(now);
            if (!remade) {
                full_build(opts, now, state, live);
                continue;
            }
            if (remade->empty()) continue;
            // The open page reloads as soon as it is written; the search index
            // follows (the same edit's entry, audited with the page).
            announce(state, &BuildState::build);
            const auto page_written = std::chrono::steady_clock::now();
            std::optional<std::string> index = live->write_search_index();
            if (!index) {
                full_build(opts, now, state, live);
                continue;
            }
            if (!index->empty()) announce(state, &BuildState::search_index);
            using seconds = std::chrono::duration<double>;
            say_remade(*remade, seconds(page_written - seen).count(), *index,
                       seconds(std::chrono::steady_clock::now() - seen).count());
        }
    });

    std::cout << "portal: serving " << opts.out_dir << " at http://127.0.0.1:" << options.port
              << "/ (Ctrl+C to stop)\n"
              << std::flush;
    bool ok = server.listen("127.0.0.1", options.port);
    stop = true;
    watcher.join();
    if (!ok) {
        std::cerr << "portal: cannot listen on 127.0.0.1:" << options.port
                  << " (is another server using that port? try --port)\n";
        return 1;
    }
    return 0;
}

}  // namespace portal
