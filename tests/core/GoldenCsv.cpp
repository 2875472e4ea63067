#include "GoldenCsv.h"

#include "sovsim/Model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace sovsim::golden {
namespace {

constexpr std::string_view kHeader = "scenario_index,scenario,year,metric,value";

// Scenario names may hold commas and quotes: quote them the CSV way.
std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

// Splits one CSV line into fields, honouring quotes. Returns false on an unterminated quote.
bool splitLine(std::string_view line, std::vector<std::string>& fields) {
    fields.assign(1, std::string());
    bool inQuotes = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                inQuotes = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            inQuotes = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    return !inQuotes;
}

template <typename T> bool parseNumber(const std::string& text, T& out) {
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && ptr == text.data() + text.size() && !text.empty();
}

std::string formatValue(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

} // namespace

std::string goldenFileName(std::string_view workshopFile) {
    const auto slash = workshopFile.find_last_of("/\\");
    const std::string_view name =
        slash == std::string_view::npos ? workshopFile : workshopFile.substr(slash + 1);
    return std::string(name.substr(0, name.rfind('.'))) + ".csv";
}

std::vector<Row> sample(const Workshop& workshop) {
    std::vector<Row> rows;
    for (size_t i = 0; i < workshop.scenarios.size(); ++i) {
        const Scenario& s = workshop.scenarios[i];
        const Projection p = project(s);
        for (int year = kStartYear; year <= s.timeline.endYear; ++year) {
            for (const auto& info : allMetrics()) {
                rows.push_back({static_cast<int>(i), s.name, year, std::string(info.name),
                                p.atYear(info.metric, year)});
            }
        }
    }
    return rows;
}

std::string toCsv(const std::vector<Row>& rows) {
    std::string out(kHeader);
    out += '\n';
    for (const Row& r : rows) {
        out += std::to_string(r.scenarioIndex) + ',' + quoted(r.scenario) + ',' +
               std::to_string(r.year) + ',' + r.metric + ',' + formatValue(r.value) + '\n';
    }
    return out;
}

std::optional<std::vector<Row>> parseCsv(std::string_view text, std::string& error) {
    std::vector<Row> rows;
    std::vector<std::string> fields;
    int lineNumber = 0;
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t end = std::min(text.find('\n', pos), text.size());
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (lineNumber == 1) {
            if (line != kHeader) {
                error = "line 1: expected the header '" + std::string(kHeader) + "'";
                return std::nullopt;
            }
            continue;
        }
        if (line.empty()) {
            continue;
        }
        Row r;
        if (!splitLine(line, fields) || fields.size() != 5 ||
            !parseNumber(fields[0], r.scenarioIndex) || !parseNumber(fields[2], r.year) ||
            !parseNumber(fields[4], r.value)) {
            error = "line " + std::to_string(lineNumber) +
                    ": expected scenario_index,\"scenario\",year,metric,value";
            return std::nullopt;
        }
        r.scenario = fields[1];
        r.metric = fields[3];
        rows.push_back(std::move(r));
    }
    if (lineNumber == 0) {
        error = "the file is empty";
        return std::nullopt;
    }
    return rows;
}

bool withinTolerance(double expected, double actual) {
    const double diff = std::abs(expected - actual);
    return diff <= kAbsoluteTolerance ||
           diff <= kRelativeTolerance * std::max(std::abs(expected), std::abs(actual));
}

std::vector<std::string> compare(const std::vector<Row>& expected, const std::vector<Row>& actual,
                                 size_t maxMessages) {
    std::vector<std::string> messages;
    size_t problems = 0;
    const auto report = [&](const std::string& message) {
        if (++problems <= maxMessages) {
            messages.push_back(message);
        }
    };
    if (expected.size() != actual.size()) {
        report("expected " + std::to_string(expected.size()) + " rows, the model gives " +
               std::to_string(actual.size()) + " (scenarios, years or metrics changed)");
    }
    const size_t n = std::min(expected.size(), actual.size());
    for (size_t i = 0; i < n; ++i) {
        const Row& e = expected[i];
        const Row& a = actual[i];
        std::ostringstream where;
        where << "row " << i + 2 << " (scenario " << e.scenarioIndex << " '" << e.scenario << "', "
              << e.year << ", " << e.metric << ")";
        if (e.scenarioIndex != a.scenarioIndex || e.scenario != a.scenario || e.year != a.year ||
            e.metric != a.metric) {
            report(where.str() + ": the model now gives scenario " +
                   std::to_string(a.scenarioIndex) + " '" + a.scenario + "', " +
                   std::to_string(a.year) + ", " + a.metric);
            continue;
        }
        if (!withinTolerance(e.value, a.value)) {
            report(where.str() + ": expected " + formatValue(e.value) + ", got " +
                   formatValue(a.value));
        }
    }
    if (problems > maxMessages) {
        messages.push_back("... and " + std::to_string(problems - maxMessages) +
                           " more differences");
    }
    return messages;
}

} // namespace sovsim::golden
