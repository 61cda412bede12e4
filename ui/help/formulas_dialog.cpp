#include "help/formulas_dialog.h"

#include "document.h"
#include "qt_text.h"
#include "report/formula_text.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

const char *const dialogName = "formulasDialog";

QString section(const QString &heading, const std::vector<FormulaLine> &lines)
{
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">")
                       .arg(heading.toHtmlEscaped());
    for (const FormulaLine &line : lines) {
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(qtText(line.title).toHtmlEscaped(), qtText(line.formula).toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

// The analysis's index of layer `id`: its order is execution order, not the file's.
int reportIndex(const Analysis &analysis, LayerId id)
{
    for (std::size_t i = 0; i < analysis.layers.size(); ++i) {
        if (analysis.layers[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

FormulasDialog::FormulasDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QString::fromLatin1(dialogName));
    setWindowTitle(tr("Formulas"));
    m_text->setObjectName(QStringLiteral("formulaText"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(720, 560);
    connect(document, &Document::changed, this, &FormulasDialog::refresh);
    connect(document, &Document::currentLayerChanged, this, &FormulasDialog::refresh);
    refresh();
}

void FormulasDialog::refresh()
{
    const Analysis &analysis = m_document->analysis();
    const int index = reportIndex(analysis, m_document->currentLayer());
    QString html;
    if (index < 0) {
        html = QStringLiteral("<p>%1</p>")
                   .arg(tr("Select a layer to see its formulas with its numbers.").toHtmlEscaped());
    } else {
        const LayerReport &layer = analysis.layers[static_cast<std::size_t>(index)];
        html = section(tr("Layer %1 (%2)").arg(qtText(layer.name), qtText(typeName(layer.type))),
                       layerFormulas(analysis, m_document->network(), index));
    }
    html += section(tr("Network"), networkFormulas(analysis));
    m_text->setHtml(html);
}

void showFormulasDialog(Document *document, QWidget *parent)
{
    auto *dialog = parent->findChild<FormulasDialog *>(QString::fromLatin1(dialogName),
                                                       Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new FormulasDialog(document, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace cd::ui
