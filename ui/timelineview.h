#pragma once

#include "jwt/tokentimeline.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QSpinBox;
class TimelineAxis;

// A ticket's moments on one axis (TokenTimeline): one marker per distinct time, evenly spaced so that
// seconds and days both stay readable, with the span between neighbours written on the axis and the
// part before "now" drawn as elapsed. Below it, the leeway and every cross-check finding in words.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget* parent = nullptr);

    // The moments to show; now is replaced on every refresh(now).
    void setInput(const TokenTimeline::Input& input);
    void clear();
    // Moves "now" (the countdown timer of the result view calls this every second).
    void refresh(const QDateTime& now);

    // Refresh markers of the session shown; kept across setInput() and clear() until set again
    // (an Input that names its own refreshes wins).
    void setRefreshes(const QList<TokenTimeline::Refresh>& refreshes);
    const QList<TokenTimeline::Refresh>& refreshes() const { return m_refreshes; }

    const TokenTimeline& timeline() const { return m_timeline; }
    int leewaySeconds() const;
    void setLeewaySeconds(int seconds);

Q_SIGNALS:
    void leewayChanged(int seconds);

private:
    void rebuild();

    TokenTimeline::Input m_input;
    QList<TokenTimeline::Refresh> m_refreshes;
    TokenTimeline m_timeline;
    TimelineAxis* m_axis;
    QSpinBox* m_leeway;
    QLabel* m_findingsLabel;
    QListWidget* m_findings;
};
