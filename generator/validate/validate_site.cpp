#include <cmark-gfm.h>
#include <kainjow/mustache.hpp>

#include <cctype>
#include <functional>
#include <map>
#include <regex>
#include <set>

#include "core/heading_ids.hpp"
#include "core/links.hpp"
#include "core/markdown.hpp"
#include "core/marking_census.hpp"
#include "core/marking_ledger.hpp"
#include "core/parallel.hpp"
#include "core/site_addresses.hpp"
#include "core/text.hpp"
#include "load/site_sources.hpp"
#include "load/text_limits.hpp"
#include "validate/data_checks.hpp"
#include "validate/funding_checks.hpp"
#include "validate/page_links.hpp"
#include "validate/schema_check.hpp"
#include "validate/status_checks.hpp"
#include "validate/suggestions.hpp"
#include "validate/validated_site.hpp"

namespace portal {

std::string page_url_for(const std::string& rel) {
    std::string stem = rel.substr(0, rel.size() - 3);  // drop ".md"
    if (stem == "index") return "";
    if (stem.size() > 6 && stem.compare(stem.size() - 6, 6, "/index") == 0)
        return stem.substr(0, stem.size() - 5);
    return stem + "/";
}

namespace {

// A key's letters in lower case ("Published_At" is "publishedat").
std::string key_letters(const std::string& key) {
    std::string k;
    for (const char c : key)
        if (std::isalpha(static_cast<unsigned char>(c)))
            k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return k;
}

// A front-matter key that, in another site generator or a CMS's export,
// keeps a page off the site or out of sight ("published", "draft",
// "private", "visibility", "hidden", "unlisted", "access").
bool keeps_a_page_unpublished(const std::string& key) {
    const std::string k = key_letters(key);
    for (const char* word :
         {"published", "publish", "draft", "private", "visibility", "hidden", "unlisted", "access",
          "status", "noindex", "unpublished", "embargo", "confidential", "restricted", "internal"})
        if (k == word) return true;
    return false;
}

// An unknown key's value that switches something on or off, or sets when:
// "public: false", "members_only: true", "clearance: pending", "go_live:
// 2012-01-01". Portal cannot tell which way such a switch holds the page
// back, so it refuses it (fail closed) rather than publish the page with a
// warning; an unknown key holding words ("author: J Smith") only warns.
bool a_switch_or_a_date(const YAML::Node& value) {
    if (!value.IsScalar()) return false;
    std::string v;
    for (const char c : value.Scalar())
        if (!std::isspace(static_cast<unsigned char>(c)))
            v += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // (A label as the value is the census's to read: "note: RESTRICTED".)
    for (const char* word :
         {"true", "false", "yes", "no", "y", "n", "on", "off", "0", "1", "pending", "awaiting",
          "hold", "tbc", "tba", "none", "unapproved", "unpublished"})
        if (v == word) return true;
    // A date ("2012-01-01", "2012-01-01t09:00:00z", "01/02/2012").
    const bool digits_first = v.size() >= 8 && std::isdigit(static_cast<unsigned char>(v[0]));
    return digits_first && (v.find('-') != std::string::npos || v.find('/') != std::string::npos);
}

// A key that other generators and CMS exports use to describe a page, never
// to say who may see it ("author", "tags", "weight"): unknown to portal, it
// is ignored with a warning. Any other unknown key is refused, as the words
// that say who a page is for are many ("audience: board", "password: ...",
// "circulation: partners", "roles: [board]", "acl": red team 25, A03 and
// C03) and portal cannot tell which of them holds the page back: fail closed
// on the key, not on a list of the ways to name an audience.
bool only_describes_a_page(const std::string& key) {
    const std::string k = key_letters(key);
    for (const char* word :
         {"author",      "authors", "tags",    "tag",      "categories", "category", "keywords",
          "description", "weight",  "slug",    "aliases",  "image",      "images",   "lang",
          "language",    "toc",     "series",  "subtitle", "source",     "colour",   "color",
          "icon",        "lastmod", "updated", "note",     "notes",      "comment",  "comments"})
        if (k == word) return true;
    return false;
}

std::vector<std::string> string_list(const Json& v, const char* key) {
    std::vector<std::string> out;
    if (v.contains(key))
        for (const auto& item : v[key]) out.push_back(item.get<std::string>());
    return out;
}

// The publisher, the place, the accessibility statement and hosting (after the
// schema check). A statement missing what the regulations ask for is a warning
// naming the keys, not an error: the site can still go up while they are found.
void read_publishing_facts(const JsonDocument& doc, SiteConfig& c, Diagnostics& diags) {
    const Json& v = doc.value;
    c.publisher_name = c.title;
    if (v.contains("publisher")) {
        c.publisher_name = v["publisher"]["name"].get<std::string>();
        c.publisher_url = v["publisher"].value("url", "");
    }
    c.spatial_coverage = v.value("spatial_coverage", "");
    if (v.contains("hosting")) c.iis_web_config = v["hosting"].value("iis_web_config", false);
    if (v.contains("360giving")) {
        c.giving_prefix = v["360giving"]["prefix"].get<std::string>();
        c.funder_id = v["360giving"]["funder"]["id"].get<std::string>();
        c.funder_name = v["360giving"]["funder"]["name"].get<std::string>();
    }
    const Json a = v.value("accessibility", Json::object());
    AccessibilityFacts& f = c.accessibility;
    f.compliance = a.value("compliance", "");
    f.non_accessible = string_list(a, "non_accessible");
    f.disproportionate_burden = string_list(a, "disproportionate_burden");
    f.out_of_scope = string_list(a, "out_of_scope");
    const Json contact = a.value("contact", Json::object());
    f.email = contact.value("email", "");
    f.phone = contact.value("phone", "");
    f.address = contact.value("address", "");
    f.response_days = a.value("response_days", 0);
    f.improvements = a.value("improvements", "");
    f.prepared = a.value("prepared", "");
    f.reviewed = a.value("reviewed", "");
    f.tested = a.value("tested", "");
    f.tested_by = a.value("tested_by", "");

    std::vector<std::string> missing;
    if (f.compliance.empty()) missing.push_back("accessibility.compliance");
    if (f.email.empty() && f.phone.empty()) missing.push_back("accessibility.contact");
    if (f.prepared.empty()) missing.push_back("accessibility.prepared");
    if (f.tested.empty()) missing.push_back("accessibility.tested");
    std::string names;
    for (const auto& m : missing) names += (names.empty() ? "" : ", ") + m;
    if (!missing.empty())
        diags.warning(
            v.contains("accessibility") ? doc.pos("/accessibility") : SourcePos{doc.path, 1, 1},
            "the accessibility statement (accessibility/) lacks " + names +
                ": a public body's site must say how accessible it is, how to "
                "ask for another format, and when it was tested (see the README)");
    if (f.compliance == "partial" && f.non_accessible.empty())
        diags.warning(doc.pos("/accessibility/compliance"),
                      "accessibility.compliance is \"partial\": list what is not accessible, "
                      "and why, in accessibility.non_accessible");
}

// Each text of `v`, at any depth, with its place (SiteConfig::texts).
void collect_texts(const JsonDocument& doc, const Json& v, const std::string& pointer,
                   std::vector<PlacedText>& out) {
    if (v.is_string()) {
        out.push_back({doc.pos(pointer), v.get<std::string>()});
    } else if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it)
            collect_texts(doc, it.value(), pointer + "/" + pointer_token(it.key()), out);
    } else if (v.is_array()) {
        for (std::size_t i = 0; i < v.size(); ++i)
            collect_texts(doc, v[i], pointer + "/" + std::to_string(i), out);
    }
}

