// new_site/return_csv.hpp — a lead officer's return: where it stands in the
// site and the bytes of its CSV, spelt once for the command that writes the
// returns and the one that reads them back.
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace portal {

// A return's columns, in order.
inline constexpr std::array<std::string_view, 4> kReturnColumns{"milestone", "title", "status",
                                                                "progress"};
// Their places in kReturnColumns.
enum ReturnColumn : std::size_t {
    kMilestoneColumn = 0,
    kTitleColumn = 1,
    kStatusColumn = 2,
    kProgressColumn = 3
};

// returns/2011-12-q1/ of the site: beside content/ and data/, never read by a
// build (core/files.hpp, kReturnsFolder), so nothing in it is published.
std::filesystem::path returns_folder(const std::filesystem::path& site, const std::string& quarter);

// returns/2011-12-q1/priority-2.csv
std::filesystem::path return_file(const std::filesystem::path& site, const std::string& quarter,
                                  long long priority);

struct ReturnRow {
    std::string milestone;  // its id
    std::string title;
};

// The return's CSV: UTF-8 with a byte-order mark (without one, Excel reads the
// file as the computer's legacy encoding and garbles every accent and dash),
// CRLF line ends and quoting as RFC 4180 says, the header, then a row for each
// milestone with its status and progress empty.
std::string return_csv(const std::vector<ReturnRow>& rows);

// A return's cell as a message may name it: quoted when it is shaped as an
// id or a status is (one short word: "1.1a", "Amber"); else "this cell". A
// lead officer may type a withheld milestone's title where its id goes, and
// a message must not print it back (red team 23, C01): the cell's place in
// the file is named either way.
std::string quoted_cell(std::string_view text);

}  // namespace portal
