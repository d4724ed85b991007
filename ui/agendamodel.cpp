#include "agendamodel.h"

#include "labels.h"
#include "roles.h"

#include "store/store.h"

#include <QIODevice>
#include <QMimeData>

namespace {

const QString mimeType = QStringLiteral("application/x-pykala-agenda-item");

} // namespace

AgendaModel::AgendaModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

bool AgendaModel::setMeeting(qint64 meetingId, QString *error)
{
    m_meetingId = meetingId;
    return reload(error);
}

bool AgendaModel::reload(QString *error)
{
    QList<AgendaItem> items;
    bool reorderable = false;
    if (m_meetingId) {
        const auto stored = m_store.agendaItems(m_meetingId);
        const auto meeting = m_store.meeting(m_meetingId);
        const auto events = m_store.meetingEvents(m_meetingId);
        for (const QString *problem : {&stored.error(), &meeting.error(), &events.error()}) {
            if (!problem->isEmpty()) {
                *error = *problem;
                return false;
            }
        }
        items = *stored;
        reorderable = meeting->has_value() && !meeting->value().actualStart.isValid() && events->isEmpty()
                      && (meeting->value().state == MeetingState::Planned
                          || meeting->value().state == MeetingState::Convened);
    }
    beginResetModel();
    m_items = items;
    m_reorderable = reorderable;
    endResetModel();
    return true;
}

qint64 AgendaModel::itemId(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : 0;
}

int AgendaModel::rowOf(qint64 itemId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == itemId)
            return row;
    }
    return -1;
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const AgendaItem &item = m_items.at(index.row());
    if (role == Roles::ItemId)
        return item.id;
    if (role == Qt::ToolTipRole && index.column() == Title)
        return item.caseReference.isEmpty() ? QVariant() : QVariant(item.caseReference);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Number:
        return item.sectionNumber ? tr("§ %1").arg(*item.sectionNumber) : QString::number(item.position);
    case Title:
        return item.title;
    case Preparers: {
        QStringList names;
        for (const Preparer &preparer : item.preparers)
            names << preparer.name;
        return names.join(QStringLiteral(", "));
    }
    case Publicity:
        return Labels::publicity(item.publicity);
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("§");
    case Title: return tr("Title");
    case Preparers: return tr("Preparers");
    case Publicity: return tr("Publicity");
    default: return {};
    }
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_reorderable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_reorderable)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions AgendaModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType, QByteArray::number(itemId(indexes.first().row())));
    return data;
}

bool AgendaModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return m_reorderable && action == Qt::MoveAction && data->hasFormat(mimeType)
           && rowOf(data->data(mimeType).toLongLong()) >= 0;
}

bool AgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int from = rowOf(data->data(mimeType).toLongLong());
    // Dropped on an item: before it; between items: at `row`; below all: last.
    int to = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_items.size());
    if (to > from)
        --to; // the item leaves its own place first
    // The view must not remove the dragged row afterwards: the move is done.
    moveItem(from, to);
    return false;
}

bool AgendaModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                           const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || !m_reorderable)
        return false;
    if (sourceRow < 0 || sourceRow >= m_items.size() || destinationChild < 0 || destinationChild > m_items.size())
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    return moveItem(sourceRow, to);
}

bool AgendaModel::moveItem(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= m_items.size() || to >= m_items.size())
        return false;
    if (const auto moved = m_store.moveAgendaItem(m_items.at(from).id, to + 1); !moved) {
        m_lastError = moved.error();
        emit moveFailed(moved.error());
        return false;
    }
    // The store has the new order; the model follows it row by row.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_items.move(from, to);
    for (int i = 0; i < m_items.size(); ++i)
        m_items[i].position = i + 1;
    endMoveRows();
    emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
    return true;
}
