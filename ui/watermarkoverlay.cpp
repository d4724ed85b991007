#include "watermarkoverlay.h"

#include "documents/watermark.h"

#include <QEvent>
#include <QPainter>

WatermarkOverlay::WatermarkOverlay(QWidget *covered)
    : QWidget(covered)
{
    setObjectName(QStringLiteral("watermark"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    covered->installEventFilter(this);
    setGeometry(covered->rect());
    hide();
}

void WatermarkOverlay::setText(const QString &text)
{
    m_text = text;
    setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    update();
}

void WatermarkOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    Watermark::paint(painter, rect(), m_text);
}

bool WatermarkOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded)) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}
