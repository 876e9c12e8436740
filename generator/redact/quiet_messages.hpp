// redact/quiet_messages.hpp — errors never repeat withheld text. A build's
// messages are printed to terminals and CI logs, which more people read than
// the board's files: a message about something inside a withheld region,
// object, row or file names its place and the kind of problem, not its words;
// and no message, wherever it stands, may quote text that is withheld.
#pragma once

#include <string>
#include <vector>

#include "core/canary.hpp"
#include "core/diagnostics.hpp"
#include "core/marking_census.hpp"
#include "core/marking_ledger.hpp"

namespace portal {

// Rewrites, in place, every message that stands in one of `spans` (to its
// kind_of_problem) or holds withheld text (by `canaries`, when given: its
// quoted parts ('...', "...") become '…'); a message that would still repeat
// withheld text is replaced by one that says only that there is a problem here.
// `safe_quotes` are quotations that stay in a quieted message: the policy's
// labels and portal's own syntax (':::'), which a message about a marking
// names and which are no one's words.
void quiet_messages(Diagnostics& diags, const std::vector<WithheldSpan>& spans,
                    const CanarySet* canaries, const std::vector<std::string>& safe_quotes = {});

// Every message's place, and every mention in its text, of a file whose name
// reads as marked (load's SiteSources::marked_files: path -> path as far as its label) shows
// the shortened path: the rest of such a name may be what it marks.
void hide_marked_names(Diagnostics& diags,
                       const std::vector<std::pair<std::string, std::string>>& names);

// Every word of every message that names a file withheld whole nearly, as a
// misspelt reference does ("../quokka17-breifing/" for the withheld
// "quokka17-briefing.md"): a letter or two out (a fifth of the name's
// letters at most), it still says what the withheld name says, and becomes
// "…". `withheld` are the files' paths; a word that names one of
// `public_files` stays.
void hide_names_nearly_withheld(Diagnostics& diags, const std::vector<std::string>& withheld,
                                const std::vector<std::string>& public_files);

// Every message's quotations ('...', "...") and names (words with a '/' in
// them) that read as marked ("partial 'RESTRICTED-case' does not exist",
// "looked for layouts/partials/RESTRICTED-case.mustache") become "…": what
// the census would refuse in a file is not printed from a message either,
// whatever check wrote the message. A quotation that is a label itself (a
// message about a marking names its label) stays.
void quiet_marked_quotes(Diagnostics& diags, const CensusLabels& labels);

// `message` with every quotation but a label's quieted to "…": for a message
// about a file that reads as marked or is withheld whole, whose every value
// may be what its marking withholds (red team 25, C07: a status, a title, an
// amount quoted from a paper headed RESTRICTED).
std::string with_every_quote_quieted(std::string_view message, const CensusLabels& labels);

// The message with the text of its quotations replaced by "…".
std::string without_quotations(const std::string& message);

// The kind of problem only: everything from the first quotation mark to the
// last hidden (a withheld value may hold quote marks of its own), and asides
// in parentheses (which often repeat what was looked for) dropped.
std::string kind_of_problem(const std::string& message,
                            const std::vector<std::string>& safe_quotes = {});

}  // namespace portal
