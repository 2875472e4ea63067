#include "model/Labels.h"

#include "charts/ChartData.h"

#include <array>
#include <string_view>

namespace sovsim::ui {
namespace {

struct ParameterText {
    std::string_view path;
    const char* label;
    const char* description;
};

// Country resources and strategy levers: the parameters the panels show. Descriptions say what
// the slider means for the country in plain words; sources come from the preset.
constexpr ParameterText kParameterTexts[] = {
    {"country.generation_twh", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Electricity generation"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "All the electricity the country generates in a year.")},
    {"country.generation_growth_per_yr",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Generation growth"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "How fast national electricity generation grows each year.")},
    {"country.firm_low_carbon_share",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Firm low-carbon power"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Share of generation from nuclear, hydro or geothermal plants that can run "
                       "data centres around the clock without emissions.")},
    {"country.dc_power_available_gw",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Power for data centres now"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Grid power data centres can draw today, including what existing data "
                       "centres already use. Cheap, firm headroom attracts hosted compute.")},
    {"country.dc_power_buildable_gw_per_yr",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Power added for data centres"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Grid power for data centres the country can add each year.")},
    {"country.industrial_price_usd_per_mwh",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Industrial electricity price"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "What a large industrial user pays for electricity. Cheaper power makes "
                       "the country more attractive to data-centre investors.")},
    {"country.population_m", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Population"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "People living in the country.")},
    {"country.gdp_usd_bn", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "GDP"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Size of the economy at current prices. A larger economy needs more "
                       "compute.")},
    {"country.public_ai_budget_usd_bn_per_yr",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Public AI budget"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Public money available each year for compute, agreements and AI "
                       "programmes. The strategy's levers spend shares of it.")},
    {"country.regional_market_usd_bn",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Regional market for a hub"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "GDP of the neighbouring countries a data-centre hub here could serve. "
                       "Foreign investors build for this market as well as the country's own.")},
    {"country.internet_users_m", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Digital market"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Internet users: the size of the market a supplier gains access to. A "
                       "large market is a bargaining chip.")},
    {"country.regulatory_weight", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Regulatory weight"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Weight of the rule-setting bloc the country belongs to (1 = sets the "
                       "rules for a market the size of the EU).")},
    {"country.language_web_share_pct",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Language share of web data"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Share of web training data written in the country's languages. Models "
                       "trained mostly on English serve small languages poorly.")},
    {"country.data_quality", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "National data quality"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Quality, openness and machine-readability of national data (0 = poor, "
                       "1 = excellent).")},
    {"country.ai_talent_k", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "AI specialists"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "People working in AI in the country. Talent limits how much compute the "
                       "country can put to use.")},
    {"country.domestic_compute_h100e", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Domestic compute"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "AI compute owned at home in 2025, counted in H100-equivalent "
                       "accelerators.")},
    {"country.existing_dc_mw", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Data-centre capacity"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Data-centre capacity in operation in 2025.")},
    {"country.chip_industry", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Chip industry"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Ability to make advanced AI chips at home (0 = none, 1 = leading-edge "
                       "foundries).")},
    {"country.export_control_tier", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Export-control tier"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Tier under AI chip export controls: 1 = unrestricted, 2 = capped "
                       "imports, 3 = embargoed.")},
    {"country.geopolitical_alignment",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Geopolitical alignment"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "How closely the country is aligned with the bloc of the main chip and "
                       "cloud suppliers (0 = not at all, 1 = close ally).")},
    {"strategy.levers.compute_agreements",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Sovereign compute agreements"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Multi-year contracts with price locks, non-interruption clauses and "
                       "emergency priority, especially for inference.")},
    {"strategy.levers.sector_diffusion",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Diffusion across sectors"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Sector sandboxes (health, agriculture, manufacturing) so adoption "
                       "spreads: value comes from use, not from owning models.")},
    {"strategy.levers.demand_aggregation",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Aggregated national demand"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "A published national compute-demand forecast and joint public "
                       "procurement turn scattered buyers into one large customer.")},
    {"strategy.levers.interoperability",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Interoperability"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Open standards and modular architecture in procurement keep switching "
                       "costs low, so no single vendor can hold the country hostage.")},
    {"strategy.levers.small_models",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Small & open-weight models"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Fine-tune open-weight models for national language, law and culture "
                       "instead of training giant models.")},
    {"strategy.levers.talent_capacity",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Talent & state capacity"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "Mass reskilling, and competitive pay and careers for technical civil "
                       "servants.")},
    {"strategy.levers.energy_planning",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Energy & compute planning"),
     QT_TRANSLATE_NOOP("sovsim::ui::Labels",
                       "AI energy zones beside firm generation, efficiency standards and "
                       "protection of household supply.")},
};

