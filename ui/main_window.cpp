#include "main_window.h"

#include "qt_text.h"
#include "analysing_indicator.h"
#include "block_actions.h"
#include "canvas/canvas_picture.h"
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "centre_views.h"
#include "document.h"
#include "edits.h"
#include "structure_edits.h"
#include "examples.h"
#include "file_suffix.h"
#include "file_watch/external_change_watcher.h"
#include "export/pytorch_export.h"
#include "format.h"
#include "help/formulas_dialog.h"
#include "help/shortcuts_dialog.h"
#include "inspector/inspector.h"
#include "io/atomic_write.h"
#include "io/network_reader.h"
#include "io/network_writer.h"
#include "layer_menu.h"
#include "memory/memory_panel.h"
#include "memory/memory_timeline_chart.h"
#include "onnx_open.h"
#include "palette/layer_palette.h"
#include "palette/template_palette.h"
#include "picture_menu.h"
#include "present/presentation_mode.h"
#include "recent_files.h"
#include "recent_labels.h"
#include "recovery/recovery_writer.h"
#include "report/csv_table.h"
#include "report/latex_table.h"
#include "report/markdown_table.h"
#include "table/layer_table_view.h"
#include "theme/theme_menu.h"
#include "visualiser/layer_view.h"
#include "visualiser/network_view.h"
#include "visualiser/picture_export.h"
#include "visualiser/picture_names.h"
#include "visualiser/picture_options_dialog.h"
#include "zoomable.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>
#include <tuple>

