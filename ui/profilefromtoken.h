#pragma once

#include "kibo/kiboprofile.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QMetaType>
#include <QStringList>

// What a customer token says about the tenant it came from, as a new profile to confirm: the tenant and site
// (b.TenantId, b.SiteId in the user claims), the client ID (akey in the app claims) and the data centre where
// env, iss or aud tell it. Carries no secret: neither the token nor any part of it but those ids.
struct TokenProfile
{
    Q_DECLARE_TR_FUNCTIONS(TokenProfile)
public:
    KiboProfile profile; // name, tenantId, siteId, clientId; dataCentre only when the token tells
    bool dataCentreKnown = false;
    QStringList found; // translated, one line for each field filled and the claim it came from
    QString error; // translated; empty when the token named a tenant

    bool isValid() const { return error.isEmpty(); }
};

Q_DECLARE_METATYPE(TokenProfile)

// Reads a compact customer JWT (Kibo's jwtAccessToken) or a whole auth-ticket JSON (also the CLI's
// `login --json` output) and fills a profile from its claims. Decodes only: the signature is not checked,
// so what it fills is a suggestion the user confirms.
TokenProfile profileFromToken(QByteArrayView text);
