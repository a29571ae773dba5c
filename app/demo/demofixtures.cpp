#include "demofixtures.h"

using namespace Qt::StringLiterals;

namespace DemoFixtures {

QString clientId()
{
    return u"KiboTokenInspector.demo.1.0.0.Release"_s;
}

QString sharedSecret()
{
    return u"demo-shared-secret"_s;
}

QByteArray jwtSecret()
{
    // Public on purpose: it signs only demo tickets, so that `verify` can show a verified signature.
    return QByteArrayLiteral("kibo-token-inspector-demo-jwt-hs256-key");
}

int tenantId()
{
    return 100001;
}

int siteId()
{
    return 100002;
}

QString defaultPassword()
{
    return u"Demo-pass-1"_s;
}

} // namespace DemoFixtures
