// synthetic.hpp — the synthetic pages of the benchmark corpus: deterministic
// pseudo-random Markdown with front matter, headings, paragraphs, lists, GFM
// tables, links to other pages of the corpus and, on every eighth page, a
// `::: PROTECT` region. Shared by portal_corpus and the micro-benchmarks, so
// both measure the same kind of page. Standard library only.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace portal_corpus {

// ---------------------------------------------------------------- randomness

class Rng {
  public:
    explicit Rng(std::uint64_t seed) : s_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform enough in [0, n) for n far below 2^64.
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
    std::size_t between(std::size_t lo, std::size_t hi) { return lo + below(hi - lo + 1); }
    bool chance(unsigned percent) { return below(100) < percent; }
    template <typename T, std::size_t K>
    const T& pick(const T (&a)[K]) {
        return a[below(K)];
    }

  private:
    std::uint64_t s_;
};

// ---------------------------------------------------------------- vocabulary

const char* const kWords[] = {
    "partnership",
    "board",
    "community",
    "safety",
    "residents",
    "district",
    "council",
    "police",
    "officer",
    "quarter",
    "report",
    "plan",
    "priority",
    "action",
    "milestone",
    "progress",
    "funding",
    "grant",
    "project",
    "scheme",
    "village",
    "parish",
    "panel",
    "meeting",
    "burglary",
    "vehicle",
    "crime",
    "damage",
    "behaviour",
    "antisocial",
    "victims",
    "offenders",
    "domestic",
    "abuse",
    "support",
    "referrals",
    "cases",
    "caseload",
    "agencies",
    "partners",
    "housing",
    "youth",
    "young",
    "people",
    "families",
    "older",
    "vulnerable",
    "street",
    "road",
    "speeding",
    "alcohol",
    "drugs",
    "treatment",
    "prevention",
    "education",
    "schools",
    "awareness",
    "campaign",
    "leaflets",
    "events",
    "survey",
    "confidence",
    "satisfaction",
    "results",
    "figures",
    "trend",
    "increase",
    "reduction",
    "decrease",
    "compared",
    "previous",
    "year",
    "month",
    "period",
    "target",
    "baseline",
    "measure",
    "outcome",
    "evidence",
    "analysis",
    "assessment",
    "strategic",
    "review",
    "annual",
    "monthly",
    "weekly",
    "local",
    "county",
    "neighbourhood",
    "watch",
    "volunteers",
    "coordinators",
    "messages",
    "registered",
    "patrols",
    "hotspots",
    "task",
    "group",
    "multiagency",
    "information",
    "sharing",
    "agreement",
    "protocol",
    "data",
    "the",
    "the",
    "the",
    "of",
    "of",
    "and",
    "and",
    "to",
    "to",
    "in",
    "in",
    "a",
    "a",
    "for",
    "with",
    "on",
    "by",
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "will",
    "be",
    "this",
    "that",
    "these",
    "from",
    "at",
    "as",
    "more",
    "less",
    "than",
    "each",
    "every",
    "new",
    "continued",
    "agreed",
    "delivered",
    "funded",
    "planned",
    "held",
    "received",
    "reported",
    "recorded",
    "monitored",
    "reviewed",
    "improved",
    "reduced",
    "increased",
    "published",
    "work",
    "service",
    "services",
    "team",
    "teams",
    "staff",
    "budget",
    "costs",
    "successful",
    "effective",
    "difficult",
    "limited",
    "significant",
    "small",
    "large",
    "further",
};

const char* const kTopics[] = {
    "Burglary of homes",
    "Vehicle crime",
    "Antisocial behaviour",
    "Domestic abuse",
    "Road safety",
    "Alcohol and drugs",
    "Young people at risk",
    "Criminal damage",
    "Rural crime",
    "Fear of crime",
    "Integrated offender management",
    "Hate crime",
    "Neighbourhood panels",
    "Community confidence",
    "Fire safety",
    "Scams and fraud",
};

const char* const kKinds[] = {
    "review",      "update",         "briefing",   "progress note", "task group summary",
    "panel notes", "funding bid",    "evaluation", "case study",    "consultation response",
    "action plan", "survey results",
};

const char* const kHeadings[] = {
    "Background",        "What we did", "What happened",
    "Results",           "Next steps",  "Funding",
    "Who was involved",  "Concerns",    "Recommendations",
    "How we measure it", "Publicity",   "Figures for the quarter",
    "Lessons learned",   "Risks",       "Timetable",
    "Contacts",
};

