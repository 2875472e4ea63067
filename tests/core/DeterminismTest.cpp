// A run is a pure function of its scenario: the same scenario gives the same bits, whether the
// projection is fresh or reused, and whatever ran before it. The whole projection is hashed and
// the actual hashes are printed on failure, so a report shows what changed.

#include "ScenarioBuilders.h"

#include <cmath>
#include <cstdio>
#include <gtest/gtest.h>
#include <string>

namespace sovsim {
namespace {

using test::hashOf;
using test::makeShock;
using test::presetScenario;

std::string hex(std::uint64_t h) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

Scenario shockedScenario() {
    Scenario s = presetScenario("japan", "japan_resilience");
    s.shocks.push_back(makeShock(ShockType::SupplierCutoff, {2030, 1}, 24, 0.8));
    s.shocks.push_back(makeShock(ShockType::ChipLeap, {2033, 4}, 1, 0.6));
    s.shocks.push_back(makeShock(ShockType::EnergyCrisis, {2036, 10}, 6, 0.5));
    return s;
}

TEST(Determinism, SameScenarioSameBits) {
    const Scenario s = shockedScenario();
    const auto first = hashOf(project(s));
    const auto second = hashOf(project(s));
    EXPECT_EQ(first, second) << "first run " << hex(first) << ", second run " << hex(second);
}

TEST(Determinism, FreshCopyOfTheScenarioSameBits) {
    const Scenario original = shockedScenario();
    const auto expected = hashOf(project(original));
    const Scenario copy = original;
    const auto actual = hashOf(project(copy));
    EXPECT_EQ(actual, expected) << "copy " << hex(actual) << ", original " << hex(expected);
    const Scenario rebuilt = shockedScenario();
    const auto rebuiltHash = hashOf(project(rebuilt));
    EXPECT_EQ(rebuiltHash, expected)
        << "rebuilt " << hex(rebuiltHash) << ", original " << hex(expected);
}

TEST(Determinism, ReusedProjectionMatchesAFreshOne) {
    const Scenario target = shockedScenario();
    const auto expected = hashOf(project(target));
    // Fill a projection with a different run first: nothing may leak into the next one.
    Projection out;
    Scenario other = presetScenario("kenya", "autarky");
    other.shocks.push_back(makeShock(ShockType::DemandSurge, {2027, 1}, 60, 1.0));
    project(other, out);
    const auto otherHash = hashOf(out);
    project(target, out);
    const auto reused = hashOf(out);
    EXPECT_EQ(reused, expected) << "reused " << hex(reused) << ", fresh " << hex(expected);
    EXPECT_NE(otherHash, expected) << "two different scenarios hashed to " << hex(expected);
    EXPECT_EQ(out, project(target));
}

TEST(Determinism, TimelineChangeResizesAReusedProjection) {
    Scenario weekly = shockedScenario();
    weekly.timeline.step = Step::Week;
    weekly.timeline.endYear = 2050;
    Projection out;
    project(shockedScenario(), out);
    project(weekly, out);
    EXPECT_EQ(out.stepCount(), weekly.timeline.stepCount());
    EXPECT_EQ(hashOf(out), hashOf(project(weekly)))
        << "reused " << hex(hashOf(out)) << ", fresh " << hex(hashOf(project(weekly)));
}

TEST(Determinism, EveryWorkshopScenarioRepeats) {
    for (const auto& [file, workshop] : PresetCatalog::builtIn().shippedWorkshops()) {
        for (const auto& s : workshop.scenarios) {
            const auto a = hashOf(project(s));
            const auto b = hashOf(project(s));
            EXPECT_EQ(a, b) << file << " / " << s.name << ": " << hex(a) << " then " << hex(b);
        }
    }
}

TEST(Determinism, TheHashSeesEveryMetric) {
    // Guard against a hash that ignores part of the projection.
    const auto p = project(shockedScenario());
    const auto h = hashOf(p);
    for (const auto& info : allMetrics()) {
        Projection changed = p;
        auto values = changed.series(info.metric);
        values[values.size() - 1] = std::nextafter(values[values.size() - 1], 1e300);
        EXPECT_NE(hashOf(changed), h) << info.name;
    }
}

} // namespace
} // namespace sovsim
