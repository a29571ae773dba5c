#pragma once

#include <QList>
#include <QString>

// One seeded demo shopper (architecture.md's table) and how a login with it behaves.
struct DemoCustomer
{
    enum class State
    {
        Active,
        Locked,
        Inactive,
        PasswordChangeRequired,
    };
    enum class Shape
    {
        Standard, // ada: contacts, attributes, notes, segments, commerce summary
        Minimal,
        B2B,
        Big, // 5,000 contacts and 2,000 attributes
    };

    int id = 0; // the customer number; also the default accountId
    QString userName;
    QString password;
    QString userId; // 32 hex, stable per customer
    QString firstName;
    QString lastName;
    State state = State::Active;
    Shape shape = Shape::Minimal;
    bool requires2FA = false;
    QList<int> accountIds; // accounts the user may choose with accountId (the first is the default)
};
