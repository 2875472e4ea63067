#pragma once
// Golden runs: the expected output of every shipped workshop, stored as CSV in
// tests/data/golden/ and compared with a relative tolerance. The test and the generator
// (sovsim_golden_tool, run by tools/update-golden.sh) share this code so they cannot disagree
// about the format.

#include "sovsim/Scenario.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sovsim::golden {

inline constexpr double kRelativeTolerance = 1e-9;
inline constexpr double kAbsoluteTolerance = 1e-12; // for values near zero

// One sampled value: scenario (by position and name), calendar year, metric.
struct Row {
    int scenarioIndex = 0;
    std::string scenario;
    int year = 0;
    std::string metric;
    double value = 0.0;
};

// "workshops/default.json" (or "default.json") -> "default.csv": the file name without its
// folder, so golden files stay flat in tests/data/golden/.
std::string goldenFileName(std::string_view workshopFile);

// Runs every scenario of the workshop and samples every metric once a year, at the step that
// starts on 1 January (or just before), from 2025 to the scenario's end year.
std::vector<Row> sample(const Workshop& workshop);

// CSV with header "scenario_index,scenario,year,metric,value"; values with 17 significant
// digits so they read back bit for bit.
std::string toCsv(const std::vector<Row>& rows);

// Parses toCsv's output; on failure returns nothing and sets `error` (with the line number).
std::optional<std::vector<Row>> parseCsv(std::string_view text, std::string& error);

// Differences between expected and actual rows, one message each, at most `maxMessages`
// (plus a final count of the rest). Empty when they match within the tolerances.
std::vector<std::string> compare(const std::vector<Row>& expected, const std::vector<Row>& actual,
                                 size_t maxMessages = 20);

bool withinTolerance(double expected, double actual);

} // namespace sovsim::golden
