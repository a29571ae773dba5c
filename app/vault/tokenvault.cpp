#include "tokenvault.h"

TokenVault::~TokenVault() = default;

QString TokenVault::accountKey(const QString& username, const QString& tenantHost)
{
    return username + QLatin1Char('@') + tenantHost;
}
