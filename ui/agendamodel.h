#pragma once

#include "model/agendaitem.h"

#include <QAbstractTableModel>

class Store;

// A meeting's agenda as a table: place or §, title, preparers, publicity.
// Before the meeting opens, items are reordered by dragging them (or with
// moveRows); each move goes through the store at once.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Title, Preparers, Publicity, ColumnCount };

    explicit AgendaModel(Store &store, QObject *parent = nullptr);

    // Shows a meeting's agenda (0: none); false with the store's message.
    bool setMeeting(qint64 meetingId, QString *error);
    bool reload(QString *error);
    qint64 meetingId() const { return m_meetingId; }
    // Whether the agenda may still be reordered (the meeting not opened).
    bool reorderable() const { return m_reorderable; }
    qint64 itemId(int row) const;
    int rowOf(qint64 itemId) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

signals:
    // A move the store refused.
    void moveFailed(const QString &message);

private:
    bool moveItem(int from, int to);

    Store &m_store;
    qint64 m_meetingId = 0;
    bool m_reorderable = false;
    QList<AgendaItem> m_items;
    QString m_lastError;
};
