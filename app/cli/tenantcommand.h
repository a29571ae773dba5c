#pragma once

#include <QCoreApplication>
#include <QStringList>

// kibo-token-inspector tenant TARGET [--json]: looks the tenant up at its data centre's home host the way
// Kibo's SDKs do (GET /api/platform/tenants/{id}) and shows its name, whether it is a development tenant,
// its host (domain) and its sites.
class TenantCommand
{
    Q_DECLARE_TR_FUNCTIONS(TenantCommand)

public:
    // arguments: the whole argv, program name and sub-command included. Returns the exit code.
    static int run(const QStringList& arguments);
};
