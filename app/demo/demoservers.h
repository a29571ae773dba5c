#pragma once

#include "demo/demotenant.h"

#include <QObject>

// DemoTenant's servers, in the services module (services/services.h): one DemoHttpServer per origin, with our own
// listeners so that every connection gets DemoRequestLimit. They are the backend's children.
class DemoServers final : public QObject, public DemoTenantBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServers)

public:
    DemoServers();
    ~DemoServers() override;

    QString serve(DemoService* service, qintptr homeSocket, qintptr podSocket, bool tls, const QString& tlsDir,
        const QStringList& certificateNames) override;
};
