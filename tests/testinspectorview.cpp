// The token inspector with real widgets: a JWT issued by the in-process demo tenant over loopback HTTP, typed
// or pasted; broken, encrypted and unsigned tokens; a whole auth ticket; and real signature checks with the
// demo's key, with key files made by the openssl command line (tests/data/jws) and with a JWK Set served on
// loopback.
#include "clock.h"
#include "demo/demotenant.h"
#include "helpers/faultserver.h"
#include "inspectorview.h"
#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"
#include "mainwindow.h"
#include "vault/memoryvault.h"

#include "json/jsontreemodel.h"
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFontInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FaultServer::Reply)

namespace {

QString base64Url(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The row of `path` in a tree view's model, searched through the rows the model has (top two levels).
QModelIndex findPath(const QAbstractItemModel* model, const QString& path, const QModelIndex& parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        const QString here = index.data(JsonTreeModel::JsonPathRole).toString();
        if (here == path) {
            return index;
        }
        if (path.startsWith(here)) {
            const QModelIndex found = findPath(model, path, index);
            if (found.isValid()) {
                return found;
            }
        }
    }
    return {};
}

const QString JwsData = QStringLiteral(KTI_TEST_DATA_DIR "/jws/");

QByteArray readData(const QString& name)
{
    QFile file(JwsData + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("test data %s missing", qPrintable(name));
    }
    return file.readAll();
}

// A token of tests/data/jws/tokens.txt ("NAME TOKEN" per line), made by make-vectors.sh.
QString opensslToken(const QByteArray& name)
{
    const QList<QByteArray> lines = readData(u"tokens.txt"_s).split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2 && parts[0] == name) {
            return QString::fromLatin1(parts[1]);
        }
    }
    qFatal("no token %s", name.constData());
}

// The ES256 token of RFC 7515 appendix A.3, whose key is in jwks-three.json.
QString rfc7515A3Token()
{
    const QByteArray vectors = readData(u"rfc-vectors.json"_s);
    const QJsonArray list = QJsonDocument::fromJson(vectors).object().value(u"vectors"_s).toArray();
    for (const QJsonValue& vector : list) {
        if (vector[u"name"_s].toString() == u"RFC 7515 A.3 ES256"_s) {
            return vector[u"token"_s].toString();
        }
    }
    qFatal("no RFC 7515 A.3 vector");
}

// A vector of tests/data/jws/rfc-vectors.json: the token and its key.
QJsonObject rfcVector(const QString& name)
{
    const QByteArray vectors = readData(u"rfc-vectors.json"_s);
    const QJsonArray list = QJsonDocument::fromJson(vectors).object().value(u"vectors"_s).toArray();
    for (const QJsonValue& vector : list) {
        if (vector[u"name"_s].toString() == name) {
            return vector.toObject();
        }
    }
    qFatal("no vector %s", qPrintable(name));
}

QStringList noticeCodes(const QListWidget* list)
{
    QStringList codes;
    for (int row = 0; row < list->count(); ++row) {
        codes << list->item(row)->data(Qt::UserRole).toString();
    }
    return codes;
}

} // namespace

class TestInspectorView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsEmptyAndReady();
    void decodesATypedDemoJwt();
    void pastedMalformedTokenShowsNoticesAndWhatDecoded();
    void specialTokensAreNamed_data();
    void specialTokensAreNamed();
    void payloadThatIsNotJsonIsShown_data();
    void payloadThatIsNotJsonIsShown();
    void textPayloadVerifiesAndTamperingIsCaught();
    void ticketJsonFindsItsJwt();
    void verifiesWithASharedSecret_data();
    void verifiesWithASharedSecret();
    void secretOfTheWrongFamilyIsRefused();
    void jwkSecretIsRecognised_data();
    void jwkSecretIsRecognised();
    void keyBoxTakesAPastedKey_data();
    void keyBoxTakesAPastedKey();
    void editingAfterAVerificationForgetsIt();
    void droppedFileIsDecoded();
    void bigInputStaysResponsive();
    void verifiesWithAKeyFile_data();
    void verifiesWithAKeyFile();
    void verifiesWithAJwksUrl_data();
    void verifiesWithAJwksUrl();
    void keyboardOnlyVerification();
    void everyInputHasAnAccessibleName();
    void mainWindowOpensTheInspector();

private:
    template <typename T>
    static T* child(const QWidget& view, const char* name)
    {
        auto* widget = view.findChild<T*>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("no child %s", name);
        }
        return widget;
    }
    static void showView(InspectorView& view);

    QString m_jwt;
    QByteArray m_ticketJson;
};

void TestInspectorView::initTestCase()
{
    // A real login against the demo tenant on loopback gives a real Kibo-shaped jwtAccessToken and ticket.
    DemoTenant tenant;
    QVERIFY2(tenant.listen(), qPrintable(tenant.errorString()));
    QNetworkAccessManager network;
    AuthTicketClient client(&network, nullptr);
    client.setProfile(KiboProfile::demo(tenant.baseUrl()), DemoTenant::sharedSecret());
    QSignalSpy finished(&client, &AuthTicketClient::finished);
    CustomerLoginRequest request;
    request.username = u"ada.lovelace@example.com"_s;
    request.password = DemoTenant::defaultPassword();
    client.login(request);
    QVERIFY(finished.wait(20000));
    const auto result = finished.constFirst().constFirst().value<AuthTicketResult>();
    QVERIFY(result.ticket);
    m_jwt = result.ticket->jwtAccessToken;
    m_ticketJson = result.rawBody;
    QCOMPARE(m_jwt.count(u'.'), 2);
}

