// libFuzzer target: a refusal's body as Kibo's error reader sees it (KiboError::fromHttpReply, refusalInReply),
// with a status and a content type from the first three bytes, then everything made of the error: the diagnosis,
// the CLI's error code, sentence and details, and the error object.
//
// Invariants: the kind follows the status; every field Kibo's words fill is clipped to its length and holds no
// URL query (they may carry tokens); the diagnosis has a title, a cause and a next step; the CLI's code is a
// stable kebab-case name and its sentence is ours, never a Qt enum name.
#include "cli/clioutput.h"
#include "cli/ticketreport.h"
#include "fuzzsupport.h"
#include "kibo/authticketclient.h"
#include "kibo/diagnosis.h"
#include "kibo/kiboerror.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

// A query survives when a "?" is followed by anything but the "…" scrub() leaves, a space, a quote or a bracket.
bool holdsQuery(const QString& text)
{
    for (qsizetype i = text.indexOf(u'?'); i >= 0; i = text.indexOf(u'?', i + 1)) {
        if (i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next != u'…' && !next.isSpace() && next != u'"' && next != u'\'' && next != u'<' && next != u'>') {
                return true;
            }
        }
    }
    return false;
}

void checkServerWords(const QString& text, qsizetype maxLength)
{
    KTI_FUZZ_CHECK(text.size() <= maxLength);
    if (holdsQuery(text)) {
        std::fprintf(stderr, "a URL query survives in: %s\n", qPrintable(text));
        KTI_FUZZ_CHECK(!holdsQuery(text));
    }
}

void checkError(const KiboError& error, const QByteArray& body, const QJsonObject& reply)
{
    checkServerWords(error.errorCode, 100);
    checkServerWords(error.message, 1001);
    checkServerWords(error.applicationName, 100);
    checkServerWords(error.exceptionType, 200);
    KTI_FUZZ_CHECK(error.additionalErrorData.size() <= 50);
    for (const auto& [name, value] : error.additionalErrorData) {
        KTI_FUZZ_CHECK(!name.isEmpty());
        checkServerWords(name, 100);
        checkServerWords(value, 1001);
    }
    KTI_FUZZ_CHECK(error.cliExitCode() == 1 || error.cliExitCode() == 3 || error.cliExitCode() == 4);

    const Diagnosis diagnosis = Diagnoser::diagnose(error);
    KTI_FUZZ_CHECK(!diagnosis.title.isEmpty());
    KTI_FUZZ_CHECK(!diagnosis.cause.isEmpty());
    KTI_FUZZ_CHECK(!diagnosis.nextStep.isEmpty());

    static const QRegularExpression kebab(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    KTI_FUZZ_CHECK(kebab.match(CliOutput::kiboCode(error)).hasMatch());

    AuthTicketResult result;
    result.error = error;
    result.httpStatus = error.httpStatus;
    result.rawBody = body;
    result.rawJson = reply;
    const QString sentence = TicketReport::errorMessage(result);
    KTI_FUZZ_CHECK(!sentence.isEmpty());
    static const QRegularExpression enumName(u"\\b[A-Z][a-z]+(?:[A-Z][a-z]+)+Error\\b"_s);
    KTI_FUZZ_CHECK(!enumName.match(sentence).hasMatch());
    const QJsonObject details = TicketReport::errorDetails(result, false);
    KTI_FUZZ_CHECK(!QJsonDocument(details).toJson().isEmpty());
    const QJsonObject object = CliOutput::errorObject(CliOutput::kiboCode(error), sentence, details);
    KTI_FUZZ_CHECK(object.value(u"message"_s).toString() == sentence);
    KTI_FUZZ_CHECK(!QJsonDocument(error.toJson()).toJson().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 3) {
        return 0;
    }
    const int status = 100 + (data[0] | (data[1] << 8)) % 500;
    static const QByteArray types[] { "application/json", "application/json; charset=utf-8", "text/html", "",
        "text/plain", "application/problem+json", "TEXT/HTML; charset=iso-8859-1" };
    const QByteArray& contentType = types[data[2] % std::size(types)];
    const QByteArray body = KtiFuzz::bytes(data + 3, size - 3).toByteArray();
    const QJsonObject reply = QJsonDocument::fromJson(body).object();

    const KiboError error = KiboError::fromHttpReply(
        status, contentType, body, "c0ffee", KiboError::customerLoginOperation(), u"t1.example"_s);
    KTI_FUZZ_CHECK(error.httpStatus == status);
    if (status >= 200 && status < 300) {
        KTI_FUZZ_CHECK(!error.isError());
    } else {
        KTI_FUZZ_CHECK(error.kind == KiboError::Kind::HttpKibo || error.kind == KiboError::Kind::HttpOther
            || error.kind == KiboError::Kind::Throttled);
        KTI_FUZZ_CHECK((error.kind == KiboError::Kind::Throttled) == (status == 429));
        checkError(error, body, reply);
    }

    // An errorCode inside a successful reply is a refusal too (as sdk-authentication reads it).
    if (const std::optional<KiboError> refusal
        = KiboError::refusalInReply(200, reply, "c0ffee", KiboError::appAuthenticationOperation(), u"home.example"_s)) {
        KTI_FUZZ_CHECK(refusal->kind == KiboError::Kind::HttpKibo);
        KTI_FUZZ_CHECK(reply.value(u"errorCode"_s).isString());
        checkError(*refusal, body, reply);
    }
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    KtiFuzz::quietLogging();
    return 0;
}
