#include "demoseed.h"

#include "demofixtures.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString stableUserId(const QString& userName)
{
    return QString::fromLatin1(QCryptographicHash::hash(userName.toUtf8(), QCryptographicHash::Md5).toHex());
}

QJsonObject auditInfo(const QString& created, const QString& updated)
{
    return QJsonObject {
        { u"createDate"_s, created },
        { u"createBy"_s, u"demo-seed"_s },
        { u"updateDate"_s, updated },
        { u"updateBy"_s, u"demo-seed"_s },
    };
}

QJsonObject contact(int id, int accountId, const QString& label, const QString& first, const QString& last,
    const QString& email, const QString& street, const QString& city, const QString& state, const QString& zip,
    const QJsonArray& types)
{
    return QJsonObject {
        { u"id"_s, id },
        { u"accountId"_s, accountId },
        { u"label"_s, label },
        { u"email"_s, email },
        { u"firstName"_s, first },
        { u"middleNameOrInitial"_s, QJsonValue::Null },
        { u"lastNameOrSurname"_s, last },
        { u"companyOrOrganization"_s, QJsonValue::Null },
        { u"faxNumber"_s, QJsonValue::Null },
        { u"phoneNumbers"_s,
            QJsonObject { { u"home"_s, u"+44 20 7946 0018"_s }, { u"mobile"_s, u"+44 7700 900077"_s },
                { u"work"_s, QJsonValue::Null } } },
        { u"address"_s,
            QJsonObject {
                { u"address1"_s, street },
                { u"address2"_s, QJsonValue::Null },
                { u"address3"_s, QJsonValue::Null },
                { u"address4"_s, QJsonValue::Null },
                { u"cityOrTown"_s, city },
                { u"stateOrProvince"_s, state },
                { u"postalOrZipCode"_s, zip },
                { u"countryCode"_s, u"US"_s },
                { u"addressType"_s, u"Residential"_s },
                { u"isValidated"_s, true },
            } },
        { u"types"_s, types },
        { u"auditInfo"_s, auditInfo(u"2019-03-14T09:30:00.000Z"_s, u"2024-11-02T16:45:12.500Z"_s) },
    };
}

QJsonArray contactTypes(bool billing, bool shipping, bool primary)
{
    QJsonArray types;
    if (billing) {
        types.append(QJsonObject { { u"name"_s, u"Billing"_s }, { u"isPrimary"_s, primary } });
    }
    if (shipping) {
        types.append(QJsonObject { { u"name"_s, u"Shipping"_s }, { u"isPrimary"_s, primary } });
    }
    return types;
}

QJsonObject attribute(int definitionId, const QString& name, const QJsonArray& values)
{
    return QJsonObject {
        { u"attributeDefinitionId"_s, definitionId },
        { u"fullyQualifiedName"_s, name },
        { u"values"_s, values },
        { u"auditInfo"_s, auditInfo(u"2020-01-05T10:00:00.000Z"_s, u"2024-06-30T08:15:00.000Z"_s) },
    };
}

QJsonObject commerceSummary(double amount, int orders, const QJsonValue& lastOrder, int wishlists, int visits)
{
    return QJsonObject {
        { u"totalOrderAmount"_s, QJsonObject { { u"amount"_s, amount }, { u"currencyCode"_s, u"USD"_s } } },
        { u"orderCount"_s, orders },
        { u"lastOrderDate"_s, lastOrder },
        { u"wishlistCount"_s, wishlists },
        { u"visitsCount"_s, visits },
    };
}

} // namespace

DemoSeed::DemoSeed()
{
    const QString password = DemoFixtures::defaultPassword();
    auto add = [this, &password](int id, const QString& userName, const QString& first, const QString& last,
                   DemoCustomer::State state, DemoCustomer::Shape shape) -> DemoCustomer& {
        DemoCustomer customer;
        customer.id = id;
        customer.userName = userName;
        customer.password = password;
        customer.userId = stableUserId(userName);
        customer.firstName = first;
        customer.lastName = last;
        customer.state = state;
        customer.shape = shape;
        customer.accountIds = { id };
        m_customers.append(customer);
        return m_customers.last();
    };
    using State = DemoCustomer::State;
    using Shape = DemoCustomer::Shape;
    add(1001, u"ada.lovelace@example.com"_s, u"Ada"_s, u"Lovelace"_s, State::Active, Shape::Standard);
    add(1002, u"locked@example.com"_s, u"Lockie"_s, u"Locked"_s, State::Locked, Shape::Minimal);
    add(1003, u"inactive@example.com"_s, u"Ina"_s, u"Active"_s, State::Inactive, Shape::Minimal);
    add(1004, u"mfa@example.com"_s, u"Mfa"_s, u"Shopper"_s, State::Active, Shape::Minimal).requires2FA = true;
    add(1005, u"b2b.buyer@example.com"_s, u"Bea"_s, u"Buyer"_s, State::Active, Shape::B2B).accountIds = { 2001, 2002 };
    add(1006, u"big.account@example.com"_s, u"Big"_s, u"Account"_s, State::Active, Shape::Big);
    add(1007, u"expired.password@example.com"_s, u"Exp"_s, u"Ired"_s, State::PasswordChangeRequired, Shape::Minimal);
}

