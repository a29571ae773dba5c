// kti-bench-jwt: JwtDecoder::decode of the demo tenant's real customer JWT, in process (issue 12).
//
// The tokens are minted by the demo tenant (DemoTenant over loopback, real logins as the GUI makes them), so they
// have Kibo's size and shape (~1.3 KB: app and user claims). A sample is the mean time per token of one batch of
// 10,000, in microseconds, the three rows alternating in the same run:
// - jwt.decode: decode and read what a GUI login reads (ResultView, CustomerSession): the kind, the header's alg,
//   typ, kid and member count, every notice's text, the time claims the timeline places (nbf, iat, exp, auth_time,
//   user_claims.exp, app_claims.exp), b.PreviousAnonymousId, and the header's and payload's JSON text the trees
//   read. Not the Qt payload value (which the JWT claims tree still makes, see below).
// - jwt.decode.qtpayload (information): the same, and the whole Qt payload value as the CLI, the verifier and
//   the JWT claims tree read it (DecodedToken::payload(), made from the bytes on first call).
// - jwt.decode.qtjson-floor (information): QJsonDocument::fromJson of the same tokens' decoded header and payload
//   bytes alone, the part of an eager decode that builds QJsonObjects (a floor for any decoder that makes them).
//
//   BENCH jwt.decode us <sample> ...
//   BENCH jwt.decode.qtpayload us <sample> ...
//   BENCH jwt.decode.qtjson-floor us <sample> ...
#include "demo/demotenant.h"
#include "jwt/jwtdecoder.h"
#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int TokensPerBatch = 10'000;

// A few distinct real tokens (their ids, session ids and "rnd" differ), so the batch is not one string again.
QList<QByteArray> mintTokens(int count)
{
    DemoTenant tenant;
    if (!tenant.listen()) {
        std::fprintf(stderr, "the demo tenant could not listen: %s\n", qPrintable(tenant.errorString()));
        return {};
    }
    QNetworkAccessManager manager;
    AuthTicketClient client(&manager, nullptr);
    client.setProfile(KiboProfile::demo(tenant.baseUrl()), DemoTenant::sharedSecret());
    QList<QByteArray> tokens;
    const QStringList customers { u"ada.lovelace@example.com"_s, u"b2b.buyer@example.com"_s };
    for (int i = 0; i < count; ++i) {
        CustomerLoginRequest request;
        request.username = customers.at(i % customers.size());
        request.password = DemoTenant::defaultPassword();
        QEventLoop loop;
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        QObject::connect(&client, &AuthTicketClient::finished, &loop, [&](const AuthTicketResult& result) {
            if (result.ticket) {
                tokens.append(result.ticket->jwtAccessToken.toUtf8());
            }
            loop.quit();
        });
        client.login(request);
        loop.exec();
        QObject::disconnect(&client, &AuthTicketClient::finished, &loop, nullptr);
    }
    return tokens;
}

qint64 timeOf(const DecodedToken::ClaimValue& value)
{
    return value.isDouble() ? value.toInteger() : 0;
}

// Decodes every token of the batch and reads what a GUI login reads (withQtPayload: and the Qt payload value);
// returns a checksum so nothing is optimised away.
qint64 decodeBatch(const QList<QByteArray>& tokens, int count, bool withQtPayload)
{
    qint64 touched = 0;
    for (int i = 0; i < count; ++i) {
        const DecodedToken token = JwtDecoder::decode(tokens.at(i % tokens.size()));
        touched += int(token.kind) + token.algorithm.size() + token.type.size() + token.keyId.size() + token.headerSize
            + token.notices.size();
        for (const TokenNotice& notice : token.notices) {
            touched += notice.text.size();
        }
        const DecodedToken::Claims& claims = token.claims;
        touched += timeOf(claims.nbf) + timeOf(claims.iat) + timeOf(claims.exp) + timeOf(claims.authTime)
            + claims.userClaimsExp.toString().size() + claims.appClaimsExp.toString().size()
            + claims.previousAnonymousId.size();
        touched += token.headerJsonText().size() + token.payloadJsonText().size();
        if (withQtPayload) {
            const QJsonObject payload = token.payload().toObject();
            touched += payload.size() + payload.value(u"exp"_s).toInteger();
        }
    }
    return touched;
}

// The decoded header and payload bytes of each token, for the floor.
QList<std::pair<QByteArray, QByteArray>> jsonParts(const QList<QByteArray>& tokens)
{
    QList<std::pair<QByteArray, QByteArray>> parts;
    for (const QByteArray& token : tokens) {
        const DecodedToken decoded = JwtDecoder::decode(token);
        parts.append({ decoded.headerJson, decoded.payloadJson });
    }
    return parts;
}

qint64 parseBatch(const QList<std::pair<QByteArray, QByteArray>>& parts, int count)
{
    qint64 touched = 0;
    for (int i = 0; i < count; ++i) {
        const auto& [header, payload] = parts.at(i % parts.size());
        touched += QJsonDocument::fromJson(header).object().size();
        const QJsonObject claims = QJsonDocument::fromJson(payload).object();
        touched += claims.size() + claims.value(u"exp"_s).toInteger();
    }
    return touched;
}

void print(const char* id, const QList<double>& samples)
{
    std::printf("BENCH %s us", id);
    for (const double sample : samples) {
        std::printf(" %.3f", sample);
    }
    std::printf("\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(u"--smoke"_s);

    const QList<QByteArray> tokens = mintTokens(smoke ? 2 : 16);
    if (tokens.isEmpty()) {
        std::fprintf(stderr, "no token was minted\n");
        return 1;
    }
    // Sanity: the token decodes as a clean JWS, or the figure would be of an error path.
    const DecodedToken check = JwtDecoder::decode(tokens.constFirst());
    if (check.kind != DecodedToken::Kind::Jws || check.hasErrors() || !check.payloadIsObject) {
        std::fprintf(stderr, "the demo token did not decode as a JWS\n");
        return 1;
    }
    std::fprintf(stderr, "token of %lld bytes, payload %lld bytes, %lld claims\n",
        static_cast<long long>(tokens.constFirst().size()), static_cast<long long>(check.payloadJson.size()),
        static_cast<long long>(check.payload().toObject().size()));

    const int batches = smoke ? 1 : 15;
    const int perBatch = smoke ? 100 : TokensPerBatch;
    if (!smoke) {
        decodeBatch(tokens, perBatch / 10, true); // warm caches and the allocator
    }
    const QList<std::pair<QByteArray, QByteArray>> parts = jsonParts(tokens);
    QList<double> samples;
    QList<double> withPayload;
    QList<double> floor;
    qint64 checksum = 0;
    for (int b = 0; b < batches; ++b) {
        QElapsedTimer timer;
        timer.start();
        checksum += decodeBatch(tokens, perBatch, false);
        samples.append(double(timer.nsecsElapsed()) / 1000.0 / perBatch);
        timer.restart();
        checksum += decodeBatch(tokens, perBatch, true);
        withPayload.append(double(timer.nsecsElapsed()) / 1000.0 / perBatch);
        timer.restart();
        checksum += parseBatch(parts, perBatch);
        floor.append(double(timer.nsecsElapsed()) / 1000.0 / perBatch);
    }
    std::fprintf(stderr, "checksum %lld\n", static_cast<long long>(checksum));
    print("jwt.decode", samples);
    print("jwt.decode.qtpayload", withPayload);
    print("jwt.decode.qtjson-floor", floor);
    return 0;
}
