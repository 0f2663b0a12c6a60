// The tables of a clipft project file and the steps that build them, version by version.
// A project file is an SQLite database marked with clipft's application id, so `file(1)` and
// clipft itself can tell it from any other SQLite database.
#pragma once
#include <cstdint>

namespace clipft {

class SchemaMigrations;

// 'CLFT' in the header's application_id field.
constexpr int32_t kProjectApplicationId = 0x434C4654;

// Every schema version this program knows, oldest first.
const SchemaMigrations& projectSchemaMigrations();

}  // namespace clipft
