#pragma once

#include <QLoggingCategory>

// One category per area (Nextcloud's dotted names). Nothing secret is ever logged in any of them:
// no password, token, client secret, Authorization header, URL query or raw errorString().
// Only warnings show by default; QT_LOGGING_RULES="kti.*.info=true" shows what each request did.
Q_DECLARE_LOGGING_CATEGORY(lcKibo)
Q_DECLARE_LOGGING_CATEGORY(lcJwt)
Q_DECLARE_LOGGING_CATEGORY(lcJson)
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
