#include "field_editor.h"

#include "inspector/conv_padding_editor.h"
#include "inspector/count_editor.h"
#include "inspector/flag_editor.h"
#include "inspector/optional_pair_editor.h"
#include "inspector/pair_field_editor.h"
#include "inspector/real_editor.h"

namespace cd::ui {

FieldEditor::FieldEditor(const FieldInfo &info, QWidget *parent)
    : QWidget(parent)
    , m_info(info)
{
    setObjectName(QStringLiteral("field:") + key());
    setToolTip(QString::fromUtf8(info.tooltip.data(), static_cast<qsizetype>(info.tooltip.size())));
}

QString FieldEditor::key() const
{
    return QString::fromUtf8(m_info.key.data(), static_cast<qsizetype>(m_info.key.size()));
}

FieldEditor *createFieldEditor(const FieldInfo &info, QWidget *parent)
{
    switch (info.kind) {
    case FieldKind::Count: return new CountEditor(info, parent);
    case FieldKind::Pair: return new PairFieldEditor(info, parent);
    case FieldKind::OptionalPair: return new OptionalPairEditor(info, parent);
    case FieldKind::ConvPadding: return new ConvPaddingEditor(info, parent);
    case FieldKind::Flag: return new FlagEditor(info, parent);
    case FieldKind::Real:
    case FieldKind::Probability: return new RealEditor(info, parent);
    }
    return new CountEditor(info, parent);
}

} // namespace cd::ui
