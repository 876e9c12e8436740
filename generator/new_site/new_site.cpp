#include "new_site/new_site.hpp"

#include <filesystem>
#include <fstream>
#include <system_error>
#include <utility>
#include <vector>

#include "core/json_value.hpp"
#include "new_site/builtin_theme.hpp"
#include "validate/schema_reference.hpp"

namespace portal {

namespace {

namespace fs = std::filesystem;

// The files a new site starts with, besides the theme and the editor schemas.
// The menu names only the pages these make (plans/ and about/): every other
// index page is made once there is data for it, and its menu entry can come then.
std::vector<std::pair<std::string, std::string>> starter_files() {
    return {
        {"site.json", R"({
  "$schema": "schemas/site.schema.json",
  "title": "Community Safety Partnership",
  "base_url": "https://www.example.gov.uk/community-safety/",
  "language": "en-GB",
  "licence": {
    "name": "Open Government Licence v3.0",
    "url": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
  },
  "marking": {
    "publishable": ["NOT PROTECTIVELY MARKED", "OFFICIAL"],
    "withheld": ["PROTECT", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET", "OFFICIAL-SENSITIVE"],
    "notice": "Some information has been withheld from this page because it is protectively marked."
  },
  "nav": [
    {"title": "Plans", "url": "plans/"},
    {"title": "About", "url": "about/"}
  ]
}
)"},
        {"content/index.md", R"(---
title: Community Safety Partnership
summary: What the partnership has promised, and how each promise is doing.
---
This is the partnership's transparency portal: its plans, how each commitment
is doing quarter by quarter, where the money goes, and the figures behind its
priorities. [About this site](about.md) says more.
)"},
        {"content/about.md", R"(---
title: About this site
summary: Who publishes this site, and how.
---
This site is published by the partnership's support officer after each board
meeting. Some information is withheld because it is protectively marked; the
pages say where.
)"},
        {"data/plans/community-safety-plan.json", R"({
  "$schema": "../../schemas/plan.schema.json",
  "id": "community-safety-plan",
  "title": "Community Safety Plan",
  "priorities": [
    {
      "number": 1,
      "title": "Reduce anti-social behaviour",
      "actions": [
        {
          "number": "1.1",
          "title": "Hold a regular multi-agency task group",
          "milestones": [
            {"id": "1.1a", "title": "Task group meets every two months"}
          ]
        }
      ]
    }
  ]
}
)"},
        {"README.md", R"(# This portal's files

- `site.json`: the site's name, address, marking policy and menu.
- `content/`: pages, in Markdown (`about.md` is published at `about/`).
- `data/plans/`, `data/reports/`, `data/funding/`, `data/statistics/`: the
  plans, quarterly reports, funding and figures, in JSON (and CSV).
- `layouts/`, `assets/`: the theme. `schemas/`: what each kind of file may hold,
  for your editor.

`portal schema` lists every key of every kind of file. `portal serve` shows the
site as you edit; `portal build` makes the folder to upload (`public/`).
Before you publish, give the facts of the accessibility statement (a public
body's site must have one) in `site.json`'s `"accessibility"`: how far the
site complies, a contact, and when the statement was prepared and the site
tested. The build warns until you do.
When the site has a report, add `{"title": "Performance", "url": "reports/"}`
to the menu in `site.json`; likewise `funding/`, `statistics/` and `meetings/`.
)"},
    };
}

bool write_file(const fs::path& path, std::string_view text, Diagnostics& diags) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (ec || !out) {
        diags.error(SourcePos{path.string()},
                    "cannot write file" + (ec ? ": " + ec.message() : std::string()));
        return false;
    }
    return true;
}

}  // namespace

int write_new_site(const std::string& dir, Diagnostics& diags, const NewSiteNames& names) {
    const fs::path target = fs::path(dir).lexically_normal();
    std::error_code ec;
    if (fs::exists(fs::symlink_status(target, ec))) {
        const bool empty_folder =
            fs::is_directory(fs::symlink_status(target, ec)) && fs::is_empty(target, ec) && !ec;
        if (!empty_folder) {
            diags.error(SourcePos{dir},
                        "already exists; portal new site never overwrites "
                        "anything: give a new folder's name");
            return 0;
        }
    }
    // Not inside another site: its build would read the new one's files as its
    // own (a README in content/ as a page without a title).
    for (fs::path up = fs::absolute(target, ec).parent_path(); !up.empty(); up = up.parent_path()) {
        if (fs::exists(up / "site.json", ec)) {
            diags.error(SourcePos{dir}, "is inside the site at " + up.string() +
                                            " (it has a site.json); a new site goes in a "
                                            "folder of its own, outside any other site");
            return 0;
        }
        if (up == up.parent_path()) break;
    }
    // Written beside the target and renamed into place: all or nothing.
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const fs::path staging = parent / ("." + target.filename().string() + ".new-site");
    fs::remove_all(staging, ec);
    int files = 0;
    bool ok = true;
    auto put = [&](const std::string& rel, std::string_view text) {
        ok = ok && write_file(staging / rel, text, diags);
        ++files;
    };
    for (auto file : starter_files()) {
        const std::string& rel = file.first;
        std::string& text = file.second;  // a name, not a binding: lambdas capture it
        // The partnership's own name and address in place of the placeholders;
        // written as JSON strings, which YAML reads as they are.
        auto replace = [&](const std::string& from, const std::string& to) {
            for (auto at = text.find(from); at != std::string::npos;
                 at = text.find(from, at + to.size()))
                text.replace(at, from.size(), to);
        };
        if (!names.title.empty()) {
            const std::string quoted = Json(names.title).dump();
            replace(rel == "site.json" ? "\"Community Safety Partnership\""
                                       : "title: Community Safety Partnership",
                    rel == "site.json" ? quoted : "title: " + quoted);
        }
        if (!names.base_url.empty() && rel == "site.json")
            replace("\"https://www.example.gov.uk/community-safety/\"",
                    Json(names.base_url).dump());
        put(rel, text);
    }
    for (const ThemeFile& f : builtin_theme()) put(std::string(f.rel), f.text);
    for (const char* kind : {"site", "plan", "report", "statistics", "funding"})
        put(std::string("schemas/") + kind + ".schema.json", *editor_schema(kind));
    if (ok) {
        if (fs::exists(target, ec)) fs::remove(target, ec);  // the empty folder
        fs::rename(staging, target, ec);
        if (ec) {
            diags.error(SourcePos{dir}, "cannot create the folder: " + ec.message());
            ok = false;
        }
    }
    if (!ok) {
        fs::remove_all(staging, ec);
        return 0;
    }
    return files;
}

}  // namespace portal