const char* const kAgencies[] = {"Police",
                                 "District Council",
                                 "County Council",
                                 "Fire and Rescue",
                                 "Probation",
                                 "Primary Care Trust",
                                 "Housing Association",
                                 "Youth Offending Service",
                                 "Trading Standards",
                                 "Parish Councils"};

const char* const kStatuses[] = {"green", "amber", "red", "not-reported"};
const char* const kCharts[] = {"bar", "stacked-bar", "line", "doughnut"};

// ---------------------------------------------------------------- text helpers

inline std::string pad(std::size_t n, int width) {
    std::string s = std::to_string(n);
    while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
    return s;
}

inline std::string sentence(Rng& r, std::size_t lo = 8, std::size_t hi = 18) {
    std::string s;
    std::size_t n = r.between(lo, hi);
    for (std::size_t i = 0; i < n; ++i) {
        std::string w = r.pick(kWords);
        if (i == 0) w[0] = static_cast<char>(w[0] - 'a' + 'A');
        if (i) s += ' ';
        s += w;
        if (i + 1 < n && r.chance(6)) s += ',';
    }
    s += '.';
    return s;
}

inline std::string phrase(Rng& r, std::size_t lo, std::size_t hi) {
    std::string s;
    std::size_t n = r.between(lo, hi);
    for (std::size_t i = 0; i < n; ++i) {
        if (i) s += ' ';
        s += r.pick(kWords);
    }
    return s;
}

inline std::string date(Rng& r) {
    return std::to_string(2000 + r.below(12)) + "-" + pad(1 + r.below(12), 2) + "-" +
           pad(1 + r.below(28), 2);
}

// ---------------------------------------------------------------- pages

constexpr std::size_t kPagesPerSection = 100;

// (Appending rather than `"s" + pad(...)`: GCC 12 warns falsely (-Wrestrict) on the latter.)
inline std::string section_of(std::size_t i) {
    return std::string("s").append(pad(i / kPagesPerSection, 3));
}
inline std::string page_name(std::size_t i) {
    return std::string("page-").append(pad(i, 5));
}

// A relative link from page `from` to page `to`, in the folder form both
// portal and Hugo (pretty URLs) publish: s001/page-00123.md -> s001/page-00123/.
inline std::string link(std::size_t from, std::size_t to) {
    if (from / kPagesPerSection == to / kPagesPerSection) return "../" + page_name(to) + "/";
    return "../../" + section_of(to) + "/" + page_name(to) + "/";
}

struct Page {
    std::string rel;   // under content/
    std::string text;  // the whole file
    bool protect = false;
    std::size_t body_offset = 0;  // where the Markdown after the front matter starts
};

inline std::string paragraph(Rng& r, std::size_t self, std::size_t pages, int links) {
    std::string p;
    std::size_t n = r.between(2, 5);
    for (std::size_t i = 0; i < n; ++i) {
        if (i) p += ' ';
        std::string s = sentence(r);
        // Inline markup now and then.
        if (r.chance(25)) s.insert(0, "**" + phrase(r, 1, 2) + "** ");
        if (r.chance(15)) s.insert(s.size() - 1, " *" + phrase(r, 1, 3) + "*");
        if (r.chance(8)) s.insert(s.size() - 1, " `" + phrase(r, 1, 1) + "`");
        if (r.chance(5)) s.insert(s.size() - 1, " ~~" + phrase(r, 1, 2) + "~~");
        if (r.chance(4))
            s.insert(s.size() - 1,
                     std::string(", details at https://www.example.gov.uk/") + r.pick(kWords));
        p += s;
    }
    for (int l = 0; l < links && pages > 1; ++l) {
        std::size_t to = r.below(pages);
        if (to == self) to = (to + 1) % pages;
        p += " See [" + phrase(r, 2, 4) + "](" + link(self, to) + ").";
    }
    return p + "\n\n";
}

