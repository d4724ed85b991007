#pragma once

#include "mailmessage.h"

#include "model/result.h"
#include "procedure/invitationlist.h"

#include <QList>
#include <QString>

#include <utility>

class Store;
struct Meeting;

// The invitation with the agenda by e-mail, as the client's mail program
// and SMTP and pykala-cli send it alike: who it goes to, its subject and
// text, and the public agenda attached. Only the public agenda goes by
// e-mail: the confidential items reach members in their meeting packages.
namespace Invitation {

// One message's recipient: an address and those invited who have it (two
// people who share an address get one message).
struct Recipient
{
    QString address;
    QList<InvitationList::Entry> invited;

    // "Aino Mäkelä" or "Aino Mäkelä, Pekka Pöyhönen".
    QString names() const;
};

struct Draft
{
    QList<Recipient> recipients;                    // in the invitation list's order
    QList<InvitationList::Entry> withoutAddress;    // named, so that nobody is left out unawares
    // Those whose address in the register is not one, with why.
    QList<std::pair<InvitationList::Entry, QString>> unusableAddress;
    QString subject;
    QString text;

    // Whether anyone is left out: without an address or with one unusable.
    bool leavesOut() const { return !withoutAddress.isEmpty() || !unusableAddress.isEmpty(); }
};

// Those the meeting's invitation goes to (InvitationList), and the
// subject and text, in the language of the user interface: the body, the
// meeting, its time, place and mode, and the agenda's items.
Result<Draft> draft(const Store &store, const Meeting &meeting);

// The meeting's public agenda as a PDF/A attachment named as the agenda's
// file ("KH-12-2026-esityslista.pdf"). Lays a document out, so it needs a
// QGuiApplication.
Result<MailAttachment> publicAgenda(const Store &store, const Meeting &meeting);

// A message to each recipient, from `sender`, with the draft's subject and
// text and `agenda` attached.
QList<MailMessage> messages(const Draft &draft, const MailAddress &sender, const MailAttachment &agenda);

} // namespace Invitation