void TestInspectorView::showView(InspectorView& view)
{
    view.resize(1000, 760);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
}

void TestInspectorView::startsEmptyAndReady()
{
    InspectorView view;
    showView(view);
    QCOMPARE(view.decodedToken().kind, DecodedToken::Kind::Empty);
    QVERIFY(child<QLabel>(view, "summaryLabel")->text().contains(u"Nothing is sent anywhere"_s));
    QVERIFY(!child<QPushButton>(view, "verifyButton")->isEnabled());
    QVERIFY(!child<QListWidget>(view, "noticesListWidget")->isVisible());
    QCOMPARE(child<QLineEdit>(view, "secretLineEdit")->echoMode(), QLineEdit::Password);
}

void TestInspectorView::decodesATypedDemoJwt()
{
    InspectorView view;
    showView(view);
    QSignalSpy decoded(&view, &InspectorView::decoded);
    auto* input = child<QPlainTextEdit>(view, "tokenPlainTextEdit");
    input->setFocus();
    QTest::keyClicks(input, m_jwt);
    QTRY_COMPARE(view.decodedToken().kind, DecodedToken::Kind::Jws);
    QVERIFY(decoded.count() < m_jwt.size() / 4); // debounced, not once per character

    QCOMPARE(view.decodedToken().algorithm, u"HS256"_s);
    QVERIFY(child<QLabel>(view, "summaryLabel")->text().contains(u"HS256"_s));
    // Said plainly, with the reason no client can check a real Kibo token.
    QCOMPARE(view.signatureStateText(), u"Decoded, not verified. Kibo signs with its own key, which is not public."_s);
    QVERIFY(!view.isVerified());
    QVERIFY(child<QLabel>(view, "signatureLabel")->text().contains(u"32 byte"_s));

    const QAbstractItemModel* header = child<QTreeView>(view, "headerTreeView")->model();
    QVERIFY(findPath(header, u"$.alg"_s).isValid());
    const QAbstractItemModel* payload = child<QTreeView>(view, "payloadTreeView")->model();
    const QModelIndex exp = findPath(payload, u"$.exp"_s);
    QVERIFY(exp.isValid());
    // Claims carry the catalogue's meaning; times read as UTC (and local, relative).
    QVERIFY(!exp.siblingAtColumn(JsonTreeModel::NoteColumn).data().toString().isEmpty());
    QVERIFY(exp.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString().contains(u"UTC"_s));
    // b._sess_ is JSON inside a string, shown as an object.
    const QString session = u"$[\"https://www.kibocommerce.com/user_claims\"][\"b._sess_\"]"_s;
    const QModelIndex sess = findPath(payload, session);
    QVERIFY(sess.isValid());
    QCOMPARE(sess.data(JsonTreeModel::ValueTypeRole).toString(), u"object"_s);
}

void TestInspectorView::pastedMalformedTokenShowsNoticesAndWhatDecoded()
{
    const QString token = base64Url(R"({"alg":"HS256","typ":"JWT"})") + u".@@not-base64@@."_s + base64Url("sig");
    QGuiApplication::clipboard()->setText(token);
    InspectorView view;
    showView(view);
    auto* input = child<QPlainTextEdit>(view, "tokenPlainTextEdit");
    input->setFocus();
    QTest::keyClick(input, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(view.decodedToken().kind, DecodedToken::Kind::Malformed);

    auto* notices = child<QListWidget>(view, "noticesListWidget");
    QVERIFY(notices->isVisible());
    QVERIFY2(noticeCodes(notices).contains(u"bad-base64url"_s), qPrintable(noticeCodes(notices).join(u", "_s)));
    QVERIFY(!notices->item(0)->icon().isNull());
    QVERIFY(!notices->item(0)->text().isEmpty());
    // The header decoded and is still shown.
    QVERIFY(findPath(child<QTreeView>(view, "headerTreeView")->model(), u"$.alg"_s).isValid());
    QVERIFY(child<QLabel>(view, "summaryLabel")->text().contains(u"Not a well-formed token"_s));
    QCOMPARE(view.signatureStateText(), u"Decoded, not verified"_s);
}

void TestInspectorView::specialTokensAreNamed_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("notice");
    QTest::addColumn<QString>("state");

    const QString jweHeader = base64Url(R"({"alg":"RSA-OAEP","enc":"A256GCM"})");
    QTest::newRow("jwe") << jweHeader + u".a2V5.aXY.Y2lwaGVydGV4dA.dGFn"_s << int(DecodedToken::Kind::Jwe) << u"jwe"_s
                         << u"Encrypted: not decrypted and not verified"_s;
    QTest::newRow("alg none") << base64Url(R"({"alg":"none"})") + u"."_s + base64Url(R"({"sub":"x"})") + u"."_s
                              << int(DecodedToken::Kind::Jws) << u"alg-none"_s
                              << u"Unsigned: a token with alg “none” is never valid."_s;
    QTest::newRow("opaque access token") << u"QUNDRVNTLVRPS0VOLUNBTkFSWS0wMTIzNDU2Nzg5YWJjZGVmZ2hpams="_s
                                         << int(DecodedToken::Kind::Opaque) << u"opaque"_s
                                         << u"Not verifiable here: only the issuer of an opaque token can check it"_s;
}

