#include "export/ChartExporter.h"

#include "charts/ChartBuilder.h"
#include "export/ExportCaption.h"
#include "sovsim/OutputFile.h"

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace sovsim::ui {
namespace {

class ExportText {
    Q_DECLARE_TR_FUNCTIONS(ExportText)
};

// An offscreen plot laid out at the output size in slide style, with the caption as footer.
class SlidePlot {
public:
    SlidePlot(const ChartInput& input, const ExportOptions& options) {
        ChartExporter::layOutSlide(plot_, input, options);
    }
    QCustomPlot& plot() { return plot_; }

private:
    QCustomPlot plot_;
};

ExportResult failure(const QString& path, ExportResult::Problem problem, const QString& why) {
    return {false, problem,
            ExportText::tr("Could not export %1: %2").arg(QDir::toNativeSeparators(path), why)};
}

// A character device, FIFO, socket or /dev/stdout, written by the core's writer so the GUI and
// the CLI open them alike (appending, never creating or truncating; QFile's append mode would
// try to seek a pipe).
ExportResult writeToStream(const QString& path, const QByteArray& data) {
    const std::string problem = sovsim::writeStraightThrough(
        QFile::encodeName(path).toStdString(),
        std::string_view(data.constData(), static_cast<size_t>(data.size())));
    if (!problem.empty()) {
        return failure(path, ExportResult::Problem::Write, QString::fromStdString(problem));
    }
    return {true, ExportResult::Problem::None, {}};
}

// Renders vector output (SVG or PDF) into `device` at the output's logical size.
bool paintVector(QCustomPlot& plot, QPaintDevice& device, const QSize& size) {
    QCPPainter painter;
    if (!painter.begin(&device)) {
        return false;
    }
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot.toPainter(&painter, size.width(), size.height());
    return painter.end();
}

bool renderSvg(const ChartInput& input, const ExportOptions& options, QBuffer& out) {
    SlidePlot slide(input, options);
    QSvgGenerator generator;
    generator.setOutputDevice(&out);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setTitle(input.spec.title);
    generator.setDescription(input.spec.subtitle);
    return paintVector(slide.plot(), generator, options.size);
}

bool renderPdf(const ChartInput& input, const ExportOptions& options, QBuffer& out) {
    SlidePlot slide(input, options);
    QPdfWriter writer(&out);
    // One PDF page the shape of the slide; 96 dpi makes one device pixel one output pixel.
    constexpr int kDpi = 96;
    writer.setResolution(kDpi);
    const QSizeF points(options.size.width() * 72.0 / kDpi, options.size.height() * 72.0 / kDpi);
    if (!writer.setPageSize(
            QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch)) ||
        !writer.setPageMargins(QMarginsF(0, 0, 0, 0))) {
        return false;
    }
    writer.setTitle(input.spec.title);
    writer.setCreator(QStringLiteral("SovSim %1").arg(QStringLiteral(SOVSIM_VERSION)));
    return paintVector(slide.plot(), writer, options.size);
}

} // namespace

QString keyOf(ExportFormat format) {
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return QStringLiteral("png");
}

std::optional<ExportFormat> exportFormatFromKey(const QString& key) {
    for (ExportFormat f : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf}) {
        if (keyOf(f) == key.trimmed().toLower()) {
            return f;
        }
    }
    return std::nullopt;
}

std::vector<ExportSizePreset> exportSizePresets() {
    return {
        {ExportText::tr("Full HD slide, 16:9 (1920 x 1080)"), QSize(1920, 1080)},
        {ExportText::tr("4K slide, 16:9 (3840 x 2160)"), QSize(3840, 2160)},
        {ExportText::tr("Classic slide, 4:3 (1600 x 1200)"), QSize(1600, 1200)},
        {ExportText::tr("Small slide, 4:3 (1024 x 768)"), QSize(1024, 768)},
    };
}

