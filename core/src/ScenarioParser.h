#pragma once
// Reading scenario and workshop documents against a given preset catalog. The public
// parseDocument() uses PresetCatalog::builtIn(); the catalog itself uses this while it is being
// built, to read the shipped workshops without asking for itself.

#include "sovsim/Presets.h"
#include "sovsim/ScenarioFile.h"

#include <string_view>

namespace sovsim::detail {

LoadResult parseDocument(std::string_view text, std::string_view fileName,
                         const PresetCatalog& catalog);

} // namespace sovsim::detail
