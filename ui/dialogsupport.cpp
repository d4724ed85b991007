#include "dialogsupport.h"

#include <QCoreApplication>
#include <QLabel>

namespace DialogSupport {

QLabel *errorLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setAccessibleName(QCoreApplication::translate("MeetingDialogs", "Problem"));
    label->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; font-weight: bold; }"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace DialogSupport
