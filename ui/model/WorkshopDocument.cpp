#include "model/WorkshopDocument.h"

#include "charts/Palette.h"
#include "model/Labels.h"
#include "model/ScenarioNames.h"
#include "sovsim/Model.h"
#include "sovsim/PlainText.h"
#include "sovsim/Presets.h"
#include "sovsim/ScenarioFile.h"
#include "undo/EditScenarioCommand.h"
#include "undo/ScenarioListCommands.h"
#include "undo/SetParameterCommand.h"

#include <QTimer>
#include <QUndoStack>
#include <algorithm>
#include <functional>

namespace sovsim::ui {
namespace {

// True when a file can hold `name` (already trimmed) as a scenario's or the workshop's name.
bool isValidName(const QString& name) {
    return !name.isEmpty() &&
           !sovsim::nameProblem(name.toStdString(), sovsim::kMaxNameCharacters).has_value();
}

// `decorate(name)`, with `name` shortened from its end as far as the name limit needs.
QString fittedName(const QString& name, const std::function<QString(const QString&)>& decorate) {
    const QString whole = decorate(name);
    const auto excess = static_cast<qsizetype>(sovsim::characterCount(whole.toStdString())) -
                        static_cast<qsizetype>(sovsim::kMaxNameCharacters);
    if (excess <= 0) {
        return whole;
    }
    QList<uint> characters = name.toUcs4();
    characters.resize(std::max<qsizetype>(0, characters.size() - excess));
    return decorate(QString::fromUcs4(reinterpret_cast<const char32_t*>(characters.constData()),
                                      characters.size())
                        .trimmed());
}

} // namespace

QString toQString(const std::string& text) {
    return QString::fromStdString(text);
}
std::string toStdString(const QString& text) {
    return text.toStdString();
}

WorkshopDocument::WorkshopDocument(QObject* parent)
    : QObject(parent), undoStack_(new QUndoStack(this)), runTimer_(new QTimer(this)) {
    // Zero interval: every edit made while handling one input event is run once, right after
    // that event, before the next frame is painted.
    runTimer_->setSingleShot(true);
    runTimer_->setInterval(0);
    connect(runTimer_, &QTimer::timeout, this, &WorkshopDocument::runPendingNow);
    connect(undoStack_, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

WorkshopDocument::~WorkshopDocument() {
    // Commands refer to the document: delete them before the entries they point into, without
    // telling anyone (the window listening to "modified" may be half destroyed by now).
    const QSignalBlocker blockStack(undoStack_);
    const QSignalBlocker blockThis(this);
    undoStack_->clear();
}

void WorkshopDocument::reset(const sovsim::Workshop& workshop, const QString& filePath) {
    undoStack_->clear();
    entries_.clear();
    workshopName_ = toQString(workshop.name);
    for (const auto& scenario : workshop.scenarios) {
        entries_.push_back(makeEntry(scenario));
    }
    current_ = entries_.empty() ? -1 : 0;
    runPendingNow();
    const bool pathChanged = filePath != filePath_;
    filePath_ = filePath;
    undoStack_->setClean();
    Q_EMIT workshopReset();
    Q_EMIT workshopNameChanged(workshopName_);
    Q_EMIT scenarioListChanged();
    Q_EMIT currentIndexChanged(current_);
    if (pathChanged) {
        Q_EMIT filePathChanged(filePath_);
    }
    Q_EMIT modifiedChanged(false);
}

sovsim::Workshop WorkshopDocument::workshop() const {
    sovsim::Workshop w;
    w.name = toStdString(workshopName_);
    for (const auto& e : entries_) {
        w.scenarios.push_back(e->scenario);
    }
    return w;
}

void WorkshopDocument::markSaved(const QString& filePath) {
    if (filePath != filePath_) {
        filePath_ = filePath;
        Q_EMIT filePathChanged(filePath_);
    }
    undoStack_->setClean();
}

bool WorkshopDocument::isModified() const {
    return !undoStack_->isClean();
}

void WorkshopDocument::setCurrentIndex(int index) {
    if (!isValidIndex(index) || index == current_) {
        return;
    }
    current_ = index;
    Q_EMIT currentIndexChanged(current_);
}

void WorkshopDocument::setVisible(int index, bool visible) {
    if (!isValidIndex(index) || entry(index).visible == visible) {
        return;
    }
    entries_[static_cast<size_t>(index)]->visible = visible;
    Q_EMIT scenarioListChanged();
}

void WorkshopDocument::setColour(int index, const QColor& colour) {
    if (!isValidIndex(index) || !colour.isValid() || entry(index).colour == colour) {
        return;
    }
    entries_[static_cast<size_t>(index)]->colour = colour;
    Q_EMIT scenarioListChanged();
}

// --- Edits ---------------------------------------------------------------------------------

void WorkshopDocument::setParameter(int index, const sovsim::ParameterInfo& parameter, double value,
                                    int gesture) {
    if (!isValidIndex(index) || !parameter.inRange(value)) {
        return;
    }
    if (parameter.get(scenario(index)) == value) {
        return; // nothing changes (a drag that has not moved, or a refresh echo)
    }
    undoStack_->push(new SetParameterCommand(*this, index, parameter, value, gesture));
}

void WorkshopDocument::editScenario(int index, const sovsim::Scenario& changed,
                                    const QString& undoText, int gesture) {
    if (!isValidIndex(index) || changed == scenario(index)) {
        return;
    }
    undoStack_->push(new EditScenarioCommand(*this, index, changed, undoText, gesture));
}

void WorkshopDocument::applyCountryPreset(int index, const std::string& presetId) {
    const auto* preset = sovsim::PresetCatalog::builtIn().findCountry(presetId);
    if (!isValidIndex(index) || preset == nullptr) {
        return;
    }
    sovsim::Scenario changed = scenario(index);
    changed.country = preset->profile;
    changed.countryPreset = preset->id;
    changed = followPresets(index, changed);
    editScenario(index, changed,
                 Labels::tr("Use country %1").arg(Labels::countryName(preset->id, preset->name)));
}

void WorkshopDocument::applyStrategyPreset(int index, const std::string& presetId) {
    const auto* preset = sovsim::PresetCatalog::builtIn().findStrategy(presetId);
    if (!isValidIndex(index) || preset == nullptr) {
        return;
    }
    sovsim::Scenario changed = scenario(index);
    changed.strategy = preset->strategy;
    changed.strategyPreset = preset->id;
    changed = followPresets(index, changed);
    editScenario(index, changed,
                 Labels::tr("Use strategy %1").arg(Labels::strategyName(preset->id, preset->name)));
}

void WorkshopDocument::applyStrategyTo(int from, int to) {
    if (!isValidIndex(from) || !isValidIndex(to) || from == to) {
        return;
    }
    sovsim::Scenario changed = scenario(to);
    changed.strategy = scenario(from).strategy;
    changed.strategyPreset = scenario(from).strategyPreset;
    changed = followPresets(to, changed);
    editScenario(
        to, changed,
        Labels::tr("Apply strategy of \"%1\" to \"%2\"")
            .arg(ScenarioNames::display(scenario(from)), ScenarioNames::display(scenario(to))));
}

void WorkshopDocument::renameScenario(int index, const QString& name) {
    const QString trimmed = name.trimmed();
    if (!isValidIndex(index) || !isValidName(trimmed)) {
        return;
    }
    if (nameTaken(trimmed, index)) {
        return; // scenario names identify scenarios in files and exports
    }
    sovsim::Scenario changed = scenario(index);
    changed.name = toStdString(trimmed);
    editScenario(index, changed, Labels::tr("Rename scenario"));
}

void WorkshopDocument::renameWorkshop(const QString& name) {
    const QString trimmed = name.trimmed();
    if (!isValidName(trimmed) || trimmed == workshopName_) {
        return;
    }
    undoStack_->push(new RenameWorkshopCommand(*this, trimmed));
}

bool WorkshopDocument::canAddScenario() const {
    return entries_.size() < sovsim::kMaxScenarios;
}

void WorkshopDocument::addScenario(const sovsim::Scenario& scenario) {
    if (!canAddScenario()) {
        return;
    }
    const int index = current_ < 0 ? scenarioCount() : current_ + 1;
    sovsim::Scenario named = scenario;
    named.name = toStdString(uniqueName(toQString(scenario.name)));
    undoStack_->push(new AddScenarioCommand(
        *this, index, makeEntry(named),
        Labels::tr("Add scenario \"%1\"").arg(ScenarioNames::display(named))));
}

void WorkshopDocument::duplicateScenario(int index) {
    if (!isValidIndex(index) || !canAddScenario()) {
        return;
    }
    sovsim::Scenario copy = scenario(index);
    // A generated name stays generated ("Japan - resilience first (2)"), so the copy follows the
    // presets and the language like its original; a typed name gets "(copy)".
    copy.name = ScenarioNames::isGenerated(copy)
                    ? toStdString(uniqueName(toQString(ScenarioNames::generated(copy))))
                    : toStdString(nameForCopy(toQString(copy.name)));
    auto e = makeEntry(copy);
    // The copy keeps the original's reference line: it shows how far both moved from the
    // state the workshop started with.
    e->loaded = entry(index).loaded;
    e->loadedProjection = entry(index).loadedProjection;
    undoStack_->push(new AddScenarioCommand(
        *this, index + 1, std::move(e),
        Labels::tr("Duplicate scenario \"%1\"").arg(ScenarioNames::display(scenario(index)))));
}

void WorkshopDocument::removeScenario(int index) {
    if (!isValidIndex(index)) {
        return;
    }
    undoStack_->push(new RemoveScenarioCommand(*this, index));
}

void WorkshopDocument::moveScenario(int from, int to) {
    if (!isValidIndex(from) || !isValidIndex(to) || from == to) {
        return;
    }
    undoStack_->push(new MoveScenarioCommand(*this, from, to));
}

bool WorkshopDocument::nameTaken(const QString& name, int exceptIndex) const {
    for (int i = 0; i < scenarioCount(); ++i) {
        if (i != exceptIndex && toQString(scenario(i).name) == name) {
            return true;
        }
    }
    return false;
}

QString WorkshopDocument::nameForCopy(const QString& name) const {
    QString candidate =
        fittedName(name, [](const QString& base) { return Labels::tr("%1 (copy)").arg(base); });
    for (int n = 2; nameTaken(candidate); ++n) {
        candidate = fittedName(name, [n](const QString& base) {
            return Labels::tr("%1 (copy %2)").arg(base, QString::number(n));
        });
    }
    return candidate;
}

sovsim::Scenario WorkshopDocument::followPresets(int index, const sovsim::Scenario& changed) const {
    sovsim::Scenario named = ScenarioNames::followPresets(scenario(index), changed);
    if (named.name != scenario(index).name) {
        named.name = toStdString(uniqueName(toQString(named.name), index));
    }
    return named;
}

QString WorkshopDocument::uniqueName(const QString& name, int exceptIndex) const {
    QString candidate = fittedName(name, [](const QString& base) { return base; });
    for (int n = 2; nameTaken(candidate, exceptIndex); ++n) {
        candidate = fittedName(name, [n](const QString& base) {
            return QStringLiteral("%1 (%2)").arg(base, QString::number(n));
        });
    }
    return candidate;
}

// --- Re-runs -------------------------------------------------------------------------------

void WorkshopDocument::scheduleRun(ScenarioEntry& e) {
    e.needsRun = true;
    runTimer_->start();
}

bool WorkshopDocument::hasPendingRuns() const {
    return std::any_of(entries_.begin(), entries_.end(), [](const auto& e) { return e->needsRun; });
}

void WorkshopDocument::runPendingNow() {
    runTimer_->stop();
    QList<int> ran;
    for (int i = 0; i < scenarioCount(); ++i) {
        auto& e = *entries_[static_cast<size_t>(i)];
        if (!e.needsRun) {
            continue;
        }
        sovsim::project(e.scenario, e.projection);
        e.needsRun = false;
        ran.append(i);
    }
    if (!ran.isEmpty()) {
        Q_EMIT projectionsUpdated(ran);
    }
}

// --- Primitives ----------------------------------------------------------------------------

std::unique_ptr<ScenarioEntry> WorkshopDocument::makeEntry(const sovsim::Scenario& scenario) const {
    auto e = std::make_unique<ScenarioEntry>();
    e->scenario = scenario;
    e->loaded = scenario;
    sovsim::project(e->loaded, e->loadedProjection);
    e->projection = e->loadedProjection;
    e->needsRun = false;
    // The first palette colour no scenario uses, so adding a scenario never repeats a colour
    // while there are free ones, and removing one does not recolour the others.
    for (int i = 0; i < 64; ++i) {
        const QColor candidate = scenarioColour(i);
        const bool used = std::any_of(entries_.begin(), entries_.end(), [&](const auto& other) {
            return other->colour == candidate;
        });
        if (!used || i >= kScenarioColourCount) {
            e->colour = candidate;
            break;
        }
    }
    return e;
}

void WorkshopDocument::writeScenario(int index, const sovsim::Scenario& scenario) {
    auto& e = *entries_.at(static_cast<size_t>(index));
    const bool listVisible = e.scenario.name != scenario.name;
    e.scenario = scenario;
    scheduleRun(e);
    Q_EMIT scenarioChanged(index);
    if (listVisible) {
        Q_EMIT scenarioListChanged();
    }
}

void WorkshopDocument::insertEntry(int index, std::unique_ptr<ScenarioEntry> e) {
    index = std::clamp(index, 0, scenarioCount());
    entries_.insert(entries_.begin() + index, std::move(e));
    if (current_ >= index) {
        ++current_;
    }
    if (current_ < 0) {
        current_ = index;
    }
    Q_EMIT scenarioListChanged();
    Q_EMIT currentIndexChanged(current_);
}

std::unique_ptr<ScenarioEntry> WorkshopDocument::takeEntry(int index) {
    auto e = std::move(entries_.at(static_cast<size_t>(index)));
    entries_.erase(entries_.begin() + index);
    if (current_ > index || current_ >= scenarioCount()) {
        --current_;
    }
    Q_EMIT scenarioListChanged();
    Q_EMIT currentIndexChanged(current_);
    return e;
}

void WorkshopDocument::moveEntry(int from, int to) {
    auto e = std::move(entries_.at(static_cast<size_t>(from)));
    entries_.erase(entries_.begin() + from);
    entries_.insert(entries_.begin() + to, std::move(e));
    if (current_ == from) {
        current_ = to;
    } else if (from < current_ && current_ <= to) {
        --current_;
    } else if (to <= current_ && current_ < from) {
        ++current_;
    }
    Q_EMIT scenarioListChanged();
    Q_EMIT currentIndexChanged(current_);
}

void WorkshopDocument::writeWorkshopName(const QString& name) {
    workshopName_ = name;
    Q_EMIT workshopNameChanged(workshopName_);
}

} // namespace sovsim::ui
