#include "publishingdialogs.h"

#include "backgroundwork.h"
#include "dialogsupport.h"
#include "labels.h"
#include "signingsetup.h"

#include "documents/opendata.h"
#include "documents/publication.h"
#include "exchange/meetingpackage.h"
#include "procedure/invitationlist.h"
#include "signing/nss.h"
#include "store/store.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <optional>

using DialogSupport::errorLabel;
using DialogSupport::showError;

namespace {

// What is said of a package that was not written.
const QColor problemColour(0x8a, 0x1c, 0x1c);

// The folder last chosen for `kind` of output with this store, else the
// documents folder: a secretary keeps each municipality's publications
// apart.
QString rememberedFolder(const Store &store, const QString &kind)
{
    const QVariantMap folders = QSettings().value(QStringLiteral("folders/") + kind).toMap();
    const QString folder = folders.value(store.locationKey()).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
}

void rememberFolder(const Store &store, const QString &kind, const QString &folder)
{
    QSettings settings;
    QVariantMap folders = settings.value(QStringLiteral("folders/") + kind).toMap();
    folders.insert(store.locationKey(), QFileInfo(folder).absoluteFilePath());
    settings.setValue(QStringLiteral("folders/") + kind, folders);
}

// A line edit for a folder with its Browse… button.
QHBoxLayout *folderRow(QWidget *dialog, QLineEdit *edit, const QString &title)
{
    auto *browse = new QPushButton(QCoreApplication::translate("PublishDialog", "&Browse…"));
    browse->setAccessibleName(QCoreApplication::translate("PublishDialog", "Choose the folder"));
    QObject::connect(browse, &QPushButton::clicked, dialog, [dialog, edit, title] {
        const QString chosen = QFileDialog::getExistingDirectory(dialog, title, edit->text());
        if (!chosen.isEmpty())
            edit->setText(QDir::toNativeSeparators(chosen));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}

// The problem with `folder` as the place to write into; empty when none.
QString folderProblem(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        return QCoreApplication::translate("PublishDialog", "Choose the folder to write into.");
    const QFileInfo info(folder.trimmed());
    if (!info.isDir())
        return QCoreApplication::translate("PublishDialog", "The folder %1 does not exist; choose another.")
            .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    if (!info.isWritable())
        return QCoreApplication::translate("PublishDialog", "The folder %1 cannot be written to; choose another.")
            .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    return {};
}

// "KH 20/2026" as a folder of a web server: "kh-20-2026".
QString webFolderName(const QString &reference)
{
    static const QRegularExpression marks(QStringLiteral("\\p{Mn}"));
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString name = reference.normalized(QString::NormalizationForm_KD).toLower();
    name.remove(marks);
    name.replace(other, QStringLiteral("-"));
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    while (name.endsWith(u'-'))
        name.chop(1);
    return name;
}

// A file name from a text anyone could have typed: no folder separators,
// nothing a file manager hides or a shell trips on, and not too long.
QString safeFileName(const QString &text)
{
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x{0000}-\\x{001f}\\x{007f}]+"));
    QString name = QString(text).replace(unsafe, QStringLiteral("-")).simplified();
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    return name.left(120).trimmed();
}

QPushButton *openFolderButton(QWidget *dialog, const std::function<QString()> &folder)
{
    auto *open = new QPushButton(QCoreApplication::translate("PublishDialog", "&Open Folder"));
    open->hide();
    QObject::connect(open, &QPushButton::clicked, dialog,
                     [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder())); });
    return open;
}

