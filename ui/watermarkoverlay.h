#pragma once

#include <QWidget>

// The watermark of a member's confidential material (Watermark) over a
// view: a child of the covered widget (a viewport) that follows its size,
// lets every click through and paints the mark above what the view shows.
class WatermarkOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit WatermarkOverlay(QWidget *covered);

    // The mark's words; empty hides it.
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_text;
};
