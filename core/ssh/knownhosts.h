// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Clusterwright {

// A server's public host key as it appears in a known_hosts line.
struct HostKey
{
    QString hostName; // known_hosts form: "host", or "[host]:port" when port != 22
    QString type;     // "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", ...
    QString base64;   // the key blob, base64 as in known_hosts

    // "SHA256:..." exactly as `ssh-keygen -lf` prints it.
    QString fingerprint() const;
    QString knownHostsLine() const;
};

// Reads and edits OpenSSH known_hosts files ourselves, so the user's file,
// Clusterwright's own file and the global file are checked with one rule and
// a stale key can be removed (libssh 0.10 can only append). Understands
// hashed "|1|salt|hash" hosts, comma lists, wildcards, negation and markers.
class KnownHosts
{
public:
    enum class Status {
        Known,       // some line holds exactly this key
        Unknown,     // no line for this host
        Changed,     // the host is known with another key of the same type
        TypeChanged, // the host is known only with keys of other types
        Revoked      // an @revoked line names this key
    };

    struct Entry
    {
        QString file;
        int line = 0; // 1-based
        QString type;
        QString fingerprint;
        bool hashed = false;
        bool byPattern = false; // matched through a wildcard; never removed
    };

    struct Check
    {
        Status status = Status::Unknown;
        QList<Entry> entries; // every line for this host
        QStringList knownFingerprints() const;
    };

    // userFile: ~/.ssh/known_hosts (or UserKnownHostsFile); appFile:
    // Clusterwright's file, where accepted keys are saved (may be empty: then
    // the user file is used); globalFile: read-only.
    KnownHosts(QString userFile, QString appFile, QString globalFile = {});

    static QString hostName(const QString &host, int port);
    static QString fingerprint(const QString &base64Blob);

    Check check(const HostKey &key) const;
    QList<Entry> find(const QString &hostName) const;

    // Appends the key to the save file (creating it and its directory 0700).
    bool add(const HostKey &key, QString *error = nullptr) const;
    // Removes every line naming hostName (plain or hashed) from the user and
    // app files, like `ssh-keygen -R`. Returns the number removed, or -1.
    int remove(const QString &hostName, QString *error = nullptr) const;
    // "This machine was re-created": remove the stale lines, trust this key.
    bool replace(const HostKey &key, QString *error = nullptr) const;

    QString saveFile() const;
    QStringList files() const; // readable files, global first

private:
    QString m_userFile;
    QString m_appFile;
    QString m_globalFile;
};

} // namespace Clusterwright
