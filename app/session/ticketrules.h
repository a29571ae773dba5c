#pragma once

#include "kibo/customerauthticket.h"
#include "vault/storedtokens.h"

#include <QString>
#include <optional>

// How a customer's ticket is kept, the same for every front end: CustomerSession (the GUI's sessions) and the
// CLI's login and refresh commands call these, so a refresh keeps the same refresh token everywhere and the
// keychain holds the same tokens whoever stored them.
class TicketRules final
{
public:
    // The ticket a successful refresh leaves its holder with. Kibo keeps the refresh token when its reply carries
    // none (e.g. responseFields=accessToken): the token sent stays, with the refresh token's expiry and the
    // customer account of the ticket held (when there is one) where the reply has none.
    static CustomerAuthTicket afterRefresh(CustomerAuthTicket received, const QString& refreshTokenSent,
        const std::optional<CustomerAuthTicket>& held = std::nullopt);
    // The tokens the keychain keeps for a customer's ticket (an anonymous shopper's is never stored).
    static StoredTokens tokensToStore(const CustomerAuthTicket& ticket);
};
