#include "resultview.h"

#include "boldfont.h"
#include "clock.h"
#include "jsontreepane.h"
#include "jwt/claimcatalogue.h"
#include "jwt/jwtdecoder.h"
#include "kibo/diagnosis.h"
#include "plaintextfiller.h"
#include "secretclipboard.h"
#include "secrets/presentermask.h"
#include "secrets/secretpolicy.h"
#include "session/authticketoutcome.h"
#include "timelineview.h"
#include "troubleshootingpanel.h"
#include "ui_resultview.h"

#include "json/jsontreemodel.h"
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTabBar>
#include <QToolButton>
#include <QTreeView>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The reply with every secret (SecretPolicy: by key, or a JWT by shape) redacted, for the raw view
// unless the user shows secrets.
QJsonValue redactJson(const QJsonValue& value, const std::function<QString(const QString&)>& redact)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isString() && SecretPolicy::isSecret(it.key(), it.value().toString())) {
                it.value() = redact(it.value().toString());
            } else if (it.value().isObject() || it.value().isArray()) {
                it.value() = redactJson(it.value(), redact);
            }
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto item : array) { // QJsonValueRef: assigning writes into the array
            item = redactJson(item, redact);
        }
        return array;
    }
    return value;
}

} // namespace

ResultView::ResultView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultView>())
    , m_clock(Clock::system())
    , m_clipboard(new SecretClipboard(this))
    , m_headerModel(new JsonTreeModel(this))
    , m_payloadModel(new JsonTreeModel(this))
    , m_accountModel(new JsonTreeModel(this))
{
    m_ui->setupUi(this);
    m_rawFiller = new PlainTextFiller(m_ui->rawPlainTextEdit);

    m_accessExpiry = { {}, m_ui->accessRemainingValueLabel, m_ui->accessLocalValueLabel, m_ui->accessUtcValueLabel };
    m_refreshExpiry
        = { {}, m_ui->refreshRemainingValueLabel, m_ui->refreshLocalValueLabel, m_ui->refreshUtcValueLabel };
    m_jwtExpiry = { {}, m_ui->jwtRemainingValueLabel, m_ui->jwtLocalValueLabel, m_ui->jwtUtcValueLabel };

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QList<QWidget*> codeWidgets { m_ui->accessTokenLineEdit, m_ui->refreshTokenLineEdit, m_ui->jwtLineEdit,
        m_ui->rawPlainTextEdit, m_ui->userIdValueLabel };
    for (QWidget* widget : codeWidgets) {
        widget->setFont(fixed);
    }
    m_ui->headlineLabel->setFont(boldFont(font(), 1.25));
    connect(m_ui->emptyPage, &EmptyTicketPage::demoTenantRequested, this, &ResultView::demoTenantRequested);
    m_ui->signatureNoteLabel->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* header : { m_ui->remainingHeaderLabel, m_ui->localHeaderLabel, m_ui->utcHeaderLabel }) {
        header->setFont(boldFont(font()));
    }
    m_ui->lifetimesGridLayout->setColumnStretch(3, 1);
    // Clock skew measured from the server's Date header, shown above the lifetimes when it matters.
    m_summarySkewLabel = new QLabel(m_ui->summaryContents);
    m_summarySkewLabel->setObjectName(u"summaryClockSkewLabel"_s);
    m_summarySkewLabel->setAccessibleName(tr("Clock skew"));
    m_summarySkewLabel->setWordWrap(true);
    m_summarySkewLabel->setTextFormat(Qt::RichText);
    m_summarySkewLabel->setFrameShape(QFrame::StyledPanel);
    m_summarySkewLabel->setMargin(8);
    m_summarySkewLabel->setVisible(false);
    m_ui->summaryContentsLayout->insertWidget(0, m_summarySkewLabel);
    // After a login that upgraded an anonymous session: which anonymous shopper it was (the JWT's
    // b.PreviousAnonymousId), a row of the customer group that shows only then.
    m_previousAnonymousLabel = new QLabel(tr("Upgraded from:"), m_ui->customerGroupBox);
    m_previousAnonymousValueLabel = new QLabel(m_ui->customerGroupBox);
    m_previousAnonymousValueLabel->setObjectName(u"previousAnonymousIdValueLabel"_s);
    m_previousAnonymousValueLabel->setAccessibleName(tr("Upgraded from"));
    m_previousAnonymousValueLabel->setWordWrap(true);
    m_previousAnonymousValueLabel->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_ui->customerFormLayout->addRow(m_previousAnonymousLabel, m_previousAnonymousValueLabel);
    m_ui->customerFormLayout->setRowVisible(m_previousAnonymousValueLabel, false);
    m_ui->jwtSplitter->setStretchFactor(0, 1);
    m_ui->jwtSplitter->setStretchFactor(1, 3);

    // The tests and the screenshotter find the trees and filters by these names.
    setupPane(m_ui->jwtHeaderTreePane, m_headerModel, "jwtHeaderTreeView", nullptr);
    setupPane(m_ui->jwtPayloadTreePane, m_payloadModel, "jwtPayloadTreeView", "jwtFilterLineEdit");
    setupPane(m_ui->accountTreePane, m_accountModel, "accountTreeView", "accountFilterLineEdit");
    m_ui->jwtHeaderTreePane->treeView()->setAccessibleName(tr("JWT header"));
    m_ui->jwtPayloadTreePane->treeView()->setAccessibleName(tr("JWT payload"));
    m_ui->jwtPayloadTreePane->filterLineEdit()->setAccessibleName(tr("Filter claims"));
    m_ui->jwtPayloadTreePane->filterLineEdit()->setPlaceholderText(tr("Filter claims by name, value or path…"));
    // Claim times are rendered by the annotator; the payload is small enough to match them as shown.
    m_ui->jwtPayloadTreePane->setMatchRenderedValues(true);
    m_ui->jwtPayloadTreePane->setDefaultDepth(1);
    m_ui->accountTreePane->treeView()->setAccessibleName(tr("Customer account"));
    m_ui->accountTreePane->filterLineEdit()->setAccessibleName(tr("Filter customer account"));
    m_ui->accountTreePane->filterLineEdit()->setPlaceholderText(tr("Filter by name, value or path…"));
    // The account has no annotator, so its meaning column would stay empty.
    m_ui->accountTreePane->treeView()->setColumnHidden(JsonTreeModel::NoteColumn, true);
    QWidget::setTabOrder(m_ui->copyJwtButton, m_ui->jwtPayloadTreePane->filterLineEdit());
    QWidget::setTabOrder(m_ui->jwtPayloadTreePane->filterLineEdit(), m_ui->jwtPayloadTreePane->optionsButton());
    QWidget::setTabOrder(m_ui->jwtPayloadTreePane->optionsButton(), m_ui->jwtHeaderTreePane->treeView());
    QWidget::setTabOrder(m_ui->jwtHeaderTreePane->treeView(), m_ui->jwtPayloadTreePane->treeView());
    QWidget::setTabOrder(m_ui->jwtPayloadTreePane->treeView(), m_ui->accountTreePane->filterLineEdit());
    QWidget::setTabOrder(m_ui->accountTreePane->filterLineEdit(), m_ui->accountTreePane->optionsButton());
    QWidget::setTabOrder(m_ui->accountTreePane->optionsButton(), m_ui->accountTreePane->treeView());
    QWidget::setTabOrder(m_ui->accountTreePane->treeView(), m_ui->rawPlainTextEdit);

    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this, &ResultView::refreshCountdowns);

    connect(m_ui->showSecretsCheckBox, &QCheckBox::toggled, this, [this](bool shown) {
        if (shown && m_presenterMode) {
            m_ui->showSecretsCheckBox->setChecked(false);
            return;
        }
        updateSecrets();
        Q_EMIT secretsShownChanged(shown);
    });
    connect(m_ui->copyAccessTokenButton, &QPushButton::clicked, this, [this] {
        if (m_result && m_result->ticket) {
            copySecret(m_result->ticket->accessToken);
        }
    });
    connect(m_ui->copyRefreshTokenButton, &QPushButton::clicked, this, [this] {
        if (m_result && m_result->ticket) {
            copySecret(m_result->ticket->refreshToken);
        }
    });
    connect(m_ui->copyJwtButton, &QPushButton::clicked, this, [this] {
        if (m_result && m_result->ticket) {
            copySecret(m_result->ticket->jwtAccessToken);
        }
    });
    CodePage* codePage = m_ui->codePage;
    // Tab goes from the tab bar to the code first, then to the tokens.
    codePage->setTabOrderAfter(m_ui->resultTabWidget);
    connect(codePage, &CodePage::twoFactorCodeEntered, this, &ResultView::twoFactorCodeEntered);
    connect(codePage, &CodePage::resendCodeRequested, this, &ResultView::resendCodeRequested);
    connect(codePage, &CodePage::oneTimeCodeEntered, this, &ResultView::oneTimeCodeEntered);
    connect(codePage, &CodePage::oneTimeCodeResendRequested, this, &ResultView::oneTimeCodeResendRequested);
    TroubleshootingPanel* panel = m_ui->troubleshootingPanel;
    panel->setClipboard(m_clipboard);
    connect(panel, &TroubleshootingPanel::statusMessage, this, &ResultView::statusMessage);
    connect(panel, &TroubleshootingPanel::retryRequested, this, &ResultView::retryRequested);
    connect(panel, &TroubleshootingPanel::retryAllowedChanged, this, &ResultView::retryAllowedChanged);
    connect(panel, &TroubleshootingPanel::copySupportBundleRequested, this, &ResultView::copySupportBundleRequested);
    connect(panel, &TroubleshootingPanel::saveSupportBundleRequested, this, &ResultView::saveSupportBundleRequested);
    connect(panel, &TroubleshootingPanel::copyCurlRequested, this, &ResultView::copyCurlRequested);

    clear();
}

