// Reading the project's line-based data files: see data_file.hpp, the one reader.
#pragma once

#include "data_file.hpp"
