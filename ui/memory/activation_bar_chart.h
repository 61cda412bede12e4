#pragma once

// A horizontal bar chart of kept activation memory per layer, painted by hand: one bar per
// layer, length proportional to its bytes, the few largest in a strong accent colour so they
// stand out at a glance.

#include <QString>
#include <QWidget>

#include <cstdint>
#include <vector>

namespace cd::ui {

struct ActivationBar
{
    QString label;             // the layer's name
    QString kind;              // its type, for the tooltip
    std::int64_t elements = 0; // kept per sample
    std::int64_t bytes = 0;    // for the whole batch
    friend bool operator==(const ActivationBar &, const ActivationBar &) = default;
};

class ActivationBarChart : public QWidget
{
    Q_OBJECT

public:
    explicit ActivationBarChart(QWidget *parent = nullptr);

    void setBars(std::vector<ActivationBar> bars);
    const std::vector<ActivationBar> &bars() const { return m_bars; }
    // Whether bar `i` is one of the largest, drawn in the accent colour.
    bool isHighlighted(int i) const;

    // How wide the name column is drawn at the chart's present width: the widest name in
    // bold (the largest layers' names are bold), unless that takes more than 2/5 of the chart.
    int labelColumnWidth() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int rowHeight() const;
    int contentHeight() const;
    int barAt(QPoint position) const;
    QString toolTipFor(const ActivationBar &bar) const;
    void measure();

    std::vector<ActivationBar> m_bars;
    std::vector<bool> m_highlighted;
    std::int64_t m_largest = 0;
    std::int64_t m_totalElements = 0;
    int m_labelWidth = 0;
    int m_valueWidth = 0;
};

} // namespace cd::ui
