#pragma once
// A plain-text table with aligned columns for the terminal ("list", "summary"). Widths count
// what a terminal shows, so scenario names in Chinese or Japanese (two cells per character)
// still line up.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sovsim::cli {

// Terminal cells a UTF-8 string takes: East Asian wide characters count two, combining marks
// none. Invalid bytes count one each, so a broken name can never make the width negative.
std::size_t displayWidth(std::string_view utf8);

class TextTable {
public:
    enum class Align { Left, Right };
    struct Column {
        std::string header;
        Align align = Align::Left;
    };

    explicit TextTable(std::vector<Column> columns);

    // Missing cells are blank; extra cells are an error in the caller and are dropped.
    void addRow(std::vector<std::string> cells);
    // An empty line between groups of rows.
    void addGap();

    // Header, a rule of dashes, then the rows; two spaces between columns and no trailing
    // blanks. Without any header text the header and rule are left out.
    std::string render() const;

private:
    std::vector<Column> columns_;
    std::vector<std::vector<std::string>> rows_; // an empty row is a gap
};

} // namespace sovsim::cli
