// sovsim_golden_tool DIR: writes the golden output of every shipped workshop into DIR
// (tests/data/golden/<workshop>.csv) and removes golden files of workshops no longer shipped.
// Run it through tools/update-golden.sh after a deliberate model or preset change; the tests
// never run it.

#include "GoldenCsv.h"
#include "sovsim/Presets.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: sovsim_golden_tool DIR\n"
                     "Writes the golden output of every shipped workshop into DIR.\n";
        return 2;
    }
    const fs::path dir = argv[1];
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        std::cerr << dir.string() << ": cannot create the directory: " << ec.message() << "\n";
        return 1;
    }
    std::set<std::string> written;
    for (const auto& [file, workshop] : sovsim::PresetCatalog::builtIn().shippedWorkshops()) {
        const std::string name = sovsim::golden::goldenFileName(file);
        const fs::path path = dir / name;
        const fs::path temporary = dir / (name + ".tmp");
        {
            std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
            out << sovsim::golden::toCsv(sovsim::golden::sample(workshop));
            out.close();
            if (!out) {
                std::cerr << temporary.string() << ": cannot write the file\n";
                return 1;
            }
        }
        fs::rename(temporary, path, ec);
        if (ec) {
            std::cerr << path.string() << ": cannot replace the file: " << ec.message() << "\n";
            return 1;
        }
        written.insert(name);
        std::cout << "wrote " << path.string() << " (" << workshop.scenarios.size()
                  << " scenarios)\n";
    }
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() == ".csv" && written.count(name) == 0) {
            fs::remove(entry.path(), ec);
            std::cout << "removed " << entry.path().string()
                      << " (no shipped workshop of that name)\n";
        }
    }
    return 0;
}