void TestInspectorView::specialTokensAreNamed()
{
    QFETCH(QString, token);
    QFETCH(int, kind);
    QFETCH(QString, notice);
    QFETCH(QString, state);

    InspectorView view;
    showView(view);
    view.setInput(token);
    QCOMPARE(int(view.decodedToken().kind), kind);
    const QStringList codes = noticeCodes(child<QListWidget>(view, "noticesListWidget"));
    QVERIFY2(codes.contains(notice), qPrintable(codes.join(u", "_s)));
    QCOMPARE(view.signatureStateText(), state);
    QVERIFY(!child<QPushButton>(view, "verifyButton")->isEnabled());
    QVERIFY(!view.isVerified());
}

void TestInspectorView::payloadThatIsNotJsonIsShown_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("shown"); // the payload's text box
    QTest::addColumn<QString>("summary"); // part of the summary

    const QString frodo = u"It\u2019s a dangerous business, Frodo, going out your door. You step onto the road, and if "
                          u"you don't keep your feet, there\u2019s no knowing where you might be swept off to."_s;
    for (const QString& name : { u"RFC 7515 A.4 ES512"_s, u"RFC 7520 4.1 RS256"_s, u"RFC 7520 4.2 PS384"_s,
             u"RFC 7520 4.3 ES512"_s, u"RFC 7520 4.4 HS256"_s }) {
        const QJsonObject vector = rfcVector(name);
        QTest::newRow(qPrintable(name)) << vector[u"token"_s].toString() << vector[u"alg"_s].toString()
                                        << (name.contains(u"7515"_s) ? u"Payload"_s : frodo)
                                        << u"whose payload is text, not JSON: not a JWT"_s;
    }
    const QString header = base64Url(R"({"alg":"HS256"})");
    QTest::newRow("bytes in hex") << header + u"."_s + base64Url(QByteArray("\xff\x00\x7f", 3)) + u".c2ln"_s
                                  << u"HS256"_s << u"ff 00 7f"_s << u"neither JSON nor text: not a JWT"_s;
    QTest::newRow("lines kept") << header + u"."_s + base64Url("one\r\ntwo\n\u2028three") + u".c2ln"_s << u"HS256"_s
                                << u"one\\r\ntwo\n\\u2028three"_s << u"not a JWT"_s;
    QTest::newRow("control characters escaped") << header + u"."_s + base64Url("red \x1b[31m\u202eline") + u".c2ln"_s
                                                << u"HS256"_s << u"red \\u001b[31m\\u202eline"_s << u"not a JWT"_s;
}

void TestInspectorView::payloadThatIsNotJsonIsShown()
{
    QFETCH(QString, token);
    QFETCH(QString, algorithm);
    QFETCH(QString, shown);
    QFETCH(QString, summary);

    InspectorView view;
    showView(view);
    auto* input = child<QPlainTextEdit>(view, "tokenPlainTextEdit");
    input->setFocus();
    QGuiApplication::clipboard()->setText(token);
    QTest::keyClick(input, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(view.decodedToken().kind, DecodedToken::Kind::Jws);

    // The header as a tree, as for any token; the payload as text (or hex) instead of a claims tree.
    QVERIFY(findPath(child<QTreeView>(view, "headerTreeView")->model(), u"$.alg"_s).isValid());
    auto* payloadText = child<QPlainTextEdit>(view, "payloadPlainTextEdit");
    QVERIFY(payloadText->isVisible());
    QVERIFY(payloadText->isReadOnly());
    QCOMPARE(payloadText->toPlainText(), shown);
    QVERIFY(QFontInfo(payloadText->font()).fixedPitch());
    QVERIFY(!child<QTreeView>(view, "payloadTreeView")->isVisible());
    QVERIFY2(child<QLabel>(view, "summaryLabel")->text().contains(summary),
        qPrintable(child<QLabel>(view, "summaryLabel")->text()));
    QVERIFY(child<QLabel>(view, "summaryLabel")->text().contains(algorithm));

    auto* notices = child<QListWidget>(view, "noticesListWidget");
    QVERIFY(notices->isVisible());
    QCOMPARE(noticeCodes(notices), QStringList { u"non-json-payload"_s });
    QVERIFY(notices->item(0)->text().contains(u"a JWS whose payload is not JSON: not a JWT"_s));
    QCOMPARE(notices->item(0)->toolTip(), u"Warning (non-json-payload)"_s);
    QCOMPARE(view.signatureStateText(), u"Decoded, not verified"_s);
    QVERIFY(child<QPushButton>(view, "verifyButton")->isEnabled());
    QVERIFY(child<QLabel>(view, "signatureLabel")->isVisible());

    // A JWT next: the claims tree is back and the text box is gone.
    view.setInput(m_jwt);
    QVERIFY(!payloadText->isVisible());
    QVERIFY(payloadText->toPlainText().isEmpty());
    QVERIFY(child<QTreeView>(view, "payloadTreeView")->isVisible());
}

void TestInspectorView::textPayloadVerifiesAndTamperingIsCaught()
{
    // RFC 7520 4.4: HS256 over a line of prose; its key is a JWK, pasted whole into the secret field.
    const QJsonObject vector = rfcVector(u"RFC 7520 4.4 HS256"_s);
    const QString jwk = QString::fromUtf8(QJsonDocument(vector[u"jwk"_s].toObject()).toJson(QJsonDocument::Compact));
    const QString token = vector[u"token"_s].toString();
    QStringList parts = token.split(u'.');
    QByteArray payload = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding);
    payload[10] = char(payload[10] ^ 0x01); // one byte of "a dangerous business" changed
    parts[1] = base64Url(payload);
    const QString tampered = parts.join(u'.');

    for (const auto& [input, verified] : { std::pair { token, true }, std::pair { tampered, false } }) {
        InspectorView view;
        showView(view);
        view.setInput(input);
        QCOMPARE(view.decodedToken().kind, DecodedToken::Kind::Jws);
        QCOMPARE(view.decodedToken().payloadOctets, DecodedToken::PayloadOctets::Text);
        QSignalSpy finished(&view, &InspectorView::verificationFinished);
        auto* secretEdit = child<QLineEdit>(view, "secretLineEdit");
        secretEdit->setFocus();
        QTest::keyClicks(secretEdit, jwk);
        QTest::mouseClick(child<QPushButton>(view, "verifyButton"), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().constFirst().toBool(), verified);
        QCOMPARE(view.isVerified(), verified);
        if (!verified) {
            QCOMPARE(view.signatureStateText(), u"Signature does not match"_s);
        }
    }
}