const ParameterText* findText(std::string_view path) {
    for (const auto& t : kParameterTexts) {
        if (t.path == path) {
            return &t;
        }
    }
    return nullptr;
}

struct StrategyText {
    std::string_view id;
    const char* name;
    const char* description;
};

// Names and descriptions of the shipped strategy presets (scenarios/strategies/), so they can be
// translated; presets not listed show the name and description from their file.
constexpr StrategyText kStrategyTexts[] = {
    {"autarky", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Autarky"),
     QT_TRANSLATE_NOOP(
         "sovsim::ui::Labels",
         "Own everything, from power and chips to frontier models, and rely on no "
         "foreign supplier: the full-stack sovereignty the report calls too slow and too"
         " expensive for almost every country.")},
    {"brazil_market", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Brazil-style market-for-technology"),
     QT_TRANSLATE_NOOP(
         "sovsim::ui::Labels",
         "Use the largest Latin American market and clean hydro power to make cloud "
         "giants invest locally and comply with Brazilian rules, while building local "
         "models.")},
    {"france_regulatory",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "France-style regulatory steering"),
     QT_TRANSLATE_NOOP(
         "sovsim::ui::Labels",
         "Turn EU rules and firm nuclear power into industry: trusted-cloud rules, a "
         "national champion and public supercomputing, so foreign giants enter on French"
         " terms.")},
    {"india_dpi",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "India-style digital public infrastructure"),
     QT_TRANSLATE_NOOP(
         "sovsim::ui::Labels",
         "Control the identity, payments and data layers as public infrastructure, stay "
         "pragmatic about chips, and pool national GPUs for researchers and start-ups.")},
    {"japan_resilience", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Japan-style resilience"),
     QT_TRANSLATE_NOOP(
         "sovsim::ui::Labels",
         "Build back-up capacity at home (public supercomputers, Japanese open-weight "
         "models) so critical systems keep running if foreign supply breaks, without "
         "chasing the whole stack.")},
    {"kenya_negotiated",
     QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Kenya-style negotiated dependence"),
     QT_TRANSLATE_NOOP(
         "sovsim::ui::Labels",
         "Use geothermal power to attract a foreign-built data centre, seek access to "
         "compute rather than ownership, and grow from user into regional hub.")},
    {"passive_dependence", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Passive dependence"),
     QT_TRANSLATE_NOOP(
         "sovsim::ui::Labels",
         "Buy everything from foreign suppliers on their standard terms, with no "
         "negotiated protections, no national demand pooling and no domestic fallback.")},
    {"taiwan_chips", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "Taiwan-style chips as leverage"),
     QT_TRANSLATE_NOOP(
         "sovsim::ui::Labels",
         "Make the chips everyone needs and use that to secure access and partners, while "
         "rationing scarce power toward AI compute for domestic industry and building a "
         "sovereign Traditional-Chinese model.")},
    {"uae_frontier", QT_TRANSLATE_NOOP("sovsim::ui::Labels", "UAE-style frontier proximity"),
     QT_TRANSLATE_NOOP(
         "sovsim::ui::Labels",
         "Use state capital to buy speed: a national champion and deals with US firms "
         "that accept US export-control conditions in return for frontier technology, "
         "while Arabic models keep cultural control.")},
};

