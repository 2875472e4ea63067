#include "export/ExportCaption.h"

#include "sovsim/Model.h"
#include "sovsim/Presets.h"

#include <QCoreApplication>
#include <set>

namespace sovsim::ui {
namespace {

class CaptionText {
    Q_DECLARE_TR_FUNCTIONS(CaptionText)
};

QString shockSummary(const ShockBand& band) {
    const QString severity = severityText(band.severity);
    const auto monthText = [&](double year) {
        const int y = static_cast<int>(year + 1e-9);
        const int m = static_cast<int>((year - y) * 12.0 + 0.5) + 1;
        return QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0'));
    };
    QString text = band.permanent
                       ? CaptionText::tr("%1 from %2, severity %3")
                             .arg(shockTypeName(band.type), monthText(band.startYear), severity)
                       : CaptionText::tr("%1 %2 to %3, severity %4")
                             .arg(shockTypeName(band.type), monthText(band.startYear),
                                  monthText(band.endYear), severity);
    if (!band.scenarios.isEmpty()) {
        text += CaptionText::tr(" (%1)").arg(band.scenarios.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace

QString versionLine() {
    return CaptionText::tr("SovSim %1 - model %2")
        .arg(QStringLiteral(SOVSIM_VERSION),
             QString::fromUtf8(sovsim::kModelVersion.data(),
                               static_cast<qsizetype>(sovsim::kModelVersion.size())));
}

QString shortSource(const QString& source) {
    QString text = source.trimmed();
    const qsizetype url = text.indexOf(QStringLiteral("http"));
    if (url > 0) {
        text.truncate(url);
    }
    while (!text.isEmpty() && QStringLiteral(",;:. ").contains(text.back())) {
        text.chop(1);
    }
    return text;
}

QStringList presetSources(const std::vector<PlottedScenario>& scenarios, bool shortForm) {
    QStringList sources;
    std::set<std::string> seenPresets;
    for (const PlottedScenario& s : scenarios) {
        if (s.countryPreset.empty() || !seenPresets.insert(s.countryPreset).second) {
            continue;
        }
        const sovsim::CountryPreset* preset =
            sovsim::PresetCatalog::builtIn().findCountry(s.countryPreset);
        if (preset == nullptr) {
            continue;
        }
        for (const auto& [key, source] : preset->sources) {
            const QString full = QString::fromStdString(source).trimmed();
            const QString text = shortForm ? shortSource(full) : full;
            // Assumptions are not sources; the report lists them separately.
            if (text.isEmpty() || full.startsWith(QStringLiteral("assumption"))) {
                continue;
            }
            if (!sources.contains(text)) {
                sources << text;
            }
        }
    }
    return sources;
}

QString exportCaption(const ChartInput& input, const QString& workshopName) {
    QStringList names;
    std::vector<PlottedScenario> shown;
    for (const PlottedScenario& s : input.scenarios) {
        if (s.visible && s.projection != nullptr) {
            names << s.name;
            shown.push_back(s);
        }
    }
    QStringList lines;
    QString compared = CaptionText::tr("Scenarios: %1").arg(names.join(QStringLiteral("; ")));
    if (input.differenceMode()) {
        compared += CaptionText::tr(" (shown as the difference from %1)")
                        .arg(input.scenarios[static_cast<size_t>(input.differenceReference)].name);
    }
    if (!workshopName.isEmpty()) {
        compared = CaptionText::tr("%1 - %2", "workshop - scenarios").arg(workshopName, compared);
    }
    lines << compared;

    QStringList shocks;
    for (const ShockBand& band : shockBands(input)) {
        shocks << shockSummary(band);
    }
    lines << (shocks.isEmpty()
                  ? CaptionText::tr("Shocks: none")
                  : CaptionText::tr("Shocks: %1").arg(shocks.join(QStringLiteral("; "))));
    const QStringList sources = presetSources(shown);
    QString versionAndSources = versionLine();
    if (!sources.isEmpty()) {
        // A slide footer holds a few references; the report's closing pages list them all.
        constexpr qsizetype kMaxCaptionSources = 5;
        QString list = sources.mid(0, kMaxCaptionSources).join(QStringLiteral("; "));
        if (sources.size() > kMaxCaptionSources) {
            list = CaptionText::tr("%1; and %n more in the workshop report", nullptr,
                                   static_cast<int>(sources.size() - kMaxCaptionSources))
                       .arg(list);
        }
        versionAndSources += QStringLiteral(". ") + CaptionText::tr("Sources: %1").arg(list);
    }
    lines << versionAndSources;
    return lines.join(QLatin1Char('\n'));
}

} // namespace sovsim::ui