void TestInspectorView::ticketJsonFindsItsJwt()
{
    InspectorView view;
    showView(view);
    view.setInput(QString::fromUtf8(m_ticketJson));
    QVERIFY(view.isTicket());
    QCOMPARE(view.ticketTokenNames(), (QStringList { u"jwtAccessToken"_s, u"accessToken"_s, u"refreshToken"_s }));
    QVERIFY(child<QComboBox>(view, "tokenComboBox")->isVisible());
    QCOMPARE(view.decodedToken().kind, DecodedToken::Kind::Jws);
    QVERIFY(findPath(child<QTreeView>(view, "payloadTreeView")->model(), u"$.exp"_s).isValid());

    // A claims filter stays when another token of the ticket is chosen and back.
    auto* claims = child<QLineEdit>(view, "claimsFilterLineEdit");
    claims->setFocus();
    QTest::keyClicks(claims, u"exp"_s);
    const QAbstractItemModel* payload = child<QTreeView>(view, "payloadTreeView")->model();
    QTRY_VERIFY(!findPath(payload, u"$.iss"_s).isValid());
    QVERIFY(findPath(payload, u"$.exp"_s).isValid());
    view.setCurrentTicketToken(u"refreshToken"_s);
    view.setCurrentTicketToken(u"jwtAccessToken"_s);
    QCOMPARE(claims->text(), u"exp"_s);
    QVERIFY(!findPath(payload, u"$.iss"_s).isValid());
    QVERIFY(findPath(payload, u"$.exp"_s).isValid());
    QTest::keyClick(claims, Qt::Key_Escape);
    QVERIFY(findPath(payload, u"$.iss"_s).isValid());

    // The output of `login --json` carries the ticket under "ticket": found as well.
    const QJsonObject cliOutput { { u"ticket"_s, QJsonDocument::fromJson(m_ticketJson).object() },
        { u"requires2FA"_s, false } };
    view.setInput(QString::fromUtf8(QJsonDocument(cliOutput).toJson()));
    QVERIFY(view.isTicket());
    QCOMPARE(view.ticketTokenNames().constFirst(), u"jwtAccessToken"_s);
    QCOMPARE(view.decodedToken().kind, DecodedToken::Kind::Jws);

    view.setCurrentTicketToken(u"accessToken"_s);
    QCOMPARE(view.decodedToken().kind, DecodedToken::Kind::Opaque);
    QVERIFY(noticeCodes(child<QListWidget>(view, "noticesListWidget")).contains(u"opaque"_s));

    // Plain JWT input leaves ticket mode again.
    view.setInput(m_jwt);
    QVERIFY(!view.isTicket());
    QVERIFY(!child<QComboBox>(view, "tokenComboBox")->isVisible());
}

void TestInspectorView::verifiesWithASharedSecret_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<QString>("state");

    QTest::newRow("the demo's key") << QString::fromUtf8(DemoTenant::jwtSecret()) << true
                                    << u"Verified with shared secret from the secret field"_s;
    QTest::newRow("a wrong secret") << u"not-the-demo-key"_s << false << u"Signature does not match"_s;
    QTest::newRow("the key with a typo") << QString::fromUtf8(DemoTenant::jwtSecret()).chopped(1) + u'X' << false
                                         << u"Signature does not match"_s;
}