QLabel *wrapped(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

// What was written: said plainly, and where it went selectable.
QLabel *outcomeLabel()
{
    QLabel *label = wrapped();
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    label->hide();
    return label;
}

// The frame the publishing dialogs share: what is written, the form, the
// policy, the error and the outcome, and the buttons (Close, the action,
// Open Folder). The action keeps the dialog open to say what was written.
void layOutPublishing(QDialog *dialog, QLabel *intro, QFormLayout *form, QLabel *policy, QLabel *error,
                      QLabel *outcome, QPushButton *action, QPushButton *open)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(action, QDialogButtonBox::AcceptRole);
    buttons->addButton(open, QDialogButtonBox::ActionRole);
    action->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(policy);
    layout->addWidget(error);
    layout->addWidget(outcome);
    layout->addStretch();
    layout->addWidget(buttons);
    dialog->setMinimumWidth(620);
}

} // namespace

// ---------------------------------------------------------------------------

PublishDialog::PublishDialog(Store &store, const Meeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_meeting(meeting)
    , m_folder(new QLineEdit(QDir::toNativeSeparators(rememberedFolder(store, QStringLiteral("publication")))))
    , m_name(new QLineEdit)
    , m_target(wrapped())
    , m_error(errorLabel())
    , m_outcome(outcomeLabel())
    , m_publish(new QPushButton(tr("&Publish")))
{
    const auto reference = store.meetingReference(meeting);
    setWindowTitle(tr("Publish %1").arg(reference ? *reference : QString()));
    m_name->setText(webFolderName(reference ? *reference : QString::number(meeting.id)));
    m_folder->setAccessibleName(tr("Folder"));
    m_name->setAccessibleName(tr("Publication's folder"));
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_open = openFolderButton(this, [this] { return target(); });

    const bool held = meeting.actualStart.isValid();
    auto *intro = wrapped(held ? tr("The public agenda and minutes of %1 as web pages and PDF/A files, with the public "
                                    "attachments and an index page.").arg(reference ? *reference : QString())
                               : tr("The public agenda of %1 as a web page and a PDF/A file, with the public "
                                    "attachments and an index page.").arg(reference ? *reference : QString()));
    auto *policy = wrapped(tr("Confidential items show only their title and legal basis, and text marked as personal "
                              "data is left out. An earlier publication in the folder is replaced; a folder holding "
                              "anything else is left alone."));
    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow(this, m_folder, tr("Folder for the Publication")));
    form->addRow(tr("Publication's f&older:"), m_name);
    form->addRow(tr("Written as:"), m_target);
    connect(m_folder, &QLineEdit::textChanged, this, &PublishDialog::showTarget);
    connect(m_name, &QLineEdit::textChanged, this, &PublishDialog::showTarget);
    showTarget();

    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publish);
    layOutPublishing(this, intro, form, policy, m_error, m_outcome, m_publish, m_open);
}

QString PublishDialog::target() const
{
    return QDir(m_folder->text().trimmed()).filePath(m_name->text().trimmed());
}

void PublishDialog::showTarget()
{
    m_target->setText(QDir::toNativeSeparators(QFileInfo(target()).absoluteFilePath()));
}

QString PublishDialog::error() const
{
    return m_error->text();
}

QString PublishDialog::outcome() const
{
    return m_outcome->isVisibleTo(this) ? m_outcome->text() : QString();
}

bool PublishDialog::publish()
{
    showError(m_error, {});
    m_outcome->hide();
    m_open->hide();
    const QString folder = m_folder->text().trimmed();
    if (const QString problem = folderProblem(folder); !problem.isEmpty()) {
        showError(m_error, problem);
        return false;
    }
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\') || name == u"." || name == u"..") {
        const auto reference = m_store.meetingReference(m_meeting);
        showError(m_error, tr("Name the publication's own folder, such as %1.")
                               .arg(webFolderName(reference ? *reference : QStringLiteral("KH 20/2026"))));
        return false;
    }
    const QString where = target();
    const qint64 meetingId = m_meeting.id;
    Publication::Summary summary;
    auto work = [&](Store &store, BackgroundWork::Progress &) -> Status {
        // As the store has it now.
        const auto meeting = store.meeting(meetingId);
        if (!meeting)
            return Failure{meeting.error()};
        if (!meeting->has_value())
            return Failure{tr("The meeting is no longer in the store.")};
        const auto written = Publication::publish(store, meeting->value(), where);
        if (!written)
            return Failure{written.error()};
        summary = *written;
        return success();
    };
    const Status published = BackgroundWork::run(this, m_store, tr("Writing the public version…"), false, work);
    if (!published) {
        showError(m_error, published.error());
        return false;
    }
    rememberFolder(m_store, QStringLiteral("publication"), folder);
    m_outcome->setText(tr("Published %n file(s) into %1.", nullptr, int(summary.files.size()))
                           .arg(QDir::toNativeSeparators(QFileInfo(where).absoluteFilePath())));
    m_outcome->show();
    m_open->show();
    return true;
}