// The policy alone, from a site.json that failed its schema: its two lists
// where they are lists of strings, or else the well-known markings as
// withheld (read_site_config says why).
void read_policy_alone(const JsonDocument& doc, SiteConfig& c) {
    c.policy_read_alone = true;
    const Json& v = doc.value;
    if (v.is_object() && v.contains("marking") && v["marking"].is_object()) {
        const Json& m = v["marking"];
        for (const char* key : {"publishable", "withheld"}) {
            if (!m.contains(key) || !m[key].is_array()) continue;
            auto& list = std::string_view(key) == "withheld" ? c.withheld : c.publishable;
            for (std::size_t i = 0; i < m[key].size(); ++i)
                if (m[key][i].is_string())
                    list.push_back(
                        {m[key][i].get<std::string>(),
                         doc.pos("/marking/" + std::string(key) + "/" + std::to_string(i))});
        }
    }
    if (c.withheld.empty()) {
        c.publishable.clear();
        for (const std::string_view known : well_known_markings())
            c.withheld.push_back({std::string(known), SourcePos{doc.path, 1, 1}});
    }
}

SiteConfig read_site_config(const JsonDocument& doc, Diagnostics& diags) {
    SiteConfig c;
    if (!check_against_schema(doc, doc.value, builtin_schema("site"), diags)) {
        read_policy_alone(doc, c);
        return c;
    }
    const Json& v = doc.value;
    c.title = v["title"].get<std::string>();
    c.base_url = v["base_url"].get<std::string>();
    if (c.base_url.back() != '/') c.base_url += '/';
    // "https://user:password@host/": every page's canonical link, the feed
    // and the sitemap would publish the password (or whatever stands there).
    if (const std::size_t scheme = c.base_url.find("://"); scheme != std::string::npos) {
        const std::size_t host_end = c.base_url.find_first_of("/?#", scheme + 3);
        if (c.base_url.substr(scheme + 3, host_end - scheme - 3).find('@') != std::string::npos)
            diags.error(doc.pos("/base_url"),
                        "base_url holds a user name or a password before '@': every page, the "
                        "feed and the sitemap would publish it; give the site's public address "
                        "alone");
        // Its path is a name every page publishes, read as a folder's name is
        // (".../Restricted-zebra-quokka/").
        if (host_end != std::string::npos &&
            !name_census(c.base_url.substr(host_end + 1), policy_labels(doc)).empty())
            diags.error(doc.pos("/base_url"),
                        "base_url's path reads as marked, as a file's or a folder's name would: "
                        "every page, the feed and the sitemap would publish it; give the site's "
                        "public address");
    }
    if (v.contains("language")) c.language = v["language"].get<std::string>();
    if (v.contains("licence")) {
        c.licence_name = v["licence"]["name"].get<std::string>();
        c.licence_url = v["licence"]["url"].get<std::string>();
        // The footer's link on every page: it must not run anything when clicked.
        if (!safe_link_address(c.licence_url))
            diags.error(doc.pos("/licence/url"),
                        "licence.url: \"" + url_scheme(c.licence_url) +
                            ":\" addresses are not allowed; give an https: (or http:, "
                            "mailto:) address, such as "
                            "\"https://www.nationalarchives.gov.uk/doc/open-government-licence/"
                            "version/3/\"");
    }
    const Json& m = v["marking"];
    for (std::size_t i = 0; i < m["publishable"].size(); ++i)
        c.publishable.push_back({m["publishable"][i].get<std::string>(),
                                 doc.pos("/marking/publishable/" + std::to_string(i))});
    for (std::size_t i = 0; i < m["withheld"].size(); ++i)
        c.withheld.push_back({m["withheld"][i].get<std::string>(),
                              doc.pos("/marking/withheld/" + std::to_string(i))});
    if (m.contains("notice")) c.notice = m["notice"].get<std::string>();
    if (v.contains("nav")) {
        for (std::size_t i = 0; i < v["nav"].size(); ++i) {
            const Json& n = v["nav"][i];
            std::string url = n["url"].get<std::string>();
            if (url.find("://") != std::string::npos || starts_with(url, "/") ||
                starts_with(url, "..") || !url_scheme(url).empty()) {
                diags.error(doc.pos("/nav/" + std::to_string(i) + "/url"),
                            "nav[" + std::to_string(i) +
                                "].url: give a path inside the site relative to its root, "
                                "like \"plans/\"");
            }
            c.nav.push_back({n["title"].get<std::string>(), url});
        }
    }
    read_publishing_facts(doc, c, diags);
    read_status_scales(doc, c.status_scales, diags);
    collect_texts(doc, v, "", c.texts);
    return c;
}

