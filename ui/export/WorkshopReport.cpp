#include "export/WorkshopReport.h"

#include "charts/ChartBuilder.h"
#include "export/ChartExporter.h"
#include "export/ExportCaption.h"
#include "model/Labels.h"
#include "model/ScenarioNames.h"
#include "model/ValueFormat.h"
#include "sovsim/Parameters.h"
#include "sovsim/Presets.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <cmath>
#include <memory>
#include <qcustomplot.h>
#include <set>

namespace sovsim::ui {
namespace {

class ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

// Device units: 96 per inch, so an A4 landscape page is about 1123 x 794 and the font sizes
// below are ordinary screen pixels (13 px = 10 pt).
constexpr int kDpi = 96;
constexpr double kMarginPx = 48;
constexpr double kPageFooterPx = 24;
// Charts are laid out on a virtual page this wide and scaled to the paper, so they keep the
// proportions of a slide.
constexpr double kChartLayoutWidth = 1600;

// The assumptions a reader most needs to judge the results; the rest are listed only when a
// scenario changed them.
const char* const kKeyAssumptions[] = {
    "assumptions.price_performance_growth_per_yr",
    "assumptions.accelerator_price_usd",
    "assumptions.rental_price_usd_per_gpu_hour",
    "assumptions.power_per_h100e_kw",
    "assumptions.pue",
    "assumptions.useful_life_years",
    "assumptions.gdp_growth_per_yr",
    "assumptions.critical_inference_share",
    "assumptions.supplier_concentration",
    "assumptions.supplier_tightness",
};

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}
QString esc(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

QString styleSheet() {
    return QStringLiteral("body { font-size: 13px; color: #202020; }"
                          "h1 { font-size: 30px; margin-bottom: 4px; }"
                          "h2 { font-size: 18px; margin-top: 14px; margin-bottom: 5px; }"
                          "p.meta { color: #555555; font-size: 14px; }"
                          "p.note { color: #555555; font-size: 12px; }"
                          "table { border-collapse: collapse; }"
                          "th { background-color: #e8ecf0; text-align: left; font-weight: bold; }"
                          "td, th { padding: 2px 6px; vertical-align: top; }");
}

QString valueText(const sovsim::ParameterInfo& info, double value) {
    if (info.kind == sovsim::ParameterKind::Posture || info.kind == sovsim::ParameterKind::Step) {
        return QString::fromStdString(sovsim::formatParameterValue(info, value));
    }
    return formatParameter(info, value); // shares as percentages, with the unit
}

QString shockList(const sovsim::Scenario& s) {
    if (s.shocks.empty()) {
        return ReportText::tr("none");
    }
    QStringList items;
    for (const sovsim::Shock& shock : s.shocks) {
        const QString start = QString::fromStdString(shock.start.toString());
        const QString severity =
            QLocale().toString(shock.severity * 100.0, 'f', 0) + QLatin1Char('%');
        items << (shock.type == sovsim::ShockType::ChipLeap
                      ? ReportText::tr("%1 from %2, severity %3")
                            .arg(Labels::shockName(shock.type), start, severity)
                      : ReportText::tr("%1 from %2 for %3 months, severity %4")
                            .arg(Labels::shockName(shock.type), start)
                            .arg(shock.durationMonths)
                            .arg(severity));
    }
    return esc(items.join(QStringLiteral("; ")));
}

QString countryOf(const sovsim::Scenario& s) {
    const sovsim::CountryPreset* preset =
        sovsim::PresetCatalog::builtIn().findCountry(s.countryPreset);
    if (preset == nullptr) {
        return ReportText::tr("custom country");
    }
    QString name = Labels::countryName(preset->id, preset->name);
    if (!(s.country == preset->profile)) {
        name = ReportText::tr("%1 (edited)").arg(name);
    }
    return esc(name);
}

QString strategyOf(const sovsim::Scenario& s) {
    const sovsim::StrategyPreset* preset =
        sovsim::PresetCatalog::builtIn().findStrategy(s.strategyPreset);
    if (preset == nullptr) {
        return ReportText::tr("custom strategy");
    }
    QString name = Labels::strategyName(preset->id, preset->name);
    if (!(s.strategy == preset->strategy)) {
        name = ReportText::tr("%1 (edited)").arg(name);
    }
    return esc(name);
}

// `leversOnNewPage`: when the cover does not fit one page, the levers table starts a page of its
// own rather than splitting its rows across two.
QString coverHtml(const sovsim::Workshop& workshop, const QString& title, const QDate& date,
                  bool leversOnNewPage) {
    QString h = QStringLiteral("<html><head><style>%1</style></head><body>").arg(styleSheet());
    h += QStringLiteral("<h1>%1</h1>").arg(esc(title));
    h += QStringLiteral("<p class='meta'>%1<br>%2</p>")
             .arg(esc(ReportText::tr("Workshop report, %1")
                          .arg(QLocale().toString(date, QLocale::LongFormat))),
                  esc(versionLine()));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(ReportText::tr("Scenarios")));
    h += QStringLiteral("<table border='1' cellspacing='0' width='100%'><tr><th>%1</th><th>%2</th>"
                        "<th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(esc(ReportText::tr("Scenario")), esc(ReportText::tr("Country")),
                  esc(ReportText::tr("Strategy")), esc(ReportText::tr("Years")),
                  esc(ReportText::tr("Shocks")));
    for (const sovsim::Scenario& s : workshop.scenarios) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>2025-%4</td><td>%5</td></tr>")
                 .arg(esc(ScenarioNames::display(s)), countryOf(s), strategyOf(s))
                 .arg(s.timeline.endYear)
                 .arg(shockList(s));
    }
    h += QStringLiteral("</table>");

