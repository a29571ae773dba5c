#include "demo/demotenant.h"
#include "mainwindow.h"
#include "resultview.h"
#include "session/customersession.h"
#include "vault/memoryvault.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A certificate failure in the real main window: the Problem tab shows the certificate's details, and
// nothing anywhere offers to ignore it; the profile's CA file is the only way to trust a private CA.
class TestTlsFailureView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untrustedCertificateIsShownNeverIgnored();

private:
    AuthTicketResult login(MainWindow& window, const KiboProfile& profile);
};

void TestTlsFailureView::initTestCase()
{
    QCoreApplication::setOrganizationName(u"io.github.kibotokeninspector.tests"_s);
    QCoreApplication::setApplicationName(u"testtlsfailureview"_s);
    QSettings().clear();
    qRegisterMetaType<AuthTicketResult>();
}

AuthTicketResult TestTlsFailureView::login(MainWindow& window, const KiboProfile& profile)
{
    CustomerSession* session = window.currentSession();
    session->setProfile(profile, DemoTenant::sharedSecret());
    QSignalSpy shown(&window, &MainWindow::loginFinished);
    QSignalSpy answered(session, &CustomerSession::resultReady);
    CustomerLoginRequest request;
    request.username = u"ada.lovelace@example.com"_s;
    request.password = DemoTenant::defaultPassword();
    session->login(request);
    [&] {
        QVERIFY(answered.wait(20'000));
        QTRY_VERIFY(!shown.isEmpty());
    }();
    return answered.isEmpty() ? AuthTicketResult {} : answered.first().first().value<AuthTicketResult>();
}

void TestTlsFailureView::untrustedCertificateIsShownNeverIgnored()
{
    QTemporaryDir tlsDir;
    QVERIFY(tlsDir.isValid());
    DemoTenant tenant;
    QVERIFY2(tenant.listenTls(tlsDir.path()), qPrintable(tenant.errorString()));
    MainWindow window;
    window.setVault(std::make_unique<MemoryVault>());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    KiboProfile profile = KiboProfile::demo(tenant.baseUrl());
    const AuthTicketResult failed = login(window, profile);
    QCOMPARE(failed.error.kind, KiboError::Kind::Tls);
    QVERIFY(!failed.ticket);

    QTRY_COMPARE(window.resultView()->currentTab(), ResultView::Tab::Problem);
    auto* details = window.findChild<QLabel*>(u"tlsDetailsLabel"_s);
    QVERIFY(details);
    QTRY_VERIFY(details->isVisible());
    for (const QString& part : { u"does not trust"_s, u"Subject: localhost"_s,
             u"Issuer: Kibo Token Inspector demo CA"_s, u"Valid from "_s, u"SHA-256 fingerprint: "_s }) {
        QVERIFY2(details->text().contains(part), qPrintable(details->text()));
    }

    // No button or menu entry offers a way around the certificate check.
    static const QRegularExpression wayAround(u"ignore|anyway|proceed|trust (this|the) (server|certificate)|"
                                              "accept (this|the) certificate|add (an )?exception"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (const QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        QVERIFY2(!button->text().remove(u'&').contains(wayAround), qPrintable(button->text()));
    }
    for (const QAction* action : window.findChildren<QAction*>()) {
        QVERIFY2(!action->text().remove(u'&').contains(wayAround), qPrintable(action->text()));
    }

    // The profile's CA file is the way: the same window and session now log in.
    profile.caBundlePath = tlsDir.filePath(u"ca.pem"_s);
    const AuthTicketResult trusted = login(window, profile);
    QVERIFY2(trusted.ticket, qPrintable(trusted.error.tlsDetails));
    QTRY_VERIFY(!details->isVisible());
}

QTEST_MAIN(TestTlsFailureView)
#include "testtlsfailureview.moc"
