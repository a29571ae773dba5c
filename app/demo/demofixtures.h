#pragma once

#include <QByteArray>
#include <QString>

// The demo tenant's fixed values (architecture.md, "Demo tenant"). They are public on purpose: they only open
// the demo. The tenant (DemoTenant), its behaviour (DemoService) and its customers (DemoSeed) read them here, so
// no part of the demo includes another for a constant.
namespace DemoFixtures {

QString clientId(); // "KiboTokenInspector.demo.1.0.0.Release"
QString sharedSecret(); // "demo-shared-secret"
QByteArray jwtSecret(); // "kibo-token-inspector-demo-jwt-hs256-key": signs jwtAccessToken (HS256)
int tenantId(); // 100001
int siteId(); // 100002
QString defaultPassword(); // "Demo-pass-1": every seeded customer's password

} // namespace DemoFixtures
