#pragma once

#include "jwt/decodedtoken.h"
#include "jwt/jwksfetcher.h"
#include "jwt/verificationkey.h"
#include "profilefromtoken.h"

#include <QList>
#include <QString>
#include <QTimer>
#include <QWidget>

class QLabel;
#include <memory>
#include <utility>

class Clock;
class JsonTreeModel;
class JsonTreePane;
class SecretClipboard;

namespace Ui {
class InspectorView;
}

// The offline token inspector: paste or drop a compact JWT/JWS, a five-part JWE or a whole auth-ticket
// JSON (whose tokens it lists, starting with its jwtAccessToken) and it decodes as you type. Header and
// payload are shown as filterable trees annotated by the claim catalogue, with the signature and every
// notice of the decoder; what decoded of a broken token is still shown. The signature state is said
// plainly: "Decoded, not verified" until a real check with a key the user gives (a shared secret, also one
// written in base64url as a JWK's "k" or a whole JWK; a PEM/JWK/JWK Set file or the key pasted; or a JWK Set
// fetched from a URL) succeeds. Nothing but that fetch touches the
// network, and the shared secret is never stored.
class InspectorView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorView)

public:
    static constexpr int DecodeDelayMs = 150;
    static constexpr qint64 MaxFileBytes = 32 * 1024 * 1024; // an auth ticket of a big account is several MB

    explicit InspectorView(QWidget* parent = nullptr);
    ~InspectorView() override;

    // Claim times are explained against this clock (not owned; Clock::system() by default).
    void setClock(const Clock* clock);

    // Presenter mode: the trees mask the customer's personal data (PresenterMask) and copy none of it.
    void setPresenterMode(bool on);
    bool presenterMode() const;

    // Replaces the input and decodes it at once (typing decodes after DecodeDelayMs).
    void setInput(const QString& text);
    // Reads a token or ticket file into the input; false (and a message in the summary) when it cannot.
    bool openFile(const QString& path);
    void clear();

    // What the view shows now.
    const DecodedToken& decodedToken() const;
    bool isTicket() const;
    // Names of the ticket's tokens, in the order the token list shows them.
    QStringList ticketTokenNames() const;
    void setCurrentTicketToken(const QString& name);
    QString signatureStateText() const;
    bool isVerified() const;
    // True while a JWK Set is being fetched for a check.
    bool isFetchingKeys() const;

public Q_SLOTS:
    void decodeNow();
    void verify();

Q_SIGNALS:
    // After each decode (also of an empty input).
    void decoded();
    // After each signature check (also one that could not run; then verified is false).
    void verificationFinished(bool verified);
    void statusMessage(const QString& message);
    // New Profile…: the customer token in the input names a tenant; a new profile from it, to confirm.
    void profileFromTokenRequested(const TokenProfile& tokenProfile);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showToken(const QString& token);
    void showDecoded();
    void showSignatureState();
    void updateVerifyControls();
    // note: one more sentence for the line under the button (how the key was read, a hint).
    void checkWith(const KeyLoadResult& keys, const QString& note = QString());
    void verifyWithSecret(const QString& secret);
    QString base64UrlHint(const KeyLoadResult& typed, const QString& secret) const;
    void onKeysFetched(const JwksFetcher::Result& result);
    void refuseCheck(const QString& message);
    void chooseKeyFile();
    void chooseTokenFile();
    void setupPane(JsonTreePane* pane, JsonTreeModel* model, const QString& name);
    bool isKiboToken() const;

    const std::unique_ptr<Ui::InspectorView> m_ui;
    const Clock* m_clock;
    SecretClipboard* m_clipboard;
    JsonTreeModel* m_headerModel;
    JsonTreeModel* m_payloadModel;
    QTimer m_decodeTimer;
    JwksFetcher* m_fetcher = nullptr; // made on the first URL check
    quint64 m_tokenGeneration = 0; // a fetch that finishes after the token changed is dropped
    quint64 m_fetchGeneration = 0;
    DecodedToken m_decoded;
    QList<std::pair<QString, QString>> m_ticketTokens; // name, token
    bool m_verified = false;
    bool m_presenterMode = false;
    QLabel* m_hiddenInputNote = nullptr;
    bool m_checked = false; // a check ran since the token last changed
    QString m_verifiedWith;
    QString m_verifyMessage;
    TokenProfile m_tokenProfile; // what the input says about its tenant (New Profile…)
};
