// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/enums.h"
#include "model/sourcemap.h"
#include "model/topology.h"

#include <QObject>
#include <QPointF>

#include <optional>

namespace Clusterwright {

// Owns one topology and is the only way to change it. Every mutation emits an
// about-to signal before and a did signal after, so views, the validator and the
// dashboard follow edits without polling; undo commands wrap these calls.
class TopologyDocument : public QObject
{
    Q_OBJECT

public:
    explicit TopologyDocument(QObject *parent = nullptr);

    const Topology &topology() const { return m_topology; }
    const SourceMap &sourceMap() const { return m_sourceMap; }
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    // Bumped by every mutation; lets background work tell if its input is stale.
    quint64 revision() const { return m_revision; }

    void reset(const Topology &topology, const SourceMap &sourceMap = {});

    void setMetadata(const Metadata &metadata);
    void setCluster(const ClusterSettings &cluster);
    void setNodePosition(const QString &node, std::optional<QPointF> position);

    void insertHost(int index, const Host &host);
    void removeHost(int index);
    void setHost(int index, const Host &host);
    void insertNetwork(int index, const Network &network);
    void removeNetwork(int index);
    void setNetwork(int index, const Network &network);
    void insertNode(int index, const Node &node);
    void removeNode(int index);
    void setNode(int index, const Node &node);
    void insertVip(int index, const Vip &vip);
    void removeVip(int index);
    void setVip(int index, const Vip &vip);
    void insertStorage(int index, const Storage &storage);
    void removeStorage(int index);
    void setStorage(int index, const Storage &storage);

    int count(ObjectKind kind) const;
    QString objectName(ObjectKind kind, int index) const;

signals:
    void aboutToReset();
    void resetDone();
    void objectAboutToBeInserted(Clusterwright::ObjectKind kind, int index);
    void objectInserted(Clusterwright::ObjectKind kind, int index);
    void objectAboutToBeRemoved(Clusterwright::ObjectKind kind, int index);
    void objectRemoved(Clusterwright::ObjectKind kind, int index);
    void objectAboutToChange(Clusterwright::ObjectKind kind, int index);
    void objectChanged(Clusterwright::ObjectKind kind, int index);
    void metadataChanged();
    void clusterChanged();
    void nodePositionChanged(const QString &node);
    void filePathChanged(const QString &path);
    // After any change at all, for consumers that just re-read everything.
    void changed();

private:
    template<typename T>
    void insertInto(QList<T> &list, ObjectKind kind, int index, const T &value);
    template<typename T>
    void removeFrom(QList<T> &list, ObjectKind kind, int index);
    template<typename T>
    void replaceIn(QList<T> &list, ObjectKind kind, int index, const T &value);
    void touch();

    Topology m_topology;
    SourceMap m_sourceMap;
    QString m_filePath;
    quint64 m_revision = 0;
};

} // namespace Clusterwright
