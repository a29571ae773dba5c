#pragma once

#include <QCoreApplication>
#include <QStringList>

// kibo-token-inspector verify [TOKEN | -] (--secret-stdin | --key FILE | --jwks FILE-OR-URL) [--json]
// Exit codes: 0 verified; 1 verification failed (signature invalid, or the key cannot check this
// token's algorithm); 2 usage error; 3 the JWKS URL could not be fetched; 4 not understood (not a
// decodable JWS, unsupported algorithm, no key with the token's "kid", unreadable key).
class VerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    static int run(const QStringList& arguments);
};
