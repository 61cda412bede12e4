// libFuzzer target for everything a network file reaches: the reader, the writer, the analysis
// and every report. Beyond "no crash, no sanitizer report", it checks the promises the reader
// and writer make to each other, which a crash-only target would never notice breaking.

#include "analysis.h"
#include "io/network_reader.h"
#include "io/network_writer.h"
#include "report/csv_table.h"
#include "report/latex_table.h"
#include "report/markdown_table.h"
#include "report/report_json.h"
#include "report/text_table.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "network_fuzzer: %s\n%s\n", what, detail.constData());
    std::abort();
}

// Every report must be produced; the JSON one must also parse, as the CLI's users rely on it.
void checkReports(const cd::Analysis &analysis)
{
    const std::string json = cd::reportJson(analysis);
    QJsonParseError error;
    QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (error.error != QJsonParseError::NoError)
        fail("the JSON report does not parse", error.errorString().toUtf8());
    (void)cd::csvTable(analysis);
    (void)cd::textReport(analysis);
    (void)cd::markdownTable(analysis);
    (void)cd::latexTable(analysis);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, static_cast<qsizetype>(size));
    const cd::io::ReadResult first = cd::io::readNetwork(bytes);
    if (!first.network) {
        if (first.error.empty())
            fail("a refused file without a message");
        return 0;
    }
    // read → write → read gives the same network, and writing it again the same bytes.
    const QByteArray written = cd::io::writeNetwork(*first.network);
    const cd::io::ReadResult second = cd::io::readNetwork(written);
    if (!second.network)
        fail("the writer wrote a file the reader refuses",
             QByteArray::fromStdString(second.error) + '\n' + written);
    if (!(*second.network == *first.network))
        fail("read → write → read changed the network", written);
    if (cd::io::writeNetwork(*second.network) != written)
        fail("writing is not stable across a read", written);

    checkReports(cd::analyze(*second.network));
    return 0;
}
