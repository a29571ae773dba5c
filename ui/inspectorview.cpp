#include "inspectorview.h"

#include "boldfont.h"
#include "clock.h"
#include "jsontreepane.h"
#include "jwt/claimcatalogue.h"
#include "jwt/jwsverifier.h"
#include "jwt/jwtdecoder.h"
#include "jwt/keyloader.h"
#include "logging.h"
#include "secretclipboard.h"
#include "secrets/presentermask.h"
#include "secrets/secretpolicy.h"
#include "textfile.h"
#include "ui_inspectorview.h"

#include "json/jsontreemodel.h"
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

enum KeySource
{
    SharedSecret,
    KeyFile,
    JwksUrl
};

} // namespace

InspectorView::InspectorView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InspectorView>())
    , m_clock(Clock::system())
    , m_clipboard(new SecretClipboard(this))
    , m_headerModel(new JsonTreeModel(this))
    , m_payloadModel(new JsonTreeModel(this))
{
    m_ui->setupUi(this);
    // In presenter mode this note takes the input's place: a pasted token would show in full there.
    m_hiddenInputNote = new QLabel(
        tr("The input is hidden in presenter mode. Drop a file here or use Open File…; the trees below stay masked."),
        this);
    m_hiddenInputNote->setObjectName(u"hiddenInputNoteLabel"_s);
    m_hiddenInputNote->setWordWrap(true);
    m_hiddenInputNote->setAlignment(Qt::AlignCenter);
    m_hiddenInputNote->setFrameShape(QFrame::StyledPanel);
    m_hiddenInputNote->setVisible(false);
    m_ui->inputLayout->insertWidget(0, m_hiddenInputNote, 1);
    setWindowTitle(tr("Token Inspector"));

    QPlainTextEdit* input = m_ui->tokenPlainTextEdit;
    input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A token is one long line without spaces: wrap anywhere, so that 64 KiB lay out at once.
    input->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    input->setWordWrapMode(QTextOption::WrapAnywhere);
    input->setFixedHeight(input->fontMetrics().lineSpacing() * 5 + 2 * input->frameWidth() + 8);
    input->setAcceptDrops(false); // files and text dropped anywhere go through dropEvent()
    // A payload that is not JSON, as text or hex bytes, in the token's own typeface: columns of hex line up.
    m_ui->payloadPlainTextEdit->setFont(input->font());
    setAcceptDrops(true);

    m_ui->summaryLabel->setFont(boldFont(font(), 1.15));
    m_ui->signatureStateLabel->setFont(boldFont(font(), 1.0));
    m_ui->signatureLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->ticketWidget->setVisible(false);

    setupPane(m_ui->headerTreePane, m_headerModel, tr("Token header"));
    setupPane(m_ui->payloadTreePane, m_payloadModel, tr("Token payload"));
    m_ui->headerTreePane->treeView()->setObjectName(u"headerTreeView"_s);
    m_ui->payloadTreePane->treeView()->setObjectName(u"payloadTreeView"_s);
    m_ui->payloadTreePane->filterLineEdit()->setObjectName(u"claimsFilterLineEdit"_s);
    m_ui->payloadTreePane->optionsButton()->setObjectName(u"claimsOptionsButton"_s);
    m_ui->headerTreePane->setFilterVisible(false);
    m_ui->payloadTreePane->filterLineEdit()->setAccessibleName(tr("Filter claims"));
    m_ui->payloadTreePane->filterLineEdit()->setPlaceholderText(tr("Filter claims by name, value or path…"));
    m_ui->payloadTreePane->setMatchRenderedValues(true);
    m_ui->payloadTreePane->setDefaultDepth(1);
    m_ui->treeSplitter->setStretchFactor(0, 1);
    m_ui->treeSplitter->setStretchFactor(1, 3);
    QWidget::setTabOrder(m_ui->noticesListWidget, m_ui->headerTreePane->treeView());
    QWidget::setTabOrder(m_ui->headerTreePane->treeView(), m_ui->payloadTreePane->filterLineEdit());
    QWidget::setTabOrder(m_ui->payloadTreePane->filterLineEdit(), m_ui->payloadTreePane->optionsButton());
    QWidget::setTabOrder(m_ui->payloadTreePane->optionsButton(), m_ui->payloadTreePane->treeView());
    QWidget::setTabOrder(m_ui->payloadTreePane->treeView(), m_ui->keySourceComboBox);

    // Ctrl+F anywhere in the inspector goes to the claims filter.
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_ui->payloadTreePane, &JsonTreePane::focusFilter);

    m_ui->keySourceComboBox->addItem(tr("Shared secret (HS256, HS384, HS512)"));
    m_ui->keySourceComboBox->addItem(tr("Key file (PEM, JWK or JWK Set)"));
    m_ui->keySourceComboBox->addItem(tr("JWKS URL"));
    m_ui->secretLineEdit->setToolTip(tr("Used for this check only; never saved."));
    connect(m_ui->keySourceComboBox, &QComboBox::currentIndexChanged, m_ui->keyStackedWidget,
        &QStackedWidget::setCurrentIndex);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &InspectorView::verify);
    connect(m_ui->secretLineEdit, &QLineEdit::returnPressed, this, &InspectorView::verify);
    connect(m_ui->keyFileLineEdit, &QLineEdit::returnPressed, this, &InspectorView::verify);
    connect(m_ui->jwksUrlLineEdit, &QLineEdit::returnPressed, this, &InspectorView::verify);
    m_ui->keyFileLineEdit->setToolTip(tr("The path of a file with a PEM public key, certificate or private key (only "
                                         "its public part is used), a JWK or a JWK Set; or the PEM key or JWK itself, "
                                         "pasted."));
    m_ui->jwksUrlLineEdit->setToolTip(tr("The issuer's JWK Set, fetched once for this check without credentials or "
                                         "redirects."));
    connect(m_ui->browseKeyFileButton, &QPushButton::clicked, this, &InspectorView::chooseKeyFile);

    // Decode as the user types, after a short pause.
    m_decodeTimer.setSingleShot(true);
    m_decodeTimer.setInterval(DecodeDelayMs);
    connect(input, &QPlainTextEdit::textChanged, &m_decodeTimer, qOverload<>(&QTimer::start));
    connect(&m_decodeTimer, &QTimer::timeout, this, &InspectorView::decodeNow);
    connect(m_ui->tokenComboBox, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_ticketTokens.size()) {
            showToken(m_ticketTokens.at(index).second);
        }
    });
    connect(m_ui->clearButton, &QPushButton::clicked, this, &InspectorView::clear);
    connect(m_ui->openFileButton, &QPushButton::clicked, this, &InspectorView::chooseTokenFile);
    m_ui->newProfileButton->setEnabled(false);
    connect(m_ui->newProfileButton, &QPushButton::clicked, this, [this] {
        if (m_tokenProfile.isValid()) {
            Q_EMIT profileFromTokenRequested(m_tokenProfile);
        }
    });
    connect(m_ui->headerTreePane, &JsonTreePane::statusMessage, this, &InspectorView::statusMessage);
    connect(m_ui->payloadTreePane, &JsonTreePane::statusMessage, this, &InspectorView::statusMessage);

    showDecoded();
}

