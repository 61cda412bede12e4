// The network view: its shading is core's input coverage, exactly, for the NiN example; its
// picture blends the shading colour over lost pixels only; it follows edits (and skips the
// ones that change nothing it shows); background images load or fail clearly; it exports;
// a 1024×1024 input is two images, not a million items. With branches, the shading, count and
// tooltips follow core's exact unused region, which need not be whole rows and columns.

#include "document.h"
#include "edits.h"
#include "io/network_reader.h"
#include "visualiser/coverage_text.h"
#include "visualiser/network_theme.h"
#include "visualiser/network_view.h"
#include "visualiser/picture_export.h"

#include "nin_document.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace cd;
using namespace cd::ui;

namespace {

const char *const ninCount = "rows 219\u2013223 and columns 219\u2013223 \u2014 2,215 of 50,176 "
                             "pixels \u2014 never reach the output";


bool contains(const std::vector<std::int64_t> &indices, std::int64_t index)
{
    return std::find(indices.begin(), indices.end(), index) != indices.end();
}

// Every row and column of the view agrees with core's coverage of the current analysis.
void checkMatchesCore(const NetworkView &view, const Document &document)
{
    const Analysis &analysis = document.analysis();
    REQUIRE(analysis.inputCoverage.has_value());
    const InputCoverage &coverage = *analysis.inputCoverage;
    for (int r = 0; r < int(analysis.input.height); ++r) {
        INFO("row " << r);
        CHECK(view.isShaded(r, 0) == contains(coverage.unusedRows, r));
    }
    for (int c = 0; c < int(analysis.input.width); ++c) {
        INFO("column " << c);
        CHECK(view.isShaded(0, c) == contains(coverage.unusedCols, c));
    }
}

// The image pixel at the cell's centre (a 1-pixel cell's centre is its own pixel).
QRgb pixelAt(const QImage &image, const QRectF &cell)
{
    const QPointF centre = cell.center();
    return image.pixel(int(std::floor(centre.x())), int(std::floor(centre.y())));
}

// The shading is a strong red: red well above green and blue. Unshaded neutral grey is not.
bool looksShaded(QRgb pixel)
{
    return qRed(pixel) - qGreen(pixel) > 80 && qRed(pixel) - qBlue(pixel) > 60;
}

bool looksNeutral(QRgb pixel)
{
    return std::abs(qRed(pixel) - qGreen(pixel)) < 16 && std::abs(qRed(pixel) - qBlue(pixel)) < 16;
}

// Every pixel of the view, shaded or not, as core's coverage says.
void checkEveryPixelMatchesCore(const NetworkView &view, const Analysis &analysis)
{
    REQUIRE(analysis.inputCoverage.has_value());
    const InputCoverage &coverage = *analysis.inputCoverage;
    std::int64_t shaded = 0;
    for (int r = 0; r < int(analysis.input.height); ++r) {
        for (int c = 0; c < int(analysis.input.width); ++c) {
            INFO("row " << r << ", column " << c);
            CHECK(view.isShaded(r, c) == coverage.isUnused(r, c));
            shaded += view.isShaded(r, c) ? 1 : 0;
        }
    }
    CHECK(shaded == coverage.unusedPixels);
}

// tests/data's v2_edge_nonproduct_coverage: 1×8×8, rows_even conv k[1,2] s2 reads rows
// {0, 2, 4, 6} and every column; cols_even conv k[2,1] s2 reads every row and columns
// {0, 2, 4, 6}; an add joins them. Every row and column has used pixels, yet the 16 pixels of
// odd rows × odd columns are read by neither branch.
void loadNonProduct(Document &document)
{
    const QString path
        = QStringLiteral(CONVDESIGNER_TEST_DATA "/v2_edge_nonproduct_coverage.cnn.json");
    io::ReadResult read = io::readNetworkFile(path);
    REQUIRE(read.network.has_value());
    document.reset(std::move(*read.network), path);
    REQUIRE(document.analysis().valid());
}

Network largeNetwork()
{
    Network network;
    network.name = "large";
    network.input = {1, 1024, 1024};
    Conv2d conv;
    conv.outChannels = 8;
    conv.kernel = Pair::square(3);
    conv.stride = Pair::square(2);
    network.append(conv);
    network.append(ReLU{});
    MaxPool2d pool;
    pool.kernel = Pair::square(3);
    pool.stride = Pair::square(2);
    network.append(pool);
    conv.outChannels = 16;
    conv.kernel = Pair::square(5);
    conv.stride = Pair::square(3);
    network.append(conv);
    network.append(AdaptiveAvgPool2d{});
    network.append(Flatten{});
    return network;
}

} // namespace

