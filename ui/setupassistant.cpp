#include "setupassistant.h"

#include "bodyform.h"
#include "dialogsupport.h"
#include "labels.h"

#include "store/store.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeDatabase>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <functional>

namespace {

constexpr qint64 maxLogoBytes = 1024 * 1024;

// The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check
// digit made with the weights 7, 9, 10, 5, 8, 4, 2 modulo 11.
QString businessIdProblem(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{7})-(\\d)\\z"));
    const auto match = pattern.match(id);
    if (!match.hasMatch())
        return SetupAssistant::tr("The business ID \"%1\" should be seven digits, a hyphen and a check digit, such "
                                  "as 0123456-2.")
            .arg(id);
    static constexpr int weights[7] = {7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 7; ++i)
        sum += match.captured(1).at(i).digitValue() * weights[i];
    const int remainder = sum % 11;
    const int check = remainder == 0 ? 0 : 11 - remainder;
    if (remainder == 1 || check != match.captured(2).toInt())
        return SetupAssistant::tr("The business ID %1 does not add up: its check digit is wrong. Copy it from the "
                                  "trade register (ytj.fi).")
            .arg(id);
    return {};
}

// A page that is complete when `complete` says so.
class CompletablePage : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
};

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

SetupAssistant::SetupAssistant(const QString &path, QWidget *parent)
    : QWizard(parent)
    , m_path(path)
{
    setWindowTitle(tr("New Store"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(OrganisationPage, organisationPage());
    setPage(RegistryPage, registryPage());
    setPage(BodiesPage, bodiesPage());
    setPage(SummaryPage, summaryPage());
    setButtonText(QWizard::FinishButton, tr("&Create Store"));
    resize(900, 640);
}

SetupAssistant::~SetupAssistant() = default;

QWizardPage *SetupAssistant::organisationPage()
{
    auto *page = new CompletablePage;
    page->setTitle(tr("The Organisation"));
    page->setSubTitle(tr("The municipality or joint authority whose meetings this store keeps. Its name heads every "
                         "agenda and minutes."));
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("e.g. Järvenrannan kunta"));
    m_swedishName = new QLineEdit;
    m_swedishName->setPlaceholderText(tr("for Swedish documents, e.g. Järvenranta kommun"));
    m_businessId = new QLineEdit;
    m_businessId->setPlaceholderText(tr("e.g. 0123456-2"));
    m_businessId->setMaxLength(20);
    m_language = new QComboBox;
    for (const Language language : {Language::Finnish, Language::Swedish})
        m_language->addItem(Labels::language(language), int(language));
    m_language->setToolTip(tr("The language of the documents of bodies that have none of their own."));
    m_logo = new QLineEdit;
    m_logo->setReadOnly(true);
    m_logo->setPlaceholderText(tr("none"));
    m_logo->setAccessibleName(tr("Logo file"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setToolTip(tr("Choose the logo image (PNG, JPEG or SVG, at most 1 MB)"));
    auto *clear = new QPushButton(tr("C&lear"));
    clear->setToolTip(tr("No logo"));
    m_logoPreview = new QLabel;
    m_logoPreview->setFixedSize(132, 66);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->hide(); // until there is a logo
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Logo"), QDir::homePath(),
                                                          tr("Images (*.png *.jpg *.jpeg *.svg);;All files (*)"));
        if (!path.isEmpty())
            setLogoFile(path);
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_logoBytes.clear();
        m_logoType.clear();
        m_logo->clear();
        m_logoPreview->clear();
        m_logoPreview->hide();
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Swedish name:"), m_swedishName);
    form->addRow(tr("B&usiness ID:"), m_businessId);
    form->addRow(tr("&Document language:"), m_language);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    logoRow->addWidget(clear);
    auto *logoLabel = new QLabel(tr("Logo:"));
    form->addRow(logoLabel, logoRow);
    form->addRow(QString(), m_logoPreview);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    m_errors.append(DialogSupport::errorLabel());
    layout->addWidget(m_errors.last());
    // Next only once the organisation has a name.
    page->complete = [this] { return !m_name->text().trimmed().isEmpty(); };
    connect(m_name, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    return page;
}

QWizardPage *SetupAssistant::registryPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Registry and Appeals"));
    page->setSubTitle(tr("Requests for rectification go to the registry (kirjaamo) and appeals to the administrative "
                         "court: the appeal instructions of the minutes name both."));
    m_address = new QPlainTextEdit;
    m_address->setTabChangesFocus(true);
    m_address->setPlaceholderText(tr("Järvenrannan kunta\nKirjaamo\nKunnantie 1"));
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_postalCode = new QLineEdit;
    m_postalCode->setPlaceholderText(tr("00100"));
    m_postalCode->setMaxLength(5);
    m_postalCode->setAccessibleName(tr("Postal code"));
    m_postalCode->setFixedWidth(m_postalCode->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_locality = new QLineEdit;
    m_locality->setPlaceholderText(tr("e.g. Järvenranta"));
    m_locality->setAccessibleName(tr("Locality"));
    m_email = new QLineEdit;
    m_email->setPlaceholderText(tr("e.g. kirjaamo@jarvenranta.fi"));
    m_court = new QComboBox;
    m_court->addItem(tr("(not chosen yet)"), QString());
    for (const QString &code : administrativeCourts())
        m_court->addItem(Labels::administrativeCourt(code), code);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Registry's &address:"), m_address);
    auto *postalRow = new QHBoxLayout;
    postalRow->addWidget(m_postalCode);
    postalRow->addWidget(m_locality, 1);
    auto *postalLabel = new QLabel(tr("&Postal code and locality:"));
    postalLabel->setBuddy(m_postalCode);
    form->addRow(postalLabel, postalRow);
    form->addRow(tr("Registry's &e-mail:"), m_email);
    form->addRow(tr("Administrative &court:"), m_court);
    auto *note = new QLabel(tr("The locality also dates the certifications of the minutes (\"Järvenranta "
                               "12.5.2026\"). All of this can be left for later, but minutes with appeal "
                               "instructions cannot be made without it."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    m_errors.append(DialogSupport::errorLabel());
    layout->addWidget(m_errors.last());
    return page;
}

QWizardPage *SetupAssistant::bodiesPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Bodies"));
    page->setSubTitle(tr("Tick the bodies the organisation has and check each one's settings; its short name names "
                         "its meetings (KH 12/2026). Members are added later, in the register or from a spreadsheet."));
    m_bodyList = new QListWidget;
    m_bodyList->setAccessibleName(tr("Bodies to add"));
    m_bodyList->setMinimumWidth(260);
    m_addBody = new QPushButton(tr("&Add Another Body"));
    m_addBody->setToolTip(tr("A body the templates lack, such as a section (jaosto)"));
    m_bodyForm = new BodyForm;
    auto *listLabel = new QLabel(tr("&Bodies:"));
    listLabel->setBuddy(m_bodyList);
    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_bodyList, 1);
    left->addWidget(m_addBody);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(12);
    columns->addWidget(m_bodyForm, 3);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(columns, 1);
    m_errors.append(DialogSupport::errorLabel());
    layout->addWidget(m_errors.last());

    connect(m_bodyList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) { showBody(current); });
    connect(m_bodyForm, &BodyForm::edited, this, &SetupAssistant::storeBody);
    connect(m_addBody, &QPushButton::clicked, this, [this] {
        Body body;
        body.name = tr("New body");
        body.kind = BodyKind::Committee;
        m_bodies.append(body);
        auto *item = new QListWidgetItem(m_bodyList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setText(body.name);
        m_bodyList->setCurrentItem(item);
        m_bodyForm->nameEdit()->setFocus();
        m_bodyForm->nameEdit()->selectAll();
    });
    return page;
}

QWizardPage *SetupAssistant::summaryPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Create the Store"));
    page->setSubTitle(tr("Nothing has been written yet. Create Store makes the store file with all of this, in one "
                         "transaction."));
    m_summary = new QTextBrowser;
    m_summary->setAccessibleName(tr("What will be created"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary, 1);
    m_errors.append(DialogSupport::errorLabel());
    layout->addWidget(m_errors.last());
    page->setFinalPage(true);
    return page;
}

QString SetupAssistant::error() const
{
    const int index = currentId() < 0 ? 0 : currentId();
    return index < m_errors.size() ? m_errors.at(index)->text() : QString();
}

void SetupAssistant::showError(const QString &message)
{
    const int index = currentId() < 0 ? 0 : currentId();
    if (index < m_errors.size())
        DialogSupport::showError(m_errors.at(index), message);
}

bool SetupAssistant::setLogoFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (file.size() > maxLogoBytes) {
        showError(tr("The logo is %1 kB; at most 1 MB is kept. Save a smaller image.").arg(file.size() / 1024));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const QString type = QMimeDatabase().mimeTypeForFileNameAndData(path, bytes).name();
    QImage image;
    if (!type.startsWith(QStringLiteral("image/")) || !image.loadFromData(bytes)) {
        showError(tr("%1 is not an image Pykälä can read; choose a PNG, JPEG or SVG file.")
                      .arg(QFileInfo(path).fileName()));
        return false;
    }
    m_logoBytes = bytes;
    m_logoType = type;
    m_logo->setText(QDir::toNativeSeparators(path));
    m_logoPreview->setPixmap(QPixmap::fromImage(
        image.scaled(m_logoPreview->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_logoPreview->show();
    showError({});
    return true;
}

Organisation SetupAssistant::organisation() const
{
    Organisation organisation;
    organisation.name = m_name->text().trimmed();
    organisation.swedishName = m_swedishName->text().trimmed();
    organisation.businessId = m_businessId->text().trimmed();
    organisation.defaultLanguage = Language(m_language->currentData().toInt());
    organisation.logo = m_logoBytes;
    organisation.logoMediaType = m_logoType;
    // The appeal instructions print the address as lines; the last is the
    // postal code and locality, from which certifications take the place.
    QStringList lines;
    for (const QString &line : m_address->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    const QString postal = (m_postalCode->text().trimmed() + QLatin1Char(' ') + m_locality->text().trimmed()).trimmed();
    if (!postal.isEmpty())
        lines << postal;
    organisation.registryAddress = lines.join(u'\n');
    organisation.registryEmail = m_email->text().trimmed();
    organisation.administrativeCourt = m_court->currentData().toString();
    return organisation;
}

QList<Body> SetupAssistant::chosenBodies() const
{
    QList<Body> bodies;
    for (int row = 0; row < m_bodyList->count(); ++row) {
        if (m_bodyList->item(row)->checkState() == Qt::Checked)
            bodies.append(m_bodyList->item(row) == m_shownBody ? m_bodyForm->body() : m_bodies.at(row));
    }
    return bodies;
}

void SetupAssistant::initializePage(int id)
{
    if (id == BodiesPage)
        fillTemplates();
    if (id == SummaryPage) {
        const Organisation o = organisation();
        QString text;
        text += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Store file"), html(QDir::toNativeSeparators(m_path)));
        QStringList organisationLines{QStringLiteral("<b>%1</b>").arg(html(o.name))};
        if (!o.swedishName.isEmpty())
            organisationLines << tr("In Swedish: %1").arg(html(o.swedishName));
        if (!o.businessId.isEmpty())
            organisationLines << tr("Business ID: %1").arg(html(o.businessId));
        organisationLines << tr("Document language: %1").arg(Labels::language(o.defaultLanguage));
        organisationLines << (o.logo.isEmpty() ? tr("No logo") : tr("Logo: %1").arg(html(QFileInfo(m_logo->text()).fileName())));
        text += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Organisation"), organisationLines.join(QStringLiteral("<br>")));
        QStringList registry;
        registry << (o.registryAddress.isEmpty() ? tr("No registry address yet") : html(o.registryAddress));
        if (!o.registryEmail.isEmpty())
            registry << html(o.registryEmail);
        registry << (o.administrativeCourt.isEmpty() ? tr("No administrative court chosen yet")
                                                     : Labels::administrativeCourt(o.administrativeCourt));
        text += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Registry and appeals"), registry.join(QStringLiteral("<br>")));
        const QList<Body> bodies = chosenBodies();
        text += QStringLiteral("<h3>%1</h3>").arg(tr("Bodies (%1)").arg(bodies.size()));
        if (bodies.isEmpty()) {
            text += QStringLiteral("<p>%1</p>").arg(tr("None: add them later in the register."));
        } else {
            text += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
            for (const Body &body : bodies) {
                QStringList details{Labels::bodyKind(body.kind), Labels::quorumRule(body.quorumRule)};
                if (!body.defaultPlace.isEmpty())
                    details << html(body.defaultPlace);
                if (body.defaultStart.isValid())
                    details << body.defaultStart.toString(QStringLiteral("HH.mm"));
                details << (body.signsElectronically ? tr("signed electronically") : tr("signed on paper"));
                text += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                            .arg(html(body.shortName), html(body.name), details.join(QStringLiteral(" · ")));
            }
            text += QStringLiteral("</table>");
        }
        text += QStringLiteral("<p>%1</p>").arg(tr("Then add the members and officials of each body in Edit › Register "
                                                    "of Bodies and Members…, or import them from a spreadsheet with "
                                                    "File › Import Members…."));
        m_summary->setHtml(text);
    }
    QWizard::initializePage(id);
}

void SetupAssistant::fillTemplates()
{
    const BodyTemplates::Form form = BodyTemplates::formOf(m_name->text(), m_swedishName->text());
    if (m_templateForm == form)
        return;
    const auto templates = BodyTemplates::all(form);
    if (!templates)
        return showError(templates.error());
    storeBody();
    if (!m_templateForm) {
        const QSignalBlocker blocker(m_bodyList);
        for (const BodyTemplates::Template &entry : *templates) {
            m_bodies.append(entry.body);
            auto *item = new QListWidgetItem(m_bodyList);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(entry.usual ? Qt::Checked : Qt::Unchecked);
            item->setData(Qt::UserRole, entry.key);
        }
        m_shownBody = nullptr;
    } else {
        // The organisation turned out a town (or not): the names the
        // secretary has not changed follow.
        const auto before = BodyTemplates::all(*m_templateForm);
        for (int row = 0; before && row < templates->size() && row < m_bodies.size(); ++row) {
            const Body &was = before->at(row).body, &now = templates->at(row).body;
            Body &body = m_bodies[row];
            if (body.name == was.name)
                body.name = now.name;
            if (body.swedishName == was.swedishName)
                body.swedishName = now.swedishName;
            if (body.defaultPlace == was.defaultPlace)
                body.defaultPlace = now.defaultPlace;
        }
        m_shownBody = nullptr;
    }
    for (int row = 0; row < m_bodyList->count(); ++row)
        m_bodyList->item(row)->setText(tr("%1 (%2)").arg(m_bodies.at(row).name, m_bodies.at(row).shortName));
    m_templateForm = form;
    showBody(m_bodyList->currentItem());
    if (!m_bodyList->currentItem())
        m_bodyList->setCurrentRow(0);
}

void SetupAssistant::showBody(QListWidgetItem *item)
{
    storeBody();
    m_shownBody = item;
    m_bodyForm->setEnabled(item != nullptr);
    if (item)
        m_bodyForm->setBody(m_bodies.at(m_bodyList->row(item)));
}

void SetupAssistant::storeBody()
{
    if (!m_shownBody)
        return;
    const int row = m_bodyList->row(m_shownBody);
    if (row < 0 || row >= m_bodies.size())
        return;
    m_bodies[row] = m_bodyForm->body();
    m_shownBody->setText(tr("%1 (%2)").arg(m_bodies.at(row).name, m_bodies.at(row).shortName));
}

QString SetupAssistant::check(int page) const
{
    if (page == OrganisationPage) {
        if (m_name->text().trimmed().isEmpty())
            return tr("Give the organisation's name.");
        const QString id = m_businessId->text().trimmed();
        if (!id.isEmpty())
            return businessIdProblem(id);
    } else if (page == RegistryPage) {
        const QString code = m_postalCode->text().trimmed();
        static const QRegularExpression postalCode(QStringLiteral("^\\d{5}\\z"));
        if (!code.isEmpty() && !postalCode.match(code).hasMatch())
            return tr("The postal code \"%1\" should be five digits.").arg(code);
        if (code.isEmpty() != m_locality->text().trimmed().isEmpty())
            return tr("Give both the postal code and the locality, or neither.");
        const QString email = m_email->text().trimmed();
        if (!email.isEmpty() && (!email.contains(u'@') || email.contains(u' ')))
            return tr("\"%1\" is not an e-mail address.").arg(email);
    } else if (page == BodiesPage) {
        QHash<QString, QString> shortNames;
        for (const Body &body : chosenBodies()) {
            if (body.name.isEmpty())
                return tr("Give each body ticked its name.");
            if (body.shortName.isEmpty())
                return tr("Give %1 a short name, such as KH: it names the meetings.").arg(body.name);
            const QString key = body.shortName.toCaseFolded();
            if (shortNames.contains(key))
                return tr("%1 and %2 have the same short name %3; each body needs its own.")
                    .arg(shortNames.value(key), body.name, body.shortName);
            shortNames.insert(key, body.name);
        }
    }
    return {};
}

bool SetupAssistant::validateCurrentPage()
{
    if (currentId() == BodiesPage)
        storeBody();
    const QString problem = check(currentId());
    showError(problem);
    if (!problem.isEmpty())
        return false;
    if (currentId() == SummaryPage && !create())
        return false;
    return QWizard::validateCurrentPage();
}

bool SetupAssistant::create()
{
    if (QFileInfo::exists(m_path)) {
        showError(tr("%1 exists already, and a new store never replaces a file. Cancel and choose another name.")
                      .arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    auto opened = Store::open(m_path, Store::Mode::CreateNew);
    if (!opened) {
        showError(opened.error());
        return false;
    }
    std::unique_ptr<Store> store = std::move(opened.value());
    QString problem;
    {
        Store::Transaction transaction(*store);
        if (!transaction.ok())
            problem = transaction.error();
        if (problem.isEmpty()) {
            if (const Status set = store->setOrganisation(organisation()); !set)
                problem = set.error();
        }
        if (problem.isEmpty()) {
            for (const Body &body : chosenBodies()) {
                if (const auto added = store->addBody(body); !added) {
                    problem = tr("%1: %2").arg(body.name, added.error());
                    break;
                }
            }
        }
        if (problem.isEmpty()) {
            if (const Status committed = transaction.commit(); !committed)
                problem = committed.error();
        }
    }
    if (!problem.isEmpty()) {
        // Nothing of it stays: not even the empty store file.
        store.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(m_path + suffix);
        showError(tr("Nothing was created: %1").arg(problem));
        return false;
    }
    m_store = std::move(store);
    showError({});
    return true;
}

std::unique_ptr<Store> SetupAssistant::takeStore()
{
    return std::move(m_store);
}
