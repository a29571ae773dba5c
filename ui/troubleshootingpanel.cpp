#include "troubleshootingpanel.h"

#include "boldfont.h"
#include "clock.h"
#include "kibo/diagnosis.h"
#include "secretclipboard.h"
#include "secrets/presentermask.h"
#include "secrets/secretscrubber.h"
#include "ui_troubleshootingpanel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTableWidgetItem>

using namespace Qt::StringLiterals;

TroubleshootingPanel::TroubleshootingPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::TroubleshootingPanel)
    , m_clock(Clock::system())
    , m_clipboard(new SecretClipboard(this))
{
    m_ui->setupUi(this);
    m_ui->problemTitleLabel->setFont(boldFont(font(), 1.25));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->problemIconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_ui->problemIconLabel->setAlignment(Qt::AlignTop);
    m_ui->nextStepHeadingLabel->setFont(boldFont(font()));
    m_ui->retryCountdownLabel->setFont(boldFont(font()));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->correlationIdValueLabel->setFont(fixed);
    m_ui->headersTableWidget->setFont(fixed);
    m_ui->headersTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->headersTableWidget->horizontalHeader()->setFont(font());
    m_ui->headersTableWidget->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_ui->headersTableWidget->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->clockSkewLabel->setTextFormat(Qt::RichText);
    m_ui->clockSkewLabel->setFrameShape(QFrame::StyledPanel);
    m_ui->clockSkewLabel->setMargin(8);
    m_ui->tlsDetailsLabel->setFont(fixed);

    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this, &TroubleshootingPanel::refreshCountdown);
    connect(m_ui->copyCorrelationIdButton, &QPushButton::clicked, this, [this] {
        if (!m_outcome || m_outcome->correlationId().isEmpty()) {
            return;
        }
        m_clipboard->copyText(m_outcome->correlationId());
        Q_EMIT statusMessage(tr("Correlation ID copied."));
    });
    connect(m_ui->tryAgainButton, &QPushButton::clicked, this, [this] {
        refreshCountdown();
        if (m_retryAllowed) {
            Q_EMIT retryRequested();
        }
    });
    connect(
        m_ui->copySupportBundleButton, &QPushButton::clicked, this, &TroubleshootingPanel::copySupportBundleRequested);
    connect(
        m_ui->saveSupportBundleButton, &QPushButton::clicked, this, &TroubleshootingPanel::saveSupportBundleRequested);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &TroubleshootingPanel::copyCurlRequested);
    clear();
}

TroubleshootingPanel::~TroubleshootingPanel() = default;

void TroubleshootingPanel::setClock(const Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
    refreshCountdown();
}

void TroubleshootingPanel::setClipboard(SecretClipboard* clipboard)
{
    if (clipboard) {
        m_clipboard = clipboard;
    }
}

void TroubleshootingPanel::setPresenterMode(bool on)
{
    m_presenterMode = on;
    if (m_result) {
        updateTexts();
    }
}

QString TroubleshootingPanel::screenText(const QString& text) const
{
    return m_presenterMode ? PresenterMask::maskEmails(text) : text;
}

void TroubleshootingPanel::clear()
{
    m_result.reset();
    m_outcome.reset();
    m_skew.reset();
    m_retryNotBefore = {};
    m_countdownTimer.stop();
    for (QLabel* label : { m_ui->problemTitleLabel, m_ui->problemCauseLabel, m_ui->nextStepLabel,
             m_ui->httpStatusValueLabel, m_ui->errorCodeValueLabel, m_ui->serverMessageValueLabel,
             m_ui->correlationIdValueLabel, m_ui->elapsedValueLabel, m_ui->serverTimeValueLabel, m_ui->tlsDetailsLabel,
             m_ui->retryCountdownLabel, m_ui->clockSkewLabel, m_ui->proxyValueLabel }) {
        label->clear();
    }
    m_ui->headersTableWidget->setRowCount(0);
    m_ui->retryCountdownLabel->setVisible(false);
    m_ui->tryAgainButton->setVisible(false);
    m_ui->clockSkewLabel->setVisible(false);
    m_ui->tlsGroupBox->setVisible(false);
    m_ui->headersGroupBox->setVisible(false);
    m_ui->copyCorrelationIdButton->setEnabled(false);
    setRetryAllowed(true);
}

