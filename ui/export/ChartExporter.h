#pragma once
// One chart exporter for every output: PNG, SVG and vector PDF files, and the clipboard. It
// renders through the same ChartBuilder as the window, in slide style scaled to the output size,
// with a caption saying what is compared. Files are written through a temporary file and renamed
// only when complete, so a failed export never leaves a partial file behind.

#include "charts/ChartData.h"
#include "charts/ChartTheme.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

class QCustomPlot;

namespace sovsim::ui {

enum class ExportFormat { Png, Svg, Pdf };
QString keyOf(ExportFormat format); // "png", "svg", "pdf"
std::optional<ExportFormat> exportFormatFromKey(const QString& key);

// Size presets offered in the GUI; the CLI accepts any WxH.
struct ExportSizePreset {
    QString name; // translated: "Full HD slide, 16:9 (1920 x 1080)"
    QSize size;
};
std::vector<ExportSizePreset> exportSizePresets(); // 16:9 1920x1080 (default), 16:9 3840x2160,
                                                   // 4:3 1600x1200, 4:3 1024x768
inline constexpr QSize kDefaultExportSize{1920, 1080};
inline constexpr int kMinExportSide = 200;
inline constexpr int kMaxExportSide = 8000;
// Parses "1920x1080"; nullopt for malformed text or sides outside [kMinExportSide, kMaxExportSide].
std::optional<QSize> parseExportSize(const QString& text);

struct ExportOptions {
    ExportFormat format = ExportFormat::Png;
    QSize size = kDefaultExportSize; // pixels; SVG and PDF keep the aspect ratio and layout
    ThemeId theme = ThemeId::Light;
    bool transparentBackground = false; // PNG only
    QString workshopName;               // shown in the caption when not empty
};

struct ExportResult {
    // What went wrong, so the CLI can tell bad input (a size out of range, a folder that cannot
    // be written) from an internal failure (drawing failed).
    enum class Problem { None, BadRequest, Write, Render };
    bool ok = false;
    Problem problem = Problem::None;
    QString error; // translated, names the file: "Could not export /x/y.png: No such directory"
};

class ChartExporter {
public:
    // Writes one chart to `path` in options.format. Creates nothing on failure.
    static ExportResult exportChart(const ChartInput& input, const ExportOptions& options,
                                    const QString& path);
    // Builds `plot` exactly as an export draws it: slide style at options.size, with the caption
    // as its footer. Every export goes through it; tests inspect what it laid out.
    static void layOutSlide(QCustomPlot& plot, const ChartInput& input,
                            const ExportOptions& options);
    // Renders the chart to an image of options.size (used by PNG export and the clipboard).
    static QImage renderImage(const ChartInput& input, const ExportOptions& options);
    // Puts the chart on the clipboard as an image. Returns false if there is no clipboard.
    static bool copyToClipboard(const ChartInput& input, const ExportOptions& options);
    // Suggested file name: "<chart id>.<ext>".
    static QString fileNameFor(const ChartSpec& spec, ExportFormat format);
    // Writes `data` to `path` through a temporary file renamed into place on success; on any
    // failure nothing is left at `path` (an existing file there stays as it was). Only a regular
    // file is replaced: a character device, a FIFO or /dev/stdout is written straight through
    // and stays what it was (sovsim::outputKindOf decides, as for the CLI's CSV).
    static ExportResult writeAtomically(const QString& path, const QByteArray& data);
};

} // namespace sovsim::ui