    // Postures and levers: one column per scenario, one row per layer or lever.
    QString header = QStringLiteral("<tr><th></th>");
    for (const sovsim::Scenario& s : workshop.scenarios) {
        header += QStringLiteral("<th>%1</th>").arg(esc(s.name));
    }
    header += QStringLiteral("</tr>");

    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(ReportText::tr("Strategy: posture on each layer of the AI stack")));
    h += QStringLiteral("<table border='1' cellspacing='0' width='100%'>") + header;
    for (sovsim::Layer layer : sovsim::kAllLayers) {
        h += QStringLiteral("<tr><td>%1</td>").arg(esc(Labels::layerName(layer)));
        for (const sovsim::Scenario& s : workshop.scenarios) {
            h += QStringLiteral("<td>%1</td>")
                     .arg(esc(Labels::postureName(s.strategy.posture(layer))));
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    h += (leversOnNewPage ? QStringLiteral("<h2 style='page-break-before: always'>%1</h2>")
                          : QStringLiteral("<h2>%1</h2>"))
             .arg(esc(ReportText::tr("Strategy: policy levers (intensity, 0-100%)")));
    h += QStringLiteral("<table border='1' cellspacing='0' width='100%'>") + header;
    for (sovsim::Lever lever : sovsim::kAllLevers) {
        h += QStringLiteral("<tr><td>%1</td>").arg(esc(Labels::leverName(lever)));
        for (const sovsim::Scenario& s : workshop.scenarios) {
            h += QStringLiteral("<td>%1%</td>")
                     .arg(QLocale().toString(s.strategy.lever(lever) * 100.0, 'f', 0));
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table></body></html>");
    return h;
}

QString closingHtml(const sovsim::Workshop& workshop) {
    QString h = QStringLiteral("<html><head><style>%1</style></head><body>").arg(styleSheet());
    h += QStringLiteral("<h1>%1</h1>").arg(esc(ReportText::tr("Assumptions and sources")));
    h += QStringLiteral("<p class='note'>%1</p>")
             .arg(esc(ReportText::tr("SovSim is a scenario tool: its results show how strategies "
                                     "compare under stated assumptions, not forecasts. Every "
                                     "equation and default is documented in docs/model.md.")));

    // Assumptions: the key ones, plus any a scenario changed from the default.
    std::vector<const sovsim::ParameterInfo*> rows;
    for (const char* path : kKeyAssumptions) {
        if (const sovsim::ParameterInfo* info = sovsim::findParameter(path)) {
            rows.push_back(info);
        }
    }
    for (const sovsim::ParameterInfo& info : sovsim::allParameters()) {
        if (info.group != sovsim::ParameterGroup::Assumption ||
            std::find(rows.begin(), rows.end(), &info) != rows.end()) {
            continue;
        }
        for (const sovsim::Scenario& s : workshop.scenarios) {
            if (info.get(s) != info.defaultValue) {
                rows.push_back(&info);
                break;
            }
        }
    }
    h += QStringLiteral("<h2>%1</h2>").arg(esc(ReportText::tr("Global assumptions")));
    h += QStringLiteral("<table border='1' cellspacing='0' width='100%'><tr><th>%1</th><th>%2</th>"
                        "<th>%3</th><th>%4</th></tr>")
             .arg(esc(ReportText::tr("Assumption")), esc(ReportText::tr("Value")),
                  esc(ReportText::tr("Default")), esc(ReportText::tr("Source")));
    for (const sovsim::ParameterInfo* info : rows) {
        QStringList values;
        std::set<double> distinct;
        for (const sovsim::Scenario& s : workshop.scenarios) {
            distinct.insert(info->get(s));
        }
        if (distinct.size() <= 1) {
            values << valueText(*info, distinct.empty() ? info->defaultValue : *distinct.begin());
        } else {
            for (const sovsim::Scenario& s : workshop.scenarios) {
                values << ReportText::tr("%1: %2").arg(ScenarioNames::display(s),
                                                       valueText(*info, info->get(s)));
            }
        }
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(Labels::parameterLabel(*info)), esc(values.join(QStringLiteral("; "))),
                      esc(valueText(*info, info->defaultValue)),
                      esc(QString::fromUtf8(info->source.data(),
                                            static_cast<qsizetype>(info->source.size()))));
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p class='note'>%1</p>")
             .arg(esc(ReportText::tr(
                 "Assumptions not listed have their default values in every scenario.")));

    // Country figures: every value of each preset used, with its source or stated assumption.
    std::set<std::string> done;
    for (const sovsim::Scenario& s : workshop.scenarios) {
        const sovsim::CountryPreset* preset =
            sovsim::PresetCatalog::builtIn().findCountry(s.countryPreset);
        if (preset == nullptr || !done.insert(preset->id).second) {
            continue;
        }
        h += QStringLiteral("<h2>%1</h2>")
                 .arg(esc(ReportText::tr("Country figures: %1")
                              .arg(Labels::countryName(preset->id, preset->name))));
        h += QStringLiteral("<table border='1' cellspacing='0' width='100%'><tr><th>%1</th>"
                            "<th>%2</th><th>%3</th></tr>")
                 .arg(esc(ReportText::tr("Figure")), esc(ReportText::tr("Preset value")),
                      esc(ReportText::tr("Source or stated assumption")));
        sovsim::Scenario presetScenario;
        presetScenario.country = preset->profile;
        for (const auto& [key, source] : preset->sources) {
            const sovsim::ParameterInfo* info = sovsim::findParameter("country." + key);
            const QString label =
                info != nullptr ? Labels::parameterLabel(*info) : QString::fromStdString(key);
            const QString value =
                info != nullptr ? valueText(*info, info->get(presetScenario)) : QString();
            h +=
                QStringLiteral("<tr><td width='18%'>%1</td><td width='12%'>%2</td><td>%3</td></tr>")
                    .arg(esc(label), esc(value), esc(source));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

// A QTextDocument laid out in pages of `pageSize`, painted one page at a time so charts can be
// interleaved on the same PDF writer.
class PagedText {
public:
    PagedText(const QString& html, const QSizeF& pageSize, QPaintDevice* device) {
        doc_.documentLayout()->setPaintDevice(device);
        QFont font;
        font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK TC")});
        font.setPixelSize(13);
        doc_.setDefaultFont(font);
        doc_.setDocumentMargin(0);
        doc_.setHtml(html);
        doc_.setPageSize(pageSize);
    }
    int pageCount() const { return doc_.pageCount(); }
    void paintPage(QPainter& painter, int page, const QRectF& area) {
        const double h = doc_.pageSize().height();
        painter.save();
        painter.translate(area.topLeft());
        painter.translate(0, -page * h);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * h, area.width(), h);
        painter.setClipRect(context.clip);
        doc_.documentLayout()->draw(&painter, context);
        painter.restore();
    }

private:
    QTextDocument doc_;
};

void paintPageFooter(QPainter& painter, const QRectF& page, const QString& left, int number,
                     int total) {
    painter.save();
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK TC")});
    font.setPixelSize(10);
    painter.setFont(font);
    painter.setPen(QColor(0x66, 0x66, 0x66));
    const QRectF band(kMarginPx, page.height() - kMarginPx + 8, page.width() - 2 * kMarginPx,
                      kPageFooterPx);
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter,
                     ReportText::tr("Page %1 of %2").arg(number).arg(total));
    painter.restore();
}

} // namespace

ReportResult renderWorkshopReport(QByteArray& pdf, const QString& path,
                                  const sovsim::Workshop& workshop,
                                  const std::vector<PlottedScenario>& scenarios,
                                  const ReportOptions& options) {
    ReportResult result;
    const auto fail = [&](const QString& why,
                          ExportResult::Problem problem = ExportResult::Problem::Render) {
        result.ok = false;
        result.problem = problem;
        result.error = ReportText::tr("Could not write the report %1: %2")
                           .arg(QDir::toNativeSeparators(path), why);
        return result;
    };
    if (scenarios.size() != workshop.scenarios.size()) {
        return fail(ReportText::tr("the charts and the workshop do not have the same scenarios"),
                    ExportResult::Problem::BadRequest);
    }
    const QString title = options.workshopName.isEmpty() ? QString::fromStdString(workshop.name)
                                                         : options.workshopName;

    QBuffer buffer;
    if (!buffer.open(QIODevice::WriteOnly)) {
        return fail(buffer.errorString());
    }
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        if (!writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                              QMarginsF(0, 0, 0, 0)))) {
            return fail(ReportText::tr("the page size is not supported"));
        }
        writer.setTitle(ReportText::tr("%1 - workshop report").arg(title));
        writer.setCreator(versionLine());
        const QRectF page(0, 0, writer.width(), writer.height());
        const QRectF content =
            page.adjusted(kMarginPx, kMarginPx, -kMarginPx, -kMarginPx - kPageFooterPx * 0.5);

        auto cover = std::make_unique<PagedText>(coverHtml(workshop, title, options.date, false),
                                                 content.size(), &writer);
        if (cover->pageCount() > 1) {
            cover = std::make_unique<PagedText>(coverHtml(workshop, title, options.date, true),
                                                content.size(), &writer);
        }
        PagedText closing(closingHtml(workshop), content.size(), &writer);
        result.coverPages = cover->pageCount();
        result.closingPages = closing.pageCount();
        const int total =
            result.coverPages + static_cast<int>(options.charts.size()) + result.closingPages;

        // QCustomPlot draws charts with its own painter class; text pages use it as a QPainter.
        QCPPainter painter;
        if (!painter.begin(&writer)) {
            return fail(ReportText::tr("the PDF could not be started"));
        }
        painter.setMode(QCPPainter::pmVectorized);
        int number = 0;
        const auto nextPage = [&]() {
            if (number > 0 && !writer.newPage()) {
                return false;
            }
            ++number;
            return true;
        };
        for (int p = 0; p < cover->pageCount(); ++p) {
            if (!nextPage()) {
                return fail(ReportText::tr("a new page could not be added"));
            }
            cover->paintPage(painter, p, content);
            paintPageFooter(painter, page, title, number, total);
        }
        ChartInput input;
        input.scenarios = scenarios;
        const double layoutHeight = kChartLayoutWidth * content.height() / content.width();
        for (const ChartSpec& spec : options.charts) {
            if (!nextPage()) {
                return fail(ReportText::tr("a new page could not be added"));
            }
            input.spec = spec;
            QCustomPlot plot;
            plot.setAttribute(Qt::WA_DontShowOnScreen);
            const QSize layoutSize(static_cast<int>(kChartLayoutWidth),
                                   static_cast<int>(layoutHeight));
            plot.resize(layoutSize);
            ChartStyle style = slideStyle(options.theme, layoutSize.width(), layoutSize.height());
            style.footer = exportCaption(input, title);
            buildChart(plot, input, style);
            painter.save();
            painter.translate(content.topLeft());
            const double scale = content.width() / kChartLayoutWidth;
            painter.scale(scale, scale);
            plot.toPainter(&painter, layoutSize.width(), layoutSize.height());
            painter.restore();
            paintPageFooter(painter, page, title, number, total);
        }
        for (int p = 0; p < closing.pageCount(); ++p) {
            if (!nextPage()) {
                return fail(ReportText::tr("a new page could not be added"));
            }
            closing.paintPage(painter, p, content);
            paintPageFooter(painter, page, title, number, total);
        }
        if (!painter.end()) {
            return fail(ReportText::tr("the PDF could not be finished"));
        }
        result.pageCount = number;
    }
    buffer.close();
    pdf = buffer.data();
    result.ok = true;
    return result;
}

ReportResult writeWorkshopReport(const QString& path, const sovsim::Workshop& workshop,
                                 const std::vector<PlottedScenario>& scenarios,
                                 const ReportOptions& options) {
    QByteArray pdf;
    ReportResult result = renderWorkshopReport(pdf, path, workshop, scenarios, options);
    if (!result.ok) {
        return result;
    }
    const ExportResult written = ChartExporter::writeAtomically(path, pdf);
    if (!written.ok) {
        result.ok = false;
        result.error = written.error;
        result.problem = written.problem;
    }
    return result;
}

} // namespace sovsim::ui
