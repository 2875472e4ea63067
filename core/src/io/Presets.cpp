// The preset catalog: country profiles, strategies and workshops read from the scenarios/ files
// compiled into the library. Countries and strategies are read first because workshops refer to
// them by id; the workshops are then read against the catalog being built, never builtIn().

#include "sovsim/Presets.h"

#include "DocumentReader.h"
#include "EmbeddedScenarios.h"
#include "sovsim/PlainText.h"

#include <cstdlib>
#include <iostream>

namespace sovsim {
namespace {

using detail::DocumentReader;
using detail::Field;
using detail::Json;

constexpr std::string_view kCountryFormat = "sovsim-country";
constexpr std::string_view kStrategyFormat = "sovsim-strategy";
constexpr std::string_view kCountriesFolder = "countries/";
constexpr std::string_view kStrategiesFolder = "strategies/";
constexpr std::string_view kWorkshopsFolder = "workshops/";
constexpr std::string_view kExamplesFolder = "examples/";
constexpr std::string_view kDefaultWorkshop = "workshops/default.json";

// "countries/japan.json" -> "japan": a preset's id must match its file name, so ids are unique.
std::string stemOf(std::string_view path) {
    const auto slash = path.rfind('/');
    const auto start = slash == std::string_view::npos ? 0 : slash + 1;
    const auto dot = path.rfind('.');
    return std::string(path.substr(start, dot == std::string_view::npos ? dot : dot - start));
}

// The parts of a preset file common to countries and strategies: header, id and name.
bool readPresetHeader(DocumentReader& doc, std::string_view format, std::string_view expectedId,
                      std::vector<std::string> allowedKeys, std::string& id, std::string& name) {
    const Json* root = doc.root();
    if (root == nullptr || !doc.readHeader(std::vector<std::string>{std::string(format)})) {
        return false;
    }
    const Field top;
    for (const char* key : {"format", "version", "id", "name"}) {
        allowedKeys.emplace_back(key);
    }
    doc.rejectUnknownKeys(*root, top, allowedKeys);
    const std::string idText = "\"" + std::string(expectedId) + "\", the file name";
    if (const Json* value = doc.member(*root, top, "id", true, idText)) {
        if (auto text = doc.readText(*value, top.member("id"), false)) {
            if (*text != expectedId) {
                doc.error(top.member("id"),
                          "the id '" + shownText(*text) + "' differs from the file name", idText);
            }
            id = std::move(*text);
        }
    }
    if (const Json* value = doc.member(*root, top, "name", true, "a non-empty text")) {
        name = doc.readName(*value, top.member("name")).value_or("");
    }
    return true;
}

// Every key under `prefix` must be present: a preset sets the whole profile or strategy.
void requireAll(DocumentReader& doc, const Json& object, const Field& at, std::string_view prefix,
                const std::string& expected) {
    for (const auto& key : detail::registryKeys(prefix)) {
        if (!object.contains(key)) {
            doc.missing(at, key, expected);
        }
    }
}

std::optional<CountryPreset> readCountryPreset(DocumentReader& doc, std::string_view path) {
    CountryPreset preset;
    if (!readPresetHeader(doc, kCountryFormat, stemOf(path), {"values"}, preset.id, preset.name)) {
        return std::nullopt;
    }
    const Json& root = *doc.root();
    const Field top;
    const std::string entry = "an object {\"value\": number, \"source\": \"title, year, URL\"}";
    const Json* values = doc.member(root, top, "values", true, "an object of country values");
    if (values == nullptr ||
        !doc.expectObject(*values, top.member("values"), "an object of country values")) {
        return std::nullopt;
    }
    const Field at = top.member("values");
    Scenario scenario;
    const std::string prefix = "country.";
    const auto keys = detail::registryKeys(prefix);
    for (const auto& [key, item] : values->items()) {
        const Field field = at.member(key);
        const ParameterInfo* info = findParameter(prefix + key);
        if (info == nullptr) {
            doc.errorAtKey(field,
                           "unknown country value '" + shownText(key) + "'" +
                               detail::didYouMean(key, keys),
                           detail::oneOf(keys));
            continue;
        }
        if (!doc.expectObject(item, field, entry)) {
            continue;
        }
        doc.rejectUnknownKeys(item, field, std::vector<std::string>{"value", "source"});
        if (const Json* value = doc.member(item, field, "value", true, expectedText(*info))) {
            if (const auto v = doc.readParameter(*value, field.member("value"), *info)) {
                info->set(scenario, *v);
            }
        }
        if (const Json* source = doc.member(item, field, "source", true,
                                            "\"title (publisher), year, URL\" or "
                                            "\"assumption: ...\"")) {
            if (auto text = doc.readText(*source, field.member("source"), false)) {
                preset.sources[key] = std::move(*text);
            }
        }
    }
    requireAll(doc, *values, at, prefix, entry);
    preset.profile = scenario.country;
    return preset;
}

std::optional<StrategyPreset> readStrategyPreset(DocumentReader& doc, std::string_view path) {
    StrategyPreset preset;
    if (!readPresetHeader(doc, kStrategyFormat, stemOf(path),
                          {"description", "postures", "levers", "rationale"}, preset.id,
                          preset.name)) {
        return std::nullopt;
    }
    const Json& root = *doc.root();
    const Field top;
    if (const Json* value = doc.member(root, top, "description", true, "one or two sentences")) {
        preset.description = doc.readText(*value, top.member("description"), false).value_or("");
    }
    if (const Json* value = doc.member(root, top, "rationale", false, "")) {
        doc.readText(*value, top.member("rationale"), true);
    }
    Scenario scenario;
    const struct {
        const char* key;
        std::string_view prefix;
        const char* what;
        const char* expected;
    } parts[] = {
        {"postures", "strategy.postures.", "layer", "an object with a posture for every layer"},
        {"levers", "strategy.levers.", "lever", "an object with an intensity for every lever"},
    };
    for (const auto& part : parts) {
        const Json* object = doc.member(root, top, part.key, true, part.expected);
        const Field at = top.member(part.key);
        if (object != nullptr && doc.expectObject(*object, at, part.expected)) {
            doc.readParameters(*object, at, part.prefix, part.what, scenario);
            requireAll(doc, *object, at, part.prefix, part.expected);
        }
    }
    preset.strategy = scenario.strategy;
    return preset;
}

bool isIn(std::string_view path, std::string_view folder) {
    return path.starts_with(folder) && path.find('/', folder.size()) == std::string_view::npos;
}

void append(std::vector<FileError>& to, std::vector<FileError> from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

} // namespace

PresetCatalog PresetCatalog::fromFiles(const std::map<std::string, std::string>& files,
                                       std::vector<FileError>& errors) {
    PresetCatalog catalog;
    for (const auto& [path, text] : files) {
        const std::string name = "scenarios/" + path;
        if (isIn(path, kCountriesFolder)) {
            DocumentReader doc(text, name);
            auto preset = readCountryPreset(doc, path);
            if (!doc.hasErrors() && preset) {
                catalog.countries_.push_back(std::move(*preset));
            }
            append(errors, doc.takeErrors());
        } else if (isIn(path, kStrategiesFolder)) {
            DocumentReader doc(text, name);
            auto preset = readStrategyPreset(doc, path);
            if (!doc.hasErrors() && preset) {
                catalog.strategies_.push_back(std::move(*preset));
            }
            append(errors, doc.takeErrors());
        }
    }
    // Workshops refer to the presets above, so they come second, read against this catalog.
    for (const auto& [path, text] : files) {
        if (isIn(path, kWorkshopsFolder) || isIn(path, kExamplesFolder)) {
            LoadResult loaded = parseDocument(text, "scenarios/" + path, catalog);
            if (loaded.ok()) {
                catalog.workshops_[path] = std::move(loaded.workshop);
            }
            append(errors, std::move(loaded.errors));
        }
    }
    if (const auto it = catalog.workshops_.find(std::string(kDefaultWorkshop));
        it != catalog.workshops_.end()) {
        catalog.defaultWorkshop_ = it->second;
    }
    return catalog;
}

const PresetCatalog& PresetCatalog::builtIn() {
    static const PresetCatalog catalog = [] {
        std::map<std::string, std::string> files;
        for (const auto& file : detail::embeddedScenarioFiles()) {
            files.emplace(file.path, file.contents);
        }
        std::vector<FileError> errors;
        PresetCatalog built = fromFiles(files, errors);
        if (errors.empty() && built.workshops_.count(std::string(kDefaultWorkshop)) == 0) {
            errors.push_back({"scenarios/" + std::string(kDefaultWorkshop), 0, 0, "",
                              "the default workshop is missing", "a shipped workshop file"});
        }
        if (!errors.empty()) {
            // Shipped data is part of the program: a broken preset is a bug the tests must catch.
            std::cerr << "SovSim: the built-in presets in scenarios/ do not load:\n";
            for (const auto& error : errors) {
                std::cerr << "  " << error.toString() << "\n";
            }
            std::abort();
        }
        return built;
    }();
    return catalog;
}

const CountryPreset* PresetCatalog::findCountry(std::string_view id) const {
    for (const auto& c : countries_) {
        if (c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

const StrategyPreset* PresetCatalog::findStrategy(std::string_view id) const {
    for (const auto& s : strategies_) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace sovsim
