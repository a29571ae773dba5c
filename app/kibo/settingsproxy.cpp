#include "kibo/settingsproxy.h"

#include "kibo/httptransport.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace {

// The proxy of one manager, without touching the application-wide factory. Loopback targets connect directly,
// as QNetworkProxy's application proxy handles them, unless the explicit proxy is asked to carry them too.
class SettingsProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit SettingsProxyFactory(const NetworkSettings& settings)
        : m_settings(settings)
    { }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        using Mode = NetworkSettings::ProxyMode;
        const bool loopback = NetworkSettings::isLoopbackHost(query.peerHostName());
        if (m_settings.proxyMode == Mode::None
            || (loopback && !(m_settings.proxyMode == Mode::Explicit && m_settings.proxyLoopback))) {
            return { QNetworkProxy(QNetworkProxy::NoProxy) };
        }
        if (m_settings.proxyMode == Mode::Explicit) {
            return { SettingsProxy::explicitProxy(m_settings) };
        }
        QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(query);
        if (proxies.isEmpty()) {
            proxies.append(QNetworkProxy(QNetworkProxy::NoProxy));
        }
        return proxies;
    }

private:
    const NetworkSettings m_settings;
};

} // namespace

QNetworkProxy SettingsProxy::explicitProxy(const NetworkSettings& settings)
{
    if (settings.proxyMode != NetworkSettings::ProxyMode::Explicit) {
        return QNetworkProxy(QNetworkProxy::NoProxy);
    }
    QNetworkProxy proxy(QNetworkProxy::HttpProxy, settings.proxyHost.trimmed(), quint16(settings.proxyPort));
    if (!settings.proxyUser.isEmpty()) {
        proxy.setUser(settings.proxyUser);
    }
    return proxy;
}

void SettingsProxy::apply(const NetworkSettings& settings, QNetworkAccessManager* manager)
{
    manager->setProxyFactory(new SettingsProxyFactory(settings)); // the manager owns it
    // A connection kept under the old proxy choice must not carry a call made under the new one.
    HttpTransport::closeIdleConnections(manager);
}

bool SettingsProxy::isIpAddress(const QString& text)
{
    QHostAddress address;
    return address.setAddress(text);
}

bool SettingsProxy::isLoopbackAddress(const QString& text)
{
    QHostAddress address;
    return address.setAddress(text) && address.isLoopback();
}