inline std::string table(Rng& r) {
    std::string t = "| Quarter | Cases | Change | Status |\n|---|---:|---:|---|\n";
    std::size_t rows = r.between(3, 6);
    std::size_t year = 2005 + r.below(6);
    for (std::size_t i = 0; i < rows; ++i) {
        long change = static_cast<long>(r.below(21)) - 10;
        t += "| " + std::to_string(year) + "-" + pad((year + 1) % 100, 2) + " Q" +
             std::to_string(i % 4 + 1) + " | " + std::to_string(r.below(400)) + " | " +
             (change > 0 ? "+" : "") + std::to_string(change) + " | " + r.pick(kStatuses) + " |\n";
    }
    return t + "\n";
}

inline std::string list(Rng& r, std::size_t self, std::size_t pages, bool ordered) {
    std::string l;
    std::size_t n = r.between(3, 6);
    for (std::size_t i = 0; i < n; ++i) {
        l += ordered ? std::to_string(i + 1) + ". " : "- ";
        std::string s = sentence(r, 5, 12);
        if (!ordered && r.chance(20) && pages > 1) {
            std::size_t to = r.below(pages);
            if (to == self) to = (to + 1) % pages;
            s.pop_back();
            s += ", as in [" + phrase(r, 1, 3) + "](" + link(self, to) + ").";
        }
        l += s + "\n";
    }
    return l + "\n";
}

// Withheld text that occurs nowhere else (the page number and a made-up case
// reference make it unique), so the audit has canaries to look for.
inline std::string protect_region(Rng& r, std::size_t self) {
    std::string id = pad(self, 5);
    std::string ref;
    for (int i = 0; i < 6; ++i) ref += "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[r.below(32)];
    std::string s = "::: PROTECT\n";
    s += "Case reference " + ref + id + " concerns household " + id + " in " + r.pick(kTopics) +
         " work; the named individual was referred on " + date(r) + " by the " + r.pick(kAgencies) +
         ". " + sentence(r) + "\n\n";
    if (r.chance(40))
        s += "- Withheld detail " + id + "-" + ref + ": " + sentence(r, 5, 10) + "\n\n";
    s += ":::\n\n";
    return s;
}

inline Page make_page(Rng& r, std::size_t i, std::size_t pages) {
    Page pg;
    pg.rel = section_of(i) + "/" + page_name(i) + ".md";
    std::string topic = r.pick(kTopics);
    std::string title = topic + " " + r.pick(kKinds) + " " + pad(i, 5);
    std::string& t = pg.text;
    t = "---\ntitle: \"" + title + "\"\nsummary: \"" + sentence(r, 10, 20) +
        "\"\ndate: " + date(r) + "\n---\n";
    pg.body_offset = t.size();
    // Varied lengths: the whole file about 3 to 4.5 KB (3.8 KB on average).
    const std::size_t target = r.between(2600, 4000);
    pg.protect = (i % 8 == 3);
    bool protected_done = false;
    t += paragraph(r, i, pages, 1);
    int section = 0;
    while (t.size() < target) {
        t += "## " + std::string(r.pick(kHeadings)) + "\n\n";
        t += paragraph(r, i, pages, r.chance(60) ? 1 : 0);
        switch ((section + i) % 4) {
            case 0:
                t += list(r, i, pages, false);
                break;
            case 1:
                t += table(r);
                break;
            case 2:
                t += list(r, i, pages, true);
                break;
            default:
                if (r.chance(50))
                    t += "> " + sentence(r) + "\n\n";
                else
                    t += "### " + phrase(r, 2, 4) + "\n\n" + paragraph(r, i, pages, 0);
        }
        if (pg.protect && !protected_done && section == 1) {
            t += protect_region(r, i);
            protected_done = true;
        }
        // A `:::` line inside a closed fenced code block is code, not a region
        // (with a publishable label: a withheld one in code is refused).
        if (i % 97 == 5 && section == 0)
            t += "```\n::: OFFICIAL\nnot a region, just code\n:::\n```\n\n";
        t += paragraph(r, i, pages, 0);
        ++section;
    }
    if (pg.protect && !protected_done) t += protect_region(r, i);
    // One table per page at least.
    if (t.find("|---|") == std::string::npos) t += table(r);
    return pg;
}

inline std::string home_page(std::size_t pages) {
    return "---\ntitle: Synthetic Community Safety Partnership\nsummary: A generated corpus of " +
           std::to_string(pages) +
           " pages for the benchmark.\n---\nThis site was generated by "
           "bench/corpus/portal_corpus.cpp. Start with [the first page](s000/page-00000/).\n";
}

}  // namespace portal_corpus
