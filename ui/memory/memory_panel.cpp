#include "memory_panel.h"

#include "qt_text.h"
#include "format.h"
#include "memory/activation_bar_chart.h"
#include "memory/autograd_section.h"
#include "memory/kept_timeline_bars.h"
#include "memory/memory_block.h"
#include "memory/memory_text.h"
#include "memory/memory_timeline_chart.h"
#include "memory/timeline_bars.h"
#include "report/cells.h"
#include "theme/text_styles.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>
#include <utility>

namespace cd::ui {

namespace {

QLabel *createHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

void setTextIfChanged(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}

// The lowest height up to `limit` at which a view of `text` from its top cuts no shown label
// through a line: the bottom of a label that nothing reaching further down stands beside.
int cleanCutAtMost(const QWidget *text, int limit)
{
    std::vector<std::pair<int, int>> spans; // top and bottom of each shown label
    for (const QLabel *label : text->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(text))
            continue;
        const QRect box(label->mapTo(text, QPoint(0, 0)), label->size());
        spans.emplace_back(box.top(), box.bottom() + 1);
    }
    int best = 0;
    for (const auto &[top, bottom] : spans) {
        if (bottom > limit || bottom <= best)
            continue;
        const bool clean = std::none_of(spans.begin(), spans.end(), [&](const auto &other) {
            return other.first < bottom && other.second > bottom;
        });
        if (clean)
            best = bottom;
    }
    return best;
}

std::vector<ActivationBar> barsFor(const Analysis &analysis)
{
    const Settings &s = analysis.settings;
    std::vector<ActivationBar> bars;
    bars.reserve(analysis.layers.size() + 1);
    const InputShape &in = analysis.input;
    const std::int64_t input = in.channels * in.height * in.width; // checked by the analysis
    bars.push_back({QObject::tr("input"), QObject::tr("network input"), input,
                    bytesPerElement(s.dtype) * s.batch * input});
    for (const LayerReport &layer : analysis.layers) {
        bars.push_back({QString::fromStdString(layer.name), qtText(typeName(layer.type)),
                        layer.activations, activationBytes(layer, s)});
    }
    return bars;
}

} // namespace

MemoryPanel::MemoryPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_layout(new QBoxLayout(QBoxLayout::TopToBottom, this))
    , m_text(new QWidget)
    , m_textScroll(new QScrollArea(this))
    , m_subtitle(new QLabel(m_text))
    , m_training(
          new MemoryBlock(QStringLiteral("training"), tr("Training (lecture model)"), m_text))
    , m_autograd(new AutogradSection(m_text))
    , m_inference(new MemoryBlock(QStringLiteral("inference"), tr("Inference"), m_text))
    , m_error(new QLabel(m_text))
    , m_chartBox(new QWidget(this))
    , m_chart(new ActivationBarChart)
    , m_chartScroll(new QScrollArea(m_chartBox))
    , m_timelineHeading(createHeading(QString(), m_chartBox))
    , m_timelineMode(new QComboBox(m_chartBox))
    , m_timeline(new MemoryTimelineChart(m_chartBox))
    , m_timelinePeak(new QLabel(m_chartBox))
{
    setObjectName(QStringLiteral("memoryPanel"));
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setWordWrap(true);
    setTextStyle(m_subtitle, TextStyle::Muted);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextStyle(m_error, TextStyle::ErrorBox);

    auto *text = new QVBoxLayout(m_text);
    text->setContentsMargins(0, 0, 0, 0);
    text->setSpacing(10);
    auto *title = createHeading(tr("Memory"), m_text);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    title->setFont(titleFont);
    text->addWidget(title);
    text->addWidget(m_subtitle);
    text->addWidget(m_error);
    text->addWidget(m_training);
    text->addWidget(m_autograd);
    text->addWidget(m_inference);
    text->addStretch(1);

    m_textScroll->setWidget(m_text);
    m_textScroll->setWidgetResizable(true);
    m_textScroll->setFrameShape(QFrame::NoFrame);
    m_textScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_chartScroll->setWidget(m_chart);
    m_chartScroll->setWidgetResizable(true);
    m_chartScroll->setFrameShape(QFrame::NoFrame);
    m_chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *chart = new QVBoxLayout(m_chartBox);
    chart->setContentsMargins(0, 0, 0, 0);
    chart->setSpacing(2);
    chart->addWidget(createHeading(tr("Kept activation memory per layer"), m_chartBox));
    chart->addWidget(m_chartScroll, 1);
    chart->addSpacing(8);
    m_timelineHeading->setWordWrap(true);
    m_timelineMode->setObjectName(QStringLiteral("timelineMode"));
    m_timelineMode->addItems(
        {tr("Inference"), tr("Training, lecture model"), tr("Training, autograd")});
    m_timelineMode->setToolTip(tr("Inference frees a tensor after its last reader: the bars "
                                  "are what is alive at each step. Training frees nothing "
                                  "kept for backward before the backward pass: the bars are "
                                  "what each model has kept so far, values only (no "
                                  "gradients, no parameters), and the last is the peak."));
    auto *timelineTop = new QHBoxLayout;
    timelineTop->setSpacing(8);
    timelineTop->addWidget(m_timelineHeading, 1);
    timelineTop->addWidget(m_timelineMode);
    chart->addLayout(timelineTop);
    chart->addWidget(m_timeline, 1);
    m_timelinePeak->setObjectName(QStringLiteral("timelinePeak"));
    m_timelinePeak->setWordWrap(true);
    m_timelinePeak->setTextFormat(Qt::PlainText);
    m_timelinePeak->setTextInteractionFlags(Qt::TextSelectableByMouse);
    chart->addWidget(m_timelinePeak);

    m_layout->setContentsMargins(12, 12, 12, 12);
    m_layout->setSpacing(12);
    m_layout->addWidget(m_textScroll, 2);
    m_layout->addWidget(m_chartBox, 1);

    // The text's height changes when its fonts do (presenting enlarges them, a theme's style
    // sheets set some), not only when the panel resizes: every relayout of the text arranges
    // again, once the fonts have all changed.
    m_text->installEventFilter(this);

    connect(document, &Document::changed, this, &MemoryPanel::refresh);
    connect(m_timelineMode, &QComboBox::currentIndexChanged, this,
            [this] { refreshTimeline(m_document->analysis()); });
    refresh();
}

