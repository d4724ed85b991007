#pragma once

#include "procedure/voting.h"

#include <QList>
#include <QMap>
#include <QWidget>

#include <utility>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;

// A roll call on one pair of proposals: each entitled member's ballot (Yes /
// JAA, No / EI, Blank / TYHJÄ, Absent / POISSA) chosen with the mouse or the
// keyboard, the totals as they are given, and the result as the voting
// rules count it once every ballot is in. Recording is asked for with
// `recordRequested`; the panel itself keeps nothing.
class VotingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VotingPanel(QWidget *parent = nullptr);

    // A new vote: the question, what JAA and EI stand for, and the members
    // entitled to vote (id, name) in order; `chair`, whoever presides (0 for
    // no one), decides a tie. A qualified majority names its side as "yes"
    // or "no".
    void setVote(const QString &question, const QString &yesMeaning, const QString &noMeaning,
                 const QList<std::pair<qint64, QString>> &voters, qint64 chair,
                 const Voting::MajorityRule &rule = {});
    // No vote is waiting; `message` says why.
    void clearVote(const QString &message);

    void setBallot(qint64 member, Voting::Ballot ballot);
    // Gives every member without a ballot yet `ballot`.
    void fillRemaining(Voting::Ballot ballot);
    QMap<qint64, Voting::Ballot> ballots() const;
    bool complete() const;
    bool hasVote() const { return !m_voters.isEmpty(); }

    QLabel *totalsLabel() const { return m_totals; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *recordButton() const { return m_record; }

signals:
    void recordRequested();

private:
    void update();
    void clearRows();

    QLabel *m_question;
    QLabel *m_meaning;
    QWidget *m_rows;
    QGridLayout *m_grid;
    QLabel *m_totals;
    QLabel *m_result;
    QPushButton *m_remainingYes;
    QPushButton *m_record;
    QList<std::pair<qint64, QString>> m_voters;
    QList<QButtonGroup *> m_groups;
    qint64 m_chair = 0;
    Voting::MajorityRule m_rule;
    QString m_yes;
    QString m_no;
};