void TroubleshootingPanel::setShareEnabled(bool supportBundle, bool curl)
{
    m_ui->copySupportBundleButton->setEnabled(supportBundle);
    m_ui->saveSupportBundleButton->setEnabled(supportBundle);
    m_ui->copyCurlButton->setEnabled(curl);
}

void TroubleshootingPanel::showResult(const AuthTicketResult& result)
{
    clear();
    m_result = result;
    m_outcome.emplace(result);
    const KiboError& error = result.error;
    m_skew = Diagnoser::clockSkewSeconds(result.serverDate, result.receivedAt);
    if (error.kind == KiboError::Kind::Throttled && error.retryAfterSeconds >= 0) {
        const QDateTime received = result.receivedAt.isValid() ? result.receivedAt : m_clock->now();
        m_retryNotBefore = received.addSecs(error.retryAfterSeconds);
    }
    updateTexts();

    // Response headers, secret values redacted.
    m_ui->headersTableWidget->setRowCount(int(result.responseHeaders.size()));
    int row = 0;
    for (const auto& [name, value] : result.responseHeaders) {
        auto* nameItem = new QTableWidgetItem(QString::fromLatin1(name));
        auto* valueItem = new QTableWidgetItem(displayedHeaderValue(name, value));
        valueItem->setToolTip(valueItem->text());
        m_ui->headersTableWidget->setItem(row, 0, nameItem);
        m_ui->headersTableWidget->setItem(row, 1, valueItem);
        ++row;
    }
    m_ui->headersTableWidget->resizeRowsToContents();
    // As tall as its rows (up to 12, then it scrolls), so that no empty block sits under a few headers.
    QTableWidget* table = m_ui->headersTableWidget;
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int i = 0; i < std::min(row, 12); ++i) {
        height += table->rowHeight(i);
    }
    table->setFixedHeight(height);
    m_ui->headersGroupBox->setVisible(row > 0);

    m_ui->tlsDetailsLabel->setText(error.tlsDetails);
    m_ui->tlsGroupBox->setVisible(!error.tlsDetails.isEmpty());

    const bool throttled = error.kind == KiboError::Kind::Throttled;
    m_ui->retryCountdownLabel->setVisible(throttled);
    m_ui->tryAgainButton->setVisible(throttled);
    refreshCountdown();
}

