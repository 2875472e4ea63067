// Scenario and workshop files: reading with precise messages, writing in a stable layout, and
// atomic saves. The format is documented in docs/scenario-format.md.

#include "sovsim/ScenarioFile.h"

#include "DocumentReader.h"
#include "sovsim/OutputFile.h"
#include "sovsim/Parameters.h"
#include "sovsim/PlainText.h"
#include "sovsim/Presets.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <tuple>

namespace sovsim {
namespace {

namespace fs = std::filesystem;
using detail::DocumentReader;
using detail::Field;
using detail::Json;
using OrderedJson = nlohmann::ordered_json;

constexpr std::string_view kCountryPrefix = "country.";
constexpr std::string_view kPosturePrefix = "strategy.postures.";
constexpr std::string_view kLeverPrefix = "strategy.levers.";
constexpr std::string_view kAssumptionPrefix = "assumptions.";
constexpr std::string_view kTimelinePrefix = "timeline.";
constexpr int kMaxShockMonths = 600;

std::vector<std::string> shockTypeKeys() {
    std::vector<std::string> keys;
    for (const ShockType t : kAllShockTypes) {
        keys.emplace_back(keyOf(t));
    }
    return keys;
}

std::string monthRangeText(const Timeline& timeline) {
    return "a month \"YYYY-MM\" from " + YearMonth{kStartYear, 1}.toString() + " to " +
           YearMonth{timeline.endYear, 12}.toString();
}

// Reads one scenario object; every problem goes to the document reader.
class ScenarioReader {
public:
    ScenarioReader(DocumentReader& doc, const PresetCatalog& catalog)
        : doc_(doc), catalog_(catalog) {}

    Scenario read(const Json& object, const Field& at, std::vector<std::string> allowedKeys) {
        Scenario s;
        for (const char* key :
             {"name", "country", "strategy", "assumptions", "shocks", "timeline"}) {
            allowedKeys.emplace_back(key);
        }
        doc_.rejectUnknownKeys(object, at, allowedKeys);
        if (const Json* name = doc_.member(object, at, "name", true, "a non-empty text")) {
            if (auto text = doc_.readName(*name, at.member("name"))) {
                // Names key legends and CSV rows, so one workshop uses each once.
                if (const auto [first, isNew] = namesUsed_.emplace(*text, at.path); !isNew) {
                    doc_.error(at.member("name"),
                               "the scenario name '" + shownText(*text) + "' is already used by " +
                                   first->second,
                               "a unique name");
                }
                s.name = std::move(*text);
            }
        }
        if (const Json* country = doc_.member(object, at, "country", false, "")) {
            readCountry(*country, at.member("country"), s);
        }
        if (const Json* strategy = doc_.member(object, at, "strategy", false, "")) {
            readStrategy(*strategy, at.member("strategy"), s);
        }
        if (const Json* assumptions = doc_.member(object, at, "assumptions", false, "")) {
            readParameters(*assumptions, at.member("assumptions"), kAssumptionPrefix, "assumption",
                           s);
        }
        // The timeline first: shock dates are checked against it.
        if (const Json* timeline = doc_.member(object, at, "timeline", false, "")) {
            readParameters(*timeline, at.member("timeline"), kTimelinePrefix, "timeline field", s);
        }
        if (const Json* shocks = doc_.member(object, at, "shocks", false, "")) {
            readShocks(*shocks, at.member("shocks"), s);
        }
        return s;
    }

private:
    void readCountry(const Json& object, const Field& at, Scenario& s) {
        if (!doc_.expectObject(object, at, "an object {\"preset\": ..., \"overrides\": {...}}")) {
            return;
        }
        doc_.rejectUnknownKeys(object, at, std::vector<std::string>{"preset", "overrides"});
        if (const Json* preset = doc_.member(object, at, "preset", false, "")) {
            std::vector<std::string> ids;
            for (const auto& c : catalog_.countries()) {
                ids.push_back(c.id);
            }
            if (const auto id = readPresetId(*preset, at.member("preset"), "country", ids)) {
                s.country = catalog_.findCountry(*id)->profile;
                s.countryPreset = *id;
            }
        }
        if (const Json* overrides = doc_.member(object, at, "overrides", false, "")) {
            readParameters(*overrides, at.member("overrides"), kCountryPrefix, "country value", s);
        }
    }