const DemoCustomer* DemoSeed::findByUserName(const QString& userName) const
{
    for (const DemoCustomer& customer : m_customers) {
        if (customer.userName.compare(userName, Qt::CaseInsensitive) == 0) {
            return &customer;
        }
    }
    return nullptr;
}

const DemoCustomer* DemoSeed::findByUserId(const QString& userId) const
{
    for (const DemoCustomer& customer : m_customers) {
        if (customer.userId.compare(userId, Qt::CaseInsensitive) == 0) {
            return &customer;
        }
    }
    return nullptr;
}

const DemoCustomer* DemoSeed::findByAccountId(int accountId) const
{
    for (const DemoCustomer& customer : m_customers) {
        if (customer.accountIds.contains(accountId)) {
            return &customer;
        }
    }
    return nullptr;
}

QJsonObject DemoSeed::account(const DemoCustomer& customer, int accountId) const
{
    if (customer.shape == DemoCustomer::Shape::Big) {
        // The seed is fixed, so every demo tenant of the process serves the same big account: built once (tests and
        // the fuzzer make a demo tenant per case).
        static const QJsonObject big = buildAccount(customer);
        return big;
    }
    QJsonObject account = buildAccount(customer);
    if (customer.shape == DemoCustomer::Shape::B2B) {
        account.insert(u"id"_s, accountId);
        account.insert(
            u"companyOrOrganization"_s, accountId == 2001 ? u"Analytical Engines Ltd"_s : u"Difference Engines plc"_s);
        account.insert(u"externalId"_s, u"B2B-%1"_s.arg(accountId));
    }
    return account;
}

QByteArray DemoSeed::accountJson(const DemoCustomer& customer, int accountId) const
{
    if (customer.shape == DemoCustomer::Shape::Big) {
        static const QByteArray big = QJsonDocument(account(customer, accountId)).toJson(QJsonDocument::Compact);
        return big;
    }
    return QJsonDocument(account(customer, accountId)).toJson(QJsonDocument::Compact);
}

QJsonObject DemoSeed::bigAccount(int contacts, int attributes) const
{
    for (const DemoCustomer& customer : m_customers) {
        if (customer.shape == DemoCustomer::Shape::Big) {
            return buildAccount(customer, contacts, attributes);
        }
    }
    return {};
}