void TestInspectorView::verifiesWithASharedSecret()
{
    QFETCH(QString, secret);
    QFETCH(bool, verified);
    QFETCH(QString, state);

    InspectorView view;
    showView(view);
    view.setInput(m_jwt);
    QSignalSpy finished(&view, &InspectorView::verificationFinished);
    auto* secretEdit = child<QLineEdit>(view, "secretLineEdit");
    secretEdit->setFocus();
    QTest::keyClicks(secretEdit, secret);
    QTest::mouseClick(child<QPushButton>(view, "verifyButton"), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), verified);
    QCOMPARE(view.isVerified(), verified);
    QCOMPARE(view.signatureStateText(), state);
    // The secret appears in no label, and is forgotten when the window is closed.
    for (const QLabel* label : view.findChildren<QLabel*>()) {
        QVERIFY2(!label->text().contains(secret), qPrintable(label->objectName()));
    }
    view.close();
    QVERIFY(secretEdit->text().isEmpty());
}

void TestInspectorView::secretOfTheWrongFamilyIsRefused()
{
    // An RS256 token is never checked as HMAC with a secret (algorithm confusion), and so never "verified".
    const QString header = base64Url(R"({"alg":"RS256","typ":"JWT"})");
    const QString payload = base64Url(R"({"sub":"x"})");
    InspectorView view;
    showView(view);
    view.setInput(header + u'.' + payload + u'.' + base64Url(QByteArray(256, 'x')));
    QTest::keyClicks(child<QLineEdit>(view, "secretLineEdit"), u"some-secret"_s);
    QSignalSpy finished(&view, &InspectorView::verificationFinished);
    view.verify();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(!view.isVerified());
    QCOMPARE(view.signatureStateText(), u"Decoded, not verified"_s);
    QVERIFY(child<QLabel>(view, "verifyResultLabel")->text().contains(u"RS256"_s));
}

void TestInspectorView::jwkSecretIsRecognised_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("decodeBase64Url"); // tick "Decode as base64url" first
    QTest::addColumn<bool>("verified");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("detail"); // part of the line under the button

    // The demo's HS256 key as a JWK holds it: "k" is its base64url.
    const QString k = base64Url(DemoTenant::jwtSecret());
    const QString jwk = QString::fromUtf8(
        QJsonDocument(QJsonObject { { u"kty"_s, u"oct"_s }, { u"k"_s, k } }).toJson(QJsonDocument::Compact));
    QTest::newRow("k pasted as it is") << k << false << false << u"Signature does not match"_s
                                       << u"Decoded from base64url, as a JWK's “k” is written, the secret does match: "
                                          u"tick “Decode as base64url” and verify again."_s;
    QTest::newRow("k decoded as base64url")
        << k << true << true << u"Verified with shared secret decoded from base64url from the secret field"_s
        << QString();
    QTest::newRow("the whole JWK") << jwk << false << true
                                   << u"Verified with shared secret (JWK) from the JWK in "
                                      u"the secret field"_s
                                   << u"The secret field holds a JWK; its key was used."_s;
    QTest::newRow("another key's k") << base64Url("another secret of thirty-two bytes!") << false << false
                                     << u"Signature does not match"_s
                                     << u"The secret looks like base64url; if it is a JWK's “k”"_s;
    QTest::newRow("not base64url, box ticked") << u"kibo token inspector!"_s << true << false
                                               << u"Decoded, not verified. Kibo signs with its own key, which is not "
                                                  u"public."_s
                                               << u"is not base64url"_s;
    // A secret that is not base64url gets no hint about base64url.
    QTest::newRow("a wrong plain secret") << u"not the demo key!"_s << false << false << u"Signature does not match"_s
                                          << u"does not match the shared secret"_s;
}

// A JWK's "k" is base64url: pasted as the secret it does not match as typed, and the inspector says why and offers
// to decode it; a whole JWK pasted as the secret is read as one. Neither is ever repeated on screen.
void TestInspectorView::jwkSecretIsRecognised()
{
    QFETCH(QString, secret);
    QFETCH(bool, decodeBase64Url);
    QFETCH(bool, verified);
    QFETCH(QString, state);
    QFETCH(QString, detail);

    InspectorView view;
    showView(view);
    view.setInput(m_jwt);
    auto* secretEdit = child<QLineEdit>(view, "secretLineEdit");
    secretEdit->setFocus();
    QTest::keyClicks(secretEdit, secret);
    auto* decode = child<QCheckBox>(view, "secretBase64UrlCheckBox");
    QVERIFY(decode->isVisible());
    QVERIFY(!decode->isChecked());
    if (decodeBase64Url) {
        // The box follows the secret in the tab order.
        QTest::keyClick(secretEdit, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), decode);
        QTest::keyClick(decode, Qt::Key_Space);
        QVERIFY(decode->isChecked());
        QTest::keyClick(decode, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), secretEdit);
    }
    QSignalSpy finished(&view, &InspectorView::verificationFinished);
    QTest::keyClick(secretEdit, Qt::Key_Return);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), verified);
    QCOMPARE(view.isVerified(), verified);
    QCOMPARE(view.signatureStateText(), state);
    const QString line = child<QLabel>(view, "verifyResultLabel")->text();
    QVERIFY2(line.contains(detail), qPrintable(line));
    QCOMPARE(line.contains(u"base64url"_s), detail.contains(u"base64url"_s));
    for (const QLabel* label : view.findChildren<QLabel*>()) {
        QVERIFY2(!label->text().contains(secret), qPrintable(label->objectName()));
        QVERIFY2(!label->text().contains(base64Url(DemoTenant::jwtSecret())), qPrintable(label->objectName()));
    }
}

