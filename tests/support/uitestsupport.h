#pragma once

#include <QApplication>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

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

// Runs `open`, which shows a modal dialog of type D, fills the dialog with
// `fill` once it is up and accepts it. Returns the dialog's refusal (the
// dialog is then cancelled), empty when it was accepted, or "not shown".
template<typename D>
QString answer(const std::function<void()> &open, const std::function<void(D *)> &fill)
{
    QString outcome = QStringLiteral("not shown");
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer.stop();
        fill(dialog);
        dialog->accept();
        outcome.clear();
        if (dialog->isVisible()) {
            outcome = dialog->error();
            dialog->reject();
        }
    });
    timer.start();
    open();
    return outcome;
}
