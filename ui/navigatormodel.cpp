#include "navigatormodel.h"

#include "labels.h"
#include "roles.h"

#include "store/store.h"

#include <QLocale>
#include <QMap>
#include <QTreeView>

#include <algorithm>
#include <vector>

struct NavigatorModel::Node
{
    Kind kind = Kind::Body;
    qint64 id = 0;               // body, meeting or item id; the year for a year
    QString text;
    QString toolTip;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool fetched = true;         // a meeting's items have been read
    int itemCount = 0;           // a meeting's, before they are read

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children.at(i).get() == this)
                return int(i);
        }
        return 0;
    }
};

namespace {

QString meetingText(const Meeting &meeting, const QString &reference)
{
    return NavigatorModel::tr("%1 · %2 · %3")
        .arg(reference, Labels::day(meeting.plannedStart.date()),
             Labels::meetingState(meeting.state));
}

// Where the meeting is held; why it is not, when it was cancelled.
QString meetingToolTip(const Meeting &meeting)
{
    return meeting.state == MeetingState::Cancelled
        ? NavigatorModel::tr("Cancelled: %1").arg(meeting.cancellationReason)
        : meeting.place;
}

QString itemText(const AgendaItem &item)
{
    return item.sectionNumber ? NavigatorModel::tr("§ %1 %2").arg(*item.sectionNumber).arg(item.title)
                              : NavigatorModel::tr("%1. %2").arg(item.position).arg(item.title);
}

} // namespace

