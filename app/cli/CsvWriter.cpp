#include "CsvWriter.h"

#include "sovsim/PlainText.h"

#include <charconv>
#include <cmath>
#include <utility>

namespace sovsim::cli {

namespace {

// Pieces of about this size go to the sink.
constexpr size_t kPieceBytes = 64U * 1024U;
constexpr std::string_view kHeader = "scenario,date,metric,value\n";

} // namespace

CsvWriter::CsvWriter(Sink sink) : sink_(std::move(sink)), pending_(kHeader) {}

CsvWriter::CsvWriter() : pending_(kHeader) {}

bool CsvWriter::addProjection(std::string_view scenarioName, const Projection& projection) {
    const std::string scenario = textField(scenarioName);
    for (int step = 0; step < projection.stepCount() && !failed_; ++step) {
        const std::string date = projection.dateAt(step).toString();
        for (const auto& info : allMetrics()) {
            pending_ += scenario;
            pending_ += ',';
            pending_ += date;
            pending_ += ',';
            pending_ += quoted(info.name);
            pending_ += ',';
            const double value = projection.at(info.metric, step);
            missing_ += std::isfinite(value) ? 0 : 1;
            pending_ += formatValue(value);
            pending_ += '\n';
            ++rows_;
        }
        passOn(kPieceBytes);
    }
    return !failed_;
}

bool CsvWriter::passOn(size_t atLeast) {
    if (sink_ && !failed_ && !pending_.empty() && pending_.size() >= atLeast) {
        failed_ = !sink_(pending_);
        pending_.clear();
    }
    return !failed_;
}

bool CsvWriter::finish() {
    return passOn(1);
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

std::string CsvWriter::textField(std::string_view text) {
    return looksLikeAFormula(text) ? quoted("'" + std::string(text)) : quoted(text);
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
