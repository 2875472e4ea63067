#pragma once
// Tidy CSV of projections: one row per scenario, date and metric, with the header
// "scenario,date,metric,value". Tidy rows load straight into spreadsheets, pandas or R and
// filter by any column. The text is built in memory so the caller can write it atomically.

#include "sovsim/Projection.h"

#include <string>
#include <string_view>

namespace sovsim::cli {

class CsvWriter {
public:
    CsvWriter(); // starts with the header line

    // Every metric at every step, dated by the start of the step (YYYY-MM-DD).
    void addProjection(std::string_view scenarioName, const Projection& projection);

    const std::string& text() const { return text_; }
    long long rowCount() const { return rows_; }        // data rows, without the header
    long long missingCount() const { return missing_; } // values written empty (not finite)

    // RFC 4180 quoting: a field with a comma, quote or line break is wrapped in quotes and its
    // quotes doubled.
    static std::string quoted(std::string_view field);
    // Up to 10 significant digits without trailing zeros (like "%.10g"), independent of the
    // locale. Non-finite values are written as an empty field (a missing value).
    static std::string formatValue(double value);

private:
    std::string text_;
    long long rows_ = 0;
    long long missing_ = 0;
};

} // namespace sovsim::cli
