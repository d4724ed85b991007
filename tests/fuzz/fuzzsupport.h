#pragma once

// What the fuzz targets share (docs/architecture.md, "Fuzzing and
// sanitizers"). Each target is one LLVMFuzzerTestOneInput over one way
// untrusted bytes come in; it is linked either with libFuzzer (`make fuzz`,
// clang) or with replay.cpp, which runs it over the committed corpus as a
// ctest test (`make test`).

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace Fuzz {

// Makes the process's one QCoreApplication (the store's SQL driver and
// QCoreApplication::translate need it) and quiets Qt's warnings, which would
// otherwise be printed for every input; PYKALA_FUZZ_VERBOSE=1 keeps them.
void start(int *argc, char ***argv);

// With PYKALA_FUZZ_VERBOSE=1, prints what became of an input (why it was
// refused, say): for writing seeds that get past the first check.
void note(const QString &what);

// The input as bytes (a copy: the fuzzer's buffer is only lent).
QByteArray bytes(const uint8_t *data, size_t size);

// A path in a folder of the process's own, removed when it ends.
QString scratchPath(const QString &name);

// Removes a store file with its write-ahead log, shared memory and journal.
void removeStore(const QString &path);

// Reports a broken promise of the code under test and aborts, so that the
// fuzzer keeps the input as a crash and the replay test fails.
[[noreturn]] void fail(const QString &what);

} // namespace Fuzz