ResultView::~ResultView() = default;

void ResultView::setupPane(JsonTreePane* pane, JsonTreeModel* model, const char* treeName, const char* filterName)
{
    pane->setModel(model);
    pane->setClipboard(m_clipboard);
    pane->setFindShortcutEnabled(false);
    pane->treeView()->setObjectName(QString::fromLatin1(treeName));
    if (filterName) {
        pane->filterLineEdit()->setObjectName(QString::fromLatin1(filterName));
        pane->optionsButton()->setObjectName(
            QString::fromLatin1(filterName).replace(u"LineEdit"_s, u"OptionsButton"_s));
    } else {
        pane->setFilterVisible(false);
    }
    connect(pane, &JsonTreePane::statusMessage, this, &ResultView::statusMessage);
}

void ResultView::fitColumns(QTreeView* view) const
{
    // Names as wide as they are; values get room but leave some for the meaning column. The view may
    // not be on screen yet, so the tab widget's width stands in for its own.
    view->resizeColumnToContents(0);
    view->resizeColumnToContents(1);
    const int available = std::max(m_ui->resultTabWidget->width() - 40, 600);
    view->setColumnWidth(0, std::min(view->columnWidth(0) + 16, available * 3 / 10));
    const bool hasMeaning = !view->isColumnHidden(JsonTreeModel::NoteColumn);
    view->setColumnWidth(
        1, std::clamp(view->columnWidth(1) + 16, available / 4, available * (hasMeaning ? 4 : 6) / 10));
}

