#pragma once
// The window's own words for the model's vocabulary. The core keeps stable English names for
// files and the CLI; the window shows these translated labels and plain-language explanations
// instead, keyed by parameter path or enum, so every word on screen can be translated.

#include "sovsim/Metric.h"
#include "sovsim/Parameters.h"
#include "sovsim/Shock.h"
#include "sovsim/Stack.h"

#include <QCoreApplication>
#include <QString>
#include <string>

namespace sovsim::ui {

class Labels {
    Q_DECLARE_TR_FUNCTIONS(sovsim::ui::Labels)

public:
    // Parameters: label and tooltip text; unknown paths fall back to the registry's English.
    static QString parameterLabel(const sovsim::ParameterInfo& parameter);
    static QString parameterDescription(const sovsim::ParameterInfo& parameter);
    // The unit as the window shows it next to a value ("TWh/yr", "%", "GW").
    static QString unitText(const sovsim::ParameterInfo& parameter);
    static QString groupName(sovsim::ParameterGroup group);

    static QString layerName(sovsim::Layer layer);
    static QString layerDescription(sovsim::Layer layer);
    static QString postureName(sovsim::Posture posture);
    static QString postureDescription(sovsim::Posture posture);
    static QString leverName(sovsim::Lever lever);
    static QString leverDescription(sovsim::Lever lever);
    static QString shockName(sovsim::ShockType type);
    static QString shockDescription(sovsim::ShockType type);
    static QString metricLabel(sovsim::Metric metric);
    static QString metricUnit(sovsim::Metric metric);

    // Preset names by id; `fallback` (the name in the preset file) for presets not listed here.
    static QString countryName(const std::string& id, const std::string& fallback);
    static QString strategyName(const std::string& id, const std::string& fallback);
    static QString strategyDescription(const std::string& id, const std::string& fallback);
    // How a preset's source note is introduced in a tooltip: "assumption" or a citation.
    static QString sourceText(const std::string& source);
    // `text` for a label with a keyboard mnemonic (group boxes, buddied labels): a literal "&"
    // ("Capital & market") must be doubled or Qt shows it as an underlined next letter.
    static QString literal(const QString& text);
};

} // namespace sovsim::ui