void TroubleshootingPanel::updateTexts()
{
    const AuthTicketResult& result = *m_result;
    const KiboError& error = result.error;
    Diagnosis diagnosis = m_outcome->diagnosis();
    if (!error.isError()) {
        // Neither a ticket nor a refusal (e.g. responseFields left everything out).
        diagnosis = { tr("No ticket in the reply"),
            tr("The server answered without an auth ticket, a two-factor request or an error."),
            tr("If you set response fields, include accessToken and try again.") };
    }
    if (!error.tlsDetails.isEmpty()) {
        // The certificate has a box of its own below: the cause keeps only the reasons line.
        diagnosis.cause.replace(error.tlsDetails, error.tlsDetails.section(u'\n', 0, 0));
    }
    m_ui->problemTitleLabel->setText(screenText(diagnosis.title));
    m_ui->problemCauseLabel->setText(screenText(diagnosis.cause));
    m_ui->nextStepLabel->setText(screenText(diagnosis.nextStep));
    m_ui->nextStepHeadingLabel->setVisible(!diagnosis.nextStep.isEmpty());

    const int status = result.httpStatus > 0 ? result.httpStatus : error.httpStatus;
    m_ui->httpStatusValueLabel->setText(status > 0 ? QString::number(status) : tr("(no HTTP reply)"));
    m_ui->errorCodeValueLabel->setText(error.errorCode.isEmpty() ? tr("(none)") : error.errorCode);
    //: The server's own words, quoted; %1 is Kibo's untranslated message.
    m_ui->serverMessageValueLabel->setText(
        error.message.isEmpty() ? tr("(none)") : tr("“%1”").arg(screenText(error.message)));
    const QString correlationId = m_outcome->correlationId();
    m_ui->correlationIdValueLabel->setText(correlationId.isEmpty() ? tr("(none)") : correlationId);
    m_ui->copyCorrelationIdButton->setEnabled(!correlationId.isEmpty());
    m_ui->copyCorrelationIdButton->setVisible(!correlationId.isEmpty());
    m_ui->proxyValueLabel->setText(error.proxy);
    m_ui->proxyLabel->setVisible(!error.proxy.isEmpty());
    m_ui->proxyValueLabel->setVisible(!error.proxy.isEmpty());
    m_ui->problemDetailsGroupBox->setVisible(status > 0 || !error.errorCode.isEmpty() || !error.proxy.isEmpty());

    const QLocale locale;
    m_ui->elapsedValueLabel->setText(result.elapsedMs > 0 ? tr("%1 ms").arg(locale.toString(result.elapsedMs))
            : status > 0                                  ? tr("under 1 ms")
                                                          : tr("(not measured)"));
    if (!result.serverDate.isValid()) {
        m_ui->serverTimeValueLabel->setText(tr("(the reply had no Date header)"));
    } else {
        const QString when = tr("%1 UTC").arg(locale.toString(result.serverDate.toUTC(), u"yyyy-MM-dd HH:mm:ss"_s));
        if (!m_skew) {
            m_ui->serverTimeValueLabel->setText(when);
        } else if (!Diagnoser::isSignificantSkew(*m_skew)) {
            m_ui->serverTimeValueLabel->setText(*m_skew == 0
                    ? tr("%1, in step with this computer's clock").arg(when)
                    : tr("%1, in step with this computer's clock (%2 apart)").arg(when, Diagnoser::duration(*m_skew)));
        } else {
            m_ui->serverTimeValueLabel->setText(*m_skew > 0
                    ? tr("%1; this computer's clock is %2 behind").arg(when, Diagnoser::duration(*m_skew))
                    : tr("%1; this computer's clock is %2 ahead").arg(when, Diagnoser::duration(*m_skew)));
        }
    }
    if (m_skew && Diagnoser::isSignificantSkew(*m_skew)) {
        const Diagnosis skew = Diagnoser::clockSkew(*m_skew);
        m_ui->clockSkewLabel->setText(u"<b>%1</b><br>%2 %3"_s.arg(
            skew.title.toHtmlEscaped(), skew.cause.toHtmlEscaped(), skew.nextStep.toHtmlEscaped()));
        m_ui->clockSkewLabel->setVisible(true);
    } else {
        m_ui->clockSkewLabel->clear();
        m_ui->clockSkewLabel->setVisible(false);
    }
}

void TroubleshootingPanel::refreshCountdown()
{
    if (!m_result || m_result->error.kind != KiboError::Kind::Throttled) {
        m_countdownTimer.stop();
        setRetryAllowed(true);
        return;
    }
    if (!m_retryNotBefore.isValid()) {
        m_countdownTimer.stop();
        m_ui->retryCountdownLabel->setText(tr("The server named no waiting time; wait a minute before you try again."));
        m_ui->tryAgainButton->setEnabled(true);
        setRetryAllowed(true);
        return;
    }
    const qint64 remainingMs = m_clock->now().msecsTo(m_retryNotBefore);
    if (remainingMs <= 0) {
        m_countdownTimer.stop();
        m_ui->retryCountdownLabel->setText(tr("The server's waiting time has passed: you can try again now."));
        m_ui->tryAgainButton->setEnabled(true);
        setRetryAllowed(true);
        return;
    }
    const qint64 seconds = (remainingMs + 999) / 1000;
    m_ui->retryCountdownLabel->setText(tr("You can try again in %1.").arg(Diagnoser::duration(seconds)));
    m_ui->tryAgainButton->setEnabled(false);
    setRetryAllowed(false);
    if (!m_countdownTimer.isActive()) {
        m_countdownTimer.start();
    }
}

void TroubleshootingPanel::setRetryAllowed(bool allowed)
{
    if (m_retryAllowed == allowed) {
        return;
    }
    m_retryAllowed = allowed;
    Q_EMIT retryAllowedChanged(allowed);
}

QString TroubleshootingPanel::displayedHeaderValue(const QByteArray& name, const QByteArray& value)
{
    return SecretScrubber::headerValue(QString::fromLatin1(name.trimmed().toLower()), QString::fromLatin1(name),
        QString::fromLatin1(value), SecretScrubber::HeaderForm::KindOnly);
}
