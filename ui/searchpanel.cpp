#include "searchpanel.h"

#include "roles.h"

#include "store/store.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
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
    , m_filters(new QWidget)
    , m_body(new QComboBox)
    , m_year(new QComboBox)
    , m_order(new QComboBox)
    , m_results(new QStandardItemModel(this))
    , m_view(new QTreeView)
{
    m_field->setPlaceholderText(tr("Search all minutes and agendas"));
    m_field->setAccessibleName(tr("Search"));
    m_field->setClearButtonEnabled(true);
    m_summary->setAccessibleName(tr("Search results summary"));
    m_summary->setContentsMargins(4, 2, 4, 2);
    m_summary->hide();
    m_body->setAccessibleName(tr("Search in body"));
    m_body->setToolTip(tr("Only the meetings of this body"));
    m_year->setAccessibleName(tr("Search in year"));
    m_year->setToolTip(tr("Only the meetings of this year"));
    m_order->setAccessibleName(tr("Order of the results"));
    m_order->addItem(tr("Best matches"), int(SearchFilter::Order::Relevance));
    m_order->addItem(tr("Newest first"), int(SearchFilter::Order::Newest));
    for (QComboBox *box : {m_body, m_year, m_order}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(4);
        connect(box, &QComboBox::activated, this, [this] { search(m_field->text()); });
    }
    auto *filterRow = new QHBoxLayout(m_filters);
    filterRow->setContentsMargins(0, 2, 0, 0);
    filterRow->addWidget(m_body, 2);
    filterRow->addWidget(m_year, 1);
    filterRow->addWidget(m_order, 2);
    m_filters->hide();
    fillFilters();
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
    layout->addWidget(m_filters);
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
    fillFilters();
    search(m_field->text());
}

void SearchPanel::fillFilters()
{
    const qint64 body = m_body->currentData().toLongLong();
    const int year = m_year->currentData().toInt();
    m_body->clear();
    m_year->clear();
    m_body->addItem(tr("All bodies"), qint64(0));
    m_year->addItem(tr("All years"), 0);
    if (const auto bodies = m_store->bodies()) {
        for (const Body &each : *bodies)
            m_body->addItem(each.shortName, each.id);
        for (int row = 1; row < m_body->count(); ++row)
            m_body->setItemData(row, bodies->at(row - 1).name, Qt::ToolTipRole);
    }
    if (const auto meetingYears = m_store->meetingYears()) {
        QList<int> years;
        for (const MeetingYear &each : *meetingYears) {
            if (!years.contains(each.year))
                years.append(each.year);
        }
        std::sort(years.begin(), years.end(), std::greater<>());
        for (const int each : std::as_const(years))
            m_year->addItem(QString::number(each), each);
    }
    m_body->setCurrentIndex(std::max(0, m_body->findData(body)));
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
}

void SearchPanel::refresh()
{
    fillFilters();
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
        m_filters->hide();
        m_view->hide();
        emit cleared();
        return;
    }
    m_view->show();
    m_summary->show();
    m_filters->show();
    SearchFilter filter;
    filter.bodyId = m_body->currentData().toLongLong();
    filter.year = m_year->currentData().toInt();
    filter.order = SearchFilter::Order(m_order->currentData().toInt());
    const auto hits = m_store->search(query, resultLimit, filter);
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
    const bool newest = filter.order == SearchFilter::Order::Newest;
    m_summary->setText(hits->isEmpty() ? tr("Nothing found for “%1”.").arg(query)
                       : hits->size() >= resultLimit
                           ? (newest ? tr("The %1 newest matches, by meeting.").arg(resultLimit)
                                     : tr("The %1 best matches, by meeting.").arg(resultLimit))
                           : tr("%n match(es), by meeting.", nullptr, int(hits->size())));
    m_view->expandAll();
}
