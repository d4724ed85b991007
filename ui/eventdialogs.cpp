#include "eventdialogs.h"

#include "dialogsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using DialogSupport::errorLabel;
using DialogSupport::showError;

namespace {

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QTableWidget *editableTable(const QStringList &headers, const QString &name)
{
    auto *table = new QTableWidget(3, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setAccessibleName(name);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    return table;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

EventDialog::EventDialog(const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_error(errorLabel())
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto *label = new QLabel(intro);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("Record")));
    setMinimumWidth(420);
}

void EventDialog::labelField(QWidget *field, const QString &label, const QString &name)
{
    field->setObjectName(name);
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    auto *text = new QLabel(label);
    text->setBuddy(field);
    m_form->addRow(text, field);
}

QComboBox *EventDialog::addPersons(const QString &label, const QString &name, const QList<Person> &persons)
{
    auto *box = new QComboBox;
    for (const auto &[id, person] : persons)
        box->addItem(person, id);
    labelField(box, label, name);
    return box;
}

QComboBox *EventDialog::addChoice(const QString &label, const QString &name,
                                  const QList<std::pair<QString, QString>> &choices)
{
    auto *box = new QComboBox;
    for (const auto &[value, text] : choices)
        box->addItem(text, value);
    labelField(box, label, name);
    return box;
}

QLineEdit *EventDialog::addLine(const QString &label, const QString &name, const QString &placeholder)
{
    auto *line = new QLineEdit;
    line->setPlaceholderText(placeholder);
    labelField(line, label, name);
    return line;
}

QPlainTextEdit *EventDialog::addText(const QString &label, const QString &name)
{
    auto *text = new QPlainTextEdit;
    text->setTabChangesFocus(true);
    text->setMinimumHeight(90);
    labelField(text, label, name);
    return text;
}

QSpinBox *EventDialog::addNumber(const QString &label, const QString &name, int minimum, int maximum, int value)
{
    auto *box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setValue(value);
    labelField(box, label, name);
    return box;
}

QListWidget *EventDialog::addChecklist(const QString &label, const QString &name, const QList<Person> &persons)
{
    auto *list = new QListWidget;
    for (const auto &[id, person] : persons) {
        auto *item = new QListWidgetItem(person, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    labelField(list, label, name);
    return list;
}

QString EventDialog::error() const
{
    return m_error->text();
}

void EventDialog::accept()
{
    const QString problem = m_submit ? m_submit() : QString();
    showError(m_error, problem);
    if (problem.isEmpty())
        QDialog::accept();
}

// ---------------------------------------------------------------------------

ElectionDialog::ElectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_method(new QComboBox)
    , m_seats(new QSpinBox)
    , m_demanded(new QSpinBox)
    , m_demandedLabel(new QLabel(tr("Members &demanding a proportional election:")))
    , m_candidates(editableTable({tr("Candidate"), tr("Votes")}, tr("Candidates")))
    , m_lists(editableTable({tr("List"), tr("Candidates in order (separated by ;)"), tr("Votes")},
                            tr("Candidate lists")))
    , m_error(errorLabel())
{
    setWindowTitle(tr("Election"));
    m_method->addItem(tr("Majority election"), QStringLiteral("majority"));
    m_method->addItem(tr("Proportional election"), QStringLiteral("proportional"));
    m_method->setAccessibleName(tr("Method"));
    m_seats->setRange(1, 99);
    m_seats->setValue(1);
    m_seats->setAccessibleName(tr("Seats to fill"));
    m_demanded->setRange(0, 999);
    m_demanded->setAccessibleName(tr("Members demanding a proportional election"));
    m_demandedLabel->setBuddy(m_demanded);
    m_lists->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *form = new QFormLayout;
    auto *methodLabel = new QLabel(tr("&Method:"));
    methodLabel->setBuddy(m_method);
    form->addRow(methodLabel, m_method);
    auto *seatsLabel = new QLabel(tr("&Seats to fill:"));
    seatsLabel->setBuddy(m_seats);
    form->addRow(seatsLabel, m_seats);
    form->addRow(m_demandedLabel, m_demanded);
    auto *addRow = new QPushButton(tr("Add &Row"));
    addRow->setToolTip(tr("Another candidate or list"));
    connect(addRow, &QPushButton::clicked, this, [this] {
        QTableWidget *table = m_method->currentData().toString() == u"proportional" ? m_lists : m_candidates;
        table->insertRow(table->rowCount());
    });
    auto *hint = new QLabel(tr("A tie at the last seat is decided by lot when the election is recorded; the lot is "
                               "kept with the record."));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_candidates);
    layout->addWidget(m_lists);
    layout->addWidget(addRow, 0, Qt::AlignLeft);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("Record")));
    connect(m_method, &QComboBox::currentIndexChanged, this, &ElectionDialog::methodChanged);
    methodChanged();
    resize(560, 440);
}

void ElectionDialog::methodChanged()
{
    const bool proportional = m_method->currentData().toString() == u"proportional";
    m_candidates->setVisible(!proportional);
    m_lists->setVisible(proportional);
    m_demanded->setVisible(proportional);
    m_demandedLabel->setVisible(proportional);
}

MeetingRecord::Election ElectionDialog::election(QString *error) const
{
    MeetingRecord::Election election;
    election.method = m_method->currentData().toString();
    election.seats = m_seats->value();
    auto votesOf = [&](const QTableWidget *table, int row, int column, int *votes) {
        bool ok = false;
        *votes = cellText(table, row, column).toInt(&ok);
        if (!ok || *votes < 0) {
            *error = tr("Row %1: give the votes as a whole number.").arg(row + 1);
            return false;
        }
        return true;
    };
    if (election.method == u"proportional") {
        election.demanded = m_demanded->value();
        for (int row = 0; row < m_lists->rowCount(); ++row) {
            const QString name = cellText(m_lists, row, 0);
            const QString candidates = cellText(m_lists, row, 1);
            if (name.isEmpty() && candidates.isEmpty())
                continue;
            if (name.isEmpty() || candidates.isEmpty()) {
                *error = tr("Row %1: a list needs its name and its candidates.").arg(row + 1);
                return {};
            }
            int votes = 0;
            if (!votesOf(m_lists, row, 2, &votes))
                return {};
            QStringList names;
            const QStringList split = candidates.split(QLatin1Char(';'), Qt::SkipEmptyParts);
            for (const QString &candidate : split)
                names.append(candidate.trimmed());
            election.lists.append({name, names, votes});
        }
        if (election.lists.isEmpty()) {
            *error = tr("Give at least one candidate list.");
            return {};
        }
    } else {
        for (int row = 0; row < m_candidates->rowCount(); ++row) {
            const QString name = cellText(m_candidates, row, 0);
            if (name.isEmpty() && cellText(m_candidates, row, 1).isEmpty())
                continue;
            if (name.isEmpty()) {
                *error = tr("Row %1: give the candidate's name.").arg(row + 1);
                return {};
            }
            int votes = 0;
            if (!votesOf(m_candidates, row, 1, &votes))
                return {};
            election.candidates.append({name, votes});
        }
        if (election.candidates.isEmpty()) {
            *error = tr("Give at least one candidate and their votes.");
            return {};
        }
    }
    error->clear();
    return election;
}

QString ElectionDialog::error() const
{
    return m_error->text();
}

void ElectionDialog::accept()
{
    QString problem;
    const MeetingRecord::Election made = election(&problem);
    if (problem.isEmpty() && m_submit)
        problem = m_submit(made);
    showError(m_error, problem);
    if (problem.isEmpty())
        QDialog::accept();
}