    void readStrategy(const Json& object, const Field& at, Scenario& s) {
        if (!doc_.expectObject(
                object, at,
                "an object {\"preset\": ..., \"postures\": {...}, \"levers\": {...}}")) {
            return;
        }
        doc_.rejectUnknownKeys(object, at,
                               std::vector<std::string>{"preset", "postures", "levers"});
        if (const Json* preset = doc_.member(object, at, "preset", false, "")) {
            std::vector<std::string> ids;
            for (const auto& p : catalog_.strategies()) {
                ids.push_back(p.id);
            }
            if (const auto id = readPresetId(*preset, at.member("preset"), "strategy", ids)) {
                s.strategy = catalog_.findStrategy(*id)->strategy;
                s.strategyPreset = *id;
            }
        }
        if (const Json* postures = doc_.member(object, at, "postures", false, "")) {
            readParameters(*postures, at.member("postures"), kPosturePrefix, "layer", s);
        }
        if (const Json* levers = doc_.member(object, at, "levers", false, "")) {
            readParameters(*levers, at.member("levers"), kLeverPrefix, "lever", s);
        }
    }

    std::optional<std::string> readPresetId(const Json& value, const Field& at,
                                            std::string_view kind,
                                            const std::vector<std::string>& ids) {
        auto id = doc_.readText(value, at, false);
        if (!id) {
            return std::nullopt;
        }
        if (std::find(ids.begin(), ids.end(), *id) == ids.end()) {
            doc_.error(at,
                       "unknown " + std::string(kind) + " preset '" + shownText(*id) + "'" +
                           detail::didYouMean(*id, ids),
                       detail::oneOf(ids));
            return std::nullopt;
        }
        return id;
    }

    // An object of registry parameters: "country.<key>", "assumptions.<key>", ...
    void readParameters(const Json& object, const Field& at, std::string_view prefix,
                        std::string_view what, Scenario& s) {
        if (doc_.expectObject(object, at,
                              "an object {\"key\": value, ...} of " + std::string(what) + "s")) {
            doc_.readParameters(object, at, prefix, what, s);
        }
    }

    void readShocks(const Json& list, const Field& at, Scenario& s) {
        if (!list.is_array()) {
            doc_.error(at, "found " + detail::describeValue(list),
                       "a list [...] of shocks, possibly empty");
            return;
        }
        if (list.size() > kMaxShocks) {
            doc_.error(at, "the scenario has " + std::to_string(list.size()) + " shocks",
                       "at most " + std::to_string(kMaxShocks) + " shocks");
            return;
        }
        for (size_t i = 0; i < list.size(); ++i) {
            if (auto shock = readShock(list[i], at.item(i), s.timeline)) {
                s.shocks.push_back(*shock);
            }
        }
    }

    std::optional<Shock> readShock(const Json& object, const Field& at, const Timeline& timeline) {
        if (!doc_.expectObject(object, at,
                               "an object {\"type\": ..., \"start\": \"YYYY-MM\", "
                               "\"duration_months\": ..., \"severity\": ...}")) {
            return std::nullopt;
        }
        doc_.rejectUnknownKeys(
            object, at, std::vector<std::string>{"type", "start", "duration_months", "severity"});
        Shock shock;
        bool ok = true;
        const auto types = shockTypeKeys();
        if (const Json* type = doc_.member(object, at, "type", true, detail::oneOf(types))) {
            const auto text = doc_.readText(*type, at.member("type"), false);
            const auto parsed = text ? shockTypeFromKey(*text) : std::nullopt;
            if (parsed) {
                shock.type = *parsed;
            } else {
                if (text) {
                    doc_.error(at.member("type"),
                               "'" + shownText(*text) + "' is not a shock type" +
                                   detail::didYouMean(*text, types),
                               detail::oneOf(types));
                }
                ok = false;
            }
        } else {
            ok = false;
        }
        const std::string months = monthRangeText(timeline);
        if (const Json* start = doc_.member(object, at, "start", true, months)) {
            const auto month = readMonth(*start, at.member("start"), timeline);
            ok = ok && month.has_value();
            shock.start = month.value_or(shock.start);
        } else {
            ok = false;
        }
        if (const Json* d = doc_.member(object, at, "duration_months", false, "")) {
            const auto v = doc_.readNumber(*d, at.member("duration_months"), 1, kMaxShockMonths,
                                           true, "a whole number of months in [1, 600]");
            ok = ok && v.has_value();
            shock.durationMonths = static_cast<int>(v.value_or(shock.durationMonths));
        }
        if (const Json* severity = doc_.member(object, at, "severity", false, "")) {
            const auto v = doc_.readNumber(*severity, at.member("severity"), 0, 1, false,
                                           "a number in [0, 1]");
            ok = ok && v.has_value();
            shock.severity = v.value_or(shock.severity);
        }
        return ok ? std::optional<Shock>(shock) : std::nullopt;
    }

