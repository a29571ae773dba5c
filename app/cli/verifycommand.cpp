#include "verifycommand.h"

#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/clirunner.h"
#include "cli/commandparser.h"
#include "cli/secretinput.h"
#include "cli/ticketreport.h"
#include "clock.h"
#include "jwt/jwksfetcher.h"
#include "jwt/jwsverifier.h"
#include "jwt/jwtdecoder.h"
#include "jwt/keyloader.h"
#include "kibo/networksettings.h"
#include "logging.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QJsonObject noticeJson(const TokenNotice& notice)
{
    return QJsonObject { { u"code"_s, notice.code }, { u"severity"_s, TokenNotice::severityName(notice.severity) },
        { u"text"_s, notice.text } };
}

struct KeySource
{
    KeyLoadResult keys;
    int exitCode = CliRunner::Success; // not Success when no keys could be had
};

KeySource fetchJwks(const QUrl& url)
{
    KeySource source;
    JwksFetcher fetcher;
    NetworkSettings::load().applyTo(fetcher.networkAccessManager()); // the GUI's saved proxy
    JwksFetcher::Result fetched;
    QEventLoop loop;
    QObject::connect(&fetcher, &JwksFetcher::finished, &loop, [&](const JwksFetcher::Result& result) {
        fetched = result;
        loop.quit();
    });
    fetcher.fetch(url);
    loop.exec();
    switch (fetched.error) {
    case JwksFetcher::Error::None:
        source.keys = KeyLoader::fromJwkSet(fetched.body, fetched.source);
        if (!source.keys.ok()) {
            source.exitCode = CliRunner::NotUnderstood;
        }
        return source;
    case JwksFetcher::Error::InvalidUrl:
        source.exitCode = CliRunner::UsageError;
        break;
    case JwksFetcher::Error::Oversize:
    case JwksFetcher::Error::NotJson:
        source.exitCode = CliRunner::NotUnderstood;
        break;
    case JwksFetcher::Error::Network:
    case JwksFetcher::Error::Tls:
    case JwksFetcher::Error::Timeout:
    case JwksFetcher::Error::HttpStatus:
    case JwksFetcher::Error::Redirect:
        source.exitCode = CliRunner::NetworkFailure;
        break;
    }
    source.keys.failure = KeyLoadResult::Failure::NotUnderstood;
    source.keys.error = fetched.message;
    return source;
}

int exitCodeFor(JwsVerifier::Outcome outcome)
{
    switch (outcome) {
    case JwsVerifier::Outcome::Verified:
        return CliRunner::Success;
    case JwsVerifier::Outcome::Invalid:
    case JwsVerifier::Outcome::Refused:
        return CliRunner::ServerRefused;
    case JwsVerifier::Outcome::NoMatchingKey:
    case JwsVerifier::Outcome::NotVerifiable:
        break;
    }
    return CliRunner::NotUnderstood;
}

// The failure's code in the CLI contract.
QString failureCode(JwsVerifier::Outcome outcome)
{
    switch (outcome) {
    case JwsVerifier::Outcome::Verified:
        break;
    case JwsVerifier::Outcome::Invalid:
        return u"signature-invalid"_s;
    case JwsVerifier::Outcome::Refused:
        return u"verification-refused"_s;
    case JwsVerifier::Outcome::NoMatchingKey:
        return u"no-matching-key"_s;
    case JwsVerifier::Outcome::NotVerifiable:
        return u"not-verifiable"_s;
    }
    return u"not-verifiable"_s;
}

} // namespace

int VerifyCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Verify a JWT's signature offline with a key you give: a shared secret on standard input, a PEM file "
           "(public key, certificate or private key), a JWK or JWK Set file, or a JWKS URL. The algorithm comes "
           "from the key, never from the token's header.\n"
           "\n"
           "Exit codes: 0 verified; 1 verification failed (the signature does not match, or the key cannot "
           "check this token's algorithm); 2 usage error; 3 the JWKS URL could not be fetched (network, TLS, "
           "timeout, HTTP error or redirect); 4 not understood (not a signed JWT, unsupported algorithm, no key "
           "with the token's key id, or a key that cannot be read).\n"
           "\n"
           "With --secret-stdin the secret is the first line of standard input; a token read from standard input "
           "follows on the next line."));
    CliCommands::prepare(parser, u"verify"_s);
    parser.addPositionalArgument(
        u"token"_s, tr("The token, or - (the default) to read it from standard input."), u"[TOKEN | -]"_s);
    parser.addOption({ u"secret-stdin"_s, tr("Read the shared secret (HS256, HS384, HS512) from standard input.") });
    parser.addOption(
        { u"key"_s, tr("A PEM public key, certificate or private key, or a JWK or JWK Set file."), tr("FILE") });
    parser.addOption(
        { u"jwks"_s, tr("A JWK Set file, or an http:// or https:// URL serving one."), tr("FILE-OR-URL") });
    if (const auto done = CommandParser::parse(parser, arguments)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s, tr("verify takes one token at most."));
    }
    const int sources
        = int(parser.isSet(u"secret-stdin"_s)) + int(parser.isSet(u"key"_s)) + int(parser.isSet(u"jwks"_s));
    if (sources != 1) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s,
            sources == 0 ? tr("Name the key: --secret-stdin, --key FILE or --jwks FILE-OR-URL.")
                         : tr("Give only one of --secret-stdin, --key and --jwks."));
    }
    if (parser.values(u"key"_s).size() > 1 || parser.values(u"jwks"_s).size() > 1) {
        return CliOutput::fail(CliRunner::UsageError, u"usage"_s, tr("Give --key or --jwks once."));
    }
    const bool json = parser.isSet(u"json"_s);

    // The key first: with --secret-stdin the secret is the first line of standard input.
    KeySource source;
    if (parser.isSet(u"secret-stdin"_s)) {
        QString error;
        const std::optional<QString> secret = SecretInput::readLine(tr("the shared secret"), &error);
        if (!secret) {
            return CliOutput::fail(CliRunner::UsageError, u"input-unreadable"_s, error);
        }
        source.keys = KeyLoader::fromSecret(secret->toUtf8(), tr("standard input"));
    } else if (parser.isSet(u"key"_s)) {
        source.keys = KeyLoader::fromFile(parser.value(u"key"_s));
        if (!source.keys.ok()) {
            source.exitCode = CliRunner::NotUnderstood;
        }
    } else {
        const QString jwks = parser.value(u"jwks"_s);
        if (jwks.startsWith(u"http://"_s, Qt::CaseInsensitive) || jwks.startsWith(u"https://"_s, Qt::CaseInsensitive)) {
            source = fetchJwks(QUrl(jwks, QUrl::StrictMode));
        } else if (jwks.contains(u"://"_s)) {
            return CliOutput::fail(
                CliRunner::UsageError, u"usage"_s, tr("--jwks takes a file or an http:// or https:// URL."));
        } else {
            source.keys = KeyLoader::fromFile(jwks);
            if (!source.keys.ok()) {
                source.exitCode = CliRunner::NotUnderstood;
            }
        }
    }
    if (!source.keys.ok() && source.exitCode == CliRunner::Success) {
        source.exitCode = CliRunner::NotUnderstood;
    }

    // Then the token.
    const std::optional<QByteArray> input = CommandParser::readToken(positional.value(1, u"-"_s));
    if (!input) {
        return CommandParser::failUnreadableInput();
    }
    const DecodedToken token = JwtDecoder::decode(*input);

    if (source.exitCode != CliRunner::Success) {
        const QString message = source.keys.error.isEmpty() ? tr("No usable key was found.") : source.keys.error;
        QJsonObject report;
        if (json) {
            QJsonArray notices { QJsonObject {
                { u"code"_s, u"no-key"_s }, { u"severity"_s, u"error"_s }, { u"text"_s, message } } };
            report = QJsonObject { { u"verified"_s, false }, { u"algorithm"_s, token.algorithm },
                { u"key"_s, QJsonValue::Null }, { u"kid"_s, QJsonValue::Null }, { u"message"_s, message },
                { u"notices"_s, notices }, { u"jwt"_s, TicketReport::jwtJson(token) } };
        }
        return CliOutput::fail(source.exitCode,
            source.exitCode == CliRunner::NetworkFailure ? u"jwks-unavailable"_s : u"no-usable-key"_s, message, {},
            report);
    }

    const JwsVerifier::Result result = JwsVerifier::verify(token, source.keys.keys);
    const DecodedToken checked = JwsVerifier::applied(token, result);
    qCInfo(lcCli) << "verify outcome" << int(result.outcome) << "keys tried" << result.keysTried;

    const int exitCode = exitCodeFor(result.outcome);
    const QString message = result.message.isEmpty() ? tr("The signature was not verified.") : result.message;
    if (json) {
        QJsonArray notices;
        for (const QString& note : std::as_const(source.keys.notes)) {
            notices.append(noticeJson(TokenNotice { TokenNotice::Severity::Info, u"key-note"_s, note }));
        }
        for (const TokenNotice& notice : result.notices) {
            notices.append(noticeJson(notice));
        }
        const QJsonObject report { { u"verified"_s, result.verified }, { u"algorithm"_s, result.algorithm },
            { u"key"_s,
                result.keyDescription.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.keyDescription) },
            { u"kid"_s, result.kid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.kid) },
            { u"message"_s, result.message }, { u"notices"_s, notices }, { u"jwt"_s, TicketReport::jwtJson(checked) } };
        if (exitCode != CliRunner::Success) {
            return CliOutput::fail(exitCode, failureCode(result.outcome), message, {}, report);
        }
        CliOutput::json(report);
        return exitCode;
    }
    QStringList diagnostics;
    for (const QString& note : std::as_const(source.keys.notes)) {
        diagnostics << u"  ! "_s + note;
    }
    for (const TokenNotice& notice : result.notices) {
        if (notice.code != u"verified"_s && notice.code != u"signature-invalid"_s && notice.text != result.message) {
            diagnostics << u"  ! "_s + notice.text;
        }
    }
    if (!result.verified) {
        return CliOutput::fail(exitCode, failureCode(result.outcome), message, {}, {},
            (QStringList { message } + diagnostics).join(u'\n'));
    }
    CliOutput::out(result.message);
    if (!diagnostics.isEmpty()) {
        CliOutput::err(diagnostics.join(u'\n'));
    }
    if (checked.kind == DecodedToken::Kind::Jws) {
        CliOutput::out(TicketReport::jwtText(checked, Clock::system()->now()));
    }
    return exitCode;
}
