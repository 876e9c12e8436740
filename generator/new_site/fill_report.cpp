#include "new_site/fill_report.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>

#include "core/files.hpp"
#include "core/json_value.hpp"
#include "core/reading.hpp"
#include "core/text.hpp"
#include "load/json_document.hpp"
#include "new_site/file_placing.hpp"
#include "new_site/marking_labels.hpp"
#include "new_site/plan_returns.hpp"
#include "new_site/quarter.hpp"
#include "new_site/return_csv.hpp"
#include "new_site/return_markings.hpp"
#include "new_site/return_rows.hpp"
#include "new_site/status_scale.hpp"
#include "validate/status_checks.hpp"

namespace portal {

namespace fs = std::filesystem;

namespace {

// A return is a page of rows; a file far larger is not one.
constexpr std::uintmax_t kMaxReturnBytes = 16 * 1024 * 1024;

// "priority-2.csv" before "priority-10.csv", as people count: when a
// milestone is in two returns, the one met first is the one named.
bool in_number_order(const std::string& a, const std::string& b) {
    std::size_t i = 0, j = 0;
    auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && digit(a[ei])) ++ei;
            while (ej < b.size() && digit(b[ej])) ++ej;
            const std::string na = a.substr(i, ei - i), nb = b.substr(j, ej - j);
            const std::string ta = na.substr(std::min(na.find_first_not_of('0'), na.size())),
                              tb = nb.substr(std::min(nb.find_first_not_of('0'), nb.size()));
            if (ta.size() != tb.size()) return ta.size() < tb.size();
            if (ta != tb) return ta < tb;
            i = ei, j = ej;
        } else {
            if (a[i] != b[j]) return a[i] < b[j];
            ++i, ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

// The returns of the quarter: the folder's .csv files (in any case), in
// number order. Hidden files and the lock files Excel leaves beside an open
// file ("~$priority-1.csv") are not returns; any other file is named, since
// a return saved as .xlsx would otherwise go unread without a word.
std::vector<fs::path> return_files(const fs::path& folder, Diagnostics& diags) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(folder, ec)) {
        const std::string name = e.path().filename().string();
        if (name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0 || e.is_directory(ec))
            continue;
        std::string ext = e.path().extension().string();
        for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (ext == ".csv")
            files.push_back(e.path());
        else
            diags.warning(SourcePos{display_path(e.path())},
                          "is not read: a return is a .csv file (in the spreadsheet, save it as "
                          "\"CSV UTF-8 (Comma delimited)\")");
    }
    std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
        return in_number_order(a.filename().string(), b.filename().string());
    });
    return files;
}

// data/reports/<quarter>.json or data/plans/<id>.json, parsed as a build
// parses it (a syntax error told in plain words, at its line and column).
std::optional<JsonDocument> read_json(const fs::path& file, const std::string& missing,
                                      Diagnostics& diags) {
    JsonDocument doc;
    doc.path = display_path(file);
    const auto bytes = read_file(file);
    if (!bytes) {
        diags.error(SourcePos{doc.path}, missing);
        return std::nullopt;
    }
    doc.text = *bytes;
    normalise_line_ends(doc.text);
    if (!parse_json_document(doc, diags)) return std::nullopt;
    if (!doc.value.is_object()) {
        diags.error(SourcePos{doc.path, 1, 1},
                    "this is not a report or plan (an object {...}); `portal check` says more");
        return std::nullopt;
    }
    return doc;
}

// A milestone of the report: where it stands, and whether a return may fill it.
struct Slot {
    std::size_t priority = 0, milestone = 0;
    bool withheld = false;
};

bool is_wrapper(const Json& v) {
    return v.is_object() && v.size() == 2 && v.contains("value") && v.contains("marking");
}

