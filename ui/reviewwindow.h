#pragma once

#include "exchange/meetingpackage.h"
#include "exchange/reviewnotes.h"
#include "model/agendaitem.h"
#include "model/package.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>

class NavigatorModel;
class QAction;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;
class QTreeView;
class Store;

// Review mode, for board members on their laptops: a meeting package (or
// any store, opened read-only) shown for reading. A member's encrypted
// package is opened with their key and read from memory
// (MeetingPackage::open): nothing of it is written to the disk, its
// confidential items and attachments carry the watermark naming the
// member and the package, and attachments are shown from memory only. The navigator lists the
// meetings and items; an item shows as its agenda text with its
// attachments. The reviewer's own notes and highlights go to a file beside
// the package (ReviewNotes), never into it; nothing here writes to the
// store, and nothing needs a network.
class ReviewWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Opens `path` read-only for review; null with the reason. An
    // encrypted package asks for the password of the member's certificate
    // database or card when it has one; one past its last day is offered
    // for deletion (with the notes beside it).
    static ReviewWindow *open(const QString &path, QString *error, QWidget *parent = nullptr);

    // Takes a store opened read-only (a package always is).
    explicit ReviewWindow(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    explicit ReviewWindow(MeetingPackage::Opened opened, QWidget *parent = nullptr);
    // Deletes an expired package and the notes beside it; what was done.
    static QString deleteExpired(const QString &path);
    ~ReviewWindow() override;

    Store &store() const { return *m_store; }
    bool selectMeeting(qint64 meetingId);
    bool selectItem(qint64 meetingId, qint64 itemId);

    QTreeView *navigatorView() const { return m_navigatorView; }
    QTextBrowser *itemView() const { return m_view; }
    QListWidget *attachmentList() const { return m_attachments; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QListWidget *highlightList() const { return m_highlights; }
    QLabel *banner() const { return m_banner; }
    QAction *highlightAction() const { return m_highlightAction; }
    QAction *removeHighlightAction() const { return m_removeHighlightAction; }
    QAction *agendaAction() const { return m_agendaAction; }
    // The watermark over the item shown: empty unless a member's package
    // shows a confidential or partly confidential item.
    QString watermark() const;
    // The mark of this package, whatever is shown: empty unless it is a
    // member's package.
    QString packageWatermark() const;
    const ReviewNotes &notes() const { return m_notes; }
    // Why notes cannot be kept, if they cannot (e.g. a damaged notes file).
    QString notesError() const { return m_notesError; }

    // Highlights the view's selection, which must lie within one part of the
    // item; false with the reason.
    bool highlightSelection(QString *error);
    // Writes pending notes now; false with the reason.
    bool saveNotes(QString *error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // A part of the shown item that can be highlighted, as document positions.
    struct Part
    {
        int start = 0;
        int end = 0;
    };

    void buildMenus();
    void showSelection(const QModelIndex &index);
    void showMeeting(qint64 meetingId);
    void showItem(const AgendaItem &item, const QString &meetingReference);
    // Who the store being read is for: a package's audience, else the store's own.
    Audience audience() const;
    // What of an item that audience may see, in its meeting's document language.
    class PublicView publicView(const AgendaItem &item) const;
    void showNothing();
    void fillHighlights();
    void paintHighlights();
    // Where a highlight lies in the view now, found again by its text if the
    // part changed; false when its text is gone.
    bool locate(const ReviewNotes::Highlight &highlight, int *start, int *end) const;
    void removeHighlight();
    void showHighlight();
    void noteEdited();
    // The shown item's notes with the note as typed.
    ReviewNotes::ItemNotes shownNotes() const;
    // Saves the note being typed, when it changed.
    void takeNote();
    void openAttachment();
    void openAgenda();
    void openOther();
    void updateActions();
    void setStatus(const QString &message);

    std::unique_ptr<Store> m_store;
    // What opening said of it: the package's row, its signer (its store
    // moved to m_store).
    MeetingPackage::Opened m_opened;
    class WatermarkOverlay *m_watermark = nullptr;
    ReviewNotes m_notes;
    QString m_notesError;
    NavigatorModel *m_navigator = nullptr;
    QTreeView *m_navigatorView = nullptr;
    QTextBrowser *m_view = nullptr;
    QListWidget *m_attachments = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QListWidget *m_highlights = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_noteState = nullptr;
    QAction *m_highlightAction = nullptr;
    QAction *m_removeHighlightAction = nullptr;
    QAction *m_agendaAction = nullptr;
    QTimer m_saveTimer;

    // What is shown.
    qint64 m_meetingId = 0;
    std::optional<AgendaItem> m_item;
    QString m_meetingReference;
    QString m_itemKey;
    QHash<QString, Part> m_parts;
    bool m_showing = false;
};