std::string scalar_or_report(const MarkdownDocument& doc, const YAML::Node& node,
                             const std::string& key, Diagnostics& diags) {
    if (!node.IsScalar()) {
        diags.error(doc.pos_of(node), "'" + key + "' must be a single value, not a list or map");
        return {};
    }
    return node.Scalar();
}

// "Marking", "MARKING", "markings", "protective_marking", "marked": a key that
// means to mark the page, spelled other than 'marking'.
bool looks_like_marking_key(const std::string& key) {
    std::string letters;
    for (unsigned char c : key)
        if (std::isalpha(c)) letters += static_cast<char>(std::tolower(c));
    return letters.find("mark") != std::string::npos ||
           letters.find("classif") != std::string::npos ||
           letters.find("sensitiv") != std::string::npos ||
           letters.find("withh") != std::string::npos;
}

FrontMatter read_front_matter(const MarkdownDocument& doc, Diagnostics& diags) {
    FrontMatter fm;
    fm.title_pos = SourcePos{doc.path, doc.front_line > 0 ? 1 : 1, 1};
    bool has_title = false;
    if (doc.front.IsMap()) {
        std::map<std::string, int> seen;  // key -> line
        for (const auto& kv : doc.front) {
            const std::string key = kv.first.as<std::string>("");
            const YAML::Node& val = kv.second;
            const SourcePos key_pos = doc.pos_of(kv.first);
            if (auto [first, fresh] = seen.emplace(key, key_pos.line); !fresh) {
                // YAML keeps one of them silently; a second 'marking' could undo the first.
                diags.error(key_pos, "'" + key +
                                         "' is written twice in the front matter (first "
                                         "on line " +
                                         std::to_string(first->second) + "); keep one");
                continue;
            }
            if (key == "<<") {
                diags.error(key_pos,
                            "'<<' (a YAML merge key) is not supported in front matter; write each "
                            "key on its own line");
                continue;
            }
            if (key != "marking" && looks_like_marking_key(key)) {
                // Fail closed: a page meant to be withheld must not be published
                // because its key was spelled differently.
                diags.error(key_pos, "'" + key +
                                         "' is not a front matter key; to mark this page write "
                                         "'marking: LABEL' (lower case, singular)");
                continue;
            }
            if (key == "title") {
                fm.title = trim(scalar_or_report(doc, val, key, diags));
                fm.title_pos = doc.pos_of(val);
                has_title = true;
                if (fm.title.empty() && val.IsScalar())
                    diags.error(doc.pos_of(val), "'title' is empty; give the page a title");
            } else if (key == "layout") {
                fm.layout = trim(scalar_or_report(doc, val, key, diags));
                fm.layout_pos = doc.pos_of(val);
            } else if (key == "date") {
                fm.date = trim(scalar_or_report(doc, val, key, diags));
                if (val.IsScalar() && !is_iso_date(fm.date))
                    diags.error(doc.pos_of(val),
                                "'date' must be a date written YYYY-MM-DD "
                                "(year, month, day), like 2011-07-25; found '" +
                                    fm.date + "'" + did_you_mean_date(fm.date));
            } else if (key == "summary") {
                fm.summary = trim(scalar_or_report(doc, val, key, diags));
            } else if (key == "plan") {
                fm.plan = trim(scalar_or_report(doc, val, key, diags));
            } else if (key == "marking") {
                MarkingField m;
                m.pos = val.IsNull() ? doc.pos_of(kv.first) : doc.pos_of(val);
                m.is_string = val.IsScalar();
                if (m.is_string) m.text = val.Scalar();
                fm.marking = m;
            } else if (key == "papers") {
                if (!val.IsSequence()) {
                    diags.error(doc.pos_of(val),
                                "'papers' must be a list of items like '- report: 2010-11-q3'");
                    continue;
                }
                for (const auto& item : val) {
                    if (!item.IsMap() || item.size() != 1 || !item.begin()->second.IsScalar()) {
                        diags.error(doc.pos_of(item),
                                    "each paper is one 'kind: id' pair, like 'report: 2010-11-q3'");
                        continue;
                    }
                    std::string kind = item.begin()->first.as<std::string>("");
                    if (kind != "report" && kind != "funding" && kind != "plan" && kind != "page") {
                        diags.error(doc.pos_of(item.begin()->first),
                                    "unknown kind of paper '" + kind +
                                        "'; use report, funding, plan or page");
                        continue;
                    }
                    fm.papers.push_back(
                        {kind, item.begin()->second.Scalar(), doc.pos_of(item.begin()->second)});
                }
            } else if (keeps_a_page_unpublished(key)) {
                // Other generators and CMS exports keep a page off the site
                // with such a key ("published: false", "draft: true"); portal
                // publishes every page it reads, so a warning would let the
                // page out that its writer meant to hold back.
                diags.error(doc.pos_of(kv.first),
                            "front matter key '" + key +
                                "' would keep a page unpublished in other tools, but portal "
                                "publishes every page under content/: to withhold this page, "
                                "give it a marking key with a withheld label; to publish it, "
                                "remove the key");
            } else if (a_switch_or_a_date(kv.second)) {
                diags.error(doc.pos_of(kv.first),
                            "front matter key '" + key +
                                "' is not portal's, and its value switches something or sets "
                                "a date, as keys that keep a page unpublished in other tools "
                                "do; portal publishes every page under content/: to withhold "
                                "this page, give it a marking key with a withheld label; to "
                                "publish it, remove the key");
            } else if (!only_describes_a_page(key)) {
                std::string known;
                for (const auto& k : front_matter_keys())
                    known += std::string(known.empty() ? "" : ", ") + k.key;
                diags.error(doc.pos_of(kv.first),
                            "front matter key '" + key +
                                "' is not portal's, and portal cannot tell whether it says who "
                                "may see the page (as 'audience', 'password' or 'roles' do in "
                                "other tools); portal publishes every page under content/ to "
                                "everyone: to withhold this page, give it a marking key with a "
                                "withheld label; otherwise remove the key (portal's keys: " +
                                known + ")");
            } else {
                std::string known;
                for (const auto& k : front_matter_keys())
                    known += std::string(known.empty() ? "" : ", ") + k.key;
                diags.warning(doc.pos_of(kv.first), "unknown front matter key '" + key +
                                                        "' is ignored (known: " + known + ")");
            }
        }
    }
    if (!has_title)
        diags.error(SourcePos{doc.path, 1, 1},
                    "page has no title; add 'title: ...' to its front matter (between '---' "
                    "lines at the top)");
    return fm;
}

