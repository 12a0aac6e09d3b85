// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "format/topologyformat.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Clusterwright;

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &text)
{
    std::fprintf(stderr, "fuzz_loader: %s\n%s\n", what, text.constData());
    std::abort();
}

} // namespace

// Loading must never crash or hang, whatever the bytes; and whatever loads must
// survive the round trip every save relies on: load(write(t)) == t, and writing
// that again gives the same bytes.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult result = loadTopologyBytes(bytes, QStringLiteral("fuzz.cw.yaml"));
    for (const Diagnostic &d : result.diagnostics) {
        if (d.location.line < 1 || d.location.column < 1)
            fail("a diagnostic without a position", d.toString().toUtf8());
    }
    if (!result.ok()) {
        if (!hasErrors(result.diagnostics))
            fail("the load failed without an error", {});
        return 0;
    }
    const QByteArray written = writeTopology(*result.topology);
    const LoadResult again = loadTopologyBytes(written, QStringLiteral("written.cw.yaml"));
    if (!again.ok())
        fail("the written text does not load", written);
    if (!(*again.topology == *result.topology))
        fail("load(write(t)) != t", written);
    if (writeTopology(*again.topology) != written)
        fail("writing is not a fixed point", written);
    return 0;
}