// ---------------------------------------------------------------------------

SiteDialog::SiteDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_folder(new QLineEdit)
    , m_address(new QLineEdit)
    , m_error(errorLabel())
    , m_outcome(outcomeLabel())
    , m_publish(new QPushButton(tr("&Publish")))
{
    setWindowTitle(tr("Publish the Site"));
    const QString remembered = QSettings().value(QStringLiteral("folders/site")).toMap().value(store.locationKey()).toString();
    m_folder->setText(QDir::toNativeSeparators(remembered));
    m_folder->setPlaceholderText(tr("The folder the web server serves"));
    m_address->setText(QSettings().value(QStringLiteral("siteAddress")).toMap().value(store.locationKey()).toString());
    m_address->setPlaceholderText(QStringLiteral("https://www.example.fi/paatokset/"));
    m_folder->setAccessibleName(tr("Site's folder"));
    m_address->setAccessibleName(tr("Site's address"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_open = openFolderButton(this, [this] { return m_folder->text().trimmed(); });

    auto *intro = wrapped(tr("Every convened meeting's public agenda, and its public minutes from the day they are "
                             "published, as web pages and PDF/A files with the public attachments; a front page; and "
                             "the open data: an OParl 1.1 interface, the same in the shapes of the 6Aika open decision "
                             "API, and an Atom feed of the minutes."));
    auto *policy = wrapped(tr("Confidential items show only their title and legal basis, and text marked as personal "
                              "data is left out. The folder is replaced whole: choose an empty folder or an earlier "
                              "site. A meeting whose content did not change keeps its PDF files."));
    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow(this, m_folder, tr("Site's Folder")));
    auto *addressLabel = new QLabel(tr("&Address:"));
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, m_address);
    form->addRow(QString(), wrapped(tr("The address the folder is served at: the open data's links start with it.")));

    connect(m_publish, &QPushButton::clicked, this, &SiteDialog::publish);
    layOutPublishing(this, intro, form, policy, m_error, m_outcome, m_publish, m_open);
}

QString SiteDialog::error() const
{
    return m_error->text();
}

QString SiteDialog::outcome() const
{
    return m_outcome->isVisibleTo(this) ? m_outcome->text() : QString();
}

bool SiteDialog::publish()
{
    showError(m_error, {});
    m_outcome->hide();
    m_open->hide();
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        showError(m_error, tr("Choose the site's folder: an empty folder, or the folder of an earlier site."));
        return false;
    }
    const auto address = OpenData::siteAddress(m_address->text().trimmed());
    if (!address) {
        showError(m_error, address.error());
        return false;
    }
    const QString where = QFileInfo(folder).absoluteFilePath();
    const QDate today = QDate::currentDate();
    Publication::SiteSummary summary;
    auto work = [&](Store &store, BackgroundWork::Progress &progress) -> Status {
        const auto written = Publication::publishSite(store, where, *address, today, [&](int done, int total) {
            progress.step(done, total, tr("Meeting %1 of %2").arg(std::min(done + 1, total)).arg(total));
            return !progress.stopped();
        });
        if (!written)
            return Failure{written.error()};
        summary = *written;
        return success();
    };
    const Status published = BackgroundWork::run(this, m_store, tr("Publishing the site…"), true, work);
    if (!published) {
        showError(m_error, published.error());
        return false;
    }
    QSettings settings;
    for (const auto &[key, value] : {std::pair{QStringLiteral("folders/site"), where},
                                     std::pair{QStringLiteral("siteAddress"), *address}}) {
        QVariantMap map = settings.value(key).toMap();
        map.insert(m_store.locationKey(), value);
        settings.setValue(key, map);
    }
    m_address->setText(*address);
    m_outcome->setText(tr("Published %n meeting(s) into %1; %2 laid out anew.", nullptr, summary.meetings)
                           .arg(QDir::toNativeSeparators(where))
                           .arg(summary.laidOut));
    m_outcome->show();
    m_open->show();
    return true;
}

