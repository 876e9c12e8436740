// write/patch_site.hpp — for `portal serve`: puts a few remade files into the
// published folder without a new build of the whole site. Same promises as a
// build: every file is audited for canaries before it is written, under the
// same lock, and a reader of the folder sees each file either as it was or as
// it is now (written beside it, then renamed over it), never half-written.
#pragma once

#include <string>
#include <vector>

#include "core/canary.hpp"
#include "core/diagnostics.hpp"
#include "render/rendered_site.hpp"

namespace portal {

// The leak audit of `files` alone; writes nothing. A hit is reported in
// `diags` against its file in `out_dir`.
bool audit_patches(const std::string& out_dir, const std::vector<OutputFile>& files,
                   const CanarySet& canaries, Diagnostics& diags);

// Audits every file, then writes each into `out_dir`, which must be portal's
// (holding its marker), and removes the files `removed` (files of the search
// index that the new ones replace). On a canary hit or any failure nothing more
// is written and false is returned with the reason in `diags`. The build
// record is forgotten, so that the next `portal build` makes the whole site
// again rather than trusting the folder unchanged.
bool patch_published(const std::string& out_dir, const std::vector<OutputFile>& files,
                     const std::vector<std::string>& removed, const CanarySet& canaries,
                     Diagnostics& diags);

}  // namespace portal
