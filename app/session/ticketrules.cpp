#include "ticketrules.h"

CustomerAuthTicket TicketRules::afterRefresh(
    CustomerAuthTicket received, const QString& refreshTokenSent, const std::optional<CustomerAuthTicket>& held)
{
    if (received.refreshToken.isEmpty()) {
        // Kibo keeps the refresh token; a reply without one does not take it away.
        received.refreshToken = refreshTokenSent;
        if (!received.refreshTokenExpiration.isValid() && held) {
            received.refreshTokenExpiration = held->refreshTokenExpiration;
        }
    }
    if (received.customerAccount.isEmpty() && held) {
        received.customerAccount = held->customerAccount;
    }
    return received;
}

StoredTokens TicketRules::tokensToStore(const CustomerAuthTicket& ticket)
{
    return { ticket.accessToken, ticket.jwtAccessToken, ticket.refreshToken };
}
