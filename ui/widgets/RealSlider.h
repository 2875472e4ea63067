#pragma once
// A slider for a real-valued parameter. QSlider only knows integers; this maps its positions
// onto [minimum, maximum], on a logarithmic scale for ranges spanning orders of magnitude (GDP
// from 1 to 40,000 USD bn), and paints a small mark at a reference value (the preset's).

#include <QSlider>
#include <optional>

namespace sovsim::ui {

class RealSlider : public QSlider {
    Q_OBJECT

public:
    enum class Scale { Linear, Logarithmic };

    explicit RealSlider(QWidget* parent = nullptr);

    // `steps` positions between minimum and maximum (ignored for whole-number sliders, which get
    // one position per whole number).
    void setRange(double minimum, double maximum, Scale scale, int steps = 1000,
                  bool wholeNumbers = false);
    double minimumValue() const { return min_; }
    double maximumValue() const { return max_; }
    Scale scale() const { return scale_; }

    // Moves the handle without emitting realValueChanged (a refresh from the document).
    void setRealValue(double value);
    // The value the handle shows (the stored value, not the rounded handle position).
    double realValue() const { return value_; }

    // Position <-> value mapping, exposed for tests and for keyboard steps.
    double valueAt(int position) const;
    int positionOf(double value) const;

    // The value to mark under the groove (the preset's); nullopt removes the mark.
    void setMarkValue(std::optional<double> value);
    std::optional<double> markValue() const { return mark_; }

    // Suggests logarithmic scale when the range covers more than two orders of magnitude.
    static Scale suggestedScale(double minimum, double maximum);

Q_SIGNALS:
    // The user moved the handle (drag, click, keys or wheel).
    void realValueChanged(double value);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double offset() const; // shift that makes the log scale defined at zero

    double min_ = 0.0;
    double max_ = 1.0;
    Scale scale_ = Scale::Linear;
    double value_ = 0.0;
    std::optional<double> mark_;
};

} // namespace sovsim::ui
