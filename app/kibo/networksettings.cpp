#include "kibo/networksettings.h"

#include "kibo/authticketclient.h"
#include "logging.h"
#include "services/services.h"
#include "settingsfile.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString ModeKey = u"network/proxyMode"_s;
const QString HostKey = u"network/proxyHost"_s;
const QString PortKey = u"network/proxyPort"_s;
const QString UserKey = u"network/proxyUser"_s;
const QString TransferKey = u"network/transferTimeoutSeconds"_s;
const QString DeadlineKey = u"network/overallDeadlineSeconds"_s;

const QString LoopbackKey = u"network/proxyLoopback"_s;

int readInt(const QSettings& settings, const QString& key, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= minimum && value <= maximum ? value : fallback;
}

} // namespace

QString NetworkSettings::modeName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        return u"system"_s;
    case ProxyMode::None:
        return u"none"_s;
    case ProxyMode::Explicit:
        return u"explicit"_s;
    }
    return u"system"_s;
}

std::optional<NetworkSettings::ProxyMode> NetworkSettings::modeFromName(const QString& name)
{
    for (const ProxyMode mode : { ProxyMode::System, ProxyMode::None, ProxyMode::Explicit }) {
        if (name == modeName(mode)) {
            return mode;
        }
    }
    return std::nullopt;
}

QStringList NetworkSettings::validate() const
{
    QStringList problems;
    if (proxyMode == ProxyMode::Explicit) {
        const QString host = proxyHost.trimmed();
        if (host.isEmpty()) {
            problems.append(tr("Enter the host name or address of the proxy."));
        } else if (host.contains(u"://"_s)) {
            problems.append(tr("Enter the proxy host without a scheme such as http://, for example "
                               "proxy.example.com."));
        } else if (!Services::instance().isIpAddress(host)) {
            static const QString forbidden = u"/?#@:[]\\"_s;
            bool wellFormed = true;
            for (const QChar c : host) {
                if (c.isSpace() || c.category() == QChar::Other_Control || forbidden.contains(c)) {
                    wellFormed = false;
                }
            }
            if (!wellFormed) {
                problems.append(tr("“%1” is not a host name or address; enter the proxy host alone, without a port "
                                   "or path.")
                                    .arg(host));
            }
        }
        if (proxyPort < 1 || proxyPort > 65535) {
            problems.append(tr("The proxy port must be a whole number from 1 to 65535."));
        }
        if (proxyUser.contains(u':')) {
            problems.append(tr("The proxy user name cannot contain a colon."));
        }
    }
    if (transferTimeoutSeconds < 1 || transferTimeoutSeconds > MaxTransferTimeoutSeconds) {
        problems.append(tr("The transfer timeout must be from 1 to %1 seconds.").arg(MaxTransferTimeoutSeconds));
    }
    if (overallDeadlineSeconds < 1 || overallDeadlineSeconds > MaxOverallDeadlineSeconds) {
        problems.append(tr("The overall deadline must be from 1 to %1 seconds.").arg(MaxOverallDeadlineSeconds));
    } else if (overallDeadlineSeconds < transferTimeoutSeconds) {
        problems.append(tr("The overall deadline (%1 s) must not be shorter than the transfer timeout (%2 s).")
                            .arg(overallDeadlineSeconds)
                            .arg(transferTimeoutSeconds));
    }
    return problems;
}

NetworkSettings NetworkSettings::load()
{
    const QSettings settings;
    return load(settings);
}

NetworkSettings NetworkSettings::load(const QSettings& settings)
{
    NetworkSettings loaded;
    loaded.proxyMode = modeFromName(settings.value(ModeKey).toString()).value_or(ProxyMode::System);
    loaded.proxyHost = settings.value(HostKey).toString().trimmed();
    loaded.proxyPort = readInt(settings, PortKey, 0, 1, 65535);
    loaded.proxyUser = settings.value(UserKey).toString();
    loaded.proxyLoopback = settings.value(LoopbackKey, false).toBool();
    loaded.transferTimeoutSeconds
        = readInt(settings, TransferKey, DefaultTransferTimeoutSeconds, 1, MaxTransferTimeoutSeconds);
    loaded.overallDeadlineSeconds
        = readInt(settings, DeadlineKey, DefaultOverallDeadlineSeconds, 1, MaxOverallDeadlineSeconds);
    if (loaded.overallDeadlineSeconds < loaded.transferTimeoutSeconds) {
        loaded.overallDeadlineSeconds = loaded.transferTimeoutSeconds;
    }
    if (loaded.proxyMode == ProxyMode::Explicit && (loaded.proxyHost.isEmpty() || loaded.proxyPort == 0)) {
        qCWarning(lcKibo) << "saved explicit proxy is incomplete; using the system proxy configuration";
        loaded.proxyMode = ProxyMode::System;
    }
    return loaded;
}

bool NetworkSettings::save(QStringList* errors) const
{
    QSettings settings;
    return save(settings, errors);
}

bool NetworkSettings::save(QSettings& settings, QStringList* errors) const
{
    const QStringList problems = validate();
    if (errors) {
        *errors = problems;
    }
    if (!problems.isEmpty()) {
        return false;
    }
    // Non-secret values only: there is no proxy password here.
    settings.setValue(ModeKey, modeName(proxyMode));
    settings.setValue(HostKey, proxyHost.trimmed());
    if (proxyPort >= 1 && proxyPort <= 65535) {
        settings.setValue(PortKey, proxyPort);
    } else {
        settings.remove(PortKey);
    }
    settings.setValue(UserKey, proxyUser);
    settings.setValue(LoopbackKey, proxyLoopback);
    settings.setValue(TransferKey, transferTimeoutSeconds);
    settings.setValue(DeadlineKey, overallDeadlineSeconds);
    return SettingsFile::sync(settings);
}

QString NetworkSettings::proxyAddress() const
{
    if (proxyMode != ProxyMode::Explicit) {
        return {};
    }
    const QString host = proxyHost.trimmed();
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(proxyPort);
}

void NetworkSettings::applyTo(QNetworkAccessManager* manager) const
{
    if (!manager) {
        return;
    }
    Services::instance().applyNetworkSettings(*this, manager);
    qCInfo(lcKibo).noquote() << "proxy:" << modeName(proxyMode) << proxyAddress()
                             << (proxyMode == ProxyMode::Explicit && proxyLoopback ? "(loopback too)" : "");
}

bool NetworkSettings::isLoopbackHost(const QString& host)
{
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0
        || host.startsWith(u"localhost."_s, Qt::CaseInsensitive) || Services::instance().isLoopbackAddress(host);
}

void NetworkSettings::applyTo(AuthTicketClient* client) const
{
    if (client) {
        client->setDeadlines(transferTimeoutSeconds * 1000, overallDeadlineSeconds * 1000);
    }
}

void NetworkSettings::apply(QNetworkAccessManager* manager, AuthTicketClient* client) const
{
    applyTo(manager);
    applyTo(client);
}