void TestInspectorView::keyBoxTakesAPastedKey_data()
{
    QTest::addColumn<QString>("token"); // "demo": the demo login's JWT, else a token of tests/data/jws/tokens.txt
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("detail"); // part of the line under the button

    const QString pem = QString::fromLatin1(readData(u"rsa2048-public.pem"_s));
    const QString oneLinePem = pem.simplified();
    const QString k = base64Url(DemoTenant::jwtSecret());
    const QString octJwk = QString::fromUtf8(QJsonDocument(
        QJsonObject { { u"kty"_s, u"oct"_s }, { u"kid"_s, u"demo"_s },
            { u"k"_s, k } }).toJson(QJsonDocument::Compact));
    QTest::newRow("a PEM public key") << u"RS256"_s << pem << true
                                      << u"Verified with RSA 2048-bit public key from the pasted key"_s << QString();
    QTest::newRow("a PEM key that lost its line breaks")
        << u"RS256"_s << oneLinePem << true << u"Verified with RSA 2048-bit public key from the pasted key"_s
        << QString();
    QTest::newRow("a JWK of the demo's secret")
        << u"demo"_s << octJwk << true << u"Verified with shared secret (JWK) from the pasted key, key id “demo”"_s
        << QString();
    QTest::newRow("a JWK Set") << u"demo"_s << u"{\"keys\":[%1]}"_s.arg(octJwk) << true
                               << u"Verified with shared secret (JWK) from the pasted key, key id “demo”"_s
                               << QString();
    QTest::newRow("a JWK without a usable k")
        << u"demo"_s << u"{\"kty\":\"oct\",\"k\":\"***secret***\"}"_s << false
        << u"Decoded, not verified. Kibo signs with its own key, which is not public."_s << u"has no usable"_s;
    // Neither a path nor a key: perhaps a secret pasted into the wrong box. Not repeated.
    QTest::newRow("a secret, not a path") << u"demo"_s << k << false
                                          << u"Decoded, not verified. Kibo signs with its own key, which is not "
                                             u"public."_s
                                          << u"There is no key file at the path given."_s;
}

// The key box takes a path, or the PEM key or JWK itself pasted (its placeholder says so); what was pasted is never
// repeated in a message, as a JWK may hold a secret.
void TestInspectorView::keyBoxTakesAPastedKey()
{
    QFETCH(QString, token);
    QFETCH(QString, pasted);
    QFETCH(bool, verified);
    QFETCH(QString, state);
    QFETCH(QString, detail);

    InspectorView view;
    showView(view);
    view.setInput(token == u"demo"_s ? m_jwt : opensslToken(token.toLatin1()));
    auto* source = child<QComboBox>(view, "keySourceComboBox");
    source->setFocus();
    QTest::keyClick(source, Qt::Key_Down); // the key file
    auto* box = child<QLineEdit>(view, "keyFileLineEdit");
    QVERIFY(box->isVisible());
    QVERIFY2(box->placeholderText().contains(u"path"_s), qPrintable(box->placeholderText()));
    QGuiApplication::clipboard()->setText(pasted);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(!box->text().isEmpty());
    QSignalSpy finished(&view, &InspectorView::verificationFinished);
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), verified);
    QCOMPARE(view.signatureStateText(), state);
    const QString line = child<QLabel>(view, "verifyResultLabel")->text();
    QVERIFY2(line.contains(detail), qPrintable(line));
    const QStringList parts { box->text().trimmed(), base64Url(DemoTenant::jwtSecret()), u"***secret***"_s, u"MIIB"_s };
    for (const QLabel* label : view.findChildren<QLabel*>()) {
        for (const QString& part : parts) {
            QVERIFY2(!label->text().contains(part), qPrintable(label->objectName() + u": "_s + label->text()));
        }
    }
    QGuiApplication::clipboard()->clear();
}

void TestInspectorView::editingAfterAVerificationForgetsIt()
{
    InspectorView view;
    showView(view);
    view.setInput(m_jwt);
    QTest::keyClicks(child<QLineEdit>(view, "secretLineEdit"), QString::fromUtf8(DemoTenant::jwtSecret()));
    view.verify();
    QVERIFY(view.isVerified());
    // One more character: another token, not verified until checked again.
    auto* input = child<QPlainTextEdit>(view, "tokenPlainTextEdit");
    input->setFocus();
    input->moveCursor(QTextCursor::End);
    QTest::keyClick(input, Qt::Key_A);
    QTRY_VERIFY(!view.isVerified());
    QVERIFY(view.signatureStateText().startsWith(u"Decoded, not verified"_s));
}