InspectorView::~InspectorView() = default;

void InspectorView::setupPane(JsonTreePane* pane, JsonTreeModel* model, const QString& name)
{
    // Read lazily as rows are built, so the annotator asks the view's clock of the moment.
    model->setAnnotator([this](const QString& path, const QJsonValue& value) {
        return ClaimCatalogue::annotate(path, value, m_clock->now());
    });
    pane->setModel(model);
    pane->setClipboard(m_clipboard);
    pane->setFindShortcutEnabled(false);
    pane->treeView()->setAccessibleName(name);
}

void InspectorView::setPresenterMode(bool on)
{
    m_presenterMode = on;
    const JsonTreeModel::MaskPredicate predicate
        = on ? JsonTreeModel::MaskPredicate(&PresenterMask::isPersonal) : JsonTreeModel::MaskPredicate();
    m_headerModel->setExtraMask(predicate, PresenterMask::mask());
    m_payloadModel->setExtraMask(predicate, PresenterMask::mask());
    m_hiddenInputNote->setMinimumHeight(m_ui->tokenPlainTextEdit->height());
    m_ui->tokenPlainTextEdit->setVisible(!on);
    m_hiddenInputNote->setVisible(on);
}

bool InspectorView::presenterMode() const
{
    return m_presenterMode;
}

void InspectorView::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    showDecoded();
}