TEST_CASE("NetworkView shades exactly the NiN input rows and columns core finds unused")
{
    Document document;
    loadNin(document);
    NetworkView view(&document);

    checkMatchesCore(view, document);
    CHECK(view.isShaded(223, 223));
    CHECK(view.isShaded(219, 5));
    CHECK(view.isShaded(5, 219));
    CHECK_FALSE(view.isShaded(218, 218));
    CHECK_FALSE(view.isShaded(224, 0)); // outside the input
    CHECK(view.countText() == QString::fromUtf8(ninCount));
}

TEST_CASE("NetworkView picture blends the shading colour over lost pixels only")
{
    Document document;
    loadNin(document);
    NetworkView view(&document);
    const QImage image = renderPicture(view, 1.0);
    REQUIRE(image.size() == view.pictureSize().toSize());

    const QRectF lostRow = view.pixelRect(221, 100);
    const QRectF lostCol = view.pixelRect(100, 221);
    const QRectF used = view.pixelRect(100, 100);
    REQUIRE(lostRow.width() >= 2); // a slide shows 224 pixels large enough to see
    CHECK(QRectF(QPointF(0, 0), view.pictureSize()).contains(view.pixelRect(223, 223)));
    CHECK(looksShaded(pixelAt(image, lostRow)));
    CHECK(looksShaded(pixelAt(image, lostCol)));
    CHECK(looksShaded(pixelAt(image, view.pixelRect(223, 223))));
    CHECK(looksNeutral(pixelAt(image, used)));
    CHECK(looksNeutral(pixelAt(image, view.pixelRect(218, 218))));
}

TEST_CASE("NetworkView follows an edit that changes the coverage and undo restores it")
{
    Document document;
    loadNin(document);
    NetworkView view(&document);
    const LayerId first = document.network().layers.front().id;

    setLayerField(&document, first, "stride", Pair::square(2));
    checkMatchesCore(view, document);
    CHECK(view.countText() != QString::fromUtf8(ninCount));
    CHECK(view.countText()
          == coverageCountText(networkCoverage(document.analysis()))); // the same words

    document.undoStack()->undo();
    checkMatchesCore(view, document);
    CHECK(view.countText() == QString::fromUtf8(ninCount));
}

TEST_CASE("NetworkView composes nothing for an edit that keeps the input and its coverage")
{
    Document document;
    loadNin(document);
    NetworkView view(&document);
    const int before = view.compositions();

    // Dropout's p and a name change no pixel of the view.
    setLayerField(&document, document.network().layers[6].id, "p", 0.25);
    renameLayer(&document, document.network().layers[0].id, QStringLiteral("first"));
    CHECK(view.compositions() == before);

    setLayerField(&document, document.network().layers[0].id, "stride", Pair::square(3));
    CHECK(view.compositions() > before);
}

TEST_CASE("NetworkView says when every pixel is used and when coverage cannot be computed")
{
    Network network;
    network.input = {1, 8, 8};
    Conv2d conv;
    conv.kernel = Pair::square(3);
    conv.padding = Pair::square(1);
    network.append(conv);
    Document document;
    document.reset(network, QString());
    NetworkView view(&document);
    CHECK(view.countText() == QStringLiteral("every input pixel can reach the output"));
    CHECK_FALSE(view.isShaded(7, 7));

    conv.kernel = Pair::square(11); // larger than the padded 8×8 input
    conv.padding = Pair::square(0);
    network.layers.front().kind = conv;
    document.reset(network, QString());
    CHECK(view.countText().startsWith(QStringLiteral("coverage cannot be computed \u2014 ")));
    CHECK(view.countText().size() > 40); // the first error follows
    CHECK_FALSE(view.isShaded(7, 7));
    CHECK_FALSE(renderPicture(view, 1.0).isNull()); // the input is still drawn, unshaded
}

TEST_CASE("NetworkView says when the input is too large to analyse")
{
    Network network;
    network.input = {1, (std::int64_t{1} << 24) + 1, 2};
    network.append(ReLU{});
    Document document;
    document.reset(network, QString());
    REQUIRE(document.analysis().valid());
    REQUIRE_FALSE(document.analysis().inputCoverage.has_value());
    NetworkView view(&document);
    CHECK(view.countText().startsWith(QStringLiteral("coverage not analysed")));
    CHECK_FALSE(view.isShaded(0, 0));
    CHECK(view.pixelRect(0, 0).isEmpty()); // nothing is drawn for such an input
    CHECK(view.pictureSize().height() < 200);
}

