#include "analysing_indicator.h"

#include "document.h"

namespace cd::ui {

QLabel *analysingIndicator(Document *document, QWidget *parent)
{
    auto *label = new QLabel(QObject::tr("Analysing input coverage\u2026"), parent);
    label->setObjectName(QStringLiteral("analysingIndicator"));
    label->setVisible(document->isAnalysing());
    QObject::connect(document, &Document::analysingChanged, label, &QLabel::setVisible);
    return label;
}

} // namespace cd::ui