void InspectorView::setInput(const QString& text)
{
    m_ui->tokenPlainTextEdit->setPlainText(text);
    decodeNow();
}

void InspectorView::clear()
{
    setInput(QString());
    m_ui->tokenPlainTextEdit->setFocus(Qt::OtherFocusReason);
}

void InspectorView::decodeNow()
{
    m_decodeTimer.stop();
    const QString text = m_ui->tokenPlainTextEdit->toPlainText();
    const QString trimmed = text.trimmed();
    m_ticketTokens.clear();
    m_tokenProfile = trimmed.isEmpty() ? TokenProfile() : profileFromToken(trimmed.toUtf8());
    if (trimmed.isEmpty()) {
        m_tokenProfile.error = tr("No token.");
    }
    m_ui->newProfileButton->setEnabled(m_tokenProfile.isValid());
    m_ui->newProfileButton->setToolTip(m_tokenProfile.isValid()
            ? tr("Fill a new profile with %1; you check it before it is saved.")
                  .arg(m_tokenProfile.found.join(tr("; ")))
            : tr("A customer JWT or auth ticket names its tenant and site; this input does not: %1")
                  .arg(m_tokenProfile.error));
    if (trimmed.startsWith(u'{')) {
        // A whole auth ticket (or another JSON object carrying tokens): list them and show the JWT first.
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8());
        QJsonObject object = document.object();
        // The output of `login --json` holds the ticket under "ticket".
        if (!object.contains(u"jwtAccessToken"_s) && object.value(u"ticket"_s).isObject()) {
            object = object.value(u"ticket"_s).toObject();
        }
        for (const QString& name : SecretPolicy::tokenFields()) {
            const QString token = object.value(name).toString();
            if (!token.isEmpty()) {
                m_ticketTokens.append({ name, token });
            }
        }
        std::stable_partition(m_ticketTokens.begin(), m_ticketTokens.end(),
            [](const auto& token) { return token.first == u"jwtAccessToken"_s; });
    }
    m_ui->ticketWidget->setVisible(!m_ticketTokens.isEmpty());
    if (!m_ticketTokens.isEmpty()) {
        const QSignalBlocker blocker(m_ui->tokenComboBox);
        m_ui->tokenComboBox->clear();
        for (const auto& [name, token] : std::as_const(m_ticketTokens)) {
            m_ui->tokenComboBox->addItem(name);
        }
        m_ui->tokenComboBox->setCurrentIndex(0);
        m_ui->ticketLabel->setText(
            tr("An auth ticket with %n token(s). Inspecting:", nullptr, int(m_ticketTokens.size())));
        showToken(m_ticketTokens.constFirst().second);
        return;
    }
    // Given as typed: the decoder reports whitespace, a "Bearer " prefix and oversize input itself.
    showToken(text);
}

void InspectorView::showToken(const QString& token)
{
    QElapsedTimer timer;
    timer.start();
    m_decoded = JwtDecoder::decode(token.toUtf8());
    ++m_tokenGeneration;
    if (m_fetcher && m_fetcher->isRunning()) {
        m_fetcher->cancel();
    }
    m_verified = false;
    m_checked = false;
    m_verifiedWith.clear();
    m_verifyMessage.clear();
    showDecoded();
    // Never the token itself: only what kind it was and how long it took.
    qCDebug(lcUi) << "inspector decoded a token of kind" << int(m_decoded.kind) << "with" << m_decoded.notices.size()
                  << "notices in" << timer.elapsed() << "ms";
    Q_EMIT decoded();
}