DifferenceList *MemoryPanel::differenceList() const
{
    return m_autograd->differenceList();
}

QSize MemoryPanel::sizeHint() const
{
    return {400, 600};
}

void MemoryPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

bool MemoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::LayoutRequest && !m_arrangePending) {
        m_arrangePending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_arrangePending = false;
                arrange();
            },
            Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void MemoryPanel::arrange()
{
    const QMargins margins = m_layout->contentsMargins();
    const int inner = width() - margins.left() - margins.right();
    const bool wide = width() > 2 * height() && width() > 700;
    m_layout->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    if (wide) {
        m_textScroll->setMinimumHeight(0);
        m_textScroll->setMaximumHeight(QWIDGETSIZE_MAX);
        m_textScroll->setMinimumWidth(0);
        m_textScroll->setMaximumWidth(std::clamp(inner * 2 / 5, 360, 560));
        return;
    }
    m_textScroll->setMinimumWidth(0);
    m_textScroll->setMaximumWidth(QWIDGETSIZE_MAX);
    // Up to the text's natural height, shared 2 : 1 with the chart when space is short; a
    // small minimum so that the panel itself can still be made small. Natural beside a
    // scroll bar: capped at its height over the full width, the text would wrap one line
    // more as soon as the scroll bar came, and that line would be cut off.
    const int scrollBar = m_textScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr,
                                                             m_textScroll->verticalScrollBar());
    const int natural = m_text->heightForWidth(inner - scrollBar);
    const int minimum = std::min(natural, 4 * fontMetrics().height());
    m_textScroll->setMinimumHeight(minimum);
    if (m_chartBox->isHidden()) {
        m_textScroll->setMaximumHeight(QWIDGETSIZE_MAX);
        return;
    }
    // When the text needs scrolling, its view ends between two lines rather than through
    // one (a cut line reads as text that is missing): the chart takes the rest. The height
    // the layout deals the text depends on both parts' hints, so it is read, not foreseen.
    m_textScroll->setMaximumHeight(natural);
    m_layout->activate();
    const int dealt = m_textScroll->height();
    if (dealt < natural) {
        m_textScroll->setMaximumHeight(std::max(cleanCutAtMost(m_text, dealt), minimum));
        m_layout->activate(); // the chart in its place now, not after the next events
    }
}

void MemoryPanel::refresh()
{
    const Analysis &analysis = m_document->analysis();
    const Settings &s = analysis.settings;
    setTextIfChanged(m_subtitle, tr("batch %1 \u00b7 %2 (%3 B per element) \u00b7 %4 (%5 copies "
                                    "of each parameter)")
                                     .arg(QString::fromStdString(withThousands(s.batch)),
                                          qtText(dtypeName(s.dtype)))
                                     .arg(bytesPerElement(s.dtype))
                                     .arg(qtText(optimizerName(s.optimizer)))
                                     .arg(parameterCopies(s.optimizer)));
    if (!analysis.memory) {
        QStringList errors;
        for (const AnalysisError &error : analysis.errors)
            errors << QString::fromStdString(error.message);
        setTextIfChanged(m_error, tr("The network is invalid, so its memory cannot be "
                                     "computed:\n%1")
                                      .arg(errors.join(QLatin1Char('\n'))));
        m_error->show();
        m_training->hide();
        m_autograd->hide();
        m_inference->hide();
        m_chartBox->hide();
        m_chart->setBars({});
        refreshTimeline(analysis);
        arrange();
        return;
    }
    const MemoryEstimate &m = *analysis.memory;
    m_error->hide();
    m_training->setContent(m.trainingBytes, trainingFormula(m), trainingTerms(analysis),
                           formulaExplanation(m));
    m_autograd->setAnalysis(analysis);
    m_inference->setContent(m.inferenceBytes, inferenceFormula(m), inferenceTerms(analysis),
                            formulaExplanation(m));
    m_training->show();
    m_autograd->show();
    m_inference->show();
    m_chartBox->show();
    m_chart->setBars(barsFor(analysis));
    refreshTimeline(analysis);
    arrange();
}

void MemoryPanel::refreshTimeline(const Analysis &analysis)
{
    const auto mode = static_cast<TimelineMode>(m_timelineMode->currentIndex());
    TimelineBars bars;
    QString line;
    switch (mode) {
    case TimelineMode::Inference:
        setTextIfChanged(m_timelineHeading, tr("Memory alive at each step of inference"));
        bars = timelineBars(analysis);
        line = peakTensorsText(bars);
        break;
    case TimelineMode::LectureKept:
    case TimelineMode::AutogradSaved: {
        const TrainingModel model
            = mode == TimelineMode::LectureKept ? TrainingModel::Lecture : TrainingModel::Autograd;
        setTextIfChanged(m_timelineHeading, model == TrainingModel::Lecture
                                                ? tr("Kept for backward, step by step")
                                                : tr("Saved for backward, step by step"));
        bars = keptBars(analysis, model);
        line = keptSummaryText(analysis, bars, model);
        break;
    }
    }
    setTextIfChanged(m_timelinePeak, line);
    m_timeline->setBars(std::move(bars));
}

} // namespace cd::ui
