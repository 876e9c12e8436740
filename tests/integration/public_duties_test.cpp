// Issue 21: open data in the field's standards (schema.org Dataset and
// DataCatalog in JSON-LD), the accessibility statement every public body's
// site must publish, and hosting on the servers councils run (web.config for
// IIS; output identical from build to build, so uploads send what changed).
#include <gtest/gtest.h>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <regex>
#include <set>

#include "core/json_value.hpp"
#include "data_site.hpp"
#include "leak_check.hpp"
#include "site_trees.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

// The JSON-LD of a page (the text of its <script type="application/ld+json">),
// or null when it has none.
portal::Json json_ld(const std::string& html) {
    const std::string open = "<script type=\"application/ld+json\">";
    const auto at = html.find(open);
    if (at == std::string::npos) return nullptr;
    const auto end = html.find("</script>", at);
    EXPECT_NE(end, std::string::npos);
    return portal::Json::parse(html.substr(at + open.size(), end - at - open.size()));
}

std::vector<portal::Json> datasets_of(const portal::Json& ld) {
    if (ld.contains("@graph")) return {ld["@graph"].begin(), ld["@graph"].end()};
    return {ld};
}

std::size_t characters(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// What Google Dataset Search reads of a Dataset, and what issue 21 asks for.
void expect_a_full_dataset(const portal::Json& ds, const TempSite& s) {
    SCOPED_TRACE(ds.dump());
    EXPECT_EQ(ds["@type"], "Dataset");
    EXPECT_FALSE(ds["name"].get<std::string>().empty());
    const std::size_t length = characters(ds["description"].get<std::string>());
    EXPECT_GE(length, 50u);
    EXPECT_LE(length, 5000u);
    EXPECT_EQ(ds["license"], "https://example.org/ogl");
    EXPECT_EQ(ds["creditText"],
              "Contains public sector information licensed under the Open Government Licence "
              "v3.0.");
    EXPECT_EQ(ds["creator"]["name"], "Example District Council");
    EXPECT_EQ(ds["publisher"]["name"], "Example District Council");
    EXPECT_EQ(ds["spatialCoverage"]["name"], "Example District");
    EXPECT_TRUE(ds["variableMeasured"].is_array());
    std::set<std::string> formats;
    for (const auto& d : ds["distribution"]) {
        EXPECT_EQ(d["@type"], "DataDownload");
        formats.insert(d["encodingFormat"].get<std::string>());
        const std::string url = d["contentUrl"];
        ASSERT_EQ(url.rfind("https://example.org/cs/", 0), 0u) << url;
        const std::string rel = url.substr(std::string("https://example.org/cs/").size());
        EXPECT_TRUE(s.out_exists(rel)) << rel;
        if (d["encodingFormat"] == "text/csv") {
            // The columns are the CSV's header, in order.
            const std::string csv = s.read_out(rel);
            const std::string header = csv.substr(0, csv.find("\r\n"));
            std::string joined;
            for (const auto& v : ds["variableMeasured"])
                joined += (joined.empty() ? "" : ",") + v.get<std::string>();
            EXPECT_EQ(joined, header);
        }
    }
    EXPECT_EQ(formats, (std::set<std::string>{"text/csv", "application/json"}));
}

// site.json as temp_site.hpp writes it, without its accessibility facts.
std::string site_without_statement() {
    const std::string site = kSiteJson;
    return site.substr(0, site.find(",\n  \"accessibility\"")) + "\n}";
}

void write_publisher(TempSite& s, const std::string& extra = "") {
    std::string site = extra.find("\"accessibility\"") == std::string::npos
                           ? std::string(kSiteJson)
                           : site_without_statement();
    site.insert(site.rfind('}'), R"(,
  "publisher": {"name": "Example District Council", "url": "https://example.org/"},
  "spatial_coverage": "Example District")" +
                                     extra);
    s.write("site.json", site);
}

// The 360Giving schemas, read from the shared standards folder beside the
// repository (never copied into it).
fs::path giving_standard(const std::string& file) {
    for (const fs::path& dir : {fs::path(PORTAL_SOURCE_DIR) / "../shared/standards/360giving",
                                fs::path("/work/shared/standards/360giving")})
        if (fs::exists(dir / file)) return dir / file;
    return {};
}

