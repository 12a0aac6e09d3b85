// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Authentication of SshSession: agent, key files, keyboard-interactive and
// password, each tried once; secrets come from the caller's callback only.
#include "ssh/sshsession_p.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Clusterwright {

namespace {

QString methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names.append(u"publickey"_s);
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names.append(u"keyboard-interactive"_s);
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names.append(u"password"_s);
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names.append(u"gssapi-with-mic"_s);
    return names.isEmpty() ? u"none"_s : names.join(u", "_s);
}

void wipe(QByteArray &bytes)
{
    std::memset(bytes.data(), 0, size_t(bytes.size()));
    bytes.clear();
}

} // namespace

std::optional<QString> SshSession::askSecret(SecretKind kind, const QString &prompt, bool echo,
                                             int attempt, const QString &keyFile)
{
    if (!m_context.callbacks.secret)
        return std::nullopt;
    QElapsedTimer waited;
    waited.start();
    SecretPrompt request{kind, m_endpoint, m_context.bastion, prompt, keyFile, echo, attempt};
    std::optional<QString> answer = m_context.callbacks.secret(request);
    // Time spent with the user does not count against the connect timeout.
    m_deadline.setPreciseRemainingTime(0, m_deadline.remainingTimeNSecs() + waited.nsecsElapsed());
    return answer;
}

int SshSession::passphraseCallback(const char *, char *buf, size_t len, int echo, int,
                                   void *userdata)
{
    auto *self = static_cast<SshSession *>(userdata);
    self->m_passphraseAsked = true;
    const std::optional<QString> answer
        = self->askSecret(SecretKind::KeyPassphrase, u"Passphrase for %1"_s.arg(self->m_keyFile),
                          echo != 0, self->m_passphraseAttempt, self->m_keyFile);
    if (!answer) {
        self->m_passphraseDeclined = true;
        return -1;
    }
    QByteArray bytes = answer->toUtf8();
    const bool fits = size_t(bytes.size()) < len;
    if (fits) {
        std::memcpy(buf, bytes.constData(), size_t(bytes.size()));
        buf[bytes.size()] = '\0';
    }
    wipe(bytes);
    return fits ? 0 : -1;
}

int SshSession::tryKeyFile(const QString &path, QString *note)
{
    std::optional<SshError> failure;
    ssh_key publicKey = nullptr;
    if (ssh_pki_import_pubkey_file((path + u".pub"_s).toUtf8().constData(), &publicKey) == SSH_OK) {
        // Ask the server first, so a passphrase is only requested for a key
        // it would accept.
        const int offered
            = drive([&] { return ssh_userauth_try_publickey(m_session, nullptr, publicKey); },
                    SSH_AUTH_AGAIN, m_deadline, &failure, u"authentication"_s);
        ssh_key_free(publicKey);
        if (offered != SSH_AUTH_SUCCESS) {
            *note = u"not accepted"_s;
            return offered;
        }
    }
    ssh_key privateKey = nullptr;
    m_keyFile = path;
    m_passphraseDeclined = false;
    for (m_passphraseAttempt = 1; m_passphraseAttempt <= 3; ++m_passphraseAttempt) {
        m_passphraseAsked = false;
        if (ssh_pki_import_privkey_file(path.toUtf8().constData(), nullptr,
                                        &SshSession::passphraseCallback, this, &privateKey)
            == SSH_OK)
            break;
        privateKey = nullptr;
        if (!m_passphraseAsked || m_passphraseDeclined)
            break;
    }
    if (!privateKey) {
        *note = m_passphraseDeclined ? u"no passphrase given"_s
                : m_passphraseAsked  ? u"wrong passphrase"_s
                                     : u"unreadable key"_s;
        return SSH_AUTH_DENIED;
    }
    const int rc = drive([&] { return ssh_userauth_publickey(m_session, nullptr, privateKey); },
                         SSH_AUTH_AGAIN, m_deadline, &failure, u"authentication"_s);
    ssh_key_free(privateKey);
    if (rc != SSH_AUTH_SUCCESS)
        *note = u"rejected"_s;
    return rc;
}

