#pragma once

#include "kibo/authticketclient.h"
#include "session/authticketoutcome.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class Clock;
class SecretClipboard;

namespace Ui {
class TroubleshootingPanel;
}

// The Problem tab: one failed auth-ticket call explained. The cause in plain words and what to check
// next (AuthTicketOutcome's diagnosis), HTTP status, Kibo's errorCode and message, the correlation id with a Copy
// button (for Kibo support), the time the request took, the server's time and the clock skew measured from its Date
// header, the certificate details of a TLS failure, the response headers (secret ones redacted) and the share buttons.
// A 429 shows its Retry-After as a live countdown on the injected clock; "Try Again" is offered only once that time has
// passed.
class TroubleshootingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TroubleshootingPanel)

public:
    explicit TroubleshootingPanel(QWidget* parent = nullptr);
    ~TroubleshootingPanel() override;

    void setClock(const Clock* clock); // not owned; Clock::system() by default
    void setClipboard(SecretClipboard* clipboard); // not owned; one of its own by default
    // Presenter mode: e-mail addresses in the texts masked.
    void setPresenterMode(bool on);

    void showResult(const AuthTicketResult& result);
    void clear();
    void setShareEnabled(bool supportBundle, bool curl);

    // When a 429 asked to wait: the first moment a new request may go out; invalid otherwise.
    QDateTime retryNotBefore() const { return m_retryNotBefore; }
    bool isRetryAllowed() const { return m_retryAllowed; }
    // The skew measured for the shown result (server minus this computer, seconds), if its reply had a Date.
    std::optional<qint64> clockSkewSeconds() const { return m_skew; }

    // Re-reads the clock: countdown text, Try Again and retryAllowedChanged (the 1 s timer calls it too).
    void refreshCountdown();

    // The value shown for a response header: secret ones (SecretPolicy::classifyHeader) as their kind
    // only, JWT-shaped runs, Bearer values and queries removed from the rest (SecretScrubber::headerValue).
    static QString displayedHeaderValue(const QByteArray& name, const QByteArray& value);

Q_SIGNALS:
    void retryAllowedChanged(bool allowed);
    void retryRequested();
    void statusMessage(const QString& message);
    void copySupportBundleRequested();
    void saveSupportBundleRequested();
    void copyCurlRequested();

private:
    void updateTexts();
    void setRetryAllowed(bool allowed);
    QString screenText(const QString& text) const;

    const std::unique_ptr<Ui::TroubleshootingPanel> m_ui;
    const Clock* m_clock;
    SecretClipboard* m_clipboard;
    QTimer m_countdownTimer;
    std::optional<AuthTicketResult> m_result;
    std::optional<AuthTicketOutcome> m_outcome; // of m_result: its diagnosis and correlation id, computed once
    QDateTime m_retryNotBefore;
    std::optional<qint64> m_skew;
    bool m_retryAllowed = true;
    bool m_presenterMode = false;
};
