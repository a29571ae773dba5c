#include "emptyticketpage.h"

#include "boldfont.h"
#include "ui_emptyticketpage.h"

#include <QPushButton>

EmptyTicketPage::EmptyTicketPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EmptyTicketPage>())
{
    m_ui->setupUi(this);
    m_ui->emptyTitleLabel->setFont(boldFont(font(), 1.4));
    m_ui->emptyTitleLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->demoHintLabel->setForegroundRole(QPalette::PlaceholderText);
    // A short paragraph reads better than one line across the whole pane.
    const int margin = m_ui->emptyLabel->fontMetrics().averageCharWidth() * 12;
    m_ui->emptyPageLayout->setContentsMargins(margin, 0, margin, 0);
    connect(m_ui->tryDemoButton, &QPushButton::clicked, this, &EmptyTicketPage::demoTenantRequested);
}

EmptyTicketPage::~EmptyTicketPage() = default;

void EmptyTicketPage::setDemoTenantRunning(bool running)
{
    m_ui->demoHintWidget->setVisible(!running);
}
