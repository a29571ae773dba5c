#pragma once

#include "kibo/networksettings.h"

#include <QNetworkProxy>

class QNetworkAccessManager;

// NetworkSettings' proxy as Qt Network applies it, in the services module (services/services.h):
// NetworkSettings::applyTo(QNetworkAccessManager*) and the address checks of validate() and isLoopbackHost()
// forward here.
namespace SettingsProxy {

// The proxy the explicit mode stands for (NoProxy in the other modes).
QNetworkProxy explicitProxy(const NetworkSettings& settings);
// Sets the manager's proxy through a per-manager factory (see NetworkSettings::applyTo).
void apply(const NetworkSettings& settings, QNetworkAccessManager* manager);
// Whether text is an IPv4 or IPv6 address, and whether it is a loopback one.
bool isIpAddress(const QString& text);
bool isLoopbackAddress(const QString& text);

} // namespace SettingsProxy