// Mustache syntax errors come back as "... at <offset>"; turn the offset into a position.
void check_template(const TextFile& f, Diagnostics& diags) {
    // Sections nested past the limit load refused (load/text_limits): the
    // parser's memory grows with the square of their depth.
    if (check_section_nesting(f.text)) return;
    kainjow::mustache::mustache tmpl(f.text);
    if (tmpl.is_valid()) return;
    const std::string& msg = tmpl.error_message();
    std::size_t offset = 0;
    auto at = msg.rfind(" at ");
    if (at != std::string::npos) {
        try {
            offset = std::stoul(msg.substr(at + 4));
        } catch (...) {
        }
    }
    std::string what = at == std::string::npos ? msg : msg.substr(0, at);
    diags.error(pos_at_offset(f.path, f.text, offset), "template syntax: " + what);
}

void check_partial_references(const TextFile& f, const std::map<std::string, TextFile>& partials,
                              Diagnostics& diags) {
    static const std::regex partial_tag(R"(\{\{>\s*([^}\s]+)\s*\}\})");
    for (auto it = std::sregex_iterator(f.text.begin(), f.text.end(), partial_tag);
         it != std::sregex_iterator(); ++it) {
        std::string name = (*it)[1];
        if (!partials.count(name))
            diags.error(pos_at_offset(f.path, f.text, static_cast<std::size_t>(it->position())),
                        "partial '" + name + "' does not exist (looked for layouts/partials/" +
                            name + ".mustache)");
    }
}

