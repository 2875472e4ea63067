#pragma once
// Every command sovsim-cli knows, in the order `sovsim-cli help` lists them.

#include "Command.h"

#include <span>

namespace sovsim::cli {

std::span<const Command* const> commandTable();

} // namespace sovsim::cli
