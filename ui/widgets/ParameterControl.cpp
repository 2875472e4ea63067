#include "widgets/ParameterControl.h"

#include "model/Labels.h"
#include "model/ValueFormat.h"
#include "model/WorkshopDocument.h"
#include "undo/EditGesture.h"
#include "widgets/RealSlider.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <algorithm>
#include <cmath>

namespace sovsim::ui {

ParameterControl::ParameterControl(WorkshopDocument& document,
                                   const sovsim::ParameterInfo& parameter, QGridLayout& grid,
                                   int row, QWidget* parent)
    : QObject(parent), document_(document), parameter_(parameter) {
    label_ = new QLabel(parent);
    value_ = new QLabel(parent);
    value_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = value_->font();
    bold.setBold(true);
    value_->setFont(bold);

    slider_ = new RealSlider(parent);
    const bool whole = parameter.kind != sovsim::ParameterKind::Number;
    slider_->setRange(parameter.min, parameter.max,
                      RealSlider::suggestedScale(parameter.min, parameter.max), 1000, whole);
    label_->setBuddy(slider_);

    reset_ = new QToolButton(parent);
    reset_->setIcon(parent->style()->standardIcon(QStyle::SP_BrowserReload));
    reset_->setAutoRaise(true);

    grid.addWidget(label_, row, 0);
    grid.addWidget(value_, row, 1);
    grid.addWidget(slider_, row + 1, 0, 1, 2);
    grid.addWidget(reset_, row + 1, 2);

    connect(slider_, &QSlider::sliderPressed, this, [this] { gesture_.press(); });
    connect(slider_, &QSlider::sliderReleased, this, [this] { gesture_.release(); });
    connect(slider_, &RealSlider::realValueChanged, this, &ParameterControl::onSliderMoved);
    connect(reset_, &QToolButton::clicked, this, &ParameterControl::onReset);
    retranslate();
}

void ParameterControl::onSliderMoved(double sliderValue) {
    const int index = document_.currentIndex();
    if (!document_.isValidIndex(index)) {
        return;
    }
    // The slider's step where the handle stands: values inside it are indistinguishable on screen.
    const int position = slider_->sliderPosition();
    const double step = std::fabs(slider_->valueAt(std::min(position + 1, slider_->maximum())) -
                                  slider_->valueAt(std::max(position - 1, slider_->minimum()))) /
                        2.0;
    const double value = roundForSlider(parameter_, sliderValue, step);
    // A drag, or a run of key presses, merges into one undo step.
    document_.setParameter(index, parameter_, value, gesture_.forEdit(slider_->isSliderDown()));
}

void ParameterControl::onReset() {
    const int index = document_.currentIndex();
    if (!document_.isValidIndex(index)) {
        return;
    }
    document_.setParameter(index, parameter_, resetValue_);
}

void ParameterControl::refresh(double value, std::optional<double> presetValue, double resetValue,
                               const QString& source) {
    current_ = value;
    preset_ = presetValue;
    resetValue_ = resetValue;
    source_ = source;
    // While the user drags, the handle already stands where the value came from; moving it to
    // the rounded value would make it jitter under the mouse.
    if (!slider_->isSliderDown()) {
        slider_->setRealValue(value);
    }
    slider_->setMarkValue(presetValue);
    updateTexts();
}

void ParameterControl::setDetail(const QString& detail) {
    detail_ = detail;
    updateTexts();
}

void ParameterControl::retranslate() {
    updateTexts();
}

void ParameterControl::updateTexts() {
    const QString label = Labels::parameterLabel(parameter_);
    label_->setText(Labels::literal(label));
    const QString valueText = formatParameter(parameter_, current_);
    //: A slider's value followed by a detail, e.g. "60 % · 2.4 % of budget".
    value_->setText(detail_.isEmpty() ? valueText : tr("%1 · %2").arg(valueText, detail_));
    slider_->setAccessibleName(label);
    slider_->setAccessibleDescription(Labels::parameterDescription(parameter_));
    value_->setAccessibleName(tr("%1: value").arg(label));

    QString tip =
        QStringLiteral("<p><b>%1</b></p><p>%2</p>")
            .arg(label.toHtmlEscaped(), Labels::parameterDescription(parameter_).toHtmlEscaped());
    tip += QStringLiteral("<p>%1</p>")
               .arg(tr("Range: %1 to %2")
                        .arg(formatParameter(parameter_, parameter_.min),
                             formatParameter(parameter_, parameter_.max))
                        .toHtmlEscaped());
    if (preset_) {
        tip += QStringLiteral("<p>%1</p>")
                   .arg(tr("Preset value (marked under the slider): %1")
                            .arg(formatParameter(parameter_, *preset_))
                            .toHtmlEscaped());
    }
    if (!detail_.isEmpty()) {
        tip += QStringLiteral("<p>%1</p>").arg(detail_.toHtmlEscaped());
    }
    if (!source_.isEmpty()) {
        tip +=
            QStringLiteral("<p><i>%1</i></p>").arg(tr("Source: %1").arg(source_).toHtmlEscaped());
    }
    label_->setToolTip(tip);
    slider_->setToolTip(tip);
    value_->setToolTip(tip);

    const QString resetText = preset_ ? tr("Reset %1 to the preset value (%2)")
                                            .arg(label, formatParameter(parameter_, *preset_))
                                      : tr("Reset %1 to its value when loaded").arg(label);
    reset_->setToolTip(resetText);
    reset_->setAccessibleName(tr("Reset %1").arg(label));
    reset_->setEnabled(resetValue_ != current_);
}

} // namespace sovsim::ui