void ResultView::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    m_ui->troubleshootingPanel->setClock(m_clock);
    m_ui->codePage->setClock(m_clock);
    refreshCountdowns();
}

void ResultView::clear()
{
    m_result.reset();
    m_problemBeside = false;
    m_besideFailure.reset();
    m_ui->codePage->clear();
    m_customerName.clear();
    m_customerEmail.clear();
    m_customerFallback.clear();
    m_countdownTimer.stop();
    m_ui->timelineView->clear();
    m_headerModel->clear();
    m_payloadModel->clear();
    m_accountModel->clear();
    m_rawFiller->clear();
    m_ui->troubleshootingPanel->clear();
    m_ui->resultStackedWidget->setCurrentWidget(m_ui->emptyPage);
}

bool ResultView::hasResult() const
{
    return m_result.has_value();
}

void ResultView::showResult(const AuthTicketResult& result)
{
    // The answer shown before may be the last holder of a big reply (the 4 MB account, parsed: tens of milliseconds
    // to free): a worker thread frees it, not the turn that shows the new answer.
    releaseResult(m_result);
    m_result = result;
    m_problemBeside = false;
    m_besideFailure.reset();
    m_ui->resultStackedWidget->setCurrentWidget(m_ui->resultPage);
    m_ui->jwtPayloadTreePane->setFilterText(QString());
    m_ui->accountTreePane->setFilterText(QString());

    m_ui->timelineView->clear(); // until a ticket names its times
    m_customerName.clear();
    m_customerEmail.clear();
    m_customerFallback.clear();
    if (!result.requires2FA) {
        m_ui->codePage->clear();
    }
    if (result.requires2FA && !result.error.isError()) {
        showTwoFactor(result);
    } else if (result.ticket && !result.error.isError()) {
        showTicket(result);
    } else {
        showProblem(result);
    }
    if (!result.ticket) {
        updateSecrets(); // empties the token fields: nothing of an earlier ticket stays behind the answer
    }
    updateRaw();
    updateShareButtons();
    refreshCountdowns();
}

void ResultView::showProblemBeside(const AuthTicketResult& failure)
{
    if (!m_result || !m_result->ticket || m_result->error.isError()) {
        showResult(failure);
        return;
    }
    m_problemBeside = true;
    m_besideFailure = failure;
    setTabShown(Tab::Problem, true);
    m_ui->troubleshootingPanel->showResult(failure);
    updatePersonalData();
    updateShareButtons();
    setCurrentTab(Tab::Problem);
}