QJsonObject DemoSeed::buildAccount(const DemoCustomer& customer, int bigContacts, int bigAttributes) const
{
    const bool b2b = customer.shape == DemoCustomer::Shape::B2B;
    QJsonObject account {
        { u"id"_s, customer.accountIds.constFirst() },
        { u"userId"_s, customer.userId },
        { u"userName"_s, customer.userName },
        { u"emailAddress"_s, customer.userName },
        { u"firstName"_s, customer.firstName },
        { u"lastName"_s, customer.lastName },
        { u"localeCode"_s, u"en-US"_s },
        { u"companyOrOrganization"_s, QJsonValue::Null },
        { u"taxId"_s, QJsonValue::Null },
        { u"externalId"_s, u"DEMO-%1"_s.arg(customer.id) },
        { u"accountType"_s, b2b ? u"B2B"_s : u"B2C"_s },
        { u"customerSet"_s, u"default"_s },
        { u"isActive"_s, customer.state != DemoCustomer::State::Inactive },
        { u"isLocked"_s, customer.state == DemoCustomer::State::Locked },
        { u"isAnonymous"_s, false },
        { u"acceptsMarketing"_s, customer.shape == DemoCustomer::Shape::Standard },
        { u"hasExternalPassword"_s, false },
        { u"taxExempt"_s, b2b },
        { u"migrationRequired"_s, false },
        { u"customerSinceDate"_s, u"2019-03-14T09:30:00.000Z"_s },
        { u"last2FaDate"_s, QJsonValue::Null },
        { u"auditInfo"_s, auditInfo(u"2019-03-14T09:30:00.000Z"_s, u"2025-01-20T11:02:33.120Z"_s) },
        { u"commerceSummary"_s, commerceSummary(0, 0, QJsonValue::Null, 0, 1) },
        { u"contacts"_s, QJsonArray {} },
        { u"notes"_s, QJsonArray {} },
        { u"segments"_s, QJsonArray {} },
        { u"attributes"_s, QJsonArray {} },
    };

    switch (customer.shape) {
    case DemoCustomer::Shape::Standard: {
        account.insert(u"commerceSummary"_s, commerceSummary(1843.27, 12, u"2025-02-11T18:22:05.000Z"_s, 2, 57));
        account.insert(u"contacts"_s,
            QJsonArray {
                contact(1, customer.id, u"Home"_s, customer.firstName, customer.lastName, customer.userName,
                    u"12 St James's Square"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, contactTypes(true, true, true)),
                contact(2, customer.id, u"Office"_s, customer.firstName, customer.lastName, u"ada.work@example.com"_s,
                    u"1 Engine Way"_s, u"Chicago"_s, u"IL"_s, u"60601"_s, contactTypes(false, true, false)),
            });
        account.insert(u"notes"_s,
            QJsonArray {
                QJsonObject { { u"id"_s, 1 }, { u"content"_s, u"Prefers delivery before noon."_s },
                    { u"auditInfo"_s, auditInfo(u"2023-05-01T12:00:00.000Z"_s, u"2023-05-01T12:00:00.000Z"_s) } },
                QJsonObject { { u"id"_s, 2 }, { u"content"_s, u"VIP since the 2024 holiday campaign."_s },
                    { u"auditInfo"_s, auditInfo(u"2024-12-20T09:00:00.000Z"_s, u"2024-12-20T09:00:00.000Z"_s) } },
            });
        account.insert(u"segments"_s,
            QJsonArray {
                QJsonObject { { u"id"_s, 11 }, { u"code"_s, u"VIP"_s }, { u"name"_s, u"VIP shoppers"_s },
                    { u"description"_s, u"Top spenders"_s },
                    { u"auditInfo"_s, auditInfo(u"2022-01-01T00:00:00.000Z"_s, u"2024-12-20T09:00:00.000Z"_s) } },
                QJsonObject { { u"id"_s, 12 }, { u"code"_s, u"NEWSLETTER"_s }, { u"name"_s, u"Newsletter"_s },
                    { u"description"_s, QJsonValue::Null },
                    { u"auditInfo"_s, auditInfo(u"2022-01-01T00:00:00.000Z"_s, u"2022-01-01T00:00:00.000Z"_s) } },
            });
        account.insert(u"attributes"_s,
            QJsonArray {
                attribute(1, u"tenant~favourite-engine"_s, QJsonArray { u"Analytical"_s }),
                attribute(2, u"tenant~loyalty-points"_s, QJsonArray { 1815 }),
                attribute(3, u"tenant~interests"_s, QJsonArray { u"mathematics"_s, u"poetry"_s }),
            });
        break;
    }
    case DemoCustomer::Shape::Big: {
        QJsonArray contacts;
        for (int i = 1; i <= bigContacts; ++i) {
            contacts.append(contact(i, customer.id, u"Address %1"_s.arg(i), customer.firstName,
                u"%1 %2"_s.arg(customer.lastName).arg(i), u"big.%1@example.com"_s.arg(i), u"%1 Long Street"_s.arg(i),
                u"Bigtown"_s, u"TX"_s, u"%1"_s.arg(70000 + i % 10000, 5, 10, QChar(u'0')),
                contactTypes(i % 2 == 1, true, i == 1)));
        }
        account.insert(u"contacts"_s, contacts);
        QJsonArray attributes;
        for (int i = 1; i <= bigAttributes; ++i) {
            attributes.append(attribute(i, u"tenant~attribute-%1"_s.arg(i, 4, 10, QChar(u'0')), QJsonArray { i }));
        }
        account.insert(u"attributes"_s, attributes);
        account.insert(u"commerceSummary"_s, commerceSummary(987654.32, 4321, u"2025-03-01T07:00:00.000Z"_s, 9, 9999));
        break;
    }
    case DemoCustomer::Shape::B2B:
        account.insert(u"contacts"_s,
            QJsonArray { contact(1, customer.accountIds.constFirst(), u"Head office"_s, customer.firstName,
                customer.lastName, customer.userName, u"100 Commerce Park"_s, u"Austin"_s, u"TX"_s, u"73301"_s,
                contactTypes(true, true, true)) });
        break;
    case DemoCustomer::Shape::Minimal:
        break;
    }
    return account;
}
