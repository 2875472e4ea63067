#include "model/ScenarioNames.h"

#include "model/Labels.h"
#include "sovsim/Presets.h"

#include <QRegularExpression>
#include <array>
#include <string_view>

namespace sovsim::ui {
namespace {

// Short names of the strategy presets as they read after a country ("Japan - resilience
// first"); the shipped workshops use exactly these.
struct ShortName {
    std::string_view id;
    const char* text;
};
constexpr std::array kShortNames{
    ShortName{"autarky", QT_TRANSLATE_NOOP("sovsim::ui::ScenarioNames", "autarky")},
    ShortName{"brazil_market",
              QT_TRANSLATE_NOOP("sovsim::ui::ScenarioNames", "market for technology")},
    ShortName{"france_regulatory",
              QT_TRANSLATE_NOOP("sovsim::ui::ScenarioNames", "regulatory steering")},
    ShortName{"india_dpi",
              QT_TRANSLATE_NOOP("sovsim::ui::ScenarioNames", "digital public infrastructure")},
    ShortName{"japan_resilience",
              QT_TRANSLATE_NOOP("sovsim::ui::ScenarioNames", "resilience first")},
    ShortName{"kenya_negotiated",
              QT_TRANSLATE_NOOP("sovsim::ui::ScenarioNames", "negotiated dependence")},
    ShortName{"passive_dependence",
              QT_TRANSLATE_NOOP("sovsim::ui::ScenarioNames", "passive dependence")},
    ShortName{"taiwan_chips", QT_TRANSLATE_NOOP("sovsim::ui::ScenarioNames", "chips as leverage")},
    ShortName{"uae_frontier", QT_TRANSLATE_NOOP("sovsim::ui::ScenarioNames", "frontier proximity")},
};
constexpr const char* kOwnStrategy = QT_TRANSLATE_NOOP("sovsim::ui::ScenarioNames", "own strategy");
constexpr const char* kOwnCountry = QT_TRANSLATE_NOOP("sovsim::ui::ScenarioNames", "Own country");

const char* shortNameOf(const std::string& strategyPresetId) {
    for (const auto& s : kShortNames) {
        if (s.id == strategyPresetId) {
            return s.text;
        }
    }
    // A strategy preset added later without a short name reads by its preset name.
    return nullptr;
}

std::string englishCountry(const std::string& countryPresetId) {
    const auto* preset = sovsim::PresetCatalog::builtIn().findCountry(countryPresetId);
    return preset != nullptr ? preset->name : std::string(kOwnCountry);
}

std::string englishStrategy(const std::string& strategyPresetId) {
    if (const char* text = shortNameOf(strategyPresetId)) {
        return text;
    }
    const auto* preset = sovsim::PresetCatalog::builtIn().findStrategy(strategyPresetId);
    return preset != nullptr ? preset->name : std::string(kOwnStrategy);
}

// The " (N)" a unique name may carry, or -1 when `name` is not `base` with such a suffix.
int suffixNumber(const std::string& name, const std::string& base) {
    if (name == base) {
        return 0;
    }
    static const QRegularExpression suffix(QStringLiteral("^ \\((\\d{1,4})\\)$"));
    if (name.size() <= base.size() || name.compare(0, base.size(), base) != 0) {
        return -1;
    }
    const auto match = suffix.match(QString::fromStdString(name.substr(base.size())));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

std::string ScenarioNames::generated(const sovsim::Scenario& scenario) {
    return englishCountry(scenario.countryPreset) + " - " +
           englishStrategy(scenario.strategyPreset);
}

bool ScenarioNames::isGenerated(const sovsim::Scenario& scenario) {
    return suffixNumber(scenario.name, generated(scenario)) >= 0;
}

QString ScenarioNames::strategyShortName(const std::string& strategyPresetId) {
    if (const char* text = shortNameOf(strategyPresetId)) {
        return tr(text);
    }
    const auto* preset = sovsim::PresetCatalog::builtIn().findStrategy(strategyPresetId);
    return preset != nullptr ? Labels::strategyName(preset->id, preset->name) : tr(kOwnStrategy);
}

QString ScenarioNames::display(const sovsim::Scenario& scenario) {
    const int number = suffixNumber(scenario.name, generated(scenario));
    if (number < 0) {
        return QString::fromStdString(scenario.name);
    }
    const auto* country = sovsim::PresetCatalog::builtIn().findCountry(scenario.countryPreset);
    const QString countryName =
        country != nullptr ? Labels::countryName(country->id, country->name) : tr(kOwnCountry);
    QString name = tr("%1 - %2", "generated scenario name: country - strategy")
                       .arg(countryName, strategyShortName(scenario.strategyPreset));
    if (number > 0) {
        name = tr("%1 (%2)", "a scenario name made unique").arg(name).arg(number);
    }
    return name;
}

sovsim::Scenario ScenarioNames::followPresets(const sovsim::Scenario& before,
                                              sovsim::Scenario changed) {
    if (isGenerated(before)) {
        changed.name = generated(changed);
    }
    return changed;
}

} // namespace sovsim::ui