void ResultView::showTicket(const AuthTicketResult& result)
{
    setTabShown(Tab::Summary, true);
    setTabShown(Tab::Jwt, true);
    setTabShown(Tab::Account, true);
    setTabShown(Tab::Problem, false);
    m_ui->codePage->setVisible(false);
    m_ui->tokensGroupBox->setVisible(true);
    m_ui->lifetimesGroupBox->setVisible(true);
    m_ui->timelineGroupBox->setVisible(true);
    m_ui->signatureNoteLabel->setVisible(true);
    const std::optional<qint64> skew = Diagnoser::clockSkewSeconds(result.serverDate, result.receivedAt);
    if (skew && Diagnoser::isSignificantSkew(*skew)) {
        const Diagnosis text = Diagnoser::clockSkew(*skew);
        m_summarySkewLabel->setText(u"<b>%1</b><br>%2 %3"_s.arg(
            text.title.toHtmlEscaped(), text.cause.toHtmlEscaped(), text.nextStep.toHtmlEscaped()));
    }
    m_summarySkewLabel->setVisible(skew && Diagnoser::isSignificantSkew(*skew));

    const CustomerAuthTicket& ticket = *result.ticket;
    const QJsonObject account = ticket.customerAccount;
    const QString first = account.value(u"firstName"_s).toString();
    const QString last = account.value(u"lastName"_s).toString();
    m_customerName = QStringList { first, last }.join(u' ').trimmed();
    m_customerEmail = account.value(u"emailAddress"_s).toString();
    m_customerFallback = ticket.userId;
    updatePersonalData();
    m_ui->userIdValueLabel->setText(ticket.userId.isEmpty() ? tr("(not in the reply)") : ticket.userId);
    m_ui->customerIdValueLabel->setText(
        account.contains(u"id"_s) ? QString::number(account.value(u"id"_s).toInteger()) : tr("(not in the reply)"));
    // Kibo's reply to the code need not say that a code was asked for; the session knows it was.
    m_ui->requires2FAValueLabel->setText(result.twoFactorCompleted ? tr("Required and completed")
            : ticket.requires2FA                                   ? tr("Required")
                                                                   : tr("Not required"));
    m_ui->replyValueLabel->setText(tr("HTTP %1 in %2 ms").arg(result.httpStatus).arg(result.elapsedMs));

    setExpiry(m_accessExpiry, ticket.accessTokenExpiration);
    setExpiry(m_refreshExpiry, ticket.refreshTokenExpiration);

    // Decoded once: the JWT tab, the summary and the timeline read what decoding extracted.
    const DecodedToken jwt = JwtDecoder::decode(ticket.jwtAccessToken.toUtf8());
    showJwt(ticket.jwtAccessToken, jwt);

    // Every expiry on one axis, with the ticket and its JWT cross-checked.
    TokenTimeline::Input timeline;
    timeline.claims = jwt.claims;
    const QString& previousAnonymousId = jwt.claims.previousAnonymousId;
    //: %1 is the anonymous shopper's user id (the JWT's b.PreviousAnonymousId claim).
    m_previousAnonymousValueLabel->setText(
        tr("the anonymous shopper %1 (b.PreviousAnonymousId)").arg(previousAnonymousId));
    m_ui->customerFormLayout->setRowVisible(m_previousAnonymousValueLabel, !previousAnonymousId.isEmpty());
    timeline.accessTokenExpiration = ticket.accessTokenExpiration;
    timeline.refreshTokenExpiration = ticket.refreshTokenExpiration;
    timeline.now = m_clock->now();
    m_ui->timelineView->setInput(timeline);

    if (account.isEmpty()) {
        m_accountModel->clear();
        setTabShown(Tab::Account, false);
    } else {
        // Collapsed: a 5,000-contact account opens at once because nothing below the top is built yet. The tree
        // reads the reply's own bytes (simdjson's DOM, QJsonValues made only for what is looked at) when they
        // hold this account; a refresh without one shows the account kept from before.
        const bool fromReply = !result.rawJson.value(u"customerAccount"_s).toObject().isEmpty()
            && m_accountModel->setJsonBytes(result.rawBody, u"$.customerAccount"_s);
        if (!fromReply) {
            m_accountModel->setJson(account);
        }
        setTabShown(Tab::Account, true);
        fitColumns(m_ui->accountTreePane->treeView());
    }
    updateSecrets();
    setCurrentTab(Tab::Summary);
    m_countdownTimer.start();
}

