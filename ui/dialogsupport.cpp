#include "dialogsupport.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

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

QDialogButtonBox *buttons(QDialog *dialog, const QString &ok, const QString &cancel)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(ok);
    if (!cancel.isEmpty())
        box->button(QDialogButtonBox::Cancel)->setText(cancel);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

QDialogButtonBox *buttons(QDialog *dialog, const QString &ok)
{
    return buttons(dialog, ok, {});
}

} // namespace DialogSupport
