// tests/temp_site.hpp — a site folder in a fresh temporary directory, with the
// repository's theme, for tests that build whole sites.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "core/diagnostics.hpp"
#include "pipeline.hpp"

namespace portal::testing {

namespace fs = std::filesystem;

inline const char* kSiteJson = R"({
  "title": "Test Partnership",
  "base_url": "https://example.org/cs/",
  "language": "en-GB",
  "licence": {"name": "Open Government Licence v3.0", "url": "https://example.org/ogl"},
  "marking": {
    "publishable": ["NOT PROTECTIVELY MARKED", "OFFICIAL"],
    "withheld": ["PROTECT", "RESTRICTED", "OFFICIAL-SENSITIVE"],
    "notice": "Some information has been withheld from this page."
  },
  "nav": [{"title": "About", "url": "about/"}],
  "accessibility": {"compliance": "full", "contact": {"email": "access@example.org"},
                    "prepared": "2026-12-01", "tested": "2026-12-01"}
})";

// Files left in a build's staging folder (".public.staging" beside the output).
// The folder itself stays between builds, with its sub-folders, to make the next
// build fast; after any build, published or failed, it must hold no file: it may
// sit beside a web root, and nothing withheld or unaudited may be left to serve.
inline std::vector<fs::path> files_left_in_staging(const fs::path& parent) {
    std::vector<fs::path> left;
    for (auto& e : fs::directory_iterator(parent)) {
        const std::string name = e.path().filename().string();
        if (name.find(".old-") != std::string::npos) left.push_back(e.path());
        if (name.find("staging") == std::string::npos || !e.is_directory()) continue;
        for (auto& f : fs::recursive_directory_iterator(e.path()))
            if (!f.is_directory()) left.push_back(f.path());
    }
    return left;
}

class TempSite {
  public:
    explicit TempSite(bool with_theme = true) {
        std::random_device rd;
        root_ = fs::temp_directory_path() /
                ("portal-test-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
        fs::create_directories(root_);
        write("site.json", kSiteJson);
        if (with_theme) {
            fs::copy(fs::path(PORTAL_SOURCE_DIR) / "layouts", root_ / "layouts",
                     fs::copy_options::recursive);
            fs::copy(fs::path(PORTAL_SOURCE_DIR) / "assets", root_ / "assets",
                     fs::copy_options::recursive);
        }
        write("content/about.md", "---\ntitle: About\n---\nAbout us.\n");
    }
    ~TempSite() {
        std::error_code ec;
        fs::remove_all(root_, ec);
    }
    TempSite(const TempSite&) = delete;
    TempSite& operator=(const TempSite&) = delete;

    const fs::path& root() const { return root_; }
    fs::path out() const { return root_ / "public"; }

    void write(const std::string& rel, const std::string& text) const {
        fs::path p = root_ / rel;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
    }
    void remove(const std::string& rel) const { fs::remove_all(root_ / rel); }

    // Every file of the search index (its .js files, not the search page),
    // joined: what a canary or a word is looked for in.
    std::string search_index_text() const {
        std::string all;
        for (auto& e : fs::recursive_directory_iterator(out() / "search"))
            if (e.is_regular_file() && e.path().extension() == ".js")
                all += read_out(e.path().lexically_relative(out()).string());
        return all;
    }

    std::string read_out(const std::string& rel) const {
        std::ifstream in(out() / rel, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }
    bool out_exists(const std::string& rel) const { return fs::exists(out() / rel); }

    // Builds the repository's own example site (not this one's sources) into
    // this site's output folder, so that read_out reads its pages.
    bool build_example() {
        diags = Diagnostics{};
        BuildOptions o;
        o.site_dir = PORTAL_SOURCE_DIR;
        o.out_dir = out().string();
        o.log_path = (root_ / "example-redactions.txt").string();
        return run_build(o, diags).ok;
    }

    // Builds with the library; diagnostics are kept in `diags`.
    BuildReport build(bool write_output = true) {
        diags = Diagnostics{};
        BuildOptions o;
        o.site_dir = root_.string();
        o.out_dir = out().string();
        o.log_path = (root_ / "build" / "redactions.txt").string();
        o.write = write_output;
        return run_build(o, diags);
    }

    // All diagnostics as text, one per line.
    std::string messages() const {
        std::ostringstream s;
        diags.print(s);
        return s.str();
    }

    // Path prefix diagnostics use for this site's files.
    std::string path(const std::string& rel) const {
        return (root_ / rel).lexically_normal().string();
    }

    // Every file under the output folder with its bytes, for before/after comparisons.
    std::string snapshot() const {
        std::string all;
        if (!fs::exists(out())) return "<none>";
        std::vector<fs::path> files;
        for (auto& e : fs::recursive_directory_iterator(out())) files.push_back(e.path());
        std::sort(files.begin(), files.end());
        for (auto& p : files) {
            all += p.lexically_relative(out()).generic_string() + "\n";
            if (fs::is_regular_file(p)) {
                std::ifstream in(p, std::ios::binary);
                std::stringstream ss;
                ss << in.rdbuf();
                all += ss.str() + "\n";
            }
        }
        return all;
    }

    Diagnostics diags;

  private:
    fs::path root_;
};

// The text of the first cell that `cell_open` opens after `row_mark` in a
// table (a row's header, then a cell's opening tag up to its '>').
inline std::string cell_after(const std::string& html, const std::string& row_mark,
                              const std::string& cell_open) {
    const auto row = html.find(row_mark);
    if (row == std::string::npos) return "<no row>";
    auto at = html.find(cell_open, row);
    if (at == std::string::npos) return "<no cell>";
    at += cell_open.size();
    return html.substr(at, html.find("</td>", at) - at);
}

// The change column of a milestone's row on a report page.
inline std::string change_of(const std::string& html, const std::string& milestone_title) {
    return cell_after(html, milestone_title + "</th>", "<td data-label=\"Change (computed)\">");
}

}  // namespace portal::testing
