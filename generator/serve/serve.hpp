// serve/serve.hpp — `portal serve`.
#pragma once

#include "pipeline.hpp"

namespace portal {

struct ServeOptions {
    BuildOptions build;
    int port = 8000;
};

// Runs until interrupted. Returns the process exit code.
int serve_site(const ServeOptions& options);

}  // namespace portal
