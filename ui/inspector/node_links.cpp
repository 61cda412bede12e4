// Node names and links for the inspector's wiring lists (node_links.h).

#include "node_links.h"

#include "qt_text.h"
#include "theme/text_styles.h"

#include <QToolButton>

namespace cd::ui {

QString nodeDisplayName(const Network &network, LayerId id)
{
    const int index = network.indexOf(id);
    if (index < 0)
        return qtText(inputNodeName);
    return qtText(displayName(network.layers[static_cast<std::size_t>(index)], index));
}

QToolButton *createNodeLink(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // As wide as its name, so that it sits at the left like a link in text.
    button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setTextStyle(button, TextStyle::Link);
    return button;
}

} // namespace cd::ui
