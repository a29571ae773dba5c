#include "shareactions.h"

#include "atomicfile.h"
#include "clock.h"
#include "resultview.h"
#include "secretclipboard.h"
#include "sessionview.h"
#include "share/curlexport.h"
#include "share/supportbundle.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <utility>

using namespace Qt::StringLiterals;

ShareActions::ShareActions(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_clipboard(new SecretClipboard(this))
{ }

ShareActions::~ShareActions() = default;

void ShareActions::setCurrentView(SessionView* view)
{
    m_current = view;
}

void ShareActions::setClock(const Clock* clock)
{
    m_clock = clock;
}

void ShareActions::setPresenterMode(bool on)
{
    m_presenterMode = on;
}

void ShareActions::setIncludePersonalData(bool include)
{
    m_includePersonalData = include;
}

void ShareActions::setSaveFileNameProvider(SaveFileNameProvider provider)
{
    m_saveFileNameProvider = std::move(provider);
}

void ShareActions::setStatus(const QString& text)
{
    Q_EMIT statusMessage(text);
}

SupportBundleOptions ShareActions::bundleOptions() const
{
    SupportBundleOptions options;
    options.includePersonalData = !m_presenterMode && m_includePersonalData;
    return options;
}

void ShareActions::copySupportBundle()
{
    const AuthTicketResult* result = m_current ? m_current->sharedResult() : nullptr;
    if (!result) {
        return;
    }
    const QDateTime now = (m_clock ? m_clock : Clock::system())->now();
    m_clipboard->copyText(SupportBundle::toMarkdown(*result, m_current->shownProfile(), now, bundleOptions()));
    setStatus(bundleOptions().includePersonalData
            ? tr("Support bundle copied, with the customer's details and without secrets.")
            : tr("Support bundle copied, without secrets or customer details."));
}

bool ShareActions::saveSupportBundle()
{
    const AuthTicketResult* result = m_current ? m_current->sharedResult() : nullptr;
    if (!result) {
        return false;
    }
    const QDateTime now = (m_clock ? m_clock : Clock::system())->now();
    const QString suggested = u"kibo-support-bundle-%1.md"_s.arg(now.toUTC().toString(u"yyyyMMdd-HHmmss"_s));
    QString path;
    if (m_saveFileNameProvider) {
        path = m_saveFileNameProvider(suggested);
    } else {
        const QString markdown = tr("Markdown (*.md)");
        const QString json = tr("JSON (*.json)");
        QString selected = markdown;
        path = QFileDialog::getSaveFileName(
            m_window, tr("Save Support Bundle"), suggested, markdown + u";;"_s + json, &selected);
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty() && selected == json) {
            path += u".json"_s;
        }
    }
    if (path.isEmpty()) {
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"md"_s && suffix != u"json"_s && suffix != u"markdown"_s) {
        path += u".md"_s;
    }
    const bool asJson = suffix == u"json"_s;
    const SupportBundleOptions options = bundleOptions();
    const QByteArray bytes = asJson
        ? QJsonDocument(SupportBundle::toJson(*result, m_current->shownProfile(), now, options))
              .toJson(QJsonDocument::Indented)
        : SupportBundle::toMarkdown(*result, m_current->shownProfile(), now, options).toUtf8();
    const FileError error = AtomicFile::write(path, bytes);
    if (error.isError()) {
        // The path is the user's own choice; the reason names no secret.
        setStatus(tr("The support bundle could not be saved to %1: %2").arg(path, error.reasonText()));
        return false;
    }
    setStatus(tr("Support bundle saved to %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void ShareActions::copyAsCurl()
{
    const AuthTicketResult* result = m_current ? m_current->sharedResult() : nullptr;
    if (!result || !result->request.isValid()) {
        setStatus(tr("No request reached the tenant, so there is nothing to copy as curl."));
        return;
    }
    if (m_presenterMode) {
        // The command names the customer (the username in the body).
        setStatus(tr("Nothing copied: the curl command holds the customer's username. Turn presenter mode off "
                     "to copy it."));
        return;
    }
    m_clipboard->copyText(CurlExport::command(result->request, CurlExport::Layout::MultiLine));
    setStatus(tr("curl command copied. %1").arg(CurlExport::variablesHint(result->request)));
}