TEST_CASE("NetworkView count line elides long lists of runs")
{
    std::vector<std::int64_t> odd;
    for (std::int64_t i = 1; i < 224; i += 2)
        odd.push_back(i);
    CHECK(indexListText(QStringLiteral("row"), QStringLiteral("rows"), odd)
          == QStringLiteral("rows 1, 3, 5, \u2026, 223 (112 rows)"));
    CHECK(indexListText(QStringLiteral("row"), QStringLiteral("rows"), {223})
          == QStringLiteral("row 223"));
    CHECK(indexListText(QStringLiteral("row"), QStringLiteral("rows"), {0, 1, 5, 219, 220})
          == QStringLiteral("rows 0\u20131, 5, 219\u2013220"));
}

TEST_CASE("NetworkView tooltip says why a pixel never reaches the output")
{
    Document document;
    loadNin(document);
    const NetworkCoverage coverage = networkCoverage(document.analysis());
    CHECK(pixelToolTip(coverage, 221, 100)
          == QStringLiteral("row 221, column 100: never reaches the output (no output depends "
                            "on row 221)"));
    CHECK(pixelToolTip(coverage, 100, 100)
          == QStringLiteral("row 100, column 100: can reach the output"));
}

TEST_CASE("NetworkView loads a background image and refuses a bad file without change")
{
    Document document;
    loadNin(document);
    NetworkView view(&document);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    QImage blue(60, 40, QImage::Format_RGB32);
    blue.fill(QColor(0, 0, 255));
    const QString good = dir.filePath(QStringLiteral("blue.png"));
    REQUIRE(blue.save(good));
    QString error;
    REQUIRE(view.loadBackgroundImage(good, &error));
    CHECK(error.isEmpty());
    CHECK(view.hasBackgroundImage());
    QImage picture = renderPicture(view, 1.0);
    const QRgb used = pixelAt(picture, view.pixelRect(100, 100));
    CHECK(qBlue(used) > 240);
    CHECK(qRed(used) < 16);
    const QRgb lost = pixelAt(picture, view.pixelRect(221, 100));
    CHECK(qRed(lost) > 120); // red shading over the blue image
    CHECK(qBlue(lost) < 200);

    const QString bad = dir.filePath(QStringLiteral("bad.png"));
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("this is not an image");
    }
    const QImage before = view.backgroundImage();
    CHECK_FALSE(view.loadBackgroundImage(bad, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(error.contains(QStringLiteral("bad.png")));
    CHECK(view.backgroundImage() == before);
    CHECK(renderPicture(view, 1.0) == picture);

    error.clear();
    CHECK_FALSE(view.loadBackgroundImage(dir.filePath(QStringLiteral("missing.jpg")), &error));
    CHECK_FALSE(error.isEmpty());

    view.clearBackgroundImage();
    CHECK_FALSE(view.hasBackgroundImage());
    CHECK(looksNeutral(pixelAt(renderPicture(view, 1.0), view.pixelRect(100, 100))));
}

TEST_CASE("NetworkView loads the shipped sample image")
{
    Document document;
    loadNin(document);
    NetworkView view(&document);
    view.useSampleImage();
    REQUIRE(view.hasBackgroundImage());
    CHECK(view.backgroundImage().size() == QSize(224, 224));
    CHECK(QImage(QStringLiteral(":/sample/sample.png")).size() == QSize(224, 224));
}

TEST_CASE("NetworkView exports PNG at a scale and SVG")
{
    Document document;
    loadNin(document);
    NetworkView view(&document);
    view.useSampleImage();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString png = dir.filePath(QStringLiteral("network.png"));
    CHECK(exportPng(view, png, 2.0).isEmpty());
    const QImage written(png);
    REQUIRE_FALSE(written.isNull());
    CHECK(written.size() == (view.pictureSize() * 2).toSize());

    const QString svg = dir.filePath(QStringLiteral("network.svg"));
    CHECK(exportSvg(view, svg, QStringLiteral("NiN input coverage")).isEmpty());
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("<svg"));
    CHECK(bytes.contains("never reach"));
}

TEST_CASE("NetworkView draws a 1024x1024 input as images without per-pixel items")
{
    Document document;
    document.reset(largeNetwork(), QString());
    REQUIRE(document.analysis().valid());
    NetworkView view(&document);
    view.resize(900, 800);
    checkMatchesCore(view, document);
    CHECK(view.countText() == coverageCountText(networkCoverage(document.analysis())));
    CHECK(view.isShaded(1023, 0)); // k3 s2 over 1024 leaves the last row behind

    // No child objects at all: the million pixels are two images.
    CHECK(view.findChildren<QObject *>().isEmpty());
    const QImage grabbed = view.grab().toImage();
    CHECK(grabbed.size() == QSize(900, 800));
    const QSizeF picture = view.pictureSize();
    CHECK(picture.width() <= 4000);
    CHECK(picture.height() <= 4000);
    const QImage image = renderPicture(view, 1.0);
    CHECK(looksShaded(pixelAt(image, view.pixelRect(1023, 500))));
    CHECK(looksNeutral(pixelAt(image, view.pixelRect(500, 500))));
}

