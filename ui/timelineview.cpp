#include "timelineview.h"

#include "timelineaxis.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
    , m_axis(new TimelineAxis(this))
    , m_leeway(new QSpinBox(this))
    , m_findingsLabel(new QLabel(this))
    , m_findings(new QListWidget(this))
{
    m_axis->setObjectName(u"timelineAxis"_s);
    m_leeway->setObjectName(u"leewaySpinBox"_s);
    m_findings->setObjectName(u"timelineFindingsList"_s);
    m_findingsLabel->setObjectName(u"timelineFindingsLabel"_s);

    m_leeway->setRange(0, 3600);
    m_leeway->setSuffix(tr(" s"));
    m_leeway->setValue(TokenTimeline::DefaultLeewaySeconds);
    m_leeway->setAccessibleName(tr("Leeway in seconds"));
    m_leeway->setToolTip(tr("Times closer together than this count as equal, and clocks this far apart as in step."));
    auto* leewayLabel = new QLabel(tr("Leewa&y:"), this);
    leewayLabel->setBuddy(m_leeway);

    m_findings->setAccessibleName(tr("Timeline findings"));
    m_findings->setWordWrap(true);
    m_findings->setSelectionMode(QAbstractItemView::NoSelection);
    m_findings->setFocusPolicy(Qt::TabFocus);
    m_findings->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_findings->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_findingsLabel, 1);
    controls->addWidget(leewayLabel);
    controls->addWidget(m_leeway);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_axis);
    layout->addLayout(controls);
    layout->addWidget(m_findings);

    connect(m_leeway, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_input.leewaySeconds = seconds;
        rebuild();
        Q_EMIT leewayChanged(seconds);
    });
    clear();
}

void TimelineView::setInput(const TokenTimeline::Input& input)
{
    m_input = input;
    m_input.leewaySeconds = m_leeway->value();
    rebuild();
}

void TimelineView::clear()
{
    m_input = {};
    m_input.leewaySeconds = m_leeway->value();
    m_timeline = {};
    m_axis->setTimeline(m_timeline);
    m_findings->clear();
    m_findings->setVisible(false);
    m_findingsLabel->setText(QString());
}

void TimelineView::refresh(const QDateTime& now)
{
    if (!m_input.now.isValid()) {
        return; // nothing shown yet
    }
    m_input.now = now;
    rebuild();
}

void TimelineView::setRefreshes(const QList<TokenTimeline::Refresh>& refreshes)
{
    if (refreshes == m_refreshes) {
        return; // every answer sets them: a new login's none, again
    }
    m_refreshes = refreshes;
    rebuild();
}

int TimelineView::leewaySeconds() const
{
    return m_leeway->value();
}

void TimelineView::setLeewaySeconds(int seconds)
{
    m_leeway->setValue(seconds);
}

void TimelineView::rebuild()
{
    if (!m_input.now.isValid()) {
        return;
    }
    TokenTimeline::Input input = m_input;
    if (input.refreshes.isEmpty()) {
        input.refreshes = m_refreshes;
    }
    m_timeline = TokenTimeline::build(input);
    m_axis->setTimeline(m_timeline);

    const QList<TokenNotice>& findings = m_timeline.findings();
    m_findings->clear();
    for (const TokenNotice& finding : findings) {
        const QStyle::StandardPixmap icon = finding.severity == TokenNotice::Severity::Error
            ? QStyle::SP_MessageBoxCritical
            : finding.severity == TokenNotice::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                 : QStyle::SP_MessageBoxInformation;
        auto* item = new QListWidgetItem(style()->standardIcon(icon), finding.text, m_findings);
        item->setData(Qt::UserRole, finding.code);
    }
    m_findings->setVisible(!findings.isEmpty());
    m_findingsLabel->setText(findings.isEmpty() ? tr("The ticket and its JWT agree, and the clocks are in step.")
                                                : tr("What the timeline shows:"));
}