void InspectorView::showDecoded()
{
    const DecodedToken& token = m_decoded;
    if (token.header().isEmpty()) {
        m_headerModel->clear();
    } else {
        m_headerModel->setJson(token.header());
    }
    if (token.payload().isObject()) {
        // b._sess_ is JSON inside a string: shown parsed.
        m_payloadModel->setJson(ClaimCatalogue::expandNested(token.payload().toObject()));
    } else if (!token.payload().isUndefined()) {
        m_payloadModel->setJson(token.payload());
    } else {
        m_payloadModel->clear();
    }
    // A JWS whose payload is not JSON has no claims to show as a tree: its text, or its bytes in hex. Control
    // characters and bidirectional overrides are shown escaped, as in the trees; the text's lines stay lines.
    const bool octets = token.payloadOctets != DecodedToken::PayloadOctets::None;
    if (token.payloadOctets == DecodedToken::PayloadOctets::Text) {
        QStringList lines = token.payloadText().split(u'\n');
        for (QString& line : lines) {
            line = JsonTreeModel::escapeForDisplay(line);
        }
        m_ui->payloadPlainTextEdit->setPlainText(lines.join(u'\n'));
    } else if (token.payloadOctets == DecodedToken::PayloadOctets::Binary) {
        QString hex = token.payloadHex();
        for (qsizetype at = hex.size() - 2; at > 0; at -= 2) {
            hex.insert(at, u' ');
        }
        m_ui->payloadPlainTextEdit->setPlainText(hex);
    } else {
        m_ui->payloadPlainTextEdit->clear();
    }
    m_ui->payloadPlainTextEdit->setVisible(octets);
    m_ui->payloadTreePane->setVisible(!octets);
    m_ui->headerTreePane->expandToDepth(1);
    // A claims filter stays while the token is edited or another token of a ticket is chosen.
    const QString filter = m_ui->payloadTreePane->filterLineEdit()->text();
    if (filter.trimmed().isEmpty()) {
        m_ui->payloadTreePane->expandToDepth(1);
    } else {
        m_ui->payloadTreePane->setFilterText(filter);
    }
    for (QTreeView* view : { m_ui->headerTreePane->treeView(), m_ui->payloadTreePane->treeView() }) {
        view->resizeColumnToContents(JsonTreeModel::KeyColumn);
        view->resizeColumnToContents(JsonTreeModel::ValueColumn);
        view->setColumnWidth(JsonTreeModel::KeyColumn, std::min(view->columnWidth(JsonTreeModel::KeyColumn) + 16, 320));
        view->setColumnWidth(
            JsonTreeModel::ValueColumn, std::clamp(view->columnWidth(JsonTreeModel::ValueColumn) + 16, 160, 420));
    }

    // The header has a handful of members: give it just their rows, the payload the rest.
    QTreeView* header = m_ui->headerTreePane->treeView();
    const int rowHeight = std::max(header->sizeHintForRow(0), header->fontMetrics().height());
    const int headerHeight = header->header()->sizeHint().height() + 2 * header->frameWidth()
        + rowHeight * std::clamp(m_headerModel->rowCount(), 1, 8) + 4;
    m_ui->headerTreePane->setMaximumHeight(headerHeight);
    const int rest = std::max(m_ui->treeSplitter->height() - headerHeight, 300);
    m_ui->treeSplitter->setSizes({ headerHeight, rest, rest }); // the payload tree or its text: one is hidden

    const bool unsigned_ = token.signatureState == DecodedToken::SignatureState::Unsigned;
    QString summary;
    switch (token.kind) {
    case DecodedToken::Kind::Empty:
        summary = tr("Paste a token above to decode it. Nothing is sent anywhere.");
        break;
    case DecodedToken::Kind::Jws:
        if (token.payloadOctets == DecodedToken::PayloadOctets::Text) {
            summary = tr("A JWS using %1 whose payload is text, not JSON: not a JWT. The payload is shown below.")
                          .arg(token.algorithm.isEmpty() ? tr("no stated algorithm") : token.algorithm);
        } else if (token.payloadOctets == DecodedToken::PayloadOctets::Binary) {
            summary = tr("A JWS using %1 whose payload is neither JSON nor text: not a JWT. Its %n byte(s) are "
                         "shown below in hexadecimal.",
                nullptr, int(token.payloadJson.size()))
                          .arg(token.algorithm.isEmpty() ? tr("no stated algorithm") : token.algorithm);
        } else {
            summary = unsigned_ ? tr("An unsigned JWT (alg “none”).")
                                : tr("A signed JWT (JWS) using %1.")
                                      .arg(token.algorithm.isEmpty() ? tr("no stated algorithm") : token.algorithm);
        }
        break;
    case DecodedToken::Kind::Jwe:
        summary = tr("An encrypted token (JWE): only its header can be read.");
        break;
    case DecodedToken::Kind::Opaque:
        summary = tr("An opaque token: not a JWT, so only its issuer can read it.");
        break;
    case DecodedToken::Kind::Malformed:
        summary = tr("Not a well-formed token. What could be decoded is shown below.");
        break;
    }
    m_ui->summaryLabel->setText(summary);

    m_ui->noticesListWidget->clear();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const TokenNotice& notice : token.notices) {
        if (notice.code == u"not-verified"_s) {
            continue; // the signature state says it, once
        }
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        QString severity = tr("Note");
        if (notice.severity == TokenNotice::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            severity = tr("Warning");
        } else if (notice.severity == TokenNotice::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            severity = tr("Error");
        }
        auto* item = new QListWidgetItem(style()->standardIcon(icon, nullptr, this), notice.text);
        item->setData(Qt::UserRole, notice.code);
        //: A notice's severity and its code, e.g. "Warning (alg-none)".
        item->setToolTip(tr("%1 (%2)").arg(severity, notice.code));
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(severity, notice.text));
        m_ui->noticesListWidget->addItem(item);
    }
    const int notices = m_ui->noticesListWidget->count();
    m_ui->noticesListWidget->setIconSize(QSize(iconSize, iconSize));
    m_ui->noticesListWidget->setVisible(notices > 0);
    if (notices > 0) {
        const int rowHeight = std::max(m_ui->noticesListWidget->sizeHintForRow(0), iconSize + 4);
        m_ui->noticesListWidget->setFixedHeight(
            rowHeight * std::min(notices, 4) + 2 * m_ui->noticesListWidget->frameWidth() + 4);
    }

    if (token.kind == DecodedToken::Kind::Jws
        || (token.kind == DecodedToken::Kind::Malformed && !token.signature.isEmpty())) {
        const QByteArray start
            = token.signature.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(12);
        m_ui->signatureLabel->setText(token.signature.isEmpty()
                ? tr("Signature: none.")
                : tr("Signature: %n byte(s), beginning %1…", nullptr, int(token.signature.size()))
                      .arg(QString::fromLatin1(start)));
        m_ui->signatureLabel->setVisible(true);
    } else {
        m_ui->signatureLabel->setVisible(false);
    }
    showSignatureState();
    updateVerifyControls();
}

