#include "votingpanel.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

constexpr Voting::Ballot ballotOrder[] = {Voting::Ballot::Yes, Voting::Ballot::No, Voting::Ballot::Blank,
                                          Voting::Ballot::Absent};

QString ballotLabel(Voting::Ballot ballot)
{
    switch (ballot) {
    case Voting::Ballot::Yes: return VotingPanel::tr("Yes");
    case Voting::Ballot::No: return VotingPanel::tr("No");
    case Voting::Ballot::Blank: return VotingPanel::tr("Blank");
    case Voting::Ballot::Absent: return VotingPanel::tr("Absent");
    }
    return {};
}

} // namespace

VotingPanel::VotingPanel(QWidget *parent)
    : QWidget(parent)
    , m_question(new QLabel)
    , m_meaning(new QLabel)
    , m_rows(new QWidget)
    , m_grid(new QGridLayout(m_rows))
    , m_totals(new QLabel)
    , m_result(new QLabel)
    , m_remainingYes(new QPushButton(tr("Others Yes")))
    , m_record(new QPushButton(tr("Record Vote")))
{
    setAccessibleName(tr("Roll call"));
    m_question->setWordWrap(true);
    m_question->setAccessibleName(tr("Vote"));
    m_meaning->setWordWrap(true);
    m_meaning->setAccessibleName(tr("What Yes and No stand for"));
    m_totals->setAccessibleName(tr("Totals"));
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Result"));
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(18);
    m_grid->setColumnStretch(5, 1); // the ballots stay near the names
    m_remainingYes->setToolTip(tr("Give every member without a ballot a Yes vote"));
    m_remainingYes->setAccessibleDescription(m_remainingYes->toolTip());
    m_record->setToolTip(tr("Record the vote in the meeting's record"));
    m_record->setAccessibleDescription(m_record->toolTip());
    connect(m_remainingYes, &QPushButton::clicked, this, [this] { fillRemaining(Voting::Ballot::Yes); });
    connect(m_record, &QPushButton::clicked, this, &VotingPanel::recordRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_totals, 1);
    buttons->addWidget(m_remainingYes);
    buttons->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_question);
    layout->addWidget(m_meaning);
    layout->addWidget(m_rows);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    clearVote(QString());
}

void VotingPanel::clearRows()
{
    qDeleteAll(m_groups);
    m_groups.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void VotingPanel::setVote(const QString &question, const QString &yesMeaning, const QString &noMeaning,
                          const QList<std::pair<qint64, QString>> &voters, qint64 chair,
                          const Voting::MajorityRule &rule)
{
    clearRows();
    m_voters = voters;
    m_chair = chair;
    m_rule = rule;
    m_yes = yesMeaning;
    m_no = noMeaning;
    m_question->setText(question);
    m_meaning->setText(tr("Yes (JAA): %1\nNo (EI): %2").arg(yesMeaning, noMeaning));
    m_meaning->show();
    for (int column = 0; column < 4; ++column) {
        auto *header = new QLabel(ballotLabel(ballotOrder[column]));
        header->setAlignment(Qt::AlignCenter);
        m_grid->addWidget(header, 0, column + 1);
    }
    for (int row = 0; row < voters.size(); ++row) {
        const auto &[id, name] = voters.at(row);
        auto *label = new QLabel(id == chair ? tr("%1 (chair)").arg(name) : name);
        m_grid->addWidget(label, row + 1, 0);
        auto *group = new QButtonGroup(this);
        group->setExclusive(true);
        for (int column = 0; column < 4; ++column) {
            auto *button = new QRadioButton;
            // Screen readers hear "Virtanen: No", and the column heads show it.
            button->setAccessibleName(tr("%1: %2").arg(name, ballotLabel(ballotOrder[column])));
            button->setToolTip(button->accessibleName());
            group->addButton(button, column);
            m_grid->addWidget(button, row + 1, column + 1, Qt::AlignCenter);
        }
        connect(group, &QButtonGroup::idClicked, this, [this] { update(); });
        m_groups.append(group);
    }
    m_rows->show();
    m_remainingYes->show();
    m_record->show();
    update();
}

void VotingPanel::clearVote(const QString &message)
{
    clearRows();
    m_voters.clear();
    m_question->setText(message);
    m_meaning->hide();
    m_rows->hide();
    m_totals->clear();
    m_result->clear();
    m_remainingYes->hide();
    m_record->hide();
}

void VotingPanel::setBallot(qint64 member, Voting::Ballot ballot)
{
    for (int row = 0; row < m_voters.size(); ++row) {
        if (m_voters.at(row).first != member)
            continue;
        const int column = int(std::find(std::begin(ballotOrder), std::end(ballotOrder), ballot) - std::begin(ballotOrder));
        m_groups.at(row)->button(column)->setChecked(true);
    }
    update();
}

void VotingPanel::fillRemaining(Voting::Ballot ballot)
{
    for (int row = 0; row < m_voters.size(); ++row) {
        if (m_groups.at(row)->checkedId() < 0)
            setBallot(m_voters.at(row).first, ballot);
    }
    update();
}

QMap<qint64, Voting::Ballot> VotingPanel::ballots() const
{
    QMap<qint64, Voting::Ballot> result;
    for (int row = 0; row < m_voters.size(); ++row) {
        const int column = m_groups.at(row)->checkedId();
        if (column >= 0)
            result.insert(m_voters.at(row).first, ballotOrder[column]);
    }
    return result;
}

bool VotingPanel::complete() const
{
    return !m_voters.isEmpty() && ballots().size() == m_voters.size();
}

void VotingPanel::update()
{
    const QMap<qint64, Voting::Ballot> given = ballots();
    int counts[4] = {0, 0, 0, 0};
    for (const Voting::Ballot ballot : given)
        ++counts[std::find(std::begin(ballotOrder), std::end(ballotOrder), ballot) - std::begin(ballotOrder)];
    const int waiting = int(m_voters.size() - given.size());
    m_totals->setText(tr("Yes %1 · No %2 · Blank %3 · Absent %4 · not yet given %5")
                          .arg(counts[0]).arg(counts[1]).arg(counts[2]).arg(counts[3]).arg(waiting));
    m_remainingYes->setEnabled(waiting > 0);
    m_record->setEnabled(waiting == 0 && !m_voters.isEmpty());
    if (waiting > 0 || m_voters.isEmpty()) {
        m_result->setText(m_voters.isEmpty() ? QString() : tr("The result shows when every ballot is given."));
        return;
    }
    Voting::Round round;
    round.yesProposal = QStringLiteral("yes");
    round.noProposal = QStringLiteral("no");
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        round.ballots.insert(QString::number(it.key()), it.value());
    if (given.contains(m_chair))
        round.chairBallot = given.value(m_chair);
    round.presided = m_chair != 0;
    const auto result = Voting::count(round, m_rule);
    if (!result) {
        m_result->setText(result.error());
        m_record->setEnabled(false);
        return;
    }
    const bool yesWins = result->winner == u"yes";
    QString text = tr("%1 wins %2–%3.").arg(yesWins ? m_yes : m_no).arg(yesWins ? result->yes : result->no)
                       .arg(yesWins ? result->no : result->yes);
    if (result->decidedBy == Voting::DecidedBy::ChairsVote)
        text += QLatin1Char(' ') + tr("A tie, decided by the chair's vote.");
    else if (result->decidedBy == Voting::DecidedBy::QualifiedMajorityNotReached)
        text += QLatin1Char(' ') + tr("The qualified majority was not reached.");
    m_result->setText(text);
}