void ResultView::showJwt(const QString& jwt, const DecodedToken& decoded)
{
    if (jwt.isEmpty()) {
        m_headerModel->clear();
        m_payloadModel->clear();
        setExpiry(m_jwtExpiry, {});
        setTabShown(Tab::Jwt, false);
        return;
    }
    // Called lazily as rows are built, so it reads the view's clock of the moment (the model is our child).
    const auto annotator = [this](const QString& path, const QJsonValue& value) {
        return ClaimCatalogue::annotate(path, value, m_clock->now());
    };
    m_headerModel->setAnnotator(annotator);
    // The header is read from its bytes (no QJsonObject made); an unusable header shows as an empty tree.
    const QByteArray headerText = decoded.headerJsonText();
    if (headerText.isEmpty() || !m_headerModel->setJsonBytes(headerText)) {
        m_headerModel->setJson(QJsonObject());
    }
    // b._sess_ is JSON inside a string: shown parsed. A payload that is no object is shown as it is.
    const QJsonValue payload = decoded.payloadIsObject
        ? QJsonValue(ClaimCatalogue::expandNested(decoded.payload().toObject()))
        : decoded.payload();
    m_payloadModel->setAnnotator(annotator);
    m_payloadModel->setJson(payload);
    QTreeView* header = m_ui->jwtHeaderTreePane->treeView();
    header->expandAll();
    fitColumns(header);
    // The header has a handful of members: give it just their rows, the payload the rest.
    const int rowHeight = std::max(header->sizeHintForRow(0), header->fontMetrics().height());
    const int headerHeight = header->header()->sizeHint().height() + 2 * header->frameWidth()
        + rowHeight * std::clamp(int(decoded.headerSize), 1, 6) + 4;
    m_ui->jwtHeaderTreePane->setMaximumHeight(headerHeight);
    m_ui->jwtSplitter->setSizes({ headerHeight, std::max(m_ui->jwtSplitter->height() - headerHeight, 300) });
    m_ui->jwtPayloadTreePane->expandToDepth(1);
    fitColumns(m_ui->jwtPayloadTreePane->treeView());

    m_ui->jwtInfoLabel->setText(tr("Algorithm %1 — decoded, signature not verified. Kibo signs its tokens with a "
                                   "key only Kibo holds, so the signature of a real Kibo token cannot be checked; the "
                                   "demo tenant's tokens can be, in Tools ▸ Open the JWT in the Inspector.")
                                    .arg(decoded.algorithm.isEmpty() ? tr("(none)") : decoded.algorithm));
    QStringList lines;
    for (const TokenNotice& notice : decoded.notices) {
        if (notice.code != u"not-verified"_s) { // said once, above
            lines << tr("• %1").arg(notice.text);
        }
    }
    m_ui->jwtNoticesLabel->setText(lines.join(u'\n'));
    m_ui->jwtNoticesLabel->setVisible(!lines.isEmpty());
    const DecodedToken::ClaimValue& exp = decoded.claims.exp;
    setExpiry(
        m_jwtExpiry, exp.isDouble() ? QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble())).toUTC() : QDateTime());
    setTabShown(Tab::Jwt, true);
}

void ResultView::showTwoFactor(const AuthTicketResult& result)
{
    showCodePage(result, false);
}

void ResultView::showOneTimeCodeSent(const AuthTicketResult& result, const QString& email)
{
    m_result = result;
    m_ui->resultStackedWidget->setCurrentWidget(m_ui->resultPage);
    m_ui->timelineView->clear();
    m_customerName.clear();
    m_customerEmail.clear();
    m_customerFallback.clear();
    showCodePage(result, true, email);
    updateRaw();
    updateShareButtons();
    refreshCountdowns();
}

void ResultView::showCodePage(const AuthTicketResult& result, bool oneTimeCode, const QString& email)
{
    setTabShown(Tab::Summary, true);
    setTabShown(Tab::Jwt, false);
    setTabShown(Tab::Account, false);
    setTabShown(Tab::Problem, false);
    m_headerModel->clear();
    m_payloadModel->clear();
    m_accountModel->clear();

    m_ui->codePage->setVisible(true);
    if (oneTimeCode) {
        m_ui->headlineLabel->setText(tr("Sign in with a one-time code"));
        m_ui->codePage->showOneTimeCode(email);
    } else {
        m_ui->headlineLabel->setText(tr("Two-step verification required"));
        m_ui->codePage->showTwoFactor(result.pendingUserId);
    }
    m_ui->userIdValueLabel->setText(oneTimeCode ? tr("(known after the code is entered)")
            : result.pendingUserId.isEmpty()    ? tr("(not in the reply)")
                                                : result.pendingUserId);
    m_ui->customerNameValueLabel->setText(tr("(known after the code is entered)"));
    m_ui->emailValueLabel->setText(oneTimeCode ? screenText(email) : tr("(known after the code is entered)"));
    m_ui->customerIdValueLabel->setText(tr("(known after the code is entered)"));
    m_ui->requires2FAValueLabel->setText(
        oneTimeCode ? tr("One-time code login — waiting for the code") : tr("Required — waiting for the code"));
    m_ui->replyValueLabel->setText(tr("HTTP %1 in %2 ms").arg(result.httpStatus).arg(result.elapsedMs));
    m_ui->lifetimesGroupBox->setVisible(false);
    m_ui->timelineGroupBox->setVisible(false);
    m_ui->tokensGroupBox->setVisible(false);
    m_ui->signatureNoteLabel->setVisible(false);
    m_countdownTimer.start(); // the code's countdown
    setCurrentTab(Tab::Summary);
    m_ui->codePage->setFocus(Qt::OtherFocusReason);
}

void ResultView::restartCodeExpiry()
{
    m_ui->codePage->restartCodeExpiry();
}

int ResultView::codeSecondsLeft() const
{
    return hasResult() ? m_ui->codePage->codeSecondsLeft() : -1;
}

void ResultView::showCodeRefusal(const KiboError& error)
{
    showCodeRefusal(AuthTicketOutcome(error, AuthTicketOutcome::Step::Code));
}

void ResultView::showCodeRefusal(const AuthTicketOutcome& outcome)
{
    m_ui->codePage->showCodeRefusal(outcome);
}

