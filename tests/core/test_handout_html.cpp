// The lecture handout (report/handout_html.h) for the NiN example with fake pictures: the page
// parses as XML, holds each picture once where it belongs, and the Layer View sections are
// exactly the layers that discard pixels, with the arithmetic a student works out by hand.

#include "analysis.h"
#include "io/network_reader.h"
#include "report/handout_html.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QString>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace {

const std::string svgNamespace = "http://www.w3.org/2000/svg";

std::string svg(const std::string &id)
{
    return "<svg xmlns=\"" + svgNamespace + "\" id=\"" + id + "\"/>";
}

// What a test reads back from the page, by parsing it as XML.
struct Page
{
    QString error;                   // empty: well-formed
    std::vector<std::string> svgIds; // every inlined picture, in page order
    std::vector<std::string> sectionIds;
    std::vector<std::string> headerTitles; // the layer table's th title attributes
    std::map<std::string, std::vector<std::string>> arithmetic; // section id → p.arithmetic
};

std::string attribute(const QXmlStreamReader &xml, const char *name)
{
    return xml.attributes().value(QString::fromLatin1(name)).toString().toStdString();
}

Page parse(const std::string &html)
{
    Page page;
    QXmlStreamReader xml(QByteArray::fromStdString(html));
    std::string section;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (name == QStringLiteral("svg")) {
            CHECK(xml.namespaceUri().toString().toStdString() == svgNamespace);
            page.svgIds.push_back(attribute(xml, "id"));
        } else if (name == QStringLiteral("section")) {
            section = attribute(xml, "id");
            page.sectionIds.push_back(section);
        } else if (name == QStringLiteral("th") && section == "layers") {
            page.headerTitles.push_back(attribute(xml, "title"));
        } else if (name == QStringLiteral("p") && attribute(xml, "class") == "arithmetic") {
            page.arithmetic[section].push_back(xml.readElementText().toStdString());
        }
    }
    if (xml.hasError())
        page.error = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return page;
}

cd::Network nin()
{
    const cd::io::ReadResult read
        = cd::io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/nin.cnn.json"));
    REQUIRE(read.network);
    return *read.network;
}

// Fake pictures; the network's comes with the prolog a QSvgGenerator file has.
cd::HandoutPictures fakePictures(std::vector<int> *layerViewsAsked = nullptr)
{
    return {.network =
                [] {
                    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                           "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                           "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                           + svg("net") + "\n";
                },
            .memory = [] { return svg("mem"); },
            .layerView =
                [layerViewsAsked](int i) {
                    if (layerViewsAsked)
                        layerViewsAsked->push_back(i);
                    return svg("view-" + std::to_string(i));
                }};
}

} // namespace