    std::optional<YearMonth> readMonth(const Json& value, const Field& at,
                                       const Timeline& timeline) {
        const std::string expected = monthRangeText(timeline);
        if (!value.is_string()) {
            doc_.error(at, "found " + detail::describeValue(value), expected);
            return std::nullopt;
        }
        const std::string text = value.get<std::string>();
        const auto month = YearMonth::parse(text);
        if (!month) {
            doc_.error(at, "'" + shownText(text) + "' is not a month written YYYY-MM", expected);
            return std::nullopt;
        }
        const YearMonth last{timeline.endYear, 12};
        if (month->year < kStartYear) {
            doc_.error(at, text + " is before the timeline starts", expected);
            return std::nullopt;
        }
        if (month->yearsSince2025() > last.yearsSince2025()) {
            doc_.error(at, text + " is after the timeline ends", expected);
            return std::nullopt;
        }
        return month;
    }

    DocumentReader& doc_;
    const PresetCatalog& catalog_;
    std::map<std::string, std::string> namesUsed_; // name -> where it was used first
};

LoadResult readWorkshop(DocumentReader& doc, const Json& root, const PresetCatalog& catalog) {
    LoadResult result;
    result.isWorkshop = true;
    const Field top;
    doc.rejectUnknownKeys(root, top,
                          std::vector<std::string>{"format", "version", "name", "scenarios"});
    if (const Json* name = doc.member(root, top, "name", true, "a non-empty text")) {
        if (auto text = doc.readName(*name, top.member("name"))) {
            result.workshop.name = std::move(*text);
        }
    }
    const std::string expected = "a list [...] of at least one scenario object";
    if (const Json* list = doc.member(root, top, "scenarios", true, expected)) {
        const Field at = top.member("scenarios");
        if (!list->is_array()) {
            doc.error(at, "found " + detail::describeValue(*list), expected);
        } else if (list->empty()) {
            doc.error(at, "the workshop has no scenarios", expected);
        } else if (list->size() > kMaxScenarios) {
            // Nothing more is read: a problem for each of thousands of scenarios helps nobody.
            doc.error(at, "the workshop has " + std::to_string(list->size()) + " scenarios",
                      "at most " + std::to_string(kMaxScenarios) + " scenarios");
            return result;
        }
        ScenarioReader reader(doc, catalog);
        for (size_t i = 0; list->is_array() && i < list->size(); ++i) {
            const Field item = at.item(i);
            if (doc.expectObject((*list)[i], item, "a scenario object {\"name\": ..., ...}")) {
                result.workshop.scenarios.push_back(reader.read((*list)[i], item, {}));
            }
        }
    }
    return result;
}

LoadResult readScenarioDocument(DocumentReader& doc, const Json& root,
                                const PresetCatalog& catalog) {
    LoadResult result;
    ScenarioReader reader(doc, catalog);
    Scenario s = reader.read(root, Field{}, {"format", "version"});
    result.workshop.name = s.name;
    result.workshop.scenarios.push_back(std::move(s));
    return result;
}

// --- Writing

OrderedJson valueJson(const ParameterInfo& info, double v) {
    switch (info.kind) {
    case ParameterKind::Posture:
        return std::string(keyOf(static_cast<Posture>(std::lround(v))));
    case ParameterKind::Step:
        return std::string(keyOf(static_cast<Step>(std::lround(v))));
    case ParameterKind::Integer:
        if (v == std::floor(v) && std::abs(v) < 1e15) {
            return static_cast<long long>(v);
        }
        break;
    case ParameterKind::Number:
        break;
    }
    return v;
}

// Members for the parameters under `prefix`; with `onlyChanged`, only those that differ from
// `base` (the preset or the defaults), so files stay short and follow later preset updates.
OrderedJson parametersJson(const Scenario& s, const Scenario& base, std::string_view prefix,
                           bool onlyChanged) {
    OrderedJson out = OrderedJson::object();
    for (const auto& info : allParameters()) {
        if (!info.path.starts_with(prefix)) {
            continue;
        }
        const double v = info.get(s);
        if (!onlyChanged || v != info.get(base)) {
            out[std::string(info.path.substr(prefix.size()))] = valueJson(info, v);
        }
    }
    return out;
}

void writeScenarioMembers(OrderedJson& out, const Scenario& s, const PresetCatalog& catalog) {
    Scenario base; // what reading the file back starts from before overrides
    if (const auto* preset = catalog.findCountry(s.countryPreset)) {
        base.country = preset->profile;
    }
    out["name"] = s.name;
    OrderedJson country = OrderedJson::object();
    if (!s.countryPreset.empty()) {
        country["preset"] = s.countryPreset;
    }
    country["overrides"] = parametersJson(s, base, kCountryPrefix, true);
    out["country"] = country;

    OrderedJson strategy = OrderedJson::object();
    if (!s.strategyPreset.empty()) {
        strategy["preset"] = s.strategyPreset;
    }
    strategy["postures"] = parametersJson(s, base, kPosturePrefix, false);
    strategy["levers"] = parametersJson(s, base, kLeverPrefix, false);
    out["strategy"] = strategy;

    out["assumptions"] = parametersJson(s, base, kAssumptionPrefix, true);
    OrderedJson shocks = OrderedJson::array();
    for (const Shock& shock : s.shocks) {
        OrderedJson j;
        j["type"] = std::string(keyOf(shock.type));
        j["start"] = shock.start.toString();
        j["duration_months"] = shock.durationMonths;
        j["severity"] = shock.severity;
        shocks.push_back(std::move(j));
    }
    out["shocks"] = shocks;
    out["timeline"] = parametersJson(s, base, kTimelinePrefix, false);
}

std::string dump(const OrderedJson& j) {
    // Invalid UTF-8 in a name (never produced by our readers) is replaced rather than thrown.
    return j.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

FileError fileProblem(const std::string& path, std::string problem) {
    return {path, 0, 0, "", std::move(problem), ""};
}

} // namespace

std::string FileError::toString() const {
    std::string text = file;
    if (line > 0) {
        text += ":" + std::to_string(line);
        if (column > 0) {
            text += ":" + std::to_string(column);
        }
    }
    text += ": ";
    if (!fieldPath.empty()) {
        text += fieldPath + ": ";
    }
    text += problem;
    if (!expected.empty()) {
        text += " (expected " + expected + ")";
    }
    return text;
}

std::vector<FileError> listedProblems(std::vector<FileError> problems, const std::string& file,
                                      size_t total) {
    std::stable_sort(problems.begin(), problems.end(), [](const FileError& a, const FileError& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    if (total > kMaxReportedProblems) {
        problems.resize(std::min(problems.size(), kMaxReportedProblems));
        problems.push_back({file, 0, 0, "",
                            std::to_string(total - problems.size()) +
                                " more problems not shown; fix the ones above first",
                            ""});
    }
    return problems;
}

FilePosition LoadResult::positionOf(std::string_view fieldPath) const {
    std::string path(fieldPath);
    for (;;) {
        if (const auto it = positions.find(path); it != positions.end()) {
            return it->second;
        }
        if (path.empty()) {
            return {};
        }
        const size_t cut = path.find_last_of(".[");
        path.resize(cut == std::string::npos ? 0 : cut);
    }
}

LoadResult parseDocument(std::string_view text, std::string_view fileName,
                         const PresetCatalog& catalog) {
    LoadResult result;
    try {
        DocumentReader doc(text, fileName);
        const Json* root = doc.root();
        const std::vector<std::string> formats{std::string(kWorkshopFormat),
                                               std::string(kScenarioFormat)};
        const auto format = root != nullptr ? doc.readHeader(formats) : std::nullopt;
        if (format == kWorkshopFormat) {
            result = readWorkshop(doc, *root, catalog);
        } else if (format == kScenarioFormat) {
            result = readScenarioDocument(doc, *root, catalog);
        }
        if (root != nullptr && !doc.hasErrors()) {
            result.positions = doc.valuePositions();
        }
        result.errors = doc.takeErrors();
    } catch (const std::exception& e) {
        // Nothing may escape to the caller; a failure here is a bug, reported as such.
        result.errors = {fileProblem(std::string(fileName),
                                     std::string("internal error while reading: ") + e.what())};
    }
    if (!result.errors.empty()) {
        result.workshop = Workshop{};
        result.isWorkshop = false;
        result.positions.clear();
    }
    return result;
}

LoadResult parseDocument(std::string_view text, std::string_view fileName) {
    return parseDocument(text, fileName, PresetCatalog::builtIn());
}

LoadResult loadFile(const std::string& path) {
    LoadResult result;
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        result.errors.push_back(fileProblem(path, "cannot open file: it is a folder"));
        return result;
    }
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
        result.errors.push_back(
            fileProblem(path, std::string("cannot open file: ") + std::strerror(errno)));
        return result;
    }
    std::string text;
    const auto size = fs::file_size(path, ec);
    if (!ec && size > kMaxFileBytes) {
        std::fclose(file);
        result.errors.push_back(fileProblem(path, "the file is too large (" +
                                                      std::to_string(size / (1024 * 1024)) +
                                                      " MB) to be a SovSim file"));
        return result;
    }
    char buffer[65536];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0 && text.size() <= kMaxFileBytes) {
        text.append(buffer, n);
    }
    const bool failed = std::ferror(file) != 0;
    const int error = errno;
    std::fclose(file);
    if (failed) {
        result.errors.push_back(
            fileProblem(path, std::string("cannot read file: ") + std::strerror(error)));
        return result;
    }
    if (text.size() > kMaxFileBytes) { // a pipe or device has no size to check beforehand
        result.errors.push_back(fileProblem(path, "the file is too large (over " +
                                                      std::to_string(kMaxFileBytes >> 20) +
                                                      " MB) to be a SovSim file"));
        return result;
    }
    return parseDocument(text, path);
}

std::string serialise(const Scenario& scenario) {
    return serialise(scenario, PresetCatalog::builtIn());
}

std::string serialise(const Workshop& workshop) {
    return serialise(workshop, PresetCatalog::builtIn());
}

std::string serialise(const Scenario& scenario, const PresetCatalog& catalog) {
    try {
        OrderedJson j;
        j["format"] = std::string(kScenarioFormat);
        j["version"] = kFileVersion;
        writeScenarioMembers(j, scenario, catalog);
        return dump(j);
    } catch (const std::exception&) {
        return {}; // unreachable with the replace handler; never throw to the caller
    }
}

std::string serialise(const Workshop& workshop, const PresetCatalog& catalog) {
    try {
        OrderedJson j;
        j["format"] = std::string(kWorkshopFormat);
        j["version"] = kFileVersion;
        j["name"] = workshop.name;
        OrderedJson list = OrderedJson::array();
        for (const Scenario& s : workshop.scenarios) {
            OrderedJson item;
            writeScenarioMembers(item, s, catalog);
            list.push_back(std::move(item));
        }
        j["scenarios"] = std::move(list);
        return dump(j);
    } catch (const std::exception&) {
        return {};
    }
}

std::string writeFileAtomically(const std::string& path, std::string_view contents) {
    OutputWriter out(path);
    out.write(contents);
    return out.commit();
}

} // namespace sovsim
