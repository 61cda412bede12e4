// File names the window makes: an export's extension added to a bare name, and Open Recent's
// labels telling files of the same name apart by their folders.

#include "file_suffix.h"
#include "recent_labels.h"

#include <catch2/catch.hpp>

using namespace cd::ui;

namespace {

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *text : list)
        result << QString::fromUtf8(text);
    return result;
}

} // namespace

TEST_CASE("an export gets its format's extension unless it has it", "[files]")
{
    using Case = std::tuple<const char *, const char *, const char *>;
    const auto [path, suffix, expected] = GENERATE(table<const char *, const char *, const char *>({
        Case{"/tmp/x", ".csv", "/tmp/x.csv"},
        Case{"/tmp/x.csv", ".csv", "/tmp/x.csv"},
        Case{"/tmp/x.CSV", ".csv", "/tmp/x.CSV"},
        Case{"/tmp/x.txt", ".csv", "/tmp/x.txt.csv"},
        Case{"/tmp/table.md", ".md", "/tmp/table.md"},
        Case{"/tmp/table", ".tex", "/tmp/table.tex"},
        Case{"/tmp/a.tex/table", ".tex", "/tmp/a.tex/table.tex"},
        Case{"", ".csv", ""},
    }));
    CAPTURE(path, suffix);
    CHECK(withSuffix(QString::fromUtf8(path), QString::fromUtf8(suffix))
          == QString::fromUtf8(expected));
}

TEST_CASE("Open Recent labels show folders only where names collide", "[files]")
{
    SECTION("different names: the names alone")
    {
        CHECK(recentFileLabels(strings({"/home/ann/lectures/nin.cnn.json", "/tmp/vgg.cnn.json"}))
              == strings({"nin.cnn.json", "vgg.cnn.json"}));
    }
    SECTION("the same name in two folders: each with its folder")
    {
        CHECK(recentFileLabels(strings({"/home/ann/lectures/nin.cnn.json", "/tmp/vgg.cnn.json",
                                "/tmp/nin.cnn.json"}))
              == strings({"nin.cnn.json \u2014 lectures/", "vgg.cnn.json",
                             "nin.cnn.json \u2014 tmp/"}));
    }
    SECTION("the same last folder too: as many folders as tell them apart")
    {
        CHECK(recentFileLabels(strings({"/home/ann/2025/nets/nin.cnn.json",
                                "/home/ann/2026/nets/nin.cnn.json"}))
              == strings({"nin.cnn.json \u2014 2025/nets/", "nin.cnn.json \u2014 2026/nets/"}));
    }
    SECTION("one of them at the root: the whole folder path")
    {
        CHECK(recentFileLabels(strings({"/nin.cnn.json", "/tmp/nin.cnn.json"}))
              == strings({"nin.cnn.json \u2014 /", "nin.cnn.json \u2014 tmp/"}));
    }
}