void TestInspectorView::droppedFileIsDecoded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"token.jwt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_jwt.toUtf8() + '\n');
    file.close();

    InspectorView view;
    showView(view);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint at = view.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &drop);
    QCOMPARE(view.decodedToken().kind, DecodedToken::Kind::Jws);

    // A binary file is refused with a message, and the view keeps working.
    const QString binary = dir.filePath(u"blob.bin"_s);
    QFile blob(binary);
    QVERIFY(blob.open(QIODevice::WriteOnly));
    blob.write(QByteArray("\xff\xfe\x00\x01", 4));
    blob.close();
    QVERIFY(!view.openFile(binary));
    QVERIFY(child<QLabel>(view, "summaryLabel")->text().contains(u"not a text file"_s));
}

void TestInspectorView::bigInputStaysResponsive()
{
    InspectorView view;
    showView(view);
    // 64 KiB of payload in an otherwise well-formed token, and a bit more than the decoder accepts.
    const QString header = base64Url(R"({"alg":"HS256"})");
    const QString payload = base64Url("{\"pad\":\"" + QByteArray(47 * 1024, 'x') + "\"}");
    const QStringList tokens { QString(header + u'.' + payload + u".c2ln"_s),
        QString(m_jwt + QString(65 * 1024, u'A')) };
    for (const QString& token : tokens) {
        QElapsedTimer timer;
        timer.start();
        view.setInput(token);
        QApplication::processEvents();
        // Logged, never asserted: machines differ.
        qInfo("decoding and showing %lld characters took %lld ms", qlonglong(token.size()), timer.elapsed());
        QVERIFY(view.decodedToken().kind != DecodedToken::Kind::Empty);
    }
    QVERIFY(noticeCodes(child<QListWidget>(view, "noticesListWidget")).contains(u"oversize"_s));
}

void TestInspectorView::verifiesWithAKeyFile_data()
{
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("detail");

    QTest::newRow("its RSA public key") << u"rsa2048-public.pem"_s << true
                                        << u"Verified with RSA 2048-bit public key from rsa2048-public.pem"_s
                                        << QString();
    QTest::newRow("its certificate") << u"rsa2048-cert.pem"_s << true
                                     << u"Verified with RSA 2048-bit public key from rsa2048-cert.pem"_s << QString();
    QTest::newRow("another RSA key") << u"other-rsa2048-public.pem"_s << false << u"Signature does not match"_s
                                     << u"does not match"_s;
    // Algorithm confusion is refused, not reported as a mismatch: nothing was checked.
    QTest::newRow("an EC key") << u"ec-P-256-public.pem"_s << false << u"Decoded, not verified"_s << u"RS256"_s;
    QTest::newRow("not a key") << u"README.md"_s << false << u"Decoded, not verified"_s << u"README.md"_s;
    QTest::newRow("no such file") << u"missing.pem"_s << false << u"Decoded, not verified"_s
                                  << u"There is no key file at the path given."_s;
}

void TestInspectorView::verifiesWithAKeyFile()
{
    QFETCH(QString, keyFile);
    QFETCH(bool, verified);
    QFETCH(QString, state);
    QFETCH(QString, detail);

    InspectorView view;
    showView(view);
    view.setInput(opensslToken("RS256"));
    auto* source = child<QComboBox>(view, "keySourceComboBox");
    source->setFocus();
    QTest::keyClick(source, Qt::Key_Down); // the key file
    QCOMPARE(source->currentIndex(), 1);
    auto* path = child<QLineEdit>(view, "keyFileLineEdit");
    QVERIFY(path->isVisible());
    QTest::keyClicks(path, JwsData + keyFile);
    QSignalSpy finished(&view, &InspectorView::verificationFinished);
    QTest::mouseClick(child<QPushButton>(view, "verifyButton"), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), verified);
    QCOMPARE(view.isVerified(), verified);
    QCOMPARE(view.signatureStateText(), state);
    QVERIFY2(child<QLabel>(view, "verifyResultLabel")->text().contains(detail),
        qPrintable(child<QLabel>(view, "verifyResultLabel")->text()));
}

void TestInspectorView::verifiesWithAJwksUrl_data()
{
    QTest::addColumn<FaultServer::Reply>("reply");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<QString>("state");

    QTest::newRow("the issuer's key set") << FaultServer::json(200, readData(u"jwks-three.json"_s)) << true
                                          << u"Verified with EC P-256 public key from"_s;
    QTest::newRow("404") << FaultServer::json(404, "{}") << false << u"Decoded, not verified"_s;
    QTest::newRow("not a key set") << FaultServer::json(200, R"({"keys":[]})") << false << u"Decoded, not verified"_s;
}

void TestInspectorView::verifiesWithAJwksUrl()
{
    QFETCH(FaultServer::Reply, reply);
    QFETCH(bool, verified);
    QFETCH(QString, state);

    FaultServer server;
    QVERIFY(server.listenLocal());
    server.script("/.well-known/jwks.json", { reply });
    InspectorView view;
    showView(view);
    view.setInput(rfc7515A3Token());
    child<QComboBox>(view, "keySourceComboBox")->setCurrentIndex(2);
    auto* url = child<QLineEdit>(view, "jwksUrlLineEdit");
    QVERIFY(url->isVisible());
    QTest::keyClicks(url, server.baseUrl().toString() + u"/.well-known/jwks.json"_s);
    QSignalSpy finished(&view, &InspectorView::verificationFinished);
    QTest::keyClick(url, Qt::Key_Return);
    QVERIFY(view.isFetchingKeys() || finished.count() == 1);
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), verified);
    QCOMPARE(view.isVerified(), verified);
    QVERIFY2(view.signatureStateText().startsWith(state), qPrintable(view.signatureStateText()));
    QCOMPARE(server.count("/.well-known/jwks.json"), 1);
    QVERIFY(!child<QLabel>(view, "verifyResultLabel")->text().contains(u"?"_s)); // no query or full URL echoed
}

