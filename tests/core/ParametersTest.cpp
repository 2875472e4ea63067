// The parameter registry drives the CLI's --set, the file reader and the GUI sliders, so every
// entry must be unique, valid by default, settable, and must reject bad values with a message
// that says what a good value looks like.

#include "sovsim/Parameters.h"

#include "sovsim/Metric.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <set>
#include <string>

namespace sovsim {
namespace {

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

int countWithPrefix(std::string_view prefix) {
    int n = 0;
    for (const auto& p : allParameters()) {
        n += startsWith(p.path, prefix) ? 1 : 0;
    }
    return n;
}

// A valid value different from the default, for checking that setters reach their own field.
double otherValue(const ParameterInfo& p) {
    if (p.kind == ParameterKind::Posture || p.kind == ParameterKind::Step) {
        return p.defaultValue == p.min ? p.min + 1 : p.min;
    }
    return p.defaultValue == p.max ? p.min : p.max;
}

TEST(Parameters, PathsAreUniqueAndPrefixed) {
    std::set<std::string_view> seen;
    for (const auto& p : allParameters()) {
        EXPECT_TRUE(seen.insert(p.path).second) << "duplicate parameter path " << p.path;
        EXPECT_TRUE(startsWith(p.path, "country.") || startsWith(p.path, "strategy.postures.") ||
                    startsWith(p.path, "strategy.levers.") || startsWith(p.path, "assumptions.") ||
                    startsWith(p.path, "timeline."))
            << p.path;
        EXPECT_FALSE(p.key().empty()) << p.path;
        EXPECT_EQ(p.key().find('.'), std::string_view::npos) << p.path;
        EXPECT_FALSE(p.label.empty()) << p.path;
        EXPECT_FALSE(p.description.empty()) << p.path;
        EXPECT_FALSE(p.source.empty()) << p.path << " needs a source or 'assumption'";
        EXPECT_NE(p.get, nullptr) << p.path;
        EXPECT_NE(p.set, nullptr) << p.path;
        EXPECT_EQ(findParameter(p.path), &p) << p.path;
    }
    EXPECT_EQ(findParameter("country.no_such_thing"), nullptr);
}

TEST(Parameters, EveryFieldOfTheScenarioIsSettable) {
    // CountryProfile and Assumptions hold only doubles, so their sizes count their fields.
    EXPECT_EQ(countWithPrefix("country."),
              static_cast<int>(sizeof(CountryProfile) / sizeof(double)));
    EXPECT_EQ(countWithPrefix("assumptions."),
              static_cast<int>(sizeof(Assumptions) / sizeof(double)));
    EXPECT_EQ(countWithPrefix("strategy.postures."), kLayerCount);
    EXPECT_EQ(countWithPrefix("strategy.levers."), kLeverCount);
    EXPECT_NE(findParameter("timeline.end_year"), nullptr);
    EXPECT_NE(findParameter("timeline.step"), nullptr);
    for (const Layer layer : kAllLayers) {
        EXPECT_NE(findParameter("strategy.postures." + std::string(keyOf(layer))), nullptr)
            << keyOf(layer);
    }
    for (const Lever lever : kAllLevers) {
        EXPECT_NE(findParameter("strategy.levers." + std::string(keyOf(lever))), nullptr)
            << keyOf(lever);
    }
}

TEST(Parameters, DefaultsAreInRangeAndMatchADefaultScenario) {
    const Scenario defaults;
    for (const auto& p : allParameters()) {
        EXPECT_LT(p.min, p.max) << p.path;
        EXPECT_TRUE(p.inRange(p.defaultValue)) << p.path << ": default " << p.defaultValue
                                               << " outside [" << p.min << ", " << p.max << "]";
        EXPECT_EQ(p.get(defaults), p.defaultValue) << p.path;
        if (p.kind != ParameterKind::Number) {
            EXPECT_EQ(p.defaultValue, std::floor(p.defaultValue)) << p.path;
        }
    }
}

TEST(Parameters, EachSetterChangesOnlyItsOwnValue) {
    for (const auto& p : allParameters()) {
        Scenario s;
        const double v = otherValue(p);
        ASSERT_NE(v, p.defaultValue) << p.path;
        p.set(s, v);
        EXPECT_EQ(p.get(s), v) << p.path;
        EXPECT_NE(s, Scenario{}) << p.path << " did not change the scenario";
        for (const auto& q : allParameters()) {
            if (&q != &p) {
                EXPECT_EQ(q.get(s), q.defaultValue)
                    << "setting " << p.path << " changed " << q.path;
            }
        }
    }
}

TEST(Parameters, SetParameterRoundTripsThroughText) {
    for (const auto& p : allParameters()) {
        for (const double v : {p.min, p.max, otherValue(p)}) {
            Scenario s;
            const std::string text = formatParameterValue(p, v);
            const auto error = setParameter(s, p.path, text);
            ASSERT_FALSE(error.has_value()) << p.path << "=" << text << ": " << *error;
            EXPECT_NEAR(p.get(s), v, 1e-9 * std::max(1.0, std::abs(v))) << p.path << "=" << text;
            double parsed = -1.0;
            EXPECT_FALSE(parseParameterValue(p, text, parsed).has_value()) << p.path;
            EXPECT_EQ(formatParameterValue(p, parsed), text) << p.path;
        }
    }
}

TEST(Parameters, OutOfRangeValuesAreRejectedNamingTheRange) {
    for (const auto& p : allParameters()) {
        if (p.kind == ParameterKind::Posture || p.kind == ParameterKind::Step) {
            continue;
        }
        const std::string range = expectedText(p);
        EXPECT_NE(range.find('['), std::string::npos) << p.path << ": " << range;
        for (const double bad : {p.max + 1.0, p.min - 1.0}) {
            Scenario s;
            const std::string text = formatParameterValue(p, bad);
            const auto error = setParameter(s, p.path, text);
            ASSERT_TRUE(error.has_value()) << p.path << "=" << text << " was accepted";
            EXPECT_NE(error->find(range), std::string::npos)
                << p.path << ": '" << *error << "' should name the range " << range;
            EXPECT_EQ(s, Scenario{}) << p.path << ": a rejected value must leave the scenario";
        }
    }
}

TEST(Parameters, TheMessageShowsTheActualBounds) {
    const auto* p = findParameter("strategy.levers.compute_agreements");
    ASSERT_NE(p, nullptr);
    Scenario s;
    const auto error = setParameter(s, p->path, "1.5");
    ASSERT_TRUE(error.has_value());
    EXPECT_NE(error->find("[0, 1]"), std::string::npos) << *error;
    EXPECT_NE(error->find("1.5"), std::string::npos) << *error;
}

TEST(Parameters, NonNumbersAreRejected) {
    for (const auto& p : allParameters()) {
        if (p.kind == ParameterKind::Posture || p.kind == ParameterKind::Step) {
            continue;
        }
        for (const char* bad : {"", "abc", "1.0x", "nan", "inf", "1,5", " 1"}) {
            Scenario s;
            const auto error = setParameter(s, p.path, bad);
            ASSERT_TRUE(error.has_value()) << p.path << "='" << bad << "' was accepted";
            EXPECT_NE(error->find(expectedText(p)), std::string::npos) << *error;
            EXPECT_EQ(s, Scenario{}) << p.path;
        }
    }
}

TEST(Parameters, IntegersRejectFractions) {
    Scenario s;
    const auto tier = setParameter(s, "country.export_control_tier", "2.5");
    ASSERT_TRUE(tier.has_value());
    EXPECT_NE(tier->find("whole number"), std::string::npos) << *tier;
    EXPECT_NE(tier->find("[1, 3]"), std::string::npos) << *tier;
    EXPECT_FALSE(setParameter(s, "country.export_control_tier", "3").has_value());
    EXPECT_EQ(s.country.exportControlTier, 3.0);

    const auto year = setParameter(s, "timeline.end_year", "2051");
    ASSERT_TRUE(year.has_value());
    EXPECT_NE(year->find("[2026, 2050]"), std::string::npos) << *year;
    EXPECT_FALSE(setParameter(s, "timeline.end_year", "2050").has_value());
    EXPECT_EQ(s.timeline.endYear, 2050);
}

TEST(Parameters, PosturesAreSetByName) {
    for (const Layer layer : kAllLayers) {
        const std::string path = "strategy.postures." + std::string(keyOf(layer));
        for (const Posture posture : kAllPostures) {
            Scenario s;
            const auto error = setParameter(s, path, keyOf(posture));
            ASSERT_FALSE(error.has_value()) << path << ": " << *error;
            EXPECT_EQ(s.strategy.posture(layer), posture) << path;
        }
        Scenario s;
        for (const char* bad : {"Control", "own", "0", ""}) {
            const auto error = setParameter(s, path, bad);
            ASSERT_TRUE(error.has_value()) << path << "='" << bad << "' was accepted";
            EXPECT_NE(error->find("control, steer, depend"), std::string::npos) << *error;
        }
        EXPECT_EQ(s, Scenario{});
    }
}

TEST(Parameters, PostureAndLeverNamesRoundTrip) {
    EXPECT_EQ(keyOf(Posture::Control), "control");
    EXPECT_EQ(keyOf(Posture::Steer), "steer");
    EXPECT_EQ(keyOf(Posture::Depend), "depend");
    for (const Posture p : kAllPostures) {
        EXPECT_EQ(postureFromKey(keyOf(p)), p);
        EXPECT_FALSE(displayNameOf(p).empty());
    }
    for (const Layer l : kAllLayers) {
        EXPECT_EQ(layerFromKey(keyOf(l)), l);
        EXPECT_FALSE(displayNameOf(l).empty());
    }
    for (const Lever l : kAllLevers) {
        EXPECT_EQ(leverFromKey(keyOf(l)), l);
        EXPECT_FALSE(displayNameOf(l).empty());
    }
    EXPECT_EQ(postureFromKey("autarky"), std::nullopt);
    EXPECT_EQ(layerFromKey("cloud"), std::nullopt);
    EXPECT_EQ(leverFromKey("subsidies"), std::nullopt);
}

TEST(Parameters, StepIsSetByName) {
    Scenario s;
    EXPECT_FALSE(setParameter(s, "timeline.step", "week").has_value());
    EXPECT_EQ(s.timeline.step, Step::Week);
    const auto error = setParameter(s, "timeline.step", "day");
    ASSERT_TRUE(error.has_value());
    EXPECT_NE(error->find("month, quarter, week"), std::string::npos) << *error;
    EXPECT_EQ(s.timeline.step, Step::Week);
}

TEST(Parameters, UnknownPathsAreRejected) {
    Scenario s;
    const auto error = setParameter(s, "country.gdp", "100");
    ASSERT_TRUE(error.has_value());
    EXPECT_NE(error->find("country.gdp"), std::string::npos) << *error;
    EXPECT_EQ(s, Scenario{});
}

TEST(Metrics, NamesAreUniqueAndFollowTheEnum) {
    std::set<std::string_view> names;
    int index = 0;
    for (const auto& info : allMetrics()) {
        EXPECT_EQ(static_cast<int>(info.metric), index++);
        EXPECT_TRUE(names.insert(info.name).second) << "duplicate metric " << info.name;
        EXPECT_EQ(metricFromName(info.name), info.metric);
        EXPECT_EQ(&infoOf(info.metric), &info);
        EXPECT_FALSE(info.unit.empty()) << info.name;
        EXPECT_FALSE(info.label.empty()) << info.name;
    }
    EXPECT_EQ(metricFromName("compute"), std::nullopt);
}

TEST(Metrics, TheIssueNamesAreAllPresent) {
    for (const char* name : {"compute_access_total_h100e",
                             "compute_assured_h100e",
                             "compute_owned_h100e",
                             "compute_contracted_h100e",
                             "compute_hosted_h100e",
                             "compute_market_h100e",
                             "hosted_capacity_h100e",
                             "hosted_protection_share",
                             "market_spending_usd_bn_per_yr",
                             "public_cost_per_h100e_usd",
                             "critical_inference_coverage",
                             "dc_load_gw",
                             "dc_energy_twh",
                             "dc_share_of_generation",
                             "energy_headroom_gw",
                             "bargaining_leverage",
                             "contract_price_usd_per_h100e_hour",
                             "public_cost_cumulative_usd_bn",
                             "cost_per_assured_h100e_usd",
                             "adoption_share",
                             "ai_value_gdp_pct",
                             "local_language_capability",
                             "talent_k",
                             "agency_index"}) {
        EXPECT_TRUE(metricFromName(name).has_value()) << name;
    }
}

} // namespace
} // namespace sovsim
