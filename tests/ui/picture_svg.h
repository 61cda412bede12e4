#pragma once

// The SVG a Picture exports, as text: what the picture tests search for names and labels.

#include "visualiser/picture_export.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

namespace cd::ui {

inline QString svgOf(const Picture &picture)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("picture.svg"));
    REQUIRE(exportSvg(picture, path, QStringLiteral("test")).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace cd::ui
