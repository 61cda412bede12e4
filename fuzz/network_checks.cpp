// The promises every network file is checked against (see network_checks.h).

#include "network_checks.h"

#include "network_builder.h"

#include "analysis.h"
#include "io/network_reader.h"
#include "io/network_writer.h"
#include "report/csv_table.h"
#include "report/latex_table.h"
#include "report/markdown_table.h"
#include "report/report_json.h"
#include "report/text_table.h"
#include "text/terminal_text.h"

#include <QByteArray>
#include <QJsonDocument>

namespace cd::fuzz {

namespace {

// Every report must be produced; the JSON one must also parse, as the CLI's users rely on it.
std::string checkReports(const Analysis &analysis)
{
    const std::string json = reportJson(analysis);
    QJsonParseError error;
    QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (error.error != QJsonParseError::NoError)
        return "the JSON report does not parse: " + error.errorString().toStdString();
    (void)csvTable(analysis);
    (void)textReport(analysis);
    (void)markdownTable(analysis);
    (void)latexTable(analysis);
    return {};
}

} // namespace

std::string checkNetworkBytes(QByteArrayView bytes)
{
    // The same bytes as a file name the CLI prints: what reaches the terminal is printable.
    const std::string_view asPath(bytes.data(), static_cast<std::size_t>(bytes.size()));
    if (!text::isPrintableText(text::printablePath(asPath)))
        return "a path prints as no printable text: " + text::printablePath(asPath);

    const io::ReadResult first = io::readNetwork(bytes);
    if (!first.network)
        return first.error.empty() ? "a refused file without a message" : std::string();
    // read → write → read gives the same network, and writing it again the same bytes.
    const QByteArray written = io::writeNetwork(*first.network);
    const io::ReadResult second = io::readNetwork(written);
    if (!second.network)
        return "the writer wrote a file the reader refuses: " + second.error + "\n"
               + written.toStdString();
    if (!(*second.network == *first.network))
        return "read, write, read changed the network:\n" + written.toStdString();
    if (io::writeNetwork(*second.network) != written)
        return "writing is not stable across a read:\n" + written.toStdString();
    return checkReports(analyze(*second.network));
}

std::string checkBuiltNetwork(QByteArrayView bytes)
{
    const Network network = buildNetwork(bytes);
    if (std::string problem = checkReports(analyze(network)); !problem.empty())
        return problem;
    return checkNetworkBytes(io::writeNetwork(network));
}

} // namespace cd::fuzz