int SshSession::keyboardInteractive(std::optional<SshError> *failure)
{
    auto step = [&] {
        return drive([&] { return ssh_userauth_kbdint(m_session, nullptr, nullptr); },
                     SSH_AUTH_AGAIN, m_deadline, failure, u"authentication"_s);
    };
    int rc = step();
    // Servers may send empty info requests; bound the rounds anyway.
    for (int round = 0; rc == SSH_AUTH_INFO && round < 8; ++round) {
        const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            const char *text = ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo);
            const std::optional<QString> answer = askSecret(
                SecretKind::KeyboardInteractive, QString::fromUtf8(text ? text : ""), echo != 0);
            if (!answer)
                return SSH_AUTH_DENIED;
            QByteArray bytes = answer->toUtf8();
            ssh_userauth_kbdint_setanswer(m_session, unsigned(i), bytes.constData());
            wipe(bytes);
        }
        rc = step();
    }
    return rc;
}

std::optional<SshError> SshSession::authenticate()
{
    std::optional<SshError> failure;
    int rc = drive([this] { return ssh_userauth_none(m_session, nullptr); }, SSH_AUTH_AGAIN,
                   m_deadline, &failure, u"authentication"_s);
    if (failure)
        return failure;
    if (rc == SSH_AUTH_SUCCESS)
        return std::nullopt;
    if (rc == SSH_AUTH_ERROR)
        return lostError(u"authentication"_s);
    const int methods = ssh_userauth_list(m_session, nullptr);
    QStringList tried;
    auto settle = [&](int result, const QString &method) -> std::optional<bool> {
        if (failure)
            return false;
        if (result == SSH_AUTH_SUCCESS)
            return true;
        if (result == SSH_AUTH_ERROR) {
            failure = lostError(u"authentication (%1)"_s.arg(method));
            return false;
        }
        return std::nullopt; // denied or partial: go on with the next method
    };

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        const QString agent = m_context.settings.agentSocket.isEmpty()
                                  ? qEnvironmentVariable("SSH_AUTH_SOCK")
                                  : m_context.settings.agentSocket;
        if (m_context.settings.useAgent && !agent.isEmpty() && QFileInfo::exists(agent)) {
            rc = drive([this] { return ssh_userauth_agent(m_session, nullptr); }, SSH_AUTH_AGAIN,
                       m_deadline, &failure, u"authentication"_s);
            tried.append(u"agent"_s);
            if (std::optional<bool> done = settle(rc, u"agent"_s))
                return *done ? std::nullopt : failure;
        }
        for (const QString &path : std::as_const(m_identities)) {
            if (!QFileInfo::exists(path))
                continue;
            QString note;
            rc = tryKeyFile(path, &note);
            tried.append(note.isEmpty() ? u"key %1"_s.arg(path) : u"key %1 (%2)"_s.arg(path, note));
            if (std::optional<bool> done = settle(rc, u"publickey"_s))
                return *done ? std::nullopt : failure;
        }
    }
    if (methods & SSH_AUTH_METHOD_INTERACTIVE && m_context.callbacks.secret) {
        rc = keyboardInteractive(&failure);
        tried.append(u"keyboard-interactive"_s);
        if (std::optional<bool> done = settle(rc, u"keyboard-interactive"_s))
            return *done ? std::nullopt : failure;
    }
    if (methods & SSH_AUTH_METHOD_PASSWORD && m_context.callbacks.secret) {
        if (const std::optional<QString> password
            = askSecret(SecretKind::Password, u"Password for %1"_s.arg(m_endpoint), false)) {
            QByteArray bytes = password->toUtf8();
            rc = drive([&] { return ssh_userauth_password(m_session, nullptr, bytes.constData()); },
                       SSH_AUTH_AGAIN, m_deadline, &failure, u"authentication"_s);
            wipe(bytes);
            tried.append(u"password"_s);
            if (std::optional<bool> done = settle(rc, u"password"_s))
                return *done ? std::nullopt : failure;
        } else {
            tried.append(u"password (none given)"_s);
        }
    }
    return error(SshError::Kind::AuthFailed,
                 u"authentication failed for %1 (tried: %2; the server accepts: %3)"_s.arg(
                     m_endpoint, tried.isEmpty() ? u"nothing"_s : tried.join(u", "_s),
                     methodNames(methods)));
}

} // namespace Clusterwright