const StrategyText* findStrategyText(std::string_view id) {
    for (const auto& t : kStrategyTexts) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

QString Labels::parameterLabel(const sovsim::ParameterInfo& parameter) {
    if (parameter.kind == sovsim::ParameterKind::Posture) {
        if (const auto layer = sovsim::layerFromKey(parameter.key())) {
            return layerName(*layer);
        }
    }
    if (const auto* t = findText(parameter.path)) {
        return tr(t->label);
    }
    return fromView(parameter.label);
}

QString Labels::parameterDescription(const sovsim::ParameterInfo& parameter) {
    if (parameter.kind == sovsim::ParameterKind::Posture) {
        if (const auto layer = sovsim::layerFromKey(parameter.key())) {
            return layerDescription(*layer);
        }
    }
    if (const auto* t = findText(parameter.path)) {
        return tr(t->description);
    }
    return fromView(parameter.description);
}

QString Labels::unitText(const sovsim::ParameterInfo& parameter) {
    const std::string_view u = parameter.unit;
    if (u == "TWh/yr") {
        return tr("TWh/yr");
    }
    if (u == "fraction/yr") {
        return tr("%/yr");
    }
    if (u == "share 0-1" || u == "% of pages" || u == "intensity 0-1") {
        return tr("%");
    }
    if (u == "GW") {
        return tr("GW");
    }
    if (u == "GW/yr") {
        return tr("GW/yr");
    }
    if (u == "USD/MWh") {
        return tr("USD/MWh");
    }
    if (u == "million") {
        return tr("million");
    }
    if (u == "USD bn") {
        return tr("USD bn");
    }
    if (u == "USD bn/yr") {
        return tr("USD bn/yr");
    }
    if (u == "thousand people") {
        return tr("thousand");
    }
    if (u == "H100e") {
        return tr("H100e");
    }
    if (u == "MW") {
        return tr("MW");
    }
    if (u == "index 0-1" || u == "tier 1-3") {
        return {};
    }
    return fromView(u);
}

QString Labels::groupName(sovsim::ParameterGroup group) {
    using G = sovsim::ParameterGroup;
    switch (group) {
    case G::Energy:
        return tr("Energy");
    case G::CapitalMarket:
        return tr("Capital & market");
    case G::DataLanguage:
        return tr("Data & language");
    case G::Talent:
        return tr("Talent");
    case G::Compute:
        return tr("Compute");
    case G::Geopolitics:
        return tr("Geopolitics");
    case G::Posture:
        return tr("Postures");
    case G::Lever:
        return tr("Policy levers");
    case G::Assumption:
        return tr("Assumptions");
    case G::Timeline:
        return tr("Timeline");
    }
    return {};
}

QString Labels::layerName(sovsim::Layer layer) {
    using L = sovsim::Layer;
    switch (layer) {
    case L::Energy:
        return tr("Energy");
    case L::Chips:
        return tr("Chips & hardware");
    case L::Compute:
        return tr("Compute infrastructure");
    case L::Data:
        return tr("Data");
    case L::Models:
        return tr("Models");
    case L::Applications:
        return tr("Applications & adoption");
    case L::Talent:
        return tr("Talent & state capacity");
    }
    return {};
}

QString Labels::layerDescription(sovsim::Layer layer) {
    using L = sovsim::Layer;
    switch (layer) {
    case L::Energy:
        return tr("Power plants and grid capacity for data centres.");
    case L::Chips:
        return tr("AI accelerators and the hardware around them.");
    case L::Compute:
        return tr("Data centres and cloud capacity that run AI workloads.");
    case L::Data:
        return tr("National data sets, their governance and who may use them.");
    case L::Models:
        return tr("The AI models the country relies on, foreign or national.");
    case L::Applications:
        return tr("AI services used by government, firms and citizens.");
    case L::Talent:
        return tr("AI specialists and a government that understands the technology.");
    }
    return {};
}

QString Labels::postureName(sovsim::Posture posture) {
    switch (posture) {
    case sovsim::Posture::Control:
        return tr("Control");
    case sovsim::Posture::Steer:
        return tr("Steer");
    case sovsim::Posture::Depend:
        return tr("Depend");
    }
    return {};
}

QString Labels::postureDescription(sovsim::Posture posture) {
    switch (posture) {
    case sovsim::Posture::Control:
        return tr("Own or directly command this layer: safest in a crisis, but the most "
                  "expensive and the slowest.");
    case sovsim::Posture::Steer:
        return tr("Do not own it, but shape it through regulation, procurement, standards and "
                  "market access.");
    case sovsim::Posture::Depend:
        return tr("Buy it from others: cheapest and fastest, but exposed to supplier decisions "
                  "unless the terms are negotiated.");
    }
    return {};
}

QString Labels::leverName(sovsim::Lever lever) {
    const auto path = std::string("strategy.levers.") + std::string(sovsim::keyOf(lever));
    if (const auto* t = findText(path)) {
        return tr(t->label);
    }
    return fromView(sovsim::displayNameOf(lever));
}

QString Labels::leverDescription(sovsim::Lever lever) {
    const auto path = std::string("strategy.levers.") + std::string(sovsim::keyOf(lever));
    if (const auto* t = findText(path)) {
        return tr(t->description);
    }
    return {};
}

QString Labels::shockName(sovsim::ShockType type) {
    return shockTypeName(type);
}

QString Labels::shockDescription(sovsim::ShockType type) {
    using S = sovsim::ShockType;
    switch (type) {
    case S::SupplierCutoff:
        return tr("Export controls tighten or a supplier cuts the country off: chip imports and "
                  "foreign cloud access are lost except where contracts protect them.");
    case S::PriceHike:
        return tr("Suppliers raise prices on customers locked into their services.");
    case S::EnergyCrisis:
        return tr("Electricity prices spike and part of the power for data centres is "
                  "withdrawn.");
    case S::ChipLeap:
        return tr("A new chip generation arrives faster than expected: owned hardware loses "
                  "value at once. This shock is permanent.");
    case S::DemandSurge:
        return tr("Demand for compute jumps, for example after a breakthrough application.");
    }
    return {};
}

QString Labels::metricLabel(sovsim::Metric metric) {
    using M = sovsim::Metric;
    switch (metric) {
    case M::ComputeAccessTotal:
        return tr("Compute access (total)");
    case M::ComputeAssured:
        return tr("Compute access (assured)");
    case M::ComputeOwned:
        return tr("Owned domestic compute");
    case M::ComputeContracted:
        return tr("Contracted sovereign access");
    case M::ComputeHosted:
        return tr("Hosted foreign capacity (used)");
    case M::HostedCapacity:
        return tr("Hosted foreign capacity (all)");
    case M::ComputeMarket:
        return tr("Market cloud");
    case M::ComputeDemand:
        return tr("Compute demand");
    case M::CriticalInferenceCoverage:
        return tr("Critical inference coverage");
    case M::DcLoad:
        return tr("Data-centre load");
    case M::DcEnergy:
        return tr("Data-centre energy");
    case M::DcShareOfGeneration:
        return tr("Data-centre share of generation");
    case M::EnergyHeadroom:
        return tr("Energy headroom");
    case M::BargainingLeverage:
        return tr("Bargaining leverage");
    case M::ContractPrice:
        return tr("Contract price");
    case M::NonInterruptionShare:
        return tr("Non-interruption share");
    case M::HostedProtectionShare:
        return tr("Hosted protection share");
    case M::PublicSpending:
        return tr("Public spending");
    case M::MarketSpending:
        return tr("Market spending");
    case M::PublicCostCumulative:
        return tr("Cumulative public cost");
    case M::PublicCostPerH100e:
        return tr("Public cost per unit of compute");
    case M::CostPerAssured:
        return tr("Cost per assured compute");
    case M::OwnedReplacementValue:
        return tr("Owned compute value");
    case M::AdoptionShare:
        return tr("AI adoption");
    case M::AiValueGdpPct:
        return tr("AI value");
    case M::LocalLanguageCapability:
        return tr("Local-language capability");
    case M::Talent:
        return tr("AI talent");
    case M::AgencyIndex:
        return tr("Agency index");
    }
    return {};
}

QString Labels::metricUnit(sovsim::Metric metric) {
    const auto& info = sovsim::infoOf(metric);
    if (info.isShare) {
        return tr("%");
    }
    const std::string_view u = info.unit;
    if (u == "H100e") {
        return tr("H100e");
    }
    if (u == "GW") {
        return tr("GW");
    }
    if (u == "TWh/yr") {
        return tr("TWh/yr");
    }
    if (u == "USD/H100e-hour") {
        return tr("USD per H100e-hour");
    }
    if (u == "USD bn/yr") {
        return tr("USD bn/yr");
    }
    if (u == "USD bn") {
        return tr("USD bn");
    }
    if (u == "USD per H100e-year") {
        return tr("USD per H100e-year");
    }
    if (u == "% of GDP") {
        return tr("% of GDP");
    }
    if (u == "thousand people") {
        return tr("thousand");
    }
    return fromView(u);
}

QString Labels::countryName(const std::string& id, const std::string& fallback) {
    if (id == "japan") {
        return tr("Japan");
    }
    if (id == "france") {
        return tr("France");
    }
    if (id == "uae") {
        return tr("United Arab Emirates");
    }
    if (id == "india") {
        return tr("India");
    }
    if (id == "kenya") {
        return tr("Kenya");
    }
    if (id == "brazil") {
        return tr("Brazil");
    }
    if (id == "taiwan") {
        return tr("Taiwan");
    }
    return QString::fromStdString(fallback);
}

QString Labels::strategyName(const std::string& id, const std::string& fallback) {
    // The preset file stays authoritative: a translation is used only for the text it was made
    // for, so an edited preset never shows a stale translation.
    const auto* t = findStrategyText(id);
    return t != nullptr && fallback == t->name ? tr(t->name) : QString::fromStdString(fallback);
}

QString Labels::strategyDescription(const std::string& id, const std::string& fallback) {
    const auto* t = findStrategyText(id);
    return t != nullptr && fallback == t->description ? tr(t->description)
                                                      : QString::fromStdString(fallback);
}

QString Labels::literal(const QString& text) {
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString Labels::sourceText(const std::string& source) {
    return QString::fromStdString(source);
}

} // namespace sovsim::ui
