#include "logging.h"

Q_LOGGING_CATEGORY(lcKibo, "kti.kibo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJwt, "kti.jwt", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJson, "kti.json", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "kti.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "kti.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "kti.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "kti.ui", QtInfoMsg)
