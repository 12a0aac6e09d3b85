// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// `bench_fanout --profile`: what one operation costs on one connection to one
// test host (wall and CPU, client + sshd), to see where the fan-out's time goes.
#include "fanoutrun.h"
#include "ssh/sshconnection.h"
#include "sshtestutil.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Clusterwright::Bench {

void profileOperations(const RunSetup &setup, int count)
{
    QTextStream out(stdout);
    SshSettings settings = setup.client->settings();
    settings.connectTimeout = 60s;
    settings.ioTimeout = 60s;
    SshConnection connection({u"127.0.0.1"_s, setup.hosts->port(0), u"root"_s, setup.client->key()},
                             settings, setup.client->trusting());
    if (std::optional<SshError> error = connection.connect()) {
        out << "profile: cannot connect: " << error->message() << Qt::endl;
        return;
    }
    const QString dir = setup.hosts->remoteDir();
    const QByteArray data = setup.work->contents.value(1); // 16 KiB
    ExecOptions root;
    root.asRoot = true;
    auto time = [&](const QString &what, const std::function<bool()> &operation) {
        setup.hosts->waitIdle(10000);
        const double hostBefore = setup.hosts->cpuSeconds();
        const double clientBefore = selfCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            if (!operation()) {
                out << "| " << what << " | failed | | |\n";
                return;
            }
        }
        const double wall = double(timer.nsecsElapsed()) / 1e6 / count;
        const double client = (selfCpuSeconds() - clientBefore) * 1000 / count;
        // The connection stays open: cpuSeconds() walks the live sshd tree.
        const double host = (setup.hosts->cpuSeconds() - hostBefore) * 1000 / count;
        out << "| " << what << " | " << QString::number(wall, 'f', 1) << " | "
            << QString::number(client, 'f', 2) << " | " << QString::number(host, 'f', 1) << " |\n";
    };
    out << "\nOne connection to one test host, mean of " << count
        << " (sshd CPU: the connection's sshd processes and the commands they ran)\n\n"
        << "| operation | wall ms | client CPU ms | sshd CPU ms |\n|---|---:|---:|---:|\n";
    time(u"exec `true`"_s, [&] { return connection.exec(u"true"_s, root).ok(); });
    time(u"exec `sleep 0.1`"_s, [&] { return connection.exec(u"sleep 0.1"_s, root).ok(); });
    time(u"exec `cat > file` with 16 KiB on stdin (what ControlMaster does)"_s, [&] {
        ExecOptions o = root;
        o.stdinData = data;
        return connection.exec(u"cat > "_s + dir + u"/p-cat"_s, o).ok();
    });
    time(u"upload() of 16 KiB (mktemp + SFTP + install/mv + rm)"_s, [&] {
        UploadSpec spec;
        spec.remotePath = dir + u"/p-upload"_s;
        return !connection.upload(data, spec);
    });
    out.flush();
}

} // namespace Clusterwright::Bench
