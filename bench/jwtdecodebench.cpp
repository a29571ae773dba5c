// kti-bench-jwt: JwtDecoder::decode of the demo tenant's real customer JWT, in process (issue 12).
//
// The tokens are minted by the demo tenant (DemoTenant over loopback, real logins as the GUI makes them), so they
// have Kibo's size and shape (~1.3 KB: app and user claims). Each sample decodes 10,000 tokens the way the GUI and
// the CLI use the result: the kind, the header's "alg", the payload's claims and every notice are read. A sample is
// the mean time per token of one batch, in microseconds.
// For reference, in the same run and alternating with it: QJsonDocument::fromJson of the same tokens' decoded header
// and payload bytes alone, the part of a decode that builds the QJsonObjects every consumer reads (a floor for any
// decoder that hands out Qt's JSON values).
//
//   BENCH jwt.decode us <sample> ...
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

// Decodes every token of the batch and reads what the views read; returns a checksum so nothing is optimised away.
qint64 decodeBatch(const QList<QByteArray>& tokens, int count)
{
    qint64 touched = 0;
    for (int i = 0; i < count; ++i) {
        const DecodedToken token = JwtDecoder::decode(tokens.at(i % tokens.size()));
        touched += int(token.kind) + token.algorithm.size() + token.header.size() + token.notices.size();
        const QJsonObject claims = token.payload.toObject();
        touched += claims.size() + claims.value(u"exp"_s).toInteger();
        for (const TokenNotice& notice : token.notices) {
            touched += notice.text.size();
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
    if (check.kind != DecodedToken::Kind::Jws || check.hasErrors() || !check.payload.isObject()) {
        std::fprintf(stderr, "the demo token did not decode as a JWS\n");
        return 1;
    }
    std::fprintf(stderr, "token of %lld bytes, payload %lld bytes, %lld claims\n",
        static_cast<long long>(tokens.constFirst().size()), static_cast<long long>(check.payloadJson.size()),
        static_cast<long long>(check.payload.toObject().size()));

    const int batches = smoke ? 1 : 15;
    const int perBatch = smoke ? 100 : TokensPerBatch;
    if (!smoke) {
        decodeBatch(tokens, perBatch / 10); // warm caches and the allocator
    }
    const QList<std::pair<QByteArray, QByteArray>> parts = jsonParts(tokens);
    QList<double> samples;
    QList<double> floor;
    qint64 checksum = 0;
    for (int b = 0; b < batches; ++b) {
        QElapsedTimer timer;
        timer.start();
        checksum += decodeBatch(tokens, perBatch);
        samples.append(double(timer.nsecsElapsed()) / 1000.0 / perBatch);
        timer.restart();
        checksum += parseBatch(parts, perBatch);
        floor.append(double(timer.nsecsElapsed()) / 1000.0 / perBatch);
    }
    std::fprintf(stderr, "checksum %lld\n", static_cast<long long>(checksum));
    print("jwt.decode", samples);
    print("jwt.decode.qtjson-floor", floor);
    return 0;
}
