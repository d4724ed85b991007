#include "bodyform.h"

#include "labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeEdit>

namespace {

// The six orders of the three signers, the usual one first.
QList<QStringList> signingOrders()
{
    QStringList order = Body::defaultSigningOrder();
    QList<QStringList> orders{order};
    QStringList sorted = order;
    std::sort(sorted.begin(), sorted.end());
    do {
        if (sorted != order)
            orders.append(sorted);
    } while (std::next_permutation(sorted.begin(), sorted.end()));
    return orders;
}

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

BodyForm::BodyForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit)
    , m_swedishName(new QLineEdit)
    , m_shortName(new QLineEdit)
    , m_kind(new QComboBox)
    , m_quorum(new QComboBox)
    , m_numbering(new QComboBox)
    , m_signingOrder(new QComboBox)
    , m_language(new QComboBox)
    , m_place(new QLineEdit)
    , m_hasStart(new QCheckBox(tr("Meetings usually &start at")))
    , m_start(new QTimeEdit)
    , m_electronic(new QCheckBox(tr("Minutes are signed &electronically")))
    , m_packageDays(new QSpinBox)
{
    m_name->setPlaceholderText(tr("e.g. Tekninen lautakunta"));
    m_swedishName->setPlaceholderText(tr("for Swedish documents, e.g. Tekniska nämnden"));
    m_shortName->setPlaceholderText(tr("e.g. TEKLTK"));
    m_shortName->setToolTip(tr("One word without '/': it names the meetings, as in KH 12/2026."));
    m_shortName->setMaxLength(40);
    for (const BodyKind kind : {BodyKind::Council, BodyKind::Board, BodyKind::Committee, BodyKind::Section})
        m_kind->addItem(Labels::bodyKind(kind), int(kind));
    for (const QuorumRule rule : {QuorumRule::TwoThirds, QuorumRule::MoreThanHalf})
        m_quorum->addItem(Labels::quorumRule(rule), int(rule));
    m_quorum->setToolTip(tr("Kuntalaki 103 §: the council needs two thirds of its members present, other bodies "
                            "more than half."));
    for (const SectionNumbering numbering : {SectionNumbering::Yearly, SectionNumbering::Continuous})
        m_numbering->addItem(Labels::sectionNumbering(numbering), int(numbering));
    for (const QStringList &order : signingOrders())
        m_signingOrder->addItem(Labels::signingOrder(order), order);
    m_language->addItem(tr("The organisation's"), QString());
    for (const Language language : {Language::Finnish, Language::Swedish})
        m_language->addItem(Labels::language(language), Codes::code(language));
    m_place->setPlaceholderText(tr("e.g. Kunnantalo, kokoushuone 2"));
    m_start->setDisplayFormat(QStringLiteral("HH.mm"));
    m_start->setAccessibleName(tr("Usual starting time"));
    m_hasStart->setToolTip(tr("A new meeting of the body starts at this time unless you change it."));
    m_electronic->setToolTip(tr("Signed with certificates in Pykälä; otherwise on paper."));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("S&wedish name:"), m_swedishName);
    form->addRow(tr("S&hort name:"), m_shortName);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Quorum:"), m_quorum);
    form->addRow(tr("§ n&umbers:"), m_numbering);
    form->addRow(tr("Si&gning order:"), m_signingOrder);
    form->addRow(tr("&Document language:"), m_language);
    form->addRow(tr("Usual &place:"), m_place);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_hasStart);
    startRow->addWidget(m_start);
    startRow->addStretch(1);
    form->addRow(startRow);
    form->addRow(m_electronic);
    m_packageDays->setRange(Body::minimumPackageExpiryDays, Body::maximumPackageExpiryDays);
    m_packageDays->setSuffix(tr(" days after the meeting"));
    m_packageDays->setAccessibleName(tr("Members' packages can be read"));
    m_packageDays->setToolTip(tr("Review mode refuses a member's meeting package after this and offers to delete it."));
    form->addRow(tr("Members' pac&kages can be read:"), m_packageDays);

    connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    // A kind chosen takes its quorum rule (kuntalaki 103 §); it can be changed after.
    connect(m_kind, &QComboBox::activated, this, [this] {
        selectData(m_quorum, int(Codes::defaultQuorumRule(BodyKind(m_kind->currentData().toInt()))));
    });
    auto changed = [this] {
        if (!m_loading)
            emit edited();
    };
    for (QLineEdit *edit : {m_name, m_swedishName, m_shortName, m_place})
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QComboBox *box : {m_kind, m_quorum, m_numbering, m_signingOrder, m_language})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *box : {m_hasStart, m_electronic})
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_start, &QTimeEdit::timeChanged, this, changed);
    connect(m_packageDays, &QSpinBox::valueChanged, this, changed);
    setBody(Body{});
}

void BodyForm::setBody(const Body &body)
{
    m_loading = true;
    m_body = body;
    m_name->setText(body.name);
    m_swedishName->setText(body.swedishName);
    m_shortName->setText(body.shortName);
    selectData(m_kind, int(body.kind));
    selectData(m_quorum, int(body.quorumRule));
    selectData(m_numbering, int(body.sectionNumbering));
    if (m_signingOrder->findData(body.signingOrder) < 0) // not one of the six: shown as it is
        m_signingOrder->addItem(Labels::signingOrder(body.signingOrder), body.signingOrder);
    selectData(m_signingOrder, body.signingOrder);
    selectData(m_language, body.documentLanguage ? Codes::code(*body.documentLanguage) : QString());
    m_place->setText(body.defaultPlace);
    m_hasStart->setChecked(body.defaultStart.isValid());
    m_start->setEnabled(body.defaultStart.isValid());
    m_start->setTime(body.defaultStart.isValid() ? body.defaultStart : QTime(16, 0));
    m_electronic->setChecked(body.signsElectronically);
    m_packageDays->setValue(body.packageExpiryDays);
    m_loading = false;
}

Body BodyForm::body() const
{
    Body body = m_body;
    body.name = m_name->text().trimmed();
    body.swedishName = m_swedishName->text().trimmed();
    body.shortName = m_shortName->text().trimmed();
    body.kind = BodyKind(m_kind->currentData().toInt());
    body.quorumRule = QuorumRule(m_quorum->currentData().toInt());
    body.sectionNumbering = SectionNumbering(m_numbering->currentData().toInt());
    body.signingOrder = m_signingOrder->currentData().toStringList();
    body.documentLanguage = Codes::parse<Language>(m_language->currentData().toString());
    body.defaultPlace = m_place->text().trimmed();
    body.defaultStart = m_hasStart->isChecked() ? m_start->time() : QTime();
    body.signsElectronically = m_electronic->isChecked();
    body.packageExpiryDays = m_packageDays->value();
    return body;
}
