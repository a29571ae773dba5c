#include "keychainlisting.h"

#include <QProcess>

using namespace Qt::StringLiterals;

bool KeychainListing::hasAccount(const QString& account) const
{
    for (const QString& user : users) {
        if (user == account || user.startsWith(account + u'/')) {
            return true;
        }
    }
    return false;
}

QByteArray KeychainListing::accountsText() const
{
    return users.join(u'\n').toUtf8();
}

KeychainListing KeychainListing::read()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QProcess search;
        search.start(u"secret-tool"_s, { u"search"_s, u"--all"_s, u"server"_s, u"io.github.kibotokeninspector"_s });
        if (!search.waitForFinished(60000)) {
            search.kill();
            search.waitForFinished();
            return {};
        }
        const QByteArray out = search.readAllStandardOutput();
        const QByteArray err = search.readAllStandardError();
        if (search.exitStatus() != QProcess::NormalExit) {
            return {};
        }
        if (search.exitCode() != 0) {
            continue; // "No such secret item": an entry went away while it listed
        }
        KeychainListing listing;
        listing.ok = true;
        listing.secrets = out;
        for (const QByteArray& line : err.split('\n')) {
            if (line.startsWith("attribute.user = ")) {
                listing.users.append(QString::fromUtf8(line.mid(17)));
            }
        }
        return listing;
    }
    return {};
}
