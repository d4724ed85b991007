#pragma once

class QDialog;
class QDialogButtonBox;
class QLabel;
class QString;

// What the client's dialogs share: the line that says what is wrong.
namespace DialogSupport {

// A hidden, word-wrapped label for a dialog's problem, named for screen
// readers; the message itself says what is wrong, not only its colour.
QLabel *errorLabel();
// Shows `message`, or hides the label when it is empty.
void showError(QLabel *label, const QString &message);
// The dialog's OK and Cancel, named for what they do (Cancel keeps its
// platform text unless `cancel` names it), wired to accept and reject.
QDialogButtonBox *buttons(QDialog *dialog, const QString &ok, const QString &cancel);
QDialogButtonBox *buttons(QDialog *dialog, const QString &ok);

} // namespace DialogSupport
