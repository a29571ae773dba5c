// libFuzzer target: Base64Url::decode on arbitrary bytes, and encode/decode round trips.
#include "fuzzsupport.h"
#include "jwt/base64url.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input = KtiFuzz::bytes(data, size);

    const Base64UrlResult decoded = Base64Url::decode(input);
    if (decoded.ok) {
        KTI_FUZZ_CHECK(decoded.error.isEmpty());
        KTI_FUZZ_CHECK(decoded.errorOffset == -1);
        // Canonical means encode() gives back exactly the input.
        KTI_FUZZ_CHECK(decoded.canonical == (Base64Url::encode(decoded.data) == input));
        KTI_FUZZ_CHECK(decoded.data.size() <= input.size() * 3 / 4);
    } else {
        KTI_FUZZ_CHECK(!decoded.error.isEmpty());
        KTI_FUZZ_CHECK(decoded.errorOffset >= 0 && decoded.errorOffset <= input.size());
        KTI_FUZZ_CHECK(decoded.data.isEmpty());
    }

    // Any bytes survive encode then decode, and the encoding is canonical and unpadded.
    const QByteArray encoded = Base64Url::encode(input);
    KTI_FUZZ_CHECK(encoded.size() % 4 != 1);
    KTI_FUZZ_CHECK(!encoded.contains('='));
    const Base64UrlResult back = Base64Url::decode(encoded);
    KTI_FUZZ_CHECK(back.ok);
    KTI_FUZZ_CHECK(back.canonical);
    KTI_FUZZ_CHECK(back.data == input);
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    KtiFuzz::quietLogging();
    return 0;
}
