#include "file_suffix.h"

namespace cd::ui {

QString withSuffix(const QString &path, const QString &suffix)
{
    if (path.isEmpty() || path.endsWith(suffix, Qt::CaseInsensitive))
        return path;
    return path + suffix;
}

} // namespace cd::ui
