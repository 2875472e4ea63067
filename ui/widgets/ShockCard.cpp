#include "widgets/ShockCard.h"

#include "model/Labels.h"
#include "model/ValueFormat.h"
#include "widgets/RealSlider.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <cmath>

namespace sovsim::ui {

ShockCard::ShockCard(QWidget* parent) : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);

    typeLabel_ = new QLabel(this);
    type_ = new QComboBox(this);
    for (const auto type : sovsim::kAllShockTypes) {
        type_->addItem(QString(), static_cast<int>(type));
    }
    typeLabel_->setBuddy(type_);
    remove_ = new QToolButton(this);
    remove_->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    remove_->setAutoRaise(true);
    grid->addWidget(typeLabel_, 0, 0);
    grid->addWidget(type_, 0, 1, 1, 2);
    grid->addWidget(remove_, 0, 3);

    startLabel_ = new QLabel(this);
    year_ = new QSpinBox(this);
    year_->setRange(sovsim::kStartYear, sovsim::kMaxEndYear);
    month_ = new QComboBox(this);
    for (int m = 1; m <= 12; ++m) {
        month_->addItem(QString(), m);
    }
    startLabel_->setBuddy(year_);
    grid->addWidget(startLabel_, 1, 0);
    grid->addWidget(month_, 1, 1);
    grid->addWidget(year_, 1, 2, 1, 2);

    durationLabel_ = new QLabel(this);
    duration_ = new QSpinBox(this);
    duration_->setRange(1, 240);
    durationLabel_->setBuddy(duration_);
    grid->addWidget(durationLabel_, 2, 0);
    grid->addWidget(duration_, 2, 1, 1, 3);

    severityLabel_ = new QLabel(this);
    severity_ = new RealSlider(this);
    severity_->setRange(0.0, 1.0, RealSlider::Scale::Linear, 20);
    severityValue_ = new QLabel(this);
    severityValue_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
    severityValue_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    severityLabel_->setBuddy(severity_);
    grid->addWidget(severityLabel_, 3, 0);
    grid->addWidget(severity_, 3, 1, 1, 2);
    grid->addWidget(severityValue_, 3, 3);

    connect(type_, &QComboBox::activated, this, [this](int row) {
        shock_.type = static_cast<sovsim::ShockType>(type_->itemData(row).toInt());
        emitEdit();
    });
    connect(year_, &QSpinBox::valueChanged, this, [this](int year) {
        shock_.start.year = year;
        emitEdit(yearGesture_.forEdit(false)); // a run of arrow steps is one undo step
    });
    connect(month_, &QComboBox::activated, this, [this](int row) {
        shock_.start.month = month_->itemData(row).toInt();
        emitEdit();
    });
    connect(duration_, &QSpinBox::valueChanged, this, [this](int months) {
        shock_.durationMonths = months;
        emitEdit(durationGesture_.forEdit(false));
    });
    connect(severity_, &QSlider::sliderPressed, this, [this] { gesture_.press(); });
    connect(severity_, &QSlider::sliderReleased, this, [this] { gesture_.release(); });
    connect(severity_, &RealSlider::realValueChanged, this, [this](double value) {
        shock_.severity = std::round(value * 100.0) / 100.0;
        updateSeverityText();
        emitEdit(gesture_.forEdit(severity_->isSliderDown()));
    });
    connect(remove_, &QToolButton::clicked, this, &ShockCard::removeRequested);
    // Any click or focus inside the card selects its shock on the timeline.
    for (QWidget* child : findChildren<QWidget*>()) {
        child->installEventFilter(this);
    }
    retranslate();
}

void ShockCard::setShock(const sovsim::Shock& shock, int lastYear) {
    shock_ = shock;
    const QSignalBlocker b1(type_), b2(year_), b3(month_), b4(duration_);
    type_->setCurrentIndex(type_->findData(static_cast<int>(shock.type)));
    year_->setMaximum(lastYear);
    year_->setValue(shock.start.year);
    month_->setCurrentIndex(shock.start.month - 1);
    duration_->setValue(shock.durationMonths);
    const bool permanent = shock.type == sovsim::ShockType::ChipLeap;
    duration_->setEnabled(!permanent);
    duration_->setSpecialValueText({});
    if (!severity_->isSliderDown()) {
        severity_->setRealValue(shock.severity);
    }
    setToolTip(Labels::shockDescription(shock.type));
    updateSeverityText();
}

void ShockCard::setSelected(bool selected) {
    setBackgroundRole(selected ? QPalette::AlternateBase : QPalette::Window);
    setFrameShadow(selected ? QFrame::Sunken : QFrame::Plain);
    setLineWidth(selected ? 2 : 1);
}

void ShockCard::updateSeverityText() {
    severityValue_->setText(
        tr("%1 %").arg(QLocale().toString(static_cast<int>(std::lround(shock_.severity * 100)))));
}

void ShockCard::emitEdit(int gesture) {
    Q_EMIT edited(shock_, gesture);
}

void ShockCard::mousePressEvent(QMouseEvent* event) {
    Q_EMIT selected();
    QFrame::mousePressEvent(event);
}

bool ShockCard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress) {
        Q_EMIT selected();
    }
    return QFrame::eventFilter(watched, event);
}

void ShockCard::retranslate() {
    typeLabel_->setText(tr("Event:"));
    for (int i = 0; i < type_->count(); ++i) {
        const auto type = static_cast<sovsim::ShockType>(type_->itemData(i).toInt());
        type_->setItemText(i, Labels::shockName(type));
        type_->setItemData(i, Labels::shockDescription(type), Qt::ToolTipRole);
    }
    type_->setAccessibleName(tr("Shock type"));
    startLabel_->setText(tr("Starts:"));
    for (int m = 1; m <= 12; ++m) {
        month_->setItemText(m - 1, QLocale().standaloneMonthName(m, QLocale::LongFormat));
    }
    month_->setAccessibleName(tr("Start month"));
    year_->setAccessibleName(tr("Start year"));
    durationLabel_->setText(tr("Lasts:"));
    duration_->setSuffix(tr(" months"));
    duration_->setAccessibleName(tr("Duration in months"));
    duration_->setToolTip(tr("How long the shock lasts. A chip generation leap is permanent."));
    severityLabel_->setText(tr("Severity:"));
    severity_->setAccessibleName(tr("Severity"));
    severity_->setToolTip(tr("How strong the shock is: 100 % is the strongest case the model "
                             "assumes."));
    remove_->setToolTip(tr("Remove this shock"));
    remove_->setAccessibleName(tr("Remove shock"));
    updateSeverityText();
}

} // namespace sovsim::ui