NavigatorModel::NavigatorModel(Store &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_root(std::make_unique<Node>())
{
}

NavigatorModel::~NavigatorModel() = default;

bool NavigatorModel::reload(QString *error)
{
    auto root = readTree(error);
    if (!root)
        return false;
    beginResetModel();
    m_root = std::move(root);
    endResetModel();
    return true;
}

bool NavigatorModel::refresh(QString *error)
{
    auto root = readTree(error);
    if (!root)
        return false;
    mergeChildren(m_root.get(), std::move(root->children));
    return true;
}

std::unique_ptr<NavigatorModel::Node> NavigatorModel::readTree(QString *error) const
{
    const auto bodies = m_store.bodies();
    const auto meetings = m_store.meetings();
    const auto counts = m_store.agendaItemCounts();
    for (const QString *problem : {&bodies.error(), &meetings.error(), &counts.error()}) {
        if (!problem->isEmpty()) {
            *error = *problem;
            return nullptr;
        }
    }
    auto root = std::make_unique<Node>();
    for (const Body &body : *bodies) {
        auto bodyNode = std::make_unique<Node>();
        bodyNode->kind = Kind::Body;
        bodyNode->id = body.id;
        bodyNode->text = tr("%1 (%2)").arg(body.name, body.shortName);
        bodyNode->parent = root.get();
        QMap<int, Node *> years;
        std::vector<std::unique_ptr<Node>> yearNodes;
        for (const Meeting &meeting : *meetings) {
            if (meeting.bodyId != body.id)
                continue;
            Node *&year = years[meeting.year];
            if (!year) {
                auto node = std::make_unique<Node>();
                node->kind = Kind::Year;
                node->id = meeting.year;
                node->text = QString::number(meeting.year);
                node->parent = bodyNode.get();
                year = node.get();
                yearNodes.push_back(std::move(node));
            }
            auto node = std::make_unique<Node>();
            node->kind = Kind::Meeting;
            node->id = meeting.id;
            node->text = meetingText(meeting, QStringLiteral("%1 %2/%3").arg(body.shortName).arg(meeting.number).arg(meeting.year));
            node->parent = year;
            node->itemCount = counts->value(meeting.id);
            node->fetched = node->itemCount == 0;
            node->toolTip = meetingToolTip(meeting);
            year->children.push_back(std::move(node));
        }
        // Newest year first, and in it the newest meeting: that is where the work is.
        std::sort(yearNodes.begin(), yearNodes.end(), [](const auto &a, const auto &b) { return a->id > b->id; });
        for (auto &year : yearNodes) {
            std::reverse(year->children.begin(), year->children.end());
            bodyNode->children.push_back(std::move(year));
        }
        root->children.push_back(std::move(bodyNode));
    }
    return root;
}

void NavigatorModel::mergeChildren(Node *node, std::vector<std::unique_ptr<Node>> fresh)
{
    const QModelIndex parent = indexOf(node);
    auto &children = node->children;
    auto sameNode = [](const Node &a, const Node &b) { return a.kind == b.kind && a.id == b.id; };
    auto inFresh = [&](const Node &old) {
        return std::any_of(fresh.cbegin(), fresh.cend(), [&](const auto &n) { return sameNode(*n, old); });
    };
    // Rows no longer there go, a run at a time.
    for (int last = int(children.size()) - 1; last >= 0; --last) {
        if (inFresh(*children.at(last)))
            continue;
        int first = last;
        while (first > 0 && !inFresh(*children.at(first - 1)))
            --first;
        beginRemoveRows(parent, first, last);
        children.erase(children.begin() + first, children.begin() + last + 1);
        endRemoveRows();
        last = first;
    }
    // Then, in the fresh order: rows kept (moved up when their place
    // changed), new rows inserted a run at a time. Rows before `i` are done.
    for (size_t i = 0; i < fresh.size(); ++i) {
        size_t at = i;
        while (at < children.size() && !sameNode(*children.at(at), *fresh.at(i)))
            ++at;
        if (at == children.size()) {
            size_t end = i + 1;
            auto isNew = [&](const Node &n) {
                return std::none_of(children.cbegin() + long(i), children.cend(),
                                    [&](const auto &old) { return sameNode(*old, n); });
            };
            while (end < fresh.size() && isNew(*fresh.at(end)))
                ++end;
            beginInsertRows(parent, int(i), int(end) - 1);
            for (size_t k = i; k < end; ++k) {
                fresh.at(k)->parent = node;
                children.insert(children.begin() + long(k), std::move(fresh.at(k)));
            }
            endInsertRows();
            i = end - 1;
            continue;
        }
        if (at != i) {
            beginMoveRows(parent, int(at), int(at), parent, int(i));
            auto moved = std::move(children.at(at));
            children.erase(children.begin() + long(at));
            children.insert(children.begin() + long(i), std::move(moved));
            endMoveRows();
        }
        mergeNode(children.at(i).get(), std::move(fresh.at(i)));
    }
}

void NavigatorModel::mergeNode(Node *node, std::unique_ptr<Node> fresh)
{
    const QModelIndex index = indexOf(node);
    const bool hadChildren = hasChildren(index);
    if (node->text != fresh->text || node->toolTip != fresh->toolTip) {
        node->text = fresh->text;
        node->toolTip = fresh->toolTip;
        emit dataChanged(index, index);
    }
    switch (node->kind) {
    case Kind::Body:
    case Kind::Year:
        mergeChildren(node, std::move(fresh->children));
        break;
    case Kind::Meeting:
        // Items opened are read again; the others wait until opened.
        if (node->fetched && (!node->children.empty() || fresh->itemCount > 0)) {
            std::vector<std::unique_ptr<Node>> items;
            readItems(node, items);
            mergeChildren(node, std::move(items));
        } else if (!node->fetched && fresh->itemCount == 0) {
            node->fetched = true;
        }
        node->itemCount = fresh->itemCount;
        if (hasChildren(index) != hadChildren)
            emit dataChanged(index, index);
        break;
    case Kind::Item:
        break;
    }
}

void NavigatorModel::readItems(Node *meeting, std::vector<std::unique_ptr<Node>> &into) const
{
    const auto items = m_store.agendaItems(meeting->id);
    if (!items)
        return;
    for (const AgendaItem &item : *items) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Item;
        node->id = item.id;
        node->text = itemText(item);
        node->toolTip = item.publicity == Publicity::Public
                            ? item.caseReference
                            : tr("%1 · %2").arg(Labels::publicity(item.publicity), item.confidentialityBasis.text);
        node->parent = meeting;
        into.push_back(std::move(node));
    }
}