TEST_CASE("NiN's handout is well-formed and holds each picture once, in its section")
{
    const cd::Network network = nin();
    const cd::Analysis analysis = cd::analyze(network);
    std::vector<int> asked;
    const std::string html = cd::handoutHtml(analysis, network, fakePictures(&asked));
    const Page page = parse(html);
    INFO(page.error.toStdString());
    REQUIRE(page.error.isEmpty());

    // 224 → nin1 11/4: (224 − 11)/4 = 53.25, 54 windows end at 52·4+… row 223 unread;
    // pool1 54, 3/2: 25.5 → row 53; nin2 5/1 pad 2 and nin3 3/1 pad 1 read everything;
    // pool2 26, 3/2: 11.5 → row 25; pool3 12, 3/2: 4.5 → row 11; nin4 pads; gap, dropout and
    // flatten read everything.
    const std::vector<int> discarding = {0, 1, 3, 5};
    CHECK(cd::discardingLayers(analysis) == discarding);
    CHECK(asked == discarding);
    CHECK(page.svgIds
          == std::vector<std::string>{"net", "mem", "view-0", "view-1", "view-3", "view-5"});
    CHECK(page.sectionIds
          == std::vector<std::string>{"network", "layers", "memory", "layer-0", "layer-1",
                                      "layer-3", "layer-5"});
    // The prolog of the network's SVG is not carried into the page.
    CHECK(html.find("<?xml") == std::string::npos);
    CHECK(html.find("DTD SVG") == std::string::npos);
    CHECK(html.rfind("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"", 0) == 0);
}

TEST_CASE("each Layer View section has the arithmetic line with the hand-worked numbers")
{
    const cd::Network network = nin();
    const Page page = parse(cd::handoutHtml(cd::analyze(network), network, fakePictures()));
    REQUIRE(page.error.isEmpty());
    // Square windows: one line for rows and columns, as the Layer View prints it. Each layer
    // has one real row (and column) past its last window.
    struct Expected
    {
        const char *section;
        const char *division; // (n + 2·p − k) / s = quotient
        int steps;
        int outputs;
        int lostRow;
    };
    for (const Expected &e :
         {Expected{"layer-0", "(224 + 2\u00b70 \u2212 11) / 4 = 53.25", 53, 54, 223},
          Expected{"layer-1", "(54 + 2\u00b70 \u2212 3) / 2 = 25.5", 25, 26, 53},
          Expected{"layer-3", "(26 + 2\u00b70 \u2212 3) / 2 = 11.5", 11, 12, 25},
          Expected{"layer-5", "(12 + 2\u00b70 \u2212 3) / 2 = 4.5", 4, 5, 11}}) {
        INFO(e.section);
        CHECK(page.arithmetic.at(e.section)
              == std::vector<std::string>{
                  std::string("rows and columns: ") + e.division + " \u2192 "
                  + std::to_string(e.steps) + " full steps \u2192 " + std::to_string(e.outputs)
                  + " outputs; 1 cell past the last window, 0 of them padding \u2192 1 real row "
                    "lost (row "
                  + std::to_string(e.lostRow) + ")"});
    }
}

TEST_CASE("the handout's table, memory terms and peak carry NiN's figures")
{
    const cd::Network network = nin();
    const std::string html = cd::handoutHtml(cd::analyze(network), network, fakePictures());
    const Page page = parse(html);
    REQUIRE(page.error.isEmpty());
    // The document tables' 13 columns, each header explaining itself.
    REQUIRE(page.headerTitles.size() == 13);
    for (const std::string &title : page.headerTitles)
        CHECK_FALSE(title.empty());
    CHECK(html.find("<td>nin1</td><td>nin_block</td>") != std::string::npos);
    CHECK(html.find("<td>row 223, col 223</td>") != std::string::npos);
    CHECK(html.find("<tr class=\"total\"><td class=\"num\"></td><td>total</td>")
          != std::string::npos);
    // nin1's three convolutions write 96·54·54 = 279,936 each; while the second writes, the
    // first's output is still read: 559,872, more than any later layer (nin2: 3 × 173,056 of
    // which two alive, 346,112 + its input 64,896). The input is dead by then.
    CHECK(html.find("<td>nin1 conv 1</td><td class=\"num\">279,936</td></tr>\n"
                    "<tr><td>nin1 conv 2</td><td class=\"num\">279,936</td></tr>\n"
                    "<tr class=\"total\"><td>peak</td><td class=\"num\">559,872</td>")
          != std::string::npos);
    // The memory terms with the formulas' symbols, b = 4 (float32), N = 1, m = 3 (momentum).
    CHECK(html.find("<th>training memory</th><td>b \u00d7 (2 \u00d7 N \u00d7 A + m \u00d7 P) = "
                    "4 B \u00d7 (2 \u00d7 1 \u00d7 ")
          != std::string::npos);
    CHECK(html.find("<th>inference memory</th><td>b \u00d7 (N \u00d7 peak + P) = 4 B \u00d7 (1 "
                    "\u00d7 559,872 + ")
          != std::string::npos);
    CHECK(html.find("<th>saved for backward</th><td>autograd = ") != std::string::npos);
}

TEST_CASE("names from the file are text in the handout, never markup")
{
    cd::Network network;
    network.name = "<script>alert(\"x\")</script> & 'y' \x01 \xFF";
    network.input = {1, 8, 8};
    cd::Conv2d conv;
    conv.kernel = cd::Pair::square(3);
    conv.stride = cd::Pair::square(2); // (8 − 3)/2 = 2.5: windows 0–2, 2–4, 4–6; row 7 unread
    network.append(conv, "a<b>&\"c\"");
    const cd::Analysis analysis = cd::analyze(network);
    REQUIRE(cd::discardingLayers(analysis) == std::vector<int>{0});
    const std::string html = cd::handoutHtml(analysis, network, fakePictures());
    const Page page = parse(html);
    INFO(page.error.toStdString());
    CHECK(page.error.isEmpty());
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; "
                    "\u2401 \uFFFD</h1>")
          != std::string::npos);
    CHECK(html.find("<h2>a&lt;b&gt;&amp;&quot;c&quot; (conv2d)</h2>") != std::string::npos);
    CHECK(html.find("a<b>") == std::string::npos);
}