bool InspectorView::isKiboToken() const
{
    const QJsonObject payload = m_decoded.payload().toObject();
    return payload.value(u"iss"_s).toString().contains(u"kibocommerce.com"_s, Qt::CaseInsensitive)
        || payload.contains(ClaimCatalogue::AppClaimsKey) || payload.contains(ClaimCatalogue::UserClaimsKey);
}

void InspectorView::showSignatureState()
{
    const DecodedToken& token = m_decoded;
    QString state;
    switch (token.kind) {
    case DecodedToken::Kind::Empty:
        break;
    case DecodedToken::Kind::Jws:
        if (token.signatureState == DecodedToken::SignatureState::Unsigned) {
            state = tr("Unsigned: a token with alg “none” is never valid.");
        } else if (m_checked && m_verified) {
            state = tr("Verified with %1").arg(m_verifiedWith);
        } else if (m_checked) {
            state = tr("Signature does not match");
        } else if (isKiboToken()) {
            state = tr("Decoded, not verified. Kibo signs with its own key, which is not public.");
        } else {
            state = tr("Decoded, not verified");
        }
        break;
    case DecodedToken::Kind::Jwe:
        state = tr("Encrypted: not decrypted and not verified");
        break;
    case DecodedToken::Kind::Opaque:
        state = tr("Not verifiable here: only the issuer of an opaque token can check it");
        break;
    case DecodedToken::Kind::Malformed:
        state = tr("Decoded, not verified");
        break;
    }
    m_ui->signatureStateLabel->setText(state);
    m_ui->signatureStateLabel->setVisible(!state.isEmpty());
    m_ui->verifyResultLabel->setText(m_verifyMessage);
    m_ui->verifyResultLabel->setVisible(!m_verifyMessage.isEmpty());
}

void InspectorView::updateVerifyControls()
{
    const bool checkable = m_decoded.kind == DecodedToken::Kind::Jws
        && m_decoded.signatureState != DecodedToken::SignatureState::Unsigned;
    m_ui->verifyButton->setEnabled(checkable && !isFetchingKeys());
    m_ui->verifyButton->setToolTip(checkable ? QString() : tr("Only a signed JWT (JWS) has a signature to check."));
}

void InspectorView::refuseCheck(const QString& message)
{
    m_checked = false;
    m_verified = false;
    m_verifyMessage = message;
    showSignatureState();
    Q_EMIT verificationFinished(false);
}

