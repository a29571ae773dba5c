<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnonymousCommand</name>
    <message>
        <source>Ask for an anonymous shopper ticket and show it with the decoded JWT. The anonymous ticket is never saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppAuthenticator</name>
    <message>
        <source>The profile has no client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no valid authentication host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply holds no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthTicketClient</name>
    <message>
        <source>Logging the customer in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the customer ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting an anonymous shopper ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the verification code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a new verification code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticating the application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply asks for two-factor verification but names no userId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Kibo to email a one-time code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging the customer in with the one-time code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking the tenant up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply for tenant %1 has no domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply for tenant %1 names “%2” as its domain, which is no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 (%2) has no site %3; its sites are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <source>Padding character &apos;=&apos; at offset %1 is not at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 at offset %2 belongs to standard base64, not base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 at offset %2 is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has %1 characters; a length that leaves one character over (4n + 1) cannot be base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;=&apos; padding at offset %1 does not complete a group of four characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimCatalogue</name>
    <message>
        <source>Issuer: who made the token. Kibo writes https://www.kibocommerce.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: whom the token is about. For Kibo, the customer&apos;s user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: who the token is meant for. Kibo writes https://www.kibocommerce.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry of the token. For Kibo this is the application claims&apos; expiry, about 60 minutes after issue, not the 15-minute ticket&apos;s: judge the ticket by accessTokenExpiration or user_claims.exp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before: the token is not valid earlier than this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at: when the token was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT id: a unique id for this token, used to detect replays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s given (first) name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s family (last) name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s middle name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s casual name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the user prefers to be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the issuer has verified the email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s telephone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s language and region, e.g. en-US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s time zone, e.g. Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the user&apos;s profile picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the user&apos;s information was last updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the user authenticated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value from the login request that ties the token to it and prevents replays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized party: the client the token was issued to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client the token was issued to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: the permissions granted, separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: the permissions granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles granted to the user or application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups the user belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication methods used, e.g. pwd or otp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication context class: how strongly the user authenticated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash of the access token issued with this ID token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash of the authorization code issued with this ID token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id. For Kibo, the same as the i member of b._sess_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique name. For Kibo, the customer&apos;s user id, like sub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User principal name (Microsoft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object id of the user (Microsoft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant id (Microsoft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of the token format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing algorithm the token claims. Kibo signs HS256 with its own secret. A verifier must choose the algorithm from its key, never from this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the token; JWT for a JSON Web Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id: which key signed the token. Kibo&apos;s tokens have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type; JWT means the payload is itself a nested token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression of an encrypted token&apos;s content (DEF). This app never inflates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content encryption algorithm of an encrypted token (JWE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header members a reader must understand, or else reject the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of a key set said to hold the signing key; never fetch keys a token points to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public key embedded by the token itself; it proves nothing about who signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the signer&apos;s X.509 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s X.509 certificate chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the signer&apos;s X.509 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 thumbprint of the signer&apos;s X.509 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo application claims: which application asked for the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo user claims: the shopper this ticket belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application id (32 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application key, the same as the application&apos;s client_id, e.g. mozuadmin.mpoc_app.1.0.0.Release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application behaviors: pairs of offset and bit mask; each set bit is one behavior id. Kibo publishes no behavior names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo environment, e.g. dev07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry of the application claims, an ISO time without a zone (read as UTC); equal to the JWT&apos;s exp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random 32-bit number, possibly negative; its purpose is undocumented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undocumented flag; &quot;0&quot; in every sample Kibo has published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s user id (32 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;0&quot; for a registered customer, &quot;1&quot; for an anonymous shopper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User type; Shopper for storefront customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User behaviors: pairs of offset and bit mask; each set bit is one behavior id. Kibo publishes no behavior names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry of the customer ticket, an ISO time without a zone (read as UTC); equal to accessTokenExpiration. Judge the ticket by this, not by the JWT&apos;s exp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo tenant id (a decimal number written as text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo site id (a decimal number written as text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer account id, the customerAccount&apos;s id (a decimal number written as text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details: JSON inside a string, shown here parsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anonymous session this login upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id (32 hexadecimal characters), the same as sid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the session was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undocumented true/false value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undocumented; null in every published sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time whose meaning is undocumented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavior offset: the ids in the next mask start at this number times 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavior mask: each set bit i is behavior id offset × 32 + i.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond year 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time zone: shown as UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The behavior list has an odd number of entries; it must hold offset and mask pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the behavior list is not a valid offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the behavior list is not a 32-bit mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3; %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no behaviors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behaviors %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavior ids: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>[--port N] [--tls-dir DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the demo tenant until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET LOGIN-OPTIONS [--json] [--show-secrets] [--no-store]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET [--account-id N] [--json] [--show-secrets] [--username U | --refresh-token-stdin] [--response-fields F] [--no-store]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET [--json] [--show-secrets] [--response-fields F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list [--json] | remove NAME | set-secret NAME
