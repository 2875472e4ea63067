// sovsim-cli report: the workshop handout as one PDF.

#include "Arguments.h"
#include "ExportCommands.h"
#include "OffscreenQt.h"
#include "ScenarioInputs.h"
#include "WorkshopInputs.h"
#include "charts/ChartSpec.h"
#include "export/ProjectedWorkshop.h"
#include "export/WorkshopReport.h"
#include "mainwindow/Language.h"
#include "sovsim/PlainText.h"

#include <QByteArray>
#include <QDate>
#include <ostream>

namespace sovsim::cli {
namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

int report(std::span<const std::string> args, Console& console) {
    std::vector<OptionSpec> options{kLanguageOption,
                                    {"--out", "FILE.pdf|-", false},
                                    {"--title", "TEXT", false},
                                    {"--date", "YYYY-MM-DD", false},
                                    {"--theme", "light|print", false}};
    options.insert(options.end(), kScenarioOptions.begin(), kScenarioOptions.end());
    const ParsedArguments parsed = parseArguments(args, options);
    const auto out = parsed.value("--out");
    if (!out || out->empty()) {
        throw UsageError(
            "missing --out FILE.pdf (the report file to write, or - for standard output)");
    }
    ui::ReportOptions reportOptions;
    if (const auto date = parsed.value("--date")) {
        reportOptions.date = QDate::fromString(qs(*date), Qt::ISODate);
        if (!reportOptions.date.isValid()) {
            throw UsageError("--date '" + shownText(*date) + "': expected a date as YYYY-MM-DD");
        }
    }
    if (const auto theme = parsed.value("--theme")) {
        const auto id = ui::themeFromKey(qs(*theme));
        if (!id || *id == ui::ThemeId::Dark) {
            throw UsageError("--theme '" + shownText(*theme) + "': expected light or print");
        }
        reportOptions.theme = *id;
    }
    reportOptions.workshopName = qs(parsed.value("--title").value_or(""));

    const std::string languageCode = languageFrom(parsed); // checked before any file is read
    const bool toStandardOutput = *out == "-";
    if (!toStandardOutput && outputOverwritesAnInput(*out, parsed.positional, console)) {
        return kExitBadInput;
    }
    auto workshop = loadWorkshopInputs(parsed, console);
    if (!workshop) {
        return kExitBadInput;
    }
    OffscreenQt qt;
    ui::Language language;
    if (!language.apply(QString::fromStdString(languageCode))) {
        console.err << "sovsim-cli: the translation could not be loaded\n";
        return kExitInternalError;
    }
    reportOptions.charts = ui::allCharts(); // titles in the chosen language
    const ui::ProjectedWorkshop projected(std::move(*workshop));
    QByteArray pdf;
    const ui::ReportResult result =
        toStandardOutput ? ui::renderWorkshopReport(pdf, qs(*out), projected.workshop(),
                                                    projected.plotted(), reportOptions)
                         : ui::writeWorkshopReport(qs(*out), projected.workshop(),
                                                   projected.plotted(), reportOptions);
    if (!result.ok) {
        console.err << "sovsim-cli report: " << result.error.toStdString() << "\n";
        return result.problem == ui::ExportResult::Problem::Write ? kExitBadInput
                                                                  : kExitInternalError;
    }
    if (toStandardOutput) {
        // Standard output carries the PDF alone; a failed write (a closed pipe) is bad output.
        console.out.write(pdf.constData(), pdf.size()).flush();
        if (!console.out) {
            console.err << "sovsim-cli report: could not write the report to standard output\n";
            return kExitBadInput;
        }
        return kExitOk;
    }
    console.out << *out << " (" << result.pageCount << " pages)\n";
    return kExitOk;
}

} // namespace

const Command kReportCommand{
    "report",
    "report FILE... --out FILE.pdf|- [--title TEXT] [--date YYYY-MM-DD] [--theme light|print]\n"
    "         [--language en|zh_TW]",
    "Write the workshop report: a PDF handout with scenarios, charts, assumptions and sources.",
    "The report has a cover (workshop name, date, each scenario's country, strategy postures,\n"
    "levers and shocks), one page per chart, and closing pages with the assumptions and the\n"
    "sources of every country figure. The PDF is written completely or not at all. No display\n"
    "is needed.\n\n"
    "Options:\n"
    "  --out FILE.pdf|-     the report file, or '-' for standard output; a device or a pipe\n"
    "                       is written straight through; it must not be one of the FILEs\n"
    "  --title TEXT         title on the cover (default: the workshop's name)\n"
    "  --date YYYY-MM-DD    date on the cover (default: today)\n"
    "  --theme THEME        light (default) or print (black and white)\n"
    "  --language CODE      en (default) or zh_TW (Traditional Chinese) for titles and captions\n"
    "  --to, --step, --set  change every scenario before charting, as for 'run'\n",
    &report,
};

} // namespace sovsim::cli
