// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Secret prompts of a real deploy: key passphrase (cached per run, asked
// again after a wrong one), password and sudo password come up as the real
// SecretDialog on the GUI thread through DeployController, are answered by
// typing into it, and never reach the journal or the events. Cancel while
// the dialog is open. Every sshd listens on 127.0.0.1 only.
#include "deploy/deploycontroller.h"
#include "deploy/secretdialog.h"
#include "runner/runner.h"
#include "runnertestutil.h"
#include "sshtestutil.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Clusterwright {
using namespace Test;

namespace {

const QString kPassphrase = u"correct horse battery"_s;
const QString kPassword = u"s3cret-Pa55word"_s;
const QString kSudoPassword = u"sudo-pw-7c1e"_s;

// Plays the user: finds the secret dialog that is up (polled, as a user would
// see it), notes what it says, types the next answer and clicks OK.
class FakeUser : public QObject
{
public:
    explicit FakeUser(QStringList answers)
        : m_answers(std::move(answers))
    {
        connect(&m_timer, &QTimer::timeout, this, &FakeUser::poll);
        m_timer.start(20);
    }
    QStringList texts;   // every label of each dialog seen
    QStringList titles;  // window titles
    bool echoOff = true; // every field hid what was typed
    // Set: called with the open dialog instead of answering it.
    std::function<void(SecretDialog *)> instead;

    void record(SecretDialog *dialog)
    {
        QStringList labels;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            labels.append(label->text());
        texts.append(labels.join(u'\n'));
        titles.append(dialog->windowTitle());
        echoOff = echoOff && dialog->field()->echoMode() == QLineEdit::Password;
    }

private:
    void poll()
    {
        auto *dialog = qobject_cast<SecretDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        if (instead)
            return instead(dialog);
        record(dialog);
        QTest::keyClicks(dialog->field(), m_answers.value(texts.size() - 1));
        // accept() hides the dialog at once: the next poll cannot see it again.
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

    QStringList m_answers;
    QTimer m_timer;
};

Plan makePlan(QList<PlanStep> steps)
{
    Plan plan;
    plan.steps = std::move(steps);
    QString error;
    if (!sortSteps(&plan.steps, &error))
        qFatal("bad test plan: %s", qPrintable(error));
    return plan;
}

// All the words a run's events carry.
QString eventText(const RunEvent &event)
{
    return std::visit(
        [](const auto &e) -> QString {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, StepOutput>)
                return e.line;
            else if constexpr (std::is_same_v<T, StepNotice>)
                return e.text;
            else if constexpr (std::is_same_v<T, StepFinished>)
                return e.message + u'\n' + e.command + u'\n' + e.lastLines.join(u'\n');
            else if constexpr (std::is_same_v<T, RunFinished>)
                return e.summary;
            else
                return QString();
        },
        event);
}

} // namespace

class TestDeployPrompts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyPassphraseAskedThroughDialog();
    void wrongPassphraseAsksAgain();
    void passwordAuthThroughDialog();
    void sudoPasswordThroughDialog();
    void cancelWhileDialogOpen();

private:
    struct Run
    {
        RunFinished result;
        QList<RunEvent> events;
        QList<SecretPrompt> prompts;
        bool onGuiThread = true;
    };
    // Starts a real deploy whose secret handler shows the real dialog, as
    // DeployActions does; false when `finished` did not come within the limit.
    bool deploy(DeployController *controller, const Plan &plan,
                const QList<const SshdFixture *> &nodes, const QString &name,
                const QString &identity, SshSettings ssh, Run *run);
    // The secret is in no file under the run's directory and in no event.
    void verifySecretKept(const Run &run, const QString &outputDir, const QString &secret);
    QString work(const QString &name) const { return m_work.filePath(name); }

    SshdFixture m_sshd[2]; // both authorize the encrypted key
    SshClientSide m_client;
    QTemporaryDir m_work;
    QString m_encryptedKey;
    QWidget m_window; // the dialogs' parent, as the main window is
};

void TestDeployPrompts::initTestCase()
{
    CW_REQUIRE_SSHD(false);
    QVERIFY(m_work.isValid());
    QVERIFY(m_client.isValid());
    m_encryptedKey = work(u"id_encrypted"_s);
    QVERIFY(makeKey(m_encryptedKey, u"ed25519"_s, kPassphrase));
    for (SshdFixture &sshd : m_sshd) {
        QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
        QVERIFY(sshd.authorize(m_encryptedKey + u".pub"_s));
    }
    m_window.show();
}

