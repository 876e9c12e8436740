// serve/preview_rules.hpp — what the preview server checks before it looks for
// a file. The preview serves the site being edited, on this machine only; a
// page elsewhere must not reach it (DNS rebinding: a name the attacker controls
// pointed at 127.0.0.1 sends its own name as Host), and a request must not be
// able to open one file while claiming the type of another (a NUL byte, or any
// control byte, in the path).
#pragma once

#include <string>
#include <string_view>

namespace portal {

// Whether `host` (the request's Host header) names this machine at `port`:
// 127.0.0.1:PORT, localhost:PORT or [::1]:PORT (the port may be left out only
// when it is 80, as browsers do). Anything else is answered 421.
bool local_host(std::string_view host, int port);

// Whether a request's path, after percent-decoding, holds a control byte
// (below 0x20, or 0x7f): such a path is answered 400, before it could reach
// the file system, which stops reading a name at a NUL.
bool has_control_byte(std::string_view path);

// The Content-Type for a file of the site, from its own name (the file
// actually opened, never the path asked for).
const char* content_type_of(std::string_view file_name);

}  // namespace portal
