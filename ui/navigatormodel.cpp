#include "navigatormodel.h"

#include "labels.h"
#include "roles.h"

#include "store/store.h"

#include <QLocale>
#include <QTreeView>

#include <algorithm>
#include <vector>

struct NavigatorModel::Node
{
    Kind kind = Kind::Body;
    qint64 id = 0;               // body, meeting or item id; the year for a year
    QString text;
    QString toolTip;
    QString shortName;           // a body's, for its meetings' references
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool fetched = true;         // a year's meetings or a meeting's items have been read
    int unread = 0;              // how many there are, before they are read

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
    const auto years = m_store.meetingYears();
    for (const QString *problem : {&bodies.error(), &years.error()}) {
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
        bodyNode->shortName = body.shortName;
        bodyNode->parent = root.get();
        // Newest year first (as the store gives them): that is where the work is.
        for (const MeetingYear &year : *years) {
            if (year.bodyId != body.id)
                continue;
            auto node = std::make_unique<Node>();
            node->kind = Kind::Year;
            node->id = year.year;
            node->text = QString::number(year.year);
            node->parent = bodyNode.get();
            node->unread = year.meetings;
            node->fetched = year.meetings == 0;
            bodyNode->children.push_back(std::move(node));
        }
        root->children.push_back(std::move(bodyNode));
    }
    return root;
}

void NavigatorModel::readMeetings(Node *year, std::vector<std::unique_ptr<Node>> &into) const
{
    const Node *body = year->parent;
    const MeetingFilter filter{body->id, int(year->id)};
    const auto meetings = m_store.meetings(filter);
    const auto counts = m_store.agendaItemCounts(filter);
    if (!meetings || !counts)
        return;
    // Newest meeting first.
    for (auto meeting = meetings->crbegin(); meeting != meetings->crend(); ++meeting) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Meeting;
        node->id = meeting->id;
        node->text = meetingText(*meeting,
                                 QStringLiteral("%1 %2/%3").arg(body->shortName).arg(meeting->number).arg(meeting->year));
        node->parent = year;
        node->unread = counts->value(meeting->id);
        node->fetched = node->unread == 0;
        node->toolTip = meetingToolTip(*meeting);
        into.push_back(std::move(node));
    }
}

void NavigatorModel::readChildren(Node *node, std::vector<std::unique_ptr<Node>> &into) const
{
    if (node->kind == Kind::Year)
        readMeetings(node, into);
    else if (node->kind == Kind::Meeting)
        readItems(node, into);
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
    node->shortName = fresh->shortName;
    switch (node->kind) {
    case Kind::Body:
        mergeChildren(node, std::move(fresh->children));
        break;
    case Kind::Year:
    case Kind::Meeting:
        // What was opened is read again; the rest waits until opened.
        if (node->fetched && (!node->children.empty() || fresh->unread > 0)) {
            std::vector<std::unique_ptr<Node>> children;
            readChildren(node, children);
            mergeChildren(node, std::move(children));
        } else if (!node->fetched && fresh->unread == 0) {
            node->fetched = true;
        }
        node->unread = fresh->unread;
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
    // One whose year is not read yet is read as it stands when it is.
    Node *meeting = loadedMeeting(meetingId);
    if (!meeting)
        return;
    const QModelIndex index = indexOf(meeting);
    const auto stored = m_store.meeting(meetingId);
    const auto reference = stored && stored->has_value() ? m_store.meetingReference(stored->value()) : Result<QString>(QString());
    if (stored && stored->has_value() && reference) {
        meeting->text = meetingText(stored->value(), *reference);
        meeting->toolTip = meetingToolTip(stored->value());
        emit dataChanged(index, index);
    }
    if (!meeting->fetched) {
        const Node *year = meeting->parent;
        const auto counts = m_store.agendaItemCounts({year->parent->id, int(year->id)});
        if (counts && counts->value(meetingId) != meeting->unread) {
            // Not read yet: only whether it has children can change.
            meeting->unread = counts->value(meetingId);
            meeting->fetched = meeting->unread == 0;
            emit dataChanged(index, index);
        }
        return;
    }
    std::vector<std::unique_ptr<Node>> fresh;
    readItems(meeting, fresh);
    mergeChildren(meeting, std::move(fresh));
    meeting->unread = int(meeting->children.size());
}

NavigatorModel::Node *NavigatorModel::loadedMeeting(qint64 meetingId) const
{
    for (const auto &body : m_root->children) {
        for (const auto &year : body->children) {
            for (const auto &meeting : year->children) {
                if (meeting->id == meetingId)
                    return meeting.get();
            }
        }
    }
    return nullptr;
}

QModelIndex NavigatorModel::meetingIndex(qint64 meetingId)
{
    if (const Node *meeting = loadedMeeting(meetingId))
        return indexOf(meeting);
    // Its year, read now.
    const auto stored = m_store.meeting(meetingId);
    if (!stored || !stored->has_value())
        return {};
    for (const auto &body : m_root->children) {
        if (body->id != stored->value().bodyId)
            continue;
        for (const auto &year : body->children) {
            if (year->id == stored->value().year && !year->fetched)
                fetch(year.get());
        }
    }
    return indexOf(loadedMeeting(meetingId));
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
    if (parent.isValid() && !node->fetched)
        return node->unread > 0;
    return !node->children.empty();
}

bool NavigatorModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && !nodeOf(parent)->fetched;
}

void NavigatorModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetch(nodeOf(parent));
}

void NavigatorModel::fetch(Node *node)
{
    node->fetched = true;
    std::vector<std::unique_ptr<Node>> children;
    readChildren(node, children);
    if (children.empty())
        return;
    beginInsertRows(indexOf(node), 0, int(children.size()) - 1);
    node->children = std::move(children);
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
