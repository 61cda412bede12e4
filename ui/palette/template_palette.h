#pragma once

// The Blocks palette: d2l's Inception, residual (with and without a 1×1 shortcut), ResNeXt,
// dense and transition blocks. Dragging one onto the canvas inserts the whole tagged block
// after asking its arguments; double-click or Enter inserts it after the selected layer.

#include "palette/template_mime.h"

#include <QListWidget>

namespace cd::ui {

class Document;

class TemplatePalette : public QListWidget
{
    Q_OBJECT

public:
    explicit TemplatePalette(Document *document, QWidget *parent = nullptr);

    BlockTemplate templateAt(int row) const;

Q_SIGNALS:
    // A refusal (a block inside another block) for the status bar.
    void statusMessage(const QString &message);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void startDrag(Qt::DropActions supportedActions) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void insertAfterCurrent(BlockTemplate kind);

    Document *m_document;
};

} // namespace cd::ui
