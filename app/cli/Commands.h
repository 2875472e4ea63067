#pragma once
// The headless commands of sovsim-cli; each is defined in its own <Name>Command.cpp.

#include "Command.h"

namespace sovsim::cli {

extern const Command kRunCommand;      // run FILE... -> tidy CSV
extern const Command kListCommand;     // list parameters|metrics|presets
extern const Command kValidateCommand; // validate FILE...
extern const Command kSummaryCommand;  // summary FILE... -> table of key metrics

} // namespace sovsim::cli
