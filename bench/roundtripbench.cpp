// kti-bench-roundtrip: one customer login round trip to the demo tenant over loopback, keep-alive (issue 12).
//
// The demo tenant runs in a child process (`kibo-token-inspector demo-server`), not in this one: libcurl's easy
// interface blocks the calling thread, so a tenant on this thread's event loop could not answer it, and a tenant in
// a thread of this process would share its locks and allocator with only one of the two clients. A child process is
// a server like any other for both, answered on the other core, the same way for each.
//
// Ours: AuthTicketClient::login on a QNetworkAccessManager with the saved network settings applied, as the GUI and
// the CLI use it. Its first login gets the app token and looks the tenant up; both are cached for the run, so a login
// after it is the auth-ticket POST alone (the harness counts the replies the manager finished per login and says so
// on standard error). Baseline: libcurl with one reused easy handle making exactly that request: the same URL, the
// same headers (the app token as Bearer, the x-vol-* headers from KiboHosts, and what Qt adds itself: Accept-Encoding,
// Accept-Language, User-Agent, Connection) and the same body. For reference, a bare QNetworkAccessManager posts the
// same request too (no proxy factory, no KiboCall, no AuthTicketClient: Qt's HTTP client alone, the floor of any
// client built on it), and the same request bytes written on one QTcpSocket on this thread (no HTTP client: what a
// Qt client without QNetworkAccessManager's HTTP thread could reach). The four alternate, one login each per round.
// For profiling one client alone: `--client ours|curl|qnam|socket` (the others print 0) and `--rounds N`.
//
//   BENCH roundtrip.login.ours ms <sample> ...
//   BENCH roundtrip.login.curl ms <sample> ...
//   BENCH roundtrip.login.qnam ms <sample> ...
//   BENCH roundtrip.login.socket ms <sample> ...
#include "demo/demotenant.h"
#include "kibo/appauthenticator.h"
#include "kibo/authticketclient.h"
#include "kibo/kibohosts.h"
#include "kibo/kiboprofile.h"
#include "kibo/networksettings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QTimer>
#include <cstdio>
#include <curl/curl.h>

using namespace Qt::StringLiterals;

