#pragma once

// The look shared by the inspector's two forms (a layer's and the network's): a title, a
// muted subtitle, section headings, the field grid, a red error box and red refusal lines.

class QFormLayout;
class QString;
class QLabel;
class QWidget;

namespace cd::ui {

QLabel *createTitleLabel(QWidget *parent);
QLabel *createSubtitleLabel(QWidget *parent);
QLabel *createSectionLabel(const char *text, QWidget *parent);
// Named "error"; hidden until it has a message.
QLabel *createErrorLabel(QWidget *parent);
// A small red line under a control, for why an edit was not done (the inspector has no status
// bar) or what is missing; hidden until it has a message (setErrorText).
QLabel *createRefusalLabel(const QString &objectName, QWidget *parent);
QFormLayout *createFormLayout();
void setErrorText(QLabel *label, const QString &text);

} // namespace cd::ui
