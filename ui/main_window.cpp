#include "main_window.h"

#include "qt_text.h"
#include "analysing_indicator.h"
#include "block_actions.h"
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "document.h"
#include "edits.h"
#include "structure_edits.h"
#include "examples.h"
#include "format.h"
#include "inspector/inspector.h"
#include "io/atomic_write.h"
#include "io/network_reader.h"
#include "io/network_writer.h"
#include "memory/memory_panel.h"
#include "memory/memory_timeline_chart.h"
#include "palette/layer_palette.h"
#include "palette/template_palette.h"
#include "recent_files.h"
#include "report/csv_table.h"
#include "report/latex_table.h"
#include "report/markdown_table.h"
#include "table/layer_table_view.h"
#include "visualiser/layer_view.h"
#include "visualiser/network_view.h"
#include "visualiser/picture_export.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QUndoView>

namespace cd::ui {

namespace {

const QString fileFilter = QStringLiteral("ConvDesigner networks (*.cnn.json);;JSON files (*.json);;All files (*)");

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
    , m_views(new QTabWidget(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    // The visualiser gets the whole centre: on a projector its grids need every pixel.
    m_views->setDocumentMode(true);
    m_views->addTab(m_canvas, tr("Network"));
    m_views->addTab(m_layerView, tr("Layer View"));
    m_views->addTab(m_networkView, tr("Input Coverage"));
    setCentralWidget(m_views);
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    // The inspector and memory column runs the full height: the memory terms need room more
    // than the table needs the last few hundred pixels of width.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    createDocks();
    createMenus();
    statusBar()->addPermanentWidget(analysingIndicator(m_document, this));

    connect(m_document, &Document::changed, this, [this] {
        updateStatus();
        updateEditActions();
    });
    connect(m_document, &Document::currentLayerChanged, this, [this] {
        updateStatus();
        updateEditActions();
    });
    connect(m_document, &Document::selectionChanged, this, &MainWindow::updateEditActions);
    CanvasScene *canvas = m_canvas->canvasScene();
    connect(canvas, &CanvasScene::selectedEdgeChanged, this, &MainWindow::updateEditActions);
    connect(canvas, &CanvasScene::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    restoreLayout();
    updateTitle();
    updateStatus();
    updateEditActions();
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
    auto *inspector = addDock(this, tr("Inspector"), QStringLiteral("inspectorDock"),
                              new Inspector(m_document), Qt::RightDockWidgetArea);
    auto *memoryPanel = new MemoryPanel(m_document);
    // Hovering a step of the memory timeline lights up the nodes whose tensors are alive then.
    connect(memoryPanel->timelineChart(), &MemoryTimelineChart::stepHovered,
            m_canvas->canvasScene(), &CanvasScene::setHighlightedLayers);
    auto *memory = addDock(this, tr("Memory"), QStringLiteral("memoryDock"), memoryPanel,
                           Qt::RightDockWidgetArea);
    auto *table = addDock(this, tr("Layer table"), QStringLiteral("tableDock"),
                          new LayerTableView(m_document), Qt::BottomDockWidgetArea);
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
    file->addAction(tr("Save &As\u2026"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    QMenu *table = file->addMenu(tr("Export &Table"));
    table->addAction(tr("As &CSV\u2026"), this, [this] { exportTable(TableFormat::Csv); });
    table->addAction(tr("As &Markdown\u2026"), this,
                     [this] { exportTable(TableFormat::Markdown); });
    table->addAction(tr("As &LaTeX\u2026"), this, [this] { exportTable(TableFormat::Latex); });
    QMenu *picture = file->addMenu(tr("Export &Picture"));
    picture->addAction(tr("Layer View as &PNG\u2026"), this,
                       [this] { exportPicture(*m_layerView, tr("layer view"), false); });
    picture->addAction(tr("Layer View as &SVG\u2026"), this,
                       [this] { exportPicture(*m_layerView, tr("layer view"), true); });
    picture->addAction(tr("Input Coverage as P&NG\u2026"), this,
                       [this] { exportPicture(*m_networkView, tr("input coverage"), false); });
    picture->addAction(tr("Input Coverage as S&VG\u2026"), this,
                       [this] { exportPicture(*m_networkView, tr("input coverage"), true); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
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
    m_viewMenu->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_canvas, &CanvasView::zoomIn);
    m_viewMenu->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_canvas, &CanvasView::zoomOut);
    m_viewMenu->addAction(tr("Zoom to &Fit"), QKeySequence(tr("Ctrl+0")), m_canvas,
                          &CanvasView::zoomToFit);
    m_viewMenu->addAction(tr("&Actual Size"), QKeySequence(tr("Ctrl+1")), m_canvas,
                          &CanvasView::resetZoom);
    // A lecturer walks ResNet-18 block by block: everything folded, then open one at a time.
    m_viewMenu->addAction(tr("&Collapse All Blocks"), QKeySequence(tr("Ctrl+Shift+-")), this,
                          [this] { setAllBlocksCollapsed(m_document, true); });
    m_viewMenu->addAction(tr("&Expand All Blocks"), QKeySequence(tr("Ctrl+Shift+=")), this,
                          [this] { setAllBlocksCollapsed(m_document, false); });
    m_viewMenu->addSeparator();
    const QList<std::pair<QString, QString>> tabs = {{tr("&Network"), tr("Ctrl+2")},
                                                     {tr("&Layer View"), tr("Ctrl+3")},
                                                     {tr("Input &Coverage"), tr("Ctrl+4")}};
    for (int i = 0; i < tabs.size(); ++i) {
        m_viewMenu->addAction(tabs[i].first, QKeySequence(tabs[i].second), this,
                              [this, i] { m_views->setCurrentIndex(i); });
    }
    m_viewMenu->addAction(tr("Input &Background Image\u2026"), this,
                          &MainWindow::chooseBackgroundImage);
    m_viewMenu->addAction(tr("Use &Sample Image"), this, [this] {
        m_networkView->useSampleImage();
        m_views->setCurrentWidget(m_networkView);
    });
    m_viewMenu->addAction(tr("Clear Background Image"), m_networkView,
                          &NetworkView::clearBackgroundImage);
    m_viewMenu->addSeparator();
    for (const char *name :
         {"paletteDock", "blocksDock", "inspectorDock", "memoryDock", "tableDock"}) {
        auto *dock = findChild<QDockWidget *>(QString::fromLatin1(name));
        m_viewMenu->addAction(dock->toggleViewAction());
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()),
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
                                                      fileFilter);
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveTo(const QString &filePath)
{
    const std::string error = io::saveNetworkFile(m_document->network(), filePath);
    if (!error.empty()) {
        QMessageBox::warning(this, tr("Cannot save the network"), qtText(error));
        return false;
    }
    m_document->setFilePath(QFileInfo(filePath).absoluteFilePath());
    m_document->markSaved();
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Export layer table"), suggestion,
                                                      tr(how.filter));
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
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QString error;
    if (svg) {
        error = exportSvg(picture, path, tr("ConvDesigner %1").arg(what));
    } else {
        bool ok = false;
        const double scale = QInputDialog::getDouble(this, tr("Export %1").arg(what),
                                                     tr("Scale (2 suits slides):"), 2.0, 0.25,
                                                     8.0, 2, &ok);
        if (!ok)
            return;
        error = exportPng(picture, path, scale);
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
    m_views->setCurrentWidget(m_networkView);
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
}

void MainWindow::storeLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

} // namespace cd::ui
