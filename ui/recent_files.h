#pragma once

// The list behind File ▸ Open Recent, kept in QSettings, newest first.

#include <QObject>
#include <QStringList>

namespace cd::ui {

class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximum = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &filePath);
    void remove(const QString &filePath);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store();

    QStringList m_files;
};

} // namespace cd::ui
