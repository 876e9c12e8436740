// Feed, sitemap, robots, 404, search index and open data: what a feed reader,
// a search engine and a data analyst receive, and that nothing withheld is in it.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <regex>

#include "data_site.hpp"
#include "load/csv_document.hpp"
#include "load/json_document.hpp"
#include "portal_run.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

struct Shell {
    int code;
    std::string output;
};

Shell sh(const std::string& cmd) {
    Shell r{0, {}};
    FILE* p = popen((cmd + " 2>&1").c_str(), "r");
    std::array<char, 4096> buf;
    while (fgets(buf.data(), buf.size(), p)) r.output += buf.data();
    int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

const std::string kFixtures = std::string(PORTAL_SOURCE_DIR) + "/tests/fixtures/";

Shell xmllint(const std::string& kind, const fs::path& file) {
    return sh("xmllint --noout " +
              std::string(kind == "atom" ? "--relaxng " + kFixtures + "atom.rng"
                                         : "--schema " + kFixtures + "sitemap.xsd") +
              " '" + file.string() + "'");
}

std::vector<fs::path> all_files(const fs::path& root) {
    std::vector<fs::path> out;
    for (auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file()) out.push_back(e.path());
    return out;
}

// A file of the search index (render/search_index.hpp): a script handing its
// data, as JSON, to search.js under its name.
portal::Json search_data(const TempSite& s, const std::string& name) {
    const std::string js = s.read_out("search/" + name);
    const std::string head = "portalSearchLoaded(\"" + name + "\",";
    EXPECT_EQ(js.rfind(head, 0), 0u) << js.substr(0, 80);
    EXPECT_EQ(js.substr(js.size() - 3), ");\n");
    return portal::Json::parse(js.substr(head.size(), js.size() - head.size() - 3));
}

// Every page's fragment, in page-number order (as the page tables list them).
std::vector<portal::Json> search_fragments(const TempSite& s) {
    std::vector<portal::Json> out;
    const portal::Json entry = search_data(s, "index.js");
    for (const auto& table : entry["tables"]) {
        const portal::Json names = search_data(s, table.get<std::string>());
        for (const auto& hash : names)
            out.push_back(search_data(s, "f/" + hash.get<std::string>() + ".js"));
    }
    return out;
}

// Every word of the index -> its pages' numbers and weights ("3B1A": page 3,
// weight 1; page 4, weight 0).
std::map<std::string, std::map<int, int>> search_words(const TempSite& s) {
    std::map<std::string, std::map<int, int>> out;
    const portal::Json entry = search_data(s, "index.js");
    for (const auto& chunk : entry["chunks"]) {
        const portal::Json words = search_data(s, chunk[1].get<std::string>());
        for (const auto& [word, list] : words.items()) {
            int page = 0;
            std::string digits;
            for (char c : list.get<std::string>()) {
                if (c >= 'A' && c <= 'Z') {
                    page += std::stoi(digits, nullptr, 36);
                    out[word][page] = c - 'A';
                    digits.clear();
                } else {
                    digits += c;
                }
            }
        }
    }
    return out;
}

}  // namespace