std::optional<QSize> parseExportSize(const QString& text) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,5})\\s*[xX]\\s*(\\d{1,5})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    const auto ok = [](int side) { return side >= kMinExportSide && side <= kMaxExportSide; };
    if (!ok(size.width()) || !ok(size.height())) {
        return std::nullopt;
    }
    return size;
}

void ChartExporter::layOutSlide(QCustomPlot& plot, const ChartInput& input,
                                const ExportOptions& options) {
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    plot.resize(options.size);
    ChartStyle style = slideStyle(options.theme, options.size.width(), options.size.height());
    style.theme.transparentBackground =
        options.transparentBackground && options.format == ExportFormat::Png;
    style.footer = exportCaption(input, options.workshopName);
    buildChart(plot, input, style);
}

QImage ChartExporter::renderImage(const ChartInput& input, const ExportOptions& options) {
    ExportOptions png = options;
    png.format = ExportFormat::Png;
    SlidePlot slide(input, png);
    return slide.plot().toPixmap(options.size.width(), options.size.height(), 1.0).toImage();
}

ExportResult ChartExporter::exportChart(const ChartInput& input, const ExportOptions& options,
                                        const QString& path) {
    if (!parseExportSize(
            QStringLiteral("%1x%2").arg(options.size.width()).arg(options.size.height()))) {
        return failure(path, ExportResult::Problem::BadRequest,
                       ExportText::tr("the size %1 x %2 is outside %3 to %4 pixels per side")
                           .arg(options.size.width())
                           .arg(options.size.height())
                           .arg(kMinExportSide)
                           .arg(kMaxExportSide));
    }
    // Render completely in memory first; the file is only created once there is something to
    // write, and QSaveFile renames it into place only when every byte is on disk.
    QBuffer buffer;
    if (!buffer.open(QIODevice::WriteOnly)) {
        return failure(path, ExportResult::Problem::Render, buffer.errorString());
    }
    bool rendered = false;
    switch (options.format) {
    case ExportFormat::Png: {
        const QImage image = renderImage(input, options);
        rendered = !image.isNull() && image.save(&buffer, "PNG");
        break;
    }
    case ExportFormat::Svg:
        rendered = renderSvg(input, options, buffer);
        break;
    case ExportFormat::Pdf:
        rendered = renderPdf(input, options, buffer);
        break;
    }
    buffer.close();
    if (!rendered || buffer.data().isEmpty()) {
        return failure(path, ExportResult::Problem::Render,
                       ExportText::tr("the chart could not be drawn"));
    }
    return writeAtomically(path, buffer.data());
}

ExportResult ChartExporter::writeAtomically(const QString& path, const QByteArray& data) {
    // The same rule as the core's writer: QSaveFile renames a new file over whatever is at the
    // path, so only regular files (or nothing) go through it; a device or a pipe is written
    // straight through and stays what it was.
    switch (outputKindOf(QFile::encodeName(path).toStdString())) {
    case OutputKind::Stream:
        return writeToStream(path, data);
    case OutputKind::Folder:
        return failure(path, ExportResult::Problem::Write,
                       ExportText::tr("a folder has that name"));
    case OutputKind::Unsupported:
        return failure(path, ExportResult::Problem::Write,
                       ExportText::tr("it is a block device, not a file"));
    case OutputKind::NewFile:
    case OutputKind::RegularFile:
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(path, ExportResult::Problem::Write, file.errorString());
    }
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failure(path, ExportResult::Problem::Write, why);
    }
    if (!file.commit()) {
        return failure(path, ExportResult::Problem::Write, file.errorString());
    }
    return {true, ExportResult::Problem::None, {}};
}

bool ChartExporter::copyToClipboard(const ChartInput& input, const ExportOptions& options) {
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard == nullptr) {
        return false;
    }
    const QImage image = renderImage(input, options);
    if (image.isNull()) {
        return false;
    }
    clipboard->setImage(image);
    return true;
}

QString ChartExporter::fileNameFor(const ChartSpec& spec, ExportFormat format) {
    return spec.id + QLatin1Char('.') + keyOf(format);
}

} // namespace sovsim::ui
