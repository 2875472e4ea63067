#include "export/ExportDialog.h"

#include "charts/ChartSpec.h"
#include "settings/Preference.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sovsim::ui {
namespace {

// Export choices remembered between runs (declared once, like the window's settings).
const Preference<QString> exportFolder{"export/folder", {}};
const Preference<QStringList> exportFormats{"export/formats", {QStringLiteral("png")}};
const Preference<QSize> exportSize{"export/size", kDefaultExportSize};
const Preference<QString> exportTheme{"export/theme", QStringLiteral("light")};
const Preference<bool> exportTransparent{"export/transparent", false};

// The last export folder, else the first of Pictures, Documents and home that exists: the
// dialog never proposes (and so never silently creates) a folder that is not there.
QString defaultFolder() {
    const QString saved = exportFolder.get();
    if (!saved.isEmpty() && QDir(saved).exists()) {
        return saved;
    }
    for (const auto location :
         {QStandardPaths::PicturesLocation, QStandardPaths::DocumentsLocation}) {
        const QString folder = QStandardPaths::writableLocation(location);
        if (!folder.isEmpty() && QDir(folder).exists()) {
            return folder;
        }
    }
    return QDir::homePath();
}

} // namespace

ChartExportDialog::ChartExportDialog(ExportContext context, const QString& onlyChart,
                                     QWidget* parent)
    : QDialog(parent), context_(std::move(context)) {
    setWindowTitle(onlyChart.isEmpty() ? tr("Export charts") : tr("Export chart"));
    setObjectName(QStringLiteral("chartExportDialog"));
    createFolderPrompt_ = [](QWidget* owner, const QString& folder) {
        return QMessageBox::question(owner, tr("Create folder?"),
                                     tr("The folder %1 does not exist. Create it?")
                                         .arg(QDir::toNativeSeparators(folder))) ==
               QMessageBox::Yes;
    };

    charts_ = new QListWidget(this);
    charts_->setAccessibleName(tr("Charts to export"));
    for (const ChartSpec& spec : allCharts()) {
        auto* item = new QListWidgetItem(spec.title, charts_);
        item->setData(Qt::UserRole, spec.id);
        item->setToolTip(spec.subtitle);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(onlyChart.isEmpty() || onlyChart == spec.id ? Qt::Checked
                                                                        : Qt::Unchecked);
    }
    charts_->setMinimumHeight(charts_->sizeHintForRow(0) * 5);

    const QStringList formats = exportFormats.get();
    png_ = new QCheckBox(tr("PNG image (slides, documents)"), this);
    svg_ = new QCheckBox(tr("SVG vector image (editing, web)"), this);
    pdf_ = new QCheckBox(tr("PDF vector page (print, LaTeX)"), this);
    png_->setChecked(formats.contains(QStringLiteral("png")) || formats.isEmpty());
    svg_->setChecked(formats.contains(QStringLiteral("svg")));
    pdf_->setChecked(formats.contains(QStringLiteral("pdf")));
    auto* formatBox = new QVBoxLayout;
    formatBox->addWidget(png_);
    formatBox->addWidget(svg_);
    formatBox->addWidget(pdf_);

    size_ = new QComboBox(this);
    size_->setAccessibleName(tr("Size"));
    for (const ExportSizePreset& preset : exportSizePresets()) {
        size_->addItem(preset.name, preset.size);
    }
    size_->addItem(tr("Custom size"), QSize());
    width_ = new QSpinBox(this);
    height_ = new QSpinBox(this);
    for (QSpinBox* box : {width_, height_}) {
        box->setRange(kMinExportSide, kMaxExportSide);
        box->setSuffix(tr(" px"));
    }
    width_->setAccessibleName(tr("Width in pixels"));
    height_->setAccessibleName(tr("Height in pixels"));
    const QSize saved = exportSize.get();
    width_->setValue(saved.width());
    height_->setValue(saved.height());
    const int presetIndex = size_->findData(saved);
    size_->setCurrentIndex(presetIndex >= 0 ? presetIndex : size_->count() - 1);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(size_, 1);
    sizeRow->addWidget(width_);
    sizeRow->addWidget(new QLabel(QStringLiteral("\u00d7"), this));
    sizeRow->addWidget(height_);

    theme_ = new QComboBox(this);
    theme_->setAccessibleName(tr("Theme"));
    for (ThemeId id : {ThemeId::Light, ThemeId::Dark, ThemeId::Print}) {
        theme_->addItem(displayNameOf(id), keyOf(id));
    }
    theme_->setCurrentIndex(std::max(0, theme_->findData(exportTheme.get())));
    transparent_ = new QCheckBox(tr("Transparent background (PNG)"), this);
    transparent_->setChecked(exportTransparent.get());

    folder_ = new QLineEdit(defaultFolder(), this);
    folder_->setAccessibleName(tr("Folder"));
    auto* browse = new QPushButton(tr("Browse..."), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(browse);

    status_ = new QLabel(this);
    status_->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Charts:"), charts_);
    form->addRow(tr("Formats:"), formatBox);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Theme:"), theme_);
    form->addRow(QString(), transparent_);
    form->addRow(tr("Folder:"), folderRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(status_);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ChartExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChartExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ChartExportDialog::browse);
    connect(size_, &QComboBox::currentIndexChanged, this, &ChartExportDialog::updateSizeFields);
    for (QCheckBox* box : {png_, svg_, pdf_}) {
        connect(box, &QCheckBox::toggled, this, &ChartExportDialog::updateEnabled);
    }
    connect(charts_, &QListWidget::itemChanged, this, &ChartExportDialog::updateEnabled);
    updateSizeFields();
    updateEnabled();
}

QStringList ChartExportDialog::selectedCharts() const {
    QStringList ids;
    for (int i = 0; i < charts_->count(); ++i) {
        if (charts_->item(i)->checkState() == Qt::Checked) {
            ids << charts_->item(i)->data(Qt::UserRole).toString();
        }
    }
    return ids;
}

std::vector<ExportFormat> ChartExportDialog::selectedFormats() const {
    std::vector<ExportFormat> formats;
    if (png_->isChecked()) {
        formats.push_back(ExportFormat::Png);
    }
    if (svg_->isChecked()) {
        formats.push_back(ExportFormat::Svg);
    }
    if (pdf_->isChecked()) {
        formats.push_back(ExportFormat::Pdf);
    }
    return formats;
}

ExportOptions ChartExportDialog::options() const {
    ExportOptions o;
    o.size = QSize(width_->value(), height_->value());
    o.theme = themeFromKey(theme_->currentData().toString()).value_or(ThemeId::Light);
    o.transparentBackground = transparent_->isChecked();
    o.workshopName = context_.workshopName;
    return o;
}

QString ChartExportDialog::folder() const {
    return folder_->text().trimmed();
}

void ChartExportDialog::setFolder(const QString& folder) {
    folder_->setText(folder);
}

QStringList ChartExportDialog::exportNow() {
    QStringList written;
    const QDir dir(folder());
    if (!folder().isEmpty() && !dir.exists() && !createFolderPrompt_(this, folder())) {
        status_->setText(tr("Choose a folder for the files."));
        return written;
    }
    if (folder().isEmpty() || !QDir().mkpath(folder())) {
        status_->setText(
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder())));
        return written;
    }
    ChartInput input;
    input.scenarios = context_.scenarios;
    input.differenceReference = context_.differenceReference;
    ExportOptions o = options();
    for (const QString& id : selectedCharts()) {
        const auto spec = findChart(id);
        if (!spec) {
            continue;
        }
        input.spec = *spec;
        for (ExportFormat format : selectedFormats()) {
            o.format = format;
            const QString path = dir.filePath(ChartExporter::fileNameFor(*spec, format));
            const ExportResult result = ChartExporter::exportChart(input, o, path);
            if (!result.ok) {
                status_->setText(result.error);
                QMessageBox::warning(this, windowTitle(), result.error);
                return written;
            }
            written << path;
        }
    }
    return written;
}