bool TestDeployPrompts::deploy(DeployController *controller, const Plan &plan,
                               const QList<const SshdFixture *> &nodes, const QString &name,
                               const QString &identity, SshSettings ssh, Run *run)
{
    controller->secretHandler = [this, run, controller](const SecretPrompt &prompt) {
        run->prompts.append(prompt);
        run->onGuiThread = run->onGuiThread && QThread::currentThread() == qApp->thread();
        return SecretDialog::ask(prompt, &m_window, controller);
    };
    connect(controller, &DeployController::eventsArrived, this,
            [run](const QList<RunEvent> &events) { run->events += events; });
    QHash<QString, NodeAccess> access;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        NodeAccess a;
        a.node = QString(QChar(char16_t(u'a' + i)));
        a.target = targetOf(*nodes[i]);
        access.insert(a.node, a);
    }
    DeployController::Settings settings;
    settings.defaultIdentityFile = identity;
    settings.acceptNewHostKeys = true; // host keys are tst_deploycontroller's business
    QSignalSpy finished(controller, &DeployController::finished);
    QString error;
    if (!controller->startPlan(plan, access, work(name), DeployController::Mode::Deploy, settings,
                               false, &error, ssh)) {
        qWarning("startPlan: %s", qPrintable(error));
        return false;
    }
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    run->result = finished.first().first().value<RunFinished>();
    return true;
}

void TestDeployPrompts::verifySecretKept(const Run &run, const QString &outputDir,
                                         const QString &secret)
{
    QVERIFY(QFile::exists(run.result.journalPath));
    QVERIFY(run.result.journalPath.startsWith(outputDir));
    int files = 0;
    QDirIterator it(outputDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files > 0);
    QVERIFY(!run.events.isEmpty());
    for (const RunEvent &event : run.events)
        QVERIFY(!eventText(event).contains(secret));
}

void TestDeployPrompts::keyPassphraseAskedThroughDialog()
{
    // Two nodes, one key: asked once, the cached answer serves the other node.
    const QString markerA = m_sshd[0].dir() + u"/passphrase-a"_s;
    const QString markerB = m_sshd[1].dir() + u"/passphrase-b"_s;
    const Plan plan
        = makePlan({connectStep(u"a"_s), connectStep(u"b"_s),
                    shellStep(u"a/touch"_s, {u"a/connect"_s}, u"touch "_s + shellQuote(markerA)),
                    shellStep(u"b/touch"_s, {u"b/connect"_s}, u"touch "_s + shellQuote(markerB))});
    DeployController controller;
    FakeUser user({kPassphrase});
    Run run;
    QVERIFY(deploy(&controller, plan, {&m_sshd[0], &m_sshd[1]}, u"passphrase.deploy"_s,
                   m_encryptedKey, m_client.settings(), &run));
    QVERIFY2(run.result.outcome == RunOutcome::Succeeded, qPrintable(run.result.summary));
    QVERIFY(QFile::exists(markerA));
    QVERIFY(QFile::exists(markerB));
    QCOMPARE(run.prompts.size(), 1);
    QVERIFY(run.prompts.first().kind == SecretKind::KeyPassphrase);
    QCOMPARE(run.prompts.first().keyFile, m_encryptedKey);
    QVERIFY(run.onGuiThread);
    QCOMPARE(user.texts.size(), 1);
    QVERIFY2(user.texts.first().contains(m_encryptedKey), qPrintable(user.texts.first()));
    QVERIFY(user.echoOff);
    verifySecretKept(run, work(u"passphrase.deploy"_s), kPassphrase);
}

void TestDeployPrompts::wrongPassphraseAsksAgain()
{
    const QString marker = m_sshd[0].dir() + u"/second-try"_s;
    const Plan plan = makePlan({connectStep(u"a"_s), shellStep(u"a/touch"_s, {u"a/connect"_s},
                                                               u"touch "_s + shellQuote(marker))});
    DeployController controller;
    FakeUser user({u"not the passphrase"_s, kPassphrase});
    Run run;
    QVERIFY(deploy(&controller, plan, {&m_sshd[0]}, u"retry.deploy"_s, m_encryptedKey,
                   m_client.settings(), &run));
    QVERIFY2(run.result.outcome == RunOutcome::Succeeded, qPrintable(run.result.summary));
    QVERIFY(QFile::exists(marker));
    QCOMPARE(run.prompts.size(), 2);
    QCOMPARE(run.prompts.at(1).attempt, 2);
    QCOMPARE(user.texts.size(), 2);
    QVERIFY(!user.texts.at(0).contains(u"not accepted"_s));
    QVERIFY2(user.texts.at(1).contains(u"not accepted"_s), qPrintable(user.texts.at(1)));
    QVERIFY(run.onGuiThread);
}

