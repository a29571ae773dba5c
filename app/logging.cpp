#include "logging.h"

Q_LOGGING_CATEGORY(lcKibo, "kti.kibo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJwt, "kti.jwt", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJson, "kti.json", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVault, "kti.vault", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "kti.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "kti.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "kti.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "kti.ui", QtWarningMsg)