void ResultView::showTwoFactorProblem(const QString& message)
{
    m_ui->codePage->showProblem(message);
}

void ResultView::setTwoFactorBusy(bool busy)
{
    m_ui->codePage->setBusy(busy);
}

bool ResultView::isWaitingForCode() const
{
    return hasResult() && m_ui->codePage->isWaitingForCode();
}

QString ResultView::pendingUserId() const
{
    return m_ui->codePage->pendingUserId();
}

bool ResultView::isOneTimeCodeLogin() const
{
    return m_ui->codePage->isOneTimeCodeLogin();
}

QString ResultView::pendingEmail() const
{
    return m_ui->codePage->pendingEmail();
}

void ResultView::setDemoTenantRunning(bool running)
{
    m_ui->emptyPage->setDemoTenantRunning(running);
}

void ResultView::setDemoOutbox(const QString& username, const QString& code)
{
    m_ui->codePage->setDemoOutbox(username, code);
}

void ResultView::updatePersonalData()
{
    if (isOneTimeCodeLogin() && isWaitingForCode()) {
        m_ui->emailValueLabel->setText(screenText(pendingEmail()));
    }
    if (!m_result || !m_result->ticket || m_result->error.isError() || m_result->requires2FA) {
        return;
    }
    const QString name = m_presenterMode && !m_customerName.isEmpty() ? PresenterMask::mask() : m_customerName;
    const QString email = m_presenterMode && !m_customerEmail.isEmpty() ? PresenterMask::mask() : m_customerEmail;
    QString who = !m_customerName.isEmpty() ? name : (!m_customerEmail.isEmpty() ? email : m_customerFallback);
    if (m_problemBeside) {
        m_ui->headlineLabel->setText(tr("Refresh failed: the ticket shown is the old one"));
    } else if (m_presenterMode && who != m_customerFallback) {
        //: The headline in presenter mode, instead of the customer's name.
        m_ui->headlineLabel->setText(tr("Logged in (customer hidden in presenter mode)"));
    } else {
        m_ui->headlineLabel->setText(who.isEmpty() ? tr("Logged in") : tr("Logged in as %1").arg(who));
    }
    m_ui->customerNameValueLabel->setText(name.isEmpty() ? tr("(not in the reply)") : name);
    m_ui->emailValueLabel->setText(email.isEmpty() ? tr("(not in the reply)") : email);
}

QString ResultView::screenText(const QString& text) const
{
    return m_presenterMode ? PresenterMask::maskEmails(text) : text;
}

void ResultView::updateShareButtons()
{
    const AuthTicketResult* shared = sharedResult();
    m_ui->troubleshootingPanel->setShareEnabled(shared != nullptr, shared && shared->request.isValid());
}

void ResultView::setPresenterMode(bool on)
{
    if (m_presenterMode == on) {
        return;
    }
    m_presenterMode = on;
    m_ui->codePage->setPresenterMode(on);
    if (on) {
        m_ui->showSecretsCheckBox->setChecked(false);
    }
    m_ui->showSecretsCheckBox->setEnabled(!on);
    m_ui->showSecretsCheckBox->setToolTip(on ? tr("Secrets stay hidden while presenter mode is on.")
                                             : tr("Show tokens in clear text in every tab. Leave this off while "
                                                  "sharing your screen."));
    const JsonTreeModel::MaskPredicate predicate
        = on ? JsonTreeModel::MaskPredicate(&PresenterMask::isPersonal) : JsonTreeModel::MaskPredicate();
    for (JsonTreeModel* model : { m_headerModel, m_payloadModel, m_accountModel }) {
        model->setExtraMask(predicate, PresenterMask::mask());
    }
    updatePersonalData();
    updateSecrets();
    m_ui->troubleshootingPanel->setPresenterMode(on);
}

bool ResultView::presenterMode() const
{
    return m_presenterMode;
}

const AuthTicketResult* ResultView::result() const
{
    return m_result ? &*m_result : nullptr;
}

const AuthTicketResult* ResultView::sharedResult() const
{
    return m_problemBeside && m_besideFailure ? &*m_besideFailure : result();
}

void ResultView::showProblem(const AuthTicketResult& result)
{
    setTabShown(Tab::Problem, true);
    setTabShown(Tab::Summary, false);
    setTabShown(Tab::Jwt, false);
    setTabShown(Tab::Account, false);
    m_headerModel->clear();
    m_payloadModel->clear();
    m_accountModel->clear();
    m_countdownTimer.stop();

    m_ui->headlineLabel->setText(tr("Login failed"));
    m_ui->troubleshootingPanel->showResult(result);
    setCurrentTab(Tab::Problem);
}

void ResultView::setExpiry(Expiry& expiry, const QDateTime& at)
{
    expiry.at = at;
    if (!at.isValid()) {
        expiry.remaining->setText(tr("(not in the reply)"));
        expiry.local->clear();
        expiry.utc->clear();
        return;
    }
    const QLocale locale;
    expiry.local->setText(locale.toString(at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s));
    expiry.utc->setText(tr("%1 UTC").arg(locale.toString(at.toUTC(), u"yyyy-MM-dd HH:mm:ss"_s)));
}