// valijson checks no "format": the {"format": "date-time"} branch of the
// standard's oneOf for dates would accept anything, and a good date would
// then match both branches. It stands for RFC 3339's date-time here.
void with_formats_as_patterns(nlohmann::json& v) {
    if (v.is_object()) {
        if (v.contains("format") && v["format"] == "date-time" && v.size() == 1)
            v = {{"pattern",
                  "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?"
                  "(Z|[+-][0-9]{2}:[0-9]{2})$"}};
        else
            for (auto& [key, value] : v.items()) with_formats_as_patterns(value);
    } else if (v.is_array()) {
        for (auto& item : v) with_formats_as_patterns(item);
    }
}

// The problems valijson finds in `package` against the 360Giving package
// schema (its grants against the grant schema it refers to); empty when valid.
std::string invalid_360giving(const portal::Json& package) {
    const fs::path package_file = giving_standard("360-giving-package-schema.json");
    const fs::path grant_file = giving_standard("360-giving-schema.json");
    if (package_file.empty() || grant_file.empty())
        return "the 360Giving schemas are not in ../shared/standards/360giving";
    nlohmann::json package_schema = nlohmann::json::parse(read_file(package_file));
    nlohmann::json grant_schema = nlohmann::json::parse(read_file(grant_file));
    with_formats_as_patterns(package_schema);
    with_formats_as_patterns(grant_schema);
    valijson::Schema schema;
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter schema_adapter(package_schema);
    parser.populateSchema(
        schema_adapter, schema,
        [&](const std::string& uri) -> const nlohmann::json* {
            return uri.find("360-giving-schema.json") != std::string::npos ? &grant_schema
                                                                           : nullptr;
        },
        [](const nlohmann::json*) {});
    const nlohmann::json target = nlohmann::json::parse(package.dump());
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target_adapter(target);
    if (validator.validate(schema, target_adapter, &results)) return "";
    std::string problems;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
        for (const auto& c : e.context) problems += c;
        problems += ": " + e.description + "\n";
    }
    return problems.empty() ? "invalid" : problems;
}

const char* kGrantsCsv =
    "project,fund,amount,section,progress,grant_id,recipient_name,recipient_id,award_date,"
    "description,marking\n"
    "Debt advice,SSCF,\"1,200.50\",Grants,Done,2010-11-001,Citizens Advice Example,"
    "GB-CHC-1000001,2010-06-01,Debt advice sessions in village halls,\n"
    "Youth club,SSCF,300.00,Grants,Done,2010-11-002,Youth Trust,GB-CHC-1000002,2010-07-01,,\n"
    "Quillwort family support,SSCF,100.00,Grants,Done,2010-11-003,Quillwort Trust,"
    "GB-CHC-1000003,2010-07-01,Quillwort case,PROTECT\n"
    "Village patrol,SSCF,50.00,Grants,Done,2010-11-004,Zebrawood Trust,GB-CHC-1000004,"
    "2010-08-01,Patrols,PROTECT: recipient_name\n"
    "Officer post,SSCF,20.00,Plan,Done,,,,,,\n";

// A site with the grants above for 2010-11, from one fund.
void write_grants_site(TempSite& s) {
    write_site_with_data(s);
    s.write("data/funding/2010-11.csv", kGrantsCsv);
    s.write(
        "data/funding/2010-11.json",
        R"({"financial_year": "2010-11", "funds": [{"name": "SSCF", "available": "2000.00"}]})");
}

}  // namespace

