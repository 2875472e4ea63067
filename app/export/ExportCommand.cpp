// sovsim-cli export: slide-ready charts of a workshop as PNG, SVG and PDF files.

#include "Arguments.h"
#include "ExportCommands.h"
#include "OffscreenQt.h"
#include "ScenarioInputs.h"
#include "WorkshopInputs.h"
#include "charts/ChartSpec.h"
#include "export/ChartExporter.h"
#include "export/ProjectedWorkshop.h"
#include "mainwindow/Language.h"
#include "sovsim/PlainText.h"

#include <QDir>
#include <QStringList>
#include <filesystem>
#include <ostream>
#include <vector>

namespace sovsim::cli {
namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

std::vector<ui::ChartSpec> chartsFrom(const ParsedArguments& args) {
    const std::string text = args.value("--charts").value_or("all");
    if (text == "all") {
        return ui::allCharts();
    }
    std::vector<ui::ChartSpec> charts;
    for (const QString& id : qs(text).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto chart = ui::findChart(id.trimmed());
        if (!chart) {
            throw UsageError("--charts: unknown chart '" + shownText(id.trimmed().toStdString()) +
                             "' (expected all, or a comma-separated list of: " +
                             ui::chartIds().join(QStringLiteral(", ")).toStdString() + ")");
        }
        charts.push_back(std::move(*chart));
    }
    if (charts.empty()) {
        throw UsageError("--charts: expected all, or a comma-separated list of chart names");
    }
    return charts;
}

std::vector<ui::ExportFormat> formatsFrom(const ParsedArguments& args) {
    std::vector<ui::ExportFormat> formats;
    for (const QString& key :
         qs(args.value("--format").value_or("png")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto format = ui::exportFormatFromKey(key);
        if (!format) {
            throw UsageError("--format: unknown format '" + shownText(key.trimmed().toStdString()) +
                             "' (expected a comma-separated list of png, svg, pdf)");
        }
        if (std::find(formats.begin(), formats.end(), *format) == formats.end()) {
            formats.push_back(*format);
        }
    }
    if (formats.empty()) {
        throw UsageError("--format: expected a comma-separated list of png, svg, pdf");
    }
    return formats;
}

QSize sizeFrom(const ParsedArguments& args) {
    const auto text = args.value("--size");
    if (!text) {
        return ui::kDefaultExportSize;
    }
    const auto size = ui::parseExportSize(qs(*text));
    if (!size) {
        throw UsageError("--size '" + shownText(*text) +
                         "': expected WIDTHxHEIGHT in pixels, each side " +
                         std::to_string(ui::kMinExportSide) + " to " +
                         std::to_string(ui::kMaxExportSide) + ", for example 1920x1080");
    }
    return *size;
}

ui::ThemeId themeFrom(const ParsedArguments& args) {
    const std::string text = args.value("--theme").value_or("light");
    const auto theme = ui::themeFromKey(qs(text));
    if (!theme) {
        throw UsageError("--theme '" + shownText(text) + "': expected light, dark or print");
    }
    return *theme;
}

int differenceFrom(const ParsedArguments& args, const Workshop& workshop, Console& console) {
    const auto name = args.value("--difference-from");
    if (!name) {
        return -1;
    }
    for (size_t i = 0; i < workshop.scenarios.size(); ++i) {
        if (workshop.scenarios[i].name == *name) {
            return static_cast<int>(i);
        }
    }
    console.err << "sovsim-cli export: --difference-from '" << shownText(*name)
                << "': no scenario has this name (expected one of:";
    for (const auto& s : workshop.scenarios) {
        console.err << " '" << shownText(s.name) << "'";
    }
    console.err << ")\n";
    return -2;
}

int exportCharts(std::span<const std::string> args, Console& console) {
    std::vector<OptionSpec> options{{"--charts", "all|NAME[,NAME...]", false},
                                    {"--format", "png,svg,pdf", false},
                                    {"--size", "WxH", false},
                                    {"--theme", "light|dark|print", false},
                                    kLanguageOption,
                                    {"--out", "DIR", false},
                                    {"--transparent", "", false},
                                    {"--difference-from", "SCENARIO", false}};
    options.insert(options.end(), kScenarioOptions.begin(), kScenarioOptions.end());
    const ParsedArguments parsed = parseArguments(args, options);
    const std::vector<ui::ChartSpec> charts = chartsFrom(parsed);
    const std::vector<ui::ExportFormat> formats = formatsFrom(parsed);
    ui::ExportOptions exportOptions;
    exportOptions.size = sizeFrom(parsed);
    exportOptions.theme = themeFrom(parsed);
    exportOptions.transparentBackground = parsed.has("--transparent");
    const auto outDir = parsed.value("--out");
    if (!outDir || outDir->empty()) {
        throw UsageError("missing --out DIR (the folder the chart files are written to)");
    }

    const std::string languageCode = languageFrom(parsed); // checked before any file is read
    // Every file the export will write, checked before anything is read or written.
    for (const ui::ChartSpec& chart : charts) {
        for (const ui::ExportFormat format : formats) {
            const std::string path = (std::filesystem::path(*outDir) /
                                      ui::ChartExporter::fileNameFor(chart, format).toStdString())
                                         .string();
            if (outputOverwritesAnInput(path, parsed.positional, console)) {
                return kExitBadInput;
            }
        }
    }
    auto workshop = loadWorkshopInputs(parsed, console);
    if (!workshop) {
        return kExitBadInput;
    }
    const int reference = differenceFrom(parsed, *workshop, console);
    if (reference == -2) {
        return kExitBadInput;
    }
    std::error_code error;
    std::filesystem::create_directories(*outDir, error);
    if (error) {
        console.err << *outDir << ": cannot create the output folder: " << error.message() << "\n";
        return kExitBadInput;
    }

    OffscreenQt qt;
    ui::Language language;
    if (!language.apply(QString::fromStdString(languageCode))) {
        console.err << "sovsim-cli: the translation could not be loaded\n";
        return kExitInternalError;
    }
    exportOptions.workshopName = qs(workshop->name);
    const ui::ProjectedWorkshop projected(std::move(*workshop));
    ui::ChartInput input;
    input.scenarios = projected.plotted();
    input.differenceReference = reference;
    const QDir dir(qs(*outDir));
    for (const ui::ChartSpec& chart : charts) {
        input.spec = *ui::findChart(chart.id); // titles in the chosen language
        for (const ui::ExportFormat format : formats) {
            exportOptions.format = format;
            const QString path = dir.filePath(ui::ChartExporter::fileNameFor(chart, format));
            const ui::ExportResult result =
                ui::ChartExporter::exportChart(input, exportOptions, path);
            if (!result.ok) {
                console.err << "sovsim-cli export: " << result.error.toStdString() << "\n";
                return result.problem == ui::ExportResult::Problem::Render ? kExitInternalError
                                                                           : kExitBadInput;
            }
            console.out << path.toStdString() << "\n";
        }
    }
    return kExitOk;
}

} // namespace

const Command kExportCommand{
    "export",
    "export FILE... --out DIR [--charts all|NAME[,NAME...]] [--format png,svg,pdf] [--size WxH]\n"
    "         [--theme light|dark|print] [--transparent] [--difference-from SCENARIO]\n"
    "         [--language en|zh_TW]",
    "Export slide-ready charts of the scenarios as PNG, SVG and PDF files.",
    "Every scenario in every FILE is drawn on each chart, in the colours of the workshop window,\n"
    "with shocks shaded and a caption naming the scenarios, shocks, versions and sources. Files\n"
    "are named CHART.FORMAT (compute.png, energy.svg, ...) and their paths printed one per line.\n"
    "Each file is written completely or not at all; nothing is written when a chart file would\n"
    "be one of the FILEs. No display is needed.\n\n"
    "Options:\n"
    "  --out DIR            folder for the files (created if missing)\n"
    "  --charts LIST        'all' (the default) or a comma-separated list of: compute, energy,\n"
    "                       leverage, critical_inference, public_cost_per_compute, language,\n"
    "                       public_cost, agency, contract_price\n"
    "  --format LIST        comma-separated list of png, svg, pdf (default png)\n"
    "  --size WxH           size in pixels (default 1920x1080; 3840x2160 for 4K, 1600x1200 for\n"
    "                       4:3). SVG and PDF are vector files laid out at this size\n"
    "  --theme THEME        light (default), dark (for dark slides) or print (black and white,\n"
    "                       lines told apart by markers and dashes)\n"
    "  --transparent        PNG without a background fill\n"
    "  --difference-from S  draw every other scenario as its difference from scenario S\n"
    "  --language CODE      en (default) or zh_TW (Traditional Chinese) for titles and captions\n"
    "  --to, --step, --set  change every scenario before charting, as for 'run'\n",
    &exportCharts,
};

} // namespace sovsim::cli