std::set<std::string> layout_ids(const std::map<std::string, TextFile>& layouts,
                                 const std::map<std::string, TextFile>& partials) {
    std::vector<const std::string*> texts;
    for (const auto* files : {&layouts, &partials})
        for (const auto& [name, f] : *files) texts.push_back(&f.text);
    return literal_ids_in(texts);
}

// The index pages portal makes from data, and what makes each: they exist once
// there is data for them.
const std::map<std::string, const char*>& index_pages_made_from() {
    static const std::map<std::string, const char*> made_from = {
        {"plans/", "data/plans/ holds a plan"},
        {"reports/", "data/reports/ holds a report"},
        {"funding/", "data/funding/ holds a year's funding"},
        {"meetings/", "content/meetings/ holds a meeting's page"},
        {"statistics/", "data/statistics/ holds a table"},
    };
    return made_from;
}

// A nav entry must name a page of the site (in the board's full site: an entry for
// a page that is then withheld is left out of the published nav, not an error).
// An entry for an index page portal makes from data there is none of yet is left
// out with a warning: a new site's menu, copied from the example, names plans/
// before there is a plan, and the menu fills in as the data comes.
void check_nav(const JsonDocument& doc, SiteConfig& config, const std::vector<PageSource>& pages,
               const std::set<std::string>& generated, Diagnostics& diags) {
    std::set<std::string> urls = generated;
    for (const auto& p : pages) urls.insert(p.url);
    std::vector<NavItem> kept;
    for (std::size_t i = 0; i < config.nav.size(); ++i) {
        NavItem item = config.nav[i];
        auto norm = normalise_site_path(item.url);
        if (!norm) continue;  // reported when site.json was read
        std::string t = *norm;
        if (t == "index.html") t.clear();
        if (t.size() > 11 && t.compare(t.size() - 11, 11, "/index.html") == 0)
            t.erase(t.size() - 10);
        if (!urls.count(t) && urls.count(t + "/")) t += "/";
        const std::string where = "nav[" + std::to_string(i) + "].url: \"" + item.url + "\" ";
        if (auto made = index_pages_made_from().find(t);
            !urls.count(t) && made != index_pages_made_from().end()) {
            diags.warning(doc.pos("/nav/" + std::to_string(i) + "/url"),
                          where + "is left out of the menu: portal makes that page when " +
                              made->second + ", and this site has none yet");
            continue;
        }
        if (!urls.count(t)) {
            // Pages to choose from: only those with no marking and nothing in
            // them that reads as one (their name among it: a page's address is
            // its name, and a message may not repeat a name that reads as marked).
            std::vector<std::string> some;
            for (const auto& p : pages)
                if (some.size() < 4 && !p.url.empty() && !p.front.marking && p.doc.census.empty())
                    some.push_back("\"" + p.url + "\"");
            diags.error(doc.pos("/nav/" + std::to_string(i) + "/url"),
                        where +
                            "is not a page of the site; give the address of a page, relative "
                            "to the site's root" +
                            (some.empty() ? std::string() : ", such as " + short_list(some)));
            continue;
        }
        item.url = t;
        kept.push_back(std::move(item));
    }
    config.nav = std::move(kept);
}