TEST_CASE("a handout without pictures or of an invalid network is still a whole page")
{
    cd::Network network;
    network.name = "too small";
    network.input = {3, 4, 4};
    cd::Conv2d conv;
    conv.kernel = cd::Pair::square(9);
    network.append(conv);
    const std::string html = cd::handoutHtml(cd::analyze(network), network, {});
    const Page page = parse(html);
    INFO(page.error.toStdString());
    CHECK(page.error.isEmpty());
    CHECK(page.svgIds.empty());
    CHECK(html.find("No picture of the network.") != std::string::npos);
    CHECK(html.find("The network is invalid:") != std::string::npos);
    CHECK(html.find("kernel 9 is larger than the padded input") != std::string::npos);
    CHECK(html.find("class=\"peak\"") == std::string::npos);
    CHECK(page.sectionIds == std::vector<std::string>{"network", "layers", "memory"});
}

TEST_CASE("every example's handout is well-formed with one Layer View per discarding layer")
{
    const QDir examples(QStringLiteral(CONVDESIGNER_EXAMPLES));
    const QStringList names = examples.entryList({QStringLiteral("*.cnn.json")}, QDir::Files);
    REQUIRE(names.size() >= 8);
    for (const QString &name : names) {
        INFO(name.toStdString());
        const cd::io::ReadResult read = cd::io::readNetworkFile(examples.filePath(name));
        REQUIRE(read.network);
        const cd::Analysis analysis = cd::analyze(*read.network);
        std::vector<int> asked;
        const std::string html = cd::handoutHtml(analysis, *read.network, fakePictures(&asked));
        const Page page = parse(html);
        INFO(page.error.toStdString());
        CHECK(page.error.isEmpty());
        CHECK(asked == cd::discardingLayers(analysis));
        CHECK(page.svgIds.size() == 2 + asked.size());
        // A block's layers are followed by its subtotal row, as in the Markdown table.
        const bool blocks = std::any_of(analysis.layers.begin(), analysis.layers.end(),
                                        [](const cd::LayerReport &l) { return !l.block.empty(); });
        CHECK((html.find("<tr class=\"block-total\">") != std::string::npos) == blocks);
    }
}

TEST_CASE("the handout says in words what each memory term counts, since tooltips do not print")
{
    const cd::Network network = nin();
    const std::string html = cd::handoutHtml(cd::analyze(network), network, fakePictures());
    REQUIRE(parse(html).error.isEmpty());
    const auto note = [&html](const std::string &term) {
        const std::size_t at = html.find("<dt>" + term + "</dt><dd>");
        return at == std::string::npos ? std::string()
                                       : html.substr(at, html.find("</dd>", at) - at);
    };
    // The seed NiN: A = 1,696,760 kept activations, P = 1,992,166 parameters, momentum keeps
    // m = 3 copies, float32 is b = 4 bytes, and the inference peak is 559,872 (above).
    CHECK(note("b = 4 B").find("4 bytes per element") != std::string::npos);
    const std::string activations = note("training: 2 \u00d7 1 \u00d7 1,696,760");
    CHECK(activations.find("ReLU") != std::string::npos);
    CHECK(note("training: 3 \u00d7 1,992,166").find("momentum") != std::string::npos);
    CHECK_FALSE(note("inference: 1 \u00d7 559,872").empty());
    CHECK_FALSE(note("inference: 1,992,166").empty());
    CHECK(note("saved for backward").find("autograd") != std::string::npos);
}
