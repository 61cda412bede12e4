#include "recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace cd::ui {

namespace {
const QString settingsKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
    , m_files(QSettings().value(settingsKey).toStringList())
{}

void RecentFiles::add(const QString &filePath)
{
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > maximum)
        m_files.removeLast();
    store();
}

void RecentFiles::remove(const QString &filePath)
{
    if (m_files.removeAll(QFileInfo(filePath).absoluteFilePath()) > 0)
        store();
}

void RecentFiles::clear()
{
    m_files.clear();
    store();
}

void RecentFiles::store()
{
    QSettings().setValue(settingsKey, m_files);
    Q_EMIT changed();
}

} // namespace cd::ui
