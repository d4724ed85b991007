#include "searchpanel.h"

#include "roles.h"

#include "store/store.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Paints a hit as its title over its passage, the matched words in bold
// (and so not by colour alone).
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString snippet = index.data(Roles::Snippet).toString();
        if (snippet.isEmpty())
            return QStyledItemDelegate::paint(painter, option, index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
        QTextDocument document;
        setUp(document, title, snippet, opt, text.width());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        if (opt.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        painter->save();
        painter->translate(text.topLeft());
        painter->setClipRect(text.translated(-text.topLeft()));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString snippet = index.data(Roles::Snippet).toString();
        if (snippet.isEmpty())
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        // As wide as the view leaves the text beside the tree's indentation.
        const auto *view = qobject_cast<const QTreeView *>(opt.widget);
        int width = 300;
        if (view) {
            int depth = 0;
            for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
                ++depth;
            width = view->viewport()->width() - view->indentation() * (depth + 1) - 8;
        }
        QTextDocument document;
        setUp(document, opt.text, snippet, opt, width);
        return QSize(width, int(document.size().height()) + 4);
    }

private:
    static void setUp(QTextDocument &document, const QString &title, const QString &snippet,
                      const QStyleOptionViewItem &option, int width)
    {
        document.setDefaultFont(option.font);
        document.setDocumentMargin(2);
        document.setTextWidth(std::max(120, width));
        document.setHtml(QStringLiteral("<div>%1</div><div style=\"color:%2\">%3</div>")
                             .arg(title.toHtmlEscaped(), option.palette.color(QPalette::PlaceholderText).name(), snippet));
    }
};

// The store marks matched words with [ ]; people see them in bold.
QString highlighted(const QString &snippet)
{
    QString html;
    bool inside = false;
    for (const QChar c : snippet) {
        if (c == u'[' && !inside) {
            html += QStringLiteral("<b>");
            inside = true;
        } else if (c == u']' && inside) {
            html += QStringLiteral("</b>");
            inside = false;
        } else {
            html += QString(c).toHtmlEscaped();
        }
    }
    if (inside)
        html += QStringLiteral("</b>");
    return html;
}

} // namespace

SearchPanel::SearchPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(&store)
    , m_field(new QLineEdit)
    , m_summary(new QLabel)
    , m_results(new QStandardItemModel(this))
    , m_view(new QTreeView)
{
    m_field->setPlaceholderText(tr("Search all minutes and agendas"));
    m_field->setAccessibleName(tr("Search"));
    m_field->setClearButtonEnabled(true);
    m_summary->setAccessibleName(tr("Search results summary"));
    m_summary->setContentsMargins(4, 2, 4, 2);
    m_summary->hide();
    m_view->setModel(m_results);
    m_view->setHeaderHidden(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegate(new HitDelegate(m_view));
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->setAccessibleName(tr("Search results"));
    m_view->viewport()->installEventFilter(this);
    m_view->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(250);
    connect(m_field, &QLineEdit::textEdited, timer, qOverload<>(&QTimer::start));
    connect(timer, &QTimer::timeout, this, [this] { search(m_field->text()); });
    connect(m_field, &QLineEdit::returnPressed, this, [this, timer] {
        timer->stop();
        search(m_field->text());
        if (m_results->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_results->index(0, 0, m_results->index(0, 0)));
        }
    });
    auto open = [this](const QModelIndex &index) {
        const QVariant item = index.data(Roles::ItemId);
        if (item.isValid())
            emit itemActivated(index.data(Roles::MeetingId).toLongLong(), item.toLongLong());
    };
    connect(m_view, &QTreeView::activated, this, open);
    connect(m_view, &QTreeView::clicked, this, open);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The passages wrap to the view's width: their heights follow it.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, m_view, &QTreeView::doItemsLayout);
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::setStore(Store &store)
{
    m_store = &store;
    search(m_field->text());
}

void SearchPanel::refresh()
{
    if (m_field->text().trimmed().isEmpty())
        return;
    const QModelIndex current = m_view->currentIndex();
    const QVariant item = current.data(Roles::ItemId);
    const QVariant meeting = current.data(Roles::MeetingId);
    const int scrolled = m_view->verticalScrollBar()->value();
    search(m_field->text());
    for (int row = 0; row < m_results->rowCount() && meeting.isValid(); ++row) {
        const QStandardItem *group = m_results->item(row);
        if (group->data(Roles::MeetingId) != meeting)
            continue;
        QModelIndex found = group->index();
        for (int child = 0; child < group->rowCount() && item.isValid(); ++child) {
            if (group->child(child)->data(Roles::ItemId) == item)
                found = group->child(child)->index();
        }
        m_view->setCurrentIndex(found);
    }
    m_view->verticalScrollBar()->setValue(scrolled);
}

void SearchPanel::search(const QString &query)
{
    if (m_field->text() != query)
        m_field->setText(query);
    m_results->clear();
    if (query.trimmed().isEmpty()) {
        m_summary->hide();
        m_view->hide();
        emit cleared();
        return;
    }
    m_view->show();
    m_summary->show();
    const auto hits = m_store->search(query, resultLimit);
    if (!hits) {
        m_summary->setText(hits.error());
        return;
    }
    QHash<qint64, QStandardItem *> meetings;
    for (const SearchHit &hit : *hits) {
        QStandardItem *&meeting = meetings[hit.meetingId];
        if (!meeting) {
            meeting = new QStandardItem(hit.meetingReference);
            meeting->setData(hit.meetingId, Roles::MeetingId);
            m_results->appendRow(meeting);
        }
        auto *item = new QStandardItem(hit.sectionNumber ? tr("§ %1 %2").arg(*hit.sectionNumber).arg(hit.title)
                                                         : hit.title);
        item->setData(hit.meetingId, Roles::MeetingId);
        item->setData(hit.itemId, Roles::ItemId);
        item->setData(highlighted(hit.snippet), Roles::Snippet);
        item->setToolTip(QString(hit.snippet).remove(u'[').remove(u']'));
        meeting->appendRow(item);
    }
    m_summary->setText(hits->isEmpty() ? tr("Nothing found for “%1”.").arg(query)
                       : hits->size() >= resultLimit
                           ? tr("The %1 best matches, by meeting.").arg(resultLimit)
                           : tr("%n match(es), by meeting.", nullptr, int(hits->size())));
    m_view->expandAll();
}