// The report's milestones by id, in the report's order.
std::vector<std::pair<std::string, Slot>> report_milestones(const Json& report,
                                                            const PublishableLabels& labels) {
    std::vector<std::pair<std::string, Slot>> out;
    if (!report.contains("priorities") || !report["priorities"].is_array()) return out;
    const Json& prs = report["priorities"];
    for (std::size_t p = 0; p < prs.size(); ++p) {
        if (!prs[p].is_object() || !prs[p].contains("milestones") ||
            !prs[p]["milestones"].is_array())
            continue;
        const Json& ms = prs[p]["milestones"];
        for (std::size_t m = 0; m < ms.size(); ++m)
            if (ms[m].is_object() && ms[m].contains("id") && ms[m]["id"].is_string())
                out.push_back({ms[m]["id"].get<std::string>(),
                               {p, m, labels.withholds(prs[p]) || labels.withholds(ms[m])}});
    }
    return out;
}

// The number an id reads as, when it is one ("1.10" and "1.1" alike).
std::optional<double> id_number(const std::string& s) {
    if (s.empty() || s.find_first_not_of("0123456789.") != std::string::npos) return {};
    return std::strtod(s.c_str(), nullptr);
}

// An id a spreadsheet turned into a number ("1.10" shown and saved as "1.1"):
// the id among `ids` that reads as the same number as `id`, but is not `id`.
std::optional<std::string> number_slip(const std::string& id, const std::vector<std::string>& ids) {
    const auto n = id_number(id);
    if (!n) return std::nullopt;
    for (const auto& other : ids)
        if (other != id && id_number(other) == n) return other;
    return std::nullopt;
}

std::string slip_hint(const std::optional<std::string>& slip, const std::string& id) {
    if (!slip) return "";
    return " (if this row is milestone " + *slip + ", the spreadsheet read its id as a number " +
           "and saved " + id + ": write " + *slip + " back, and format the column as text)";
}

// The text of a status or progress, through a marking wrapper.
std::string text_of(const Json& v) {
    const Json& t = is_wrapper(v) ? v["value"] : v;
    return t.is_string() ? t.get<std::string>() : std::string();
}

// Sets a milestone's status or progress. A value the board marked
// ({"value": ..., "marking": ...}) keeps its marking: the new text takes the
// old one's place inside it.
void put(Json& milestone, const char* key, const std::string& text) {
    if (milestone.contains(key) && is_wrapper(milestone[key]))
        milestone[key]["value"] = text;
    else
        milestone[key] = text;
}

struct Update {
    Slot slot;
    std::string status, progress;
};

// The report's milestones sorted by what may be said of them: those a return
// may fill (by id), and the ids of those the report or its plan withholds,
// with the plan's withheld milestones the report lacks.
struct Milestones {
    std::map<std::string, Slot> open;
    std::vector<std::string> open_ids;  // in the report's order
    std::vector<std::string> withheld;
};

Milestones sort_milestones(const std::vector<std::pair<std::string, Slot>>& report,
                           const std::map<std::string, bool>& in_plan) {
    Milestones m;
    for (const auto& [id, withheld] : in_plan)
        if (withheld) m.withheld.push_back(id);
    for (const auto& [id, slot] : report)
        if (slot.withheld) m.withheld.push_back(id);
    // An id withheld anywhere is withheld (a report giving one id twice, once
    // marked, is validate's to refuse; no return fills either).
    for (const auto& [id, slot] : report)
        if (std::find(m.withheld.begin(), m.withheld.end(), id) == m.withheld.end() &&
            m.open.emplace(id, slot).second)
            m.open_ids.push_back(id);
    return m;
}

// Whether a row's milestone cell names a withheld milestone: as the plan or
// report writes its id, in another case or spacing, or as a spreadsheet's
// number reading of it ("1.10" saved as "1.1"), unless it is an open
// milestone's id as written. Such a row is refused before any of its cells is
// judged: its status and progress may say what the marking keeps back, and an
// error quoting them would carry it into terminals and CI logs.
bool names_withheld(const std::string& id, const Milestones& m) {
    if (m.open.count(id)) return false;
    const auto number = id_number(id);
    for (const auto& withheld : m.withheld)
        if (withheld == id || fold_label(withheld) == fold_label(id) ||
            (number && id_number(withheld) == number))
            return true;
    return false;
}

