// libFuzzer target for the document reader (docs/testing.md, "Fuzzing"). Any text may be given;
// whatever parses must also
//   - round-trip: serialise then parse gives an equal workshop, and serialising that again gives
//     the same text;
//   - validate: the model finds no problem with any of its scenarios;
//   - project to finite numbers: every value of every metric of every scenario is finite.
// A violated property prints what went wrong and traps, so libFuzzer saves the input.

#include "sovsim/Metric.h"
#include "sovsim/Model.h"
#include "sovsim/Projection.h"
#include "sovsim/ScenarioFile.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace sovsim;

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "sovsim_fuzz_document: %s\n", what.c_str());
    std::fflush(stderr);
    __builtin_trap();
}

void check(bool holds, const std::string& what) {
    if (!holds) {
        fail(what);
    }
}

std::string listed(const std::vector<FileError>& errors) {
    std::string text;
    for (const auto& e : errors) {
        text += "\n  " + e.toString();
    }
    return text;
}

void checkScenario(const Scenario& scenario, size_t index) {
    const std::string which = "scenario " + std::to_string(index) + " (" + scenario.name + ")";
    const std::vector<std::string> problems = validate(scenario);
    if (!problems.empty()) {
        std::string text;
        for (const auto& p : problems) {
            text += "\n  " + p;
        }
        fail(which + " parsed but does not validate:" + text);
    }
    const Projection projection = project(scenario);
    check(projection.stepCount() > 0, which + " projects to no steps");
    for (const MetricInfo& info : allMetrics()) {
        const auto values = projection.series(info.metric);
        check(values.size() == static_cast<size_t>(projection.stepCount()),
              which + ": " + std::string(info.name) + " has the wrong number of values");
        for (size_t step = 0; step < values.size(); ++step) {
            if (!std::isfinite(values[step])) {
                fail(which + ": " + std::string(info.name) + " is " + std::to_string(values[step]) +
                     " at step " + std::to_string(step));
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const LoadResult first = parseDocument(text, "input.json");
    if (!first.ok()) {
        return 0;
    }

    const std::string saved = serialise(first.workshop);
    const LoadResult second = parseDocument(saved, "saved.json");
    check(second.ok(), "the serialised workshop does not parse:" + listed(second.errors) +
                           "\n--- serialised:\n" + saved);
    check(second.isWorkshop, "the serialised workshop parses as a scenario file");
    check(second.workshop == first.workshop,
          "the workshop changed on serialise and parse\n--- serialised:\n" + saved);
    check(serialise(second.workshop) == saved, "serialising the parsed workshop again differs");

    if (!first.isWorkshop) {
        check(first.workshop.scenarios.size() == 1, "a scenario file did not give one scenario");
        const std::string scenarioText = serialise(first.workshop.scenarios[0]);
        const LoadResult scenario = parseDocument(scenarioText, "scenario.json");
        check(scenario.ok() && !scenario.isWorkshop &&
                  scenario.workshop.scenarios == first.workshop.scenarios,
              "the scenario changed on serialise and parse\n--- serialised:\n" + scenarioText);
    }

    for (size_t i = 0; i < first.workshop.scenarios.size(); ++i) {
        checkScenario(first.workshop.scenarios[i], i);
    }
    return 0;
}