TEST(OpenData, GrantsArePublishedIn360GivingAndValidateAgainstItsSchema) {
    TempSite s;
    write_site_with_data(s);
    write_publisher(s, R"(,
  "360giving": {"prefix": "360G-examplecsp", "funder": {"id": "GB-LAE-EXA", "name": "Example District Council"}})");
    s.write("data/funding/2010-11.csv", kGrantsCsv);
    s.write(
        "data/funding/2010-11.json",
        R"({"financial_year": "2010-11", "funds": [{"name": "SSCF", "available": "2000.00"}]})");
    ASSERT_TRUE(s.build().ok) << s.messages();
    ASSERT_TRUE(s.out_exists("data/funding/360giving-2010-11.json"));
    const portal::Json package =
        portal::Json::parse(s.read_out("data/funding/360giving-2010-11.json"));
    EXPECT_EQ(invalid_360giving(package), "");
    // The two public rows that give every field; not the withheld row, not the
    // row whose recipient is withheld, not the row that is no grant.
    ASSERT_EQ(package["grants"].size(), 2u);
    const portal::Json& first = package["grants"][0];
    EXPECT_EQ(first["id"], "360G-examplecsp-2010-11-001");
    EXPECT_EQ(first["title"], "Debt advice");
    EXPECT_EQ(first["description"], "Debt advice sessions in village halls");
    EXPECT_EQ(first["amountAwarded"], 1200.5);
    EXPECT_EQ(first["currency"], "GBP");
    EXPECT_EQ(first["awardDate"], "2010-06-01");
    EXPECT_EQ(first["recipientOrganization"][0]["id"], "GB-CHC-1000001");
    EXPECT_EQ(first["fundingOrganization"][0]["id"], "GB-LAE-EXA");
    EXPECT_EQ(package["grants"][1]["description"], "Youth club");  // the project's name
    const std::string file = s.read_out("data/funding/360giving-2010-11.json");
    EXPECT_LACKS(file, "Quillwort");
    EXPECT_LACKS(file, "Zebrawood");
    // The page says how many of the year's rows are in it.
    EXPECT_CONTAINS(s.read_out("funding/2010-11/index.html"),
                    "in the 360Giving Data Standard</a> (JSON): 2 of the 4 allocations shown here");
    // The check can fail: a grant without its recipient is not valid.
    portal::Json broken = package;
    broken["grants"][0].erase("recipientOrganization");
    EXPECT_NE(invalid_360giving(broken), "");
    broken = package;
    broken["grants"][0]["awardDate"] = "1 June 2010";
    EXPECT_NE(invalid_360giving(broken), "");
}