export FILE | import FILE
add NAME (--data-centre NAME | --auth-host URL) --tenant N [--site N] [--api-host URL] --client-id ID [--locale L] [--currency C] [--catalog N] [--master-catalog N] [--ca-bundle FILE] [--client-secret-stdin]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look the tenant up: name, host, sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[TOKEN | -] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A B [--json] [--ignore-volatile] [--ignore PATH]... [--show-secrets]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[TOKEN | -] (--secret-stdin | --key FILE | --jwks FILE-OR-URL) [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for these fields only, e.g. accessToken,customerAccount(id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tokens instead of their redacted shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not save the tokens in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  kibo-token-inspector [--demo] [--profile NAME] [--lang LANG]   start the GUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET: --demo | --demo-server URL | --profile NAME |
        (--data-centre NAME | --auth-host URL) --tenant N [--site N] --client-id ID
        --client-secret-stdin [--api-host URL] [--ca-bundle FILE]
        (the tenant&apos;s host is looked up in its data centre; --api-host overrides that)
LOGIN-OPTIONS: --username U --password-stdin [--account-id N] [--region R] [--fingerprint F]
        [--ticket-ttl MINUTES] [--refresh-ttl MINUTES] [--response-fields F] [--otp-stdin]
        or: --username U --otp-stdin [--region R] [--fingerprint F] [--response-fields F]
        (a one-time code is emailed, then read from standard input)

Secrets are read from standard input, one per line: client secret, password, then the 2FA code.
Exit codes: 0 success, 1 the server refused, 2 usage error, 3 network or TLS failure or timeout,
4 reply not understood, 5 keychain failure.
diff: 0 no differences, 1 differences found, 2 usage error, 4 input not understood.
Run “kibo-token-inspector COMMAND --help” for the options of one command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;kibo-token-inspector --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliTarget</name>
    <message>
        <source>Start the demo tenant in this process and use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a running demo tenant (kibo-token-inspector demo-server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a saved profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application key (client id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the application&apos;s shared secret from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-server needs the URL the demo server printed, e.g. http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant needs a positive whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved profile named “%1”; “kibo-token-inspector profile list” shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is stored for the profile “%1” at %2; store it with “kibo-token-inspector profile set-secret NAME” (the secret on standard input), or give --client-secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of the profile “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kibo data centre: %1. The tenant&apos;s host is looked up there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of a data centre: a custom authentication (home) host, e.g. https://home.mozu.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the tenant lookup: send every tenant call to this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file of extra trusted certificate authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--environment is no longer used: the tenant&apos;s host is looked up at its data centre. Give --data-centre NAME instead (%1), or --auth-host URL for a custom home host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --data-centre or --auth-host, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the data centre with --data-centre NAME (%1), or a custom home host with --auth-host URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-centre does not know “%1”; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant N is needed: the tenant id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--site needs a positive whole number (the site id), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a target: --demo, --demo-server URL, --profile NAME, or --data-centre NAME (or --auth-host URL), --tenant N, --client-id ID and --client-secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name only one target: --demo, --demo-server, --profile or a data centre and tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data centre and tenant also need --client-id ID and --client-secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Two-factor authenti&amp;cation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Kibo to send a new code; the old one stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was right. The server sent a six-digit code to the customer&apos;s email address; it is valid for 3 minutes and 3 tries. Enter it to finish the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 belongs to a customer of this site, Kibo has emailed a six-digit code there (Kibo answers the same for an unknown address). It is valid for 3 minutes and 3 tries. Enter it to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code no longer works — send a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired — send a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <extracomment>A live countdown, minutes:seconds, e.g. &quot;2:41&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>%n attempt left</numerusform>
            <numerusform>%n attempts left</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new code first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter all six digits of the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>A refused code: the diagnosis title, its cause, then what to do next.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo outbox: the code sent to %1 is %2.</source>
        <extracomment>The demo tenant &quot;emails&quot; 2FA codes into an outbox the app can read; real codes go to the customer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was entered wrongly %1 times, so it no longer works. Send a new code and enter the one from the latest email.</source>
        <extracomment>After the last wrong code; %1 is the number of tries a code allows (3).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is older than 3 minutes, so it has expired. Send a new code and enter it within 3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Standard input could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparableInput</name>
    <message>
        <source>a JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an auth ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is neither JSON nor a compact JWT on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is an opaque token, which only its issuer can read; compare the JWTs or the whole tickets instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is neither JSON nor a compact JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JWT: its header and payload are compared, not its signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is JSON, but neither an auth ticket nor a customer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “ticket” of a login --json output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An auth ticket: its jwtAccessToken is decoded and compared as “jwt”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An auth ticket: the decoded JWT of the output is compared as “jwt”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An auth ticket without a JWT that can be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First: a JWT, an auth ticket or a customer account (paste or drop a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the first input from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second: of the same kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the second input from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore volatile fields (iat, exp, nbf, jti, rnd, session ids, tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore volatile fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the two inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1: changed (the values are hidden in presenter mode)</source>
        <extracomment>A changed node whose values are personal data, in presenter mode.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1: %2</source>
        <extracomment>A node only in the second input: its path and value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− %1: %2</source>
        <extracomment>A node only in the first input: its path and value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1: %2 → another value of the same length and ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1: %2 → a value that differs further on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <extracomment>A changed node: its path, the value in the first input and the one in the second.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two JWTs are equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the two JWTs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two auth tickets are equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the two auth tickets: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two customer accounts are equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the two customer accounts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two inputs are equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the two inputs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is hidden in presenter mode. Drop a file here or use Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a JWT, an auth-ticket JSON or a customer-account JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignores what differs between two logins of one customer: times of issue and expiry, nonces, session ids and the tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First input as a tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second input as a tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the first tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the second tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This input (%1) is compared but too big to show here. Type, paste or drop to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is compared but too big to show here. Type, paste or drop to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste, drop or open two JWTs, two auth tickets or two customer accounts to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent anywhere. Tokens are compared by their redacted shape and never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both inputs to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These inputs cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volatile fields ignored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volatile fields are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are compared by their redacted shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too big to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the First Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Second Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens, tickets and accounts (*.jwt *.jws *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlExport</name>
    <message>
        <source>The command holds no secret and needs none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command holds no secret: set %1 in the environment before running it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerAuthTicket</name>
    <message>
        <source>The field “%1” is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” is not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply holds none of the fields of a customer auth ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSession</name>
    <message>
        <source>Kibo asked to wait (Retry-After): you can try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving tokens in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens saved in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are kept in memory until you quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo has no customer logout endpoint, so the tokens themselves stay valid at Kibo until they expire: the access token until %1, the refresh token until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo has no customer logout endpoint: tokens already issued stay valid at Kibo until they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s tokens were cleared here; none were stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the tokens from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back from the keychain just now: no refresh token stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens removed from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back from the keychain just now: a refresh token is still stored for %1. Remove it with your keyring manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain still holds the tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read back (%1), so it is not proven that the refresh token is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s tokens were cleared here and its keychain entry removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt closed the anonymous shopper&apos;s session held in this tab: its ticket is no longer shown or refreshed here (anonymous tickets are never stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt closed the session of %1 held in this tab: their ticket is no longer shown or refreshed here. Their tokens stay in the keychain as %2, as when a session is closed; log in as them again and use Forget Session to remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt closed the session of %1 held in this tab: their ticket is no longer shown or refreshed here. Their tokens were not kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tokens are kept in memory until you quit</source>
        <extracomment>%1 is why the keychain failed, e.g. &quot;Keyring locked&quot; (VaultStatus::headline)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCentre</name>
    <message>
        <source>North America (AWS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (AWS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North America (Google Cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Google Cloud)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCentreComboBox</name>
    <message>
        <source>Demo tenant (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An on-premise gateway, a proxy or a test server: you give the home host, and the API host if the tenant lookup is to be bypassed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data centre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>The token, or - (the default) to read it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode takes one token at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a token that can be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an opaque token, not a JWT: there is nothing in it to decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode a JWT, or any JWS or JWE, offline: header, claims (or a JWS&apos;s payload as text), times and notices. Nothing is sent anywhere, and the signature is not verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServerCommand</name>
    <message>
        <source>Run the demo tenant, a stand-in Kibo server with seeded customers, until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loopback port to listen on; 0 or none picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve HTTPS with a certificate signed by a CA written to DIR/ca.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-server takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every refresh with a new refresh token and forget the old one (refresh-token rotation).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <source>The demo tenant is already listening on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directory was given for the demo tenant&apos;s certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant could not create its TLS certificate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Qt has no TLS support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant could not listen on 127.0.0.1 port %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant found no free port on 127.0.0.1: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application credentials were refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo did not accept the client id and shared secret of the application at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id and the shared secret in the profile; copy the secret again from Dev Center if it was regenerated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo did not accept the customer&apos;s username and password (a user who does not exist gets the same answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the username and the password, and that the customer belongs to this tenant and site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer account is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo refuses to log this customer in because the account is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo refuses to log this customer in because the account has been locked since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a Kibo administrator to unlock the account in Admin (Customers), or reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer account is inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username and password are right, but the account is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a Kibo administrator to activate the customer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer must change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo requires a new password for this account before it issues a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the customer set a new password on the storefront, then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong B2B account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account id sent is not one of the accounts this customer belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the account id empty or enter one of the customer&apos;s B2B account ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo rejected a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value in the %1 request was missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the values you entered; the server&apos;s own words are shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo rejected the parameter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of “%1” was missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the value of “%1” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application token was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the application&apos;s access token, even after a fresh one was fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the authentication host and the API host belong to the same Kibo environment and that the application is installed on this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application lacks a permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is missing the behavior “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token is no longer valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo does not know this refresh token, or it has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the customer in again with username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code entered does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code entered does not match; 1 attempt left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code entered does not match; %1 attempts left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the latest email, or ask for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification code has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is older than 3 minutes, was entered wrongly too often, or none was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a new code and enter it within 3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo did not find the tenant, site or path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered that it does not know what was asked for; the tenant id, site id or host may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo had a server fault (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed while handling the %2 request; this is not caused by your input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, give Kibo support the correlation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the %2 request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (HTTP 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know the address used for the %2 request; the host, tenant or site may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was refused (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the values in the profile and the form; the server&apos;s own words are shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepted the connection at %1; the host is up but no server listens on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host and port in the profile, or start the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 could not be resolved (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped sending during the %2 request, so it was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled the %1 request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed its certificate check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed its certificate check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the %2 request with a redirect, which is not followed because it could send the credentials elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the %2 request to %3, which is not followed because it could send the credentials elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the final host (the redirect target, if you trust it) in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more data than any %2 reply should hold, so the transfer was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host is a Kibo API host; use responseFields to ask for less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute, then try again; nothing is retried automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is not a Kibo reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the %2 request with something this app does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the %2 request with something this app does not understand: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the API host points at a Kibo tenant, not a web page, proxy or gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not a Kibo error (no Kibo error body), so it may come from a proxy or gateway in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo had a server fault (HTTP %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 request to %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, give Kibo support the correlation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, check the API host and any proxy or gateway in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, tell Kibo support the time of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server fault (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth-ticket</source>
        <comment>fallback operation name, as in: the auth-ticket request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed login attempts counted by Kibo: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer account is locked since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password has expired (last changed %1); Kibo requires a new one before it issues a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is missing a behavior this request needs; Kibo did not name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the application&apos;s behaviors in Dev Center with the request, add the missing one and install the application on the tenant again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application lacks the behavior “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting token lifetimes needs the behavior “%1”, which the application does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the token lifetime options empty, or add “%1” to the application in Dev Center and install it on the tenant again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to the application in Dev Center and install it on the tenant again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong site id (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no site %2 in this tenant, so the x-vol-site header was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the site id from Admin (System → Structure → Sites) in the profile, or leave it empty for a tenant-level call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong tenant id (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know tenant %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; the page&apos;s title in the raw reply often names the gateway or proxy that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authenticated (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the credentials of the %2 request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id and shared secret in the profile, and any proxy or gateway that asks for a login of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden (HTTP 403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 understood the %2 request but does not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the application&apos;s behaviors in Dev Center, and that no firewall or gateway blocks this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate errors are never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS support on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the OpenSSL 3 library (libssl3) and start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s CA certificate file is not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PEM file with the CA certificate in the profile&apos;s TLS options, or clear the field to use the system&apos;s trusted authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate belongs to a different host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the host name the certificate was issued for in the profile (not an IP address or alias); if the name is right, someone may be intercepting the connection. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time first; if they are right, the server&apos;s operator must renew the certificate. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is your own test server, add its certificate file to the profile as a CA; do not trust it otherwise. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a company proxy or a private CA, add its CA certificate file to the profile; otherwise check the host name and the system clock. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the %2 request with HTTP %3 but sent no content at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the API host is a Kibo tenant host and that no proxy strips the replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web page came back instead of Kibo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the %2 request with a web page (HTML), such as a login, maintenance or Wi-Fi sign-in page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the page in the raw reply; point the profile at the Kibo API host, or sign in to the network first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is broken JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the %2 request with JSON that cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it repeats, something in between may be cutting or rewriting replies. Give Kibo support the correlation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has an unexpected shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the %2 request with JSON that is not an auth ticket: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the API host and path belong to Kibo&apos;s customer auth-ticket API, not another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy in Tools → Network Settings… (or, for the command line, the same saved settings); choose “No proxy” if %1 can be reached directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepted the connection at the proxy %1, so the %2 request to %3 was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy name %1 could not be resolved (DNS), so the %2 request to %3 was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy requires authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 answered HTTP 407: it requires authentication before it forwards the %2 request to %3, and this app does not send proxy passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your network administrator to let this computer through the proxy, or choose another proxy or “No proxy” in Tools → Network Settings….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 did not answer during the %2 request to %3, so it was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection during the %2 request to %3; it may refuse to reach that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of the %2 reply (HTTP %3 had begun), so the reply is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it repeats, a proxy, VPN or unstable connection may be breaking long replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed without a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the connection, then closed it without answering the %2 request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the port speaks the protocol the profile uses (http or https), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting the rate of requests and sent no Retry-After header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting the rate of requests; its Retry-After header asks to wait %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait %1, then try again; nothing is retried automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was a web page (HTML), not a Kibo error, so it may come from a proxy or gateway in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was empty, not a Kibo error, so it may come from a proxy or gateway in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Abbreviated units keep these short and free of plural forms.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s Date header is %1 later than this computer&apos;s clock. Kibo counts token lifetimes by its own clock, so tokens expire %1 sooner than the countdowns here show, and an automatic refresh can come too late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on automatic date and time (NTP) in the system settings; until then, refresh tokens a margin of more than %1 before they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s Date header is %1 earlier than this computer&apos;s clock. Kibo counts token lifetimes by its own clock, so tokens stay valid %1 longer than the countdowns here show, and a new token may look “not valid yet” to strict checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on automatic date and time (NTP) in the system settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 did not open a connection to %3 for the %2 request: it may not be allowed to reach that host, or the host is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish the %2 request within the overall deadline, so it was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; on a slow connection, raise “Give up any request after” in Tools → Network Settings…; otherwise check your network, proxy or VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check your network, proxy or VPN, or raise the timeouts in Tools → Network Settings….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tenant id (the number after “t” in the tenant&apos;s host name) and the data centre in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tenant id, the site id and the data centre (or API host) in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tenant id (the number after “t” in the tenant&apos;s admin address) and the data centre: a tenant exists in one data centre only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application may not read this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the application on this tenant in Dev Center (or use the client id of an application that is installed there), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant lookup named no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the tenant lookup without a usable domain, so there is no host to send the customer call to. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it persists, enter the tenant&apos;s API host in the profile as an override and give Kibo support the correlation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is not in this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the tenant&apos;s sites in the Site list, or correct the site id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tenant id and the data centre in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the data centre, the tenant id or the hosts in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of any host you entered, the data centre, and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know tenant %2 (HTTP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to tell the application where tenant %2 lives (HTTP %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>the first input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1: %2 → another value of the same length and ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1: %2 → a value that differs further on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two JWTs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two auth tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two customer accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore what changes with every login: iat, exp, nbf, jti, rnd, sid, session ids, ticket expiry times and the tokens themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore a path as printed (e.g. payload.exp or $.contacts[*].auditInfo; [*] is any index, .* any member), or a member anywhere with ..NAME. May be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff needs two inputs: two files, or one file and - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one of the inputs can be standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is never accepted on the command line, where other users and the shell history can see it: put it in a file, or pass - and write it to standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a path that --ignore understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences between %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored, though different: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are compared by their redacted shape; add --show-secrets to print them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two JWTs, two auth tickets or two customer accounts field by field: members by name in any order, numbers by value, contacts and attributes by their id. Each input is a file holding a compact JWT on one line, an auth-ticket JSON or a customer-account JSON, or - for standard input (for one of them). Tokens are never taken from the command line.
One line per difference: “+ path: value” added, “- path: value” removed, “~ path: before → after” changed. Token values are shown redacted unless --show-secrets is given.
Exit codes: 0 no differences, 1 differences found, 2 usage error, 4 input not understood (unreadable, not JSON or a JWT, two kinds, or over 32 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyTicketPage</name>
    <message>
        <source>No ticket yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the tenant and the customer, then choose Log in. The ticket, its decoded JWT and the customer account appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant yet? Try the built-in demo tenant: a stand-in Kibo server on this computer, with made-up customers and nothing sent anywhere. It is also “Demo tenant (this computer)” in the Data centre list, and kibo-token-inspector --demo starts with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y the Demo Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system could not read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system could not write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>it cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than any history should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an unknown format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file “%1” could not be read (%2). It was set aside as “%3” and a new history begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file “%1” could not be read (%2). A new history begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be saved to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Correlation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy correlation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the correlation ID of the selected attempt, to quote it to Kibo support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the attempts shown: of the chosen profile, or of every profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New two-factor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts shown: %1 (all profiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts shown: %1 (profile %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last %1 attempts of each profile are kept in “%2”, without any password, token or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ID copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the recorded attempts of every profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the recorded attempts of the profile “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Kibo error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App token</source>
        <extracomment>The application&apos;s own OAuth call (client id and secret) failed; no customer call was made.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputComparison</name>
    <message>
        <source>Only in the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of another type in the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first input is not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second input is not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs are of different kinds: the first is %1, the second %2. Compare two JWTs, two auth tickets or two customer accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences inside: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <source>Token Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste a JWT, an encrypted JWE or a whole auth-ticket JSON, or drop a file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token of the auth ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the token is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices about the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC secret (never stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://issuer.example/.well-known/jwks.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims by name, value or path…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared secret (HS256, HS384, HS512)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file (PEM, JWK or JWK Set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this check only; never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s JWK Set, fetched once for this check without credentials or redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An auth ticket with %n token(s). Inspecting:</source>
        <translation>
            <numerusform>An auth ticket with %n token. Inspecting:</numerusform>
            <numerusform>An auth ticket with %n tokens. Inspecting:</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a token above to decode it. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsigned JWT (alg “none”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed JWT (JWS) using %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stated algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted token (JWE): only its header can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opaque token: not a JWT, so only its issuer can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a well-formed token. What could be decoded is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A notice&apos;s severity and its code, e.g. &quot;Warning (alg-none)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signature: %n byte(s), beginning %1…</source>
        <translation>
            <numerusform>Signature: %n byte, beginning %1…</numerusform>
            <numerusform>Signature: %n bytes, beginning %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsigned: a token with alg “none” is never valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded, not verified. Kibo signs with its own key, which is not public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded, not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted: not decrypted and not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verifiable here: only the issuer of an opaque token can check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed JWT (JWS) has a signature to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shared secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a key file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the http(s) address of a JWK Set first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the key set from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable key was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too big for a token or an auth ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Token or Auth Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens and tickets (*.jwt *.jws *.jwe *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Verification Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.pem *.crt *.jwk *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is hidden in presenter mode. Drop a file here or use Open File…; the trees below stay masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile from this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new profile with the tenant, site, client ID and, where the token tells, data centre this customer token names; you check it before it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new profile with %1; you check it before it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer JWT or auth ticket names its tenant and site; this input does not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decode as base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode the secret as base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a secret written in base64url, such as the “k” of a JWK: its decoded bytes are the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file or pasted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of a PEM, JWK or JWK Set file, or the PEM key or JWK itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of a file with a PEM public key, certificate or private key (only its public part is used), a JWK or a JWK Set; or the PEM key or JWK itself, pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key file at the path given. Give the path of a PEM, JWK or JWK Set file, or paste the PEM key or the JWK itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWK in the secret field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret field holds a JWK; its key was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded from base64url, as a JWK&apos;s “k” is written, the secret does match: tick “Decode as base64url” and verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret looks like base64url; if it is a JWK&apos;s “k”, tick “Decode as base64url” to use its decoded bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token payload as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JWS using %1 whose payload is text, not JSON: not a JWT. The payload is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A JWS using %1 whose payload is neither JSON nor text: not a JWT. Its %n byte(s) are shown below in hexadecimal.</source>
        <translation>
            <numerusform>A JWS using %1 whose payload is neither JSON nor text: not a JWT. Its %n byte is shown below in hexadecimal.</numerusform>
            <numerusform>A JWS using %1 whose payload is neither JSON nor text: not a JWT. Its %n bytes are shown below in hexadecimal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%Ln item(s)]</source>
        <translation>
            <numerusform>[%Ln item]</numerusform>
            <numerusform>[%Ln items]</numerusform>
        </translation>
    </message>
    <message>
        <source>•••• (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>•••• (%n character(s), ends …%1)</source>
        <translation>
            <numerusform>•••• (%n character, ends …%1)</numerusform>
            <numerusform>•••• (%n characters, ends …%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>•••• (%n character(s))</source>
        <translation>
            <numerusform>•••• (%n character)</numerusform>
            <numerusform>•••• (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreePane</name>
    <message>
        <source>Copy &amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON &amp;Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand &amp;All Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter keys and values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows rows whose key, value or JSON path contains this text (Ctrl+F). Esc clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy, expand and collapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand to Depth &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key, value or path contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened the first %n rows only; filter the tree to see the rest.</source>
        <translation>
            <numerusform>Opened the first %n row only; filter the tree to see the rest.</numerusform>
            <numerusform>Opened the first %n rows only; filter the tree to see the rest.</numerusform>
        </translation>
    </message>
    <message>
        <source>This value is hidden. Show secrets to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Value copied with its secrets hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON path copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is hidden in presenter mode, so it is not copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwksFetcher</name>
    <message>
        <source>The JWKS address must be an http:// or https:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set from %1 is larger than 1 MiB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key set from %1 did not arrive within %n second(s).</source>
        <translation>
            <numerusform>The key set from %1 did not arrive within %n second.</numerusform>
            <numerusform>The key set from %1 did not arrive within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2) to %3; redirects are not followed for key sets. Give the final address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: its certificate is not trusted or the handshake failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key set at that address (HTTP 404 Not Found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the key set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the key set from %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set could not be fetched from %1 (network error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an empty body instead of the key set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a web page (HTML), not a key set: check the JWKS address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with something that is not JSON, not a key set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwsVerifier</name>
    <message>
        <source>The key&apos;s algorithm %1 is not supported; use HS256, HS384 or HS512.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed JWT (JWS) can be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token says &quot;alg&quot;: &quot;none&quot;: it is unsigned and can never be valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s header names %1 but the key is for %2: the signature was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is empty: the signature was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s header names no algorithm (&quot;alg&quot;), so there is nothing to check it against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s algorithm %1 is not supported; supported are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no signature that could be read, so it cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was given to check the signature with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not a JSON claims set; the signature is checked over the bytes as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token names the key id “%1”, and no key given has that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token claims %1, a shared-secret algorithm, but the key is a public key (%2). A public key is never used as an HMAC secret: that is the algorithm-confusion attack. The signature was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s header names %1 but the key is on the curve %2, which is for %3: the signature was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s header names %1 but none of the %2 keys given is for that algorithm: the signature was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified: %1 with the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; keys under %2 bits are considered breakable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared secret is shorter than the %1 hash (%2 bits); RFC 7518 requires at least that much, and short secrets can be guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The signature is %n byte(s) long, which is not the length %1 requires.</source>
        <translation>
            <numerusform>The signature is %n byte long, which is not the length %1 requires.</numerusform>
            <numerusform>The signature is %n bytes long, which is not the length %1 requires.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signature does not match the %1: the token was altered or signed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature matches none of the %1 keys tried: the token was altered or signed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shared secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtDecoder</name>
    <message>
        <source>The header is not base64url (character %1 of the token): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not base64url (character %1 of the token): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not base64url (character %1 of the token): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header&apos;s base64url has padding or stray trailing bits; a conforming issuer never writes that, so the token may have been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload&apos;s base64url has padding or stray trailing bits; a conforming issuer never writes that, so the token may have been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s base64url has padding or stray trailing bits; a conforming issuer never writes that, so the token may have been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header starts with a byte order mark, which JSON in a JWT must not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload starts with a byte order mark, which JSON in a JWT must not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header nests deeper than %1 levels; it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload nests deeper than %1 levels; it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is not JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has the key &quot;%1&quot; more than once; readers disagree on which one counts, and this view shows the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload has the key &quot;%1&quot; more than once; readers disagree on which one counts, and this view shows the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has an unescaped control character inside a string, which JSON forbids; it is shown escaped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload has an unescaped control character inside a string, which JSON forbids; it is shown escaped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is JSON but not an object, as a JWT requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is JSON but not an object, as a JWT&apos;s claims set requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is %1 KiB long; tokens above %2 KiB are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitespace around the token was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;Bearer&quot; prefix was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains spaces or control characters, so it is not a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an opaque token (%1 characters of standard base64, %2 bytes), like Kibo&apos;s accessToken: only its issuer can read it. Kibo&apos;s readable claims are in the jwtAccessToken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an opaque token of %1 characters, not a JWT: only its issuer can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has %1 dots; a JWT has 2 (signed) or 4 (encrypted), so it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has %1 parts separated by dots; a JWT has 3 (signed) or 5 (encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE): only its header is shown. Its compressed content is neither decrypted nor inflated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE): only its header is shown; it is not decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is itself a JWT (a nested token); paste it on its own to decode it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names no signing algorithm (&quot;alg&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header says &quot;alg&quot;: &quot;none&quot;: this token is unsigned and proves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header says &quot;alg&quot;: &quot;none&quot; yet a signature follows: this token is unsigned and proves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names %1 but the signature is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded, signature not verified: only the issuer&apos;s key can prove who made this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key or value in the header starts with an invisible byte order mark, which this view drops: what is shown differs from what was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key or value in the payload starts with an invisible byte order mark, which this view drops: what is shown differs from what was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a JWS whose payload is not JSON: not a JWT. Its payload is shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a JWS whose payload is not JSON: not a JWT. Its payload is not UTF-8 text either, so it is shown as hexadecimal bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyLoader</name>
    <message>
        <source>%1, key id “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA %1-bit public key from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC key in %1 names no curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC key in %1 is on the curve %2; JWS signatures use P-256, P-384 or P-521.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC %1 public key from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 public key from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in %1 is of a type JWS signatures do not use (%2); use an RSA, EC (P-256, P-384, P-521), Ed25519 or Ed448 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared secret from %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared secret from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM key or certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 is encrypted; give its public key instead (openssl pkey -pubout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a private key; only its public part is used. A public key is all that verifying needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a PEM block “%2”, which is not a key or certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM block “%1” in %2 could not be read as a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK %1 is for “%2”, not for signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK %1 has an &quot;alg&quot; that is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK %1 of type &quot;oct&quot; has no usable &quot;k&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared secret (JWK) from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC JWK %1 is on the curve “%2”; JWS signatures use P-256, P-384 or P-521.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OKP JWK %1 is on the curve “%2”; EdDSA signatures use Ed25519 or Ed448.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK %1 has no &quot;kty&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK %1 has the type “%2”, which JWS signatures do not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 JWK %2 has missing or invalid members; it is not a valid public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK %1 holds private key material; only its public part is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object, so it is neither a JWK nor a JWK Set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is JSON but neither a JWK (no &quot;kty&quot;) nor a JWK Set (no &quot;keys&quot; array).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK Set in %1 has %2 keys; more than %3 are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of the JWK Set in %1 is not an object; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK Set in %1 has no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK Set in %1 has no key usable for signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like HTML, not a key: check that it is the JWKS address and not a web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a PEM key or certificate nor a JWK or JWK Set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is larger than 1 MiB; it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 begins like a PEM block but has no “-----END” line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret from %1 is not base64url: only the letters A–Z and a–z, the digits, “-” and “_” may appear in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared secret decoded from base64url from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KiboCall</name>
    <message>
        <source>the certificate is signed by an authority this system does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate chain ends in a self-signed certificate that is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was issued for a different host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s signature is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate failed check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS backend is available on this system, so no secure connection can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no HTTP status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is a web page (HTML), not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is not valid JSON (it breaks at byte %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is JSON, but not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file “%1” of the profile does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file “%1” of the profile is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file “%1” of the profile cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file “%1” of the profile is larger than 4 MB; it cannot be a CA bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file “%1” of the profile holds no PEM certificate (a block starting with “-----BEGIN CERTIFICATE-----”); DER files must be converted to PEM first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file “%1” of the profile holds a PEM block that is not a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KiboError</name>
    <message>
        <source>application authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer ticket refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous shopper ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two-factor verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-time code login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant lookup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KiboHosts</name>
    <message>
        <source>The API host “%1” is not a valid host name or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site id must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication host “%1” is not a valid host name or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data centre “%1” is not known; choose one of %2, or custom hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom hosts need the authentication (home) host, e.g. https://home.mozu.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tenant id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant id must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KiboTenant</name>
    <message>
        <source>The tenant lookup answered without a tenant (no id and no domain).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>A password is never accepted as an argument: write it to standard input and pass --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a customer in and show the auth ticket, the decoded JWT and the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s login name or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input (after the client secret, if any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to log in to, for a customer of several (B2B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s region, an input to the 2FA decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device fingerprint, an input to the 2FA decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested access-ticket lifetime in minutes (authTicketTtlMinutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested refresh-token lifetime in minutes (refreshTokenTtlMinutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login takes no positional arguments; a password goes to standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs --username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account-id needs a positive whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number of minutes of at least 1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is required; reading the code from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 2FA code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --otp-stdin and write the emailed code to standard input to finish the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens saved in the keychain as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server asks for a 2FA code, read it from the next line of standard input. Without --password-stdin: log in with a one-time code sent by email, read from standard input once it was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs --password-stdin, with the password on standard input, or --otp-stdin alone to log in with a one-time code sent by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 applies to a password login only; a one-time code login cannot ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo sends a one-time code to %1 if it belongs to a customer of this site; reading the code from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the one-time code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <source>Te&amp;nant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://home.mozu.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application key, e.g. MyCompany.app.1.0.0.Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared secret of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name or email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ount ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for B2B users who belong to several accounts: which account to log in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for B2B users with several accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s region; the site may use it to decide whether two-factor authentication is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device fingerprint; the site may use it to decide whether two-factor authentication is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;ken options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access ticket lifetime in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested lifetime of the access ticket (authTicketTtlMinutes). The tenant&apos;s caps still apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token lifetime in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested lifetime of the refresh token (refreshTokenTtlMinutes). The tenant&apos;s caps still apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for only some fields, e.g. accessToken,customerAccount(id,emailAddress). Empty means all fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the demo password below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try locked@example.com, inactive@example.com or mfa@example.com to see refusals and two-factor authentication; b2b.buyer@example.com belongs to accounts 2001 and 2002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tenant ID, a whole number such as 12345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID (the application key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret (the application&apos;s shared secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s username or email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account ID must be a whole number, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: the customer&apos;s username and password (two-factor authentication may follow). One-time code: Kibo emails a code, no password needed. Anonymous shopper: a ticket without a customer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code (email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the anonymous session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session holds an anonymous shopper ticket. When checked, the login sends its access token as x-vol-user-claims, so the shopper&apos;s cart follows the customer and the new JWT names the anonymous session in b.PreviousAnonymousId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send C&amp;ode</source>
        <extracomment>Asks Kibo to email a one-time code to the customer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get Anony&amp;mous Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get an anonymous shopper ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s email address: Kibo sends the one-time code there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-time code goes to an email address; “%1” is not one. Enter the customer&apos;s email address, or sign in with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s password, or sign in with a one-time code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit, import and export profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Kibo hosts the tenant. Its home host issues the application token and tells where the tenant lives; you never need to know the tenant&apos;s pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data centre&apos;s home (authentication) host: it issues the application token and answers the tenant lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the home host for the tenant&apos;s name, host and sites, with the client ID and secret below. A login does this too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site the customer belongs to: choose one the tenant lookup found, or type its ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API host override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API host override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Leave it empty: the tenant&apos;s host is looked up at the home host, as Kibo&apos;s own SDKs do. Only a gateway, proxy or test server needs a host here; then every tenant call goes there as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up from the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a site ID, or a site the lookup found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tenant lookup found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant&apos;s address, e.g. http://127.0.0.1:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tenant&apos;s data centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site the lookup found, type the site ID (a whole number), or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile from a token on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new profile from the customer JWT or auth ticket on the clipboard: its tenant, site, client ID and, where the token tells, data centre. You can also drop a token on this panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is empty: copy a customer JWT or a whole auth ticket first, or drop one on this panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A development (sandbox) tenant with %n site(s)</source>
        <translation>
            <numerusform>A development (sandbox) tenant with %n site</numerusform>
            <numerusform>A development (sandbox) tenant with %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A production tenant with %n site(s)</source>
        <translation>
            <numerusform>A production tenant with %n site</numerusform>
            <numerusform>A production tenant with %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant calls go to the API host override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last found at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not looked up yet: use Look Up, or log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A site in the site chooser: its name and, in brackets, its ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Problem tab says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the anony&amp;mous session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kibo Token Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Login Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kibo Token Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are saved in the keychain after a successful login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tenant ready at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kibo Token Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kibo Token Inspector %1&lt;/h3&gt;&lt;p&gt;Logs a Kibo Commerce customer in through the customer auth-ticket API and shows the tokens, the decoded JWT and the customer account.&lt;/p&gt;&lt;p&gt;Tokens are kept only in your system keychain.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect a Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode a pasted JWT, JWE or auth ticket offline and check its signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;JWT in the Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the jwtAccessToken of the login shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Presenter mode:&lt;/b&gt; secrets and customer details are hidden on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit Presenter Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn presenter mode off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide secrets and customer details on screen, for screen sharing and demos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Support &amp;Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a support ticket about the login shown, without secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Support &amp;Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a support ticket about the login shown, as Markdown, without secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as a curl command; secrets stay shell variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include Customer Details in the Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep names, email addresses and the customer account in support bundles (off by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two JWTs, auth tickets or customer accounts field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare This &amp;Ticket With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the compare window with the ticket shown as its first input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn presenter mode off to open the token in the inspector: its input shows the whole token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another customer session in a new tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the session shown (its keychain entry stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the session shown a name of your own (or double-click its tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new access token with the session&apos;s refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expire Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat the access token as expired from now on, here only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get an &amp;Anonymous Shopper Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket for a shopper who has not logged in; a login in the same session upgrades it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the session&apos;s tokens here and remove them from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by Si&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sessions next to each other instead of in tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every login, refresh and code attempt of each profile: outcome, status, time taken and correlation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the proxy (system, none or an explicit HTTP proxy) and the timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session: choose the customer and log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network settings saved and applied to every session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is stored for this profile at %1: type it, or save it in Tools → Profiles….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s client secret could not be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Tenant &amp;Rotates Refresh Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant answers every refresh with a new refresh token and forgets the old one, as a tenant that rotates them does; the refresh log shows each rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in the filter of the JWT or customer account tree, from anywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stand-in Kibo server is running on this computer at %1. Nothing leaves your machine; the customers and tokens are made up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>Enter the host name or address of the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy host without a scheme such as http://, for example proxy.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host name or address; enter the proxy host alone, without a port or path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy port must be a whole number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy user name cannot contain a colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer timeout must be from 1 to %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall deadline must be from 1 to %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall deadline (%1 s) must not be shorter than the transfer timeout (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <source>Network Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy configured in the desktop settings or in the http_proxy and https_proxy environment variables; addresses on this computer are always reached directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No proxy: connect directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this &amp;HTTP proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https requests pass through the proxy as a tunnel (CONNECT), so the proxy never sees tokens or passwords. Proxy passwords are not supported: a proxy that asks for one (HTTP 407) ends the request with its own explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after si&amp;lence of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest time the server may send nothing before a request is given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up any request &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest time one request may take in all, even while data still arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private certificate authority (for a test server or a company proxy that inspects TLS) is set per profile, as its CA certificate file. Certificate errors are never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also use it for this &amp;computer (localhost, the demo tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a local debugging proxy. Off: addresses on this computer are reached directly, so demo traffic never leaves it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterMask</name>
    <message>
        <source>••• (hidden in presenter mode)</source>
        <extracomment>Shown instead of a customer&apos;s personal data while presenter mode is on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo tenant, started on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved: its client secret could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” saved, without a client secret: store it with “profile set-secret NAME”, or give --client-secret-stdin when you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” saved; its client secret is in the keychain for %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo profile needs no client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of “%1” is in the keychain for %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” removed, but its client secret could not be deleted from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles could not be written to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles exported to “%1”: %2 (no secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add, remove, set-secret, export or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name, or the file for export and import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locale, e.g. en-US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency, e.g. USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master catalog id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the application&apos;s shared secret from the first line of standard input and store it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 takes only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no further arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile needs an action: list, add, remove, set-secret, export or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile has no action “%1”; use list, add, remove, set-secret, export or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data centre %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API host override %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last found at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region is no longer used: the tenant&apos;s host is looked up at its data centre. Give --data-centre NAME instead (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add and remove the saved profiles the GUI uses, or export and import them as JSON (never with a secret).
  profile list [--json]
  profile add NAME (--data-centre NAME | --auth-host URL) --tenant N [--site N] [--api-host URL]
        --client-id ID [--locale L] [--currency C] [--catalog N] [--master-catalog N] [--ca-bundle FILE]
        [--client-secret-stdin]
  profile remove NAME
  profile set-secret NAME   (the client secret on standard input)
  profile export FILE | -
  profile import FILE
The client secret comes from standard input and is stored in the keychain, bound to the profile&apos;s authentication host.
Exit codes: 0 success, 2 usage error or invalid profile, 4 the import file is not a profile export, 5 the keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the profiles of an exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profiles to a file, without secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo profile is built in and cannot be changed; duplicate it to make one of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme sandbox (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 23456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application key, e.g. MyCompany.app.1.0.0.Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en-US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catal&amp;og ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master catalog ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted certificate authorities (PEM), optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message about the profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile exports (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in: the demo tenant on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant runs on this computer when you choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant&apos;s secret is built in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty, the secret stored in the keychain for %1 (if any) stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain for %1 when you press OK, and sent to no other host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will be removed when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the client secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles were saved, but the client secret of the removed profile “%1” could not be deleted from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles were saved, but the client secret of “%1” could not be stored in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press OK to keep the imported profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kibo-profiles.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles could not be written to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles exported to “%1”: %2, without secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data ce&amp;ntre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Kibo hosts the tenant. Its home host issues the application token and tells where the tenant lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://home.mozu.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API host o&amp;verride:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API host override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Leave it empty: the tenant&apos;s host is looked up at the home host, as Kibo&apos;s own SDKs do. Only a gateway, proxy or test server needs a host here; then every tenant call goes there as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up from the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master catalo&amp;g ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows from the data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant calls: %1 (the override; no lookup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant host: %1 (found by this run&apos;s lookup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant host: looked up at each login (last found: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant host: looked up at each login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID and a valid home host: the secret is stored for that host only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new profile from the token: %1. Check it, add the client secret, and press OK to save it.</source>
        <extracomment>%1 lists what the token named, e.g. &quot;tenant 100001 (b.TenantId); site 100002 (b.SiteId)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data centre of “%1”: the token it was filled from does not name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App token and tenant lookup: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>“%1” was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was added; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was added as “%2”, because a different profile has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name is too long; use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name may not contain line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the built-in demo profile; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tenant id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site id must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog and master catalog ids must be positive numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application key (client id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application key (client id) may not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo profile cannot be changed; duplicate it to make your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo profile cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo profile is built in and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for a profile export (more than 1 MB); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a profile export (it is not a JSON object); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Kibo Token Inspector profile export; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile export has no valid format version; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile export uses format %1, written by a newer version; this version reads format %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo profile is built in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same profile is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret in the file was ignored: secrets are never imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <source>A refresh token is never accepted as an argument: write it to standard input and pass --refresh-token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade a refresh token for a new auth ticket and show it with the decoded JWT.
The refresh token comes from standard input with --refresh-token-stdin (after the client secret, if any); otherwise it is the one the keychain holds for --username at that tenant.
Exit codes: 0 success, 1 the server refused, 2 usage error or no refresh token stored for the user, 3 network or TLS failure or timeout, 4 reply not understood, 5 the keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer whose refresh token the keychain holds; also where the new tokens are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the refresh token from standard input (after the client secret, if any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to switch to, for a customer of several (B2B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh takes no positional arguments; a refresh token goes to standard input with --refresh-token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh needs --username U to find the stored refresh token, or --refresh-token-stdin with the token on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account-id needs a positive whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token stored for %1 at %2; log in first or give --refresh-token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored refresh token could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered without a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new tokens were not saved: give --username U to save them, or --no-store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new tokens were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tokens saved in the keychain as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tokens in clear text in every tab. Leave this off while sharing your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access ticket remaining time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access ticket expiry in local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access ticket expiry in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token remaining time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token expiry in local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token expiry in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT (exp claim):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT expiry remaining time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the access token to the clipboard; it is cleared again after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the refresh token to the clipboard; it is cleared again after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT is decoded, signature not verified: Kibo signs it with a key only Kibo holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token (&amp;JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter customer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(known after the code is entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required — waiting for the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>•••••••• (%n characters, ends in …%1)</source>
        <extracomment>A redacted secret: %1 is its length, %2 its last four characters.</extracomment>
        <translation>
            <numerusform>•••••••• (%n character, ends in …%1)</numerusform>
            <numerusform>•••••••• (%n characters, ends in …%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlation ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>tokens redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The reply had no body.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The reply is not JSON; shown only with secrets.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>JWT expiry in local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT expiry in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the ticket and its JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JWT access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the JWT access token to the clipboard; it is cleared again after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims by name, value or path…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, value or path…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in (customer hidden in presenter mode)</source>
        <extracomment>The headline in presenter mode, instead of the customer&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets stay hidden while presenter mode is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The reply is not JSON; hidden in presenter mode.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing copied: presenter mode keeps secrets off the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code login — waiting for the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed: the ticket shown is the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anonymous shopper %1 (b.PreviousAnonymousId)</source>
        <extracomment>%1 is the anonymous shopper&apos;s user id (the JWT&apos;s b.PreviousAnonymousId claim).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>•••••••• (%n characters)</source>
        <extracomment>A redacted secret too short to show its last four characters: %n is its length.</extracomment>
        <translation>
            <numerusform>•••••••• (%n character)</numerusform>
            <numerusform>•••••••• (%n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Algorithm %1 — decoded, signature not verified. Kibo signs its tokens with a key only Kibo holds, so the signature of a real Kibo token cannot be checked; the demo tenant&apos;s tokens can be, in Tools ▸ Open the JWT in the Inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required and completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply to %1</source>
        <extracomment>%1 is the call whose reply this is, e.g. &quot;POST /api/platform/applications/authtickets/oauth&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the reply (%1)…</source>
        <extracomment>%1 is the size of the reply, e.g. &quot;4.2 MiB&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The line for %1 on standard input is longer than 64 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input ended before %1 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line for %1 on standard input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretScrubber</name>
    <message>
        <source>&lt;personal data removed&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTabs</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request of this session is still under way. Cancel it and close the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous shopper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Session refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new access token with the refresh token (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat the access token as expired from now on, here only: the next automatic check refreshes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this session&apos;s tokens here and remove them from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in as %1, upgrading the anonymous session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for an anonymous shopper ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Kibo to email a one-time code to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in as %1 with the one-time code, upgrading the anonymous session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in as %1 with the one-time code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a new code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session holds no refresh token: log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the access token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is treated as expired: the automatic refresh follows within a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is treated as expired. Refresh it, or turn on automatic refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session forgotten: no refresh token is stored for it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session forgotten here; the keychain read-back did not prove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new one-time code was sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code requested for %1: enter it within 3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code was sent to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No anonymous ticket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication required for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh failed (see Problem). The session keeps its old ticket, whose access token expired at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh failed (see Problem). The session keeps its old ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed in %1 ms: new access token, and Kibo rotated the refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed in %1 ms: new access token, same refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → …%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login upgraded the anonymous session %1 (b.PreviousAnonymousId): the shopper&apos;s cart and history carry over to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous shopper: no customer account. A login in this session upgrades it, and the JWT then names this shopper in b.PreviousAnonymousId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the access token automatically shortly before it expires, as Kibo&apos;s SDKs do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated as expired (Expire Now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto refresh due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto refresh in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto refresh paused after a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up tenant %1 at %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found tenant %1 at %2 with %n site(s).</source>
        <translation>
            <numerusform>Found tenant %1 at %2 with %n site.</numerusform>
            <numerusform>Found tenant %1 at %2 with %n sites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous shopper ticket received in %1 ms (from your click to the result on screen; Kibo answered in %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 in %2 ms (from your click to the result on screen; Kibo answered in %3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>The settings file “%1” could not be read, and could not be set aside either: the next saved profile or network setting replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file “%1” could not be read. It was set aside as “%2”, and profiles and network settings start again from their defaults.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareActions</name>
    <message>
        <source>Support bundle copied, with the customer&apos;s details and without secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle copied, without secrets or customer details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Support Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support bundle could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request reached the tenant, so there is nothing to copy as curl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing copied: the curl command holds the customer&apos;s username. Turn presenter mode off to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl command copied. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message numerus="yes">
        <source>The reply body is not JSON; its first %n byte(s) are included as text.</source>
        <translation>
            <numerusform>The reply body is not JSON; its first %n byte is included as text.</numerusform>
            <numerusform>The reply body is not JSON; its first %n bytes are included as text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access ticket (accessTokenExpiration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token (refreshTokenExpiration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT (exp, the app claims&apos; expiry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User claims (user_claims.exp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App claims (app_claims.exp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was accepted; two-factor verification is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply held no ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords, codes and secrets are removed; each token shows only its kind, length and last four characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data (names, email addresses, the customer account) is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data (names, email addresses, the customer account) is removed; ids are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer request reached the tenant, so none is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo Token Inspector support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Qt %2, built with Qt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative to this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>redacted, %n character(s)</source>
        <translation>
            <numerusform>redacted, %n character</numerusform>
            <numerusform>redacted, %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>redacted, %n character(s), ends …%1</source>
        <translation>
            <numerusform>redacted, %n character, ends …%1</numerusform>
            <numerusform>redacted, %n characters, ends …%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending user id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ms</source>
        <translation>
            <numerusform>%n ms</numerusform>
            <numerusform>%n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Server date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoded JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm %1; the signature is not part of this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Long lists in the reply are cut to their first 50 items; %n item(s) left out.</source>
        <translation>
            <numerusform>Long lists in the reply are cut to their first 50 items; %n item left out.</numerusform>
            <numerusform>Long lists in the reply are cut to their first 50 items; %n items left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect that was not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo refused the call with an error reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP error without a Kibo error body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply that could not be understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo asked to wait (too many requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant lookup gave no usable tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no call was answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantCommand</name>
    <message>
        <source>Tenant %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: development (sandbox) tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: production tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites: none listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look the tenant up at its data centre, as Kibo&apos;s SDKs do before every tenant call, and show its name, host and sites. Needs the application&apos;s client id and secret, like a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant looks the tenant up at its home host; drop --api-host (it overrides the lookup).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketReport</name>
    <message>
        <source>%1: not in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoded, signature not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kibo error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is required: the password was right, and a code was sent to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending user id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply held no ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access ticket expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are redacted; add --show-secrets to print them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted JWT (JWE, %1): only its header can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque token, not a JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply holds no customer account (an anonymous shopper, or responseFields left it out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1, customer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in; the reply names no customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id: not in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS (%1, %2): its payload is not JSON, so it is not a JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload (text):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Payload (%n byte(s), not text, in hexadecimal):</source>
        <translation>
            <numerusform>Payload (%n byte, not text, in hexadecimal):</numerusform>
            <numerusform>Payload (%n bytes, not text, in hexadecimal):</numerusform>
        </translation>
    </message>
    <message>
        <source>The call to Kibo failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineAxis</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> = </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <extracomment>The date and time under a timeline marker of another day than today (a QDateTime format, e.g. &quot;7 Dec 14:05&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeway in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times closer together than this count as equal, and clocks this far apart as in step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leewa&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket and its JWT agree, and the clocks are in step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the timeline shows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenProfile</name>
    <message>
        <source>The text is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token: paste or drop a customer JWT or a whole auth ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is no JSON an auth ticket could be read from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON holds no jwtAccessToken: paste the customer&apos;s JWT or the whole auth ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is Kibo&apos;s opaque access token, which names no tenant: paste the jwtAccessToken or the whole auth ticket instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is no customer JWT or auth ticket that can be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token names no tenant (b.TenantId in the user claims): it is no Kibo customer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant %1 (b.TenantId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site %1 (b.SiteId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client ID %1 (akey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data centre %1 (%2 “%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data centre: the token does not say, so choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data centre: the token does not say (env “%1”), so choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1, site %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenTimeline</name>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be placed on the timeline: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the ticket nor the JWT names a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s accessTokenExpiration (%1) and the JWT&apos;s user_claims.exp (%2) differ by %3; Kibo writes the same time in both. The JWT may belong to another ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT&apos;s exp (%1) and app_claims.exp (%2) differ by %3; Kibo writes the same time in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT was issued %1 in the future. This computer&apos;s clock or the server&apos;s is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT is not valid for another %1 (nbf). A server would refuse it until then; check the clocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT expires (%1) before it was issued or became valid (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access ticket outlives the refresh token by %1; a refresh will not be possible when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access ticket expired %1 ago: Kibo refuses it until it is refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token expired %1 ago: the customer has to log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT&apos;s exp passed %1 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from (nbf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued (iat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user_claims.exp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT exp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app_claims.exp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed (rotated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TroubleshootingPanel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the same request again; enabled once the server&apos;s Retry-After time has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy correlation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the correlation ID, to quote it to Kibo support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a support ticket about this login, with every secret and (by default) the customer&apos;s details removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save support bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the support ticket as a Markdown or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as a curl command; secrets stay shell variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ID copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered without an auth ticket, a two-factor request or an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you set response fields, include accessToken and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no HTTP reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>The server&apos;s own words, quoted; %1 is Kibo&apos;s untranslated message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the reply had no Date header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in step with this computer&apos;s clock (%2 apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; this computer&apos;s clock is %2 behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; this computer&apos;s clock is %2 ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server named no waiting time; wait a minute before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s waiting time has passed: you can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in step with this computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the user guide: how to log in, read the result, verify tokens and share a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultStatus</name>
    <message>
        <source>The system keyring completed the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved tokens were found for this account, or the keyring is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring reported an error and could not complete the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is not available, so the tokens cannot be saved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not answer in time. It will not be asked again until the app restarts, so the tokens cannot be saved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused access to this app&apos;s entries. Allow the app in your keyring manager and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no D-Bus session bus, so no keyring can be reached. Start the app from your desktop session (or inside “dbus-run-session”) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Secret Service keyring runs on the session bus, and none can be started. Install or start one (GNOME Keyring, KeePassXC or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (e.g. in Passwords and Keys / your desktop&apos;s keyring prompt) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is too large for the keyring, so nothing was sent to it; the tokens are kept in memory until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Secret Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token too large for the keyring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Verify a JWT&apos;s signature offline with a key you give: a shared secret on standard input, a PEM file (public key, certificate or private key), a JWK or JWK Set file, or a JWKS URL. The algorithm comes from the key, never from the token&apos;s header.

Exit codes: 0 verified; 1 verification failed (the signature does not match, or the key cannot check this token&apos;s algorithm); 2 usage error; 3 the JWKS URL could not be fetched (network, TLS, timeout, HTTP error or redirect); 4 not understood (not a signed JWT, unsupported algorithm, no key with the token&apos;s key id, or a key that cannot be read).

With --secret-stdin the secret is the first line of standard input; a token read from standard input follows on the next line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token, or - (the default) to read it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the shared secret (HS256, HS384, HS512) from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM public key, certificate or private key, or a JWK or JWK Set file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JWK Set file, or an http:// or https:// URL serving one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE-OR-URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify takes one token at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the key: --secret-stdin, --key FILE or --jwks FILE-OR-URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of --secret-stdin, --key and --jwks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --key or --jwks once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jwks takes a file or an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable key was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was not verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect Kibo Commerce customer auth tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo tenant and log in against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with a saved profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language, e.g. de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display could be opened (Qt platform %1), so the window cannot start. Run &apos;kibo-token-inspector --help&apos; for the command-line tool, or &apos;kibo-token-inspector demo-server&apos; for the demo tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window takes no arguments besides its options. Run &apos;kibo-token-inspector --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