void TestInspectorView::keyboardOnlyVerification()
{
    InspectorView view;
    showView(view);
    view.setInput(m_jwt);
    auto* input = child<QPlainTextEdit>(view, "tokenPlainTextEdit");
    input->setFocus();
    QTRY_VERIFY(input->hasFocus());
    // Tab leaves the token box (it does not insert a tab) and walks the form in reading order.
    QTest::keyClick(input, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(view, "openFileButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(view, "clearButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    // A customer token names its tenant: New Profile… comes next.
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(view, "newProfileButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    if (child<QListWidget>(view, "noticesListWidget")->isVisible()) {
        QCOMPARE(QApplication::focusWidget(), child<QListWidget>(view, "noticesListWidget"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget(), child<QTreeView>(view, "headerTreeView"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(view, "claimsFilterLineEdit"));
    // Ctrl+F from anywhere returns to the claims filter.
    child<QPushButton>(view, "openFileButton")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(view, "claimsFilterLineEdit"));

    child<QTreeView>(view, "payloadTreeView")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(view, "keySourceComboBox"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(view, "secretLineEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QString::fromUtf8(DemoTenant::jwtSecret()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(view.isVerified());
}

void TestInspectorView::everyInputHasAnAccessibleName()
{
    InspectorView view;
    showView(view);
    view.setInput(m_jwt);
    int controls = 0;
    for (QWidget* widget : view.findChildren<QWidget*>()) {
        const bool isControl = qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractButton*>(widget)
            || qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QPlainTextEdit*>(widget)
            || qobject_cast<QComboBox*>(widget);
        // Parts of other controls (a line edit's clear button, a combo box's popup) are named by their owner.
        const bool isPart = widget->objectName().isEmpty() || widget->objectName().startsWith(u"qt_"_s);
        if (!isControl || isPart) {
            continue;
        }
        ++controls;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY2(controls >= 13, qPrintable(QString::number(controls)));
}

void TestInspectorView::mainWindowOpensTheInspector()
{
    MainWindow window;
    window.setVault(std::make_unique<MemoryVault>());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* inspect = window.findChild<QAction*>(u"inspectTokenAction"_s);
    QVERIFY(inspect);
    QCOMPARE(inspect->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    auto* openJwt = window.findChild<QAction*>(u"openJwtInInspectorAction"_s);
    QVERIFY(openJwt);
    QVERIFY(!openJwt->isEnabled()); // no result yet
    QVERIFY(!window.findChild<InspectorView*>()); // made on first use, not before the first frame

    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    auto* inspector = window.findChild<InspectorView*>();
    QVERIFY(inspector);
    QTRY_VERIFY(inspector->isVisible());
    QCOMPARE(inspector->decodedToken().kind, DecodedToken::Kind::Empty);

    // After a demo login, the result's JWT opens in the inspector.
    window.startDemoTenant();
    QVERIFY(window.demoTenant());
    auto* password = window.findChild<QLineEdit*>(u"passwordLineEdit"_s);
    password->setFocus();
    QTest::keyClicks(password, DemoTenant::defaultPassword());
    QSignalSpy finished(&window, &MainWindow::loginFinished);
    QTest::mouseClick(window.findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(openJwt->isEnabled());
    // The JWT tab says where a demo token can be verified, in the menu's own words, and does not claim that nothing
    // can check it.
    const QString info = window.findChild<QLabel*>(u"jwtInfoLabel"_s)->text();
    auto* tools = window.findChild<QMenu*>(u"toolsMenu"_s);
    QVERIFY(tools && tools->actions().contains(openJwt));
    const QString where = tools->title().remove(u'&') + u" ▸ "_s + openJwt->text().remove(u'&');
    QVERIFY2(info.contains(where), qPrintable(info + u" / "_s + where));
    QVERIFY2(!info.contains(u"no client"_s), qPrintable(info));
    openJwt->trigger();
    QCOMPARE(inspector->decodedToken().kind, DecodedToken::Kind::Jws);
    QVERIFY(inspector->signatureStateText().startsWith(u"Decoded, not verified"_s));
    // And there it can: with the demo tenant's key the state reads "Verified".
    auto* secret = inspector->findChild<QLineEdit*>(u"secretLineEdit"_s);
    secret->setFocus();
    QTest::keyClicks(secret, QString::fromUtf8(DemoTenant::jwtSecret()));
    QTest::keyClick(secret, Qt::Key_Return);
    QVERIFY(inspector->isVerified());

    // Closing the main window closes the inspector too, so the application can quit.
    QVERIFY(inspector->isVisible());
    window.close();
    QVERIFY(!inspector->isVisible());
}

QTEST_MAIN(TestInspectorView)
#include "testinspectorview.moc"
