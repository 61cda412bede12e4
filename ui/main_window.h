#pragma once

// The designer's main window: the canvas in the centre, palette, inspector, layer table,
// memory and history in docks, and the File / Edit / View / Help menus.

#include "layer.h"

#include <QMainWindow>

class QAction;
class QMenu;

namespace cd::ui {

class BlockActions;
class CanvasView;
class CentreViews;
class Document;
class ExternalChangeWatcher;
class LayerView;
class NetworkView;
class Picture;
class RecentFiles;
class RecoveryWriter;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    LayerView *layerView() const { return m_layerView; }
    NetworkView *networkView() const { return m_networkView; }
    CentreViews *centreViews() const { return m_centre; }
    // The right-click menu of a layer's canvas node and table row (layer_menu.h), its
    // Show in Layer View and Export Picture… wired to this window. Null for the input.
    QMenu *createLayerMenu(LayerId id, QWidget *parent);
    // The right-click menu of a collapsed block's canvas node.
    QMenu *createBlockMenu(const QString &block, QWidget *parent);
    RecoveryWriter *recoveryWriter() const { return m_recovery; }
    ExternalChangeWatcher *externalChangeWatcher() const { return m_fileWatch; }
    // Opens `filePath`, keeping the current document when the file cannot be read (the
    // reader's message is shown). Returns whether it opened. No unsaved-changes question.
    bool openFile(const QString &filePath);
    // Starts on a compiled-in example, unmodified and without a file name.
    void openExample(const QString &resourcePath);
    bool saveTo(const QString &filePath);
    enum class TableFormat { Csv, Markdown, Latex };
    // The same bytes as `convdesigner-cli analyze --csv` (or --markdown, --latex).
    bool exportTableTo(const QString &filePath, TableFormat format);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void updateRecentMenu();
    void updateTitle();
    void updateStatus();
    void updateEditActions();
    // Export Picture is for pictures: not for the layer view's hint or a coverage error.
    void updatePictureActions();
    // A right-click on a layer that is not selected selects it, as in a file manager.
    QMenu *popupLayerMenu(LayerId id, QWidget *parent);
    // Export Block as PNG/SVG from a layer's or a collapsed block's menu.
    void exportBlockPicture(const QString &block, bool svg);
    // Edit ▸ Delete: the canvas's selected edge, else every selected layer.
    void deleteSelection();

    // Save / Discard / Cancel when there are unsaved changes; false means cancel.
    bool maybeSave();
    void newNetwork();
    void openWithDialog();
    bool save();
    bool saveAs();
    void exportTable(TableFormat format);
    // Asks for a file (PNG at a chosen scale, or SVG) and writes the picture.
    void exportPicture(const Picture &picture, const QString &what, bool svg);
    void chooseBackgroundImage();
    void showAbout();

    void restoreLayout();
    void storeLayout() const;

    Document *m_document;
    RecentFiles *m_recentFiles;
    CanvasView *m_canvas;
    LayerView *m_layerView;
    NetworkView *m_networkView;
    CentreViews *m_centre;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QList<QAction *> m_layerPictureActions;
    QList<QAction *> m_coveragePictureActions;
    BlockActions *m_blockActions = nullptr;
    RecoveryWriter *m_recovery;
    ExternalChangeWatcher *m_fileWatch;
};

} // namespace cd::ui