TEST(Outputs, FeedAndSitemapValidateAgainstTheirSchemas) {
    TempSite s;
    write_site_with_data(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    Shell feed = xmllint("atom", s.out() / "feed.xml");
    EXPECT_EQ(feed.code, 0) << feed.output << s.read_out("feed.xml");
    Shell map = xmllint("sitemap", s.out() / "sitemap.xml");
    EXPECT_EQ(map.code, 0) << map.output;

    // The checks can fail: a feed entry without its id, a relative sitemap location.
    std::string broken = s.read_out("feed.xml");
    broken.erase(broken.find("    <id>"),
                 broken.find("</id>", broken.find("    <id>")) + 6 - broken.find("    <id>"));
    std::ofstream(s.root() / "broken-feed.xml") << broken;
    EXPECT_NE(xmllint("atom", s.root() / "broken-feed.xml").code, 0);
    std::ofstream(s.root() / "broken-map.xml") << "<?xml version=\"1.0\"?><urlset "
                                                  "xmlns=\"http://www.sitemaps.org/schemas/sitemap/"
                                                  "0.9\"><url><loc>about/</loc></url></urlset>";
    EXPECT_NE(xmllint("sitemap", s.root() / "broken-map.xml").code, 0);
}

TEST(Outputs, FeedHasOneEntryPerPublicationNewestFirstWithAbsoluteLinks) {
    TempSite s;
    write_site_with_data(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string feed = s.read_out("feed.xml");
    // The report and funding year were tabled at the 1 February 2011 meeting.
    auto report = feed.find("<title>Performance report 2010-11 Q3</title>");
    auto news = feed.find("<title>A dated page</title>");
    ASSERT_NE(report, std::string::npos) << feed;
    ASSERT_NE(news, std::string::npos);
    EXPECT_LT(report, news);
    EXPECT_NE(feed.find("<id>https://example.org/cs/reports/2010-11-q3/</id>"), std::string::npos);
    EXPECT_NE(feed.find("<updated>2011-02-01T00:00:00Z</updated>"), std::string::npos);
    EXPECT_NE(feed.find("<title>Funding 2010-11</title>"), std::string::npos);
    EXPECT_NE(feed.find("<title>Plan One</title>"), std::string::npos);
    EXPECT_NE(feed.find("<title>Board meeting, 1 February 2011</title>"), std::string::npos);
    EXPECT_EQ(feed.find("<title>About</title>"),
              std::string::npos);  // an undated page is not a publication
    std::string robots = s.read_out("robots.txt");
    EXPECT_NE(robots.find("Sitemap: https://example.org/cs/sitemap.xml"), std::string::npos);
    std::string map = s.read_out("sitemap.xml");
    EXPECT_NE(map.find("<loc>https://example.org/cs/statistics/idvas/</loc>"), std::string::npos);
    EXPECT_EQ(map.find("404"), std::string::npos);
}

TEST(Outputs, HostileStringsAreEscapedInXmlAndJson) {
    TempSite s;
    const std::string evil = "Fish & <chips> \\\"quoted\\\" 'apos' ]]> </script>";
    s.write("content/news.md", "---\ntitle: \"" + evil + "\"\ndate: 2010-05-01\nsummary: \"" +
                                   evil + " \\u00e9t\\u00e9\"\n---\nx\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(xmllint("atom", s.out() / "feed.xml").code, 0) << s.read_out("feed.xml");
    std::string feed = s.read_out("feed.xml");
    EXPECT_NE(feed.find("Fish &amp; &lt;chips&gt; &quot;quoted&quot; &apos;apos&apos; ]]&gt;"),
              std::string::npos)
        << feed;
    bool found = false;
    for (const auto& f : search_fragments(s))  // each parses: the JSON is well formed
        if (f["t"].get<std::string>().find("Fish & <chips>") == 0) found = true;
    EXPECT_TRUE(found);
    EXPECT_EQ(s.search_index_text().find("</script>"), std::string::npos);
}

TEST(Outputs, SearchIndexFindsPagesByTheirWords) {
    TempSite s;
    write_site_with_data(s);
    s.write("content/garden.md",
            "---\ntitle: Gardens\n---\n## Hedgehog corridors\n\nThe parish planted marigolds.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::vector<portal::Json> fragments = search_fragments(s);
    int garden = -1;
    for (std::size_t i = 0; i < fragments.size(); ++i)
        if (fragments[i]["u"] == "garden/index.html") garden = static_cast<int>(i);
    ASSERT_GE(garden, 0);
    EXPECT_EQ(fragments[garden]["t"], "Gardens");
    EXPECT_EQ(fragments[garden]["k"], "page");
    EXPECT_NE(fragments[garden]["s"].get<std::string>().find("The parish planted marigolds"),
              std::string::npos);
    const auto words = search_words(s);
    // Words are found on their page; a heading word outweighs a word of the
    // text, a title word both.
    ASSERT_TRUE(words.count("marigolds"));
    ASSERT_TRUE(words.at("marigolds").count(garden));
    const int text = words.at("marigolds").at(garden);
    EXPECT_GT(words.at("hedgehog").at(garden), text);
    EXPECT_GT(words.at("gardens").at(garden), words.at("hedgehog").at(garden));
    // Filters: the report is a report of 2010-11.
    const portal::Json entry = search_data(s, "index.js");
    const portal::Json kinds = search_data(s, entry["filters"]["kind"][0].get<std::string>());
    EXPECT_TRUE(kinds.contains("report"));
    const portal::Json years = search_data(s, entry["filters"]["year"][0].get<std::string>());
    EXPECT_TRUE(years.contains("2010-11"));
    // Data pages are indexed too; the search and 404 pages are not.
    bool report = false, searchpage = false, notfound = false;
    for (const auto& e : fragments) {
        report = report || e["u"] == "reports/2010-11-q3/index.html";
        searchpage = searchpage || e["u"] == "search/index.html";
        notfound = notfound || e["u"] == "404.html";
    }
    EXPECT_TRUE(report);
    EXPECT_FALSE(searchpage);
    EXPECT_FALSE(notfound);
    EXPECT_TRUE(s.out_exists("search/index.html"));
    EXPECT_NE(s.read_out("search/index.html").find("Search needs JavaScript"), std::string::npos);
}

// Every CSV has W3C CSV on the Web metadata beside it (issue 21): the file it
// describes, its title, the site's licence and attribution, and each column in
// order with its heading as title and a name and datatype CSVW tools accept.
TEST(Outputs, EveryCsvHasCsvwMetadataBesideIt) {
    TempSite s;
    write_site_with_data(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    int csvs = 0;
    for (const fs::path& f : all_files(s.out())) {
        if (f.extension() != ".csv") continue;
        ++csvs;
        const std::string rel = f.lexically_relative(s.out()).generic_string();
        SCOPED_TRACE(rel);
        ASSERT_TRUE(s.out_exists(rel.substr(0, rel.size() - 4) + ".csv-metadata.json"));
        const portal::Json meta =
            portal::Json::parse(s.read_out(rel.substr(0, rel.size() - 4) + ".csv-metadata.json"));
        EXPECT_EQ(meta["@context"], "http://www.w3.org/ns/csvw");
        EXPECT_EQ(meta["url"], f.filename().string());
        EXPECT_FALSE(meta["dc:title"].get<std::string>().empty());
        EXPECT_EQ(meta["dc:license"]["@id"], "https://example.org/ogl");
        EXPECT_EQ(meta["dc:rights"],
                  "Contains public sector information licensed under the Open Government "
                  "Licence v3.0.");
        portal::CsvDocument csv;
        csv.path = rel;
        portal::Diagnostics d;
        portal::parse_csv_document(csv, s.read_out(rel), d);
        ASSERT_FALSE(csv.failed);
        const portal::Json& cols = meta["tableSchema"]["columns"];
        ASSERT_EQ(cols.size(), csv.rows[0].size());
        for (std::size_t i = 0; i < cols.size(); ++i) {
            EXPECT_EQ(cols[i]["titles"], csv.rows[0][i].text);
            const std::string name = cols[i]["name"];
            EXPECT_EQ(name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                             "0123456789_%"),
                      std::string::npos)
                << name;
            const std::string heading = csv.rows[0][i].text;
            if (heading.size() > 6 && heading.compare(heading.size() - 6, 6, "_pence") == 0) {
                EXPECT_EQ(cols[i]["datatype"], "integer") << heading;
            }
        }
    }
    EXPECT_GE(csvs, 3);
    // A statistic's series named as people name it: titled as written, named
    // as a URI template allows; its figures are integers.
    const portal::Json stats =
        portal::Json::parse(s.read_out("data/statistics/idvas.csv-metadata.json"));
    EXPECT_EQ(stats["tableSchema"]["columns"][1]["titles"], "South Cambs");
    EXPECT_EQ(stats["tableSchema"]["columns"][1]["name"], "South%20Cambs");
    EXPECT_EQ(stats["tableSchema"]["columns"][1]["datatype"], "integer");
    EXPECT_EQ(stats["tableSchema"]["null"], portal::Json::array({"", "Withheld"}));
}

TEST(Outputs, OpenDataParsesBackToTheFiguresOnThePages) {
    TempSite s;
    write_site_with_data(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    portal::CsvDocument csv;
    csv.path = "x";
    portal::Diagnostics d;
    portal::parse_csv_document(csv, s.read_out("data/statistics/idvas.csv"), d);
    ASSERT_FALSE(csv.failed) << ::testing::PrintToString(d.error_count());
    ASSERT_EQ(csv.rows.size(), 3u);
    EXPECT_EQ(csv.rows[0][1].text, "South Cambs");
    EXPECT_EQ(csv.rows[1][1].text, "46");
    EXPECT_EQ(csv.rows[2][1].text, "");  // a missing figure is empty, never 0
    std::string page = s.read_out("statistics/idvas/index.html");
    EXPECT_NE(page.find("<th scope=\"row\">2009-10 Q1</th><td class=\"num\">46</td>"),
              std::string::npos);
    EXPECT_NE(page.find("href=\"../../data/statistics/idvas.csv\""),
              std::string::npos);  // "Download this data"

    portal::CsvDocument ms;
    ms.path = "y";
    ASSERT_TRUE(
        portal::parse_csv_document(ms, s.read_out("data/reports/milestones-2010-11-q3.csv"), d));
    ASSERT_EQ(ms.rows.size(), 2u);
    EXPECT_EQ(ms.rows[1][4].text, "1.1a");
    EXPECT_EQ(ms.rows[1][6].text, "red-amber-green");
    EXPECT_EQ(ms.rows[1][7].text, "amber");
    EXPECT_NE(s.read_out("reports/2010-11-q3/index.html")
                  .find("<span class=\"status status-amber\">Amber</span>"),
              std::string::npos);

    portal::Json cat = portal::Json::parse(s.read_out("data/catalogue.json"));
    EXPECT_EQ(cat["licence"]["name"], "Open Government Licence v3.0");
    bool idvas = false;
    for (const auto& ds : cat["datasets"])
        if (ds["title"] == "IDVAS caseload") {
            idvas = true;
            EXPECT_EQ(ds["distributions"][0]["url"],
                      "https://example.org/cs/data/statistics/idvas.csv");
            EXPECT_EQ(ds["distributions"][0]["bytes"],
                      s.read_out("data/statistics/idvas.csv").size());
        }
    EXPECT_TRUE(idvas);
    EXPECT_NE(s.read_out("data/index.html").find("IDVAS caseload"), std::string::npos);
}

TEST(Outputs, NotFoundPageLinksWorkFromAnyDepth) {
    TempSite s;
    write_site_with_data(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string html = s.read_out("404.html");
    // No <base>: it would send the skip link "#main" to the home page.
    EXPECT_EQ(html.find("<base"), std::string::npos);
    // Every link is written from the path of base_url (https://example.org/cs/), so
    // it resolves the same wherever the server shows the page: each must name a
    // file that exists under /cs/.
    std::regex attr("(?:href|src)=\"([^\"]*)\"");
    int links = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), attr);
         it != std::sregex_iterator(); ++it) {
        std::string url = (*it)[1];
        if (url.rfind("http", 0) == 0 || url[0] == '#') continue;  // external, anchors
        EXPECT_EQ(url.find("../"), std::string::npos) << url;
        ASSERT_EQ(url.rfind("/cs/", 0), 0u) << url;
        EXPECT_TRUE(s.out_exists(url.substr(4, url.find('#') - 4))) << url;
        ++links;
    }
    EXPECT_GT(links, 4);
}

TEST(Outputs, PagesCarryTheirMetadata) {
    TempSite s;
    s.write("content/news.md", "---\ntitle: Dated\nsummary: One sentence.\n---\nx\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string html = s.read_out("news/index.html");
    EXPECT_NE(html.find("<html lang=\"en-GB\">"), std::string::npos);
    EXPECT_NE(html.find("<title>Dated – Test Partnership</title>"), std::string::npos);
    EXPECT_NE(html.find("<meta name=\"description\" content=\"One sentence.\">"),
              std::string::npos);
    EXPECT_NE(html.find("<link rel=\"canonical\" href=\"https://example.org/cs/news/\">"),
              std::string::npos);
    EXPECT_NE(html.find("<meta property=\"og:title\" content=\"Dated\">"), std::string::npos);
    EXPECT_NE(html.find("<meta property=\"og:description\" content=\"One sentence.\">"),
              std::string::npos);
    EXPECT_NE(html.find("type=\"application/atom+xml\""), std::string::npos);
}

TEST(Outputs, NothingWithheldReachesFeedSitemapSearchOrOpenData) {
    TempSite s;
    write_site_with_data(s);
    s.write("content/casework.md",
            "---\ntitle: Wolfram lantern casework\ndate: 2011-01-01\nsummary: Wolfram lantern "
            "summary\nmarking: PROTECT\n---\nWolfram lantern body.\n");
    s.write("content/news.md",
            "---\ntitle: A dated page\ndate: 2010-05-01\n---\nPublic words.\n\n::: "
            "RESTRICTED\nThistle barometer quince region text.\n:::\n");
    s.write("data/reports/2010-11-q3.json",
            R"({"plan": "p1", "financial_year": "2010-11", "quarter": 3,
      "priorities": [{"number": 1, "achievements": [{"value": "Marzipan viaduct achievement text", "marking": "PROTECT"}, "Public achievement"],
        "milestones": [{"id": "1.1a", "status": "amber", "progress": {"value": "Kestrel obelisk progress words", "marking": "PROTECT"}}]}]})");
    s.write(
        "data/statistics/secret.json",
        R"({"marking": "PROTECT", "title": "Juniper carousel dataset", "source": "Juniper carousel source",
      "categories": ["a"], "series": [{"name": "Juniper carousel series", "values": [1]}]})");
    s.write("data/funding/2010-11.csv",
            "project,fund,amount,section,progress,marking\nTesco TV,SSCF,\"60.00\",Plan,Done,\n"
            "Ocelot pavilion project,SSCF,\"10.00\",Plan,Ocelot pavilion progress,\"PROTECT: "
            "project, progress\"\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    for (const auto& f : all_files(s.out())) {
        std::string rel = f.lexically_relative(s.out()).string();
        std::string bytes = s.read_out(rel);
        std::string lower;
        for (char c : bytes + " " + rel)
            lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (const char* word :
             {"wolfram", "casework", "thistle", "marzipan", "kestrel", "juniper", "ocelot"})
            EXPECT_EQ(lower.find(word), std::string::npos) << word << " in " << rel;
    }
    // The public parts are all there.
    EXPECT_TRUE(search_words(s).count("public"));
    EXPECT_NE(s.read_out("data/funding/allocations-2010-11.csv")
                  .find("Withheld,SSCF,10.00,Plan,Withheld"),
              std::string::npos);
    EXPECT_NE(s.read_out("feed.xml").find("A dated page"), std::string::npos);
    EXPECT_NE(s.read_out("reports/2010-11-q3/index.html").find("Public achievement"),
              std::string::npos);
}

// The index is made on every core: the same bytes whatever their number
// (each page's words on its own core, joined in page order).
TEST(Outputs, TheSearchIndexIsTheSameOnOneCoreAsOnMany) {
    TempSite s;
    write_site_with_data(s);
    for (int i = 0; i < 40; ++i)
        s.write("content/p" + std::to_string(i) + ".md",
                "---\ntitle: Page " + std::to_string(i) + "\n---\n## Heading " +
                    std::to_string(i % 7) + "\n\nWords shared by all, and word" +
                    std::to_string(i) + " of its own. Café, STRASSE, 2009–2012.\n");
    auto search_tree = [&](const std::string& out) {
        std::map<std::string, std::string> files;
        const fs::path root = s.root() / out;
        for (auto& e : fs::recursive_directory_iterator(root / "search")) {
            if (!e.is_regular_file()) continue;
            std::ifstream in(e.path(), std::ios::binary);
            files[e.path().lexically_relative(root).string()] =
                std::string(std::istreambuf_iterator<char>(in), {});
        }
        return files;
    };
    const PortalRun many = run_portal(s.root(), "build --site . --out many --full");
    ASSERT_EQ(many.code, 0) << many.output;
    setenv("PORTAL_THREADS", "1", 1);
    const PortalRun one = run_portal(s.root(), "build --site . --out one --full");
    unsetenv("PORTAL_THREADS");
    ASSERT_EQ(one.code, 0) << one.output;
    const auto a = search_tree("many");
    EXPECT_GT(a.size(), 45u);  // the entry, chunks, places, a table, filters, a fragment a page
    EXPECT_EQ(a, search_tree("one"));
}