void NavigatorModel::refreshMeeting(qint64 meetingId)
{
    const QModelIndex index = meetingIndex(meetingId);
    Node *meeting = nodeOf(index);
    if (!meeting || meeting->kind != Kind::Meeting)
        return;
    const auto stored = m_store.meeting(meetingId);
    const auto reference = stored && stored->has_value() ? m_store.meetingReference(stored->value()) : Result<QString>(QString());
    if (stored && stored->has_value() && reference) {
        meeting->text = meetingText(stored->value(), *reference);
        meeting->toolTip = meetingToolTip(stored->value());
        emit dataChanged(index, index);
    }
    if (!meeting->fetched) {
        const auto counts = m_store.agendaItemCounts();
        if (counts && counts->value(meetingId) != meeting->itemCount) {
            // Not read yet: only whether it has children can change.
            meeting->itemCount = counts->value(meetingId);
            meeting->fetched = meeting->itemCount == 0;
            emit dataChanged(index, index);
        }
        return;
    }
    std::vector<std::unique_ptr<Node>> fresh;
    readItems(meeting, fresh);
    mergeChildren(meeting, std::move(fresh));
    meeting->itemCount = int(meeting->children.size());
}

QModelIndex NavigatorModel::meetingIndex(qint64 meetingId) const
{
    for (const auto &body : m_root->children) {
        for (const auto &year : body->children) {
            for (const auto &meeting : year->children) {
                if (meeting->id == meetingId)
                    return indexOf(meeting.get());
            }
        }
    }
    return {};
}

QModelIndex NavigatorModel::itemIndex(qint64 meetingId, qint64 itemId)
{
    const QModelIndex meeting = meetingIndex(meetingId);
    if (!meeting.isValid())
        return {};
    if (canFetchMore(meeting))
        fetchMore(meeting);
    const Node *node = nodeOf(meeting);
    for (const auto &item : node->children) {
        if (item->id == itemId)
            return indexOf(item.get());
    }
    return {};
}

NavigatorModel::Node *NavigatorModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigatorModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (column != 0 || row < 0 || size_t(row) >= node->children.size())
        return {};
    return createIndex(row, 0, node->children.at(row).get());
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool NavigatorModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (node->kind == Kind::Meeting && parent.isValid())
        return node->fetched ? !node->children.empty() : node->itemCount > 0;
    return !node->children.empty();
}

bool NavigatorModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return parent.isValid() && node->kind == Kind::Meeting && !node->fetched;
}

void NavigatorModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (!canFetchMore(parent))
        return;
    node->fetched = true;
    std::vector<std::unique_ptr<Node>> items;
    readItems(node, items);
    if (items.empty())
        return;
    beginInsertRows(parent, 0, int(items.size()) - 1);
    node->children = std::move(items);
    endInsertRows();
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->text;
    case Qt::ToolTipRole:
        return node->toolTip.isEmpty() ? QVariant() : QVariant(node->toolTip);
    case Roles::NodeKind:
        return int(node->kind);
    case Roles::BodyId: {
        const Node *body = node;
        while (body->parent && body->kind != Kind::Body)
            body = body->parent;
        return body->kind == Kind::Body ? QVariant(body->id) : QVariant();
    }
    case Roles::MeetingId:
        if (node->kind == Kind::Meeting)
            return node->id;
        if (node->kind == Kind::Item)
            return node->parent->id;
        return {};
    case Roles::ItemId:
        return node->kind == Kind::Item ? QVariant(node->id) : QVariant();
    default:
        return {};
    }
}

void revealInNavigator(QTreeView *view, const QModelIndex &index)
{
    for (QModelIndex ancestor = index.parent(); ancestor.isValid(); ancestor = ancestor.parent())
        view->expand(ancestor);
    view->setCurrentIndex(index);
    view->scrollTo(index);
}
