#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

class QWidget;

// What the widget tests share.

// The controls a keyboard reaches in `window` whose accessible name (as a
// screen reader computes it: own name, text, or a buddy label) is empty,
// each as "class objectName in parent-class".
QStringList unnamedControls(QWidget *window);

// Grabs the widget (after the events pending are served), checks it painted
// something of a window's size, and writes it into the build tree
// (tests/screenshots/NAME); with `forGuide` and PYKALA_UPDATE_SCREENSHOTS set,
// into docs/images too for the user's guide. Returns the image.
QImage saveScreenshot(QWidget *widget, const QString &name, bool forGuide = false);

// How many colours a sample of the image's pixels (every 7th row and column)
// has: a view that painted its content has many more than a blank one.
int sampledColours(const QImage &image);