void ResultView::refreshCountdowns()
{
    m_ui->codePage->refreshCountdown();
    const QDateTime now = m_clock->now();
    m_ui->timelineView->refresh(now);
    for (Expiry* expiry : { &m_accessExpiry, &m_refreshExpiry, &m_jwtExpiry }) {
        if (!expiry->at.isValid()) {
            continue;
        }
        qint64 seconds = now.secsTo(expiry->at);
        const bool past = seconds <= 0;
        seconds = qAbs(seconds);
        const qint64 days = seconds / 86400;
        const qint64 hours = (seconds % 86400) / 3600;
        const qint64 minutes = (seconds % 3600) / 60;
        const qint64 secs = seconds % 60;
        QString span;
        if (days > 0) {
            span = tr("%1 d %2 h %3 min").arg(days).arg(hours).arg(minutes);
        } else if (hours > 0) {
            span = tr("%1 h %2 min %3 s").arg(hours).arg(minutes).arg(secs);
        } else if (minutes > 0) {
            span = tr("%1 min %2 s").arg(minutes).arg(secs);
        } else {
            span = tr("%1 s").arg(secs);
        }
        expiry->remaining->setText(past ? tr("expired %1 ago").arg(span) : tr("in %1").arg(span));
        // An expired token is the usual reason a customer "cannot log in": make it stand out, without colour.
        expiry->remaining->setFont(past ? boldFont(font()) : font());
    }
}

QString ResultView::redacted(const QString& secret)
{
    if (secret.isEmpty()) {
        return tr("(not in the reply)");
    }
    const QString last4 = SecretPolicy::lastFour(secret);
    if (last4.isEmpty()) {
        //: A redacted secret too short to show its last four characters: %n is its length.
        return tr("•••••••• (%n characters)", nullptr, int(secret.size()));
    }
    //: A redacted secret: %1 is its length, %2 its last four characters.
    return tr("•••••••• (%n characters, ends in …%1)", nullptr, int(secret.size())).arg(last4);
}

void ResultView::updateSecrets()
{
    const bool shown = secretsShown();
    if (m_result && m_result->ticket) {
        const CustomerAuthTicket& ticket = *m_result->ticket;
        m_ui->accessTokenLineEdit->setText(shown ? ticket.accessToken : redacted(ticket.accessToken));
        m_ui->refreshTokenLineEdit->setText(shown ? ticket.refreshToken : redacted(ticket.refreshToken));
        m_ui->jwtLineEdit->setText(shown ? ticket.jwtAccessToken : redacted(ticket.jwtAccessToken));
        m_ui->accessTokenLineEdit->setCursorPosition(0);
        m_ui->refreshTokenLineEdit->setCursorPosition(0);
        m_ui->jwtLineEdit->setCursorPosition(0);
        // Presenter mode puts no token on the clipboard.
        m_ui->copyAccessTokenButton->setEnabled(!m_presenterMode && !ticket.accessToken.isEmpty());
        m_ui->copyRefreshTokenButton->setEnabled(!m_presenterMode && !ticket.refreshToken.isEmpty());
        m_ui->copyJwtButton->setEnabled(!m_presenterMode && !ticket.jwtAccessToken.isEmpty());
    } else {
        m_ui->accessTokenLineEdit->clear();
        m_ui->refreshTokenLineEdit->clear();
        m_ui->jwtLineEdit->clear();
    }
    m_payloadModel->setMaskSecrets(!shown);
    m_accountModel->setMaskSecrets(!shown);
    updateRaw();
}

void ResultView::updateRaw()
{
    if (!m_result) {
        m_rawFiller->clear();
        m_ui->rawInfoLabel->clear();
        return;
    }
    const AuthTicketResult& result = *m_result;
    QStringList info;
    if (!result.replyCall.isEmpty()) {
        //: %1 is the call whose reply this is, e.g. "POST /api/platform/applications/authtickets/oauth".
        info << tr("reply to %1").arg(result.replyCall);
    }
    if (result.httpStatus > 0) {
        info << tr("HTTP %1").arg(result.httpStatus);
    }
    info << tr("%1 ms").arg(result.elapsedMs);
    const QString correlationId = result.correlationId();
    if (!correlationId.isEmpty()) {
        info << tr("correlation ID %1").arg(correlationId);
    }
    info << tr("%n bytes", nullptr, int(result.rawBody.size()));
    if (!secretsShown()) {
        info << tr("tokens redacted");
    }
    m_ui->rawInfoLabel->setText(info.join(u"  ·  "_s));

    // A big reply (the 4 MB account) is parsed, redacted and pretty-printed on a worker thread, only once the Raw tab
    // is first shown, and put in the field in slices: the trees are usable meanwhile.
    const QByteArray body = result.rawBody;
    const QList<std::pair<QByteArray, QByteArray>> headers = result.responseHeaders;
    const bool hasTicket = result.ticket.has_value();
    const bool secrets = secretsShown();
    const bool presenter = m_presenterMode;
    m_rawFiller->setText(
        body.size(), [=] { return rawText(body, headers, hasTicket, secrets, presenter); },
        //: %1 is the size of the reply, e.g. "4.2 MiB".
        tr("Preparing the reply (%1)…").arg(QLocale().formattedDataSize(body.size())));
}

