#pragma once

// The lecture handout's style sheet, inlined in the page so that it opens with no network:
// light colours, and print rules for A4 (each Layer View on a page of its own, table rows and
// pictures kept whole, the table header repeated on every page).

#include <string_view>

namespace cd {

std::string_view handoutStyle();

} // namespace cd
