#pragma once
// Shared helpers for the file tests: a small preset catalog that does not depend on the shipped
// data (so expected messages such as "one of japan, kenya" stay fixed), and file access through
// the compile-time data folder.

#include "sovsim/Presets.h"

#include <filesystem>
#include <string>

namespace sovsim::test {

// Countries "japan" and "kenya", strategies "autarky" and "japan_resilience".
const PresetCatalog& testCatalog();

// tests/data/io/<relative>
std::filesystem::path ioDataPath(const std::string& relative);
std::string readFile(const std::filesystem::path& path);

} // namespace sovsim::test
