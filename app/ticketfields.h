#pragma once

#include <QStringList>

// The member names of Kibo's CustomerAuthTicket (auth-api.md section 1), named once for every area that
// reads, hides, compares or tells tickets apart: the secret policy, the ticket parser, the JSON diff's
// volatile list and the input comparison. In kti_base so that areas below the secret policy (kti_json)
// can use them too.
class TicketFields
{
public:
    // The token members, in the order Kibo sends them: accessToken, refreshToken, jwtAccessToken.
    static const QStringList& tokens();
    // When the access token and the refresh token expire.
    static const QStringList& expirations();
    // The members no CustomerAccount has too: the tokens, their expirations, customerAccount and requires2FA.
    static const QStringList& ticketOnly();
    // Every member: ticketOnly() and userId.
    static const QStringList& all();
};