// The one error of a row for a withheld milestone: its place and what is
// wrong, never its cells (the milestone's id among them), as a build names a
// withheld place.
void refuse_withheld_row(const SourcePos& at, Diagnostics& diags) {
    diags.error(at,
                "this row is for a withheld milestone (it, or its action or priority, is marked "
                "in the report or its plan), so a return cannot fill it, and its cells are "
                "neither read nor printed: take this row out, and give the milestone's status "
                "in the report itself");
}

// The error for a status cell that is not on the report's scale.
std::string status_error(const StatusScale& scale, const std::string& status,
                         const StatusReading& reading) {
    return scale.words_only()
               ? quoted_cell(status) +
                     " is a status, but this report gives progress in words, without a status "
                     "(its status_scale is words): leave the status empty and write the progress"
               : quoted_cell(status) + " is not a status: write " + reading.allowed +
                     ", or leave it empty to leave the milestone as it is";
}

// Checks one return's rows against the report and the rows read before it
// (`given`: each milestone's first row, as "path:line"), adding what they
// ask to `updates`. A row for a withheld milestone is refused first, alone.
void check_rows(const ReturnSheet& sheet, const StatusScale& scale, const std::string& report_path,
                const Milestones& milestones, const std::map<std::string, bool>& in_plan,
                std::map<std::string, std::string>& given, std::vector<Update>& updates,
                Diagnostics& diags) {
    auto pos = [&](const CsvCell& c) { return SourcePos{sheet.path, c.line, c.column}; };
    for (const auto& e : sheet.entries) {
        const std::string id = trim(e.milestone.text);
        const std::string status = trim(e.status.text), progress = trim(e.progress.text);
        if (id.empty()) {
            if (!status.empty() || !progress.empty())
                diags.error(pos(e.milestone),
                            "this row names no milestone: write its id, as the return was "
                            "sent, in the milestone column");
            continue;
        }
        if (names_withheld(id, milestones)) {
            refuse_withheld_row(pos(e.milestone), diags);
            continue;
        }
        const StatusReading reading = read_status(scale, status);
        if (!status.empty() && reading.word.empty())
            diags.error(pos(e.status), status_error(scale, status, reading));
        const auto found = milestones.open.find(id);
        if (found == milestones.open.end()) {
            const auto plan = in_plan.find(id);
            diags.error(pos(e.milestone),
                        quoted_cell(id) + " is not a milestone of the report " + report_path +
                            (plan != in_plan.end()
                                 ? ": the plan has it, but this report does not; add it to the "
                                   "report first"
                                 : ": write the id as the plan gives it") +
                            slip_hint(number_slip(id, milestones.open_ids), id));
            continue;
        }
        const std::string here = sheet.path + ":" + std::to_string(e.milestone.line);
        if (auto [first, fresh] = given.emplace(id, here); !fresh) {
            diags.error(pos(e.milestone),
                        "milestone " + id + " has a row already, at " + first->second +
                            ": a milestone has one row in one return; keep one of them" +
                            slip_hint(number_slip(id, milestones.open_ids), id));
            continue;
        }
        if (scale.words_only()) {  // progress is all a words report gives
            if (status.empty() && !progress.empty())
                updates.push_back({found->second, "", progress});
            continue;
        }
        if (status.empty()) {
            if (!progress.empty())
                diags.warning(pos(e.progress),
                              "this row gives progress but no status, so milestone " + id +
                                  " is left as it is: give its status too");
            continue;
        }
        if (!reading.word.empty()) updates.push_back({found->second, reading.word, progress});
    }
}

}  // namespace