// Links inside Markdown kept in data files (a report's narrative), reported at
// the string's position, or at the file a text stands in. Markings are looked through: the board's
// full text is checked, withheld parts too.
std::vector<LinkChecker::TextLinks> data_text_links(const JsonDocument& doc) {
    std::vector<LinkChecker::TextLinks> found;
    const std::string kind = data_kind(doc.rel);
    const std::string schema_name = kind == "plans"        ? "plan"
                                    : kind == "reports"    ? "report"
                                    : kind == "statistics" ? "statistics"
                                    : kind == "funding"    ? "funding"
                                                           : "";
    if (schema_name.empty()) return found;
    const std::string_view schema = builtin_schema(schema_name);
    const std::string page_url = kind + "/" + data_stem(doc.rel) + "/";
    // pointer: where the value stands in the file; schema_ptr: the same place with
    // value wrappers ({"value": ..., "marking": ...}) looked through.
    std::function<void(const Json&, const std::string&, const std::string&)> walk =
        [&](const Json& v, const std::string& pointer, const std::string& schema_ptr) {
            if (v.is_string()) {
                if (schema_is_markdown(schema, schema_ptr))
                    if (auto links = LinkChecker::links_in_text(
                            v.get<std::string>(), page_url,
                            // A text in a file of its own is reported at that file.
                            doc.text_at(schema_ptr)
                                ? SourcePos{doc.text_at(schema_ptr)->doc.path,
                                            doc.text_at(schema_ptr)->doc.body_line, 1}
                                : doc.pos(pointer)))
                        found.push_back(std::move(*links));
            } else if (v.is_object()) {
                const bool wrapper = v.size() == 2 && v.contains("value") && v.contains("marking");
                for (auto it = v.begin(); it != v.end(); ++it) {
                    if (it.key() == "marking") continue;
                    walk(it.value(), pointer + "/" + pointer_token(it.key()),
                         wrapper ? schema_ptr : schema_ptr + "/" + pointer_token(it.key()));
                }
            } else if (v.is_array()) {
                for (std::size_t i = 0; i < v.size(); ++i)
                    walk(v[i], pointer + "/" + std::to_string(i),
                         schema_ptr + "/" + std::to_string(i));
            }
        };
    walk(doc.value, "", "");
    return found;
}

}  // namespace

void check_file_name(const std::string& rel, const std::string& path, Diagnostics& diags) {
    for (std::size_t i = 0; i < rel.size(); ++i)
        if (const auto c = static_cast<unsigned char>(rel[i]);
            !(std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '/')) {
            // Named only up to a character beyond ASCII or a control: what
            // such a character does to the rest ("\u202E" shows it backwards)
            // is not shown in a build's log.
            const bool ends_so = path.size() >= rel.size() &&
                                 path.compare(path.size() - rel.size(), rel.size(), rel) == 0;
            const bool unprintable = c >= 0x80 || c < 0x20;
            const std::string shown = ends_so && unprintable
                                          ? path.substr(0, path.size() - rel.size() + i) + "\u2026"
                                          : path;
            diags.error(SourcePos{shown},
                        "this file's name becomes a web address, so it may hold only letters, "
                        "digits, '-', '_' and '.': rename it (for example my-page.md for "
                        "\"My Page.md\")");
            return;
        }
}

