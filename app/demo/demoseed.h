#pragma once

#include "democustomer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// The demo tenant's customers and their CustomerAccount JSON (auth-api.md section 7). Everything is
// deterministic; the big account's JSON is built once, on first use.
class DemoSeed
{
public:
    DemoSeed();

    const QList<DemoCustomer>& customers() const { return m_customers; }
    const DemoCustomer* findByUserName(const QString& userName) const; // case-insensitive
    const DemoCustomer* findByUserId(const QString& userId) const;
    const DemoCustomer* findByAccountId(int accountId) const;

    // The account as the login reply carries it, for the chosen accountId.
    QJsonObject account(const DemoCustomer& customer, int accountId) const;
    // The same as compact JSON text, as QJsonDocument writes it. The big account's text (4.4 MB: tens of
    // milliseconds to write) is made once and kept, so a login does not write it again.
    QByteArray accountJson(const DemoCustomer& customer, int accountId) const;

    // big.account's account with other numbers of contacts and attributes (it has 5,000 and 2,000): the
    // same shape at any size, e.g. for the JSON benchmark.
    QJsonObject bigAccount(int contacts, int attributes) const;

private:
    QJsonObject buildAccount(const DemoCustomer& customer, int bigContacts = 5000, int bigAttributes = 2000) const;

    QList<DemoCustomer> m_customers;
};
