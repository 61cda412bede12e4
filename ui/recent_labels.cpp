#include "recent_labels.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cd::ui {

namespace {

QStringList foldersOf(const QString &path)
{
    return QDir::fromNativeSeparators(QFileInfo(path).path()).split(QLatin1Char('/'),
                                                                    Qt::SkipEmptyParts);
}

// The last `depth` folders with a trailing slash; past the root, the whole path ("/").
QString lastFolders(const QString &path, qsizetype depth)
{
    const QStringList folders = foldersOf(path);
    if (depth > folders.size()) {
        QString whole = QDir::fromNativeSeparators(QFileInfo(path).path());
        return whole.endsWith(QLatin1Char('/')) ? whole : whole + QLatin1Char('/');
    }
    return QStringList(folders.end() - depth, folders.end()).join(QLatin1Char('/'))
           + QLatin1Char('/');
}

} // namespace

QStringList recentFileLabels(const QStringList &paths)
{
    QHash<QString, QList<int>> byName;
    for (int i = 0; i < paths.size(); ++i)
        byName[QFileInfo(paths[i]).fileName()].append(i);

    QStringList labels;
    for (const QString &path : paths)
        labels << QFileInfo(path).fileName();
    for (const QList<int> &same : std::as_const(byName)) {
        if (same.size() < 2)
            continue;
        qsizetype deepest = 0;
        for (int i : same)
            deepest = std::max(deepest, foldersOf(paths[i]).size());
        // The fewest folders that tell every file of this name apart (all of them at worst).
        for (qsizetype depth = 1; depth <= std::max<qsizetype>(deepest, 1); ++depth) {
            QSet<QString> seen;
            for (int i : same)
                seen.insert(lastFolders(paths[i], depth));
            if (seen.size() == same.size() || depth == std::max<qsizetype>(deepest, 1)) {
                for (int i : same)
                    labels[i] += QStringLiteral(" \u2014 ") + lastFolders(paths[i], depth);
                break;
            }
        }
    }
    return labels;
}

} // namespace cd::ui