PageSource validate_page(MarkdownDocument&& doc, const PageRules& rules, Diagnostics& diags) {
    PageSource p;
    p.front = read_front_matter(doc, diags);
    if (!rules.layouts.count(p.front.layout))
        diags.error(
            p.front.layout_pos.file.empty() ? SourcePos{doc.path, 1, 1} : p.front.layout_pos,
            "layout '" + p.front.layout + "' does not exist (looked for layouts/" + p.front.layout +
                ".mustache)");
    p.url = page_url_for(doc.rel);
    p.output = p.url + "index.html";
    p.at_data_address = rules.generated.count(p.url) > 0;
    p.doc = std::move(doc);
    return p;
}

ValidatedSite validate_site(SiteSources&& s, Diagnostics& diags,
                            std::optional<LinkChecker>* links_to_finish) {
    ValidatedSite v;
    if (s.site_json_ok) {
        v.config = read_site_config(s.site_json, diags);
        // In site.json a marking may stand only in the policy itself: its key and
        // its lists of labels (the census reads the rest of the file too).
        MarkingLedger ledger;
        if (s.site_json.value.contains("marking"))
            ledger.recognise(s.site_json.pos("/marking").line, false);
        for (const auto* list : {&v.config.publishable, &v.config.withheld})
            for (const Label& l : *list) ledger.recognise(l.pos.line, true);
        // Without its policy (site.json failed its schema, and said so) there is
        // nothing to hold the census against.
        if (!v.config.policy_read_alone)
            ledger.reconcile(s.site_json.census, s.site_json.path, LedgerFile::site_json, diags);
    }

    for (const auto& [name, f] : s.layouts) {
        check_template(f, diags);
        check_partial_references(f, s.partials, diags);
    }
    for (const auto& [name, f] : s.partials) {
        check_template(f, diags);
        check_partial_references(f, s.partials, diags);
    }
    if (!s.layouts.count("base"))
        diags.error(SourcePos{s.site_dir + "/layouts"},
                    "layouts/base.mustache is missing: it is the frame of every page");

    std::map<std::string, std::string> by_output;  // output file -> source path
    // Reserved: a PageSource is copied, not moved, when the vector grows (its
    // move may throw), and each holds its page's text.
    v.pages.reserve(s.pages.size());
    PageRules rules;  // the addresses made from data are not known yet: see below
    for (const auto& [name, f] : s.layouts) rules.layouts.insert(name);
    for (auto& doc : s.pages) {
        PageSource p = validate_page(std::move(doc), rules, diags);
        auto [it, fresh] = by_output.emplace(p.output, p.doc.path);
        if (!fresh)
            diags.error(SourcePos{p.doc.path, 1, 1}, "this page and " + it->second +
                                                         " would both be published at " + p.output +
                                                         "; rename one of them");
        v.pages.push_back(std::move(p));
    }
    settle_status_words(s.data, v.config.status_scales);
    std::set<std::string> generated = check_data(s.data, v.config.status_scales, diags);
    check_funding(s.data, s.csv, diags);
    for (const auto& p : v.pages)
        if (p.doc.rel.rfind("meetings/", 0) == 0) generated.insert("meetings/");
    for (const auto& a : s.assets) generated.insert("assets/" + a.rel);
    for (const char* file : {"", "feed.xml", "sitemap.xml", "robots.txt", "404.html", "search/",
                             "data/", "data/catalogue.json", "search/index.js"})
        generated.insert(file);
    for (const auto& p : v.pages) check_file_name(p.doc.rel, p.doc.path, diags);
    for (const auto& d : s.data) check_file_name(d.rel, d.path, diags);
    for (const auto& c : s.csv) check_file_name(c.rel, c.path, diags);
    for (const auto& a : s.assets) check_file_name(a.rel, a.path, diags);
    // A page whose address is a file portal writes (content/feed.xml.md would be
    // published as the folder feed.xml/).
    for (const auto& p : v.pages) {
        const std::string as_file = p.url.empty() ? "" : p.url.substr(0, p.url.size() - 1);
        if (!as_file.empty() && generated.count(as_file))
            diags.error(SourcePos{p.doc.path, 1, 1}, "this page would be published at " + p.url +
                                                         ", but portal writes the file " + as_file +
                                                         " there; rename the page");
    }
    for (auto& p : v.pages) p.at_data_address = generated.count(p.url) > 0;
    if (s.site_json_ok) check_nav(s.site_json, v.config, v.pages, generated, diags);
    LinkChecker links(v.pages, generated, layout_ids(s.layouts, s.partials), v.config.base_url);
    // Data files' texts are read on every core, and kept in file order.
    std::vector<std::vector<LinkChecker::TextLinks>> text_links(s.data.size());
    parallel_for(s.data.size(), [&](std::size_t i) { text_links[i] = data_text_links(s.data[i]); });
    for (auto& texts : text_links)
        for (auto& t : texts) links.add_text(std::move(t));
    // A report's board meeting should have its page (a warning: the report is
    // whole without it, but a date with no meeting is most often a slip).
    std::set<std::string> meeting_dates, listable_dates;
    // A meeting page whose date is not a date has its own error: the reports
    // that name its meeting are not told the page is missing as well.
    bool meeting_dates_ok = true;
    for (const auto& p : v.pages)
        if (p.doc.rel.rfind("meetings/", 0) == 0 && !p.front.date.empty() &&
            !is_iso_date(p.front.date))
            meeting_dates_ok = false;
    for (const auto& p : v.pages)
        if (p.doc.rel.rfind("meetings/", 0) == 0 && is_iso_date(p.front.date)) {
            meeting_dates.insert(p.front.date);
            // A message lists only meetings with no marking (a withheld one's
            // date may be what is withheld).
            if (!p.front.marking && p.doc.census.empty()) listable_dates.insert(p.front.date);
        }
    for (const auto& d : s.data) {
        if (!meeting_dates_ok || data_kind(d.rel) != "reports" || !d.value.is_object()) continue;
        const auto meeting = d.value.find("board_meeting");
        if (meeting == d.value.end() || !meeting->is_string()) continue;
        const std::string date = meeting->get<std::string>();
        if (!is_iso_date(date) || meeting_dates.count(date)) continue;
        diags.warning(
            d.pos("/board_meeting"),
            "board_meeting: there is no meeting page for " + date +
                (listable_dates.empty()
                     ? std::string()
                     : " (content/meetings/ has pages for " +
                           short_list({listable_dates.begin(), listable_dates.end()}) + ")") +
                "; check the date, or add content/meetings/" + date + ".md with 'date: " + date +
                "'");
    }
    // A meeting's papers must exist (in the board's full documents).
    for (const auto& p : v.pages)
        for (const auto& paper : p.front.papers) {
            std::string target =
                paper.kind == "report"    ? report_url(paper.id)
                : paper.kind == "funding" ? funding_url(paper.id)
                : paper.kind == "plan"
                    ? plan_url(paper.id)
                    : page_url_for(paper.id.size() > 3 &&
                                           paper.id.compare(paper.id.size() - 3, 3, ".md") == 0
                                       ? paper.id
                                       : paper.id + ".md");
            bool found = generated.count(target) > 0;
            for (const auto& q : v.pages) found = found || q.url == target;
            if (!found)
                diags.error(paper.pos,
                            "paper '" + paper.kind + ": " + paper.id +
                                "' does not exist (looked for " +
                                (paper.kind == "page"
                                     ? "content/" + paper.id
                                     : "data/" +
                                           std::string(paper.kind == "report" ? "reports"
                                                       : paper.kind == "plan" ? "plans"
                                                                              : "funding") +
                                           "/" + paper.id + ".json") +
                                ")");
        }

    // Last, so that a build knows whether it has other errors to report now.
    if (links_to_finish && !diags.has_errors()) {
        links.outline_pages(v.pages, LinkChecker::Pages::not_left_to_render);
        links_to_finish->emplace(std::move(links));
    } else {
        links.outline_pages(v.pages, LinkChecker::Pages::all);
        links.judge(diags);
    }

    v.data = std::move(s.data);
    v.csv = std::move(s.csv);
    v.layouts = std::move(s.layouts);
    v.partials = std::move(s.partials);
    v.assets = std::move(s.assets);
    return v;
}

}  // namespace portal