namespace cd::ui {

namespace {

const QString fileFilter = QStringLiteral("ConvDesigner networks (*.cnn.json);;JSON files (*.json);;All files (*)");
// Open also imports ONNX models (as untitled networks: Save never writes an ONNX file).
const QString openFilter = QStringLiteral("Networks and ONNX models (*.cnn.json *.json *.onnx);;ConvDesigner networks (*.cnn.json);;ONNX models (*.onnx);;All files (*)");

QDockWidget *addDock(QMainWindow *window, const QString &title, const QString &objectName,
                     QWidget *content, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(objectName); // saveState() needs it
    dock->setWidget(content);
    window->addDockWidget(area, dock);
    return dock;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_recentFiles(new RecentFiles(this))
    , m_canvas(new CanvasView(m_document))
    , m_layerView(new LayerView(m_document))
    , m_networkView(new NetworkView(m_document))
    , m_centre(new CentreViews(m_canvas, m_layerView, m_networkView, this))
    , m_recovery(new RecoveryWriter(m_document, RecoveryStore::defaultDirectory(), this))
    , m_fileWatch(new ExternalChangeWatcher(m_document, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_centre);
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    // The inspector and memory column runs the full height: the memory terms need room more
    // than the table needs the last few hundred pixels of width.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    createDocks();
    createMenus();
    statusBar()->addPermanentWidget(analysingIndicator(m_document, this));

    // The views connected first, so they have refreshed when the actions ask them.
    connect(m_document, &Document::changed, this, [this] {
        updateStatus();
        updateEditActions();
        updatePictureActions();
    });
    connect(m_document, &Document::currentLayerChanged, this, [this] {
        updateStatus();
        updateEditActions();
        updatePictureActions();
    });
    const auto popup = [this](LayerId id, QWidget *parent) { return popupLayerMenu(id, parent); };
    m_canvas->canvasScene()->setLayerMenuFactory(popup);
    m_canvas->canvasScene()->setBlockMenuFactory(
        [this](const QString &block, QWidget *parent) { return createBlockMenu(block, parent); });
    findChild<LayerTableView *>()->setLayerMenuFactory(popup);
    connect(m_document, &Document::selectionChanged, this, &MainWindow::updateEditActions);
    CanvasScene *canvas = m_canvas->canvasScene();
    connect(canvas, &CanvasScene::selectedEdgeChanged, this, &MainWindow::updateEditActions);
    connect(canvas, &CanvasScene::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    connect(m_recovery, &RecoveryWriter::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_fileWatch, &ExternalChangeWatcher::reloadRequested, this, &MainWindow::openFile);
    restoreLayout();
    updateTitle();
    updateStatus();
    updateEditActions();
    updatePictureActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto *palette = addDock(this, tr("Layers"), QStringLiteral("paletteDock"),
                            new LayerPalette(m_document), Qt::LeftDockWidgetArea);
    auto *templates = new TemplatePalette(m_document);
    connect(templates, &TemplatePalette::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    auto *blocks = addDock(this, tr("Blocks"), QStringLiteral("blocksDock"), templates,
                           Qt::LeftDockWidgetArea);
    splitDockWidget(palette, blocks, Qt::Vertical);
    auto *inspectorPanel = new Inspector(m_document);
    connect(inspectorPanel, &Inspector::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    auto *inspector = addDock(this, tr("Inspector"), QStringLiteral("inspectorDock"),
                              inspectorPanel, Qt::RightDockWidgetArea);
    auto *memoryPanel = new MemoryPanel(m_document);
    // Hovering a step of the memory timeline lights up the nodes whose tensors are alive then.
    connect(memoryPanel->timelineChart(), &MemoryTimelineChart::stepHovered,
            m_canvas->canvasScene(), &CanvasScene::setHighlightedLayers);
    auto *memory = addDock(this, tr("Memory"), QStringLiteral("memoryDock"), memoryPanel,
                           Qt::RightDockWidgetArea);
    auto *tableView = new LayerTableView(m_document);
    // A nin_block's 1×1 row shows that convolution in the Layer View, not the block's first.
    connect(tableView, &LayerTableView::blockConvPicked, m_layerView, &LayerView::showBlockConv);
    auto *table = addDock(this, tr("Layer table"), QStringLiteral("tableDock"), tableView,
                          Qt::BottomDockWidgetArea);
    auto *history = addDock(this, tr("History"), QStringLiteral("historyDock"),
                            new QUndoView(m_document->undoStack()), Qt::LeftDockWidgetArea);
    history->hide();
    splitDockWidget(inspector, memory, Qt::Vertical);
    resizeDocks({palette, inspector}, {190, 380}, Qt::Horizontal);
    resizeDocks({table}, {280}, Qt::Vertical);
    resizeDocks({inspector, memory}, {430, 470}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *formulas = help->addAction(tr("&Formulas"), this,
                                        [this] { showFormulasDialog(m_document, this); });
    formulas->setObjectName(QStringLiteral("formulasAction"));
    formulas->setShortcut(Qt::Key_F1);
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] { showShortcutsDialog(this); });
    help->addAction(tr("&About ConvDesigner"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newNetwork);
    QMenu *fromExample = file->addMenu(tr("New from &Example"));
    for (const Example &example : examples()) {
        fromExample->addAction(example.title, this, [this, path = example.resourcePath] {
            if (maybeSave())
                openExample(path);
        });
    }
    file->addAction(tr("&Open\u2026"), QKeySequence::Open, this, &MainWindow::openWithDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    QAction *saveAsAction = file->addAction(tr("Save &As\u2026"), this, &MainWindow::saveAs);
    saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    // QKeySequence::SaveAs is empty on some platforms (Windows): Ctrl+Shift+S everywhere.
    QList<QKeySequence> saveAsKeys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    if (!saveAsKeys.contains(QKeySequence(tr("Ctrl+Shift+S"))))
        saveAsKeys << QKeySequence(tr("Ctrl+Shift+S"));
    saveAsAction->setShortcuts(saveAsKeys);
    QMenu *table = file->addMenu(tr("Export &Table"));
    table->addAction(tr("As &CSV\u2026"), this, [this] { exportTable(TableFormat::Csv); });
    table->addAction(tr("As &Markdown\u2026"), this,
                     [this] { exportTable(TableFormat::Markdown); });
    table->addAction(tr("As &LaTeX\u2026"), this, [this] { exportTable(TableFormat::Latex); });
    QMenu *picture = file->addMenu(tr("Export &Picture"));
    m_layerPictureActions = {
        picture->addAction(tr("Layer View as &PNG\u2026"), this,
                           [this] { exportPicture(*m_layerView, picture_names::layerView(), false); }),
        picture->addAction(tr("Layer View as &SVG\u2026"), this,
                           [this] { exportPicture(*m_layerView, picture_names::layerView(), true); })};
    m_coveragePictureActions = {
        picture->addAction(tr("Input Coverage as P&NG\u2026"), this,
                           [this] { exportPicture(*m_networkView, picture_names::inputCoverage(), false); }),
        picture->addAction(tr("Input Coverage as S&VG\u2026"), this,
                           [this] { exportPicture(*m_networkView, picture_names::inputCoverage(), true); })};
    const char *pictureNames[] = {"exportLayerViewPng", "exportLayerViewSvg",
                                  "exportCoveragePng", "exportCoverageSvg"};
    for (int i = 0; i < 4; ++i) {
        (i < 2 ? m_layerPictureActions[i] : m_coveragePictureActions[i - 2])
            ->setObjectName(QString::fromLatin1(pictureNames[i]));
    }
    addScenePictureActions(picture, m_canvas->canvasScene(),
                           findChild<MemoryPanel *>()->timelineChart(),
                           [this](const Picture &shown, const QString &what, bool svg) {
                               exportPicture(shown, what, svg);
                           });
    file->addAction(tr("Export P&yTorch Code\u2026"), this, [this] {
        if (const QString message = exportPytorchCode(this, *m_document); !message.isEmpty())
            statusBar()->showMessage(message, 4000);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Y as well as the platform's redo (Ctrl+Shift+Z on Linux): users bring either habit.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(tr("Ctrl+Y"))))
        redoKeys << QKeySequence(tr("Ctrl+Y"));
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_deleteAction
        = edit->addAction(tr("&Delete"), QKeySequence::Delete, this, &MainWindow::deleteSelection);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_duplicateAction = edit->addAction(tr("D&uplicate Layer"), QKeySequence(tr("Ctrl+D")), this,
                                        [this] {
                                            duplicateLayer(m_document,
                                                           m_document->currentLayer());
                                        });
    edit->addSeparator();
    m_blockActions = new BlockActions(m_document, this);
    m_blockActions->addTo(edit);
    m_blockActions->bindShortcutsTo(m_canvas);
    connect(m_blockActions, &BlockActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    edit->addSeparator();
    auto *history = findChild<QDockWidget *>(QStringLiteral("historyDock"));
    QAction *showHistory = history->toggleViewAction();
    showHistory->setText(tr("&History"));
    showHistory->setShortcut(QKeySequence(tr("Ctrl+H")));
    edit->addAction(showHistory);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    // The zoom keys act on the view that is shown (the one last clicked when side by side).
    const QList<std::tuple<QString, QList<QKeySequence>, const char *, void (Zoomable::*)()>>
        zooms = {{tr("Zoom &In"), QKeySequence::keyBindings(QKeySequence::ZoomIn), "zoomInAction",
                  &Zoomable::zoomIn},
                 {tr("Zoom &Out"), QKeySequence::keyBindings(QKeySequence::ZoomOut),
                  "zoomOutAction", &Zoomable::zoomOut},
                 {tr("Zoom to &Fit"), {QKeySequence(tr("Ctrl+0"))}, "zoomToFitAction",
                  &Zoomable::zoomToFit},
                 {tr("&Actual Size"), {QKeySequence(tr("Ctrl+1"))}, "actualSizeAction",
                  &Zoomable::resetZoom}};
    for (const auto &[text, keys, name, zoom] : zooms) {
        QAction *action = m_viewMenu->addAction(text, this, [this, zoom = zoom] {
            if (Zoomable *view = m_centre->zoomTarget())
                (view->*zoom)();
        });
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(keys);
    }
    // A lecturer walks ResNet-18 block by block: everything folded, then open one at a time.
    m_viewMenu->addAction(tr("&Collapse All Blocks"), QKeySequence(tr("Ctrl+Shift+-")), this,
                          [this] { setAllBlocksCollapsed(m_document, true); });
    m_viewMenu->addAction(tr("&Expand All Blocks"), QKeySequence(tr("Ctrl+Shift+=")), this,
                          [this] { setAllBlocksCollapsed(m_document, false); });
    m_viewMenu->addSeparator();
    const QList<std::tuple<QString, QString, QWidget *>> tabs
        = {{tr("&Network"), tr("Ctrl+2"), m_canvas},
           {tr("&Layer View"), tr("Ctrl+3"), m_layerView},
           {tr("Input &Coverage"), tr("Ctrl+4"), m_networkView}};
    for (const auto &[text, keys, view] : tabs) {
        m_viewMenu->addAction(text, QKeySequence(keys), this,
                              [this, view = view] { m_centre->showView(view); });
    }
    QAction *beside = m_viewMenu->addAction(tr("Visualiser &Beside the Network"));
    beside->setObjectName(QStringLiteral("sideBySideAction"));
    beside->setCheckable(true);
    beside->setChecked(m_centre->isSideBySide());
    connect(beside, &QAction::toggled, m_centre, &CentreViews::setSideBySide);
    connect(m_centre, &CentreViews::sideBySideChanged, beside, &QAction::setChecked);
    m_viewMenu->addAction(tr("Input &Background Image\u2026"), this,
                          &MainWindow::chooseBackgroundImage);
    m_viewMenu->addAction(tr("Use &Sample Image"), this, [this] {
        m_networkView->useSampleImage();
        m_centre->showView(m_networkView);
    });
    m_viewMenu->addAction(tr("Clear Background Image"), m_networkView,
                          &NetworkView::clearBackgroundImage);
    m_viewMenu->addSeparator();
    for (const char *name :
         {"paletteDock", "blocksDock", "inspectorDock", "memoryDock", "tableDock"}) {
        auto *dock = findChild<QDockWidget *>(QString::fromLatin1(name));
        m_viewMenu->addAction(dock->toggleViewAction());
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(createThemeMenu(m_viewMenu));
    m_viewMenu->addAction((new PresentationMode(this, m_document, m_canvas, m_layerView,
                                                findChild<LayerTableView *>()))
                              ->action());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles->files();
    const QStringList labels = recentFileLabels(files);
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(labels[i]),
                                this, [this, path] {
                                    if (maybeSave())
                                        openFile(path);
                                })
            ->setToolTip(path);
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), m_recentFiles, &RecentFiles::clear);
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    QString name = path.isEmpty() ? qtText(m_document->network().name) : QFileInfo(path).fileName();
    if (name.isEmpty())
        name = tr("Untitled");
    setWindowTitle(QStringLiteral("%1[*] \u2014 ConvDesigner").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const Analysis &analysis = m_document->analysis();
    const int current = m_document->network().indexOf(m_document->currentLayer());
    if (current >= 0 && !analysis.layers[static_cast<std::size_t>(current)].error.empty()) {
        statusBar()->showMessage(qtText(analysis.layers[static_cast<std::size_t>(current)].error));
        return;
    }
    if (!analysis.valid()) {
        statusBar()->showMessage(qtText(analysis.errors.front().message));
        return;
    }
    statusBar()->showMessage(
        tr("%1 layers \u00b7 %2 parameters \u00b7 %3 MACs \u00b7 training %4 \u00b7 inference %5")
            .arg(analysis.layers.size())
            .arg(qtText(withThousands(analysis.totals->params)))
            .arg(qtText(withThousands(analysis.totals->macs)))
            .arg(qtText(humanBytes(analysis.memory->trainingBytes)))
            .arg(qtText(humanBytes(analysis.memory->inferenceBytes))));
}

void MainWindow::updateEditActions()
{
    const bool layerSelected = m_document->currentLayer() != 0;
    const bool edgeSelected = m_canvas->canvasScene()->selectedEdge() != nullptr;
    const bool several = m_document->selection().size() > 1;
    m_deleteAction->setEnabled(layerSelected || edgeSelected);
    m_deleteAction->setText(edgeSelected ? tr("&Delete Connection")
                            : several    ? tr("&Delete Layers")
                                         : tr("&Delete Layer"));
    m_duplicateAction->setEnabled(layerSelected);
}

void MainWindow::updatePictureActions()
{
    for (QAction *action : std::as_const(m_layerPictureActions))
        action->setEnabled(m_layerView->hasPicture());
    for (QAction *action : std::as_const(m_coveragePictureActions))
        action->setEnabled(m_networkView->hasPicture());
}

QMenu *MainWindow::createLayerMenu(LayerId id, QWidget *parent)
{
    LayerMenuHandlers handlers;
    handlers.showInLayerView = [this](LayerId layer) {
        m_document->setCurrentLayer(layer);
        m_centre->showView(m_layerView);
    };
    handlers.exportPicture = [this](LayerId layer) {
        m_document->setCurrentLayer(layer); // the layer view draws the current layer
        exportPicture(*m_layerView, picture_names::layerView(), false);
    };
    handlers.exportBlockPicture = [this](const QString &block, bool svg) {
        exportBlockPicture(block, svg);
    };
    return cd::ui::createLayerMenu(m_document, id, handlers, parent);
}

QMenu *MainWindow::createBlockMenu(const QString &block, QWidget *parent)
{
    LayerMenuHandlers handlers;
    handlers.exportBlockPicture = [this](const QString &shown, bool svg) {
        exportBlockPicture(shown, svg);
    };
    return cd::ui::createBlockMenu(m_document, block, handlers, parent);
}

void MainWindow::exportBlockPicture(const QString &block, bool svg)
{
    exportPicture(CanvasPicture(*m_canvas->canvasScene(), block), tr("block"), svg);
}

QMenu *MainWindow::popupLayerMenu(LayerId id, QWidget *parent)
{
    const std::vector<LayerId> &selection = m_document->selection();
    if (id != 0 && std::find(selection.begin(), selection.end(), id) == selection.end())
        m_document->setCurrentLayer(id);
    return createLayerMenu(id, parent);
}

void MainWindow::deleteSelection()
{
    // A clicked edge is what the canvas shows selected last, over any selected layers.
    if (m_canvas->canvasScene()->disconnectSelectedEdge())
        return;
    const std::vector<LayerId> &selection = m_document->selection();
    if (selection.size() > 1) {
        const QString refusal = removeLayers(m_document, selection);
        if (!refusal.isEmpty())
            statusBar()->showMessage(refusal, 8000);
        return;
    }
    removeLayer(m_document, m_document->currentLayer());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("The network has unsaved changes. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newNetwork()
{
    if (!maybeSave())
        return;
    Network network;
    network.name = tr("Untitled").toStdString();
    m_document->reset(std::move(network), QString());
}

void MainWindow::openExample(const QString &resourcePath)
{
    m_document->reset(loadExample(resourcePath), QString());
}

bool MainWindow::openFile(const QString &filePath)
{
    if (isOnnxPath(filePath)) {
        // An ONNX model becomes an untitled network: Save writes a network file.
        OnnxOpen imported = openOnnx(filePath, this);
        if (!imported.network && !imported.error.isEmpty())
            QMessageBox::warning(this, tr("Cannot import the ONNX model"), imported.error);
        if (!imported.network)
            return false;
        m_document->reset(std::move(*imported.network), QString());
        m_recentFiles->add(filePath);
        return true;
    }
    io::ReadResult read = io::readNetworkFile(filePath);
    if (!read.network) {
        QMessageBox::warning(this, tr("Cannot open the network"), qtText(read.error));
        if (!QFileInfo::exists(filePath))
            m_recentFiles->remove(filePath);
        return false;
    }
    m_document->reset(std::move(*read.network), QFileInfo(filePath).absoluteFilePath());
    m_recentFiles->add(filePath);
    return true;
}

void MainWindow::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open network"), QString(),
                                                      openFilter);
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveTo(const QString &filePath)
{
    switch (m_fileWatch->confirmOverwrite(filePath)) {
    case ExternalChangeWatcher::SaveDecision::Overwrite: break;
    case ExternalChangeWatcher::SaveDecision::SaveAs: return saveAs();
    case ExternalChangeWatcher::SaveDecision::Cancel: return false;
    }
    const std::string error = io::saveNetworkFile(m_document->network(), filePath);
    if (!error.empty()) {
        QMessageBox::warning(this, tr("Cannot save the network"), qtText(error));
        return false;
    }
    m_document->setFilePath(QFileInfo(filePath).absoluteFilePath());
    m_document->markSaved();
    m_fileWatch->noteSaved();
    m_recentFiles->add(filePath);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(filePath)), 4000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save network"), m_document->filePath(),
                                                fileFilter);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json")))
        path += QStringLiteral(".cnn.json");
    return saveTo(path);
}

namespace {

struct TableExport
{
    std::string (*write)(const Analysis &);
    const char *suffix;
    const char *filter;
};

TableExport tableExport(MainWindow::TableFormat format)
{
    switch (format) {
    case MainWindow::TableFormat::Markdown:
        return {&markdownTable, ".md", QT_TRANSLATE_NOOP("MainWindow", "Markdown files (*.md)")};
    case MainWindow::TableFormat::Latex:
        return {&latexTable, ".tex", QT_TRANSLATE_NOOP("MainWindow", "LaTeX files (*.tex)")};
    case MainWindow::TableFormat::Csv: break;
    }
    return {&csvTable, ".csv", QT_TRANSLATE_NOOP("MainWindow", "CSV files (*.csv)")};
}

} // namespace

bool MainWindow::exportTableTo(const QString &filePath, TableFormat format)
{
    // One writer serves the CLI and this menu, so both produce the same bytes.
    const std::string text = tableExport(format).write(m_document->analysis());
    const std::string error = io::writeFileAtomically(filePath, text);
    if (!error.empty()) {
        QMessageBox::warning(this, tr("Cannot export the table"), QString::fromStdString(error));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(filePath)), 4000);
    return true;
}

void MainWindow::exportTable(TableFormat format)
{
    const TableExport how = tableExport(format);
    const QString suffix = QString::fromLatin1(how.suffix);
    const QFileInfo source(m_document->filePath());
    const QString suggestion = source.fileName().isEmpty()
                                   ? QStringLiteral("layers") + suffix
                                   : source.absolutePath() + QLatin1Char('/')
                                         + source.fileName().section(QLatin1Char('.'), 0, 0)
                                         + suffix;
    const QString path = withSuffix(QFileDialog::getSaveFileName(this, tr("Export layer table"),
                                                                 suggestion, tr(how.filter)),
                                    suffix);
    if (!path.isEmpty())
        exportTableTo(path, format);
}

void MainWindow::exportPicture(const Picture &picture, const QString &what, bool svg)
{
    const QString filter = svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)");
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(what),
                                                what.simplified().replace(QLatin1Char(' '),
                                                                          QLatin1Char('-'))
                                                    + suffix,
                                                filter);
    if (path.isEmpty())
        return;
    path = withSuffix(path, suffix);
    QString error;
    if (svg) {
        error = exportSvg(picture, path, picture_names::svgTitle(what));
    } else {
        const std::optional<PictureOptions> options =
            askPictureOptions(this, tr("Export %1").arg(what));
        if (!options)
            return;
        error = exportPng(picture, path, options->scale, options->background);
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot export the picture"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::chooseBackgroundImage()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Background image for the input"), QString(),
        tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_networkView->loadBackgroundImage(path, &error)) {
        QMessageBox::warning(this, tr("Cannot load the image"), error);
        return;
    }
    m_centre->showView(m_networkView);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ConvDesigner"),
        tr("<h3>ConvDesigner %1</h3>"
           "<p>Design convolutional networks and see exactly what each layer costs and what it "
           "throws away: shapes, parameters, MACs, memory, receptive fields, and the pixels "
           "floor division discards.</p><p>Built with Qt %2.</p>")
            .arg(QStringLiteral(CONVDESIGNER_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    storeLayout();
    m_recovery->discard(); // the user answered for the unsaved changes
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    event->acceptProposedAction();
    if (maybeSave())
        openFile(path);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: 1600×1000 where the screen allows, centred.
        const QRect available = screen()->availableGeometry();
        resize(QSize(1600, 1000).boundedTo(available.size()));
        move(available.center() - rect().center());
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_centre->restoreLayout(settings.value(QStringLiteral("window/centre")).toByteArray());
}

void MainWindow::storeLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/centre"), m_centre->saveLayout());
}

} // namespace cd::ui