void InspectorView::verify()
{
    if (m_decoded.kind != DecodedToken::Kind::Jws
        || m_decoded.signatureState == DecodedToken::SignatureState::Unsigned) {
        refuseCheck(tr("Only a signed JWT (JWS) has a signature to check."));
        return;
    }
    if (isFetchingKeys()) {
        return;
    }
    switch (m_ui->keySourceComboBox->currentIndex()) {
    case SharedSecret: {
        const QString secret = m_ui->secretLineEdit->text();
        if (secret.isEmpty()) {
            m_verifyMessage = tr("Enter the shared secret first.");
            showSignatureState();
            m_ui->secretLineEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
        verifyWithSecret(secret);
        return;
    }
    case KeyFile: {
        const QString path = m_ui->keyFileLineEdit->text().trimmed();
        if (path.isEmpty()) {
            m_verifyMessage = tr("Choose a key file first.");
            showSignatureState();
            m_ui->keyFileLineEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
        // The box takes a path, or the key itself pasted; either way what it holds is never repeated in a message
        // (a pasted JWK may be a secret).
        if (const std::optional<KeyLoadResult> pasted = KeyLoader::fromPastedText(path, tr("the pasted key"))) {
            checkWith(*pasted);
            return;
        }
        if (!QFileInfo(path).isFile()) {
            refuseCheck(tr("There is no key file at the path given. Give the path of a PEM, JWK or JWK Set file, or "
                           "paste the PEM key or the JWK itself."));
            return;
        }
        checkWith(KeyLoader::fromFile(path));
        return;
    }
    case JwksUrl: {
        const QUrl url(m_ui->jwksUrlLineEdit->text().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
            m_verifyMessage = tr("Enter the http(s) address of a JWK Set first.");
            showSignatureState();
            m_ui->jwksUrlLineEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
        if (!m_fetcher) {
            m_fetcher = new JwksFetcher(this);
            connect(m_fetcher, &JwksFetcher::finished, this, &InspectorView::onKeysFetched);
        }
        m_fetchGeneration = m_tokenGeneration;
        m_verifyMessage = tr("Fetching the key set from %1…").arg(JwksFetcher::displaySource(url));
        showSignatureState();
        m_fetcher->fetch(url);
        updateVerifyControls();
        return;
    }
    default:
        return;
    }
}

void InspectorView::verifyWithSecret(const QString& secret)
{
    // The key decides which algorithms may be used: a secret never checks an RSA or EC signature.
    if (m_ui->secretBase64UrlCheckBox->isChecked()) {
        checkWith(KeyLoader::fromBase64UrlSecret(secret.toUtf8(), tr("the secret field")));
        return;
    }
    // A whole JWK pasted as the secret: its key is used, and the line under the button says so.
    if (const std::optional<KeyLoadResult> jwk = KeyLoader::fromPastedText(secret, tr("the JWK in the secret field"))) {
        checkWith(*jwk, jwk->ok() ? tr("The secret field holds a JWK; its key was used.") : QString());
        return;
    }
    const KeyLoadResult typed = KeyLoader::fromSecret(secret.toUtf8(), tr("the secret field"));
    checkWith(typed, base64UrlHint(typed, secret));
}

QString InspectorView::base64UrlHint(const KeyLoadResult& typed, const QString& secret) const
{
    // A JWK's "k" pasted as it is: base64url text, not the secret's bytes. Say so when the bytes as typed do not match.
    if (!typed.ok() || !KeyLoader::looksLikeBase64Url(secret.toUtf8())
        || JwsVerifier::verify(m_decoded, typed.keys).outcome != JwsVerifier::Outcome::Invalid) {
        return {};
    }
    const KeyLoadResult decoded = KeyLoader::fromBase64UrlSecret(secret.toUtf8(), tr("the secret field"));
    if (decoded.ok() && JwsVerifier::verify(m_decoded, decoded.keys).outcome == JwsVerifier::Outcome::Verified) {
        return tr("Decoded from base64url, as a JWK's “k” is written, the secret does match: tick “Decode as "
                  "base64url” and verify again.");
    }
    return tr("The secret looks like base64url; if it is a JWK's “k”, tick “Decode as base64url” to use its decoded "
              "bytes.");
}

void InspectorView::onKeysFetched(const JwksFetcher::Result& result)
{
    updateVerifyControls();
    if (m_fetchGeneration != m_tokenGeneration) {
        return; // the token changed while the keys were on their way
    }
    if (result.error != JwksFetcher::Error::None) {
        refuseCheck(result.message);
        return;
    }
    checkWith(KeyLoader::fromJwkSet(result.body, result.source));
}

void InspectorView::checkWith(const KeyLoadResult& keys, const QString& note)
{
    if (!keys.ok()) {
        refuseCheck(keys.error.isEmpty() ? tr("No usable key was found.") : keys.error);
        return;
    }
    const JwsVerifier::Result result = JwsVerifier::verify(m_decoded, keys.keys);
    // Only a check that ran says anything about the signature; a refusal leaves it "not verified".
    m_checked = result.outcome == JwsVerifier::Outcome::Verified || result.outcome == JwsVerifier::Outcome::Invalid;
    m_verified = result.verified && result.outcome == JwsVerifier::Outcome::Verified;
    m_verifiedWith = m_verified ? result.keyDescription : QString();
    QStringList details;
    if (m_verified) {
        // The state line names the key; add only what deserves a warning (a weak key, notes about the set).
        for (const TokenNotice& notice : result.notices) {
            if (notice.severity != TokenNotice::Severity::Info) {
                details << notice.text;
            }
        }
    } else {
        details << result.message;
    }
    details << keys.notes;
    if (!note.isEmpty()) {
        details << note;
    }
    m_verifyMessage = details.join(u' ');
    showSignatureState();
    qCInfo(lcUi) << "inspector signature check:" << int(result.outcome) << "with" << result.keysTried << "key(s)";
    Q_EMIT verificationFinished(m_verified);
}

bool InspectorView::openFile(const QString& path)
{
    const TextFile::Result file
        = TextFile::read(path, MaxFileBytes, tr("%1 is too big for a token or an auth ticket."));
    if (!file.ok()) {
        m_ui->summaryLabel->setText(file.problem);
        Q_EMIT statusMessage(file.problem);
        return false;
    }
    setInput(file.text);
    Q_EMIT statusMessage(tr("Opened %1.").arg(file.name));
    return true;
}

void InspectorView::chooseTokenFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Token or Auth Ticket"), QString(),
        tr("Tokens and tickets (*.jwt *.jws *.jwe *.txt *.json);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void InspectorView::chooseKeyFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Verification Key"), QString(), tr("Keys (*.pem *.crt *.jwk *.json);;All files (*)"));
    if (!path.isEmpty()) {
        m_ui->keyFileLineEdit->setText(path);
    }
}

void InspectorView::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    const bool localFile = mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().constFirst().isLocalFile();
    if (localFile || mime->hasText()) {
        event->acceptProposedAction();
    }
}

