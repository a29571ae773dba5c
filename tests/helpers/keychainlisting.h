#pragma once

#include <QByteArray>
#include <QStringList>

// Every keychain entry of the app, as libsecret's own tool (secret-tool search --all) lists them from outside:
// the accounts ("attribute.user", on its standard error) and the labels, secrets and dates (standard output).
// secret-tool fails as a whole when an entry disappears while it lists, which other tests of a parallel ctest
// run sharing the keyring of scripts/with-keyring do all the time: read() lists again until one listing is whole.
struct KeychainListing
{
    bool ok = false; // false when no listing was whole
    QStringList users;
    QByteArray secrets;

    // True when an entry's account is the given one or starts with it and a '/' ("user@host/refreshToken").
    bool hasAccount(const QString& account) const;
    // The accounts, one a line: for messages.
    QByteArray accountsText() const;

    static KeychainListing read();
};
