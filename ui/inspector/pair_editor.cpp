#include "pair_editor.h"

#include "inspector/spin_boxes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace cd::ui {

namespace {

// Two chain links, joined when `joined`; painted so that no icon theme is needed.
QPixmap chainPixmap(bool joined, const QColor &color, qreal ratio)
{
    const int size = 20;
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 2.0, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.translate(size / 2.0, size / 2.0);
    painter.rotate(-45);
    const qreal gap = joined ? 0.0 : 2.5;
    painter.drawRoundedRect(QRectF(-9 - gap, -3.5, 10, 7), 3.5, 3.5);
    painter.drawRoundedRect(QRectF(-1 + gap, -3.5, 10, 7), 3.5, 3.5);
    return pixmap;
}

QIcon chainIcon(const QWidget *widget)
{
    const QColor color = widget->palette().color(QPalette::ButtonText);
    const qreal ratio = widget->devicePixelRatioF();
    QIcon icon;
    icon.addPixmap(chainPixmap(true, color, ratio), QIcon::Normal, QIcon::On);
    icon.addPixmap(chainPixmap(false, color, ratio), QIcon::Normal, QIcon::Off);
    return icon;
}

} // namespace

PairEditor::PairEditor(const QString &key, std::int64_t minimum, QWidget *parent)
    : QWidget(parent)
    , m_height(createCountBox(key + QStringLiteral(".height"), minimum, this))
    , m_width(createCountBox(key + QStringLiteral(".width"), minimum, this))
    , m_link(new QToolButton(this))
{
    setObjectName(key);
    m_height->setToolTip(tr("Height"));
    m_width->setToolTip(tr("Width"));
    m_link->setObjectName(key + QStringLiteral(".link"));
    m_link->setCheckable(true);
    m_link->setIcon(chainIcon(this));
    m_link->setToolTip(tr("Square: keep height and width equal"));
    m_link->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_height, 1);
    auto *times = new QLabel(QStringLiteral("\u00d7"), this);
    times->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(times);
    layout->addWidget(m_width, 1);
    layout->addWidget(m_link);

    connect(m_height, &QSpinBox::valueChanged, this, [this] { sideEdited(m_height, m_width); });
    connect(m_width, &QSpinBox::valueChanged, this, [this] { sideEdited(m_width, m_height); });
    connect(m_link, &QToolButton::toggled, this, &PairEditor::linkToggled);
}

Pair PairEditor::value() const
{
    return {m_height->value(), m_width->value()};
}

void PairEditor::setValue(Pair value)
{
    setCountBoxValue(m_height, value.height);
    setCountBoxValue(m_width, value.width);
    if (!m_hasValue || (isLinked() && !value.isSquare())) {
        const QSignalBlocker blocker(m_link);
        m_link->setChecked(value.isSquare());
    }
    m_hasValue = true;
}

bool PairEditor::isLinked() const
{
    return m_link->isChecked();
}

void PairEditor::setLinked(bool linked)
{
    m_link->setChecked(linked);
}

void PairEditor::sideEdited(QSpinBox *edited, QSpinBox *other)
{
    if (isLinked() && other->value() != edited->value()) {
        const QSignalBlocker blocker(other);
        other->setValue(edited->value());
    }
    Q_EMIT valueChanged(value());
}

void PairEditor::linkToggled(bool linked)
{
    // Linking a rectangle makes it square, the height leading.
    if (linked && m_width->value() != m_height->value())
        sideEdited(m_height, m_width);
}

} // namespace cd::ui