// ---------------------------------------------------------------------------

PackagesDialog::PackagesDialog(Store &store, const Meeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_meeting(meeting)
    , m_folder(new QLineEdit(QDir::toNativeSeparators(rememberedFolder(store, QStringLiteral("packages")))))
    , m_list(new QTreeWidget)
    , m_notEntitled(wrapped())
    , m_error(errorLabel())
    , m_outcome(outcomeLabel())
    , m_write(new QPushButton(tr("&Write Packages")))
    , m_signer(new QComboBox)
    , m_password(new QLineEdit)
{
    const auto reference = store.meetingReference(meeting);
    m_reference = reference ? *reference : QString::number(meeting.id);
    setWindowTitle(tr("Meeting Packages of %1").arg(m_reference));
    m_folder->setAccessibleName(tr("Folder"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_open = openFolderButton(this, [this] { return m_folder->text().trimmed(); });

    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Recipient"), tr("Role"), tr("File"), tr("Outcome")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Packages to write"));
    m_list->header()->setSectionResizeMode(RecipientColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->header()->setStretchLastSection(true);

    // A file per recipient, named so that a folder of them sorts by name
    // and two persons of the same name do not share one.
    const QString prefix = safeFileName(QString(m_reference).replace(u'/', u'-'));
    const auto invited = InvitationList::of(store, meeting);
    QStringList others;
    if (!invited) {
        showError(m_error, invited.error());
    } else {
        QHash<QString, int> names;
        for (const InvitationList::Entry &entry : *invited)
            ++names[entry.name];
        QSet<QString> fileNames;
        for (const InvitationList::Entry &entry : *invited) {
            if (!entry.holdsSeat()) {
                others << (entry.invitedAs.isEmpty() ? entry.name : tr("%1 (%2)").arg(entry.name, entry.invitedAs));
                continue;
            }
            Recipient recipient;
            recipient.personId = entry.personId;
            recipient.name = entry.name;
            QString base = safeFileName(tr("%1 %2").arg(prefix, entry.name));
            if (names.value(entry.name) > 1 || fileNames.contains(base.toLower()))
                base = tr("%1 (%2)").arg(base).arg(entry.personId);
            fileNames.insert(base.toLower());
            recipient.fileName = base + QLatin1Char('.') + MeetingPackage::suffix();
            const QString role = entry.role == MembershipRole::Deputy
                ? tr("personal deputy of %1").arg(entry.deputyFor)
                : Labels::membershipRole(*entry.role);
            auto *row = new QTreeWidgetItem(m_list, {entry.name, role, recipient.fileName, QString()});
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(RecipientColumn, Qt::Checked);
            m_recipients.append(recipient);
        }
    }
    Recipient everyone;
    everyone.name = tr("Public package");
    everyone.fileName = safeFileName(tr("%1 public").arg(prefix)) + QLatin1Char('.') + MeetingPackage::suffix();
    auto *publicRow = new QTreeWidgetItem(m_list, {everyone.name, tr("anyone: the public version"), everyone.fileName,
                                                   QString()});
    publicRow->setFlags(publicRow->flags() | Qt::ItemIsUserCheckable);
    publicRow->setCheckState(RecipientColumn, Qt::Checked);
    m_recipients.append(everyone);

    if (!others.isEmpty()) {
        m_notEntitled->setText(
            tr("No member's package for %1: only those with a seat or office in the body on %2 may receive the "
               "confidential items. The public package can go to them.")
                .arg(QLocale().createSeparatedList(others),
                     Labels::day(meeting.plannedStart.date())));
    }
    m_notEntitled->setVisible(!others.isEmpty());

    auto *intro = wrapped(tr("A member's package holds the agenda with the confidential items, for reading in Pykälä's "
                             "review mode. It is signed with your certificate and encrypted for the member's "
                             "registered encryption certificate: only their key opens it, and it can be read until "
                             "the body's days after the meeting have run. Each package is entered in the disclosure "
                             "register."));
    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow(this, m_folder, tr("Folder for the Packages")));
    // The maker's certificates that can sign, from the database in use.
    m_signer->setAccessibleName(tr("Sign with"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password of the certificate database or card"));
    QString databaseProblem;
    if (SigningSetup::ensureDatabase(&databaseProblem))
        listSigners();
    // A database or card with a password lists its certificates once the
    // password is given.
    connect(m_password, &QLineEdit::editingFinished, this, [this] {
        QString problem;
        if (SigningSetup::ensureDatabase(&problem))
            listSigners();
    });
    // Those whose package cannot be encrypted are unticked and say why.
    for (int row = 0; row < m_recipients.size() && databaseProblem.isEmpty(); ++row) {
        const Recipient &recipient = m_recipients.at(row);
        if (!recipient.personId)
            continue;
        const Status usable = MeetingPackage::recipientProblem(store, recipient.personId, recipient.name);
        if (usable)
            continue;
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        item->setCheckState(RecipientColumn, Qt::Unchecked);
        item->setText(OutcomeColumn, tr("No package: %1").arg(usable.error()));
        item->setToolTip(OutcomeColumn, usable.error());
        item->setForeground(OutcomeColumn, problemColour);
    }
    auto *signerLabel = new QLabel(tr("&Sign with:"));
    signerLabel->setBuddy(m_signer);
    form->addRow(signerLabel, m_signer);
    auto *passwordLabel = new QLabel(tr("&Password:"));
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_write, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    m_write->setDefault(true);
    connect(m_write, &QPushButton::clicked, this, &PackagesDialog::writePackages);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_notEntitled);
    layout->addWidget(m_error);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    resize(1000, 560);
}

QString PackagesDialog::notEntitled() const
{
    return m_notEntitled->isVisibleTo(this) ? m_notEntitled->text() : QString();
}

QString PackagesDialog::error() const
{
    return m_error->text();
}

QString PackagesDialog::outcome() const
{
    return m_outcome->isVisibleTo(this) ? m_outcome->text() : QString();
}

void PackagesDialog::listSigners()
{
    usePasswordField();
    const QString chosen = m_signer->currentData().toString();
    m_signer->clear();
    for (const Nss::Certificate &certificate : Nss::certificates()) {
        if (certificate.currentlyValid())
            m_signer->addItem(tr("%1 (%2)").arg(certificate.subject, certificate.issuer), certificate.nickname);
    }
    if (const int index = m_signer->findData(chosen); index >= 0)
        m_signer->setCurrentIndex(index);
    m_signer->setPlaceholderText(m_signer->count() == 0
                                     ? tr("No certificate to sign with: give the password, or import yours in "
                                          "Settings › Signing")
                                     : QString());
}

void PackagesDialog::usePasswordField()
{
    // The database or card asks for its password through the field, once a try.
    const QString password = m_password->text();
    Nss::setPasswordSource([password](const QString &) -> std::optional<QString> {
        if (password.isEmpty())
            return std::nullopt;
        return password;
    });
}

bool PackagesDialog::writePackages()
{
    showError(m_error, {});
    m_outcome->hide();
    m_open->hide();
    const QString folder = m_folder->text().trimmed();
    if (const QString problem = folderProblem(folder); !problem.isEmpty()) {
        showError(m_error, problem);
        return false;
    }
    QList<int> rows;
    // Those ticked start anew; the others keep what was said of them.
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->checkState(RecipientColumn) != Qt::Checked)
            continue;
        item->setText(OutcomeColumn, QString());
        item->setToolTip(OutcomeColumn, QString());
        item->setForeground(OutcomeColumn, palette().text());
        rows << row;
    }
    if (rows.isEmpty()) {
        showError(m_error, tr("Tick whom the packages are for."));
        return false;
    }

    // Filled in on the work's thread, read here once it is done.
    QList<std::optional<Result<Disclosure>>> made(rows.size());
    const QList<Recipient> recipients = m_recipients;
    const qint64 meetingId = m_meeting.id;
    const QString signer = m_signer->currentData().toString();
    usePasswordField();
    const Status run = BackgroundWork::run(
        this, m_store, tr("Writing the meeting packages…"), true,
        [&](Store &store, BackgroundWork::Progress &progress) -> Status {
            const auto meeting = store.meeting(meetingId);
            if (!meeting)
                return Failure{meeting.error()};
            if (!meeting->has_value())
                return Failure{tr("The meeting is no longer in the store.")};
            for (int i = 0; i < rows.size() && !progress.stopped(); ++i) {
                const Recipient &recipient = recipients.at(rows.at(i));
                progress.step(i, int(rows.size()),
                              recipient.personId ? tr("The package for %1…").arg(recipient.name)
                                                 : tr("The public package…"));
                MeetingPackage::Options options;
                options.audience = recipient.personId ? Audience::Member : Audience::Public;
                // By id: two persons may share a name.
                options.recipient = recipient.personId ? QString::number(recipient.personId) : QString();
                if (recipient.personId)
                    options.signer = signer;
                made[i] = MeetingPackage::write(store, meeting->value(), QDir(folder).filePath(recipient.fileName),
                                                options);
            }
            return success();
        });
    if (!run) {
        showError(m_error, run.error());
        return false;
    }

    int written = 0;
    int stopped = 0;
    QStringList failed;
    for (int i = 0; i < rows.size(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(rows.at(i));
        const Recipient &recipient = m_recipients.at(rows.at(i));
        if (!made.at(i)) {
            ++stopped;
            item->setText(OutcomeColumn, tr("Not written: stopped"));
            continue;
        }
        const Result<Disclosure> &result = *made.at(i);
        if (result) {
            ++written;
            item->setText(OutcomeColumn, tr("Written"));
            item->setToolTip(OutcomeColumn,
                             tr("Disclosure %1 in the register, SHA-256 %2").arg(result->id).arg(result->sha256));
        } else {
            failed << recipient.name;
            item->setText(OutcomeColumn, tr("Not written: %1").arg(result.error()));
            item->setToolTip(OutcomeColumn, result.error());
            item->setForeground(OutcomeColumn, problemColour);
        }
    }
    QStringList lines;
    lines << tr("%n package(s) written into %1 and entered in the disclosure register.", nullptr, written)
                 .arg(QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath()));
    if (!failed.isEmpty())
        lines << tr("Not written for %1; the list says why. The others were written.")
                     .arg(QLocale().createSeparatedList(failed));
    if (stopped)
        lines << tr("Stopped: %n package(s) not written.", nullptr, stopped);
    m_outcome->setText(lines.join(u'\n'));
    m_outcome->show();
    m_open->setVisible(written > 0);
    if (written)
        rememberFolder(m_store, QStringLiteral("packages"), folder);
    return failed.isEmpty() && !stopped;
}