// Red team 19 (B12): a recipient's number names it as its name does, so a
// withheld recipient_name withholds the recipient_id beside it, on every
// surface.
TEST(OpenData, AWithheldRecipientNameTakesItsNumberWithIt) {
    TempSite s;
    write_grants_site(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_TRUE(files_containing(s, "Zebrawood").empty());
    EXPECT_TRUE(files_containing(s, "GB-CHC-1000004").empty())
        << ::testing::PrintToString(files_containing(s, "GB-CHC-1000004"));
    // The row itself, and the public rows' numbers, are published.
    EXPECT_FALSE(files_containing(s, "Village patrol").empty());
    EXPECT_FALSE(files_containing(s, "GB-CHC-1000002").empty());
}

TEST(OpenData, No360GivingFileWithoutThePrefixOrWithoutGrants) {
    TempSite s;
    write_grants_site(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_FALSE(s.out_exists("data/funding/360giving-2010-11.json"));  // no prefix in site.json

    TempSite plain;
    write_site_with_data(plain);
    write_publisher(plain, R"(,
  "360giving": {"prefix": "360G-examplecsp", "funder": {"id": "GB-LAE-EXA", "name": "Example"}})");
    ASSERT_TRUE(plain.build().ok) << plain.messages();
    EXPECT_FALSE(plain.out_exists("data/funding/360giving-2010-11.json"));  // no grant rows

    s.write("data/funding/2010-11.csv",
            "project,fund,amount,award_date\nDebt advice,SSCF,1.00,1 June 2010\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "2010-11.csv:2:");
    EXPECT_CONTAINS(s.messages(), "award_date: write the date as YYYY-MM-DD");
}

TEST(OpenData, EveryPageThatShowsDataCarriesItsDatasets) {
    TempSite s;
    write_site_with_data(s);
    write_publisher(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    // Each page that shows data, and the time it covers.
    const std::vector<std::pair<std::string, std::string>> pages = {
        {"reports/2010-11-q3/index.html", "2010-10-01/2010-12-31"},
        {"plans/p1/index.html", "2010-04-01/2013-03-31"},
        {"milestones/p1/index.html", "2010-10-01/2010-12-31"},
        {"funding/2010-11/index.html", "2010-04-01/2011-03-31"},
        {"reports/index.html", "2010-10-01/2010-12-31"},
        {"statistics/idvas/index.html", ""},
    };
    for (const auto& [page, coverage] : pages) {
        SCOPED_TRACE(page);
        const portal::Json ld = json_ld(s.read_out(page));
        ASSERT_FALSE(ld.is_null());
        EXPECT_EQ(ld["@context"], "https://schema.org");
        for (const auto& ds : datasets_of(ld)) {
            expect_a_full_dataset(ds, s);
            if (!coverage.empty()) {
                EXPECT_EQ(ds["temporalCoverage"], coverage);
            }
        }
    }
    // A funding year shows two tables: both are there.
    EXPECT_EQ(datasets_of(json_ld(s.read_out("funding/2010-11/index.html"))).size(), 2u);
    // A page without data has none.
    EXPECT_TRUE(json_ld(s.read_out("index.html")).is_null());
}

TEST(OpenData, TheOpenDataPageCarriesTheCatalog) {
    TempSite s;
    write_site_with_data(s);
    write_publisher(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    const portal::Json ld = json_ld(s.read_out("data/index.html"));
    ASSERT_FALSE(ld.is_null());
    EXPECT_EQ(ld["@type"], "DataCatalog");
    EXPECT_EQ(ld["url"], "https://example.org/cs/data/");
    EXPECT_EQ(ld["license"], "https://example.org/ogl");
    const portal::Json catalogue = portal::Json::parse(s.read_out("data/catalogue.json"));
    ASSERT_EQ(ld["dataset"].size(), catalogue["datasets"].size());
    for (const auto& ds : ld["dataset"]) expect_a_full_dataset(ds, s);
}

// A title is data inside <script>: nothing in it may end the element or open
// a comment there.
TEST(OpenData, JsonLdCannotEndItsScriptElement) {
    TempSite s;
    write_site_with_data(s);
    s.write("data/statistics/idvas.json",
            R"({"title": "Cases </script><script src=x></script> <!-- x", "source": "R",
      "categories": ["a"], "series": [{"name": "n", "values": [1]}]})");
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string html = s.read_out("statistics/idvas/index.html");
    const auto at = html.find("<script type=\"application/ld+json\">");
    ASSERT_NE(at, std::string::npos);
    const auto end = html.find("</script>", at);
    const std::string data = html.substr(at, end - at);
    EXPECT_EQ(data.find("<!--"), std::string::npos);
    EXPECT_EQ(data.find("<script", 1), std::string::npos);
    EXPECT_EQ(json_ld(html)["name"], "Cases </script><script src=x></script> <!-- x");
}

TEST(PublicDuties, TheAccessibilityStatementFollowsTheModelStatement) {
    TempSite s;
    write_publisher(s, R"(,
  "accessibility": {"compliance": "partial",
    "non_accessible": ["The 2009 scans are not tagged (WCAG 1.3.1)."],
    "contact": {"email": "access@example.org", "phone": "01234 567890"}, "response_days": 10,
    "prepared": "2026-11-02", "reviewed": "2026-12-01", "tested": "2026-11-30",
    "tested_by": "our web team"})");
    s.write("content/index.md", "---\ntitle: Home\n---\nWelcome.\n");
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(s.diags.warning_count(), 0) << s.messages();
    const std::string page = s.read_out("accessibility/index.html");
    for (const char* part : {"This accessibility statement applies to https://example.org/cs/.",
                             "This website is run by Example District Council.",
                             "Feedback and contact information",
                             "mailto:access@example.org",
                             "tel:01234567890",
                             "get back to you in 10 working days",
                             "Reporting accessibility problems with this website",
                             "Enforcement procedure",
                             "Equality and Human Rights Commission",
                             "Equality Advisory and Support Service",
                             "Technical information about this website",
                             "Compliance status",
                             "partially compliant",
                             "Non-accessible content",
                             "The 2009 scans are not tagged (WCAG 1.3.1).",
                             "sets no cookies",
                             "Preparation of this accessibility statement",
                             "<time datetime=\"2026-11-02\">",
                             "<time datetime=\"2026-12-01\">",
                             "<time datetime=\"2026-11-30\">",
                             "our web team",
                             "axe-core"})
        EXPECT_CONTAINS(page, part);
    // Linked from every page's footer.
    for (const char* other : {"index.html", "search/index.html", "404.html"})
        EXPECT_CONTAINS(s.read_out(other), "Accessibility statement</a>");
}

TEST(PublicDuties, AStatementMissingWhatTheRegulationsAskIsAWarningNamingIt) {
    TempSite s;
    s.write("site.json", site_without_statement());
    s.write("content/index.md", "---\ntitle: Home\n---\nWelcome.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(s.diags.warning_count(), 1) << s.messages();
    EXPECT_CONTAINS(s.messages(),
                    "site.json:1:1: warning: the accessibility statement (accessibility/) lacks "
                    "accessibility.compliance, accessibility.contact, accessibility.prepared, "
                    "accessibility.tested");
    // The page is still there, saying what it can, and nothing it does not know.
    const std::string page = s.read_out("accessibility/index.html");
    EXPECT_CONTAINS(page, "Enforcement procedure");
    EXPECT_CONTAINS(page, "does not yet say how far the website complies");
    EXPECT_LACKS(page, "fully compliant");

    s.write("site.json",
            std::string(kSiteJson).replace(std::string(kSiteJson).find("\"compliance\": \"full\""),
                                           std::string("\"compliance\": \"full\"").size(),
                                           "\"compliance\": \"partial\""));
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_CONTAINS(s.messages(),
                    "list what is not accessible, and why, in "
                    "accessibility.non_accessible");
}

TEST(Hosting, WebConfigForIisOnlyWhenAskedFor) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\n---\nWelcome.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_FALSE(s.out_exists("web.config"));

    write_publisher(s, R"(, "hosting": {"iis_web_config": true})");
    ASSERT_TRUE(s.build().ok) << s.messages();
    ASSERT_TRUE(s.out_exists("web.config"));
    const std::string config = s.read_out("web.config");
    for (const char* ext : {".json", ".csv", ".svg", ".webmanifest", ".xml"}) {
        EXPECT_CONTAINS(config, std::string("<remove fileExtension=\"") + ext + "\" />");
        EXPECT_CONTAINS(config, std::string("<mimeMap fileExtension=\"") + ext + "\"");
    }
    EXPECT_CONTAINS(config, "<add value=\"index.html\" />");
    // The not-found page by its address from the host's root (base_url's path).
    EXPECT_CONTAINS(config, "path=\"/cs/404.html\" responseMode=\"ExecuteURL\"");
    EXPECT_CONTAINS(config, "frame-ancestors 'none'");
    // Well-formed XML, as IIS requires.
    const fs::path file = s.out() / "web.config";
    EXPECT_EQ(std::system(("xmllint --noout '" + file.string() + "' 2>/dev/null").c_str()), 0);
}

// Two clean builds of the example site give the same files with the same
// bytes: an upload by checksum sends only what an edit changed.
TEST(Hosting, TwoCleanBuildsOfTheExampleAreIdentical) {
    TempSite s(/*with_theme=*/false);
    std::string trees[2];
    for (int i = 0; i < 2; ++i) {
        portal::BuildOptions o;
        o.site_dir = PORTAL_SOURCE_DIR;
        o.out_dir = (s.root() / ("out" + std::to_string(i))).string();
        o.log_path = (s.root() / ("log" + std::to_string(i) + ".txt")).string();
        portal::Diagnostics d;
        ASSERT_TRUE(portal::run_build(o, d).ok);
        trees[i] = tree(o.out_dir);
    }
    EXPECT_GT(trees[0].size(), 100000u);
    EXPECT_TRUE(trees[0] == trees[1]) << "two builds of the same sources differ";
}
