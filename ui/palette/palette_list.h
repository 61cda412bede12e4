#pragma once

// What the Layers and Blocks palettes share: a list of icon entries that are dragged onto the
// canvas as a copy carrying their own MIME data (with a picture of the entry), and that a
// double-click or Enter activates. Subclasses say what an entry carries and what it does.

#include <QListWidget>

namespace cd::ui {

class PaletteList : public QListWidget
{
    Q_OBJECT

public:
    explicit PaletteList(const QString &objectName, QWidget *parent = nullptr);

protected:
    // New drag data for the entry in `row`; the caller takes ownership.
    virtual QMimeData *mimeForRow(int row) const = 0;
    // Double-click or Enter on the entry in `row`.
    virtual void activateRow(int row) = 0;

    QStringList mimeTypes() const override = 0;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void startDrag(Qt::DropActions supportedActions) override;
    void keyPressEvent(QKeyEvent *event) override;

    // Appends an entry that can be dragged and selected.
    QListWidgetItem *addEntry(const QIcon &icon, const QString &label, const QString &toolTip,
                              int value);
    // The value addEntry() stored for `row`.
    int entryValue(int row) const;
};

} // namespace cd::ui
