#pragma once
// The sovsim-cli commands that render charts with Qt; rows for app/cli/CommandTable.cpp.

#include "Command.h"

namespace sovsim::cli {

extern const Command kExportCommand; // export FILE... -> chart images and PDFs
extern const Command kReportCommand; // report FILE... -> workshop report PDF

} // namespace sovsim::cli