void InspectorView::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().constFirst().isLocalFile()) {
        openFile(mime->urls().constFirst().toLocalFile());
        event->acceptProposedAction();
    } else if (mime->hasText()) {
        setInput(mime->text());
        event->acceptProposedAction();
    }
}

void InspectorView::hideEvent(QHideEvent* event)
{
    // A shared secret lives only as long as the window is open (minimising is a spontaneous hide: kept).
    if (!event->spontaneous()) {
        m_ui->secretLineEdit->clear();
    }
    QWidget::hideEvent(event);
}

const DecodedToken& InspectorView::decodedToken() const
{
    return m_decoded;
}

bool InspectorView::isTicket() const
{
    return !m_ticketTokens.isEmpty();
}

QStringList InspectorView::ticketTokenNames() const
{
    QStringList names;
    for (const auto& [name, token] : m_ticketTokens) {
        names << name;
    }
    return names;
}

void InspectorView::setCurrentTicketToken(const QString& name)
{
    for (qsizetype i = 0; i < m_ticketTokens.size(); ++i) {
        if (m_ticketTokens.at(i).first == name) {
            m_ui->tokenComboBox->setCurrentIndex(int(i));
            showToken(m_ticketTokens.at(i).second);
            return;
        }
    }
}

QString InspectorView::signatureStateText() const
{
    return m_ui->signatureStateLabel->text();
}

bool InspectorView::isVerified() const
{
    return m_checked && m_verified;
}

bool InspectorView::isFetchingKeys() const
{
    return m_fetcher && m_fetcher->isRunning();
}
