#pragma once

// Height and width of a pair field as two spin boxes, with a "square" link toggle: while
// linked, editing one side sets both.

#include "layer.h"

#include <QWidget>

class QSpinBox;
class QToolButton;

namespace cd::ui {

class PairEditor : public QWidget
{
    Q_OBJECT

public:
    // The children are named `key.height`, `key.width` and `key.link`, so that tests and
    // style sheets can find them.
    explicit PairEditor(const QString &key, std::int64_t minimum, QWidget *parent = nullptr);

    Pair value() const;
    // Shows `value` without emitting valueChanged(). The first value links the two sides when
    // it is square; a later value that is not square unlinks them.
    void setValue(Pair value);
    bool isLinked() const;
    void setLinked(bool linked);

    QSpinBox *heightBox() const { return m_height; }
    QSpinBox *widthBox() const { return m_width; }

Q_SIGNALS:
    void valueChanged(cd::Pair value);

private:
    void sideEdited(QSpinBox *edited, QSpinBox *other);
    void linkToggled(bool linked);

    QSpinBox *m_height;
    QSpinBox *m_width;
    QToolButton *m_link;
    bool m_hasValue = false;
};

} // namespace cd::ui
