#include "uitestsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QSet>
#include <QWidget>

QStringList unnamedControls(QWidget *window)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window) || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // Parts of a composite control are named through it.
        const QWidget *parent = widget->parentWidget();
        if (qobject_cast<const QAbstractScrollArea *>(parent)
            || (parent && (parent->inherits("QComboBox") || parent->inherits("QAbstractSpinBox"))))
            continue;
        if (widget->inherits("QScrollArea") || widget->inherits("QTabBar") || widget->inherits("QToolBarExtension"))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 %2 in %3")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                QString::fromLatin1(parent ? parent->metaObject()->className() : "-"));
    }
    return unnamed;
}

QImage saveScreenshot(QWidget *widget, const QString &name, bool forGuide)
{
    QApplication::processEvents();
    const QImage image = widget->grab().toImage();
    CHECK(image.width() > 300);
    const QString folder = QStringLiteral(PYKALA_BINARY_DIR "/tests/screenshots");
    QDir().mkpath(folder);
    CHECK(image.save(folder + QLatin1Char('/') + name));
    if (forGuide && qEnvironmentVariableIsSet("PYKALA_UPDATE_SCREENSHOTS"))
        CHECK(image.save(QStringLiteral(PYKALA_SOURCE_DIR "/docs/images/") + name));
    return image;
}

int sampledColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}
