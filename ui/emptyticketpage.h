#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class EmptyTicketPage;
}

// What a session shows before it has a ticket: what to do, and (until the demo tenant runs) the way to the
// demo. It is the first frame's content, so it is small on purpose: the session view builds its ResultView
// only when the first answer needs it, and the ResultView shows this page again when it is cleared.
class EmptyTicketPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyTicketPage)

public:
    explicit EmptyTicketPage(QWidget* parent = nullptr);
    ~EmptyTicketPage() override;

    void setDemoTenantRunning(bool running);

Q_SIGNALS:
    void demoTenantRequested();

private:
    std::unique_ptr<Ui::EmptyTicketPage> m_ui;
};