ReturnsFilled fill_report_from_returns(const std::string& site_dir, const std::string& quarter_text,
                                       Diagnostics& diags) {
    ReturnsFilled r;
    const auto quarter = read_quarter(quarter_text);
    if (!quarter) {
        diags.error(SourcePos{"portal returns"}, not_a_quarter(quarter_text));
        return r;
    }
    const fs::path site(site_dir);
    const std::string name = quarter->name();
    const fs::path report_file = site / "data" / "reports" / (name + ".json");
    auto report = read_json(report_file,
                            "there is no report for " + name + "; `portal new report PLAN " + name +
                                " --returns` writes it, and the returns to send",
                            diags);
    if (!report) return r;
    r.report = report->path;

    // The plan says what is withheld as much as the report does.
    const Json plan_id = report->value.value("plan", Json());
    if (!plan_id.is_string() || plan_id.get<std::string>().empty() ||
        plan_id.get<std::string>().find('/') != std::string::npos) {
        diags.error(report->pos("/plan"),
                    "the report names no plan (\"plan\": its id), and portal needs the plan to "
                    "know which milestones are withheld");
        return r;
    }
    const fs::path plan_file = site / "data" / "plans" / (plan_id.get<std::string>() + ".json");
    const auto plan = read_json(plan_file,
                                "the report's plan '" + plan_id.get<std::string>() +
                                    "' cannot be read, and portal needs it to know which "
                                    "milestones are withheld",
                                diags);
    if (!plan) return r;

    const fs::path folder = returns_folder(site, name);
    const auto files = return_files(folder, diags);
    if (files.empty()) {
        diags.error(SourcePos{display_path(folder)},
                    "there are no returns for " + name + ": put the lead officers' CSV files in " +
                        display_path(folder) + "/ (`portal new report PLAN " + name +
                        " --returns` writes them to send)");
        return r;
    }

    // The statuses a return may give: the report's scale.
    const std::vector<StatusScale> scales = site_status_scales(site);
    const StatusScale* scale = find_scale(scales, scale_name_of(report->value, &plan->value));
    if (!scale) {
        diags.error(report->value.contains("status_scale") ? report->pos("/status_scale")
                                                           : plan->pos("/status_scale"),
                    "status_scale: \"" + scale_name_of(report->value, &plan->value) +
                        "\" is not a status scale, so portal cannot read the returns' statuses; "
                        "`portal check` says more");
        return r;
    }
    const PublishableLabels labels = PublishableLabels::of_site(site);
    const auto milestones = report_milestones(report->value, labels);
    std::map<std::string, bool> in_plan;
    for (const auto& [id, withheld] : plan_milestones(plan->value, labels))
        in_plan.emplace(id, withheld);
    const Milestones sorted = sort_milestones(milestones, in_plan);

    std::map<std::string, std::string> given;
    std::vector<Update> updates;
    for (const auto& file : files) {
        ReturnSheet sheet;
        const FileRead read = read_regular_file(file, kMaxReturnBytes);
        if (!read.bytes) {
            diags.error(SourcePos{display_path(file)},
                        read.failure == FileRead::Failure::too_large
                            ? "is far larger than a return: is it the right file?"
                            : "cannot be read");
            continue;
        }
        ++r.returns;
        if (!return_is_unmarked(file, folder, *read.bytes, labels, diags)) continue;
        if (read_return_rows(display_path(file), *read.bytes, sheet, diags))
            check_rows(sheet, *scale, report->path, sorted, in_plan, given, updates, diags);
    }
    if (diags.has_errors()) return r;

    Json filled = report->value;
    for (const auto& u : updates) {
        Json& m = filled["priorities"][u.slot.priority]["milestones"][u.slot.milestone];
        if (!u.status.empty()) put(m, "status", u.status);  // none on the words scale
        put(m, "progress", u.progress);
    }
    r.filled = static_cast<int>(updates.size());
    for (const auto& [id, slot] : milestones) {
        const auto plan_says = in_plan.find(id);
        if (slot.withheld || (plan_says != in_plan.end() && plan_says->second)) {
            ++r.withheld;
            continue;
        }
        ++r.open;
        const Json& m = filled["priorities"][slot.priority]["milestones"][slot.milestone];
        const std::string status = m.contains("status") ? text_of(m["status"]) : std::string();
        const std::string progress =
            m.contains("progress") ? text_of(m["progress"]) : std::string();
        if (scale->words_only()
                ? trim(progress).empty()
                : fold_label(status) == fold_label("not-reported") || trim(status).empty())
            r.not_reported.push_back(id);
    }
    r.ok = true;
    if (filled == report->value) return r;
    if (const std::string why = replace_file({report_file, filled.dump(2) + "\n"}); !why.empty()) {
        diags.error(SourcePos{report->path}, "could not write the report: " + why);
        r.ok = false;
        return r;
    }
    r.written = true;
    return r;
}

}  // namespace portal