void TestDeployPrompts::passwordAuthThroughDialog()
{
    SshdFixture sshd; // root's test password in a private /etc/shadow
    QVERIFY2(sshd.startWithRootPassword(kPassword), qPrintable(sshd.errorString()));

    const QString marker = sshd.dir() + u"/by-password"_s;
    const Plan plan = makePlan({connectStep(u"a"_s), shellStep(u"a/touch"_s, {u"a/connect"_s},
                                                               u"touch "_s + shellQuote(marker))});
    DeployController controller;
    FakeUser user({kPassword});
    Run run;
    // The client's key is not authorized here: only the password gets in.
    QVERIFY(deploy(&controller, plan, {&sshd}, u"password.deploy"_s, m_client.key(),
                   m_client.settings(), &run));
    QVERIFY2(run.result.outcome == RunOutcome::Succeeded, qPrintable(run.result.summary));
    QVERIFY(QFile::exists(marker));
    const QString endpoint = u"root@127.0.0.1:%1"_s.arg(sshd.port());
    QCOMPARE(run.prompts.size(), 1);
    QVERIFY(run.prompts.first().kind == SecretKind::Password);
    QCOMPARE(run.prompts.first().endpoint, endpoint);
    QCOMPARE(user.texts.size(), 1);
    QVERIFY2(user.texts.first().contains(endpoint), qPrintable(user.texts.first()));
    QVERIFY(user.echoOff);
    QVERIFY(run.onGuiThread);
    verifySecretKept(run, work(u"password.deploy"_s), kPassword);
}

void TestDeployPrompts::sudoPasswordThroughDialog()
{
    SshdFixture sshd;
    QVERIFY2(sshd.startWithFakeSudo(kSudoPassword), qPrintable(sshd.errorString()));
    QVERIFY(sshd.authorize(m_client.key() + u".pub"_s));

    const QString marker = sshd.dir() + u"/via-sudo"_s;
    const Plan plan = makePlan({connectStep(u"a"_s), shellStep(u"a/touch"_s, {u"a/connect"_s},
                                                               u"touch "_s + shellQuote(marker))});
    SshSettings ssh = m_client.settings();
    ssh.sudo = SudoMode::Always;
    DeployController controller;
    FakeUser user({kSudoPassword});
    Run run;
    QVERIFY(deploy(&controller, plan, {&sshd}, u"sudo.deploy"_s, m_client.key(), ssh, &run));
    QVERIFY2(run.result.outcome == RunOutcome::Succeeded, qPrintable(run.result.summary));
    QVERIFY(QFile::exists(marker));
    QCOMPARE(run.prompts.size(), 1); // then remembered by the connection
    QVERIFY(run.prompts.first().kind == SecretKind::SudoPassword);
    QCOMPARE(user.titles, QStringList{SecretDialog::tr("sudo password")});
    QVERIFY2(user.texts.first().contains(u"sudo password on root@127.0.0.1:%1"_s.arg(sshd.port())),
             qPrintable(user.texts.first()));
    QVERIFY(run.onGuiThread);
    // The touch ran through sudo; the password went to its stdin only.
    QFile log(sshd.dir() + u"/sudo.log"_s);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray calls = log.readAll();
    QVERIFY2(calls.contains("-S -p  -k -- /bin/sh -c touch " + shellQuote(marker).toUtf8()),
             calls.constData());
    QVERIFY(!calls.contains(kSudoPassword.toUtf8()));
    verifySecretKept(run, work(u"sudo.deploy"_s), kSudoPassword);
}

void TestDeployPrompts::cancelWhileDialogOpen()
{
    const Plan plan
        = makePlan({connectStep(u"a"_s), shellStep(u"a/never"_s, {u"a/connect"_s}, u"true"_s)});
    DeployController controller;
    QSignalSpy finished(&controller, &DeployController::finished);
    bool cancelled = false;
    bool closedByUser = false;
    QDeadlineTimer giveUp;
    FakeUser user({});
    user.instead = [&](SecretDialog *dialog) {
        if (!cancelled) {
            user.record(dialog);
            cancelled = true;
            giveUp.setRemainingTime(30000);
            controller.cancel(); // the dialog is still open: no answer is coming
        } else if (giveUp.hasExpired()) {
            closedByUser = true; // the withdrawal did not close it (bounded)
            dialog->reject();
        }
    };
    Run run;
    QVERIFY(deploy(&controller, plan, {&m_sshd[0]}, u"cancel.deploy"_s, m_encryptedKey,
                   m_client.settings(), &run));
    QVERIFY(run.result.outcome == RunOutcome::Cancelled);
    QVERIFY(!controller.isRunning());
    QCOMPARE(run.prompts.size(), 1);
    QCOMPARE(user.texts.size(), 1);
    // The cancel withdrew the prompt: the dialog closed by itself.
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() == nullptr, 5000);
    QVERIFY(!closedByUser);
    QVERIFY(run.onGuiThread);
    QString error;
    std::optional<JournalSummary> journal = readJournal(run.result.journalPath, &error);
    QVERIFY2(journal, qPrintable(error));
    QCOMPARE(journal->outcome, u"cancelled"_s);
}

} // namespace Clusterwright

QTEST_MAIN(Clusterwright::TestDeployPrompts)
#include "tst_deployprompts.moc"
