// libFuzzer target: the response-header readers. The input is a header block, one "name: value" per line; each
// value goes through the HTTP date reader (Date) and Retry-After, and the block becomes a reply's headers for the
// correlation ids (x-vol-correlation), the clock skew the Date header shows, and what the CLI and a support bundle
// say of them.
//
// Invariants: header() finds the first header of a name whatever its case; Retry-After is -1 or 0 to a year, the
// number itself when it is one, and agrees with the date reader when it is a date; a date read is written back and
// read again to the same second; correlation ids are non-empty, distinct and at most 200 characters, the error's
// first; a skew has a diagnosis and a duration in words.
#include "cli/ticketreport.h"
#include "fuzzsupport.h"
#include "kibo/authticketclient.h"
#include "kibo/diagnosis.h"
#include "kibo/kiboprofile.h"
#include "kibo/kiboresponse.h"
#include "share/supportbundle.h"

#include <QJsonDocument>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime Now = QDateTime::fromSecsSinceEpoch(1764385200, Qt::UTC); // 2025-11-29 03:00 UTC
constexpr int Year = 24 * 3600 * 365;

bool allDigits(const QByteArray& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void checkValue(const QByteArray& value)
{
    const int retryAfter = KiboError::parseRetryAfter(value, Now);
    KTI_FUZZ_CHECK(retryAfter >= -1 && retryAfter <= Year);
    const QByteArray trimmed = value.trimmed();
    if (allDigits(trimmed) && trimmed.size() < 18) {
        KTI_FUZZ_CHECK(retryAfter == int(std::min<qlonglong>(trimmed.toLongLong(), Year)));
    }

    const QDateTime date = KiboResponse::parseHttpDate(value);
    if (!date.isValid()) {
        return;
    }
    KTI_FUZZ_CHECK(date.timeSpec() == Qt::UTC);
    if (!allDigits(trimmed) && !trimmed.startsWith('+') && !trimmed.startsWith('-')) {
        const qint64 delta = Now.secsTo(date);
        KTI_FUZZ_CHECK(retryAfter == int(std::clamp<qint64>(delta, 0, Year)));
    }
    // Written as HTTP writes it and read again: the same second.
    if (date.date().year() >= 1000 && date.date().year() <= 9999) {
        const QString written = QLocale::c().toString(date, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        const QDateTime again = KiboResponse::parseHttpDate(written.toLatin1());
        KTI_FUZZ_CHECK(again.isValid());
        KTI_FUZZ_CHECK(again.toSecsSinceEpoch() == date.toSecsSinceEpoch());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    KiboResponse response;
    for (const QByteArray& line : KtiFuzz::bytes(data, size).toByteArray().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        response.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
        if (response.headers.size() >= 64) {
            break;
        }
    }
    for (const auto& [name, value] : std::as_const(response.headers)) {
        checkValue(value);
        // header() is the first of that name, whatever its case.
        const QByteArray found = response.header(name.toUpper());
        for (const auto& [other, otherValue] : std::as_const(response.headers)) {
            if (other.compare(name, Qt::CaseInsensitive) == 0) {
                KTI_FUZZ_CHECK(found == otherValue);
                break;
            }
        }
    }

    AuthTicketResult result;
    result.error = KiboError::fromHttpReply(503, "text/plain", {}, response.header("x-vol-correlation"),
        KiboError::customerLoginOperation(), u"t1.example"_s);
    result.error.retryAfterSeconds = KiboError::parseRetryAfter(response.header("retry-after"), Now);
    result.httpStatus = 503;
    result.responseHeaders = response.headers;
    result.serverDate = KiboResponse::parseHttpDate(response.header("date"));
    result.receivedAt = Now;
    const QStringList ids = result.correlationIds();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        KTI_FUZZ_CHECK(!ids.at(i).isEmpty());
        KTI_FUZZ_CHECK(ids.at(i).size() <= 200);
        KTI_FUZZ_CHECK(ids.indexOf(ids.at(i)) == i);
    }
    KTI_FUZZ_CHECK(result.correlationId() == ids.value(0));
    KTI_FUZZ_CHECK(result.error.correlationId.isEmpty() || ids.value(0) == result.error.correlationId);

    if (const std::optional<qint64> skew = Diagnoser::clockSkewSeconds(result.serverDate, result.receivedAt)) {
        KTI_FUZZ_CHECK(!Diagnoser::duration(*skew < 0 ? -*skew : *skew).isEmpty());
        if (Diagnoser::isSignificantSkew(*skew)) {
            const Diagnosis diagnosis = Diagnoser::clockSkew(*skew);
            KTI_FUZZ_CHECK(!diagnosis.title.isEmpty() && !diagnosis.cause.isEmpty() && !diagnosis.nextStep.isEmpty());
        }
    }
    KTI_FUZZ_CHECK(!TicketReport::toText(result, false, Now).isEmpty());
    const KiboProfile profile = KiboProfile::demo(QUrl(u"http://127.0.0.1:1"_s));
    KTI_FUZZ_CHECK(!QJsonDocument(SupportBundle::toJson(result, profile, Now)).toJson().isEmpty());
    KTI_FUZZ_CHECK(!SupportBundle::toMarkdown(result, profile, Now).isEmpty());
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    KtiFuzz::quietLogging();
    return 0;
}
