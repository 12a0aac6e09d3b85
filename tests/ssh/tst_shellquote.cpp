// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// T18: every argument survives a shell parse byte-exact.
#include "ssh/shellquote.h"
#include "ssh/sshconnection.h"

#include <QProcess>
#include <QTest>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void joinKeepsWords();
    void rejectsNulAndLineBreaks();
    void execRefusesUnsafeArguments();
};

void TestShellQuote::roundTrip_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("semicolon") << u"a;id"_s;
    QTest::newRow("substitution") << u"$(id)"_s;
    QTest::newRow("backticks") << u"`id`"_s;
    QTest::newRow("single quote") << u"'"_s;
    QTest::newRow("quotes mixed") << u"it's \"quoted\" ''"_s;
    QTest::newRow("option injection") << u"-oProxyCommand=x"_s;
    QTest::newRow("space") << u"a b"_s;
    QTest::newRow("glob and vars") << u"* ? [a] $HOME ${x} ~root"_s;
    QTest::newRow("redirections") << u"a>b <c | d & e && f || g"_s;
    QTest::newRow("backslashes") << u"\\ \\\\ \\'"_s;
    QTest::newRow("unicode") << u"ünïcödé ✓ 日本語 🚀"_s;
    QTest::newRow("look-alikes") << u"ａ；ｉｄ ＄（ｉｄ） ‘quote’ ‐oProxyCommand"_s;
    QTest::newRow("tab") << u"a\tb"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("300 plain") << QString(300, u'x');
    QString mixed;
    while (mixed.size() < 300)
        mixed += u"'$(id)`;\" "_s;
    QTest::newRow("300 hostile") << mixed.left(300);
}

void TestShellQuote::roundTrip()
{
    QFETCH(QString, argument);
    // What sshd does with our command string: the login shell parses it.
    const QString command
        = shellJoin({u"/bin/sh"_s, u"-c"_s, u"printf %s \"$1\""_s, u"_"_s, argument});
    QProcess shell;
    shell.start(u"/bin/sh"_s, {u"-c"_s, command});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(shell.exitCode(), 0);
    QCOMPARE(shell.readAllStandardOutput(), argument.toUtf8());
    QCOMPARE(shell.readAllStandardError(), QByteArray());
}

void TestShellQuote::joinKeepsWords()
{
    QCOMPARE(shellQuote(u"a'b"_s), u"'a'\\''b'"_s);
    QCOMPARE(shellJoin({u"ls"_s, u"--"_s, u"a b"_s}), u"'ls' '--' 'a b'"_s);
    QCOMPARE(shellJoin({}), QString());
}

void TestShellQuote::rejectsNulAndLineBreaks()
{
    QString why;
    QVERIFY(!isSafeShellArgument(u"a\nb"_s, &why));
    QVERIFY(why.contains(u"line break"_s));
    QVERIFY(!isSafeShellArgument(u"a\rb"_s));
    QVERIFY(!isSafeShellArgument(u"a"_s + QChar(0) + u"b"_s, &why));
    QVERIFY(why.contains(u"NUL"_s));
    QVERIFY(isSafeShellArgument(u"a\nb"_s, nullptr, true));
    QVERIFY(!isSafeShellArgument(QString(QChar(0)), nullptr, true));
    QVERIFY(isSafeShellArgument(u"$(id) ` ' ;"_s));
}

void TestShellQuote::execRefusesUnsafeArguments()
{
    // Refused before anything is sent: no connection needed.
    SshConnection connection({u"127.0.0.1"_s, 1, u"root"_s, {}});
    const ExecResult result = connection.exec(QStringList{u"echo"_s, u"a\nid"_s});
    QVERIFY(result.error);
    QVERIFY(result.error->kind == SshError::Kind::InvalidArgument);
    const ExecResult nul = connection.exec(u"echo a"_s + QChar(0) + u"id"_s);
    QVERIFY(nul.error && nul.error->kind == SshError::Kind::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
