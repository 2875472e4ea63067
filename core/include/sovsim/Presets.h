#pragma once
// The shipped country profiles, strategies and the default workshop. They are the JSON files in
// scenarios/, compiled into the library so the GUI, the CLI, the tests and the benchmarks all see
// exactly the same data with no dependence on the working directory.

#include "sovsim/Scenario.h"
#include "sovsim/ScenarioFile.h"

#include <map>
#include <string>
#include <vector>

namespace sovsim {

struct CountryPreset {
    std::string id;   // "japan"
    std::string name; // "Japan"
    CountryProfile profile;
    // Source (title, year, URL) or "assumption: ..." for each country key, e.g. "gdp_usd_bn".
    std::map<std::string, std::string> sources;
};

struct StrategyPreset {
    std::string id;          // "japan_resilience"
    std::string name;        // "Japan-style resilience"
    std::string description; // one or two plain sentences
    Strategy strategy;
};

class PresetCatalog {
public:
    // The presets compiled from scenarios/. Loading errors in shipped data abort with a message
    // (they are caught by the tests, never by users).
    static const PresetCatalog& builtIn();

    const std::vector<CountryPreset>& countries() const { return countries_; }
    const std::vector<StrategyPreset>& strategies() const { return strategies_; }
    const CountryPreset* findCountry(std::string_view id) const;
    const StrategyPreset* findStrategy(std::string_view id) const;
    // The default workshop (scenarios/workshops/default.json).
    const Workshop& defaultWorkshop() const { return defaultWorkshop_; }
    // Every shipped workshop and scenario file, by its path in scenarios/
    // ("workshops/default.json", "examples/..."), for golden tests.
    const std::map<std::string, Workshop>& shippedWorkshops() const { return workshops_; }

    // A catalog from preset files, as builtIn() does with the compiled-in ones: `files` maps a
    // path relative to scenarios/ ("countries/japan.json") to its text. Problems are returned in
    // `errors` (file names prefixed with "scenarios/"); files that fail are left out.
    static PresetCatalog fromFiles(const std::map<std::string, std::string>& files,
                                   std::vector<FileError>& errors);

    // Construction from JSON texts; used by builtIn() and by tests.
    std::vector<CountryPreset> countries_;
    std::vector<StrategyPreset> strategies_;
    Workshop defaultWorkshop_;
    std::map<std::string, Workshop> workshops_;
};

} // namespace sovsim
