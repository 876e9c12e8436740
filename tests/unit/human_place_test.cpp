// validate/human_place: a place in a data file named as people name it, beside
// the JSON path; a title only where nothing on the way carries a marking.
#include "validate/human_place.hpp"

#include <gtest/gtest.h>

namespace portal {
namespace {

JsonDocument doc(const char* text) {
    JsonDocument d;
    d.path = "data/plans/p.json";
    d.rel = "plans/p.json";
    d.value = Json::parse(text);
    return d;
}

TEST(HumanPlace, NamesPrioritiesActionsAndMilestonesAsTheFileDoes) {
    const JsonDocument d = doc(R"({"priorities": [
        {"number": 1, "title": "One", "actions": []},
        {"number": 2, "title": "Reducing re-offending", "actions": [
            {"number": "2.1", "milestones": [{"id": "2.1a", "title": "M"}]}]}]})");
    EXPECT_EQ(place_of(d, "/priorities/1/actions/0/milestones/0/title"),
              "priorities[1].actions[0].milestones[0].title (priority 2 “Reducing re-offending”, "
              "action 2.1, milestone 2.1a)");
    EXPECT_EQ(place_of(d, "/priorities/0"), "priorities[0] (priority 1 “One”)");
    // Nothing to name: the path alone.
    EXPECT_EQ(place_of(d, "/priorities"), "priorities");
    EXPECT_EQ(place_of(d, ""), "");
    // A pointer past what the file holds names what it can.
    EXPECT_EQ(place_of(d, "/priorities/7/title"), "priorities[7].title");
}

TEST(HumanPlace, NoTitleWhereAMarkingStandsOnTheWay) {
    const JsonDocument d = doc(R"({"priorities": [
        {"number": 1, "title": "Victim support for Mrs A", "marking": "PROTECT"},
        {"number": 2, "title": {"value": "Withheld words", "marking": "PROTECT"}},
        {"value": {"number": 3, "title": "Also withheld"}, "marking": "PROTECT"}]})");
    EXPECT_EQ(place_of(d, "/priorities/0/number"), "priorities[0].number (priority 1)");
    EXPECT_EQ(place_of(d, "/priorities/1/number"), "priorities[1].number (priority 2)");
    EXPECT_EQ(place_of(d, "/priorities/2/number"), "priorities[2].number (priority 3)");
    const JsonDocument whole = doc(R"({"marking": "PROTECT", "priorities": [
        {"number": 1, "title": "Withheld with its file"}]})");
    EXPECT_EQ(place_of(whole, "/priorities/0"), "priorities[0] (priority 1)");
}

}  // namespace
}  // namespace portal