QString ResultView::rawText(const QByteArray& body, const QList<std::pair<QByteArray, QByteArray>>& responseHeaders,
    bool hasTicket, bool secretsShown, bool presenterMode)
{
    QString text;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isNull()) {
        QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        if (!secretsShown) {
            value = redactJson(value, &ResultView::redacted);
        }
        if (presenterMode) {
            value = PresenterMask::maskJson(value);
        }
        text = QString::fromUtf8(value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                                                  : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    } else if (body.isEmpty()) {
        text = tr("(The reply had no body.)");
    } else if (presenterMode) {
        text = tr("(The reply is not JSON; hidden in presenter mode.)");
    } else if (!secretsShown && hasTicket) {
        // Not JSON but a ticket was parsed: never risk echoing tokens.
        text = tr("(The reply is not JSON; shown only with secrets.)");
    } else {
        text = QString::fromUtf8(body);
    }
    // The reply's headers first, as a terminal shows them; Kibo sends no secret in them.
    QString headers;
    for (const auto& [name, value] : responseHeaders) {
        const QString shown = QString::fromLatin1(value);
        headers
            += QString::fromLatin1(name) + u": "_s + (presenterMode ? PresenterMask::maskEmails(shown) : shown) + u'\n';
    }
    return headers.isEmpty() ? text : headers + u'\n' + text;
}

void ResultView::copySecret(const QString& secret)
{
    if (m_presenterMode) {
        Q_EMIT statusMessage(tr("Nothing copied: presenter mode keeps secrets off the clipboard."));
        return;
    }
    if (!secret.isEmpty()) {
        m_clipboard->copySecret(secret);
        Q_EMIT statusMessage(
            tr("Copied. The clipboard is cleared in %n seconds.", nullptr, SecretClipboard::DefaultClearSeconds));
    }
}

bool ResultView::secretsShown() const
{
    return m_ui->showSecretsCheckBox->isChecked();
}

void ResultView::setSecretsShown(bool shown)
{
    m_ui->showSecretsCheckBox->setChecked(shown && !m_presenterMode);
}

TroubleshootingPanel* ResultView::troubleshootingPanel() const
{
    return m_ui->troubleshootingPanel;
}

QWidget* ResultView::tabPage(Tab tab) const
{
    switch (tab) {
    case Tab::Summary:
        return m_ui->summaryTab;
    case Tab::Jwt:
        return m_ui->jwtTab;
    case Tab::Account:
        return m_ui->accountTab;
    case Tab::Raw:
        return m_ui->rawTab;
    case Tab::Problem:
        return m_ui->problemTab;
    }
    return nullptr;
}

void ResultView::setTabShown(Tab tab, bool shown)
{
    m_ui->resultTabWidget->setTabVisible(m_ui->resultTabWidget->indexOf(tabPage(tab)), shown);
}

void ResultView::setCurrentTab(Tab tab)
{
    m_ui->resultTabWidget->setCurrentWidget(tabPage(tab));
}

ResultView::Tab ResultView::currentTab() const
{
    for (const Tab tab : { Tab::Summary, Tab::Jwt, Tab::Account, Tab::Raw, Tab::Problem }) {
        if (m_ui->resultTabWidget->currentWidget() == tabPage(tab)) {
            return tab;
        }
    }
    return Tab::Summary;
}

bool ResultView::isTabVisible(Tab tab) const
{
    return m_ui->resultTabWidget->isTabVisible(m_ui->resultTabWidget->indexOf(tabPage(tab)));
}

bool ResultView::focusTreeFilter()
{
    if (currentTab() != Tab::Jwt && currentTab() != Tab::Account) {
        if (!isTabVisible(Tab::Jwt) && !isTabVisible(Tab::Account)) {
            return false;
        }
        setCurrentTab(isTabVisible(Tab::Jwt) ? Tab::Jwt : Tab::Account);
    }
    (currentTab() == Tab::Jwt ? m_ui->jwtPayloadTreePane : m_ui->accountTreePane)->focusFilter();
    return true;
}

void ResultView::focusAnswer()
{
    if (isWaitingForCode()) {
        m_ui->codePage->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (hasResult()) {
        m_ui->resultTabWidget->tabBar()->setFocus(Qt::OtherFocusReason);
    }
}

void ResultView::setRefreshMarks(const QList<TokenTimeline::Refresh>& refreshes)
{
    m_ui->timelineView->setRefreshes(refreshes);
}
