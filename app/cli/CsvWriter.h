#pragma once
// Tidy CSV of projections: one row per scenario, date and metric, with the header
// "scenario,date,metric,value". Tidy rows load straight into spreadsheets, pandas or R and
// filter by any column. Rows are passed on as they are made, so memory stays bounded however
// many scenarios and steps there are.

#include "sovsim/Projection.h"

#include <functional>
#include <string>
#include <string_view>

namespace sovsim::cli {

class CsvWriter {
public:
    // Takes the next piece of the CSV (about 64 kB); returns false when it could not, which
    // stops the writer.
    using Sink = std::function<bool(std::string_view)>;

    // Passes the text to `sink` as it is made, starting with the header line.
    explicit CsvWriter(Sink sink);
    // Keeps the whole text in memory for text(): for small outputs and tests.
    CsvWriter();

    // Every metric at every step, dated by the start of the step (YYYY-MM-DD). False once the
    // sink failed.
    bool addProjection(std::string_view scenarioName, const Projection& projection);
    // Passes on what is still held back; false when the sink failed. Call it once, at the end.
    bool finish();

    const std::string& text() const { return pending_; } // without a sink: everything so far
    long long rowCount() const { return rows_; }         // data rows, without the header
    long long missingCount() const { return missing_; }  // values written empty (not finite)

    // RFC 4180 quoting: a field with a comma, quote or line break is wrapped in quotes and its
    // quotes doubled.
    static std::string quoted(std::string_view field);
    // A text cell such as a scenario name: quoted(), with a single quote in front when a
    // spreadsheet would read the text as a formula (it starts with =, +, -, @, a tab or a
    // carriage return). Values are never text cells, so numbers stay numbers.
    static std::string textField(std::string_view text);
    // Up to 10 significant digits without trailing zeros (like "%.10g"), independent of the
    // locale. Non-finite values are written as an empty field (a missing value).
    static std::string formatValue(double value);

private:
    // Gives what is pending to the sink once it holds at least `atLeast` bytes.
    bool passOn(size_t atLeast);

    Sink sink_;
    std::string pending_; // made but not yet passed to the sink
    bool failed_ = false;
    long long rows_ = 0;
    long long missing_ = 0;
};

} // namespace sovsim::cli