void ChartExportDialog::accept() {
    QStringList formats;
    for (ExportFormat f : selectedFormats()) {
        formats << keyOf(f);
    }
    exportFormats.set(formats);
    exportSize.set(QSize(width_->value(), height_->value()));
    exportTheme.set(theme_->currentData().toString());
    exportTransparent.set(transparent_->isChecked());
    exportFolder.set(folder());
    const int expected = static_cast<int>(selectedCharts().size() * selectedFormats().size());
    const QStringList written = exportNow();
    if (written.size() == expected && expected > 0) {
        const QString where = QDir::toNativeSeparators(QDir(folder()).absolutePath());
        Q_EMIT exported(written.size() == 1
                            ? tr("Exported %1").arg(QDir::toNativeSeparators(written.front()))
                            : tr("Exported %1 files to %2").arg(written.size()).arg(where),
                        QDir(folder()).absolutePath());
        QDialog::accept();
    }
}

void ChartExportDialog::setCreateFolderPrompt(CreateFolderPrompt prompt) {
    createFolderPrompt_ = std::move(prompt);
}

void ChartExportDialog::browse() {
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Folder for the exported charts"), folder());
    if (!chosen.isEmpty()) {
        folder_->setText(chosen);
    }
}

void ChartExportDialog::updateSizeFields() {
    const QSize preset = size_->currentData().toSize();
    const bool custom = !preset.isValid();
    width_->setEnabled(custom);
    height_->setEnabled(custom);
    if (!custom) {
        width_->setValue(preset.width());
        height_->setValue(preset.height());
    }
}

void ChartExportDialog::updateEnabled() {
    transparent_->setEnabled(png_->isChecked());
    const bool ready = !selectedCharts().isEmpty() && !selectedFormats().empty();
    if (auto* box = findChild<QDialogButtonBox*>()) {
        box->button(QDialogButtonBox::Ok)->setEnabled(ready);
    }
    status_->setText(ready ? QString() : tr("Choose at least one chart and one format."));
}

} // namespace sovsim::ui
