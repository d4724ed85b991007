#pragma once

#include "model/body.h"

#include <QWidget>

class QCheckBox;
class QSpinBox;
class QComboBox;
class QLineEdit;
class QTimeEdit;

// A body's settings as the secretary edits them, in the set-up assistant
// and in the register: its names, kind, quorum rule, § numbering, signing
// order, document language, usual place and starting time, and whether its
// minutes are signed electronically. What the form does not show (the
// voting order) stays as the body had it.
class BodyForm : public QWidget
{
    Q_OBJECT

public:
    explicit BodyForm(QWidget *parent = nullptr);

    void setBody(const Body &body);
    Body body() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *swedishNameEdit() const { return m_swedishName; }
    QLineEdit *shortNameEdit() const { return m_shortName; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *quorumBox() const { return m_quorum; }
    QComboBox *numberingBox() const { return m_numbering; }
    QComboBox *signingOrderBox() const { return m_signingOrder; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *placeEdit() const { return m_place; }
    QCheckBox *startBox() const { return m_hasStart; }
    QTimeEdit *startEdit() const { return m_start; }
    QCheckBox *electronicBox() const { return m_electronic; }
    QSpinBox *packageDaysBox() const { return m_packageDays; }

signals:
    // Any field changed by the user.
    void edited();

private:
    Body m_body;
    bool m_loading = false;
    QLineEdit *m_name;
    QLineEdit *m_swedishName;
    QLineEdit *m_shortName;
    QComboBox *m_kind;
    QComboBox *m_quorum;
    QComboBox *m_numbering;
    QComboBox *m_signingOrder;
    QComboBox *m_language;
    QLineEdit *m_place;
    QCheckBox *m_hasStart;
    QTimeEdit *m_start;
    QCheckBox *m_electronic;
    QSpinBox *m_packageDays;
};
