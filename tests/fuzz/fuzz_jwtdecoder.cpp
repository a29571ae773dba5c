// libFuzzer target: JwtDecoder::decode on arbitrary bytes, compared with the eager QJsonDocument reading
// (JsonReader::QtOnly) in every notice and value, then what the GUI does with a decoded token: the claim catalogue's
// expansion and annotation, shown through a JsonTreeModel.
#include "fuzzsupport.h"
#include "jwt/claimcatalogue.h"
#include "jwt/jwtdecoder.h"

#include <QDateTime>

namespace {

void showInTree(const QJsonValue& value, const QDateTime& now)
{
    JsonTreeModel model;
    model.setAnnotator(
        [now](const QString& path, const QJsonValue& node) { return ClaimCatalogue::annotate(path, node, now); });
    model.setJson(value);
    KtiFuzz::walkTree(model);
    model.setMaskSecrets(false);
    KtiFuzz::walkTree(model, 200);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input = KtiFuzz::bytes(data, size);
    const DecodedToken decoded = JwtDecoder::decode(input);

    // The fast reader gives what QJsonDocument gives, word for word and value for value.
    const DecodedToken eager = JwtDecoder::decode(input, JwtDecoder::JsonReader::QtOnly);
    KTI_FUZZ_CHECK(decoded.kind == eager.kind);
    KTI_FUZZ_CHECK(decoded.signatureState == eager.signatureState);
    KTI_FUZZ_CHECK(decoded.notices.size() == eager.notices.size());
    for (qsizetype i = 0; i < decoded.notices.size() && i < eager.notices.size(); ++i) {
        KTI_FUZZ_CHECK(decoded.notices.at(i).code == eager.notices.at(i).code);
        KTI_FUZZ_CHECK(decoded.notices.at(i).severity == eager.notices.at(i).severity);
        KTI_FUZZ_CHECK(decoded.notices.at(i).text == eager.notices.at(i).text);
    }
    KTI_FUZZ_CHECK(decoded.algorithm == eager.algorithm);
    KTI_FUZZ_CHECK(decoded.type == eager.type);
    KTI_FUZZ_CHECK(decoded.keyId == eager.keyId);
    KTI_FUZZ_CHECK(decoded.headerSize == eager.headerSize);
    KTI_FUZZ_CHECK(decoded.payloadIsObject == eager.payloadIsObject);
    KTI_FUZZ_CHECK(decoded.payloadOctets == eager.payloadOctets);
    KTI_FUZZ_CHECK(decoded.payloadText() == eager.payloadText());
    KTI_FUZZ_CHECK(decoded.payloadHex() == eager.payloadHex());
    KTI_FUZZ_CHECK(decoded.claims == eager.claims);
    KTI_FUZZ_CHECK(decoded.header() == eager.header());
    KTI_FUZZ_CHECK(decoded.payload() == eager.payload());
    KTI_FUZZ_CHECK(decoded.payload().isUndefined() == eager.payload().isUndefined());
    KTI_FUZZ_CHECK(decoded.headerSize == decoded.header().size());

    // Whatever the input: at least one notice, each with a code and a sentence, and never "verified".
    KTI_FUZZ_CHECK(!decoded.notices.isEmpty());
    for (const TokenNotice& notice : decoded.notices) {
        KTI_FUZZ_CHECK(!notice.code.isEmpty());
        KTI_FUZZ_CHECK(notice.text.endsWith(u'.'));
    }
    KTI_FUZZ_CHECK(decoded.signatureState != DecodedToken::SignatureState::Verified);
    KTI_FUZZ_CHECK(decoded.signatureState != DecodedToken::SignatureState::Invalid);
    if (decoded.kind == DecodedToken::Kind::Malformed) {
        KTI_FUZZ_CHECK(decoded.hasErrors());
    }
    // A payload that is not JSON is a JWS's octets: no JSON value, no claims, and said so.
    if (decoded.payloadOctets != DecodedToken::PayloadOctets::None) {
        KTI_FUZZ_CHECK(decoded.kind == DecodedToken::Kind::Jws || decoded.kind == DecodedToken::Kind::Malformed);
        KTI_FUZZ_CHECK(decoded.payload().isUndefined());
        KTI_FUZZ_CHECK(!decoded.payloadIsObject);
        KTI_FUZZ_CHECK(decoded.hasNotice(QStringLiteral("non-json-payload")));
        KTI_FUZZ_CHECK(
            decoded.payloadText().isEmpty() != decoded.payloadHex().isEmpty() || decoded.payloadJson.isEmpty());
    }
    if (input.size() > JwtDecoder::MaxInputBytes) {
        KTI_FUZZ_CHECK(decoded.hasNotice(QStringLiteral("oversize")));
    }
    if (decoded.kind != DecodedToken::Kind::Jws) {
        KTI_FUZZ_CHECK(decoded.signingInput().isEmpty() || decoded.kind == DecodedToken::Kind::Malformed);
        KTI_FUZZ_CHECK(!decoded.hasNotice(QStringLiteral("not-verified")));
    } else {
        // The signing input is the first two segments exactly as received.
        KTI_FUZZ_CHECK(input.indexOf(decoded.signingInput()) >= 0);
        KTI_FUZZ_CHECK(decoded.signingInput().count('.') == 1);
    }

    // A fixed "now" keeps runs reproducible.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764384000, Qt::UTC);
    if (!decoded.header().isEmpty()) {
        showInTree(decoded.header(), now);
    }
    if (decoded.payload().isObject()) {
        showInTree(ClaimCatalogue::expandNested(decoded.payload().toObject()), now);
    } else if (!decoded.payload().isUndefined()) {
        showInTree(decoded.payload(), now);
    }
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    KtiFuzz::quietLogging();
    return 0;
}