namespace {

const QString Customer = u"ada.lovelace@example.com"_s;

// Starts `kibo-token-inspector demo-server` and returns its home URL ("listening on URL" on its standard output).
QUrl startDemoServer(QProcess* process)
{
    process->setProgram(QStringLiteral(KTI_EXECUTABLE_PATH));
    process->setArguments({ u"demo-server"_s });
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->setStandardErrorFile(QProcess::nullDevice());
    process->start();
    if (!process->waitForStarted(10'000)) {
        return {};
    }
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    while (!out.contains('\n') && waited.elapsed() < 20'000) {
        if (!process->waitForReadyRead(1000) && process->state() != QProcess::Running) {
            return {};
        }
        out += process->readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n')).trimmed();
    if (!line.startsWith("listening on ")) {
        return {};
    }
    return QUrl(QString::fromLatin1(line.mid(13)));
}

size_t collect(char* data, size_t size, size_t count, void* user)
{
    const size_t bytes = size * count;
    static_cast<QByteArray*>(user)->append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

// The language Qt's HTTP client announces when a request names none (QHttpNetworkConnectionPrivate::prepareRequest).
QByteArray qtAcceptLanguage()
{
    const QString locale = QLocale::system().name().replace(u'_', u'-');
    if (locale == u"C"_s) {
        return "en,*";
    }
    return locale.toLatin1() + (locale.startsWith(u"en-"_s) ? QByteArrayView(",*") : QByteArrayView(",en,*"));
}

class Ours
{
public:
    Ours(const KiboProfile& profile)
        : m_client(&m_manager, nullptr)
    {
        NetworkSettings::load().apply(&m_manager, &m_client);
        m_client.setProfile(profile, DemoTenant::sharedSecret());
        QObject::connect(&m_manager, &QNetworkAccessManager::finished, &m_manager, [this] { ++m_replies; });
        QObject::connect(m_client.appAuthenticator(), &AppAuthenticator::tokenReady, &m_manager,
            [this](const QString& token) { m_appToken = token; });
    }

    // One login; the time from the call to the result, in ms; negative when it failed.
    double login()
    {
        CustomerLoginRequest request;
        request.username = Customer;
        request.password = DemoTenant::defaultPassword();
        QEventLoop loop;
        bool ok = false;
        double ms = -1;
        QElapsedTimer timer;
        const QMetaObject::Connection done
            = QObject::connect(&m_client, &AuthTicketClient::finished, &loop, [&](const AuthTicketResult& result) {
                  ms = double(timer.nsecsElapsed()) / 1e6;
                  ok = result.ticket.has_value();
                  loop.quit();
              });
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        m_replies = 0;
        timer.start();
        m_client.login(request);
        loop.exec();
        QObject::disconnect(done);
        return ok ? ms : -1;
    }

    int repliesOfLastLogin() const { return m_replies; }
    QString appToken() const { return m_appToken; }
    CustomerLoginRequest request() const
    {
        CustomerLoginRequest r;
        r.username = Customer;
        r.password = DemoTenant::defaultPassword();
        return r;
    }

private:
    QNetworkAccessManager m_manager;
    AuthTicketClient m_client;
    QString m_appToken;
    int m_replies = 0;
};

// Qt's HTTP client alone, with the headers KiboCall sets (Qt adds the rest as for ours).
class BareQnam
{
public:
    BareQnam(const QUrl& url, const KiboProfile& profile, const QString& appToken, const QByteArray& body)
        : m_request(url)
        , m_body(body)
    {
        m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        m_request.setRawHeader("Accept", "application/json");
        m_request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        m_request.setRawHeader("Authorization", "Bearer " + appToken.toLatin1());
        for (const auto& [name, value] : KiboHosts::tenantHeaders(profile)) {
            m_request.setRawHeader(name, value);
        }
        m_manager.setProxy(QNetworkProxy::NoProxy);
    }

    double login()
    {
        QElapsedTimer timer;
        timer.start();
        QNetworkReply* reply = m_manager.post(m_request, m_body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray data = reply->readAll();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status == 200 && data.contains("jwtAccessToken") ? ms : -1;
    }

private:
    QNetworkAccessManager m_manager;
    QNetworkRequest m_request;
    QByteArray m_body;
};

// Reference: the same request bytes written on one kept-alive QTcpSocket on this thread, the reply read as it arrives
// (status line, headers up to the blank line, Content-Length bytes), then parsed as for curl. No HTTP client at all:
// what a Qt client could reach without QNetworkAccessManager's thread hop and its byte-by-byte header reading.
class BareSocket
{
public:
    BareSocket(const QUrl& url, const QList<QByteArray>& headerLines, const QByteArray& body)
        : m_host(url.host())
        , m_port(quint16(url.port(80)))
    {
        m_request = "POST " + url.path(QUrl::FullyEncoded).toLatin1() + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':'
            + QByteArray::number(m_port) + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        for (const QByteArray& line : headerLines) {
            m_request += line + "\r\n";
        }
        m_request += "\r\n" + body;
    }

    double login()
    {
        QElapsedTimer timer;
        timer.start();
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_socket.connectToHost(m_host, m_port);
            if (!m_socket.waitForConnected(10'000)) {
                return -1;
            }
        }
        m_socket.write(m_request);
        QByteArray reply;
        qsizetype headerEnd = -1;
        qint64 length = -1;
        QEventLoop loop;
        const QMetaObject::Connection read = QObject::connect(&m_socket, &QTcpSocket::readyRead, &loop, [&] {
            reply += m_socket.readAll();
            if (headerEnd < 0 && (headerEnd = reply.indexOf("\r\n\r\n")) >= 0) {
                for (const QByteArray& line : reply.left(headerEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:")) {
                        length = line.mid(15).trimmed().toLongLong();
                    }
                }
            }
            if (headerEnd >= 0 && (length < 0 || reply.size() >= headerEnd + 4 + length)) {
                loop.quit();
            }
        });
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(read);
        if (headerEnd < 0 || length < 0) {
            return -1;
        }
        const bool ok = reply.startsWith("HTTP/1.1 200")
            && QJsonDocument::fromJson(reply.mid(headerEnd + 4, length)).object().value(u"jwtAccessToken"_s).isString();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        return ok ? ms : -1;
    }

private:
    QTcpSocket m_socket;
    QString m_host;
    quint16 m_port;
    QByteArray m_request;
};

// The request's header lines in the order Qt's client writes them; curl adds Host and Content-Length itself, as Qt
// does.
QList<QByteArray> headerLines(const KiboProfile& profile, const QString& appToken)
{
    QList<QByteArray> lines { "Accept: application/json", "Content-Type: application/json",
        "Authorization: Bearer " + appToken.toLatin1() };
    for (const auto& [name, value] : KiboHosts::tenantHeaders(profile)) {
        lines.append(name + ": " + value);
    }
    lines << "Connection: Keep-Alive"
          << "Accept-Encoding: gzip, deflate"
          << "Accept-Language: " + qtAcceptLanguage() << "User-Agent: Mozilla/5.0";
    return lines;
}

class Curl
{
public:
    Curl(const QUrl& url, const KiboProfile& profile, const QString& appToken, const QByteArray& body)
        : m_handle(curl_easy_init())
        , m_url(url.toEncoded())
        , m_body(body)
    {
        for (const QByteArray& line : headerLines(profile, appToken)) {
            m_headers = curl_slist_append(m_headers, line.constData());
        }
        curl_easy_setopt(m_handle, CURLOPT_URL, m_url.constData());
        curl_easy_setopt(m_handle, CURLOPT_HTTPHEADER, m_headers);
        curl_easy_setopt(m_handle, CURLOPT_POSTFIELDS, m_body.constData());
        curl_easy_setopt(m_handle, CURLOPT_POSTFIELDSIZE, long(m_body.size()));
        curl_easy_setopt(m_handle, CURLOPT_WRITEFUNCTION, &collect);
        curl_easy_setopt(m_handle, CURLOPT_WRITEDATA, &m_reply);
        curl_easy_setopt(m_handle, CURLOPT_NOPROXY, "*"); // as the product: loopback never goes through a proxy
        curl_easy_setopt(m_handle, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    }
    ~Curl()
    {
        curl_slist_free_all(m_headers);
        curl_easy_cleanup(m_handle);
    }
    Q_DISABLE_COPY_MOVE(Curl)

    double login()
    {
        m_reply.clear();
        QElapsedTimer timer;
        timer.start();
        const CURLcode code = curl_easy_perform(m_handle);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        long status = 0;
        curl_easy_getinfo(m_handle, CURLINFO_RESPONSE_CODE, &status);
        // The reply must be a ticket, as for ours.
        const bool ok = code == CURLE_OK && status == 200
            && QJsonDocument::fromJson(m_reply).object().value(u"jwtAccessToken"_s).isString();
        return ok ? ms : -1;
    }
    long connectionsMade() const
    {
        long count = 0;
        curl_easy_getinfo(m_handle, CURLINFO_NUM_CONNECTS, &count);
        return count;
    }

private:
    CURL* m_handle;
    curl_slist* m_headers = nullptr;
    QByteArray m_url;
    QByteArray m_body;
    QByteArray m_reply;
};

void print(const char* id, const QList<double>& samples)
{
    std::printf("BENCH %s ms", id);
    for (const double sample : samples) {
        std::printf(" %.3f", sample);
    }
    std::printf("\n");
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(u"--smoke"_s);
    // For profiling one client alone (perf, callgrind, strace): `--client ours|curl|qnam|socket` runs only that one.
    const qsizetype clientAt = app.arguments().indexOf(u"--client"_s);
    const QString only = clientAt > 0 ? app.arguments().value(clientAt + 1) : QString();
    const auto runs = [&only](const QString& name) {
        return only.isEmpty() || only == name;
    };
    curl_global_init(CURL_GLOBAL_DEFAULT);

    QProcess server;
    const QUrl home = startDemoServer(&server);
    if (!home.isValid()) {
        std::fprintf(stderr, "the demo server did not start\n");
        return 1;
    }
    const KiboProfile profile = KiboProfile::demo(home);

    int status = 0;
    {
        Ours ours(profile);
        // The first login gets the app token and looks the tenant up; both stay cached for the run.
        if (ours.login() < 0) {
            std::fprintf(stderr, "the first login failed\n");
            status = 1;
        }
        std::fprintf(stderr, "first login: %d requests\n", ours.repliesOfLastLogin());
        const std::optional<KiboTenant> tenant = AuthTicketClient::cachedTenant(profile);
        QUrl url = tenant ? tenant->apiBase(KiboHosts::authApiBase(profile)) : QUrl();
        url.setPath(url.path() + u"/commerce/customer/authtickets"_s);
        const QByteArray body = QJsonDocument(ours.request().toJson()).toJson(QJsonDocument::Compact);
        Curl curl(url, profile, ours.appToken(), body);
        BareQnam qnam(url, profile, ours.appToken(), body);
        BareSocket socket(url, headerLines(profile, ours.appToken()), body);
        QList<double> qnamMs;
        QList<double> socketMs;

        const qsizetype roundsAt = app.arguments().indexOf(u"--rounds"_s);
        const int rounds = smoke ? 1 : (roundsAt > 0 ? app.arguments().value(roundsAt + 1).toInt() : 400);
        const int warmUp = smoke ? 0 : 20;
        QList<double> oursMs;
        QList<double> curlMs;
        int oursReplies = 0;
        for (int i = 0; i < warmUp + rounds && status == 0; ++i) {
            const double a = runs(u"ours"_s) ? ours.login() : 0;
            oursReplies = ours.repliesOfLastLogin();
            const double b = runs(u"curl"_s) ? curl.login() : 0;
            const double c = runs(u"qnam"_s) ? qnam.login() : 0;
            const double d = runs(u"socket"_s) ? socket.login() : 0;
            if (a < 0 || b < 0 || c < 0 || d < 0) {
                std::fprintf(stderr, "a login failed (ours %s, curl %s, bare QNAM %s, bare socket %s)\n",
                    a < 0 ? "failed" : "ok", b < 0 ? "failed" : "ok", c < 0 ? "failed" : "ok", d < 0 ? "failed" : "ok");
                status = 1;
                break;
            }
            if (i >= warmUp) {
                oursMs.append(a);
                curlMs.append(b);
                qnamMs.append(c);
                socketMs.append(d);
            }
        }
        std::fprintf(stderr, "a later login: %d request(s) ours; curl made %ld connection(s) in %lld logins\n",
            oursReplies, curl.connectionsMade(), static_cast<long long>(curlMs.size() + warmUp));
        std::fprintf(stderr, "p50 ours %.3f ms, curl %.3f ms, bare QNAM %.3f ms, bare socket %.3f ms\n", median(oursMs),
            median(curlMs), median(qnamMs), median(socketMs));
        if (status == 0) {
            print("roundtrip.login.ours", oursMs);
            print("roundtrip.login.curl", curlMs);
            print("roundtrip.login.qnam", qnamMs);
            print("roundtrip.login.socket", socketMs);
        }
    }
    server.terminate();
    server.waitForFinished(5000);
    curl_global_cleanup();
    return status;
}
