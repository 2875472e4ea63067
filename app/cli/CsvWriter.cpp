#include "CsvWriter.h"

#include <charconv>
#include <cmath>

namespace sovsim::cli {

CsvWriter::CsvWriter() : text_("scenario,date,metric,value\n") {}

void CsvWriter::addProjection(std::string_view scenarioName, const Projection& projection) {
    const std::string scenario = quoted(scenarioName);
    for (int step = 0; step < projection.stepCount(); ++step) {
        const std::string date = projection.dateAt(step).toString();
        for (const auto& info : allMetrics()) {
            text_ += scenario;
            text_ += ',';
            text_ += date;
            text_ += ',';
            text_ += quoted(info.name);
            text_ += ',';
            const double value = projection.at(info.metric, step);
            missing_ += std::isfinite(value) ? 0 : 1;
            text_ += formatValue(value);
            text_ += '\n';
            ++rows_;
        }
    }
}

std::string CsvWriter::quoted(std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(field);
    }
    std::string text = "\"";
    for (const char c : field) {
        if (c == '"') {
            text += '"';
        }
        text += c;
    }
    text += '"';
    return text;
}

std::string CsvWriter::formatValue(double value) {
    if (!std::isfinite(value)) {
        return {};
    }
    char buf[32];
    const auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, 10);
    return std::string(buf, result.ptr);
}

} // namespace sovsim::cli
