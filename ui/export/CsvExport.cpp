#include "export/CsvExport.h"

#include "sovsim/Parameters.h"
#include "sovsim/PlainText.h"

#include <charconv>
#include <cmath>
#include <set>

namespace sovsim::ui {
namespace {

std::string_view utf8View(const QByteArray& bytes) {
    return {bytes.constData(), static_cast<size_t>(bytes.size())};
}

QByteArray utf8(std::string_view text) {
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

void addRow(QByteArray& out, std::initializer_list<QByteArray> fields) {
    bool first = true;
    for (const QByteArray& f : fields) {
        if (!first) {
            out += ',';
        }
        out += f;
        first = false;
    }
    out += '\n';
}

} // namespace

QByteArray csvField(const QString& text) {
    QByteArray bytes = text.toUtf8();
    if (sovsim::looksLikeAFormula(utf8View(bytes))) {
        bytes.prepend('\'');
    }
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') &&
        !bytes.contains('\r')) {
        return bytes;
    }
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray csvNumber(double value) {
    if (!std::isfinite(value)) {
        return {};
    }
    char buf[32];
    const auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, 10);
    return QByteArray(buf, static_cast<qsizetype>(result.ptr - buf));
}

QByteArray plottedSeriesCsv(const std::vector<ChartSpec>& charts,
                            const std::vector<PlottedScenario>& scenarios) {
    std::vector<sovsim::Metric> metrics;
    std::set<sovsim::Metric> seen;
    for (const ChartSpec& chart : charts) {
        for (const SeriesSpec& s : chart.series) {
            if (seen.insert(s.metric).second) {
                metrics.push_back(s.metric);
            }
        }
    }
    QByteArray out = "scenario,date,metric,value\n";
    for (const PlottedScenario& s : scenarios) {
        if (!s.visible || s.projection == nullptr) {
            continue;
        }
        const QByteArray name = csvField(s.name);
        const sovsim::Projection& p = *s.projection;
        for (int step = 0; step < p.stepCount(); ++step) {
            const QByteArray date = QByteArray::fromStdString(p.dateAt(step).toString());
            for (sovsim::Metric m : metrics) {
                addRow(out, {name, date, utf8(sovsim::infoOf(m).name), csvNumber(p.at(m, step))});
            }
        }
    }
    return out;
}

QByteArray settingsCsv(const sovsim::Workshop& workshop) {
    QByteArray out = "scenario,parameter,value,unit\n";
    for (const sovsim::Scenario& scenario : workshop.scenarios) {
        const QByteArray name = csvField(QString::fromStdString(scenario.name));
        for (const sovsim::ParameterInfo& info : sovsim::allParameters()) {
            const double value = info.get(scenario);
            const bool numeric = info.kind == sovsim::ParameterKind::Number ||
                                 info.kind == sovsim::ParameterKind::Integer;
            const QByteArray text =
                numeric
                    ? csvNumber(value)
                    : csvField(QString::fromStdString(sovsim::formatParameterValue(info, value)));
            addRow(out,
                   {name, utf8(info.path), text, csvField(QString::fromUtf8(utf8(info.unit)))});
        }
        for (size_t i = 0; i < scenario.shocks.size(); ++i) {
            const sovsim::Shock& shock = scenario.shocks[i];
            const QByteArray prefix =
                "shocks[" + QByteArray::number(static_cast<qulonglong>(i)) + "].";
            addRow(out, {name, prefix + "type", utf8(sovsim::keyOf(shock.type)), {}});
            addRow(out, {name, prefix + "start", QByteArray::fromStdString(shock.start.toString()),
                         "YYYY-MM"});
            addRow(out,
                   {name, prefix + "duration_months", csvNumber(shock.durationMonths), "months"});
            addRow(out, {name, prefix + "severity", csvNumber(shock.severity), "share 0-1"});
        }
    }
    return out;
}

} // namespace sovsim::ui
