#pragma once

// The few coloured texts of the docks (inspector, memory panel, layer view's lines): muted
// explanations, errors in a red box, amber notes, links. Style sheets fix a colour, so each
// is written for the active theme and written again when the theme changes.

#include <QColor>
#include <QString>

class QWidget;

namespace cd::ui {

enum class TextStyle {
    Muted,       // subtitles, "nothing reads this layer"
    Explanation, // what a figure means
    Body,        // a line of the layer view
    Error,       // a refusal, in red
    ErrorBox,    // an error in a red box
    Note,        // a remark in amber
    WarningBox,  // a figure worth a second look, in an amber box
    Link,        // a layer named as a link
    Total,       // a memory block's total
};

// The colour of TextStyle::Muted in the active theme, for labels coloured by palette.
QColor mutedTextColour();
// The style sheet of `style` in the active theme.
QString textStyleSheet(TextStyle style);
// Gives `widget` that style sheet now and whenever the theme changes; a later call with
// another style replaces the first.
void setTextStyle(QWidget *widget, TextStyle style);

} // namespace cd::ui
