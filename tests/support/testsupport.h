#pragma once

#include "store/store.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A fresh folder per test, removed afterwards.
class TestDir
{
public:
    TestDir();
    QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

// Opens (creating) a store at path; fails the test when that fails.
std::unique_ptr<Store> createStore(const QString &path);
std::unique_ptr<Store> openStore(const QString &path, Store::Mode mode = Store::Mode::OpenExisting);

// SHA-256 of a file's bytes, to prove a file was left untouched.
QByteArray fileDigest(const QString &path);
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &data);

// A small, complete data set: an organisation, a board with members and a
// deputy, one meeting with two items (one confidential) and an attachment.
struct Sample
{
    qint64 body = 0;
    qint64 chair = 0;
    qint64 member = 0;
    qint64 deputy = 0;
    qint64 meeting = 0;
    qint64 publicItem = 0;
    qint64 confidentialItem = 0;
    qint64 attachment = 0;
};
Sample addSample(Store &store);

// Writes a store with the sample at path and closes it, so that the file
// itself holds everything (the WAL checkpointed).
Sample writeSampleStore(const QString &path);

// A plain SQLite connection beside the store, for what Pykälä never does
// itself: tampering with records, holding a lock.
class RawConnection
{
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();
    bool exec(const QString &sql);
    QVariant value(const QString &sql);

private:
    QString m_name;
};

// Runs pykala-cli; returns the exit code and fills stdout and stderr.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList &arguments, const QByteArray &input = {},
              const QStringList &environment = {});
