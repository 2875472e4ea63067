#include "IoTestSupport.h"

#include "sovsim/Parameters.h"

#include <fstream>
#include <sstream>

namespace sovsim::test {
namespace {

CountryPreset country(std::string id, std::string name, double gdpUsdBn, double populationM) {
    CountryPreset preset;
    preset.id = std::move(id);
    preset.name = std::move(name);
    preset.profile.gdpUsdBn = gdpUsdBn;
    preset.profile.populationM = populationM;
    for (const auto& info : allParameters()) {
        if (info.path.starts_with("country.")) {
            preset.sources[std::string(info.key())] = "assumption: test value";
        }
    }
    return preset;
}

StrategyPreset strategy(std::string id, Posture posture, double lever) {
    StrategyPreset preset;
    preset.id = std::move(id);
    preset.name = preset.id;
    preset.description = "A test strategy.";
    preset.strategy.postures.fill(posture);
    preset.strategy.levers.fill(lever);
    return preset;
}

} // namespace

const PresetCatalog& testCatalog() {
    static const PresetCatalog catalog = [] {
        PresetCatalog c;
        c.countries_ = {country("japan", "Japan", 4190.0, 123.8),
                        country("kenya", "Kenya", 120.0, 55.1)};
        c.strategies_ = {strategy("autarky", Posture::Control, 0.2),
                         strategy("japan_resilience", Posture::Steer, 0.5)};
        c.strategies_[1].strategy.setPosture(Layer::Compute, Posture::Control);
        c.strategies_[1].strategy.setLever(Lever::SmallModels, 0.7);
        return c;
    }();
    return catalog;
}

std::filesystem::path ioDataPath(const std::string& relative) {
    return std::filesystem::path(SOVSIM_TEST_DATA_DIR) / "io" / relative;
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace sovsim::test