TEST_CASE("NetworkView shades the exact region two branches leave unused")
{
    Document document;
    loadNonProduct(document);
    NetworkView view(&document);
    REQUIRE_FALSE(document.analysis().inputCoverage->isProduct());

    checkEveryPixelMatchesCore(view, document.analysis());
    for (int r = 0; r < 8; ++r) {
        for (int c = 0; c < 8; ++c) {
            INFO("row " << r << ", column " << c);
            CHECK(view.isShaded(r, c) == (r % 2 == 1 && c % 2 == 1)); // by hand, above
        }
    }
    CHECK(view.countText()
          == QStringLiteral("16 of 64 pixels \u2014 in no whole row or column \u2014 never reach "
                            "the output"));

    // Drawn: lost pixels in the shading colour, their used neighbours in the same row and
    // column as they are.
    const QImage image = renderPicture(view, 1.0);
    REQUIRE(view.pixelRect(1, 1).width() >= 2);
    for (int r = 0; r < 8; ++r) {
        for (int c = 0; c < 8; ++c) {
            INFO("row " << r << ", column " << c);
            const QRgb pixel = pixelAt(image, view.pixelRect(r, c));
            CHECK((view.isShaded(r, c) ? looksShaded(pixel) : looksNeutral(pixel)));
        }
    }

    const NetworkCoverage coverage = networkCoverage(document.analysis());
    CHECK(pixelToolTip(coverage, 1, 1)
          == QStringLiteral("row 1, column 1: never reaches the output (outputs depend on other "
                            "pixels of row 1 and of column 1, not on this one)"));
    CHECK(pixelToolTip(coverage, 1, 2) == QStringLiteral("row 1, column 2: can reach the output"));
    CHECK(pixelToolTip(coverage, 0, 1) == QStringLiteral("row 0, column 1: can reach the output"));
}

TEST_CASE("NetworkView names whole unused rows and counts the other lost pixels")
{
    // The two branches above, then a conv k1 s[2,1] that reads rows {0, 2} of the add's 4×4
    // output. Add row i reads rows_even's row i (input row 2i, every column) and cols_even's
    // row i (input rows 2i and 2i+1, even columns). So input rows 0 and 4 are used whole,
    // rows 1 and 5 at even columns only, rows 2, 3, 6, 7 not at all: 4 × 8 = 32 pixels in
    // whole rows and 2 × 4 = 8 others, 40 in all.
    Document document;
    loadNonProduct(document);
    Network network = document.network();
    network.append(Conv2d{.outChannels = 1, .kernel = Pair::square(1), .stride = Pair{2, 1}});
    document.reset(network, QString());
    REQUIRE(document.analysis().valid());
    NetworkView view(&document);

    const InputCoverage &coverage = *document.analysis().inputCoverage;
    CHECK_FALSE(coverage.isProduct());
    CHECK(coverage.unusedRows == std::vector<std::int64_t>{2, 3, 6, 7});
    CHECK(coverage.unusedCols.empty());
    CHECK(coverage.unusedPixels == 40);
    checkEveryPixelMatchesCore(view, document.analysis());
    CHECK(view.isShaded(2, 0));
    CHECK(view.isShaded(1, 1));
    CHECK_FALSE(view.isShaded(1, 0));
    CHECK_FALSE(view.isShaded(4, 7));
    CHECK(view.countText()
          == QStringLiteral("rows 2\u20133, 6\u20137 and 8 other pixels \u2014 40 of 64 pixels "
                            "\u2014 never reach the output"));
    const NetworkCoverage drawn = networkCoverage(document.analysis());
    CHECK(pixelToolTip(drawn, 3, 0)
          == QStringLiteral("row 3, column 0: never reaches the output (no output depends on "
                            "row 3)"));
}

TEST_CASE("NetworkView recomposes when only the exact region changes")
{
    // Same unused rows and columns (none), another region: the shading must follow.
    Document document;
    loadNonProduct(document);
    NetworkView view(&document);
    CHECK(view.isShaded(1, 1));
    Network network = document.network();
    // cols_even reads every column instead: the union is everything.
    network.layers[1].kind
        = Conv2d{.outChannels = 2, .kernel = Pair{2, 2}, .stride = Pair::square(2)};
    document.reset(network, QString());
    REQUIRE(document.analysis().valid());
    CHECK(document.analysis().inputCoverage->unusedPixels == 0);
    CHECK_FALSE(view.isShaded(1, 1));
    CHECK(view.countText() == QStringLiteral("every input pixel can reach the output"));
}
