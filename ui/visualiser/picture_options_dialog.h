#pragma once

// The one question a PNG export asks before writing: at what scale (2 suits slides), and on
// white or on a transparent background (for a slide whose own colour should show through).

#include "visualiser/picture_export.h"

#include <optional>

class QWidget;

namespace cd::ui {

struct PictureOptions
{
    qreal scale = 2.0;
    PictureBackground background = PictureBackground::Theme;
};

// Shows the form titled `title`; empty when the user cancels. Tests replace the form with a
// function that answers at once (setPictureOptionsAnswer), since a modal dialog would wait
// for a person.
std::optional<PictureOptions> askPictureOptions(QWidget *parent, const QString &title);

using PictureOptionsAnswer = std::optional<PictureOptions> (*)();
// Null restores the dialog.
void setPictureOptionsAnswer(PictureOptionsAnswer answer);

} // namespace cd::ui
