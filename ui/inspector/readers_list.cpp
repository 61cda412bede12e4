// The inspector's readers of a layer (readers_list.h).

#include "readers_list.h"

#include "inspector/node_links.h"
#include "theme/text_styles.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd::ui {

ReadersList::ReadersList(Document *document, LayerId id, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_id(id)
    , m_layout(new QVBoxLayout(this))
    , m_none(new QLabel(this))
{
    setObjectName(QStringLiteral("readers"));
    m_none->setObjectName(QStringLiteral("noReaders"));
    m_none->setWordWrap(true);
    setTextStyle(m_none, TextStyle::Muted);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(m_none);
    refresh();
}

void ReadersList::refresh()
{
    const Network &network = m_document->network();
    if (network.indexOf(m_id) < 0)
        return;
    m_readers = network.readersOf(m_id);
    while (m_links.size() < m_readers.size()) {
        QToolButton *link = createNodeLink(this);
        link->setObjectName(QStringLiteral("reader"));
        const std::size_t position = m_links.size();
        connect(link, &QToolButton::clicked, this, [this, position] {
            if (position < m_readers.size())
                m_document->setCurrentLayer(m_readers[position]);
        });
        m_layout->addWidget(link, 0, Qt::AlignLeft);
        m_links.push_back(link);
    }
    // Links past the readers hide, to be reused when a reader comes back.
    for (std::size_t i = m_readers.size(); i < m_links.size(); ++i)
        m_links[i]->hide();
    for (std::size_t i = 0; i < m_readers.size(); ++i) {
        const QString name = nodeDisplayName(network, m_readers[i]);
        if (m_links[i]->text() != name)
            m_links[i]->setText(name);
        m_links[i]->show();
    }
    const bool isOutput = !network.layers.empty() && network.layers.back().id == m_id;
    m_none->setText(isOutput ? tr("none: its output is the network's output")
                             : tr("none: nothing reads its output"));
    m_none->setVisible(m_readers.empty());
}

} // namespace cd::ui
