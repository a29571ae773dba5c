<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnonymousCommand</name>
    <message>
        <source>Ask for an anonymous shopper ticket and show it with the decoded JWT. The anonymous ticket is never saved in the keychain.</source>
        <translation>Ein Ticket für einen anonymen Käufer anfordern und es mit dem decodierten JWT anzeigen. Das anonyme Ticket wird nie im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>anonymous takes no positional arguments.</source>
        <translation>anonymous nimmt keine Positionsargumente an.</translation>
    </message>
</context>
<context>
    <name>AppAuthenticator</name>
    <message>
        <source>The profile has no client id.</source>
        <translation>Das Profil enthält keine Client-ID.</translation>
    </message>
    <message>
        <source>The profile has no valid authentication host.</source>
        <translation>Das Profil enthält keinen gültigen Authentifizierungs-Host.</translation>
    </message>
    <message>
        <source>The reply holds no access_token.</source>
        <translation>Die Antwort enthält kein access_token.</translation>
    </message>
</context>
<context>
    <name>AuthTicketClient</name>
    <message>
        <source>Logging the customer in…</source>
        <translation>Der Kunde wird angemeldet…</translation>
    </message>
    <message>
        <source>Refreshing the customer ticket…</source>
        <translation>Das Kundenticket wird aktualisiert…</translation>
    </message>
    <message>
        <source>Getting an anonymous shopper ticket…</source>
        <translation>Ein Ticket für einen anonymen Käufer wird angefordert…</translation>
    </message>
    <message>
        <source>Checking the verification code…</source>
        <translation>Der Bestätigungscode wird geprüft…</translation>
    </message>
    <message>
        <source>Asking for a new verification code…</source>
        <translation>Ein neuer Bestätigungscode wird angefordert…</translation>
    </message>
    <message>
        <source>Authenticating the application…</source>
        <translation>Die Anwendung wird authentifiziert…</translation>
    </message>
    <message>
        <source>The reply asks for two-factor verification but names no userId.</source>
        <translation>Die Antwort verlangt eine Zwei-Faktor-Bestätigung, nennt aber keine userId.</translation>
    </message>
    <message>
        <source>Asking Kibo to email a one-time code…</source>
        <translation>Kibo wird gebeten, einen Einmalcode per E-Mail zu senden…</translation>
    </message>
    <message>
        <source>Logging the customer in with the one-time code…</source>
        <translation>Der Kunde wird mit dem Einmalcode angemeldet…</translation>
    </message>
    <message>
        <source>Looking the tenant up…</source>
        <translation>Der Mandant wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>The reply for tenant %1 has no domain.</source>
        <translation>Die Antwort für Mandant %1 enthält keine Domain.</translation>
    </message>
    <message>
        <source>The reply for tenant %1 names “%2” as its domain, which is no host name.</source>
        <translation>Die Antwort für Mandant %1 nennt „%2“ als Domain, was kein Hostname ist.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Tenant %1 (%2) has no site %3; its sites are: %4.</source>
        <translation>Mandant %1 (%2) hat keine Site %3; seine Sites sind: %4.</translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <source>Padding character &apos;=&apos; at offset %1 is not at the end.</source>
        <translation>Das Füllzeichen „=“ an Position %1 steht nicht am Ende.</translation>
    </message>
    <message>
        <source>Character %1 at offset %2 belongs to standard base64, not base64url.</source>
        <translation>Das Zeichen %1 an Position %2 gehört zu Standard-Base64, nicht zu base64url.</translation>
    </message>
    <message>
        <source>Character %1 at offset %2 is not valid base64url.</source>
        <translation>Das Zeichen %1 an Position %2 ist in base64url nicht gültig.</translation>
    </message>
    <message>
        <source>The text has %1 characters; a length that leaves one character over (4n + 1) cannot be base64url.</source>
        <translation>Der Text hat %1 Zeichen; eine Länge, bei der ein Zeichen übrig bleibt (4n + 1), kann kein base64url sein.</translation>
    </message>
    <message>
        <source>The &apos;=&apos; padding at offset %1 does not complete a group of four characters.</source>
        <translation>Das Füllzeichen „=“ an Position %1 vervollständigt keine Vierergruppe.</translation>
    </message>
</context>
<context>
    <name>ClaimCatalogue</name>
    <message>
        <source>Issuer: who made the token. Kibo writes https://www.kibocommerce.com.</source>
        <translation>Aussteller (Issuer): wer das Token erstellt hat. Kibo schreibt https://www.kibocommerce.com.</translation>
    </message>
    <message>
        <source>Subject: whom the token is about. For Kibo, the customer&apos;s user id.</source>
        <translation>Subjekt (Subject): um wen es im Token geht. Bei Kibo die Benutzer-ID des Kunden.</translation>
    </message>
    <message>
        <source>Audience: who the token is meant for. Kibo writes https://www.kibocommerce.com.</source>
        <translation>Zielgruppe (Audience): für wen das Token bestimmt ist. Kibo schreibt https://www.kibocommerce.com.</translation>
    </message>
    <message>
        <source>Expiry of the token. For Kibo this is the application claims&apos; expiry, about 60 minutes after issue, not the 15-minute ticket&apos;s: judge the ticket by accessTokenExpiration or user_claims.exp.</source>
        <translation>Ablaufzeit des Tokens. Bei Kibo ist das der Ablauf der Anwendungs-Claims, etwa 60 Minuten nach der Ausstellung, nicht der des 15-Minuten-Tickets: Beurteilen Sie das Ticket nach accessTokenExpiration oder user_claims.exp.</translation>
    </message>
    <message>
        <source>Not before: the token is not valid earlier than this time.</source>
        <translation>Nicht vor (Not before): Das Token ist vor diesem Zeitpunkt nicht gültig.</translation>
    </message>
    <message>
        <source>Issued at: when the token was made.</source>
        <translation>Ausgestellt am (Issued at): wann das Token erstellt wurde.</translation>
    </message>
    <message>
        <source>JWT id: a unique id for this token, used to detect replays.</source>
        <translation>JWT-ID: eine eindeutige ID dieses Tokens, um Wiederholungsangriffe zu erkennen.</translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation>Der vollständige Name des Benutzers.</translation>
    </message>
    <message>
        <source>The user&apos;s given (first) name.</source>
        <translation>Der Vorname des Benutzers.</translation>
    </message>
    <message>
        <source>The user&apos;s family (last) name.</source>
        <translation>Der Nachname des Benutzers.</translation>
    </message>
    <message>
        <source>The user&apos;s middle name.</source>
        <translation>Der zweite Vorname des Benutzers.</translation>
    </message>
    <message>
        <source>The user&apos;s casual name.</source>
        <translation>Der Rufname des Benutzers.</translation>
    </message>
    <message>
        <source>The name the user prefers to be shown.</source>
        <translation>Der Name, unter dem der Benutzer angezeigt werden möchte.</translation>
    </message>
    <message>
        <source>The user&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Benutzers.</translation>
    </message>
    <message>
        <source>Whether the issuer has verified the email address.</source>
        <translation>Ob der Aussteller die E-Mail-Adresse überprüft hat.</translation>
    </message>
    <message>
        <source>The user&apos;s telephone number.</source>
        <translation>Die Telefonnummer des Benutzers.</translation>
    </message>
    <message>
        <source>The user&apos;s language and region, e.g. en-US.</source>
        <translation>Sprache und Region des Benutzers, z. B. en-US.</translation>
    </message>
    <message>
        <source>The user&apos;s time zone, e.g. Europe/Paris.</source>
        <translation>Die Zeitzone des Benutzers, z. B. Europe/Paris.</translation>
    </message>
    <message>
        <source>Address of the user&apos;s profile picture.</source>
        <translation>Adresse des Profilbilds des Benutzers.</translation>
    </message>
    <message>
        <source>When the user&apos;s information was last updated.</source>
        <translation>Wann die Angaben des Benutzers zuletzt aktualisiert wurden.</translation>
    </message>
    <message>
        <source>When the user authenticated.</source>
        <translation>Wann sich der Benutzer authentifiziert hat.</translation>
    </message>
    <message>
        <source>A value from the login request that ties the token to it and prevents replays.</source>
        <translation>Ein Wert aus der Anmeldeanfrage, der das Token an sie bindet und Wiederholungsangriffe verhindert.</translation>
    </message>
    <message>
        <source>Authorized party: the client the token was issued to.</source>
        <translation>Autorisierte Partei: der Client, für den das Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>The client the token was issued to.</source>
        <translation>Der Client, für den das Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Scopes: the permissions granted, separated by spaces.</source>
        <translation>Scopes: die gewährten Berechtigungen, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Scopes: the permissions granted.</source>
        <translation>Scopes: die gewährten Berechtigungen.</translation>
    </message>
    <message>
        <source>Roles granted to the user or application.</source>
        <translation>Rollen, die dem Benutzer oder der Anwendung gewährt wurden.</translation>
    </message>
    <message>
        <source>Groups the user belongs to.</source>
        <translation>Gruppen, denen der Benutzer angehört.</translation>
    </message>
    <message>
        <source>Authentication methods used, e.g. pwd or otp.</source>
        <translation>Verwendete Authentifizierungsmethoden, z. B. pwd oder otp.</translation>
    </message>
    <message>
        <source>Authentication context class: how strongly the user authenticated.</source>
        <translation>Authentifizierungskontextklasse: wie stark sich der Benutzer authentifiziert hat.</translation>
    </message>
    <message>
        <source>Hash of the access token issued with this ID token.</source>
        <translation>Hash des Zugriffstokens, das mit diesem ID-Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Hash of the authorization code issued with this ID token.</source>
        <translation>Hash des Autorisierungscodes, der mit diesem ID-Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Session id. For Kibo, the same as the i member of b._sess_.</source>
        <translation>Sitzungs-ID. Bei Kibo dasselbe wie das Element i von b._sess_.</translation>
    </message>
    <message>
        <source>Unique name. For Kibo, the customer&apos;s user id, like sub.</source>
        <translation>Eindeutiger Name. Bei Kibo die Benutzer-ID des Kunden, wie sub.</translation>
    </message>
    <message>
        <source>User principal name (Microsoft).</source>
        <translation>User Principal Name (Microsoft).</translation>
    </message>
    <message>
        <source>Object id of the user (Microsoft).</source>
        <translation>Objekt-ID des Benutzers (Microsoft).</translation>
    </message>
    <message>
        <source>Tenant id (Microsoft).</source>
        <translation>Mandanten-ID (Microsoft).</translation>
    </message>
    <message>
        <source>Version of the token format.</source>
        <translation>Version des Tokenformats.</translation>
    </message>
    <message>
        <source>Signing algorithm the token claims. Kibo signs HS256 with its own secret. A verifier must choose the algorithm from its key, never from this value.</source>
        <translation>Signaturalgorithmus, den das Token angibt. Kibo signiert mit HS256 und einem eigenen Geheimnis. Ein Prüfer muss den Algorithmus anhand seines Schlüssels wählen, niemals anhand dieses Werts.</translation>
    </message>
    <message>
        <source>Type of the token; JWT for a JSON Web Token.</source>
        <translation>Typ des Tokens; JWT für ein JSON Web Token.</translation>
    </message>
    <message>
        <source>Key id: which key signed the token. Kibo&apos;s tokens have none.</source>
        <translation>Schlüssel-ID: welcher Schlüssel das Token signiert hat. Die Tokens von Kibo haben keine.</translation>
    </message>
    <message>
        <source>Content type; JWT means the payload is itself a nested token.</source>
        <translation>Inhaltstyp; JWT bedeutet, dass die Payload selbst ein verschachteltes Token ist.</translation>
    </message>
    <message>
        <source>Compression of an encrypted token&apos;s content (DEF). This app never inflates it.</source>
        <translation>Komprimierung des Inhalts eines verschlüsselten Tokens (DEF). Diese App entpackt ihn nie.</translation>
    </message>
    <message>
        <source>Content encryption algorithm of an encrypted token (JWE).</source>
        <translation>Algorithmus zur Inhaltsverschlüsselung eines verschlüsselten Tokens (JWE).</translation>
    </message>
    <message>
        <source>Header members a reader must understand, or else reject the token.</source>
        <translation>Header-Elemente, die ein Leser verstehen muss, sonst muss er das Token ablehnen.</translation>
    </message>
    <message>
        <source>Address of a key set said to hold the signing key; never fetch keys a token points to.</source>
        <translation>Adresse eines Schlüsselsatzes, der angeblich den Signaturschlüssel enthält; rufen Sie nie Schlüssel ab, auf die ein Token verweist.</translation>
    </message>
    <message>
        <source>A public key embedded by the token itself; it proves nothing about who signed it.</source>
        <translation>Ein öffentlicher Schlüssel, den das Token selbst mitbringt; er beweist nichts darüber, wer es signiert hat.</translation>
    </message>
    <message>
        <source>Address of the signer&apos;s X.509 certificate.</source>
        <translation>Adresse des X.509-Zertifikats des Unterzeichners.</translation>
    </message>
    <message>
        <source>The signer&apos;s X.509 certificate chain.</source>
        <translation>Die X.509-Zertifikatskette des Unterzeichners.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the signer&apos;s X.509 certificate.</source>
        <translation>SHA-1-Fingerabdruck des X.509-Zertifikats des Unterzeichners.</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint of the signer&apos;s X.509 certificate.</source>
        <translation>SHA-256-Fingerabdruck des X.509-Zertifikats des Unterzeichners.</translation>
    </message>
    <message>
        <source>Kibo application claims: which application asked for the ticket.</source>
        <translation>Kibo-Anwendungs-Claims: welche Anwendung das Ticket angefordert hat.</translation>
    </message>
    <message>
        <source>Kibo user claims: the shopper this ticket belongs to.</source>
        <translation>Kibo-Benutzer-Claims: der Käufer, dem dieses Ticket gehört.</translation>
    </message>
    <message>
        <source>Application id (32 hexadecimal characters).</source>
        <translation>Anwendungs-ID (32 Hexadezimalzeichen).</translation>
    </message>
    <message>
        <source>Application key, the same as the application&apos;s client_id, e.g. mozuadmin.mpoc_app.1.0.0.Release.</source>
        <translation>Anwendungsschlüssel, dasselbe wie die client_id der Anwendung, z. B. mozuadmin.mpoc_app.1.0.0.Release.</translation>
    </message>
    <message>
        <source>Application name.</source>
        <translation>Name der Anwendung.</translation>
    </message>
    <message>
        <source>Application behaviors: pairs of offset and bit mask; each set bit is one behavior id. Kibo publishes no behavior names.</source>
        <translation>Behaviors der Anwendung: Paare aus Offset und Bitmaske; jedes gesetzte Bit ist eine Behavior-ID. Kibo veröffentlicht keine Behavior-Namen.</translation>
    </message>
    <message>
        <source>Kibo environment, e.g. dev07.</source>
        <translation>Kibo-Umgebung, z. B. dev07.</translation>
    </message>
    <message>
        <source>Expiry of the application claims, an ISO time without a zone (read as UTC); equal to the JWT&apos;s exp.</source>
        <translation>Ablaufzeit der Anwendungs-Claims, eine ISO-Zeit ohne Zeitzone (als UTC gelesen); gleich dem exp des JWT.</translation>
    </message>
    <message>
        <source>A random 32-bit number, possibly negative; its purpose is undocumented.</source>
        <translation>Eine zufällige 32-Bit-Zahl, möglicherweise negativ; ihr Zweck ist nicht dokumentiert.</translation>
    </message>
    <message>
        <source>Undocumented flag; &quot;0&quot; in every sample Kibo has published.</source>
        <translation>Undokumentiertes Flag; „0“ in jedem von Kibo veröffentlichten Beispiel.</translation>
    </message>
    <message>
        <source>The customer&apos;s user id (32 hexadecimal characters).</source>
        <translation>Die Benutzer-ID des Kunden (32 Hexadezimalzeichen).</translation>
    </message>
    <message>
        <source>&quot;0&quot; for a registered customer, &quot;1&quot; for an anonymous shopper.</source>
        <translation>„0“ für einen registrierten Kunden, „1“ für einen anonymen Käufer.</translation>
    </message>
    <message>
        <source>User type; Shopper for storefront customers.</source>
        <translation>Benutzertyp; Shopper für Kunden der Storefront.</translation>
    </message>
    <message>
        <source>User behaviors: pairs of offset and bit mask; each set bit is one behavior id. Kibo publishes no behavior names.</source>
        <translation>Behaviors des Benutzers: Paare aus Offset und Bitmaske; jedes gesetzte Bit ist eine Behavior-ID. Kibo veröffentlicht keine Behavior-Namen.</translation>
    </message>
    <message>
        <source>Expiry of the customer ticket, an ISO time without a zone (read as UTC); equal to accessTokenExpiration. Judge the ticket by this, not by the JWT&apos;s exp.</source>
        <translation>Ablaufzeit des Kundentickets, eine ISO-Zeit ohne Zeitzone (als UTC gelesen); gleich accessTokenExpiration. Beurteilen Sie das Ticket danach, nicht nach dem exp des JWT.</translation>
    </message>
    <message>
        <source>Kibo tenant id (a decimal number written as text).</source>
        <translation>Kibo-Mandanten-ID (eine Dezimalzahl als Text).</translation>
    </message>
    <message>
        <source>Kibo site id (a decimal number written as text).</source>
        <translation>Kibo-Site-ID (eine Dezimalzahl als Text).</translation>
    </message>
    <message>
        <source>Customer account id, the customerAccount&apos;s id (a decimal number written as text).</source>
        <translation>Kundenkonto-ID, die id des customerAccount (eine Dezimalzahl als Text).</translation>
    </message>
    <message>
        <source>The customer&apos;s first name.</source>
        <translation>Der Vorname des Kunden.</translation>
    </message>
    <message>
        <source>The customer&apos;s last name.</source>
        <translation>Der Nachname des Kunden.</translation>
    </message>
    <message>
        <source>Session details: JSON inside a string, shown here parsed.</source>
        <translation>Sitzungsdetails: JSON in einer Zeichenkette, hier geparst angezeigt.</translation>
    </message>
    <message>
        <source>The anonymous session this login upgraded.</source>
        <translation>Die anonyme Sitzung, die durch diese Anmeldung hochgestuft wurde.</translation>
    </message>
    <message>
        <source>Session id (32 hexadecimal characters), the same as sid.</source>
        <translation>Sitzungs-ID (32 Hexadezimalzeichen), dieselbe wie sid.</translation>
    </message>
    <message>
        <source>When the session was created.</source>
        <translation>Wann die Sitzung erstellt wurde.</translation>
    </message>
    <message>
        <source>Undocumented true/false value.</source>
        <translation>Undokumentierter Wahr/Falsch-Wert.</translation>
    </message>
    <message>
        <source>Undocumented; null in every published sample.</source>
        <translation>Undokumentiert; null in jedem veröffentlichten Beispiel.</translation>
    </message>
    <message>
        <source>A time whose meaning is undocumented.</source>
        <translation>Ein Zeitpunkt, dessen Bedeutung nicht dokumentiert ist.</translation>
    </message>
    <message>
        <source>Behavior offset: the ids in the next mask start at this number times 32.</source>
        <translation>Behavior-Offset: Die IDs in der folgenden Maske beginnen bei dieser Zahl mal 32.</translation>
    </message>
    <message>
        <source>Behavior mask: each set bit i is behavior id offset × 32 + i.</source>
        <translation>Behavior-Maske: Jedes gesetzte Bit i ist die Behavior-ID Offset × 32 + i.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>in %1 h</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation>in %1 d</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 d</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>falscher Typ</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>beyond year 9999</source>
        <translation>nach dem Jahr 9999</translation>
    </message>
    <message>
        <source>not an ISO 8601 time</source>
        <translation>keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>not a valid date or time</source>
        <translation>kein gültiges Datum und keine gültige Uhrzeit</translation>
    </message>
    <message>
        <source>no time zone: shown as UTC</source>
        <translation>keine Zeitzone: als UTC angezeigt</translation>
    </message>
    <message>
        <source>The behavior list has an odd number of entries; it must hold offset and mask pairs.</source>
        <translation>Die Behavior-Liste hat eine ungerade Anzahl von Einträgen; sie muss Paare aus Offset und Maske enthalten.</translation>
    </message>
    <message>
        <source>Entry %1 of the behavior list is not a valid offset.</source>
        <translation>Eintrag %1 der Behavior-Liste ist kein gültiger Offset.</translation>
    </message>
    <message>
        <source>Entry %1 of the behavior list is not a 32-bit mask.</source>
        <translation>Eintrag %1 der Behavior-Liste ist keine 32-Bit-Maske.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Local time: %1</source>
        <translation>Ortszeit: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3; %4)</source>
        <translation>%1 — %2 (%3; %4)</translation>
    </message>
    <message>
        <source>no behaviors</source>
        <translation>keine Behaviors</translation>
    </message>
    <message>
        <source>behaviors %1</source>
        <translation>Behaviors %1</translation>
    </message>
    <message>
        <source>Behavior ids: %1</source>
        <translation>Behavior-IDs: %1</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>[--port N] [--tls-dir DIR]</source>
        <translation>[--port N] [--tls-dir DIR]</translation>
    </message>
    <message>
        <source>run the demo tenant until stopped</source>
        <translation>betreibt den Demo-Mandanten</translation>
    </message>
    <message>
        <source>TARGET LOGIN-OPTIONS [--json] [--show-secrets] [--no-store]</source>
        <translation>TARGET LOGIN-OPTIONS [--json] [--show-secrets] [--no-store]</translation>
    </message>
    <message>
        <source>TARGET [--account-id N] [--json] [--show-secrets] [--username U | --refresh-token-stdin] [--response-fields F] [--no-store]</source>
        <translation>TARGET [--account-id N] [--json] [--show-secrets] [--username U | --refresh-token-stdin] [--response-fields F] [--no-store]</translation>
    </message>
    <message>
        <source>TARGET [--json] [--show-secrets] [--response-fields F]</source>
        <translation>TARGET [--json] [--show-secrets] [--response-fields F]</translation>
    </message>
    <message>
        <source>list [--json] | remove NAME | set-secret NAME
export FILE | import FILE
add NAME (--data-centre NAME | --auth-host URL) --tenant N [--site N] [--api-host URL] --client-id ID [--locale L] [--currency C] [--catalog N] [--master-catalog N] [--ca-bundle FILE] [--client-secret-stdin]</source>
        <translation>list [--json] | remove NAME | set-secret NAME
export FILE | import FILE
add NAME (--data-centre NAME | --auth-host URL) --tenant N [--site N] [--api-host URL] --client-id ID [--locale L] [--currency C] [--catalog N] [--master-catalog N] [--ca-bundle FILE] [--client-secret-stdin]</translation>
    </message>
    <message>
        <source>TARGET [--json]</source>
        <translation>TARGET [--json]</translation>
    </message>
    <message>
        <source>look the tenant up: name, host, sites</source>
        <translation>schlägt den Mandanten nach: Name, Host, Sites</translation>
    </message>
    <message>
        <source>[TOKEN | -] [--json]</source>
        <translation>[TOKEN | -] [--json]</translation>
    </message>
    <message>
        <source>A B [--json] [--ignore-volatile] [--ignore PATH]... [--show-secrets]</source>
        <translation>A B [--json] [--ignore-volatile] [--ignore PATH]... [--show-secrets]</translation>
    </message>
    <message>
        <source>[TOKEN | -] (--secret-stdin | --key FILE | --jwks FILE-OR-URL) [--json]</source>
        <translation>[TOKEN | -] (--secret-stdin | --key FILE | --jwks FILE-OR-URL) [--json]</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Ask the server for these fields only, e.g. accessToken,customerAccount(id).</source>
        <translation>Nur diese Felder vom Server anfordern, z. B. accessToken,customerAccount(id).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein einzelnes JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Print tokens instead of their redacted shape.</source>
        <translation>Tokens statt ihrer geschwärzten Form ausgeben.</translation>
    </message>
    <message>
        <source>Do not save the tokens in the keychain.</source>
        <translation>Die Tokens nicht im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Usage:
  kibo-token-inspector [--demo] [--profile NAME] [--lang LANG]   start the GUI</source>
        <translation>Aufruf:
  kibo-token-inspector [--demo] [--profile NAME] [--lang LANG]   startet die GUI</translation>
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
        <translation>TARGET: --demo | --demo-server URL | --profile NAME |
        (--data-centre NAME | --auth-host URL) --tenant N [--site N] --client-id ID
        --client-secret-stdin [--api-host URL] [--ca-bundle FILE]
        (der Host des Mandanten wird in seinem Rechenzentrum nachgeschlagen; --api-host ersetzt das)
LOGIN-OPTIONS: --username U --password-stdin [--account-id N] [--region R] [--fingerprint F]
        [--ticket-ttl MINUTES] [--refresh-ttl MINUTES] [--response-fields F] [--otp-stdin]
        oder: --username U --otp-stdin [--region R] [--fingerprint F] [--response-fields F]
        (ein Einmalcode wird per E-Mail gesendet und dann von der Standardeingabe gelesen)

Geheime Werte werden von der Standardeingabe gelesen, einer pro Zeile: Client-Secret, Passwort,
dann der Bestätigungscode.
Exit-Codes: 0 Erfolg, 1 der Server hat abgelehnt, 2 Aufruffehler, 3 Netzwerk- oder TLS-Fehler oder
Zeitüberschreitung, 4 Antwort nicht verstanden, 5 Fehler des Schlüsselbunds.
diff: 0 keine Unterschiede, 1 Unterschiede gefunden, 2 Aufruffehler, 4 Eingabe nicht verstanden.
„kibo-token-inspector COMMAND --help“ zeigt die Optionen eines einzelnen Befehls.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1&apos;?</source>
        <translation>Meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Run &apos;kibo-token-inspector --help&apos; for the commands.</source>
        <translation>&apos;kibo-token-inspector --help&apos; zeigt die Befehle.</translation>
    </message>
</context>
<context>
    <name>CliTarget</name>
    <message>
        <source>Start the demo tenant in this process and use it.</source>
        <translation>Den Demo-Mandanten in diesem Prozess starten und verwenden.</translation>
    </message>
    <message>
        <source>Use a running demo tenant (kibo-token-inspector demo-server).</source>
        <translation>Einen laufenden Demo-Mandanten verwenden (kibo-token-inspector demo-server).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use a saved profile.</source>
        <translation>Ein gespeichertes Profil verwenden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The tenant id.</source>
        <translation>Die Mandanten-ID.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The site id.</source>
        <translation>Die Site-ID.</translation>
    </message>
    <message>
        <source>The application key (client id).</source>
        <translation>Der Anwendungsschlüssel (Client-ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the application&apos;s shared secret from the first line of standard input.</source>
        <translation>Das gemeinsame Geheimnis der Anwendung aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>--demo-server needs the URL the demo server printed, e.g. http://127.0.0.1:8080.</source>
        <translation>--demo-server braucht die URL, die der Demo-Server ausgegeben hat, z. B. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>--tenant needs a positive whole number, not “%1”.</source>
        <translation>--tenant braucht eine positive ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>das Client-Secret</translation>
    </message>
    <message>
        <source>The demo tenant could not start: %1</source>
        <translation>Der Demo-Mandant konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>There is no saved profile named “%1”; “kibo-token-inspector profile list” shows them.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“; „kibo-token-inspector profile list“ zeigt sie an.</translation>
    </message>
    <message>
        <source>No client secret is stored for the profile “%1” at %2; store it with “kibo-token-inspector profile set-secret NAME” (the secret on standard input), or give --client-secret-stdin.</source>
        <translation>Für das Profil „%1“ ist bei %2 kein Client-Secret gespeichert; speichern Sie es mit „kibo-token-inspector profile set-secret NAME“ (das Secret auf der Standardeingabe) oder geben Sie --client-secret-stdin an.</translation>
    </message>
    <message>
        <source>The client secret of the profile “%1” could not be read: %2</source>
        <translation>Das Client-Secret des Profils „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The Kibo data centre: %1. The tenant&apos;s host is looked up there.</source>
        <translation>Das Kibo-Rechenzentrum: %1. Der Host des Mandanten wird dort nachgeschlagen.</translation>
    </message>
    <message>
        <source>Instead of a data centre: a custom authentication (home) host, e.g. https://home.mozu.com.</source>
        <translation>Statt eines Rechenzentrums: ein eigener Authentifizierungs-Host (Home-Host), z. B. https://home.mozu.com.</translation>
    </message>
    <message>
        <source>Override the tenant lookup: send every tenant call to this host.</source>
        <translation>Das Nachschlagen des Mandanten ersetzen: jeden Aufruf an den Mandanten an diesen Host senden.</translation>
    </message>
    <message>
        <source>A PEM file of extra trusted certificate authorities.</source>
        <translation>Eine PEM-Datei mit zusätzlichen vertrauenswürdigen Zertifizierungsstellen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>--environment is no longer used: the tenant&apos;s host is looked up at its data centre. Give --data-centre NAME instead (%1), or --auth-host URL for a custom home host.</source>
        <translation>--environment wird nicht mehr verwendet: Der Host des Mandanten wird in seinem Rechenzentrum nachgeschlagen. Geben Sie stattdessen --data-centre NAME an (%1), oder --auth-host URL für einen eigenen Home-Host.</translation>
    </message>
    <message>
        <source>Give either --data-centre or --auth-host, not both.</source>
        <translation>Geben Sie entweder --data-centre oder --auth-host an, nicht beides.</translation>
    </message>
    <message>
        <source>Name the data centre with --data-centre NAME (%1), or a custom home host with --auth-host URL.</source>
        <translation>Nennen Sie das Rechenzentrum mit --data-centre NAME (%1) oder einen eigenen Home-Host mit --auth-host URL.</translation>
    </message>
    <message>
        <source>--data-centre does not know “%1”; use one of %2.</source>
        <translation>--data-centre kennt „%1“ nicht; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>--tenant N is needed: the tenant id.</source>
        <translation>--tenant N wird benötigt: die Mandanten-ID.</translation>
    </message>
    <message>
        <source>--site needs a positive whole number (the site id), not “%1”.</source>
        <translation>--site braucht eine positive ganze Zahl (die Site-ID), nicht „%1“.</translation>
    </message>
    <message>
        <source>Name a target: --demo, --demo-server URL, --profile NAME, or --data-centre NAME (or --auth-host URL), --tenant N, --client-id ID and --client-secret-stdin.</source>
        <translation>Nennen Sie ein Ziel: --demo, --demo-server URL, --profile NAME, oder --data-centre NAME (oder --auth-host URL), --tenant N, --client-id ID und --client-secret-stdin.</translation>
    </message>
    <message>
        <source>Name only one target: --demo, --demo-server, --profile or a data centre and tenant.</source>
        <translation>Nennen Sie nur ein Ziel: --demo, --demo-server, --profile oder ein Rechenzentrum mit Mandant.</translation>
    </message>
    <message>
        <source>A data centre and tenant also need --client-id ID and --client-secret-stdin.</source>
        <translation>Ein Rechenzentrum mit Mandant braucht auch --client-id ID und --client-secret-stdin.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Two-factor authenti&amp;cation</source>
        <translation>Zwe&amp;i-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>000000</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation>Den Code prüfen</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Neuen Code senden</translation>
    </message>
    <message>
        <source>Ask Kibo to send a new code; the old one stops working</source>
        <translation>Kibo bitten, einen neuen Code zu senden; der alte wird dann ungültig</translation>
    </message>
    <message>
        <source>Code expiry</source>
        <translation>Ablauf des Codes</translation>
    </message>
    <message>
        <source>Attempts left</source>
        <translation>Verbleibende Versuche</translation>
    </message>
    <message>
        <source>Code problem</source>
        <translation>Problem mit dem Code</translation>
    </message>
    <message>
        <source>Demo outbox</source>
        <translation>Demo-Postausgang</translation>
    </message>
    <message>
        <source>The password was right. The server sent a six-digit code to the customer&apos;s email address; it is valid for 3 minutes and 3 tries. Enter it to finish the login.</source>
        <translation>Das Passwort war richtig. Der Server hat einen sechsstelligen Code an die E-Mail-Adresse des Kunden gesendet; er gilt 3 Minuten und für 3 Versuche. Geben Sie ihn ein, um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>E&amp;inmalcode</translation>
    </message>
    <message>
        <source>If %1 belongs to a customer of this site, Kibo has emailed a six-digit code there (Kibo answers the same for an unknown address). It is valid for 3 minutes and 3 tries. Enter it to log in.</source>
        <translation>Wenn %1 zu einem Kunden dieser Site gehört, hat Kibo einen sechsstelligen Code an diese Adresse gesendet (Kibo antwortet bei einer unbekannten Adresse genauso). Er gilt 3 Minuten und für 3 Versuche. Geben Sie ihn ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>This code no longer works — send a new code.</source>
        <translation>Dieser Code funktioniert nicht mehr — senden Sie einen neuen Code.</translation>
    </message>
    <message>
        <source>The code has expired — send a new code.</source>
        <translation>Der Code ist abgelaufen — senden Sie einen neuen Code.</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <extracomment>A live countdown, minutes:seconds, e.g. &quot;2:41&quot;.</extracomment>
        <translation>Der Code läuft in %1 ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>noch %n Versuch</numerusform>
            <numerusform>noch %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a new code first</source>
        <translation>Zuerst neuen Code senden</translation>
    </message>
    <message>
        <source>Enter all six digits of the code.</source>
        <translation>Geben Sie alle sechs Ziffern des Codes ein.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>A refused code: the diagnosis title, its cause, then what to do next.</extracomment>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Demo outbox: the code sent to %1 is %2.</source>
        <extracomment>The demo tenant &quot;emails&quot; 2FA codes into an outbox the app can read; real codes go to the customer.</extracomment>
        <translation>Demo-Postausgang: Der an %1 gesendete Code lautet %2.</translation>
    </message>
    <message>
        <source>The code was entered wrongly %1 times, so it no longer works. Send a new code and enter the one from the latest email.</source>
        <extracomment>After the last wrong code; %1 is the number of tries a code allows (3).</extracomment>
        <translation>Der Code wurde %1-mal falsch eingegeben und gilt deshalb nicht mehr. Senden Sie einen neuen Code und geben Sie den aus der neuesten E-Mail ein.</translation>
    </message>
    <message>
        <source>The code is older than 3 minutes, so it has expired. Send a new code and enter it within 3 minutes.</source>
        <translation>Der Code ist älter als 3 Minuten und deshalb abgelaufen. Senden Sie einen neuen Code und geben Sie ihn innerhalb von 3 Minuten ein.</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ComparableInput</name>
    <message>
        <source>a JWT</source>
        <translation>ein JWT</translation>
    </message>
    <message>
        <source>an auth ticket</source>
        <translation>ein Auth-Ticket</translation>
    </message>
    <message>
        <source>a customer account</source>
        <translation>ein Kundenkonto</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>The input is larger than %1 MiB.</source>
        <translation>Die Eingabe ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>Die Eingabe ist leer.</translation>
    </message>
    <message>
        <source>The input is neither JSON nor a compact JWT on one line.</source>
        <translation>Die Eingabe ist weder JSON noch ein kompaktes JWT in einer Zeile.</translation>
    </message>
    <message>
        <source>The input is an opaque token, which only its issuer can read; compare the JWTs or the whole tickets instead.</source>
        <translation>Die Eingabe ist ein opakes Token, das nur sein Aussteller lesen kann; vergleichen Sie stattdessen die JWTs oder die ganzen Tickets.</translation>
    </message>
    <message>
        <source>The input is neither JSON nor a compact JWT.</source>
        <translation>Die Eingabe ist weder JSON noch ein kompaktes JWT.</translation>
    </message>
    <message>
        <source>A JWT: its header and payload are compared, not its signature.</source>
        <translation>Ein JWT: Header und Payload werden verglichen, nicht die Signatur.</translation>
    </message>
    <message>
        <source>The input is not valid JSON (%1 at character %2).</source>
        <translation>Die Eingabe ist kein gültiges JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The input is JSON, but neither an auth ticket nor a customer account.</source>
        <translation>Die Eingabe ist JSON, aber weder ein Auth-Ticket noch ein Kundenkonto.</translation>
    </message>
    <message>
        <source>The “ticket” of a login --json output.</source>
        <translation>Das „ticket“ einer Ausgabe von login --json.</translation>
    </message>
    <message>
        <source>An auth ticket: its jwtAccessToken is decoded and compared as “jwt”.</source>
        <translation>Ein Auth-Ticket: Sein jwtAccessToken wird decodiert und als „jwt“ verglichen.</translation>
    </message>
    <message>
        <source>An auth ticket: the decoded JWT of the output is compared as “jwt”.</source>
        <translation>Ein Auth-Ticket: Das decodierte JWT der Ausgabe wird als „jwt“ verglichen.</translation>
    </message>
    <message>
        <source>An auth ticket without a JWT that can be decoded.</source>
        <translation>Ein Auth-Ticket ohne decodierbares JWT.</translation>
    </message>
    <message>
        <source>A customer account.</source>
        <translation>Ein Kundenkonto.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>&amp;First: a JWT, an auth ticket or a customer account (paste or drop a file)</source>
        <translation>&amp;Erste Eingabe: ein JWT, ein Auth-Ticket oder ein Kundenkonto (einfügen oder eine Datei hierher ziehen)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the first input from a file</source>
        <translation>Die erste Eingabe aus einer Datei öffnen</translation>
    </message>
    <message>
        <source>First input</source>
        <translation>Erste Eingabe</translation>
    </message>
    <message>
        <source>&amp;Second: of the same kind</source>
        <translation>&amp;Zweite Eingabe: von derselben Art</translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation>Öffne&amp;n…</translation>
    </message>
    <message>
        <source>Open the second input from a file</source>
        <translation>Die zweite Eingabe aus einer Datei öffnen</translation>
    </message>
    <message>
        <source>Second input</source>
        <translation>Zweite Eingabe</translation>
    </message>
    <message>
        <source>&amp;Ignore volatile fields (iat, exp, nbf, jti, rnd, session ids, tokens)</source>
        <translation>Veränderliche Felder &amp;ignorieren (iat, exp, nbf, jti, rnd, Sitzungs-IDs, Tokens)</translation>
    </message>
    <message>
        <source>Ignore volatile fields</source>
        <translation>Veränderliche Felder ignorieren</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <source>Swap the two inputs</source>
        <translation>Die beiden Eingaben tauschen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compare the two inputs</source>
        <translation>Die beiden Eingaben vergleichen</translation>
    </message>
    <message>
        <source>Comparison result</source>
        <translation>Ergebnis des Vergleichs</translation>
    </message>
    <message>
        <source>Details of the comparison</source>
        <translation>Einzelheiten des Vergleichs</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>~ %1: changed (the values are hidden in presenter mode)</source>
        <extracomment>A changed node whose values are personal data, in presenter mode.</extracomment>
        <translation>~ %1: geändert (die Werte sind im Präsentationsmodus ausgeblendet)</translation>
    </message>
    <message>
        <source>+ %1: %2</source>
        <extracomment>A node only in the second input: its path and value.</extracomment>
        <translation>+ %1: %2</translation>
    </message>
    <message>
        <source>− %1: %2</source>
        <extracomment>A node only in the first input: its path and value.</extracomment>
        <translation>− %1: %2</translation>
    </message>
    <message>
        <source>~ %1: %2 → another value of the same length and ending</source>
        <translation>~ %1: %2 → ein anderer Wert mit gleicher Länge und gleichem Ende</translation>
    </message>
    <message>
        <source>~ %1: %2 → a value that differs further on</source>
        <translation>~ %1: %2 → ein Wert, der sich weiter hinten unterscheidet</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <extracomment>A changed node: its path, the value in the first input and the one in the second.</extracomment>
        <translation>~ %1: %2 → %3</translation>
    </message>
    <message>
        <source>The two JWTs are equal.</source>
        <translation>Die beiden JWTs sind gleich.</translation>
    </message>
    <message>
        <source>Differences between the two JWTs: %1.</source>
        <translation>Unterschiede zwischen den beiden JWTs: %1.</translation>
    </message>
    <message>
        <source>The two auth tickets are equal.</source>
        <translation>Die beiden Auth-Tickets sind gleich.</translation>
    </message>
    <message>
        <source>Differences between the two auth tickets: %1.</source>
        <translation>Unterschiede zwischen den beiden Auth-Tickets: %1.</translation>
    </message>
    <message>
        <source>The two customer accounts are equal.</source>
        <translation>Die beiden Kundenkonten sind gleich.</translation>
    </message>
    <message>
        <source>Differences between the two customer accounts: %1.</source>
        <translation>Unterschiede zwischen den beiden Kundenkonten: %1.</translation>
    </message>
    <message>
        <source>The two inputs are equal.</source>
        <translation>Die beiden Eingaben sind gleich.</translation>
    </message>
    <message>
        <source>Differences between the two inputs: %1.</source>
        <translation>Unterschiede zwischen den beiden Eingaben: %1.</translation>
    </message>
    <message>
        <source>The input is hidden in presenter mode. Drop a file here or use Open…</source>
        <translation>Die Eingabe ist im Präsentationsmodus ausgeblendet. Ziehen Sie eine Datei hierher oder verwenden Sie „Öffnen…“</translation>
    </message>
    <message>
        <source>Paste a JWT, an auth-ticket JSON or a customer-account JSON…</source>
        <translation>JWT, Auth-Ticket-JSON oder Kundenkonto-JSON einfügen…</translation>
    </message>
    <message>
        <source>Ignores what differs between two logins of one customer: times of issue and expiry, nonces, session ids and the tokens.</source>
        <translation>Ignoriert, was sich zwischen zwei Anmeldungen desselben Kunden unterscheidet: Ausstellungs- und Ablaufzeiten, Nonces, Sitzungs-IDs und die Tokens.</translation>
    </message>
    <message>
        <source>First input as a tree</source>
        <translation>Erste Eingabe als Baum</translation>
    </message>
    <message>
        <source>Second input as a tree</source>
        <translation>Zweite Eingabe als Baum</translation>
    </message>
    <message>
        <source>Filter the first tree</source>
        <translation>Den ersten Baum filtern</translation>
    </message>
    <message>
        <source>Filter the second tree</source>
        <translation>Den zweiten Baum filtern</translation>
    </message>
    <message>
        <source>This input (%1) is compared but too big to show here. Type, paste or drop to replace it.</source>
        <translation>Diese Eingabe (%1) wird verglichen, ist aber zu groß, um hier angezeigt zu werden. Tippen Sie, fügen Sie ein oder ziehen Sie etwas hierher, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>%1 (%2) is compared but too big to show here. Type, paste or drop to replace it.</source>
        <translation>%1 (%2) wird verglichen, ist aber zu groß, um hier angezeigt zu werden. Tippen Sie, fügen Sie ein oder ziehen Sie etwas hierher, um die Eingabe zu ersetzen.</translation>
    </message>
    <message>
        <source>Paste, drop or open two JWTs, two auth tickets or two customer accounts to compare them.</source>
        <translation>Fügen Sie zwei JWTs, zwei Auth-Tickets oder zwei Kundenkonten ein, ziehen Sie sie hierher oder öffnen Sie sie, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere. Tokens are compared by their redacted shape and never shown.</source>
        <translation>Es wird nichts gesendet. Tokens werden anhand ihrer geschwärzten Form verglichen und nie angezeigt.</translation>
    </message>
    <message>
        <source>The first input is empty.</source>
        <translation>Die erste Eingabe ist leer.</translation>
    </message>
    <message>
        <source>The second input is empty.</source>
        <translation>Die zweite Eingabe ist leer.</translation>
    </message>
    <message>
        <source>Give both inputs to compare them.</source>
        <translation>Geben Sie beide Eingaben an, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>These inputs cannot be compared.</source>
        <translation>Diese Eingaben lassen sich nicht vergleichen.</translation>
    </message>
    <message>
        <source>Volatile fields ignored: %1.</source>
        <translation>Ignorierte veränderliche Felder: %1.</translation>
    </message>
    <message>
        <source>Volatile fields are ignored.</source>
        <translation>Veränderliche Felder werden ignoriert.</translation>
    </message>
    <message>
        <source>Tokens are compared by their redacted shape.</source>
        <translation>Tokens werden anhand ihrer geschwärzten Form verglichen.</translation>
    </message>
    <message>
        <source>%1 is too big to compare.</source>
        <translation>%1 ist zu groß für einen Vergleich.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Open the First Input</source>
        <translation>Erste Eingabe öffnen</translation>
    </message>
    <message>
        <source>Open the Second Input</source>
        <translation>Zweite Eingabe öffnen</translation>
    </message>
    <message>
        <source>Tokens, tickets and accounts (*.jwt *.jws *.txt *.json);;All files (*)</source>
        <translation>Tokens, Tickets und Konten (*.jwt *.jws *.txt *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>CurlExport</name>
    <message>
        <source>The command holds no secret and needs none.</source>
        <translation>Der Befehl enthält kein Geheimnis und braucht keines.</translation>
    </message>
    <message>
        <source>The command holds no secret: set %1 in the environment before running it.</source>
        <translation>Der Befehl enthält kein Geheimnis: Setzen Sie %1 in der Umgebung, bevor Sie ihn ausführen.</translation>
    </message>
</context>
<context>
    <name>CustomerAuthTicket</name>
    <message>
        <source>The field “%1” is not text.</source>
        <translation>Das Feld „%1“ ist kein Text.</translation>
    </message>
    <message>
        <source>The field “%1” is not a valid date and time.</source>
        <translation>Das Feld „%1“ ist kein gültiges Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>The reply holds none of the fields of a customer auth ticket.</source>
        <translation>Die Antwort enthält keines der Felder eines Kunden-Auth-Tickets.</translation>
    </message>
    <message>
        <source>The field “%1” is not an object.</source>
        <translation>Das Feld „%1“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>The field “%1” is not true or false.</source>
        <translation>Das Feld „%1“ ist weder true noch false.</translation>
    </message>
</context>
<context>
    <name>CustomerSession</name>
    <message>
        <source>Kibo asked to wait (Retry-After): you can try again in %1.</source>
        <translation>Kibo hat gebeten zu warten (Retry-After): Sie können es in %1 erneut versuchen.</translation>
    </message>
    <message>
        <source>Anonymous shopper</source>
        <translation>Anonymer Käufer</translation>
    </message>
    <message>
        <source>Saving tokens in the keychain…</source>
        <translation>Tokens werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Tokens saved in the keychain</source>
        <translation>Tokens im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Tokens are kept in memory until you quit</source>
        <translation>Tokens werden bis zum Beenden im Speicher gehalten</translation>
    </message>
    <message>
        <source>Kibo has no customer logout endpoint, so the tokens themselves stay valid at Kibo until they expire: the access token until %1, the refresh token until %2.</source>
        <translation>Kibo hat keinen Abmelde-Endpunkt für Kunden, daher bleiben die Tokens selbst bei Kibo gültig, bis sie ablaufen: das Zugriffstoken bis %1, das Aktualisierungstoken bis %2.</translation>
    </message>
    <message>
        <source>its expiry</source>
        <translation>zu seinem Ablauf</translation>
    </message>
    <message>
        <source>Kibo has no customer logout endpoint: tokens already issued stay valid at Kibo until they expire.</source>
        <translation>Kibo hat keinen Abmelde-Endpunkt für Kunden: Bereits ausgestellte Tokens bleiben bei Kibo gültig, bis sie ablaufen.</translation>
    </message>
    <message>
        <source>The session&apos;s tokens were cleared here; none were stored in the keychain.</source>
        <translation>Die Tokens der Sitzung wurden hier gelöscht; im Schlüsselbund war keines gespeichert.</translation>
    </message>
    <message>
        <source>Removing the tokens from the keychain…</source>
        <translation>Die Tokens werden aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <source>Read back from the keychain just now: no refresh token stored for %1.</source>
        <translation>Soeben aus dem Schlüsselbund zurückgelesen: Für %1 ist kein Aktualisierungstoken gespeichert.</translation>
    </message>
    <message>
        <source>Tokens removed from the keychain</source>
        <translation>Tokens aus dem Schlüsselbund entfernt</translation>
    </message>
    <message>
        <source>Read back from the keychain just now: a refresh token is still stored for %1. Remove it with your keyring manager.</source>
        <translation>Soeben aus dem Schlüsselbund zurückgelesen: Für %1 ist noch ein Aktualisierungstoken gespeichert. Entfernen Sie es mit der Schlüsselbundverwaltung Ihres Systems.</translation>
    </message>
    <message>
        <source>The keychain still holds the tokens</source>
        <translation>Der Schlüsselbund enthält die Tokens noch</translation>
    </message>
    <message>
        <source>The keychain could not be read back (%1), so it is not proven that the refresh token is gone.</source>
        <translation>Der Schlüsselbund konnte nicht zurückgelesen werden (%1), daher ist nicht belegt, dass das Aktualisierungstoken entfernt ist.</translation>
    </message>
    <message>
        <source>The session&apos;s tokens were cleared here and its keychain entry removed.</source>
        <translation>Die Tokens der Sitzung wurden hier gelöscht und ihr Eintrag im Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>This attempt closed the anonymous shopper&apos;s session held in this tab: its ticket is no longer shown or refreshed here (anonymous tickets are never stored).</source>
        <translation>Dieser Versuch hat die Sitzung des anonymen Käufers in diesem Tab geschlossen: Sein Ticket wird hier nicht mehr angezeigt oder aktualisiert (anonyme Tickets werden nie gespeichert).</translation>
    </message>
    <message>
        <source>This attempt closed the session of %1 held in this tab: their ticket is no longer shown or refreshed here. Their tokens stay in the keychain as %2, as when a session is closed; log in as them again and use Forget Session to remove them.</source>
        <translation>Dieser Versuch hat die Sitzung von %1 in diesem Tab geschlossen: Das Ticket wird hier nicht mehr angezeigt oder aktualisiert. Die Tokens bleiben im Schlüsselbund als %2, wie beim Schließen einer Sitzung; melden Sie sich erneut als diese Person an und entfernen Sie sie mit „Sitzung vergessen“.</translation>
    </message>
    <message>
        <source>This attempt closed the session of %1 held in this tab: their ticket is no longer shown or refreshed here. Their tokens were not kept in the keychain.</source>
        <translation>Dieser Versuch hat die Sitzung von %1 in diesem Tab geschlossen: Das Ticket wird hier nicht mehr angezeigt oder aktualisiert. Die Tokens wurden nicht im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>%1: tokens are kept in memory until you quit</source>
        <extracomment>%1 is why the keychain failed, e.g. &quot;Keyring locked&quot; (VaultStatus::headline)</extracomment>
        <translation>%1: Tokens werden bis zum Beenden im Speicher gehalten</translation>
    </message>
</context>
<context>
    <name>DataCentre</name>
    <message>
        <source>North America (AWS)</source>
        <translation>Nordamerika (AWS)</translation>
    </message>
    <message>
        <source>Europe (AWS)</source>
        <translation>Europa (AWS)</translation>
    </message>
    <message>
        <source>North America (Google Cloud)</source>
        <translation>Nordamerika (Google Cloud)</translation>
    </message>
    <message>
        <source>Europe (Google Cloud)</source>
        <translation>Europa (Google Cloud)</translation>
    </message>
</context>
<context>
    <name>DataCentreComboBox</name>
    <message>
        <source>Demo tenant (this computer)</source>
        <translation>Demo-Mandant (dieser Computer)</translation>
    </message>
    <message>
        <source>Home host: %1</source>
        <translation>Home-Host: %1</translation>
    </message>
    <message>
        <source>Custom hosts</source>
        <translation>Eigene Hosts</translation>
    </message>
    <message>
        <source>An on-premise gateway, a proxy or a test server: you give the home host, and the API host if the tenant lookup is to be bypassed.</source>
        <translation>Ein eigenes Gateway, ein Proxy oder ein Testserver: Sie geben den Home-Host an, und den API-Host, wenn das Nachschlagen des Mandanten umgangen werden soll.</translation>
    </message>
    <message>
        <source>Choose the data centre</source>
        <translation>Rechenzentrum auswählen</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>The token, or - (the default) to read it from standard input.</source>
        <translation>Das Token oder - (Standard), um es von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>decode takes one token at most.</source>
        <translation>decode nimmt höchstens ein Token an.</translation>
    </message>
    <message>
        <source>This is not a token that can be decoded.</source>
        <translation>Dies ist kein Token, das decodiert werden kann.</translation>
    </message>
    <message>
        <source>This is an opaque token, not a JWT: there is nothing in it to decode.</source>
        <translation>Dies ist ein opakes Token, kein JWT: Es enthält nichts, was sich decodieren ließe.</translation>
    </message>
    <message>
        <source>Decode a JWT, or any JWS or JWE, offline: header, claims (or a JWS&apos;s payload as text), times and notices. Nothing is sent anywhere, and the signature is not verified.</source>
        <translation>Ein JWT oder ein beliebiges JWS oder JWE offline decodieren: Header, Claims (oder die Nutzdaten eines JWS als Text), Zeiten und Hinweise. Es wird nichts gesendet, und die Signatur wird nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>DemoServerCommand</name>
    <message>
        <source>Run the demo tenant, a stand-in Kibo server with seeded customers, until stopped.</source>
        <translation>Den Demo-Mandanten ausführen, einen Ersatz-Kibo-Server mit vorbereiteten Kunden, bis er beendet wird.</translation>
    </message>
    <message>
        <source>The loopback port to listen on; 0 or none picks a free one.</source>
        <translation>Der Loopback-Port, auf dem gelauscht wird; 0 oder keine Angabe wählt einen freien Port.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Serve HTTPS with a certificate signed by a CA written to DIR/ca.pem.</source>
        <translation>HTTPS mit einem Zertifikat bereitstellen, das von einer nach DIR/ca.pem geschriebenen CA signiert ist.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>demo-server takes no positional arguments.</source>
        <translation>demo-server nimmt keine Positionsargumente an.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535, not “%1”.</source>
        <translation>--port braucht eine Zahl von 0 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Der Ordner „%1“ konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The demo tenant could not start: %1</source>
        <translation>Der Demo-Mandant konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Answer every refresh with a new refresh token and forget the old one (refresh-token rotation).</source>
        <translation>Jede Aktualisierung mit einem neuen Aktualisierungstoken beantworten und das alte vergessen (Austausch des Aktualisierungstokens).</translation>
    </message>
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <source>The demo tenant is already listening on %1.</source>
        <translation>Der Demo-Mandant lauscht bereits auf %1.</translation>
    </message>
    <message>
        <source>No directory was given for the demo tenant&apos;s certificate authority.</source>
        <translation>Für die Zertifizierungsstelle des Demo-Mandanten wurde kein Verzeichnis angegeben.</translation>
    </message>
    <message>
        <source>The demo tenant could not create its TLS certificate (%1).</source>
        <translation>Der Demo-Mandant konnte sein TLS-Zertifikat nicht erstellen (%1).</translation>
    </message>
    <message>
        <source>The directory %1 could not be created.</source>
        <translation>Das Verzeichnis %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The certificate authority could not be written to %1.</source>
        <translation>Die Zertifizierungsstelle konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>This build of Qt has no TLS support.</source>
        <translation>Dieser Qt-Build unterstützt kein TLS.</translation>
    </message>
    <message>
        <source>The demo tenant could not listen on 127.0.0.1 port %1: %2.</source>
        <translation>Der Demo-Mandant konnte nicht auf 127.0.0.1, Port %1 lauschen: %2.</translation>
    </message>
    <message>
        <source>The demo tenant found no free port on 127.0.0.1: %1.</source>
        <translation>Der Demo-Mandant fand keinen freien Port auf 127.0.0.1: %1.</translation>
    </message>
    <message>
        <source>The demo tenant could not listen on 127.0.0.1.</source>
        <translation>Der Demo-Mandant konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>The application credentials were refused</source>
        <translation>Die Zugangsdaten der Anwendung wurden abgelehnt</translation>
    </message>
    <message>
        <source>Kibo did not accept the client id and shared secret of the application at %1.</source>
        <translation>Kibo hat die Client-ID und das gemeinsame Geheimnis der Anwendung bei %1 nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Check the client id and the shared secret in the profile; copy the secret again from Dev Center if it was regenerated.</source>
        <translation>Prüfen Sie die Client-ID und das gemeinsame Geheimnis im Profil; kopieren Sie das Geheimnis erneut aus dem Dev Center, falls es neu erzeugt wurde.</translation>
    </message>
    <message>
        <source>Wrong username or password</source>
        <translation>Falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>Kibo did not accept the customer&apos;s username and password (a user who does not exist gets the same answer).</source>
        <translation>Kibo hat Benutzername und Passwort des Kunden nicht akzeptiert (ein nicht existierender Benutzer erhält dieselbe Antwort).</translation>
    </message>
    <message>
        <source>Check the username and the password, and that the customer belongs to this tenant and site.</source>
        <translation>Prüfen Sie Benutzername und Passwort und ob der Kunde zu diesem Mandanten und dieser Site gehört.</translation>
    </message>
    <message>
        <source>The customer account is locked</source>
        <translation>Das Kundenkonto ist gesperrt</translation>
    </message>
    <message>
        <source>Kibo refuses to log this customer in because the account is locked.</source>
        <translation>Kibo verweigert die Anmeldung dieses Kunden, weil das Konto gesperrt ist.</translation>
    </message>
    <message>
        <source>Kibo refuses to log this customer in because the account has been locked since %1.</source>
        <translation>Kibo verweigert die Anmeldung dieses Kunden, weil das Konto seit %1 gesperrt ist.</translation>
    </message>
    <message>
        <source>Ask a Kibo administrator to unlock the account in Admin (Customers), or reset the password.</source>
        <translation>Bitten Sie einen Kibo-Administrator, das Konto in Admin (Customers) zu entsperren, oder setzen Sie das Passwort zurück.</translation>
    </message>
    <message>
        <source>The customer account is inactive</source>
        <translation>Das Kundenkonto ist inaktiv</translation>
    </message>
    <message>
        <source>The username and password are right, but the account is switched off.</source>
        <translation>Benutzername und Passwort stimmen, aber das Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>Ask a Kibo administrator to activate the customer account.</source>
        <translation>Bitten Sie einen Kibo-Administrator, das Kundenkonto zu aktivieren.</translation>
    </message>
    <message>
        <source>The customer must change the password</source>
        <translation>Der Kunde muss das Passwort ändern</translation>
    </message>
    <message>
        <source>Kibo requires a new password for this account before it issues a ticket.</source>
        <translation>Kibo verlangt für dieses Konto ein neues Passwort, bevor es ein Ticket ausstellt.</translation>
    </message>
    <message>
        <source>Let the customer set a new password on the storefront, then log in again.</source>
        <translation>Lassen Sie den Kunden in der Storefront ein neues Passwort festlegen und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Wrong B2B account</source>
        <translation>Falsches B2B-Konto</translation>
    </message>
    <message>
        <source>The account id sent is not one of the accounts this customer belongs to.</source>
        <translation>Die gesendete Konto-ID gehört zu keinem der Konten dieses Kunden.</translation>
    </message>
    <message>
        <source>Leave the account id empty or enter one of the customer&apos;s B2B account ids.</source>
        <translation>Lassen Sie die Konto-ID leer oder geben Sie eine der B2B-Konto-IDs des Kunden ein.</translation>
    </message>
    <message>
        <source>Kibo rejected a parameter</source>
        <translation>Kibo hat einen Parameter abgelehnt</translation>
    </message>
    <message>
        <source>A value in the %1 request was missing or not valid.</source>
        <translation>Ein Wert in der Anfrage „%1“ fehlte oder war ungültig.</translation>
    </message>
    <message>
        <source>Check the values you entered; the server&apos;s own words are shown below.</source>
        <translation>Prüfen Sie die eingegebenen Werte; die Meldung des Servers steht unten.</translation>
    </message>
    <message>
        <source>Kibo rejected the parameter “%1”</source>
        <translation>Kibo hat den Parameter „%1“ abgelehnt</translation>
    </message>
    <message>
        <source>The value of “%1” was missing or not valid.</source>
        <translation>Der Wert von „%1“ fehlte oder war ungültig.</translation>
    </message>
    <message>
        <source>Check the value of “%1” and try again.</source>
        <translation>Prüfen Sie den Wert von „%1“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The application token was not accepted</source>
        <translation>Das Anwendungstoken wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>%1 did not accept the application&apos;s access token, even after a fresh one was fetched.</source>
        <translation>%1 hat das Zugriffstoken der Anwendung nicht akzeptiert, auch nicht nach dem Abruf eines neuen.</translation>
    </message>
    <message>
        <source>Check that the authentication host and the API host belong to the same Kibo environment and that the application is installed on this tenant.</source>
        <translation>Prüfen Sie, ob Authentifizierungs-Host und API-Host zur selben Kibo-Umgebung gehören und ob die Anwendung auf diesem Mandanten installiert ist.</translation>
    </message>
    <message>
        <source>The application lacks a permission</source>
        <translation>Der Anwendung fehlt eine Berechtigung</translation>
    </message>
    <message>
        <source>The application is missing the behavior “%1”.</source>
        <translation>Der Anwendung fehlt das Behavior „%1“.</translation>
    </message>
    <message>
        <source>The refresh token is no longer valid</source>
        <translation>Das Aktualisierungstoken ist nicht mehr gültig</translation>
    </message>
    <message>
        <source>Kibo does not know this refresh token, or it has expired.</source>
        <translation>Kibo kennt dieses Aktualisierungstoken nicht, oder es ist abgelaufen.</translation>
    </message>
    <message>
        <source>Log the customer in again with username and password.</source>
        <translation>Melden Sie den Kunden erneut mit Benutzername und Passwort an.</translation>
    </message>
    <message>
        <source>Wrong verification code</source>
        <translation>Falscher Bestätigungscode</translation>
    </message>
    <message>
        <source>The code entered does not match.</source>
        <translation>Der eingegebene Code stimmt nicht.</translation>
    </message>
    <message>
        <source>The code entered does not match; 1 attempt left.</source>
        <translation>Der eingegebene Code stimmt nicht; noch 1 Versuch.</translation>
    </message>
    <message>
        <source>The code entered does not match; %1 attempts left.</source>
        <translation>Der eingegebene Code stimmt nicht; noch %1 Versuche.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the latest email, or ask for a new code.</source>
        <translation>Geben Sie den 6-stelligen Code aus der neuesten E-Mail ein oder fordern Sie einen neuen Code an.</translation>
    </message>
    <message>
        <source>The verification code has expired</source>
        <translation>Der Bestätigungscode ist abgelaufen</translation>
    </message>
    <message>
        <source>The code is older than 3 minutes, was entered wrongly too often, or none was requested.</source>
        <translation>Der Code ist älter als 3 Minuten, wurde zu oft falsch eingegeben, oder es wurde keiner angefordert.</translation>
    </message>
    <message>
        <source>Ask for a new code and enter it within 3 minutes.</source>
        <translation>Fordern Sie einen neuen Code an und geben Sie ihn innerhalb von 3 Minuten ein.</translation>
    </message>
    <message>
        <source>Kibo did not find the tenant, site or path</source>
        <translation>Kibo hat den Mandanten, die Site oder den Pfad nicht gefunden</translation>
    </message>
    <message>
        <source>%1 answered that it does not know what was asked for; the tenant id, site id or host may be wrong.</source>
        <translation>%1 hat geantwortet, dass das Angefragte unbekannt ist; Mandanten-ID, Site-ID oder Host sind möglicherweise falsch.</translation>
    </message>
    <message>
        <source>Kibo had a server fault (HTTP %1)</source>
        <translation>Bei Kibo ist ein Serverfehler aufgetreten (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 failed while handling the %2 request; this is not caused by your input.</source>
        <translation>%1 ist bei der Bearbeitung der Anfrage „%2“ gescheitert; das liegt nicht an Ihren Eingaben.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, give Kibo support the correlation id.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut; wenn der Fehler bleibt, nennen Sie dem Kibo-Support die Korrelations-ID.</translation>
    </message>
    <message>
        <source>%1 refused the %2 request.</source>
        <translation>%1 hat die Anfrage „%2“ abgelehnt.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404)</source>
        <translation>Nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <source>%1 does not know the address used for the %2 request; the host, tenant or site may be wrong.</source>
        <translation>%1 kennt die für die Anfrage „%2“ verwendete Adresse nicht; Host, Mandant oder Site sind möglicherweise falsch.</translation>
    </message>
    <message>
        <source>The request was refused (HTTP %1)</source>
        <translation>Die Anfrage wurde abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Check the values in the profile and the form; the server&apos;s own words are shown below.</source>
        <translation>Prüfen Sie die Werte im Profil und im Formular; die Meldung des Servers steht unten.</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation>Die Anfrage war erfolgreich.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Nothing accepted the connection at %1; the host is up but no server listens on that port.</source>
        <translation>Unter %1 hat niemand die Verbindung angenommen; der Host ist erreichbar, aber auf diesem Port lauscht kein Server.</translation>
    </message>
    <message>
        <source>Check the host and port in the profile, or start the server.</source>
        <translation>Prüfen Sie Host und Port im Profil oder starten Sie den Server.</translation>
    </message>
    <message>
        <source>No usable host</source>
        <translation>Kein verwendbarer Host</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved (DNS).</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden (DNS).</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>%1 stopped sending during the %2 request, so it was given up.</source>
        <translation>%1 hat während der Anfrage „%2“ aufgehört zu senden, daher wurde sie abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>You cancelled the %1 request.</source>
        <translation>Sie haben die Anfrage „%1“ abgebrochen.</translation>
    </message>
    <message>
        <source>Start it again when ready.</source>
        <translation>Starten Sie sie erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted</source>
        <translation>Dem Zertifikat des Servers wurde nicht vertraut</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed its certificate check.</source>
        <translation>Die sichere Verbindung zu %1 hat die Zertifikatsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed its certificate check: %2</source>
        <translation>Die sichere Verbindung zu %1 hat die Zertifikatsprüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <source>The server redirected the request</source>
        <translation>Der Server hat die Anfrage umgeleitet</translation>
    </message>
    <message>
        <source>%1 answered the %2 request with a redirect, which is not followed because it could send the credentials elsewhere.</source>
        <translation>%1 hat die Anfrage „%2“ mit einer Umleitung beantwortet; ihr wird nicht gefolgt, weil sie die Zugangsdaten anderswohin senden könnte.</translation>
    </message>
    <message>
        <source>%1 redirected the %2 request to %3, which is not followed because it could send the credentials elsewhere.</source>
        <translation>%1 hat die Anfrage „%2“ nach %3 umgeleitet; dem wird nicht gefolgt, weil die Zugangsdaten so anderswohin gelangen könnten.</translation>
    </message>
    <message>
        <source>Enter the final host (the redirect target, if you trust it) in the profile.</source>
        <translation>Tragen Sie den endgültigen Host (das Umleitungsziel, wenn Sie ihm vertrauen) im Profil ein.</translation>
    </message>
    <message>
        <source>The reply was too large</source>
        <translation>Die Antwort war zu groß</translation>
    </message>
    <message>
        <source>%1 sent more data than any %2 reply should hold, so the transfer was stopped.</source>
        <translation>%1 hat mehr Daten gesendet, als eine Antwort auf die Anfrage „%2“ enthalten sollte, daher wurde die Übertragung gestoppt.</translation>
    </message>
    <message>
        <source>Check that the host is a Kibo API host; use responseFields to ask for less.</source>
        <translation>Prüfen Sie, ob der Host ein Kibo-API-Host ist; fordern Sie mit responseFields weniger an.</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429)</source>
        <translation>Zu viele Anfragen (HTTP 429)</translation>
    </message>
    <message>
        <source>Wait a minute, then try again; nothing is retried automatically.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es dann erneut; es wird nichts automatisch wiederholt.</translation>
    </message>
    <message>
        <source>The reply is not a Kibo reply</source>
        <translation>Die Antwort ist keine Kibo-Antwort</translation>
    </message>
    <message>
        <source>%1 answered the %2 request with something this app does not understand.</source>
        <translation>%1 hat die Anfrage „%2“ mit etwas beantwortet, das diese App nicht versteht.</translation>
    </message>
    <message>
        <source>%1 answered the %2 request with something this app does not understand: %3</source>
        <translation>%1 hat die Anfrage „%2“ mit etwas beantwortet, das diese App nicht versteht: %3</translation>
    </message>
    <message>
        <source>Check that the API host points at a Kibo tenant, not a web page, proxy or gateway.</source>
        <translation>Prüfen Sie, ob der API-Host auf einen Kibo-Mandanten zeigt und nicht auf eine Webseite, einen Proxy oder ein Gateway.</translation>
    </message>
    <message>
        <source>The reply was not a Kibo error (no Kibo error body), so it may come from a proxy or gateway in between.</source>
        <translation>Die Antwort war kein Kibo-Fehler (kein Kibo-Fehlertext) und stammt daher möglicherweise von einem dazwischenliegenden Proxy oder Gateway.</translation>
    </message>
    <message>
        <source>Kibo refused the request: %1</source>
        <translation>Kibo hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Kibo had a server fault (HTTP %1, %2)</source>
        <translation>Bei Kibo ist ein Serverfehler aufgetreten (HTTP %1, %2)</translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>Die Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The %1 request to %2 failed.</source>
        <translation>Die Anfrage „%1“ an %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Try again; if it persists, give Kibo support the correlation id.</source>
        <translation>Versuchen Sie es erneut; wenn der Fehler bleibt, nennen Sie dem Kibo-Support die Korrelations-ID.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, check the API host and any proxy or gateway in between.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut; wenn der Fehler bleibt, prüfen Sie den API-Host und alle Proxys oder Gateways dazwischen.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, tell Kibo support the time of the request.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut; wenn der Fehler bleibt, nennen Sie dem Kibo-Support den Zeitpunkt der Anfrage.</translation>
    </message>
    <message>
        <source>Server fault (HTTP %1)</source>
        <translation>Serverfehler (HTTP %1)</translation>
    </message>
    <message>
        <source>auth-ticket</source>
        <comment>fallback operation name, as in: the auth-ticket request</comment>
        <translation>Auth-Ticket</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Failed login attempts counted by Kibo: %1.</source>
        <translation>Von Kibo gezählte fehlgeschlagene Anmeldeversuche: %1.</translation>
    </message>
    <message>
        <source>The customer account is locked since %1</source>
        <translation>Das Kundenkonto ist seit %1 gesperrt</translation>
    </message>
    <message>
        <source>The password has expired (last changed %1); Kibo requires a new one before it issues a ticket.</source>
        <translation>Das Passwort ist abgelaufen (zuletzt geändert %1); Kibo verlangt ein neues, bevor es ein Ticket ausstellt.</translation>
    </message>
    <message>
        <source>The application is missing a behavior this request needs; Kibo did not name it.</source>
        <translation>Der Anwendung fehlt ein Behavior, das diese Anfrage benötigt; Kibo hat es nicht genannt.</translation>
    </message>
    <message>
        <source>Compare the application&apos;s behaviors in Dev Center with the request, add the missing one and install the application on the tenant again.</source>
        <translation>Vergleichen Sie die Behaviors der Anwendung im Dev Center mit der Anfrage, fügen Sie das fehlende hinzu und installieren Sie die Anwendung erneut auf dem Mandanten.</translation>
    </message>
    <message>
        <source>The application lacks the behavior “%1”</source>
        <translation>Der Anwendung fehlt das Behavior „%1“</translation>
    </message>
    <message>
        <source>Setting token lifetimes needs the behavior “%1”, which the application does not have.</source>
        <translation>Das Festlegen von Token-Laufzeiten erfordert das Behavior „%1“, das die Anwendung nicht hat.</translation>
    </message>
    <message>
        <source>Leave the token lifetime options empty, or add “%1” to the application in Dev Center and install it on the tenant again.</source>
        <translation>Lassen Sie die Optionen zur Token-Laufzeit leer, oder fügen Sie der Anwendung im Dev Center „%1“ hinzu und installieren Sie sie erneut auf dem Mandanten.</translation>
    </message>
    <message>
        <source>Add “%1” to the application in Dev Center and install it on the tenant again.</source>
        <translation>Fügen Sie der Anwendung im Dev Center „%1“ hinzu und installieren Sie sie erneut auf dem Mandanten.</translation>
    </message>
    <message>
        <source>Wrong site id (%1)</source>
        <translation>Falsche Site-ID (%1)</translation>
    </message>
    <message>
        <source>%1 has no site %2 in this tenant, so the x-vol-site header was refused.</source>
        <translation>%1 hat in diesem Mandanten keine Site %2, daher wurde der Header x-vol-site abgelehnt.</translation>
    </message>
    <message>
        <source>Enter the site id from Admin (System → Structure → Sites) in the profile, or leave it empty for a tenant-level call.</source>
        <translation>Tragen Sie die Site-ID aus Admin (System → Structure → Sites) in das Profil ein, oder lassen Sie sie für einen Aufruf auf Mandantenebene leer.</translation>
    </message>
    <message>
        <source>Wrong tenant id (%1)</source>
        <translation>Falsche Mandanten-ID (%1)</translation>
    </message>
    <message>
        <source>%1 does not know tenant %2.</source>
        <translation>%1 kennt den Mandanten %2 nicht.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; the page&apos;s title in the raw reply often names the gateway or proxy that failed.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut; der Titel der Seite in der Rohantwort nennt oft das Gateway oder den Proxy, der versagt hat.</translation>
    </message>
    <message>
        <source>Not authenticated (HTTP 401)</source>
        <translation>Nicht authentifiziert (HTTP 401)</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials of the %2 request.</source>
        <translation>%1 hat die Zugangsdaten der Anfrage „%2“ nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Check the client id and shared secret in the profile, and any proxy or gateway that asks for a login of its own.</source>
        <translation>Prüfen Sie die Client-ID und das gemeinsame Geheimnis im Profil sowie jeden Proxy oder jedes Gateway, das eine eigene Anmeldung verlangt.</translation>
    </message>
    <message>
        <source>Forbidden (HTTP 403)</source>
        <translation>Verboten (HTTP 403)</translation>
    </message>
    <message>
        <source>%1 understood the %2 request but does not allow it.</source>
        <translation>%1 hat die Anfrage „%2“ verstanden, erlaubt sie aber nicht.</translation>
    </message>
    <message>
        <source>Check the application&apos;s behaviors in Dev Center, and that no firewall or gateway blocks this computer.</source>
        <translation>Prüfen Sie die Behaviors der Anwendung im Dev Center und ob eine Firewall oder ein Gateway diesen Computer blockiert.</translation>
    </message>
    <message>
        <source>Certificate errors are never ignored.</source>
        <translation>Zertifikatsfehler werden nie ignoriert.</translation>
    </message>
    <message>
        <source>No TLS support on this computer</source>
        <translation>Keine TLS-Unterstützung auf diesem Computer</translation>
    </message>
    <message>
        <source>Install the OpenSSL 3 library (libssl3) and start the app again.</source>
        <translation>Installieren Sie die Bibliothek OpenSSL 3 (libssl3) und starten Sie die App neu.</translation>
    </message>
    <message>
        <source>The profile&apos;s CA certificate file is not usable</source>
        <translation>Die CA-Zertifikatsdatei des Profils ist nicht verwendbar</translation>
    </message>
    <message>
        <source>Choose a PEM file with the CA certificate in the profile&apos;s TLS options, or clear the field to use the system&apos;s trusted authorities.</source>
        <translation>Wählen Sie in den TLS-Optionen des Profils eine PEM-Datei mit dem CA-Zertifikat, oder leeren Sie das Feld, um die vertrauenswürdigen Zertifizierungsstellen des Systems zu verwenden.</translation>
    </message>
    <message>
        <source>The certificate belongs to a different host</source>
        <translation>Das Zertifikat gehört zu einem anderen Host</translation>
    </message>
    <message>
        <source>Use the host name the certificate was issued for in the profile (not an IP address or alias); if the name is right, someone may be intercepting the connection. %1</source>
        <translation>Verwenden Sie im Profil den Hostnamen, für den das Zertifikat ausgestellt wurde (keine IP-Adresse und keinen Alias); wenn der Name stimmt, fängt möglicherweise jemand die Verbindung ab. %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>Das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time first; if they are right, the server&apos;s operator must renew the certificate. %1</source>
        <translation>Prüfen Sie zuerst Datum und Uhrzeit dieses Computers; wenn sie stimmen, muss der Betreiber des Servers das Zertifikat erneuern. %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed</source>
        <translation>Das Zertifikat des Servers ist selbstsigniert</translation>
    </message>
    <message>
        <source>If this is your own test server, add its certificate file to the profile as a CA; do not trust it otherwise. %1</source>
        <translation>Wenn dies Ihr eigener Testserver ist, fügen Sie seine Zertifikatsdatei dem Profil als CA hinzu; vertrauen Sie ihm sonst nicht. %1</translation>
    </message>
    <message>
        <source>For a company proxy or a private CA, add its CA certificate file to the profile; otherwise check the host name and the system clock. %1</source>
        <translation>Fügen Sie bei einem Firmen-Proxy oder einer privaten CA deren CA-Zertifikatsdatei dem Profil hinzu; prüfen Sie andernfalls den Hostnamen und die Systemuhr. %1</translation>
    </message>
    <message>
        <source>The reply was empty</source>
        <translation>Die Antwort war leer</translation>
    </message>
    <message>
        <source>%1 answered the %2 request with HTTP %3 but sent no content at all.</source>
        <translation>%1 hat die Anfrage „%2“ mit HTTP %3 beantwortet, aber überhaupt keinen Inhalt gesendet.</translation>
    </message>
    <message>
        <source>Check that the API host is a Kibo tenant host and that no proxy strips the replies.</source>
        <translation>Prüfen Sie, ob der API-Host ein Kibo-Mandantenhost ist und kein Proxy die Antworten entfernt.</translation>
    </message>
    <message>
        <source>A web page came back instead of Kibo data</source>
        <translation>Statt Kibo-Daten kam eine Webseite zurück</translation>
    </message>
    <message>
        <source>%1 answered the %2 request with a web page (HTML), such as a login, maintenance or Wi-Fi sign-in page.</source>
        <translation>%1 hat die Anfrage „%2“ mit einer Webseite (HTML) beantwortet, etwa einer Anmelde-, Wartungs- oder WLAN-Anmeldeseite.</translation>
    </message>
    <message>
        <source>Look at the page in the raw reply; point the profile at the Kibo API host, or sign in to the network first.</source>
        <translation>Sehen Sie sich die Seite in der Rohantwort an; richten Sie das Profil auf den Kibo-API-Host aus, oder melden Sie sich zuerst im Netzwerk an.</translation>
    </message>
    <message>
        <source>The reply is broken JSON</source>
        <translation>Die Antwort ist fehlerhaftes JSON</translation>
    </message>
    <message>
        <source>%1 answered the %2 request with JSON that cannot be read: %3</source>
        <translation>%1 hat die Anfrage „%2“ mit JSON beantwortet, das nicht gelesen werden kann: %3</translation>
    </message>
    <message>
        <source>Try again; if it repeats, something in between may be cutting or rewriting replies. Give Kibo support the correlation id.</source>
        <translation>Versuchen Sie es erneut; wenn das wiederholt passiert, kürzt oder verändert möglicherweise etwas dazwischen die Antworten. Nennen Sie dem Kibo-Support die Korrelations-ID.</translation>
    </message>
    <message>
        <source>The reply has an unexpected shape</source>
        <translation>Die Antwort hat eine unerwartete Form</translation>
    </message>
    <message>
        <source>%1 answered the %2 request with JSON that is not an auth ticket: %3</source>
        <translation>%1 hat die Anfrage „%2“ mit JSON beantwortet, das kein Auth-Ticket ist: %3</translation>
    </message>
    <message>
        <source>Check that the API host and path belong to Kibo&apos;s customer auth-ticket API, not another service.</source>
        <translation>Prüfen Sie, ob API-Host und Pfad zur Kunden-Auth-Ticket-API von Kibo gehören und nicht zu einem anderen Dienst.</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>der Proxy</translation>
    </message>
    <message>
        <source>Check the proxy in Tools → Network Settings… (or, for the command line, the same saved settings); choose “No proxy” if %1 can be reached directly.</source>
        <translation>Prüfen Sie den Proxy unter Werkzeuge → Netzwerkeinstellungen… (für die Befehlszeile gelten dieselben gespeicherten Einstellungen); wählen Sie „Kein Proxy“, wenn %1 direkt erreichbar ist.</translation>
    </message>
    <message>
        <source>The proxy refused the connection</source>
        <translation>Der Proxy hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Nothing accepted the connection at the proxy %1, so the %2 request to %3 was not sent.</source>
        <translation>Beim Proxy %1 hat nichts die Verbindung angenommen, daher wurde die Anfrage „%2“ an %3 nicht gesendet.</translation>
    </message>
    <message>
        <source>Proxy not found</source>
        <translation>Proxy nicht gefunden</translation>
    </message>
    <message>
        <source>The proxy name %1 could not be resolved (DNS), so the %2 request to %3 was not sent.</source>
        <translation>Der Proxy-Name %1 konnte nicht aufgelöst werden (DNS), daher wurde die Anfrage „%2“ an %3 nicht gesendet.</translation>
    </message>
    <message>
        <source>The proxy requires authentication</source>
        <translation>Der Proxy verlangt eine Authentifizierung</translation>
    </message>
    <message>
        <source>The proxy %1 answered HTTP 407: it requires authentication before it forwards the %2 request to %3, and this app does not send proxy passwords.</source>
        <translation>Der Proxy %1 hat mit HTTP 407 geantwortet: Er verlangt eine Authentifizierung, bevor er die Anfrage „%2“ an %3 weiterleitet, und diese App sendet keine Proxy-Passwörter.</translation>
    </message>
    <message>
        <source>Ask your network administrator to let this computer through the proxy, or choose another proxy or “No proxy” in Tools → Network Settings….</source>
        <translation>Bitten Sie Ihre Netzwerkadministration, diesen Computer durch den Proxy zu lassen, oder wählen Sie unter Werkzeuge → Netzwerkeinstellungen… einen anderen Proxy oder „Kein Proxy“.</translation>
    </message>
    <message>
        <source>The proxy did not answer in time</source>
        <translation>Der Proxy hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The proxy %1 did not answer during the %2 request to %3, so it was given up.</source>
        <translation>Der Proxy %1 hat während der Anfrage „%2“ an %3 nicht geantwortet, daher wurde sie abgebrochen.</translation>
    </message>
    <message>
        <source>The proxy closed the connection</source>
        <translation>Der Proxy hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection during the %2 request to %3; it may refuse to reach that host.</source>
        <translation>Der Proxy %1 hat die Verbindung während der Anfrage „%2“ an %3 geschlossen; möglicherweise verweigert er den Zugang zu diesem Host.</translation>
    </message>
    <message>
        <source>The reply was cut off</source>
        <translation>Die Antwort wurde abgeschnitten</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of the %2 reply (HTTP %3 had begun), so the reply is incomplete.</source>
        <translation>%1 hat die Verbindung mitten in der Antwort auf die Anfrage „%2“ geschlossen (HTTP %3 hatte begonnen), daher ist die Antwort unvollständig.</translation>
    </message>
    <message>
        <source>Try again; if it repeats, a proxy, VPN or unstable connection may be breaking long replies.</source>
        <translation>Versuchen Sie es erneut; wenn das wiederholt passiert, unterbricht möglicherweise ein Proxy, ein VPN oder eine instabile Verbindung lange Antworten.</translation>
    </message>
    <message>
        <source>The connection closed without a reply</source>
        <translation>Die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>%1 accepted the connection, then closed it without answering the %2 request.</source>
        <translation>%1 hat die Verbindung angenommen und sie dann geschlossen, ohne die Anfrage „%2“ zu beantworten.</translation>
    </message>
    <message>
        <source>Check that the port speaks the protocol the profile uses (http or https), then try again.</source>
        <translation>Prüfen Sie, ob der Port das Protokoll spricht, das das Profil verwendet (http oder https), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 is limiting the rate of requests and sent no Retry-After header.</source>
        <translation>%1 begrenzt die Anfragerate und hat keinen Retry-After-Header gesendet.</translation>
    </message>
    <message>
        <source>%1 is limiting the rate of requests; its Retry-After header asks to wait %2.</source>
        <translation>%1 begrenzt die Anfragerate; sein Retry-After-Header bittet, %2 zu warten.</translation>
    </message>
    <message>
        <source>Wait %1, then try again; nothing is retried automatically.</source>
        <translation>Warten Sie %1 und versuchen Sie es dann erneut; es wird nichts automatisch wiederholt.</translation>
    </message>
    <message>
        <source>The reply was a web page (HTML), not a Kibo error, so it may come from a proxy or gateway in between.</source>
        <translation>Die Antwort war eine Webseite (HTML) und kein Kibo-Fehler und stammt daher möglicherweise von einem dazwischenliegenden Proxy oder Gateway.</translation>
    </message>
    <message>
        <source>The reply was empty, not a Kibo error, so it may come from a proxy or gateway in between.</source>
        <translation>Die Antwort war leer und kein Kibo-Fehler und stammt daher möglicherweise von einem dazwischenliegenden Proxy oder Gateway.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Abbreviated units keep these short and free of plural forms.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server</source>
        <translation>Die Uhr dieses Computers geht %1 gegenüber dem Server nach</translation>
    </message>
    <message>
        <source>The server&apos;s Date header is %1 later than this computer&apos;s clock. Kibo counts token lifetimes by its own clock, so tokens expire %1 sooner than the countdowns here show, and an automatic refresh can come too late.</source>
        <translation>Der Date-Header des Servers liegt %1 später als die Uhr dieses Computers. Kibo zählt Token-Laufzeiten nach seiner eigenen Uhr, daher laufen Tokens %1 früher ab, als die Countdowns hier zeigen, und eine automatische Aktualisierung kann zu spät kommen.</translation>
    </message>
    <message>
        <source>Turn on automatic date and time (NTP) in the system settings; until then, refresh tokens a margin of more than %1 before they expire.</source>
        <translation>Schalten Sie in den Systemeinstellungen die automatische Einstellung von Datum und Uhrzeit (NTP) ein; aktualisieren Sie Tokens bis dahin mit einem Vorlauf von mehr als %1 vor ihrem Ablauf.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server</source>
        <translation>Die Uhr dieses Computers geht %1 gegenüber dem Server vor</translation>
    </message>
    <message>
        <source>The server&apos;s Date header is %1 earlier than this computer&apos;s clock. Kibo counts token lifetimes by its own clock, so tokens stay valid %1 longer than the countdowns here show, and a new token may look “not valid yet” to strict checks.</source>
        <translation>Der Date-Header des Servers liegt %1 früher als die Uhr dieses Computers. Kibo zählt Token-Laufzeiten nach seiner eigenen Uhr, daher bleiben Tokens %1 länger gültig, als die Countdowns hier zeigen, und ein neues Token kann für strenge Prüfungen „noch nicht gültig“ erscheinen.</translation>
    </message>
    <message>
        <source>Turn on automatic date and time (NTP) in the system settings.</source>
        <translation>Schalten Sie in den Systemeinstellungen die automatische Einstellung von Datum und Uhrzeit (NTP) ein.</translation>
    </message>
    <message>
        <source>The proxy could not reach the server</source>
        <translation>Der Proxy konnte den Server nicht erreichen</translation>
    </message>
    <message>
        <source>The proxy %1 did not open a connection to %3 for the %2 request: it may not be allowed to reach that host, or the host is down.</source>
        <translation>Der Proxy %1 hat für die Anfrage „%2“ keine Verbindung zu %3 geöffnet: Möglicherweise darf er diesen Host nicht erreichen, oder der Host ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 did not finish the %2 request within the overall deadline, so it was given up.</source>
        <translation>%1 hat die Anfrage „%2“ nicht innerhalb der Gesamtfrist abgeschlossen, daher wurde sie abgebrochen.</translation>
    </message>
    <message>
        <source>Try again; on a slow connection, raise “Give up any request after” in Tools → Network Settings…; otherwise check your network, proxy or VPN.</source>
        <translation>Versuchen Sie es erneut; erhöhen Sie bei einer langsamen Verbindung „Jede Anfrage abbrechen nach“ unter Werkzeuge → Netzwerkeinstellungen…; prüfen Sie andernfalls Ihr Netzwerk, Ihren Proxy oder Ihr VPN.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check your network, proxy or VPN, or raise the timeouts in Tools → Network Settings….</source>
        <translation>Versuchen Sie es erneut; wenn das wiederholt passiert, prüfen Sie Ihr Netzwerk, Ihren Proxy oder Ihr VPN, oder erhöhen Sie die Zeitlimits unter Werkzeuge → Netzwerkeinstellungen….</translation>
    </message>
    <message>
        <source>Check the tenant id (the number after “t” in the tenant&apos;s host name) and the data centre in the profile.</source>
        <translation>Prüfen Sie die Mandanten-ID (die Zahl nach „t“ im Hostnamen des Mandanten) und das Rechenzentrum im Profil.</translation>
    </message>
    <message>
        <source>Check the tenant id, the site id and the data centre (or API host) in the profile.</source>
        <translation>Prüfen Sie Mandanten-ID, Site-ID und Rechenzentrum (oder API-Host) im Profil.</translation>
    </message>
    <message>
        <source>The tenant was not found</source>
        <translation>Der Mandant wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Check the tenant id (the number after “t” in the tenant&apos;s admin address) and the data centre: a tenant exists in one data centre only.</source>
        <translation>Prüfen Sie die Mandanten-ID (die Zahl nach „t“ in der Admin-Adresse des Mandanten) und das Rechenzentrum: Ein Mandant existiert nur in einem Rechenzentrum.</translation>
    </message>
    <message>
        <source>The application may not read this tenant</source>
        <translation>Die Anwendung darf diesen Mandanten nicht lesen</translation>
    </message>
    <message>
        <source>Install the application on this tenant in Dev Center (or use the client id of an application that is installed there), then try again.</source>
        <translation>Installieren Sie die Anwendung im Dev Center auf diesem Mandanten (oder verwenden Sie die Client-ID einer dort installierten Anwendung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The tenant lookup named no host</source>
        <translation>Das Nachschlagen des Mandanten ergab keinen Host</translation>
    </message>
    <message>
        <source>%1 answered the tenant lookup without a usable domain, so there is no host to send the customer call to. %2</source>
        <translation>%1 hat beim Nachschlagen des Mandanten keine verwendbare Domain genannt, daher gibt es keinen Host für den Kundenaufruf. %2</translation>
    </message>
    <message>
        <source>Try again later; if it persists, enter the tenant&apos;s API host in the profile as an override and give Kibo support the correlation id.</source>
        <translation>Versuchen Sie es später erneut; bleibt es dabei, tragen Sie den API-Host des Mandanten im Profil als Vorgabe ein und geben Sie dem Kibo-Support die Korrelations-ID.</translation>
    </message>
    <message>
        <source>The site is not in this tenant</source>
        <translation>Die Site gehört nicht zu diesem Mandanten</translation>
    </message>
    <message>
        <source>Choose one of the tenant&apos;s sites in the Site list, or correct the site id.</source>
        <translation>Wählen Sie eine der Sites des Mandanten in der Site-Liste, oder korrigieren Sie die Site-ID.</translation>
    </message>
    <message>
        <source>The tenant lookup failed</source>
        <translation>Das Nachschlagen des Mandanten ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check the tenant id and the data centre in the profile.</source>
        <translation>Prüfen Sie Mandanten-ID und Rechenzentrum im Profil.</translation>
    </message>
    <message>
        <source>Correct the data centre, the tenant id or the hosts in the profile.</source>
        <translation>Korrigieren Sie Rechenzentrum, Mandanten-ID oder Hosts im Profil.</translation>
    </message>
    <message>
        <source>Check the spelling of any host you entered, the data centre, and your network connection.</source>
        <translation>Prüfen Sie die Schreibweise jedes eingegebenen Hosts, das Rechenzentrum und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 does not know tenant %2 (HTTP %3).</source>
        <translation>%1 kennt den Mandanten %2 nicht (HTTP %3).</translation>
    </message>
    <message>
        <source>%1 refused to tell the application where tenant %2 lives (HTTP %3).</source>
        <translation>%1 hat der Anwendung nicht verraten, wo der Mandant %2 liegt (HTTP %3).</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>the first input</source>
        <translation>der ersten Eingabe</translation>
    </message>
    <message>
        <source>the second input</source>
        <translation>der zweiten Eingabe</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>der Standardeingabe</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: there is no such file.</source>
        <translation>Fehler beim Lesen von %1: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a regular file.</source>
        <translation>Fehler beim Lesen von %1: Es ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is larger than %2 MiB.</source>
        <translation>Fehler beim Lesen von %1: Die Datei ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Fehler beim Lesen von %1.</translation>
    </message>
    <message>
        <source>~ %1: %2 → another value of the same length and ending</source>
        <translation>~ %1: %2 → ein anderer Wert mit gleicher Länge und gleichem Ende</translation>
    </message>
    <message>
        <source>~ %1: %2 → a value that differs further on</source>
        <translation>~ %1: %2 → ein Wert, der sich weiter hinten unterscheidet</translation>
    </message>
    <message>
        <source>the two JWTs</source>
        <translation>den beiden JWTs</translation>
    </message>
    <message>
        <source>the two auth tickets</source>
        <translation>den beiden Auth-Tickets</translation>
    </message>
    <message>
        <source>the two customer accounts</source>
        <translation>den beiden Kundenkonten</translation>
    </message>
    <message>
        <source>the two inputs</source>
        <translation>den beiden Eingaben</translation>
    </message>
    <message>
        <source>The first file, or - for standard input.</source>
        <translation>Die erste Datei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>The second file, or - for standard input.</source>
        <translation>Die zweite Datei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Ignore what changes with every login: iat, exp, nbf, jti, rnd, sid, session ids, ticket expiry times and the tokens themselves.</source>
        <translation>Ignorieren, was sich bei jeder Anmeldung ändert: iat, exp, nbf, jti, rnd, sid, Sitzungs-IDs, Ablaufzeiten des Tickets und die Tokens selbst.</translation>
    </message>
    <message>
        <source>Ignore a path as printed (e.g. payload.exp or $.contacts[*].auditInfo; [*] is any index, .* any member), or a member anywhere with ..NAME. May be repeated.</source>
        <translation>Einen Pfad wie ausgegeben ignorieren (z. B. payload.exp oder $.contacts[*].auditInfo; [*] ist ein beliebiger Index, .* ein beliebiges Element) oder mit ..NAME ein Element an beliebiger Stelle. Kann wiederholt werden.</translation>
    </message>
    <message>
        <source>diff needs two inputs: two files, or one file and - for standard input.</source>
        <translation>diff braucht zwei Eingaben: zwei Dateien oder eine Datei und - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Only one of the inputs can be standard input.</source>
        <translation>Nur eine der Eingaben kann die Standardeingabe sein.</translation>
    </message>
    <message>
        <source>A token is never accepted on the command line, where other users and the shell history can see it: put it in a file, or pass - and write it to standard input.</source>
        <translation>Ein Token wird nie auf der Befehlszeile angenommen, wo andere Benutzer und der Shell-Verlauf es sehen können: Legen Sie es in einer Datei ab, oder übergeben Sie - und schreiben Sie es auf die Standardeingabe.</translation>
    </message>
    <message>
        <source>“%1” is not a path that --ignore understands.</source>
        <translation>„%1“ ist kein Pfad, den --ignore versteht.</translation>
    </message>
    <message>
        <source>Cannot compare %1: %2</source>
        <translation>Fehler bei %1, kein Vergleich möglich: %2</translation>
    </message>
    <message>
        <source>No differences between %1.</source>
        <translation>Keine Unterschiede zwischen %1.</translation>
    </message>
    <message>
        <source>Differences between %1: %2.</source>
        <translation>Unterschiede zwischen %1: %2.</translation>
    </message>
    <message>
        <source>Ignored, though different: %1 (%2).</source>
        <translation>Ignoriert, obwohl verschieden: %1 (%2).</translation>
    </message>
    <message>
        <source>Tokens are compared by their redacted shape; add --show-secrets to print them.</source>
        <translation>Tokens werden anhand ihrer geschwärzten Form verglichen; fügen Sie --show-secrets hinzu, um sie auszugeben.</translation>
    </message>
    <message>
        <source>Compare two JWTs, two auth tickets or two customer accounts field by field: members by name in any order, numbers by value, contacts and attributes by their id. Each input is a file holding a compact JWT on one line, an auth-ticket JSON or a customer-account JSON, or - for standard input (for one of them). Tokens are never taken from the command line.
One line per difference: “+ path: value” added, “- path: value” removed, “~ path: before → after” changed. Token values are shown redacted unless --show-secrets is given.
Exit codes: 0 no differences, 1 differences found, 2 usage error, 4 input not understood (unreadable, not JSON or a JWT, two kinds, or over 32 MiB).</source>
        <translation>Zwei JWTs, zwei Auth-Tickets oder zwei Kundenkonten Feld für Feld vergleichen: Elemente nach Namen in beliebiger Reihenfolge, Zahlen nach Wert, Kontakte und Attribute nach ihrer ID. Jede Eingabe ist eine Datei mit einem kompakten JWT in einer Zeile, einem Auth-Ticket-JSON oder einem Kundenkonto-JSON, oder - für die Standardeingabe (bei einer der beiden). Tokens werden nie von der Befehlszeile übernommen.
Eine Zeile pro Unterschied: „+ Pfad: Wert“ hinzugefügt, „- Pfad: Wert“ entfernt, „~ Pfad: vorher → nachher“ geändert. Token-Werte werden geschwärzt angezeigt, außer wenn --show-secrets angegeben ist.
Exit-Codes: 0 keine Unterschiede, 1 Unterschiede gefunden, 2 Aufruffehler, 4 Eingabe nicht verstanden (nicht lesbar, weder JSON noch JWT, zwei verschiedene Arten oder über 32 MiB).</translation>
    </message>
</context>
<context>
    <name>EmptyTicketPage</name>
    <message>
        <source>No ticket yet</source>
        <translation>Noch kein Ticket</translation>
    </message>
    <message>
        <source>Fill in the tenant and the customer, then choose Log in. The ticket, its decoded JWT and the customer account appear here.</source>
        <translation>Füllen Sie Mandant und Kunde aus und wählen Sie dann „Anmelden“. Das Ticket, sein decodiertes JWT und das Kundenkonto erscheinen hier.</translation>
    </message>
    <message>
        <source>No tenant yet? Try the built-in demo tenant: a stand-in Kibo server on this computer, with made-up customers and nothing sent anywhere. It is also “Demo tenant (this computer)” in the Data centre list, and kibo-token-inspector --demo starts with it.</source>
        <translation>Noch kein Mandant? Probieren Sie den eingebauten Demo-Mandanten aus: ein Ersatz-Kibo-Server auf diesem Computer, mit erfundenen Kunden, und nichts wird irgendwohin gesendet. Er steht auch als „Demo-Mandant (dieser Computer)“ in der Rechenzentrumsliste, und kibo-token-inspector --demo startet mit ihm.</translation>
    </message>
    <message>
        <source>Tr&amp;y the Demo Tenant</source>
        <translation>Demo-Mandanten ausprob&amp;ieren</translation>
    </message>
    <message>
        <source>Try the demo tenant</source>
        <translation>Den Demo-Mandanten ausprobieren</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>there is no such file</source>
        <translation>die Datei gibt es nicht</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation>den Ordner „%1“ gibt es nicht</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>it is larger than %1</source>
        <translation>sie ist größer als %1</translation>
    </message>
    <message>
        <source>it is not a text file</source>
        <translation>es ist keine Textdatei</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the system could not read it</source>
        <translation>das System konnte sie nicht lesen</translation>
    </message>
    <message>
        <source>the system could not write it</source>
        <translation>das System konnte sie nicht schreiben</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>„%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>it cannot be opened</source>
        <translation>sie kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>it is larger than any history should be</source>
        <translation>sie ist größer, als ein Verlauf sein dürfte</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>sie ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>it has an unknown format version</source>
        <translation>sie hat eine unbekannte Formatversion</translation>
    </message>
    <message>
        <source>The history file “%1” could not be read (%2). It was set aside as “%3” and a new history begins.</source>
        <translation>Die Verlaufsdatei „%1“ konnte nicht gelesen werden (%2). Sie wurde als „%3“ beiseitegelegt, und ein neuer Verlauf beginnt.</translation>
    </message>
    <message>
        <source>The history file “%1” could not be read (%2). A new history begins.</source>
        <translation>Die Verlaufsdatei „%1“ konnte nicht gelesen werden (%2). Ein neuer Verlauf beginnt.</translation>
    </message>
    <message>
        <source>The history could not be saved to “%1”: %2</source>
        <translation>Der Verlauf konnte nicht unter „%1“ gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Copy Correlation ID</source>
        <translation>Korrelations-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy correlation ID</source>
        <translation>Korrelations-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the correlation ID of the selected attempt, to quote it to Kibo support</source>
        <translation>Die Korrelations-ID des ausgewählten Versuchs kopieren, um sie dem Kibo-Support zu nennen</translation>
    </message>
    <message>
        <source>C&amp;lear…</source>
        <translation>&amp;Leeren…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Delete the attempts shown: of the chosen profile, or of every profile</source>
        <translation>Die angezeigten Versuche löschen: die des gewählten Profils oder die aller Profile</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>New two-factor code</source>
        <translation>Neuer Bestätigungscode</translation>
    </message>
    <message>
        <source>One-time code request</source>
        <translation>Einmalcode anfordern</translation>
    </message>
    <message>
        <source>One-time code login</source>
        <translation>Anmeldung mit Einmalcode</translation>
    </message>
    <message>
        <source>Anonymous shopper</source>
        <translation>Anonymer Käufer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Ticket issued</source>
        <translation>Ticket ausgestellt</translation>
    </message>
    <message>
        <source>Code required</source>
        <translation>Code erforderlich</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Attempts shown: %1 (all profiles).</source>
        <translation>Angezeigte Versuche: %1 (alle Profile).</translation>
    </message>
    <message>
        <source>Attempts shown: %1 (profile %2).</source>
        <translation>Angezeigte Versuche: %1 (Profil %2).</translation>
    </message>
    <message>
        <source>The last %1 attempts of each profile are kept in “%2”, without any password, token or code.</source>
        <translation>Die letzten %1 Versuche jedes Profils werden in „%2“ aufbewahrt, ohne Passwörter, Tokens oder Codes.</translation>
    </message>
    <message>
        <source>Correlation ID copied.</source>
        <translation>Korrelations-ID kopiert.</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Delete the recorded attempts of every profile?</source>
        <translation>Die aufgezeichneten Versuche aller Profile löschen?</translation>
    </message>
    <message>
        <source>Delete the recorded attempts of the profile “%1”?</source>
        <translation>Die aufgezeichneten Versuche des Profils „%1“ löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation>Verlauf geleert.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>Umleitung</translation>
    </message>
    <message>
        <source>connection broken</source>
        <translation>Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>not a Kibo error</source>
        <translation>kein Kibo-Fehler</translation>
    </message>
    <message>
        <source>reply not understood</source>
        <translation>Antwort nicht verstanden</translation>
    </message>
    <message>
        <source>reply too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <source>proxy failed</source>
        <translation>Proxy gescheitert</translation>
    </message>
    <message>
        <source>Tenant lookup</source>
        <translation>Mandant nachschlagen</translation>
    </message>
    <message>
        <source>App token</source>
        <extracomment>The application&apos;s own OAuth call (client id and secret) failed; no customer call was made.</extracomment>
        <translation>App-Token</translation>
    </message>
</context>
<context>
    <name>InputComparison</name>
    <message>
        <source>Only in the second</source>
        <translation>Nur in der zweiten Eingabe</translation>
    </message>
    <message>
        <source>Only in the first</source>
        <translation>Nur in der ersten Eingabe</translation>
    </message>
    <message>
        <source>Changed in the second</source>
        <translation>In der zweiten Eingabe geändert</translation>
    </message>
    <message>
        <source>Changed from the first</source>
        <translation>Gegenüber der ersten Eingabe geändert</translation>
    </message>
    <message>
        <source>Of another type in the other</source>
        <translation>In der anderen Eingabe von anderem Typ</translation>
    </message>
    <message>
        <source>The first input is not understood: %1</source>
        <translation>Die erste Eingabe wird nicht verstanden: %1</translation>
    </message>
    <message>
        <source>The second input is not understood: %1</source>
        <translation>Die zweite Eingabe wird nicht verstanden: %1</translation>
    </message>
    <message>
        <source>The inputs are of different kinds: the first is %1, the second %2. Compare two JWTs, two auth tickets or two customer accounts.</source>
        <translation>Die Eingaben sind von unterschiedlicher Art: Die erste ist %1, die zweite %2. Vergleichen Sie zwei JWTs, zwei Auth-Tickets oder zwei Kundenkonten.</translation>
    </message>
    <message>
        <source>Differences inside: %1</source>
        <translation>Unterschiede darin: %1</translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <source>Token Inspector</source>
        <translation>Token-Inspektor</translation>
    </message>
    <message>
        <source>&amp;Paste a JWT, an encrypted JWE or a whole auth-ticket JSON, or drop a file:</source>
        <translation>JWT, verschlüsseltes JWE oder ganzes Auth-Ticket-JSON &amp;einfügen oder eine Datei hierher ziehen:</translation>
    </message>
    <message>
        <source>Token to inspect</source>
        <translation>Zu untersuchendes Token</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a token file</source>
        <translation>Eine Token-Datei öffnen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the token</source>
        <translation>Das Token leeren</translation>
    </message>
    <message>
        <source>Token of the auth ticket</source>
        <translation>Token des Auth-Tickets</translation>
    </message>
    <message>
        <source>What the token is</source>
        <translation>Was das Token ist</translation>
    </message>
    <message>
        <source>Signature state</source>
        <translation>Status der Signatur</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Notices about the token</source>
        <translation>Hinweise zum Token</translation>
    </message>
    <message>
        <source>Verify the signature</source>
        <translation>Die Signatur verifizieren</translation>
    </message>
    <message>
        <source>Key &amp;source:</source>
        <translation>Schlüssel&amp;quelle:</translation>
    </message>
    <message>
        <source>Key source</source>
        <translation>Schlüsselquelle</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>Gemeinsames Geheimnis</translation>
    </message>
    <message>
        <source>The HMAC secret (never stored)</source>
        <translation>Das HMAC-Geheimnis (wird nie gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>Eine Schlüsseldatei auswählen</translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation>JWKS-URL</translation>
    </message>
    <message>
        <source>https://issuer.example/.well-known/jwks.json</source>
        <translation>https://issuer.example/.well-known/jwks.json</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifizieren</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Ergebnis der Verifizierung</translation>
    </message>
    <message>
        <source>Token header</source>
        <translation>Header des Tokens</translation>
    </message>
    <message>
        <source>Token payload</source>
        <translation>Payload des Tokens</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Claims filtern</translation>
    </message>
    <message>
        <source>Filter claims by name, value or path…</source>
        <translation>Claims nach Name, Wert oder Pfad filtern…</translation>
    </message>
    <message>
        <source>Shared secret (HS256, HS384, HS512)</source>
        <translation>Gemeinsames Geheimnis (HS256, HS384, HS512)</translation>
    </message>
    <message>
        <source>Key file (PEM, JWK or JWK Set)</source>
        <translation>Schlüsseldatei (PEM, JWK oder JWK Set)</translation>
    </message>
    <message>
        <source>Used for this check only; never saved.</source>
        <translation>Nur für diese Prüfung verwendet; wird nie gespeichert.</translation>
    </message>
    <message>
        <source>The issuer&apos;s JWK Set, fetched once for this check without credentials or redirects.</source>
        <translation>Das JWK Set des Ausstellers, für diese Prüfung einmal abgerufen, ohne Zugangsdaten und ohne Umleitungen.</translation>
    </message>
    <message numerus="yes">
        <source>An auth ticket with %n token(s). Inspecting:</source>
        <translation>
            <numerusform>Ein Auth-Ticket mit %n Token. Untersucht wird:</numerusform>
            <numerusform>Ein Auth-Ticket mit %n Tokens. Untersucht wird:</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a token above to decode it. Nothing is sent anywhere.</source>
        <translation>Fügen Sie oben ein Token ein, um es zu decodieren. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>An unsigned JWT (alg “none”).</source>
        <translation>Ein unsigniertes JWT (alg „none“).</translation>
    </message>
    <message>
        <source>A signed JWT (JWS) using %1.</source>
        <translation>Ein signiertes JWT (JWS), Algorithmus: %1.</translation>
    </message>
    <message>
        <source>no stated algorithm</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <source>An encrypted token (JWE): only its header can be read.</source>
        <translation>Ein verschlüsseltes Token (JWE): Nur sein Header kann gelesen werden.</translation>
    </message>
    <message>
        <source>An opaque token: not a JWT, so only its issuer can read it.</source>
        <translation>Ein opakes Token: kein JWT, daher kann es nur sein Aussteller lesen.</translation>
    </message>
    <message>
        <source>Not a well-formed token. What could be decoded is shown below.</source>
        <translation>Kein wohlgeformtes Token. Was decodiert werden konnte, wird unten angezeigt.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A notice&apos;s severity and its code, e.g. &quot;Warning (alg-none)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signature: none.</source>
        <translation>Signatur: keine.</translation>
    </message>
    <message numerus="yes">
        <source>Signature: %n byte(s), beginning %1…</source>
        <translation>
            <numerusform>Signatur: %n Byte, beginnt mit %1…</numerusform>
            <numerusform>Signatur: %n Bytes, beginnt mit %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsigned: a token with alg “none” is never valid.</source>
        <translation>Unsigniert: Ein Token mit alg „none“ ist nie gültig.</translation>
    </message>
    <message>
        <source>Verified with %1</source>
        <translation>Verifiziert mit: %1</translation>
    </message>
    <message>
        <source>Signature does not match</source>
        <translation>Signatur passt nicht</translation>
    </message>
    <message>
        <source>Decoded, not verified. Kibo signs with its own key, which is not public.</source>
        <translation>Decodiert, nicht verifiziert. Kibo signiert mit einem eigenen Schlüssel, der nicht öffentlich ist.</translation>
    </message>
    <message>
        <source>Decoded, not verified</source>
        <translation>Decodiert, nicht verifiziert</translation>
    </message>
    <message>
        <source>Encrypted: not decrypted and not verified</source>
        <translation>Verschlüsselt: nicht entschlüsselt und nicht verifiziert</translation>
    </message>
    <message>
        <source>Not verifiable here: only the issuer of an opaque token can check it</source>
        <translation>Hier nicht verifizierbar: Nur der Aussteller eines opaken Tokens kann es prüfen</translation>
    </message>
    <message>
        <source>Only a signed JWT (JWS) has a signature to check.</source>
        <translation>Nur ein signiertes JWT (JWS) hat eine Signatur, die sich prüfen lässt.</translation>
    </message>
    <message>
        <source>Enter the shared secret first.</source>
        <translation>Geben Sie zuerst das gemeinsame Geheimnis ein.</translation>
    </message>
    <message>
        <source>the secret field</source>
        <translation>dem Geheimnisfeld</translation>
    </message>
    <message>
        <source>Choose a key file first.</source>
        <translation>Wählen Sie zuerst eine Schlüsseldatei aus.</translation>
    </message>
    <message>
        <source>Enter the http(s) address of a JWK Set first.</source>
        <translation>Geben Sie zuerst die http(s)-Adresse eines JWK Sets ein.</translation>
    </message>
    <message>
        <source>Fetching the key set from %1…</source>
        <translation>Der Schlüsselsatz wird von %1 abgerufen…</translation>
    </message>
    <message>
        <source>No usable key was found.</source>
        <translation>Es wurde kein verwendbarer Schlüssel gefunden.</translation>
    </message>
    <message>
        <source>%1 is too big for a token or an auth ticket.</source>
        <translation>%1 ist zu groß für ein Token oder ein Auth-Ticket.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Open a Token or Auth Ticket</source>
        <translation>Token oder Auth-Ticket öffnen</translation>
    </message>
    <message>
        <source>Tokens and tickets (*.jwt *.jws *.jwe *.txt *.json);;All files (*)</source>
        <translation>Tokens und Tickets (*.jwt *.jws *.jwe *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a Verification Key</source>
        <translation>Schlüssel zur Verifizierung auswählen</translation>
    </message>
    <message>
        <source>Keys (*.pem *.crt *.jwk *.json);;All files (*)</source>
        <translation>Schlüssel (*.pem *.crt *.jwk *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The input is hidden in presenter mode. Drop a file here or use Open File…; the trees below stay masked.</source>
        <translation>Die Eingabe ist im Präsentationsmodus ausgeblendet. Ziehen Sie eine Datei hierher oder verwenden Sie „Datei öffnen…“; die Bäume unten bleiben maskiert.</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>New profile from this token</source>
        <translation>Neues Profil aus diesem Token</translation>
    </message>
    <message>
        <source>Fill a new profile with the tenant, site, client ID and, where the token tells, data centre this customer token names; you check it before it is saved.</source>
        <translation>Ein neues Profil mit Mandant, Site, Client-ID und, wo das Token es verrät, Rechenzentrum aus diesem Kundentoken füllen; Sie prüfen es, bevor es gespeichert wird.</translation>
    </message>
    <message>
        <source>No token.</source>
        <translation>Kein Token.</translation>
    </message>
    <message>
        <source>Fill a new profile with %1; you check it before it is saved.</source>
        <translation>Ein neues Profil füllen mit %1; Sie prüfen es, bevor es gespeichert wird.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>A customer JWT or auth ticket names its tenant and site; this input does not: %1</source>
        <translation>Ein Kunden-JWT oder Auth-Ticket nennt seinen Mandanten und seine Site; diese Eingabe nicht: %1</translation>
    </message>
    <message>
        <source>&amp;Decode as base64url</source>
        <translation>Als base64url &amp;decodieren</translation>
    </message>
    <message>
        <source>Decode the secret as base64url</source>
        <translation>Das Geheimnis als base64url decodieren</translation>
    </message>
    <message>
        <source>For a secret written in base64url, such as the “k” of a JWK: its decoded bytes are the key</source>
        <translation>Für ein in base64url geschriebenes Geheimnis, etwa das „k“ eines JWK: seine decodierten Bytes sind der Schlüssel</translation>
    </message>
    <message>
        <source>Key file or pasted key</source>
        <translation>Schlüsseldatei oder eingefügter Schlüssel</translation>
    </message>
    <message>
        <source>The path of a PEM, JWK or JWK Set file, or the PEM key or JWK itself</source>
        <translation>Der Pfad einer PEM-, JWK- oder JWK-Set-Datei oder der PEM-Schlüssel bzw. JWK selbst</translation>
    </message>
    <message>
        <source>The path of a file with a PEM public key, certificate or private key (only its public part is used), a JWK or a JWK Set; or the PEM key or JWK itself, pasted.</source>
        <translation>Der Pfad einer Datei mit einem öffentlichen PEM-Schlüssel, einem Zertifikat oder einem privaten Schlüssel (nur sein öffentlicher Teil wird verwendet), einem JWK oder einem JWK Set; oder der PEM-Schlüssel bzw. JWK selbst, eingefügt.</translation>
    </message>
    <message>
        <source>the pasted key</source>
        <translation>der eingefügte Schlüssel</translation>
    </message>
    <message>
        <source>There is no key file at the path given. Give the path of a PEM, JWK or JWK Set file, or paste the PEM key or the JWK itself.</source>
        <translation>Unter dem angegebenen Pfad gibt es keine Schlüsseldatei. Geben Sie den Pfad einer PEM-, JWK- oder JWK-Set-Datei an oder fügen Sie den PEM-Schlüssel bzw. den JWK selbst ein.</translation>
    </message>
    <message>
        <source>the JWK in the secret field</source>
        <translation>der JWK im Geheimnisfeld</translation>
    </message>
    <message>
        <source>The secret field holds a JWK; its key was used.</source>
        <translation>Das Geheimnisfeld enthält einen JWK; sein Schlüssel wurde verwendet.</translation>
    </message>
    <message>
        <source>Decoded from base64url, as a JWK&apos;s “k” is written, the secret does match: tick “Decode as base64url” and verify again.</source>
        <translation>Aus base64url decodiert, wie das „k“ eines JWK geschrieben ist, passt das Geheimnis: Setzen Sie „Als base64url decodieren“ und verifizieren Sie erneut.</translation>
    </message>
    <message>
        <source>The secret looks like base64url; if it is a JWK&apos;s “k”, tick “Decode as base64url” to use its decoded bytes.</source>
        <translation>Das Geheimnis sieht nach base64url aus; ist es das „k“ eines JWK, setzen Sie „Als base64url decodieren“, um seine decodierten Bytes zu verwenden.</translation>
    </message>
    <message>
        <source>Token payload as text</source>
        <translation>Token-Payload als Text</translation>
    </message>
    <message>
        <source>A JWS using %1 whose payload is text, not JSON: not a JWT. The payload is shown below.</source>
        <translation>Ein JWS mit %1, dessen Payload Text und kein JSON ist: kein JWT. Die Payload wird unten angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>A JWS using %1 whose payload is neither JSON nor text: not a JWT. Its %n byte(s) are shown below in hexadecimal.</source>
        <translation>
            <numerusform>Ein JWS mit %1, dessen Payload weder JSON noch Text ist: kein JWT. Sein %n Byte wird unten hexadezimal angezeigt.</numerusform>
            <numerusform>Ein JWS mit %1, dessen Payload weder JSON noch Text ist: kein JWT. Seine %n Bytes werden unten hexadezimal angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%Ln item(s)]</source>
        <translation>
            <numerusform>[%Ln Element]</numerusform>
            <numerusform>[%Ln Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>•••• (hidden)</source>
        <translation>•••• (ausgeblendet)</translation>
    </message>
    <message numerus="yes">
        <source>•••• (%n character(s), ends …%1)</source>
        <translation>
            <numerusform>•••• (%n Zeichen, endet auf …%1)</numerusform>
            <numerusform>•••• (%n Zeichen, endet auf …%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>•••• (%n character(s))</source>
        <translation>
            <numerusform>•••• (%n Zeichen)</numerusform>
            <numerusform>•••• (%n Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreePane</name>
    <message>
        <source>Copy &amp;Value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Copy JSON &amp;Path</source>
        <translation>JSON-&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>Expand &amp;All Shown</source>
        <translation>&amp;Alle angezeigten aufklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>Filter keys and values…</source>
        <translation>Schlüssel und Werte filtern…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Shows rows whose key, value or JSON path contains this text (Ctrl+F). Esc clears it.</source>
        <translation>Zeigt Zeilen, deren Schlüssel, Wert oder JSON-Pfad diesen Text enthält (Strg+F). Esc leert das Feld.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Tree options</source>
        <translation>Baumoptionen</translation>
    </message>
    <message>
        <source>Copy, expand and collapse</source>
        <translation>Kopieren, auf- und zuklappen</translation>
    </message>
    <message>
        <source>Expand to Depth &amp;%1</source>
        <translation>Bis Ebene &amp;%1 aufklappen</translation>
    </message>
    <message>
        <source>No key, value or path contains “%1”.</source>
        <translation>Kein Schlüssel, Wert oder Pfad enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Opened the first %n rows only; filter the tree to see the rest.</source>
        <translation>
            <numerusform>Nur die erste %n Zeile wurde aufgeklappt; filtern Sie den Baum, um den Rest zu sehen.</numerusform>
            <numerusform>Nur die ersten %n Zeilen wurden aufgeklappt; filtern Sie den Baum, um den Rest zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This value is hidden. Show secrets to copy it.</source>
        <translation>Dieser Wert ist ausgeblendet. Zeigen Sie die geheimen Werte an, um ihn zu kopieren.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Value copied with its secrets hidden.</source>
        <translation>Wert kopiert, geheime Werte ausgeblendet.</translation>
    </message>
    <message>
        <source>Value copied.</source>
        <translation>Wert kopiert.</translation>
    </message>
    <message>
        <source>JSON path copied.</source>
        <translation>JSON-Pfad kopiert.</translation>
    </message>
    <message>
        <source>This value is hidden in presenter mode, so it is not copied.</source>
        <translation>Dieser Wert ist im Präsentationsmodus ausgeblendet und wird daher nicht kopiert.</translation>
    </message>
</context>
<context>
    <name>JwksFetcher</name>
    <message>
        <source>The JWKS address must be an http:// or https:// URL with a host.</source>
        <translation>Die JWKS-Adresse muss eine http://- oder https://-URL mit Host sein.</translation>
    </message>
    <message>
        <source>The key set from %1 is larger than 1 MiB; it was not read.</source>
        <translation>Der Schlüsselsatz von %1 ist größer als 1 MiB; er wurde nicht gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>The key set from %1 did not arrive within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselsatz von %1 ist nicht innerhalb von %n Sekunde eingetroffen.</numerusform>
            <numerusform>Der Schlüsselsatz von %1 ist nicht innerhalb von %n Sekunden eingetroffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2) to %3; redirects are not followed for key sets. Give the final address.</source>
        <translation>%1 hat mit einer Umleitung (HTTP %2) nach %3 geantwortet; bei Schlüsselsätzen wird Umleitungen nicht gefolgt. Geben Sie die endgültige Adresse an.</translation>
    </message>
    <message>
        <source>an unnamed place</source>
        <translation>ein unbenannter Ort</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: its certificate is not trusted or the handshake failed.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: Dem Zertifikat wird nicht vertraut oder der Handshake ist gescheitert.</translation>
    </message>
    <message>
        <source>%1 has no key set at that address (HTTP 404 Not Found).</source>
        <translation>%1 hat unter dieser Adresse keinen Schlüsselsatz (HTTP 404 Not Found).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the key set.</source>
        <translation>%1 hat HTTP %2 statt des Schlüsselsatzes geantwortet.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>Der Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Fetching the key set from %1 was cancelled.</source>
        <translation>Der Abruf des Schlüsselsatzes von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The key set could not be fetched from %1 (network error %2).</source>
        <translation>Der Schlüsselsatz konnte nicht von %1 abgerufen werden (Netzwerkfehler %2).</translation>
    </message>
    <message>
        <source>%1 answered with an empty body instead of the key set.</source>
        <translation>%1 hat mit einem leeren Inhalt statt des Schlüsselsatzes geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered with a web page (HTML), not a key set: check the JWKS address.</source>
        <translation>%1 hat mit einer Webseite (HTML) geantwortet, nicht mit einem Schlüsselsatz: Prüfen Sie die JWKS-Adresse.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not JSON, not a key set.</source>
        <translation>%1 hat mit etwas geantwortet, das kein JSON und kein Schlüsselsatz ist.</translation>
    </message>
</context>
<context>
    <name>JwsVerifier</name>
    <message>
        <source>The key&apos;s algorithm %1 is not supported; use HS256, HS384 or HS512.</source>
        <translation>Der Algorithmus %1 des Schlüssels wird nicht unterstützt; verwenden Sie HS256, HS384 oder HS512.</translation>
    </message>
    <message>
        <source>Only a signed JWT (JWS) can be verified.</source>
        <translation>Nur ein signiertes JWT (JWS) kann verifiziert werden.</translation>
    </message>
    <message>
        <source>The token says &quot;alg&quot;: &quot;none&quot;: it is unsigned and can never be valid.</source>
        <translation>Das Token gibt &quot;alg&quot;: &quot;none&quot; an: Es ist unsigniert und kann nie gültig sein.</translation>
    </message>
    <message>
        <source>The token&apos;s header names %1 but the key is for %2: the signature was not checked.</source>
        <translation>Der Header des Tokens nennt %1, der Schlüssel ist aber für %2: Die Signatur wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The key is empty: the signature was not checked.</source>
        <translation>Der Schlüssel ist leer: Die Signatur wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The token&apos;s header names no algorithm (&quot;alg&quot;), so there is nothing to check it against.</source>
        <translation>Der Header des Tokens nennt keinen Algorithmus (&quot;alg&quot;), es gibt also nichts, wogegen geprüft werden könnte.</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm %1 is not supported; supported are %2.</source>
        <translation>Der Algorithmus %1 des Tokens wird nicht unterstützt; unterstützt werden %2.</translation>
    </message>
    <message>
        <source>The token has no signature that could be read, so it cannot be verified.</source>
        <translation>Das Token hat keine lesbare Signatur und kann daher nicht verifiziert werden.</translation>
    </message>
    <message>
        <source>No key was given to check the signature with.</source>
        <translation>Es wurde kein Schlüssel angegeben, mit dem die Signatur geprüft werden kann.</translation>
    </message>
    <message>
        <source>The payload is not a JSON claims set; the signature is checked over the bytes as received.</source>
        <translation>Die Payload ist kein JSON-Claim-Satz; die Signatur wird über die Bytes so geprüft, wie sie empfangen wurden.</translation>
    </message>
    <message>
        <source>The token names the key id “%1”, and no key given has that id.</source>
        <translation>Das Token nennt die Schlüssel-ID „%1“, und keiner der angegebenen Schlüssel hat diese ID.</translation>
    </message>
    <message>
        <source>The token claims %1, a shared-secret algorithm, but the key is a public key (%2). A public key is never used as an HMAC secret: that is the algorithm-confusion attack. The signature was not checked.</source>
        <translation>Das Token gibt %1 an, einen Algorithmus mit gemeinsamem Geheimnis, aber der Schlüssel ist ein öffentlicher Schlüssel (%2). Ein öffentlicher Schlüssel wird nie als HMAC-Geheimnis verwendet: Das wäre der Algorithmus-Verwechslungsangriff. Die Signatur wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The token&apos;s header names %1 but the key is on the curve %2, which is for %3: the signature was not checked.</source>
        <translation>Der Header des Tokens nennt %1, aber der Schlüssel liegt auf der Kurve %2, die für %3 gedacht ist: Die Signatur wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The token&apos;s header names %1 but none of the %2 keys given is for that algorithm: the signature was not checked.</source>
        <translation>Der Header des Tokens nennt %1, aber keiner der %2 angegebenen Schlüssel ist für diesen Algorithmus: Die Signatur wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Signature verified: %1 with the %2.</source>
        <translation>Signatur verifiziert: %1, Schlüssel: %2.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; keys under %2 bits are considered breakable.</source>
        <translation>Der RSA-Schlüssel hat nur %1 Bit; Schlüssel unter %2 Bit gelten als knackbar.</translation>
    </message>
    <message>
        <source>The shared secret is shorter than the %1 hash (%2 bits); RFC 7518 requires at least that much, and short secrets can be guessed.</source>
        <translation>Das gemeinsame Geheimnis ist kürzer als der %1-Hash (%2 Bit); RFC 7518 verlangt mindestens diese Länge, und kurze Geheimnisse lassen sich erraten.</translation>
    </message>
    <message numerus="yes">
        <source>The signature is %n byte(s) long, which is not the length %1 requires.</source>
        <translation>
            <numerusform>Die Signatur ist %n Byte lang; das ist nicht die Länge, die %1 verlangt.</numerusform>
            <numerusform>Die Signatur ist %n Bytes lang; das ist nicht die Länge, die %1 verlangt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signature does not match the %1: the token was altered or signed with another key.</source>
        <translation>Die Signatur passt nicht zum Schlüssel (%1): Das Token wurde verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The signature matches none of the %1 keys tried: the token was altered or signed with another key.</source>
        <translation>Die Signatur passt zu keinem der %1 geprüften Schlüssel: Das Token wurde verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>%1 shared secret</source>
        <translation>gemeinsames %1-Geheimnis</translation>
    </message>
</context>
<context>
    <name>JwtDecoder</name>
    <message>
        <source>The header is not base64url (character %1 of the token): %2</source>
        <translation>Der Header ist kein base64url (Zeichen %1 des Tokens): %2</translation>
    </message>
    <message>
        <source>The payload is not base64url (character %1 of the token): %2</source>
        <translation>Die Payload ist kein base64url (Zeichen %1 des Tokens): %2</translation>
    </message>
    <message>
        <source>The signature is not base64url (character %1 of the token): %2</source>
        <translation>Die Signatur ist kein base64url (Zeichen %1 des Tokens): %2</translation>
    </message>
    <message>
        <source>The header&apos;s base64url has padding or stray trailing bits; a conforming issuer never writes that, so the token may have been altered.</source>
        <translation>Das base64url des Headers enthält Füllzeichen oder überzählige Endbits; ein standardkonformer Aussteller schreibt so etwas nie, das Token wurde also möglicherweise verändert.</translation>
    </message>
    <message>
        <source>The payload&apos;s base64url has padding or stray trailing bits; a conforming issuer never writes that, so the token may have been altered.</source>
        <translation>Das base64url der Payload enthält Füllzeichen oder überzählige Endbits; ein standardkonformer Aussteller schreibt so etwas nie, das Token wurde also möglicherweise verändert.</translation>
    </message>
    <message>
        <source>The signature&apos;s base64url has padding or stray trailing bits; a conforming issuer never writes that, so the token may have been altered.</source>
        <translation>Das base64url der Signatur enthält Füllzeichen oder überzählige Endbits; ein standardkonformer Aussteller schreibt so etwas nie, das Token wurde also möglicherweise verändert.</translation>
    </message>
    <message>
        <source>The header starts with a byte order mark, which JSON in a JWT must not have.</source>
        <translation>Der Header beginnt mit einer Byte-Order-Mark, die JSON in einem JWT nicht haben darf.</translation>
    </message>
    <message>
        <source>The payload starts with a byte order mark, which JSON in a JWT must not have.</source>
        <translation>Die Payload beginnt mit einer Byte-Order-Mark, die JSON in einem JWT nicht haben darf.</translation>
    </message>
    <message>
        <source>The header is not valid UTF-8.</source>
        <translation>Der Header ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The payload is not valid UTF-8.</source>
        <translation>Die Payload ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The header nests deeper than %1 levels; it is not read.</source>
        <translation>Der Header ist tiefer als %1 Ebenen verschachtelt; er wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The payload nests deeper than %1 levels; it is not read.</source>
        <translation>Die Payload ist tiefer als %1 Ebenen verschachtelt; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The header is not JSON: %1 at byte %2.</source>
        <translation>Der Header ist kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The payload is not JSON: %1 at byte %2.</source>
        <translation>Die Payload ist kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The header has the key &quot;%1&quot; more than once; readers disagree on which one counts, and this view shows the last.</source>
        <translation>Der Header enthält den Schlüssel &quot;%1&quot; mehrfach; Leser sind sich uneinig, welcher zählt, und diese Ansicht zeigt den letzten.</translation>
    </message>
    <message>
        <source>The payload has the key &quot;%1&quot; more than once; readers disagree on which one counts, and this view shows the last.</source>
        <translation>Die Payload enthält den Schlüssel &quot;%1&quot; mehrfach; Leser sind sich uneinig, welcher zählt, und diese Ansicht zeigt den letzten.</translation>
    </message>
    <message>
        <source>The header has an unescaped control character inside a string, which JSON forbids; it is shown escaped.</source>
        <translation>Der Header enthält ein nicht maskiertes Steuerzeichen in einer Zeichenkette, was JSON verbietet; es wird maskiert angezeigt.</translation>
    </message>
    <message>
        <source>The payload has an unescaped control character inside a string, which JSON forbids; it is shown escaped.</source>
        <translation>Die Payload enthält ein nicht maskiertes Steuerzeichen in einer Zeichenkette, was JSON verbietet; es wird maskiert angezeigt.</translation>
    </message>
    <message>
        <source>The header is JSON but not an object, as a JWT requires.</source>
        <translation>Der Header ist JSON, aber kein Objekt, wie es ein JWT verlangt.</translation>
    </message>
    <message>
        <source>The payload is JSON but not an object, as a JWT&apos;s claims set requires.</source>
        <translation>Die Payload ist JSON, aber kein Objekt, wie es die Claims eines JWT verlangen.</translation>
    </message>
    <message>
        <source>The text is %1 KiB long; tokens above %2 KiB are not read.</source>
        <translation>Der Text ist %1 KiB lang; Tokens über %2 KiB werden nicht gelesen.</translation>
    </message>
    <message>
        <source>Whitespace around the token was ignored.</source>
        <translation>Leerraum um das Token wurde ignoriert.</translation>
    </message>
    <message>
        <source>The &quot;Bearer&quot; prefix was ignored.</source>
        <translation>Das Präfix „Bearer“ wurde ignoriert.</translation>
    </message>
    <message>
        <source>There is no token to decode.</source>
        <translation>Es gibt kein Token zum Decodieren.</translation>
    </message>
    <message>
        <source>The text contains spaces or control characters, so it is not a token.</source>
        <translation>Der Text enthält Leerzeichen oder Steuerzeichen und ist daher kein Token.</translation>
    </message>
    <message>
        <source>This is an opaque token (%1 characters of standard base64, %2 bytes), like Kibo&apos;s accessToken: only its issuer can read it. Kibo&apos;s readable claims are in the jwtAccessToken.</source>
        <translation>Dies ist ein opakes Token (%1 Zeichen Standard-Base64, %2 Bytes) wie das accessToken von Kibo: Nur sein Aussteller kann es lesen. Die lesbaren Claims von Kibo stehen im jwtAccessToken.</translation>
    </message>
    <message>
        <source>This is an opaque token of %1 characters, not a JWT: only its issuer can read it.</source>
        <translation>Dies ist ein opakes Token aus %1 Zeichen, kein JWT: Nur sein Aussteller kann es lesen.</translation>
    </message>
    <message>
        <source>The text has %1 dots; a JWT has 2 (signed) or 4 (encrypted), so it is not read.</source>
        <translation>Der Text enthält %1 Punkte; ein JWT hat 2 (signiert) oder 4 (verschlüsselt), daher wird er nicht gelesen.</translation>
    </message>
    <message>
        <source>The text has %1 parts separated by dots; a JWT has 3 (signed) or 5 (encrypted).</source>
        <translation>Der Text hat %1 durch Punkte getrennte Teile; ein JWT hat 3 (signiert) oder 5 (verschlüsselt).</translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE): only its header is shown. Its compressed content is neither decrypted nor inflated.</source>
        <translation>Dies ist ein verschlüsseltes Token (JWE): Nur sein Header wird angezeigt. Sein komprimierter Inhalt wird weder entschlüsselt noch entpackt.</translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE): only its header is shown; it is not decrypted.</source>
        <translation>Dies ist ein verschlüsseltes Token (JWE): Nur sein Header wird angezeigt; es wird nicht entschlüsselt.</translation>
    </message>
    <message>
        <source>The payload is itself a JWT (a nested token); paste it on its own to decode it.</source>
        <translation>Die Payload ist selbst ein JWT (ein verschachteltes Token); fügen Sie es einzeln ein, um es zu decodieren.</translation>
    </message>
    <message>
        <source>The header names no signing algorithm (&quot;alg&quot;).</source>
        <translation>Der Header nennt keinen Signaturalgorithmus (&quot;alg&quot;).</translation>
    </message>
    <message>
        <source>The header says &quot;alg&quot;: &quot;none&quot;: this token is unsigned and proves nothing.</source>
        <translation>Der Header gibt &quot;alg&quot;: &quot;none&quot; an: Dieses Token ist unsigniert und beweist nichts.</translation>
    </message>
    <message>
        <source>The header says &quot;alg&quot;: &quot;none&quot; yet a signature follows: this token is unsigned and proves nothing.</source>
        <translation>Der Header gibt &quot;alg&quot;: &quot;none&quot; an, und doch folgt eine Signatur: Dieses Token ist unsigniert und beweist nichts.</translation>
    </message>
    <message>
        <source>The header names %1 but the signature is empty.</source>
        <translation>Der Header nennt %1, aber die Signatur ist leer.</translation>
    </message>
    <message>
        <source>Decoded, signature not verified: only the issuer&apos;s key can prove who made this token.</source>
        <translation>Decodiert, Signatur nicht verifiziert: Nur der Schlüssel des Ausstellers kann beweisen, wer dieses Token erstellt hat.</translation>
    </message>
    <message>
        <source>A key or value in the header starts with an invisible byte order mark, which this view drops: what is shown differs from what was signed.</source>
        <translation>Ein Schlüssel oder Wert im Header beginnt mit einer unsichtbaren Byte-Order-Mark, die diese Ansicht weglässt: Was angezeigt wird, unterscheidet sich von dem, was signiert wurde.</translation>
    </message>
    <message>
        <source>A key or value in the payload starts with an invisible byte order mark, which this view drops: what is shown differs from what was signed.</source>
        <translation>Ein Schlüssel oder Wert in der Payload beginnt mit einer unsichtbaren Byte-Order-Mark, die diese Ansicht weglässt: Was angezeigt wird, unterscheidet sich von dem, was signiert wurde.</translation>
    </message>
    <message>
        <source>This is a JWS whose payload is not JSON: not a JWT. Its payload is shown as text.</source>
        <translation>Dies ist ein JWS, dessen Payload kein JSON ist: kein JWT. Seine Payload wird als Text angezeigt.</translation>
    </message>
    <message>
        <source>This is a JWS whose payload is not JSON: not a JWT. Its payload is not UTF-8 text either, so it is shown as hexadecimal bytes.</source>
        <translation>Dies ist ein JWS, dessen Payload kein JSON ist: kein JWT. Seine Payload ist auch kein UTF-8-Text und wird daher als hexadezimale Bytes angezeigt.</translation>
    </message>
</context>
<context>
    <name>KeyLoader</name>
    <message>
        <source>%1, key id “%2”</source>
        <translation>%1, Schlüssel-ID „%2“</translation>
    </message>
    <message>
        <source>RSA %1-bit public key from %2</source>
        <translation>öffentlicher RSA-Schlüssel mit %1 Bit aus %2</translation>
    </message>
    <message>
        <source>The EC key in %1 names no curve.</source>
        <translation>Der EC-Schlüssel in %1 nennt keine Kurve.</translation>
    </message>
    <message>
        <source>The EC key in %1 is on the curve %2; JWS signatures use P-256, P-384 or P-521.</source>
        <translation>Der EC-Schlüssel in %1 liegt auf der Kurve %2; JWS-Signaturen verwenden P-256, P-384 oder P-521.</translation>
    </message>
    <message>
        <source>EC %1 public key from %2</source>
        <translation>öffentlicher EC-Schlüssel (%1) aus %2</translation>
    </message>
    <message>
        <source>%1 public key from %2</source>
        <translation>öffentlicher %1-Schlüssel aus %2</translation>
    </message>
    <message>
        <source>The key in %1 is of a type JWS signatures do not use (%2); use an RSA, EC (P-256, P-384, P-521), Ed25519 or Ed448 key.</source>
        <translation>Der Schlüssel in %1 hat einen Typ, den JWS-Signaturen nicht verwenden (%2); verwenden Sie einen RSA-, EC- (P-256, P-384, P-521), Ed25519- oder Ed448-Schlüssel.</translation>
    </message>
    <message>
        <source>The shared secret from %1 is empty.</source>
        <translation>Das gemeinsame Geheimnis aus %1 ist leer.</translation>
    </message>
    <message>
        <source>shared secret from %1</source>
        <translation>gemeinsames Geheimnis aus %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM key or certificate.</source>
        <translation>%1 enthält keinen PEM-Schlüssel und kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The private key in %1 is encrypted; give its public key instead (openssl pkey -pubout).</source>
        <translation>Der private Schlüssel in %1 ist verschlüsselt; geben Sie stattdessen seinen öffentlichen Schlüssel an (openssl pkey -pubout).</translation>
    </message>
    <message>
        <source>%1 holds a private key; only its public part is used. A public key is all that verifying needs.</source>
        <translation>%1 enthält einen privaten Schlüssel; nur sein öffentlicher Teil wird verwendet. Zum Verifizieren genügt ein öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>%1 holds a PEM block “%2”, which is not a key or certificate.</source>
        <translation>%1 enthält einen PEM-Block „%2“, der weder Schlüssel noch Zertifikat ist.</translation>
    </message>
    <message>
        <source>The PEM block “%1” in %2 could not be read as a key.</source>
        <translation>Der PEM-Block „%1“ in %2 konnte nicht als Schlüssel gelesen werden.</translation>
    </message>
    <message>
        <source>the key “%1” in %2</source>
        <translation>Schlüssel „%1“ in %2</translation>
    </message>
    <message>
        <source>The JWK %1 is for “%2”, not for signatures.</source>
        <translation>Der JWK %1 ist für „%2“ bestimmt, nicht für Signaturen.</translation>
    </message>
    <message>
        <source>The JWK %1 has an &quot;alg&quot; that is not a string.</source>
        <translation>Der JWK %1 hat ein &quot;alg&quot;, das keine Zeichenkette ist.</translation>
    </message>
    <message>
        <source>The JWK %1 of type &quot;oct&quot; has no usable &quot;k&quot;.</source>
        <translation>Der JWK %1 vom Typ &quot;oct&quot; hat kein verwendbares &quot;k&quot;.</translation>
    </message>
    <message>
        <source>shared secret (JWK) from %1</source>
        <translation>gemeinsames Geheimnis (JWK) aus %1</translation>
    </message>
    <message>
        <source>The EC JWK %1 is on the curve “%2”; JWS signatures use P-256, P-384 or P-521.</source>
        <translation>Der EC-JWK %1 liegt auf der Kurve „%2“; JWS-Signaturen verwenden P-256, P-384 oder P-521.</translation>
    </message>
    <message>
        <source>The OKP JWK %1 is on the curve “%2”; EdDSA signatures use Ed25519 or Ed448.</source>
        <translation>Der OKP-JWK %1 liegt auf der Kurve „%2“; EdDSA-Signaturen verwenden Ed25519 oder Ed448.</translation>
    </message>
    <message>
        <source>The JWK %1 has no &quot;kty&quot;.</source>
        <translation>Der JWK %1 hat kein &quot;kty&quot;.</translation>
    </message>
    <message>
        <source>The JWK %1 has the type “%2”, which JWS signatures do not use.</source>
        <translation>Der JWK %1 hat den Typ „%2“, den JWS-Signaturen nicht verwenden.</translation>
    </message>
    <message>
        <source>The %1 JWK %2 has missing or invalid members; it is not a valid public key.</source>
        <translation>Im %1-JWK %2 fehlen Elemente oder sind ungültig; er ist kein gültiger öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>The JWK %1 holds private key material; only its public part is used.</source>
        <translation>Der JWK %1 enthält privates Schlüsselmaterial; nur sein öffentlicher Teil wird verwendet.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object, so it is neither a JWK nor a JWK Set.</source>
        <translation>%1 ist kein JSON-Objekt und daher weder ein JWK noch ein JWK Set.</translation>
    </message>
    <message>
        <source>%1 is JSON but neither a JWK (no &quot;kty&quot;) nor a JWK Set (no &quot;keys&quot; array).</source>
        <translation>%1 ist JSON, aber weder ein JWK (kein &quot;kty&quot;) noch ein JWK Set (kein Array &quot;keys&quot;).</translation>
    </message>
    <message>
        <source>The JWK Set in %1 has %2 keys; more than %3 are not read.</source>
        <translation>Das JWK Set in %1 hat %2 Schlüssel; mehr als %3 werden nicht gelesen.</translation>
    </message>
    <message>
        <source>An entry of the JWK Set in %1 is not an object; it was left out.</source>
        <translation>Ein Eintrag des JWK Sets in %1 ist kein Objekt; er wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>The JWK Set in %1 has no keys.</source>
        <translation>Das JWK Set in %1 enthält keine Schlüssel.</translation>
    </message>
    <message>
        <source>The JWK Set in %1 has no key usable for signatures.</source>
        <translation>Das JWK Set in %1 enthält keinen für Signaturen verwendbaren Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 looks like HTML, not a key: check that it is the JWKS address and not a web page.</source>
        <translation>%1 sieht nach HTML aus, nicht nach einem Schlüssel: Prüfen Sie, ob es die JWKS-Adresse und keine Webseite ist.</translation>
    </message>
    <message>
        <source>%1 is neither a PEM key or certificate nor a JWK or JWK Set.</source>
        <translation>%1 ist weder ein PEM-Schlüssel oder -Zertifikat noch ein JWK oder JWK Set.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read.</source>
        <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The key file %1 is larger than 1 MiB; it is not read.</source>
        <translation>Die Schlüsseldatei %1 ist größer als 1 MiB; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 begins like a PEM block but has no “-----END” line.</source>
        <translation>%1 beginnt wie ein PEM-Block, hat aber keine „-----END“-Zeile.</translation>
    </message>
    <message>
        <source>The secret from %1 is not base64url: only the letters A–Z and a–z, the digits, “-” and “_” may appear in it.</source>
        <translation>Das Geheimnis aus %1 ist kein base64url: Nur die Buchstaben A–Z und a–z, die Ziffern, „-“ und „_“ dürfen darin vorkommen.</translation>
    </message>
    <message>
        <source>shared secret decoded from base64url from %1</source>
        <translation>gemeinsames Geheimnis, aus base64url decodiert, aus %1</translation>
    </message>
</context>
<context>
    <name>KiboCall</name>
    <message>
        <source>the certificate is signed by an authority this system does not trust</source>
        <translation>das Zertifikat ist von einer Stelle signiert, der dieses System nicht vertraut</translation>
    </message>
    <message>
        <source>the certificate is self-signed</source>
        <translation>das Zertifikat ist selbstsigniert</translation>
    </message>
    <message>
        <source>the certificate chain ends in a self-signed certificate that is not trusted</source>
        <translation>die Zertifikatskette endet in einem selbstsignierten Zertifikat, dem nicht vertraut wird</translation>
    </message>
    <message>
        <source>the certificate was issued for a different host name</source>
        <translation>das Zertifikat wurde für einen anderen Hostnamen ausgestellt</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>das Zertifikat ist noch nicht gültig</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>das Zertifikat wurde widerrufen</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>der Server hat kein Zertifikat gesendet</translation>
    </message>
    <message>
        <source>the certificate&apos;s signature is not valid</source>
        <translation>die Signatur des Zertifikats ist ungültig</translation>
    </message>
    <message>
        <source>the certificate failed check %1</source>
        <translation>das Zertifikat hat Prüfung %1 nicht bestanden</translation>
    </message>
    <message>
        <source>No TLS backend is available on this system, so no secure connection can be made.</source>
        <translation>Auf diesem System ist kein TLS-Backend verfügbar, daher kann keine sichere Verbindung hergestellt werden.</translation>
    </message>
    <message>
        <source>The reply has no HTTP status.</source>
        <translation>Die Antwort hat keinen HTTP-Status.</translation>
    </message>
    <message>
        <source>The reply was empty.</source>
        <translation>Die Antwort war leer.</translation>
    </message>
    <message>
        <source>The reply is a web page (HTML), not JSON.</source>
        <translation>Die Antwort ist eine Webseite (HTML), kein JSON.</translation>
    </message>
    <message>
        <source>The reply is not valid JSON (it breaks at byte %1).</source>
        <translation>Die Antwort ist kein gültiges JSON (es bricht bei Byte %1 ab).</translation>
    </message>
    <message>
        <source>The reply is JSON, but not an object.</source>
        <translation>Die Antwort ist JSON, aber kein Objekt.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subjekt: %1</translation>
    </message>
    <message>
        <source>Issued for: %1</source>
        <translation>Ausgestellt für: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” of the profile does not exist.</source>
        <translation>Die CA-Zertifikatsdatei „%1“ des Profils existiert nicht.</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” of the profile is a folder, not a file.</source>
        <translation>Die CA-Zertifikatsdatei „%1“ des Profils ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” of the profile cannot be read (%2).</source>
        <translation>Die CA-Zertifikatsdatei „%1“ des Profils kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>Lesefehler</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” of the profile is larger than 4 MB; it cannot be a CA bundle.</source>
        <translation>Die CA-Zertifikatsdatei „%1“ des Profils ist größer als 4 MB; sie kann kein CA-Bündel sein.</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” of the profile holds no PEM certificate (a block starting with “-----BEGIN CERTIFICATE-----”); DER files must be converted to PEM first.</source>
        <translation>Die CA-Zertifikatsdatei „%1“ des Profils enthält kein PEM-Zertifikat (einen Block, der mit „-----BEGIN CERTIFICATE-----“ beginnt); DER-Dateien müssen zuerst in PEM umgewandelt werden.</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” of the profile holds a PEM block that is not a valid certificate.</source>
        <translation>Die CA-Zertifikatsdatei „%1“ des Profils enthält einen PEM-Block, der kein gültiges Zertifikat ist.</translation>
    </message>
</context>
<context>
    <name>KiboError</name>
    <message>
        <source>application authentication</source>
        <translation>Anwendungsauthentifizierung</translation>
    </message>
    <message>
        <source>customer login</source>
        <translation>Kundenanmeldung</translation>
    </message>
    <message>
        <source>customer ticket refresh</source>
        <translation>Aktualisierung des Kundentickets</translation>
    </message>
    <message>
        <source>anonymous shopper ticket</source>
        <translation>Ticket für anonymen Käufer</translation>
    </message>
    <message>
        <source>two-factor verification</source>
        <translation>Zwei-Faktor-Bestätigung</translation>
    </message>
    <message>
        <source>one-time code login</source>
        <translation>Anmeldung mit Einmalcode</translation>
    </message>
    <message>
        <source>tenant lookup</source>
        <translation>Nachschlagen des Mandanten</translation>
    </message>
</context>
<context>
    <name>KiboHosts</name>
    <message>
        <source>The API host “%1” is not a valid host name or https address.</source>
        <translation>Der API-Host „%1“ ist kein gültiger Hostname und keine gültige https-Adresse.</translation>
    </message>
    <message>
        <source>The site id must be a positive number.</source>
        <translation>Die Site-ID muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>The authentication host “%1” is not a valid host name or https address.</source>
        <translation>Der Authentifizierungs-Host „%1“ ist kein gültiger Hostname und keine gültige https-Adresse.</translation>
    </message>
    <message>
        <source>The data centre “%1” is not known; choose one of %2, or custom hosts.</source>
        <translation>Das Rechenzentrum „%1“ ist unbekannt; wählen Sie eines von %2 oder eigene Hosts.</translation>
    </message>
    <message>
        <source>Custom hosts need the authentication (home) host, e.g. https://home.mozu.com.</source>
        <translation>Eigene Hosts brauchen den Authentifizierungs-Host (Home-Host), z. B. https://home.mozu.com.</translation>
    </message>
    <message>
        <source>Enter the tenant id (a positive number).</source>
        <translation>Geben Sie die Mandanten-ID ein (eine positive Zahl).</translation>
    </message>
    <message>
        <source>The tenant id must be a positive number.</source>
        <translation>Die Mandanten-ID muss eine positive Zahl sein.</translation>
    </message>
</context>
<context>
    <name>KiboTenant</name>
    <message>
        <source>The tenant lookup answered without a tenant (no id and no domain).</source>
        <translation>Das Nachschlagen lieferte keinen Mandanten (keine ID und keine Domain).</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>A password is never accepted as an argument: write it to standard input and pass --password-stdin.</source>
        <translation>Ein Passwort wird nie als Argument angenommen: Schreiben Sie es auf die Standardeingabe und übergeben Sie --password-stdin.</translation>
    </message>
    <message>
        <source>Log a customer in and show the auth ticket, the decoded JWT and the account.</source>
        <translation>Einen Kunden anmelden und das Auth-Ticket, das decodierte JWT und das Konto anzeigen.</translation>
    </message>
    <message>
        <source>The customer&apos;s login name or email.</source>
        <translation>Der Anmeldename oder die E-Mail-Adresse des Kunden.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Read the password from standard input (after the client secret, if any).</source>
        <translation>Das Passwort von der Standardeingabe lesen (nach dem Client-Secret, falls vorhanden).</translation>
    </message>
    <message>
        <source>The account to log in to, for a customer of several (B2B).</source>
        <translation>Das Konto, bei dem angemeldet wird, für einen Kunden mit mehreren Konten (B2B).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The caller&apos;s region, an input to the 2FA decision.</source>
        <translation>Die Region des Aufrufers, eine Eingabe für die 2FA-Entscheidung.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>The device fingerprint, an input to the 2FA decision.</source>
        <translation>Der Gerätefingerabdruck, eine Eingabe für die 2FA-Entscheidung.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Requested access-ticket lifetime in minutes (authTicketTtlMinutes).</source>
        <translation>Gewünschte Laufzeit des Zugriffstickets in Minuten (authTicketTtlMinutes).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>Requested refresh-token lifetime in minutes (refreshTokenTtlMinutes).</source>
        <translation>Gewünschte Laufzeit des Aktualisierungstokens in Minuten (refreshTokenTtlMinutes).</translation>
    </message>
    <message>
        <source>login takes no positional arguments; a password goes to standard input.</source>
        <translation>login nimmt keine Positionsargumente an; ein Passwort gehört auf die Standardeingabe.</translation>
    </message>
    <message>
        <source>login needs --username.</source>
        <translation>login braucht --username.</translation>
    </message>
    <message>
        <source>--account-id needs a positive whole number, not “%1”.</source>
        <translation>--account-id braucht eine positive ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 needs a number of minutes of at least 1, not “%2”.</source>
        <translation>--%1 braucht eine Anzahl Minuten von mindestens 1, nicht „%2“.</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>Two-factor authentication is required; reading the code from standard input.</source>
        <translation>Zwei-Faktor-Authentifizierung ist erforderlich; der Code wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>the 2FA code</source>
        <translation>der Bestätigungscode</translation>
    </message>
    <message>
        <source>Add --otp-stdin and write the emailed code to standard input to finish the login.</source>
        <translation>Fügen Sie --otp-stdin hinzu und schreiben Sie den per E-Mail gesendeten Code auf die Standardeingabe, um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>The tokens were not saved: %1</source>
        <translation>Die Tokens wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Tokens saved in the keychain as “%1”.</source>
        <translation>Tokens im Schlüsselbund als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>If the server asks for a 2FA code, read it from the next line of standard input. Without --password-stdin: log in with a one-time code sent by email, read from standard input once it was requested.</source>
        <translation>Falls der Server einen Bestätigungscode verlangt, ihn aus der nächsten Zeile der Standardeingabe lesen. Ohne --password-stdin: mit einem per E-Mail gesendeten Einmalcode anmelden, der von der Standardeingabe gelesen wird, sobald er angefordert wurde.</translation>
    </message>
    <message>
        <source>login needs --password-stdin, with the password on standard input, or --otp-stdin alone to log in with a one-time code sent by email.</source>
        <translation>login braucht --password-stdin mit dem Passwort auf der Standardeingabe, oder --otp-stdin allein, um sich mit einem per E-Mail gesendeten Einmalcode anzumelden.</translation>
    </message>
    <message>
        <source>--%1 applies to a password login only; a one-time code login cannot ask for it.</source>
        <translation>--%1 gilt nur für eine Anmeldung mit Passwort; eine Anmeldung mit Einmalcode kann es nicht abfragen.</translation>
    </message>
    <message>
        <source>Kibo sends a one-time code to %1 if it belongs to a customer of this site; reading the code from standard input.</source>
        <translation>Kibo sendet einen Einmalcode an %1, falls die Adresse zu einem Kunden dieser Site gehört; der Code wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>the one-time code</source>
        <translation>den Einmalcode</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <source>Te&amp;nant</source>
        <translation>&amp;Mandant</translation>
    </message>
    <message>
        <source>e.g. https://home.mozu.com</source>
        <translation>z. B. https://home.mozu.com</translation>
    </message>
    <message>
        <source>Tenant ID:</source>
        <translation>Mandanten-ID:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>e.g. 12345</source>
        <translation>z. B. 12345</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Application key, e.g. MyCompany.app.1.0.0.Release</source>
        <translation>Anwendungsschlüssel, z. B. MyCompany.app.1.0.0.Release</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Shared secret of the application</source>
        <translation>Gemeinsames Geheimnis der Anwendung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Login name or email address</source>
        <translation>Anmeldename oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Passwort anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Acc&amp;ount ID:</source>
        <translation>&amp;Konto-ID:</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Only for B2B users who belong to several accounts: which account to log in to.</source>
        <translation>Nur für B2B-Benutzer, die zu mehreren Konten gehören: bei welchem Konto angemeldet wird.</translation>
    </message>
    <message>
        <source>Optional, for B2B users with several accounts</source>
        <translation>Optional, für B2B-Benutzer mit mehreren Konten</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The caller&apos;s region; the site may use it to decide whether two-factor authentication is needed.</source>
        <translation>Die Region des Aufrufers; die Site kann damit entscheiden, ob eine Zwei-Faktor-Authentifizierung nötig ist.</translation>
    </message>
    <message>
        <source>F&amp;ingerprint:</source>
        <translation>&amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>Device fingerprint</source>
        <translation>Gerätefingerabdruck</translation>
    </message>
    <message>
        <source>A device fingerprint; the site may use it to decide whether two-factor authentication is needed.</source>
        <translation>Ein Gerätefingerabdruck; die Site kann damit entscheiden, ob eine Zwei-Faktor-Authentifizierung nötig ist.</translation>
    </message>
    <message>
        <source>To&amp;ken options</source>
        <translation>&amp;Token-Optionen</translation>
    </message>
    <message>
        <source>Ticket lifetime:</source>
        <translation>Ticket-Laufzeit:</translation>
    </message>
    <message>
        <source>Access ticket lifetime in minutes</source>
        <translation>Laufzeit des Zugriffstickets in Minuten</translation>
    </message>
    <message>
        <source>Requested lifetime of the access ticket (authTicketTtlMinutes). The tenant&apos;s caps still apply.</source>
        <translation>Gewünschte Laufzeit des Zugriffstickets (authTicketTtlMinutes). Die Obergrenzen des Mandanten gelten weiterhin.</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Serverstandard</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh lifetime:</source>
        <translation>Aktualisierungs-Laufzeit:</translation>
    </message>
    <message>
        <source>Refresh token lifetime in minutes</source>
        <translation>Laufzeit des Aktualisierungstokens in Minuten</translation>
    </message>
    <message>
        <source>Requested lifetime of the refresh token (refreshTokenTtlMinutes). The tenant&apos;s caps still apply.</source>
        <translation>Gewünschte Laufzeit des Aktualisierungstokens (refreshTokenTtlMinutes). Die Obergrenzen des Mandanten gelten weiterhin.</translation>
    </message>
    <message>
        <source>Response fields:</source>
        <translation>Antwortfelder:</translation>
    </message>
    <message>
        <source>Response fields</source>
        <translation>Antwortfelder</translation>
    </message>
    <message>
        <source>Ask the server for only some fields, e.g. accessToken,customerAccount(id,emailAddress). Empty means all fields.</source>
        <translation>Nur einige Felder vom Server anfordern, z. B. accessToken,customerAccount(id,emailAddress). Leer bedeutet alle Felder.</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
    <message>
        <source>Cancel login</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Anme&amp;lden</translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation>Problem mit dem Formular</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>Ausbl&amp;enden</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Passwort ausblenden</translation>
    </message>
    <message>
        <source>See the demo password below</source>
        <translation>Siehe Demo-Passwort unten</translation>
    </message>
    <message>
        <source>Demo password: %1</source>
        <translation>Demo-Passwort: %1</translation>
    </message>
    <message>
        <source>Try locked@example.com, inactive@example.com or mfa@example.com to see refusals and two-factor authentication; b2b.buyer@example.com belongs to accounts 2001 and 2002.</source>
        <translation>Probieren Sie locked@example.com, inactive@example.com oder mfa@example.com, um Ablehnungen und Zwei-Faktor-Authentifizierung zu sehen; b2b.buyer@example.com gehört zu den Konten 2001 und 2002.</translation>
    </message>
    <message>
        <source>Enter the tenant ID, a whole number such as 12345.</source>
        <translation>Geben Sie die Mandanten-ID ein, eine ganze Zahl wie 12345.</translation>
    </message>
    <message>
        <source>Enter the client ID (the application key).</source>
        <translation>Geben Sie die Client-ID (den Anwendungsschlüssel) ein.</translation>
    </message>
    <message>
        <source>Enter the client secret (the application&apos;s shared secret).</source>
        <translation>Geben Sie das Client-Secret (das gemeinsame Geheimnis der Anwendung) ein.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s username or email address.</source>
        <translation>Geben Sie den Benutzernamen oder die E-Mail-Adresse des Kunden ein.</translation>
    </message>
    <message>
        <source>The account ID must be a whole number, or empty.</source>
        <translation>Die Konto-ID muss eine ganze Zahl oder leer sein.</translation>
    </message>
    <message>
        <source>Si&amp;gn in with:</source>
        <translation>Anmelde&amp;verfahren:</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Password: the customer&apos;s username and password (two-factor authentication may follow). One-time code: Kibo emails a code, no password needed. Anonymous shopper: a ticket without a customer account.</source>
        <translation>Passwort: Benutzername und Passwort des Kunden (eine Zwei-Faktor-Authentifizierung kann folgen). Einmalcode: Kibo sendet einen Code per E-Mail, kein Passwort nötig. Anonymer Käufer: ein Ticket ohne Kundenkonto.</translation>
    </message>
    <message>
        <source>One-time code (email)</source>
        <translation>Einmalcode (E-Mail)</translation>
    </message>
    <message>
        <source>Anonymous shopper</source>
        <translation>Anonymer Käufer</translation>
    </message>
    <message>
        <source>Upgrade the anonymous session</source>
        <translation>Die anonyme Sitzung hochstufen</translation>
    </message>
    <message>
        <source>This session holds an anonymous shopper ticket. When checked, the login sends its access token as x-vol-user-claims, so the shopper&apos;s cart follows the customer and the new JWT names the anonymous session in b.PreviousAnonymousId.</source>
        <translation>Diese Sitzung enthält ein Ticket für einen anonymen Käufer. Wenn aktiviert, sendet die Anmeldung dessen Zugriffstoken als x-vol-user-claims, sodass der Warenkorb des Käufers auf den Kunden übergeht und das neue JWT die anonyme Sitzung in b.PreviousAnonymousId nennt.</translation>
    </message>
    <message>
        <source>Email a&amp;ddress:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>The customer&apos;s email address</source>
        <translation>Die E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <source>Send C&amp;ode</source>
        <extracomment>Asks Kibo to email a one-time code to the customer.</extracomment>
        <translation>&amp;Code senden</translation>
    </message>
    <message>
        <source>Send a one-time code</source>
        <translation>Einen Einmalcode senden</translation>
    </message>
    <message>
        <source>Get Anony&amp;mous Ticket</source>
        <translation>Anon&amp;ymes Ticket anfordern</translation>
    </message>
    <message>
        <source>Get an anonymous shopper ticket</source>
        <translation>Ein Ticket für einen anonymen Käufer anfordern</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s email address: Kibo sends the one-time code there.</source>
        <translation>Geben Sie die E-Mail-Adresse des Kunden ein: Kibo sendet den Einmalcode dorthin.</translation>
    </message>
    <message>
        <source>A one-time code goes to an email address; “%1” is not one. Enter the customer&apos;s email address, or sign in with a password.</source>
        <translation>Ein Einmalcode geht an eine E-Mail-Adresse; „%1“ ist keine. Geben Sie die E-Mail-Adresse des Kunden ein, oder melden Sie sich mit einem Passwort an.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s password, or sign in with a one-time code instead.</source>
        <translation>Geben Sie das Passwort des Kunden ein, oder melden Sie sich stattdessen mit einem Einmalcode an.</translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation>Gespeichertes Profil</translation>
    </message>
    <message>
        <source>Choose a saved profile</source>
        <translation>Ein gespeichertes Profil auswählen</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Verwalten…</translation>
    </message>
    <message>
        <source>Add, edit, import and export profiles</source>
        <translation>Profile hinzufügen, bearbeiten, importieren und exportieren</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Data centre:</source>
        <translation>Rechenzentrum:</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Where Kibo hosts the tenant. Its home host issues the application token and tells where the tenant lives; you never need to know the tenant&apos;s pod.</source>
        <translation>Wo Kibo den Mandanten betreibt. Sein Home-Host stellt das Anwendungstoken aus und sagt, wo der Mandant liegt; den Pod des Mandanten müssen Sie nie kennen.</translation>
    </message>
    <message>
        <source>Home host:</source>
        <translation>Home-Host:</translation>
    </message>
    <message>
        <source>Home host</source>
        <translation>Home-Host</translation>
    </message>
    <message>
        <source>The data centre&apos;s home (authentication) host: it issues the application token and answers the tenant lookup.</source>
        <translation>Der Home-Host (Authentifizierungs-Host) des Rechenzentrums: Er stellt das Anwendungstoken aus und beantwortet das Nachschlagen des Mandanten.</translation>
    </message>
    <message>
        <source>Look Up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>Look up the tenant</source>
        <translation>Den Mandanten nachschlagen</translation>
    </message>
    <message>
        <source>Ask the home host for the tenant&apos;s name, host and sites, with the client ID and secret below. A login does this too.</source>
        <translation>Den Home-Host mit Client-ID und Secret von unten nach Name, Host und Sites des Mandanten fragen. Eine Anmeldung tut das auch.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>The site the customer belongs to: choose one the tenant lookup found, or type its ID.</source>
        <translation>Die Site, zu der der Kunde gehört: Wählen Sie eine, die das Nachschlagen gefunden hat, oder geben Sie ihre ID ein.</translation>
    </message>
    <message>
        <source>API host override:</source>
        <translation>API-Host-Vorgabe:</translation>
    </message>
    <message>
        <source>API host override</source>
        <translation>API-Host-Vorgabe</translation>
    </message>
    <message>
        <source>Optional. Leave it empty: the tenant&apos;s host is looked up at the home host, as Kibo&apos;s own SDKs do. Only a gateway, proxy or test server needs a host here; then every tenant call goes there as given.</source>
        <translation>Optional. Lassen Sie es leer: Der Host des Mandanten wird am Home-Host nachgeschlagen, wie es Kibos eigene SDKs tun. Nur ein Gateway, Proxy oder Testserver braucht hier einen Host; dann geht jeder Aufruf an den Mandanten genau dorthin.</translation>
    </message>
    <message>
        <source>Looked up from the tenant</source>
        <translation>Wird beim Mandanten nachgeschlagen</translation>
    </message>
    <message>
        <source>Optional: a site ID, or a site the lookup found</source>
        <translation>Optional: eine Site-ID oder eine gefundene Site</translation>
    </message>
    <message>
        <source>What the tenant lookup found</source>
        <translation>Was das Nachschlagen des Mandanten ergab</translation>
    </message>
    <message>
        <source>The demo tenant&apos;s address, e.g. http://127.0.0.1:8080</source>
        <translation>Die Adresse des Demo-Mandanten, z. B. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Choose the tenant&apos;s data centre.</source>
        <translation>Wählen Sie das Rechenzentrum des Mandanten.</translation>
    </message>
    <message>
        <source>Choose a site the lookup found, type the site ID (a whole number), or leave it empty.</source>
        <translation>Wählen Sie eine gefundene Site, geben Sie die Site-ID ein (eine ganze Zahl), oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>From Token</source>
        <translation>Aus Token</translation>
    </message>
    <message>
        <source>New profile from a token on the clipboard</source>
        <translation>Neues Profil aus einem Token in der Zwischenablage</translation>
    </message>
    <message>
        <source>Fill a new profile from the customer JWT or auth ticket on the clipboard: its tenant, site, client ID and, where the token tells, data centre. You can also drop a token on this panel.</source>
        <translation>Ein neues Profil aus dem Kunden-JWT oder Auth-Ticket in der Zwischenablage füllen: Mandant, Site, Client-ID und, wo das Token es verrät, Rechenzentrum. Sie können ein Token auch auf diesen Bereich ziehen.</translation>
    </message>
    <message>
        <source>The clipboard is empty: copy a customer JWT or a whole auth ticket first, or drop one on this panel.</source>
        <translation>Die Zwischenablage ist leer: Kopieren Sie zuerst ein Kunden-JWT oder ein ganzes Auth-Ticket, oder ziehen Sie eines auf diesen Bereich.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message numerus="yes">
        <source>A development (sandbox) tenant with %n site(s)</source>
        <translation>
            <numerusform>Ein Entwicklungsmandant (Sandbox) mit %n Site</numerusform>
            <numerusform>Ein Entwicklungsmandant (Sandbox) mit %n Sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A production tenant with %n site(s)</source>
        <translation>
            <numerusform>Ein Produktionsmandant mit %n Site</numerusform>
            <numerusform>Ein Produktionsmandant mit %n Sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>Tenant calls go to the API host override.</source>
        <translation>Aufrufe an den Mandanten gehen an die API-Host-Vorgabe.</translation>
    </message>
    <message>
        <source>Last found at %1.</source>
        <translation>Zuletzt gefunden unter %1.</translation>
    </message>
    <message>
        <source>Not looked up yet: use Look Up, or log in.</source>
        <translation>Noch offen: „Nachschlagen“ oder anmelden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A site in the site chooser: its name and, in brackets, its ID.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lookup failed: %1.</source>
        <translation>Nachschlagen fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The Problem tab says why.</source>
        <translation>Der Reiter „Problem“ nennt den Grund.</translation>
    </message>
    <message>
        <source>Upgrade the anony&amp;mous session</source>
        <translation>Die anon&amp;yme Sitzung hochstufen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kibo Token Inspector</source>
        <translation>Kibo Token Inspector</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Demo-Mandant</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Show &amp;Secrets</source>
        <translation>&amp;Geheime Werte anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Show &amp;Login Panel</source>
        <translation>&amp;Anmeldebereich anzeigen</translation>
    </message>
    <message>
        <source>&amp;About Kibo Token Inspector</source>
        <translation>&amp;Über Kibo Token Inspector</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Tokens are saved in the keychain after a successful login</source>
        <translation>Tokens werden nach einer erfolgreichen Anmeldung im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Waiting for the keyring…</source>
        <translation>Warten auf den Schlüsselbund…</translation>
    </message>
    <message>
        <source>The demo tenant could not start: %1</source>
        <translation>Der Demo-Mandant konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Demo tenant ready at %1</source>
        <translation>Demo-Mandant bereit unter %1</translation>
    </message>
    <message>
        <source>About Kibo Token Inspector</source>
        <translation>Über Kibo Token Inspector</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kibo Token Inspector %1&lt;/h3&gt;&lt;p&gt;Logs a Kibo Commerce customer in through the customer auth-ticket API and shows the tokens, the decoded JWT and the customer account.&lt;/p&gt;&lt;p&gt;Tokens are kept only in your system keychain.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kibo Token Inspector %1&lt;/h3&gt;&lt;p&gt;Meldet einen Kunden von Kibo Commerce über die Customer-Auth-Ticket-API an und zeigt die Tokens, das decodierte JWT und das Kundenkonto.&lt;/p&gt;&lt;p&gt;Tokens werden nur im Schlüsselbund Ihres Systems aufbewahrt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft unter Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Inspect a Token…</source>
        <translation>Token &amp;untersuchen…</translation>
    </message>
    <message>
        <source>Decode a pasted JWT, JWE or auth ticket offline and check its signature</source>
        <translation>Ein eingefügtes JWT, JWE oder Auth-Ticket offline decodieren und seine Signatur prüfen</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Open the &amp;JWT in the Inspector</source>
        <translation>&amp;JWT im Inspektor öffnen</translation>
    </message>
    <message>
        <source>Inspect the jwtAccessToken of the login shown</source>
        <translation>Das jwtAccessToken der angezeigten Anmeldung untersuchen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Presenter mode:&lt;/b&gt; secrets and customer details are hidden on screen.</source>
        <translation>&lt;b&gt;Präsentationsmodus:&lt;/b&gt; Geheime Werte und Kundendaten sind auf dem Bildschirm ausgeblendet.</translation>
    </message>
    <message>
        <source>E&amp;xit Presenter Mode</source>
        <translation>Präsentationsmodus bee&amp;nden</translation>
    </message>
    <message>
        <source>Turn presenter mode off</source>
        <translation>Präsentationsmodus ausschalten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Hide secrets and customer details on screen, for screen sharing and demos</source>
        <translation>Geheime Werte und Kundendaten auf dem Bildschirm ausblenden, für Bildschirmfreigaben und Vorführungen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Save Support &amp;Bundle…</source>
        <translation>Support-&amp;Paket speichern…</translation>
    </message>
    <message>
        <source>Save a support ticket about the login shown, without secrets</source>
        <translation>Ein Support-Ticket zur angezeigten Anmeldung speichern, ohne geheime Werte</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Copy Support &amp;Bundle</source>
        <translation>Support-&amp;Paket kopieren</translation>
    </message>
    <message>
        <source>Copy a support ticket about the login shown, as Markdown, without secrets</source>
        <translation>Ein Support-Ticket zur angezeigten Anmeldung als Markdown kopieren, ohne geheime Werte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy the request as a curl command; secrets stay shell variables</source>
        <translation>Die Anfrage als curl-Befehl kopieren; geheime Werte bleiben Shell-Variablen</translation>
    </message>
    <message>
        <source>&amp;Include Customer Details in the Bundle</source>
        <translation>&amp;Kundendaten in das Paket aufnehmen</translation>
    </message>
    <message>
        <source>Keep names, email addresses and the customer account in support bundles (off by default)</source>
        <translation>Namen, E-Mail-Adressen und das Kundenkonto in Support-Paketen behalten (standardmäßig aus)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Compare two JWTs, auth tickets or customer accounts field by field</source>
        <translation>Zwei JWTs, Auth-Tickets oder Kundenkonten Feld für Feld vergleichen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Compare This &amp;Ticket With…</source>
        <translation>Dieses &amp;Ticket vergleichen mit…</translation>
    </message>
    <message>
        <source>Open the compare window with the ticket shown as its first input</source>
        <translation>Das Vergleichsfenster mit dem angezeigten Ticket als erster Eingabe öffnen</translation>
    </message>
    <message>
        <source>Turn presenter mode off to open the token in the inspector: its input shows the whole token.</source>
        <translation>Schalten Sie den Präsentationsmodus aus, um das Token im Inspektor zu öffnen: Seine Eingabe zeigt das ganze Token.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <source>Open another customer session in a new tab</source>
        <translation>Eine weitere Kundensitzung in einem neuen Tab öffnen</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>Sitzung &amp;schließen</translation>
    </message>
    <message>
        <source>Close the session shown (its keychain entry stays)</source>
        <translation>Die angezeigte Sitzung schließen (ihr Eintrag im Schlüsselbund bleibt erhalten)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Re&amp;name Session…</source>
        <translation>Sitzung &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Give the session shown a name of your own (or double-click its tab)</source>
        <translation>Der angezeigten Sitzung einen eigenen Namen geben (oder auf ihren Tab doppelklicken)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Get a new access token with the session&apos;s refresh token</source>
        <translation>Mit dem Aktualisierungstoken der Sitzung ein neues Zugriffstoken anfordern</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Expire Now</source>
        <translation>Jetzt a&amp;blaufen lassen</translation>
    </message>
    <message>
        <source>Treat the access token as expired from now on, here only</source>
        <translation>Das Zugriffstoken ab jetzt als abgelaufen behandeln, nur hier</translation>
    </message>
    <message>
        <source>Get an &amp;Anonymous Shopper Ticket</source>
        <translation>Ticket für anonymen &amp;Käufer anfordern</translation>
    </message>
    <message>
        <source>A ticket for a shopper who has not logged in; a login in the same session upgrades it</source>
        <translation>Ein Ticket für einen Käufer, der sich nicht angemeldet hat; eine Anmeldung in derselben Sitzung stuft es hoch</translation>
    </message>
    <message>
        <source>&amp;Forget Session</source>
        <translation>Sitzung &amp;vergessen</translation>
    </message>
    <message>
        <source>Clear the session&apos;s tokens here and remove them from the keychain</source>
        <translation>Die Tokens der Sitzung hier löschen und aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Side by Si&amp;de</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>Show the sessions next to each other instead of in tabs</source>
        <translation>Die Sitzungen nebeneinander statt in Tabs anzeigen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Ver&amp;lauf…</translation>
    </message>
    <message>
        <source>Every login, refresh and code attempt of each profile: outcome, status, time taken and correlation ID</source>
        <translation>Jede Anmeldung, Aktualisierung und jeder Code-Versuch jedes Profils: Ergebnis, Status, Dauer und Korrelations-ID</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Network Settings…</source>
        <translation>&amp;Netzwerkeinstellungen…</translation>
    </message>
    <message>
        <source>Choose the proxy (system, none or an explicit HTTP proxy) and the timeouts</source>
        <translation>Den Proxy (System, keiner oder ein bestimmter HTTP-Proxy) und die Zeitlimits wählen</translation>
    </message>
    <message>
        <source>New session: choose the customer and log in.</source>
        <translation>Neue Sitzung: Wählen Sie den Kunden und melden Sie sich an.</translation>
    </message>
    <message>
        <source>Network settings saved and applied to every session.</source>
        <translation>Netzwerkeinstellungen gespeichert und auf alle Sitzungen angewendet.</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile at %1: type it, or save it in Tools → Profiles….</source>
        <translation>Für dieses Profil ist bei %1 kein Client-Secret gespeichert: Geben Sie es ein, oder speichern Sie es unter Werkzeuge → Profile….</translation>
    </message>
    <message>
        <source>The profile&apos;s client secret could not be read from the keychain: %1</source>
        <translation>Das Client-Secret des Profils konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no saved profile named “%1”.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Demo Tenant &amp;Rotates Refresh Tokens</source>
        <translation>Demo-Mandant tauscht Aktualisierungstoken &amp;aus</translation>
    </message>
    <message>
        <source>The demo tenant answers every refresh with a new refresh token and forgets the old one, as a tenant that rotates them does; the refresh log shows each rotation</source>
        <translation>Der Demo-Mandant beantwortet jede Aktualisierung mit einem neuen Aktualisierungstoken und vergisst das alte, wie ein Mandant, der sie austauscht; das Aktualisierungsprotokoll zeigt jeden Austausch</translation>
    </message>
    <message>
        <source>&amp;Filter the Tree</source>
        <translation>Baum &amp;filtern</translation>
    </message>
    <message>
        <source>Put the cursor in the filter of the JWT or customer account tree, from anywhere in the window</source>
        <translation>Setzt den Cursor in den Filter des JWT- oder Kundenkonto-Baums, von überall im Fenster aus</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>A stand-in Kibo server is running on this computer at %1. Nothing leaves your machine; the customers and tokens are made up.</source>
        <translation>Auf diesem Computer läuft unter %1 ein Ersatz-Kibo-Server. Nichts verlässt Ihren Rechner; die Kunden und Tokens sind erfunden.</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>Enter the host name or address of the proxy.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Proxys ein.</translation>
    </message>
    <message>
        <source>Enter the proxy host without a scheme such as http://, for example proxy.example.com.</source>
        <translation>Geben Sie den Proxy-Host ohne Schema wie http:// ein, zum Beispiel proxy.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or address; enter the proxy host alone, without a port or path.</source>
        <translation>„%1“ ist kein Hostname und keine Adresse; geben Sie nur den Proxy-Host ein, ohne Port oder Pfad.</translation>
    </message>
    <message>
        <source>The proxy port must be a whole number from 1 to 65535.</source>
        <translation>Der Proxy-Port muss eine ganze Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The proxy user name cannot contain a colon.</source>
        <translation>Der Proxy-Benutzername darf keinen Doppelpunkt enthalten.</translation>
    </message>
    <message>
        <source>The transfer timeout must be from 1 to %1 seconds.</source>
        <translation>Das Übertragungs-Zeitlimit muss zwischen 1 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The overall deadline must be from 1 to %1 seconds.</source>
        <translation>Die Gesamtfrist muss zwischen 1 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The overall deadline (%1 s) must not be shorter than the transfer timeout (%2 s).</source>
        <translation>Die Gesamtfrist (%1 s) darf nicht kürzer sein als das Übertragungs-Zeitlimit (%2 s).</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <source>Network Settings</source>
        <translation>Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>The proxy configured in the desktop settings or in the http_proxy and https_proxy environment variables; addresses on this computer are always reached directly</source>
        <translation>Der Proxy aus den Desktop-Einstellungen oder aus den Umgebungsvariablen http_proxy und https_proxy; Adressen auf diesem Computer werden immer direkt erreicht</translation>
    </message>
    <message>
        <source>&amp;No proxy: connect directly</source>
        <translation>&amp;Kein Proxy: direkt verbinden</translation>
    </message>
    <message>
        <source>Use this &amp;HTTP proxy:</source>
        <translation>Diesen &amp;HTTP-Proxy verwenden:</translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation>Hos&amp;t:</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>3128</source>
        <translation>3128</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>https requests pass through the proxy as a tunnel (CONNECT), so the proxy never sees tokens or passwords. Proxy passwords are not supported: a proxy that asks for one (HTTP 407) ends the request with its own explanation.</source>
        <translation>https-Anfragen gehen als Tunnel (CONNECT) durch den Proxy: Er sieht nie Tokens oder Passwörter. Proxy-Passwörter werden nicht unterstützt; verlangt ein Proxy eines (HTTP 407), endet die Anfrage mit einer eigenen Erklärung.</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Zeitlimits</translation>
    </message>
    <message>
        <source>Give up after si&amp;lence of:</source>
        <translation>Abbrechen nach Stille &amp;von:</translation>
    </message>
    <message>
        <source>The longest time the server may send nothing before a request is given up</source>
        <translation>Die längste Zeit, die der Server nichts senden darf, bevor eine Anfrage abgebrochen wird</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Give up any request &amp;after:</source>
        <translation>Jede Anfrage &amp;abbrechen nach:</translation>
    </message>
    <message>
        <source>The longest time one request may take in all, even while data still arrives</source>
        <translation>Die längste Zeit, die eine Anfrage insgesamt dauern darf, auch wenn noch Daten ankommen</translation>
    </message>
    <message>
        <source>A private certificate authority (for a test server or a company proxy that inspects TLS) is set per profile, as its CA certificate file. Certificate errors are never ignored.</source>
        <translation>Eine private Zertifizierungsstelle (für einen Testserver oder einen Firmen-Proxy, der TLS prüft) wird pro Profil als dessen CA-Zertifikatsdatei festgelegt. Zertifikatsfehler werden nie ignoriert.</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Nicht gespeichert:</translation>
    </message>
    <message>
        <source>Also use it for this &amp;computer (localhost, the demo tenant)</source>
        <translation>Auch für diesen &amp;Computer verwenden (localhost, Demo-Mandant)</translation>
    </message>
    <message>
        <source>For a local debugging proxy. Off: addresses on this computer are reached directly, so demo traffic never leaves it</source>
        <translation>Für einen lokalen Debugging-Proxy. Aus: Adressen auf diesem Computer werden direkt erreicht, sodass der Demo-Verkehr ihn nie verlässt</translation>
    </message>
</context>
<context>
    <name>PresenterMask</name>
    <message>
        <source>••• (hidden in presenter mode)</source>
        <extracomment>Shown instead of a customer&apos;s personal data while presenter mode is on.</extracomment>
        <translation>••• (im Präsentationsmodus ausgeblendet)</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>the demo tenant, started on demand</source>
        <translation>der Demo-Mandant, bei Bedarf gestartet</translation>
    </message>
    <message>
        <source>client id %1</source>
        <translation>Client-ID %1</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number, not “%2”.</source>
        <translation>--%1 braucht eine positive ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>das Client-Secret</translation>
    </message>
    <message>
        <source>The profile was not saved: its client secret could not be stored: %1</source>
        <translation>Das Profil wurde nicht gespeichert: Sein Client-Secret konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Profile “%1” saved, without a client secret: store it with “profile set-secret NAME”, or give --client-secret-stdin when you use it.</source>
        <translation>Profil „%1“ gespeichert, ohne Client-Secret: Speichern Sie es mit „profile set-secret NAME“, oder geben Sie --client-secret-stdin an, wenn Sie es verwenden.</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its client secret is in the keychain for %2 only.</source>
        <translation>Profil „%1“ gespeichert; sein Client-Secret liegt im Schlüsselbund, nur für %2.</translation>
    </message>
    <message>
        <source>The demo profile needs no client secret.</source>
        <translation>Das Demo-Profil braucht kein Client-Secret.</translation>
    </message>
    <message>
        <source>There is no saved profile named “%1”.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The client secret could not be stored: %1</source>
        <translation>Das Client-Secret konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The client secret of “%1” is in the keychain for %2 only.</source>
        <translation>Das Client-Secret von „%1“ liegt im Schlüsselbund, nur für %2.</translation>
    </message>
    <message>
        <source>Profile “%1” removed, but its client secret could not be deleted from the keychain: %2</source>
        <translation>Profil „%1“ entfernt, aber sein Client-Secret konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Profile “%1” removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>The profiles could not be written to “%1”: %2</source>
        <translation>Die Profile konnten nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Profiles exported to “%1”: %2 (no secrets).</source>
        <translation>Profile nach „%1“ exportiert: %2 (ohne geheime Werte).</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2</source>
        <translation>Die Datei „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Profiles imported: %1.</source>
        <translation>Profile importiert: %1.</translation>
    </message>
    <message>
        <source>list, add, remove, set-secret, export or import.</source>
        <translation>list, add, remove, set-secret, export oder import.</translation>
    </message>
    <message>
        <source>The profile name, or the file for export and import.</source>
        <translation>Der Profilname, oder die Datei für export und import.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The locale, e.g. en-US.</source>
        <translation>Das Locale, z. B. en-US.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>The currency, e.g. USD.</source>
        <translation>Die Währung, z. B. USD.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>The catalog id.</source>
        <translation>Die Katalog-ID.</translation>
    </message>
    <message>
        <source>The master catalog id.</source>
        <translation>Die Master-Katalog-ID.</translation>
    </message>
    <message>
        <source>Read the application&apos;s shared secret from the first line of standard input and store it in the keychain.</source>
        <translation>Das gemeinsame Geheimnis der Anwendung aus der ersten Zeile der Standardeingabe lesen und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>profile %1 needs %2.</source>
        <translation>profile %1 braucht %2.</translation>
    </message>
    <message>
        <source>profile %1 takes only %2.</source>
        <translation>Zu viele Argumente: profile %1 erwartet %2.</translation>
    </message>
    <message>
        <source>no further arguments</source>
        <translation>keine weiteren Argumente</translation>
    </message>
    <message>
        <source>a NAME</source>
        <translation>einen NAME</translation>
    </message>
    <message>
        <source>a FILE</source>
        <translation>eine FILE</translation>
    </message>
    <message>
        <source>profile needs an action: list, add, remove, set-secret, export or import.</source>
        <translation>profile braucht eine Aktion: list, add, remove, set-secret, export oder import.</translation>
    </message>
    <message>
        <source>profile has no action “%1”; use list, add, remove, set-secret, export or import.</source>
        <translation>profile hat keine Aktion „%1“; verwenden Sie list, add, remove, set-secret, export oder import.</translation>
    </message>
    <message>
        <source>data centre %1</source>
        <translation>Rechenzentrum %1</translation>
    </message>
    <message>
        <source>home %1</source>
        <translation>Home-Host %1</translation>
    </message>
    <message>
        <source>API host override %1</source>
        <translation>API-Host-Vorgabe %1</translation>
    </message>
    <message>
        <source>last found at %1</source>
        <translation>zuletzt gefunden unter %1</translation>
    </message>
    <message>
        <source>--region is no longer used: the tenant&apos;s host is looked up at its data centre. Give --data-centre NAME instead (%1).</source>
        <translation>--region wird nicht mehr verwendet: Der Host des Mandanten wird in seinem Rechenzentrum nachgeschlagen. Geben Sie stattdessen --data-centre NAME an (%1).</translation>
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
        <translation>Die gespeicherten Profile der GUI auflisten, hinzufügen und entfernen, oder sie als JSON exportieren und importieren (nie mit einem Secret).
  profile list [--json]
  profile add NAME (--data-centre NAME | --auth-host URL) --tenant N [--site N] [--api-host URL]
        --client-id ID [--locale L] [--currency C] [--catalog N] [--master-catalog N] [--ca-bundle FILE]
        [--client-secret-stdin]
  profile remove NAME
  profile set-secret NAME   (das Client-Secret auf der Standardeingabe)
  profile export FILE | -
  profile import FILE
Das Client-Secret kommt von der Standardeingabe und wird im Schlüsselbund gespeichert, gebunden an den Authentifizierungs-Host des Profils.
Exit-Codes: 0 Erfolg, 2 Aufruffehler oder ungültiges Profil, 4 die Importdatei ist kein Profilexport, 5 Fehler des Schlüsselbunds.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation>Ein neues Profil hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of the selected profile</source>
        <translation>Eine Kopie des ausgewählten Profils hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Das ausgewählte Profil entfernen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add the profiles of an exported file</source>
        <translation>Die Profile einer exportierten Datei hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the profiles to a file, without secrets</source>
        <translation>Die Profile ohne geheime Werte in einer Datei speichern</translation>
    </message>
    <message>
        <source>The demo profile is built in and cannot be changed; duplicate it to make one of your own.</source>
        <translation>Das Demo-Profil ist eingebaut und kann nicht geändert werden; duplizieren Sie es, um ein eigenes zu erstellen.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Acme sandbox (US)</source>
        <translation>z. B. Acme Sandbox (US)</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>&amp;Mandanten-ID:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>e.g. 12345</source>
        <translation>z. B. 12345</translation>
    </message>
    <message>
        <source>&amp;Site ID:</source>
        <translation>&amp;Site-ID:</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>Site-ID</translation>
    </message>
    <message>
        <source>optional, e.g. 23456</source>
        <translation>optional, z. B. 23456</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Application key, e.g. MyCompany.app.1.0.0.Release</source>
        <translation>Anwendungsschlüssel, z. B. MyCompany.app.1.0.0.Release</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>&amp;Locale:</source>
        <translation>&amp;Locale:</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>e.g. en-US</source>
        <translation>z. B. en-US</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>z. B. USD</translation>
    </message>
    <message>
        <source>Catal&amp;og ID:</source>
        <translation>&amp;Katalog-ID:</translation>
    </message>
    <message>
        <source>Catalog ID</source>
        <translation>Katalog-ID</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Master catalog ID</source>
        <translation>Master-Katalog-ID</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA-&amp;Bündel:</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bündel</translation>
    </message>
    <message>
        <source>Extra trusted certificate authorities (PEM), optional</source>
        <translation>Weitere CA-Zertifikate (PEM), optional</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Message about the profiles</source>
        <translation>Meldung zu den Profilen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Profile exports (*.json);;All files (*)</source>
        <translation>Profilexporte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>Built in: the demo tenant on this computer</source>
        <translation>Eingebaut: der Demo-Mandant auf diesem Computer</translation>
    </message>
    <message>
        <source>The demo tenant runs on this computer when you choose it.</source>
        <translation>Der Demo-Mandant läuft auf diesem Computer, wenn Sie ihn wählen.</translation>
    </message>
    <message>
        <source>The demo tenant&apos;s secret is built in.</source>
        <translation>Das Secret des Demo-Mandanten ist eingebaut.</translation>
    </message>
    <message>
        <source>Left empty, the secret stored in the keychain for %1 (if any) stays as it is.</source>
        <translation>Bleibt das Feld leer, bleibt das für %1 im Schlüsselbund gespeicherte Secret (falls vorhanden) unverändert.</translation>
    </message>
    <message>
        <source>Stored in the keychain for %1 when you press OK, and sent to no other host.</source>
        <translation>Wird beim Klick auf OK im Schlüsselbund für %1 gespeichert und an keinen anderen Host gesendet.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>“%1” will be removed when you press OK.</source>
        <translation>„%1“ wird entfernt, wenn Sie auf OK klicken.</translation>
    </message>
    <message>
        <source>Choose a CA Bundle</source>
        <translation>CA-Bündel auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saving the client secret in the keychain…</source>
        <translation>Das Client-Secret wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The profiles were saved, but the client secret of the removed profile “%1” could not be deleted from the keychain: %2</source>
        <translation>Die Profile wurden gespeichert, aber das Client-Secret des entfernten Profils „%1“ konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The profiles were saved, but the client secret of “%1” could not be stored in the keychain: %2</source>
        <translation>Die Profile wurden gespeichert, aber das Client-Secret von „%1“ konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Press OK to keep the imported profiles.</source>
        <translation>Klicken Sie auf OK, um die importierten Profile zu behalten.</translation>
    </message>
    <message>
        <source>Nothing new was imported.</source>
        <translation>Es wurde nichts Neues importiert.</translation>
    </message>
    <message>
        <source>kibo-profiles.json</source>
        <translation>kibo-profiles.json</translation>
    </message>
    <message>
        <source>The profiles could not be written to “%1”: %2</source>
        <translation>Die Profile konnten nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Profiles exported to “%1”: %2, without secrets.</source>
        <translation>Profile nach „%1“ exportiert: %2, ohne geheime Werte.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Data ce&amp;ntre:</source>
        <translation>Rechenzentr&amp;um:</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Where Kibo hosts the tenant. Its home host issues the application token and tells where the tenant lives.</source>
        <translation>Wo Kibo den Mandanten betreibt. Sein Home-Host stellt das Anwendungstoken aus und sagt, wo der Mandant liegt.</translation>
    </message>
    <message>
        <source>&amp;Home host:</source>
        <translation>Home-Hos&amp;t:</translation>
    </message>
    <message>
        <source>Home host</source>
        <translation>Home-Host</translation>
    </message>
    <message>
        <source>e.g. https://home.mozu.com</source>
        <translation>z. B. https://home.mozu.com</translation>
    </message>
    <message>
        <source>API host o&amp;verride:</source>
        <translation>API-Host-Vor&amp;gabe:</translation>
    </message>
    <message>
        <source>API host override</source>
        <translation>API-Host-Vorgabe</translation>
    </message>
    <message>
        <source>Optional. Leave it empty: the tenant&apos;s host is looked up at the home host, as Kibo&apos;s own SDKs do. Only a gateway, proxy or test server needs a host here; then every tenant call goes there as given.</source>
        <translation>Optional. Lassen Sie es leer: Der Host des Mandanten wird am Home-Host nachgeschlagen, wie es Kibos eigene SDKs tun. Nur ein Gateway, Proxy oder Testserver braucht hier einen Host; dann geht jeder Aufruf an den Mandanten genau dorthin.</translation>
    </message>
    <message>
        <source>Looked up from the tenant</source>
        <translation>Wird beim Mandanten nachgeschlagen</translation>
    </message>
    <message>
        <source>Master catalo&amp;g ID:</source>
        <translation>M&amp;aster-Katalog-ID:</translation>
    </message>
    <message>
        <source>Follows from the data centre</source>
        <translation>Ergibt sich aus dem Rechenzentrum</translation>
    </message>
    <message>
        <source>Tenant calls: %1 (the override; no lookup)</source>
        <translation>Aufrufe an den Mandanten: %1 (die Vorgabe; kein Nachschlagen)</translation>
    </message>
    <message>
        <source>Tenant host: %1 (found by this run&apos;s lookup)</source>
        <translation>Host des Mandanten: %1 (in dieser Sitzung nachgeschlagen)</translation>
    </message>
    <message>
        <source>Tenant host: looked up at each login (last found: %1)</source>
        <translation>Host des Mandanten: wird bei jeder Anmeldung nachgeschlagen (zuletzt gefunden: %1)</translation>
    </message>
    <message>
        <source>Tenant host: looked up at each login</source>
        <translation>Host des Mandanten: wird bei jeder Anmeldung nachgeschlagen</translation>
    </message>
    <message>
        <source>Enter the client ID and a valid home host: the secret is stored for that host only.</source>
        <translation>Geben Sie die Client-ID und einen gültigen Home-Host ein: Das Secret wird nur für diesen Host gespeichert.</translation>
    </message>
    <message>
        <source>A new profile from the token: %1. Check it, add the client secret, and press OK to save it.</source>
        <extracomment>%1 lists what the token named, e.g. &quot;tenant 100001 (b.TenantId); site 100002 (b.SiteId)&quot;</extracomment>
        <translation>Ein neues Profil aus dem Token: %1. Prüfen Sie es, ergänzen Sie das Client-Secret und klicken Sie auf OK, um es zu speichern.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Choose the data centre of “%1”: the token it was filled from does not name it.</source>
        <translation>Wählen Sie das Rechenzentrum von „%1“: Das Token, aus dem es gefüllt wurde, nennt es nicht.</translation>
    </message>
    <message>
        <source>App token and tenant lookup: %1
%2</source>
        <translation>App-Token und Nachschlagen des Mandanten: %1
%2</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>“%1” was added.</source>
        <translation>„%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>“%1” was added; %2</source>
        <translation>„%1“ wurde hinzugefügt; %2</translation>
    </message>
    <message>
        <source>“%1” was added as “%2”, because a different profile has that name.</source>
        <translation>„%1“ wurde als „%2“ hinzugefügt, weil ein anderes Profil diesen Namen trägt.</translation>
    </message>
    <message>
        <source>“%1” was skipped: %2</source>
        <translation>„%1“ wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>The profile name is too long; use at most %1 characters.</source>
        <translation>Der Profilname ist zu lang; verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The profile name may not contain line breaks or other control characters.</source>
        <translation>Der Profilname darf keine Zeilenumbrüche oder anderen Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>“%1” is the built-in demo profile; choose another name.</source>
        <translation>„%1“ ist das eingebaute Demo-Profil; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists; choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the tenant id (a positive number).</source>
        <translation>Geben Sie die Mandanten-ID ein (eine positive Zahl).</translation>
    </message>
    <message>
        <source>The site id must be a positive number.</source>
        <translation>Die Site-ID muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>The catalog and master catalog ids must be positive numbers.</source>
        <translation>Die Katalog-ID und die Master-Katalog-ID müssen positive Zahlen sein.</translation>
    </message>
    <message>
        <source>Enter the application key (client id).</source>
        <translation>Geben Sie den Anwendungsschlüssel (Client-ID) ein.</translation>
    </message>
    <message>
        <source>The application key (client id) may not contain spaces.</source>
        <translation>Der Anwendungsschlüssel (Client-ID) darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The demo profile cannot be changed; duplicate it to make your own.</source>
        <translation>Das Demo-Profil kann nicht geändert werden; duplizieren Sie es, um ein eigenes zu erstellen.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The demo profile cannot be renamed.</source>
        <translation>Das Demo-Profil kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>The demo profile is built in and cannot be removed.</source>
        <translation>Das Demo-Profil ist eingebaut und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The file is too large for a profile export (more than 1 MB); nothing was imported.</source>
        <translation>Die Datei ist zu groß für einen Profilexport (mehr als 1 MB); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is not a profile export (it is not a JSON object); nothing was imported.</source>
        <translation>Die Datei ist kein Profilexport (sie ist kein JSON-Objekt); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is not a Kibo Token Inspector profile export; nothing was imported.</source>
        <translation>Die Datei ist kein Profilexport von Kibo Token Inspector; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The profile export has no valid format version; nothing was imported.</source>
        <translation>Der Profilexport hat keine gültige Formatversion; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The profile export uses format %1, written by a newer version; this version reads format %2. Nothing was imported.</source>
        <translation>Der Profilexport verwendet Format %1, geschrieben von einer neueren Version; diese Version liest Format %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>it is not a profile.</source>
        <translation>es ist kein Profil.</translation>
    </message>
    <message>
        <source>it has no name.</source>
        <translation>es hat keinen Namen.</translation>
    </message>
    <message>
        <source>the demo profile is built in.</source>
        <translation>das Demo-Profil ist eingebaut.</translation>
    </message>
    <message>
        <source>the same profile is already there.</source>
        <translation>dasselbe Profil ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>a secret in the file was ignored: secrets are never imported.</source>
        <translation>ein Secret in der Datei wurde ignoriert: Secrets werden nie importiert.</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <source>A refresh token is never accepted as an argument: write it to standard input and pass --refresh-token-stdin.</source>
        <translation>Ein Aktualisierungstoken wird nie als Argument angenommen: Schreiben Sie es auf die Standardeingabe und übergeben Sie --refresh-token-stdin.</translation>
    </message>
    <message>
        <source>Trade a refresh token for a new auth ticket and show it with the decoded JWT.
The refresh token comes from standard input with --refresh-token-stdin (after the client secret, if any); otherwise it is the one the keychain holds for --username at that tenant.
Exit codes: 0 success, 1 the server refused, 2 usage error or no refresh token stored for the user, 3 network or TLS failure or timeout, 4 reply not understood, 5 the keychain failed.</source>
        <translation>Ein Aktualisierungstoken gegen ein neues Auth-Ticket eintauschen und es mit dem decodierten JWT anzeigen.
Das Aktualisierungstoken kommt mit --refresh-token-stdin von der Standardeingabe (nach dem Client-Secret, falls vorhanden); sonst ist es das, das der Schlüsselbund für --username bei diesem Mandanten enthält.
Exit-Codes: 0 Erfolg, 1 der Server hat abgelehnt, 2 Aufruffehler oder kein Aktualisierungstoken für den Benutzer gespeichert, 3 Netzwerk- oder TLS-Fehler oder Zeitüberschreitung, 4 Antwort nicht verstanden, 5 Fehler des Schlüsselbunds.</translation>
    </message>
    <message>
        <source>The customer whose refresh token the keychain holds; also where the new tokens are saved.</source>
        <translation>Der Kunde, dessen Aktualisierungstoken der Schlüsselbund enthält; dort werden auch die neuen Tokens gespeichert.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Read the refresh token from standard input (after the client secret, if any).</source>
        <translation>Das Aktualisierungstoken von der Standardeingabe lesen (nach dem Client-Secret, falls vorhanden).</translation>
    </message>
    <message>
        <source>The account to switch to, for a customer of several (B2B).</source>
        <translation>Das Konto, zu dem gewechselt wird, für einen Kunden mit mehreren Konten (B2B).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>refresh takes no positional arguments; a refresh token goes to standard input with --refresh-token-stdin.</source>
        <translation>refresh nimmt keine Positionsargumente an; ein Aktualisierungstoken gehört mit --refresh-token-stdin auf die Standardeingabe.</translation>
    </message>
    <message>
        <source>refresh needs --username U to find the stored refresh token, or --refresh-token-stdin with the token on standard input.</source>
        <translation>refresh braucht --username U, um das gespeicherte Aktualisierungstoken zu finden, oder --refresh-token-stdin mit dem Token auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>--account-id needs a positive whole number, not “%1”.</source>
        <translation>--account-id braucht eine positive ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>the refresh token</source>
        <translation>das Aktualisierungstoken</translation>
    </message>
    <message>
        <source>No refresh token stored for %1 at %2; log in first or give --refresh-token-stdin.</source>
        <translation>Für %1 bei %2 ist kein Aktualisierungstoken gespeichert; melden Sie sich zuerst an oder geben Sie --refresh-token-stdin an.</translation>
    </message>
    <message>
        <source>The stored refresh token could not be read: %1</source>
        <translation>Das gespeicherte Aktualisierungstoken konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server answered without a ticket.</source>
        <translation>Der Server hat ohne Ticket geantwortet.</translation>
    </message>
    <message>
        <source>The new tokens were not saved: give --username U to save them, or --no-store.</source>
        <translation>Die neuen Tokens wurden nicht gespeichert: Geben Sie --username U an, um sie zu speichern, oder --no-store.</translation>
    </message>
    <message>
        <source>The new tokens were not saved: %1</source>
        <translation>Die neuen Tokens wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>New tokens saved in the keychain as “%1”.</source>
        <translation>Neue Tokens im Schlüsselbund als „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Geheime Werte anzeigen</translation>
    </message>
    <message>
        <source>Show tokens in clear text in every tab. Leave this off while sharing your screen.</source>
        <translation>Tokens in allen Reitern im Klartext anzeigen. Lassen Sie dies ausgeschaltet, während Sie Ihren Bildschirm teilen.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Customer number:</source>
        <translation>Kundennummer:</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Two-factor authentication:</source>
        <translation>Zwei-Faktor-Authentifizierung:</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Lifetimes</source>
        <translation>Laufzeiten</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Expires (local time)</source>
        <translation>Läuft ab (Ortszeit)</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Läuft ab (UTC)</translation>
    </message>
    <message>
        <source>Access ticket:</source>
        <translation>Zugriffsticket:</translation>
    </message>
    <message>
        <source>Access ticket remaining time</source>
        <translation>Verbleibende Zeit des Zugriffstickets</translation>
    </message>
    <message>
        <source>Access ticket expiry in local time</source>
        <translation>Ablauf des Zugriffstickets in Ortszeit</translation>
    </message>
    <message>
        <source>Access ticket expiry in UTC</source>
        <translation>Ablauf des Zugriffstickets in UTC</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Aktualisierungstoken:</translation>
    </message>
    <message>
        <source>Refresh token remaining time</source>
        <translation>Verbleibende Zeit des Aktualisierungstokens</translation>
    </message>
    <message>
        <source>Refresh token expiry in local time</source>
        <translation>Ablauf des Aktualisierungstokens in Ortszeit</translation>
    </message>
    <message>
        <source>Refresh token expiry in UTC</source>
        <translation>Ablauf des Aktualisierungstokens in UTC</translation>
    </message>
    <message>
        <source>JWT (exp claim):</source>
        <translation>JWT (Claim exp):</translation>
    </message>
    <message>
        <source>JWT expiry remaining time</source>
        <translation>Verbleibende Zeit bis zum Ablauf des JWT</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>Copy the access token to the clipboard; it is cleared again after 30 seconds</source>
        <translation>Das Zugriffstoken in die Zwischenablage kopieren; sie wird nach 30 Sekunden wieder geleert</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Copy refresh token</source>
        <translation>Aktualisierungstoken kopieren</translation>
    </message>
    <message>
        <source>Copy the refresh token to the clipboard; it is cleared again after 30 seconds</source>
        <translation>Das Aktualisierungstoken in die Zwischenablage kopieren; sie wird nach 30 Sekunden wieder geleert</translation>
    </message>
    <message>
        <source>JWT access token:</source>
        <translation>JWT-Zugriffstoken:</translation>
    </message>
    <message>
        <source>JWT access token</source>
        <translation>JWT-Zugriffstoken</translation>
    </message>
    <message>
        <source>The JWT is decoded, signature not verified: Kibo signs it with a key only Kibo holds.</source>
        <translation>Das JWT ist decodiert, die Signatur nicht verifiziert: Kibo signiert es mit einem Schlüssel, den nur Kibo besitzt.</translation>
    </message>
    <message>
        <source>Access token (&amp;JWT)</source>
        <translation>Zugriffstoken (&amp;JWT)</translation>
    </message>
    <message>
        <source>JWT header</source>
        <translation>JWT-Header</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Claims filtern</translation>
    </message>
    <message>
        <source>JWT payload</source>
        <translation>JWT-Payload</translation>
    </message>
    <message>
        <source>Customer account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>Filter customer account</source>
        <translation>Kundenkonto filtern</translation>
    </message>
    <message>
        <source>Raw reply</source>
        <translation>Rohe Antwort</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>(not in the reply)</source>
        <translation>(nicht in der Antwort)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>(known after the code is entered)</source>
        <translation>(bekannt, sobald der Code eingegeben ist)</translation>
    </message>
    <message>
        <source>Required — waiting for the code</source>
        <translation>Erforderlich — Warten auf den Code</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 d %2 h %3 min</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>abgelaufen vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message numerus="yes">
        <source>•••••••• (%n characters, ends in …%1)</source>
        <extracomment>A redacted secret: %1 is its length, %2 its last four characters.</extracomment>
        <translation>
            <numerusform>•••••••• (%n Zeichen, endet auf …%1)</numerusform>
            <numerusform>•••••••• (%n Zeichen, endet auf …%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>correlation ID %1</source>
        <translation>Korrelations-ID %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>tokens redacted</source>
        <translation>Tokens geschwärzt</translation>
    </message>
    <message>
        <source>(The reply had no body.)</source>
        <translation>(Die Antwort hatte keinen Inhalt.)</translation>
    </message>
    <message>
        <source>(The reply is not JSON; shown only with secrets.)</source>
        <translation>(Die Antwort ist kein JSON; nur mit geheimen Werten angezeigt.)</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>JWT expiry in local time</source>
        <translation>Ablauf des JWT in Ortszeit</translation>
    </message>
    <message>
        <source>JWT expiry in UTC</source>
        <translation>Ablauf des JWT in UTC</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline of the ticket and its JWT</source>
        <translation>Zeitleiste des Tickets und seines JWT</translation>
    </message>
    <message>
        <source>Copy JWT access token</source>
        <translation>JWT-Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>Copy the JWT access token to the clipboard; it is cleared again after 30 seconds</source>
        <translation>Das JWT-Zugriffstoken in die Zwischenablage kopieren; sie wird nach 30 Sekunden wieder geleert</translation>
    </message>
    <message>
        <source>Filter claims by name, value or path…</source>
        <translation>Claims nach Name, Wert oder Pfad filtern…</translation>
    </message>
    <message>
        <source>Filter by name, value or path…</source>
        <translation>Nach Name, Wert oder Pfad filtern…</translation>
    </message>
    <message>
        <source>Logged in (customer hidden in presenter mode)</source>
        <extracomment>The headline in presenter mode, instead of the customer&apos;s name.</extracomment>
        <translation>Angemeldet (Kunde im Präsentationsmodus ausgeblendet)</translation>
    </message>
    <message>
        <source>Secrets stay hidden while presenter mode is on.</source>
        <translation>Geheime Werte bleiben ausgeblendet, solange der Präsentationsmodus eingeschaltet ist.</translation>
    </message>
    <message>
        <source>(The reply is not JSON; hidden in presenter mode.)</source>
        <translation>(Die Antwort ist kein JSON; im Präsentationsmodus ausgeblendet.)</translation>
    </message>
    <message>
        <source>Nothing copied: presenter mode keeps secrets off the clipboard.</source>
        <translation>Nichts kopiert: Der Präsentationsmodus hält geheime Werte aus der Zwischenablage fern.</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>Uhrabweichung</translation>
    </message>
    <message>
        <source>Sign in with a one-time code</source>
        <translation>Mit einem Einmalcode anmelden</translation>
    </message>
    <message>
        <source>Two-step verification required</source>
        <translation>Zweistufige Bestätigung erforderlich</translation>
    </message>
    <message>
        <source>One-time code login — waiting for the code</source>
        <translation>Anmeldung mit Einmalcode — Warten auf den Code</translation>
    </message>
    <message>
        <source>Refresh failed: the ticket shown is the old one</source>
        <translation>Aktualisierung fehlgeschlagen: Das angezeigte Ticket ist das alte</translation>
    </message>
    <message>
        <source>Upgraded from:</source>
        <translation>Hochgestuft von:</translation>
    </message>
    <message>
        <source>Upgraded from</source>
        <translation>Hochgestuft von</translation>
    </message>
    <message>
        <source>the anonymous shopper %1 (b.PreviousAnonymousId)</source>
        <extracomment>%1 is the anonymous shopper&apos;s user id (the JWT&apos;s b.PreviousAnonymousId claim).</extracomment>
        <translation>dem anonymen Käufer %1 (b.PreviousAnonymousId)</translation>
    </message>
    <message numerus="yes">
        <source>•••••••• (%n characters)</source>
        <extracomment>A redacted secret too short to show its last four characters: %n is its length.</extracomment>
        <translation>
            <numerusform>•••••••• (%n Zeichen)</numerusform>
            <numerusform>•••••••• (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Algorithm %1 — decoded, signature not verified. Kibo signs its tokens with a key only Kibo holds, so the signature of a real Kibo token cannot be checked; the demo tenant&apos;s tokens can be, in Tools ▸ Open the JWT in the Inspector.</source>
        <translation>Algorithmus %1 — decodiert, Signatur nicht verifiziert. Kibo signiert seine Tokens mit einem Schlüssel, den nur Kibo besitzt; die Signatur eines echten Kibo-Tokens lässt sich daher nicht prüfen, die der Tokens des Demo-Mandanten schon: unter Werkzeuge ▸ JWT im Inspektor öffnen.</translation>
    </message>
    <message>
        <source>Required and completed</source>
        <translation>Erforderlich und abgeschlossen</translation>
    </message>
    <message>
        <source>reply to %1</source>
        <extracomment>%1 is the call whose reply this is, e.g. &quot;POST /api/platform/applications/authtickets/oauth&quot;.</extracomment>
        <translation>Antwort auf %1</translation>
    </message>
    <message>
        <source>Preparing the reply (%1)…</source>
        <extracomment>%1 is the size of the reply, e.g. &quot;4.2 MiB&quot;.</extracomment>
        <translation>Die Antwort wird vorbereitet (%1)…</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The line for %1 on standard input is longer than 64 KiB.</source>
        <translation>Die Zeile auf der Standardeingabe, in der %1 stehen soll, ist länger als 64 KiB.</translation>
    </message>
    <message>
        <source>Standard input ended before %1 was given.</source>
        <translation>Die Standardeingabe endete, bevor %1 angegeben wurde.</translation>
    </message>
    <message>
        <source>The line for %1 on standard input is empty.</source>
        <translation>Die Zeile auf der Standardeingabe, in der %1 stehen soll, ist leer.</translation>
    </message>
</context>
<context>
    <name>SecretScrubber</name>
    <message>
        <source>&lt;personal data removed&gt;</source>
        <translation>&lt;personenbezogene Daten entfernt&gt;</translation>
    </message>
</context>
<context>
    <name>SessionTabs</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Close Session</source>
        <translation>Sitzung schließen</translation>
    </message>
    <message>
        <source>A request of this session is still under way. Cancel it and close the session?</source>
        <translation>Eine Anfrage dieser Sitzung läuft noch. Sie abbrechen und die Sitzung schließen?</translation>
    </message>
    <message>
        <source>Rename Session</source>
        <translation>Sitzung umbenennen</translation>
    </message>
    <message>
        <source>Session name:</source>
        <translation>Name der Sitzung:</translation>
    </message>
    <message>
        <source>Anonymous shopper</source>
        <translation>Anonymer Käufer</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Session refresh</source>
        <translation>Aktualisierung der Sitzung</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Get a new access token with the refresh token (Ctrl+R)</source>
        <translation>Mit dem Aktualisierungstoken ein neues Zugriffstoken anfordern (Ctrl+R)</translation>
    </message>
    <message>
        <source>Expire Now</source>
        <translation>Ablaufen lassen</translation>
    </message>
    <message>
        <source>Treat the access token as expired from now on, here only: the next automatic check refreshes it</source>
        <translation>Das Zugriffstoken ab jetzt als abgelaufen behandeln, nur hier: Die nächste automatische Prüfung aktualisiert es</translation>
    </message>
    <message>
        <source>Seconds before expiry</source>
        <translation>Sekunden vor dem Ablauf</translation>
    </message>
    <message>
        <source> s before expiry</source>
        <translation> s vor Ablauf</translation>
    </message>
    <message>
        <source>Refresh state</source>
        <translation>Status der Aktualisierung</translation>
    </message>
    <message>
        <source>Forget Session</source>
        <translation>Sitzung vergessen</translation>
    </message>
    <message>
        <source>Clear this session&apos;s tokens here and remove them from the keychain</source>
        <translation>Die Tokens dieser Sitzung hier löschen und aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Session notice</source>
        <translation>Hinweis zur Sitzung</translation>
    </message>
    <message>
        <source>Refresh log</source>
        <translation>Aktualisierungsprotokoll</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Ausgelöst von</translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation>Ausgetauscht</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Logging in as %1, upgrading the anonymous session…</source>
        <translation>Anmeldung als %1, die anonyme Sitzung wird hochgestuft…</translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <source>Asking for an anonymous shopper ticket…</source>
        <translation>Ein Ticket für einen anonymen Käufer wird angefordert…</translation>
    </message>
    <message>
        <source>Asking Kibo to email a one-time code to %1…</source>
        <translation>Kibo wird gebeten, einen Einmalcode per E-Mail an %1 zu senden…</translation>
    </message>
    <message>
        <source>Logging in as %1 with the one-time code, upgrading the anonymous session…</source>
        <translation>Anmeldung als %1 mit dem Einmalcode, die anonyme Sitzung wird hochgestuft…</translation>
    </message>
    <message>
        <source>Logging in as %1 with the one-time code…</source>
        <translation>Anmeldung als %1 mit dem Einmalcode…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>Asking for a new code…</source>
        <translation>Neuer Code wird angefordert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>This session holds no refresh token: log in first.</source>
        <translation>Diese Sitzung enthält kein Aktualisierungstoken: Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Refreshing the access token…</source>
        <translation>Das Zugriffstoken wird aktualisiert…</translation>
    </message>
    <message>
        <source>The access token is treated as expired: the automatic refresh follows within a second.</source>
        <translation>Das Zugriffstoken wird als abgelaufen behandelt: Die automatische Aktualisierung folgt innerhalb einer Sekunde.</translation>
    </message>
    <message>
        <source>The access token is treated as expired. Refresh it, or turn on automatic refresh.</source>
        <translation>Das Zugriffstoken wird als abgelaufen behandelt. Aktualisieren Sie es, oder schalten Sie die automatische Aktualisierung ein.</translation>
    </message>
    <message>
        <source>Forgetting the session…</source>
        <translation>Die Sitzung wird vergessen…</translation>
    </message>
    <message>
        <source>Session forgotten: no refresh token is stored for it any more.</source>
        <translation>Sitzung vergessen: Für sie ist kein Aktualisierungstoken mehr gespeichert.</translation>
    </message>
    <message>
        <source>Session forgotten here; the keychain read-back did not prove it.</source>
        <translation>Sitzung hier vergessen; das Zurücklesen aus dem Schlüsselbund hat es nicht bestätigt.</translation>
    </message>
    <message>
        <source>The code was not accepted: %1</source>
        <translation>Der Code wurde nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>A new one-time code was sent to %1.</source>
        <translation>Ein neuer Einmalcode wurde an %1 gesendet.</translation>
    </message>
    <message>
        <source>One-time code requested for %1: enter it within 3 minutes.</source>
        <translation>Einmalcode für %1 angefordert: Geben Sie ihn innerhalb von 3 Minuten ein.</translation>
    </message>
    <message>
        <source>Request cancelled.</source>
        <translation>Anfrage abgebrochen.</translation>
    </message>
    <message>
        <source>Login cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>A new code was sent to the customer.</source>
        <translation>Ein neuer Code wurde an den Kunden gesendet.</translation>
    </message>
    <message>
        <source>No anonymous ticket: %1</source>
        <translation>Kein anonymes Ticket: %1</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Two-factor authentication required for %1</source>
        <translation>Zwei-Faktor-Authentifizierung erforderlich für %1</translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation>Aktualisierung abgebrochen.</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The refresh failed (see Problem). The session keeps its old ticket, whose access token expired at %1.</source>
        <translation>Die Aktualisierung ist fehlgeschlagen (siehe „Problem“). Die Sitzung behält ihr altes Ticket, dessen Zugriffstoken um %1 abgelaufen ist.</translation>
    </message>
    <message>
        <source>The refresh failed (see Problem). The session keeps its old ticket.</source>
        <translation>Die Aktualisierung ist fehlgeschlagen (siehe „Problem“). Die Sitzung behält ihr altes Ticket.</translation>
    </message>
    <message>
        <source>Refreshed in %1 ms: new access token, and Kibo rotated the refresh token.</source>
        <translation>In %1 ms aktualisiert: neues Zugriffstoken, und Kibo hat das Aktualisierungstoken ausgetauscht.</translation>
    </message>
    <message>
        <source>Refreshed in %1 ms: new access token, same refresh token.</source>
        <translation>In %1 ms aktualisiert: neues Zugriffstoken, dasselbe Aktualisierungstoken.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(short)</source>
        <translation>(kurz)</translation>
    </message>
    <message>
        <source>%1 → …%2</source>
        <translation>%1 → …%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>Kein Ticket</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>no refresh token</source>
        <translation>kein Aktualisierungstoken</translation>
    </message>
    <message>
        <source>This login upgraded the anonymous session %1 (b.PreviousAnonymousId): the shopper&apos;s cart and history carry over to the customer.</source>
        <translation>Diese Anmeldung hat die anonyme Sitzung %1 hochgestuft (b.PreviousAnonymousId): Warenkorb und Verlauf des Käufers gehen auf den Kunden über.</translation>
    </message>
    <message>
        <source>Anonymous shopper: no customer account. A login in this session upgrades it, and the JWT then names this shopper in b.PreviousAnonymousId.</source>
        <translation>Anonymer Käufer: kein Kundenkonto. Eine Anmeldung in dieser Sitzung stuft ihn hoch, und das JWT nennt diesen Käufer dann in b.PreviousAnonymousId.</translation>
    </message>
    <message>
        <source>&amp;Auto refresh</source>
        <translation>Auto-Aktualisierun&amp;g</translation>
    </message>
    <message>
        <source>Refresh the access token automatically shortly before it expires, as Kibo&apos;s SDKs do</source>
        <translation>Das Zugriffstoken kurz vor seinem Ablauf automatisch aktualisieren, wie es die SDKs von Kibo tun</translation>
    </message>
    <message>
        <source>Access token: %1</source>
        <translation>Zugriffstoken: %1</translation>
    </message>
    <message>
        <source>Expiry unknown</source>
        <translation>Ablauf unbekannt</translation>
    </message>
    <message>
        <source>Treated as expired (Expire Now)</source>
        <translation>Als abgelaufen behandelt (Ablaufen lassen)</translation>
    </message>
    <message>
        <source>Expired %1 ago</source>
        <translation>Abgelaufen vor %1</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>Ablauf in %1</translation>
    </message>
    <message>
        <source>auto refresh due</source>
        <translation>Auto-Aktualisierung fällig</translation>
    </message>
    <message>
        <source>auto refresh in %1</source>
        <translation>Auto-Aktualisierung in %1</translation>
    </message>
    <message>
        <source>auto refresh paused after a failure</source>
        <translation>Auto-Aktualisierung nach Fehler angehalten</translation>
    </message>
    <message>
        <source>Looking up tenant %1 at %2…</source>
        <translation>Mandant %1 wird bei %2 nachgeschlagen…</translation>
    </message>
    <message>
        <source>Lookup cancelled.</source>
        <translation>Nachschlagen abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Found tenant %1 at %2 with %n site(s).</source>
        <translation>
            <numerusform>Mandant %1 unter %2 mit %n Site gefunden.</numerusform>
            <numerusform>Mandant %1 unter %2 mit %n Sites gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant lookup failed: %1</source>
        <translation>Nachschlagen des Mandanten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Anonymous shopper ticket received in %1 ms (from your click to the result on screen; Kibo answered in %2 ms).</source>
        <translation>Ticket für anonymen Käufer in %1 ms erhalten (vom Klick bis zum Ergebnis auf dem Bildschirm; Kibo antwortete in %2 ms).</translation>
    </message>
    <message>
        <source>Logged in as %1 in %2 ms (from your click to the result on screen; Kibo answered in %3 ms).</source>
        <translation>Angemeldet als %1 in %2 ms (vom Klick bis zum Ergebnis auf dem Bildschirm; Kibo antwortete in %3 ms).</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>The settings file “%1” could not be read, and could not be set aside either: the next saved profile or network setting replaces it.</source>
        <translation>Die Einstellungsdatei „%1“ konnte nicht gelesen und auch nicht beiseitegelegt werden: Das nächste gespeicherte Profil oder die nächste Netzwerkeinstellung ersetzt sie.</translation>
    </message>
    <message>
        <source>The settings file “%1” could not be read. It was set aside as “%2”, and profiles and network settings start again from their defaults.</source>
        <translation>Die Einstellungsdatei „%1“ konnte nicht gelesen werden. Sie wurde als „%2“ beiseitegelegt; Profile und Netzwerkeinstellungen beginnen wieder mit ihren Standardwerten.</translation>
    </message>
</context>
<context>
    <name>ShareActions</name>
    <message>
        <source>Support bundle copied, with the customer&apos;s details and without secrets.</source>
        <translation>Support-Paket kopiert, mit den Daten des Kunden und ohne geheime Werte.</translation>
    </message>
    <message>
        <source>Support bundle copied, without secrets or customer details.</source>
        <translation>Support-Paket kopiert, ohne geheime Werte und ohne Kundendaten.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save Support Bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <source>The support bundle could not be saved to %1: %2</source>
        <translation>Das Support-Paket konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Support bundle saved to %1.</source>
        <translation>Support-Paket unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>No request reached the tenant, so there is nothing to copy as curl.</source>
        <translation>Keine Anfrage hat den Mandanten erreicht, daher gibt es nichts, das sich als curl kopieren ließe.</translation>
    </message>
    <message>
        <source>Nothing copied: the curl command holds the customer&apos;s username. Turn presenter mode off to copy it.</source>
        <translation>Nichts kopiert: Der curl-Befehl enthält den Benutzernamen des Kunden. Schalten Sie den Präsentationsmodus aus, um ihn zu kopieren.</translation>
    </message>
    <message>
        <source>curl command copied. %1</source>
        <translation>curl-Befehl kopiert. %1</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message numerus="yes">
        <source>The reply body is not JSON; its first %n byte(s) are included as text.</source>
        <translation>
            <numerusform>Der Inhalt der Antwort ist kein JSON; sein erstes %n Byte ist als Text enthalten.</numerusform>
            <numerusform>Der Inhalt der Antwort ist kein JSON; seine ersten %n Bytes sind als Text enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Access ticket (accessTokenExpiration)</source>
        <translation>Zugriffsticket (accessTokenExpiration)</translation>
    </message>
    <message>
        <source>Refresh token (refreshTokenExpiration)</source>
        <translation>Aktualisierungstoken (refreshTokenExpiration)</translation>
    </message>
    <message>
        <source>JWT (exp, the app claims&apos; expiry)</source>
        <translation>JWT (exp, der Ablauf der App-Claims)</translation>
    </message>
    <message>
        <source>User claims (user_claims.exp)</source>
        <translation>Benutzer-Claims (user_claims.exp)</translation>
    </message>
    <message>
        <source>App claims (app_claims.exp)</source>
        <translation>App-Claims (app_claims.exp)</translation>
    </message>
    <message>
        <source>A ticket was issued.</source>
        <translation>Ein Ticket wurde ausgestellt.</translation>
    </message>
    <message>
        <source>The password was accepted; two-factor verification is pending.</source>
        <translation>Das Passwort wurde akzeptiert; die Zwei-Faktor-Bestätigung steht noch aus.</translation>
    </message>
    <message>
        <source>The call failed.</source>
        <translation>Der Aufruf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The reply held no ticket.</source>
        <translation>Die Antwort enthielt kein Ticket.</translation>
    </message>
    <message>
        <source>Passwords, codes and secrets are removed; each token shows only its kind, length and last four characters.</source>
        <translation>Passwörter, Codes und geheime Werte sind entfernt; jedes Token zeigt nur seine Art, seine Länge und seine letzten vier Zeichen.</translation>
    </message>
    <message>
        <source>Personal data (names, email addresses, the customer account) is included.</source>
        <translation>Personenbezogene Daten (Namen, E-Mail-Adressen, das Kundenkonto) sind enthalten.</translation>
    </message>
    <message>
        <source>Personal data (names, email addresses, the customer account) is removed; ids are kept.</source>
        <translation>Personenbezogene Daten (Namen, E-Mail-Adressen, das Kundenkonto) sind entfernt; IDs bleiben erhalten.</translation>
    </message>
    <message>
        <source>No customer request reached the tenant, so none is shown.</source>
        <translation>Keine Kundenanfrage hat den Mandanten erreicht, daher wird keine angezeigt.</translation>
    </message>
    <message>
        <source>Kibo Token Inspector support bundle</source>
        <translation>Support-Paket von Kibo Token Inspector</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>%1 (Qt %2, built with Qt %3)</source>
        <translation>%1 (Qt %2, erstellt mit Qt %3)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>none received</source>
        <translation>keine erhalten</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Kibo error code</source>
        <translation>Kibo-Fehlercode</translation>
    </message>
    <message>
        <source>The server said</source>
        <translation>Meldung des Servers</translation>
    </message>
    <message>
        <source>Kibo service</source>
        <translation>Kibo-Dienst</translation>
    </message>
    <message>
        <source>Kind of failure</source>
        <translation>Art des Fehlers</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Retry after (seconds)</source>
        <translation>Erneut versuchen nach (Sekunden)</translation>
    </message>
    <message>
        <source>Expiries</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Relative to this bundle</source>
        <translation>Relativ zu diesem Paket</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message numerus="yes">
        <source>redacted, %n character(s)</source>
        <translation>
            <numerusform>geschwärzt, %n Zeichen</numerusform>
            <numerusform>geschwärzt, %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>redacted, %n character(s), ends …%1</source>
        <translation>
            <numerusform>geschwärzt, %n Zeichen, endet auf …%1</numerusform>
            <numerusform>geschwärzt, %n Zeichen, endet auf …%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Two-factor verification</source>
        <translation>Zwei-Faktor-Bestätigung</translation>
    </message>
    <message>
        <source>Pending user id: %1</source>
        <translation>Ausstehende Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Dauer</translation>
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
        <translation>Datum des Servers</translation>
    </message>
    <message>
        <source>Body size</source>
        <translation>Größe des Inhalts</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoded JWT</source>
        <translation>Decodiertes JWT</translation>
    </message>
    <message>
        <source>Algorithm %1; the signature is not part of this bundle.</source>
        <translation>Algorithmus %1; die Signatur ist nicht Teil dieses Pakets.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message numerus="yes">
        <source>Long lists in the reply are cut to their first 50 items; %n item(s) left out.</source>
        <translation>
            <numerusform>Lange Listen in der Antwort werden auf ihre ersten 50 Einträge gekürzt; %n Eintrag ausgelassen.</numerusform>
            <numerusform>Lange Listen in der Antwort werden auf ihre ersten 50 Einträge gekürzt; %n Einträge ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the reply</source>
        <translation>nicht in der Antwort</translation>
    </message>
    <message>
        <source>The connection was refused</source>
        <translation>Die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>The host name was not found</source>
        <translation>Der Hostname wurde nicht gefunden</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>Cancelled by the user</source>
        <translation>Vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed</source>
        <translation>Die sichere Verbindung (TLS) ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A redirect that was not followed</source>
        <translation>Eine Weiterleitung, der nicht gefolgt wurde</translation>
    </message>
    <message>
        <source>A network failure</source>
        <translation>Ein Netzwerkfehler</translation>
    </message>
    <message>
        <source>Kibo refused the call with an error reply</source>
        <translation>Kibo hat den Aufruf mit einer Fehlerantwort abgelehnt</translation>
    </message>
    <message>
        <source>An HTTP error without a Kibo error body</source>
        <translation>Ein HTTP-Fehler ohne Kibo-Fehlerinhalt</translation>
    </message>
    <message>
        <source>A reply that could not be understood</source>
        <translation>Eine Antwort, die nicht verstanden wurde</translation>
    </message>
    <message>
        <source>A reply too large to read</source>
        <translation>Eine Antwort, zu groß zum Lesen</translation>
    </message>
    <message>
        <source>Kibo asked to wait (too many requests)</source>
        <translation>Kibo bat zu warten (zu viele Anfragen)</translation>
    </message>
    <message>
        <source>The proxy failed</source>
        <translation>Der Proxy ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The tenant lookup gave no usable tenant</source>
        <translation>Das Nachschlagen des Mandanten ergab keinen verwendbaren Mandanten</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>no call was answered</source>
        <translation>kein Aufruf wurde beantwortet</translation>
    </message>
</context>
<context>
    <name>TenantCommand</name>
    <message>
        <source>Tenant %1: %2</source>
        <translation>Mandant %1: %2</translation>
    </message>
    <message>
        <source>Kind: development (sandbox) tenant</source>
        <translation>Art: Entwicklungsmandant (Sandbox)</translation>
    </message>
    <message>
        <source>Kind: production tenant</source>
        <translation>Art: Produktionsmandant</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>Sites: none listed</source>
        <translation>Sites: keine aufgeführt</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Sites:</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation>  %1  %2</translation>
    </message>
    <message>
        <source>  (%1)</source>
        <translation>  (%1)</translation>
    </message>
    <message>
        <source>Look the tenant up at its data centre, as Kibo&apos;s SDKs do before every tenant call, and show its name, host and sites. Needs the application&apos;s client id and secret, like a login.</source>
        <translation>Den Mandanten in seinem Rechenzentrum nachschlagen, wie es Kibos SDKs vor jedem Aufruf an den Mandanten tun, und Name, Host und Sites anzeigen. Braucht wie eine Anmeldung Client-ID und Secret der Anwendung.</translation>
    </message>
    <message>
        <source>tenant takes no positional arguments.</source>
        <translation>tenant nimmt keine Positionsargumente.</translation>
    </message>
    <message>
        <source>tenant looks the tenant up at its home host; drop --api-host (it overrides the lookup).</source>
        <translation>tenant schlägt den Mandanten an seinem Home-Host nach; lassen Sie --api-host weg (es ersetzt das Nachschlagen).</translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 ist keine Textdatei.</translation>
    </message>
</context>
<context>
    <name>TicketReport</name>
    <message>
        <source>%1: not in the reply</source>
        <translation>%1: nicht in der Antwort</translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>kein Algorithmus</translation>
    </message>
    <message>
        <source>signature verified</source>
        <translation>Signatur verifiziert</translation>
    </message>
    <message>
        <source>decoded, signature not verified</source>
        <translation>decodiert, Signatur nicht verifiziert</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Claims:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Zeiten:</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Kibo error code: %1</source>
        <translation>Kibo-Fehlercode: %1</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>Korrelations-ID: %1</translation>
    </message>
    <message>
        <source>Two-factor authentication is required: the password was right, and a code was sent to the customer.</source>
        <translation>Zwei-Faktor-Authentifizierung ist erforderlich: Das Passwort war richtig, und an den Kunden wurde ein Code gesendet.</translation>
    </message>
    <message>
        <source>Pending user id: %1</source>
        <translation>Ausstehende Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>The reply held no ticket.</source>
        <translation>Die Antwort enthielt kein Ticket.</translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Access ticket expires</source>
        <translation>Zugriffsticket läuft ab</translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation>Aktualisierungstoken läuft ab</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>JWT access token</source>
        <translation>JWT-Zugriffstoken</translation>
    </message>
    <message>
        <source>Secrets are redacted; add --show-secrets to print them.</source>
        <translation>Geheime Werte sind geschwärzt; fügen Sie --show-secrets hinzu, um sie auszugeben.</translation>
    </message>
    <message>
        <source>Encrypted JWT (JWE, %1): only its header can be read</source>
        <translation>Verschlüsseltes JWT (JWE, %1): Nur sein Header kann gelesen werden</translation>
    </message>
    <message>
        <source>Opaque token, not a JWT</source>
        <translation>Opakes Token, kein JWT</translation>
    </message>
    <message>
        <source>JWT (%1, %2)</source>
        <translation>JWT (%1, %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reply holds no customer account (an anonymous shopper, or responseFields left it out).</source>
        <translation>Die Antwort enthält kein Kundenkonto (ein anonymer Käufer, oder responseFields hat es ausgelassen).</translation>
    </message>
    <message>
        <source>Logged in as %1, customer %2.</source>
        <translation>Angemeldet als %1, Kunde %2.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Logged in as customer %1.</source>
        <translation>Angemeldet als Kunde %1.</translation>
    </message>
    <message>
        <source>Logged in; the reply names no customer.</source>
        <translation>Angemeldet; die Antwort nennt keinen Kunden.</translation>
    </message>
    <message>
        <source>User id: not in the reply</source>
        <translation>Benutzer-ID: nicht in der Antwort</translation>
    </message>
    <message>
        <source>JWS (%1, %2): its payload is not JSON, so it is not a JWT</source>
        <translation>JWS (%1, %2): Seine Payload ist kein JSON, daher ist es kein JWT</translation>
    </message>
    <message>
        <source>Payload (text):</source>
        <translation>Payload (Text):</translation>
    </message>
    <message numerus="yes">
        <source>Payload (%n byte(s), not text, in hexadecimal):</source>
        <translation>
            <numerusform>Payload (%n Byte, kein Text, hexadezimal):</numerusform>
            <numerusform>Payload (%n Bytes, kein Text, hexadezimal):</numerusform>
        </translation>
    </message>
    <message>
        <source>The call to Kibo failed.</source>
        <translation>Der Aufruf an Kibo ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>TimelineAxis</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source> = </source>
        <translation> = </translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <extracomment>The date and time under a timeline marker of another day than today (a QDateTime format, e.g. &quot;7 Dec 14:05&quot;).</extracomment>
        <translation>d. MMM HH:mm</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Leeway in seconds</source>
        <translation>Toleranz in Sekunden</translation>
    </message>
    <message>
        <source>Times closer together than this count as equal, and clocks this far apart as in step.</source>
        <translation>Zeiten, die näher beieinander liegen, gelten als gleich, und Uhren mit höchstens diesem Abstand als synchron.</translation>
    </message>
    <message>
        <source>Leewa&amp;y:</source>
        <translation>T&amp;oleranz:</translation>
    </message>
    <message>
        <source>Timeline findings</source>
        <translation>Befunde der Zeitleiste</translation>
    </message>
    <message>
        <source>The ticket and its JWT agree, and the clocks are in step.</source>
        <translation>Das Ticket und sein JWT stimmen überein, und die Uhren sind synchron.</translation>
    </message>
    <message>
        <source>What the timeline shows:</source>
        <translation>Was die Zeitleiste zeigt:</translation>
    </message>
</context>
<context>
    <name>TokenProfile</name>
    <message>
        <source>The text is larger than %1 MiB.</source>
        <translation>Der Text ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>There is no token: paste or drop a customer JWT or a whole auth ticket.</source>
        <translation>Es gibt kein Token: Fügen Sie ein Kunden-JWT oder ein ganzes Auth-Ticket ein oder ziehen Sie es hierher.</translation>
    </message>
    <message>
        <source>The text is no JSON an auth ticket could be read from.</source>
        <translation>Der Text ist kein JSON, aus dem sich ein Auth-Ticket lesen ließe.</translation>
    </message>
    <message>
        <source>The JSON holds no jwtAccessToken: paste the customer&apos;s JWT or the whole auth ticket.</source>
        <translation>Das JSON enthält kein jwtAccessToken: Fügen Sie das JWT des Kunden oder das ganze Auth-Ticket ein.</translation>
    </message>
    <message>
        <source>This is Kibo&apos;s opaque access token, which names no tenant: paste the jwtAccessToken or the whole auth ticket instead.</source>
        <translation>Das ist Kibos opakes Zugriffstoken, das keinen Mandanten nennt: Fügen Sie stattdessen das jwtAccessToken oder das ganze Auth-Ticket ein.</translation>
    </message>
    <message>
        <source>The text is no customer JWT or auth ticket that can be decoded.</source>
        <translation>Der Text ist kein decodierbares Kunden-JWT oder Auth-Ticket.</translation>
    </message>
    <message>
        <source>The token names no tenant (b.TenantId in the user claims): it is no Kibo customer token.</source>
        <translation>Das Token nennt keinen Mandanten (b.TenantId in den User-Claims): Es ist kein Kibo-Kundentoken.</translation>
    </message>
    <message>
        <source>tenant %1 (b.TenantId)</source>
        <translation>Mandant %1 (b.TenantId)</translation>
    </message>
    <message>
        <source>site %1 (b.SiteId)</source>
        <translation>Site %1 (b.SiteId)</translation>
    </message>
    <message>
        <source>client ID %1 (akey)</source>
        <translation>Client-ID %1 (akey)</translation>
    </message>
    <message>
        <source>the demo tenant</source>
        <translation>der Demo-Mandant</translation>
    </message>
    <message>
        <source>data centre %1 (%2 “%3”)</source>
        <translation>Rechenzentrum %1 (%2 „%3“)</translation>
    </message>
    <message>
        <source>no data centre: the token does not say, so choose it</source>
        <translation>kein Rechenzentrum: Das Token verrät es nicht, wählen Sie es also aus</translation>
    </message>
    <message>
        <source>no data centre: the token does not say (env “%1”), so choose it</source>
        <translation>kein Rechenzentrum: Das Token verrät es nicht (env „%1“), wählen Sie es also aus</translation>
    </message>
    <message>
        <source>Tenant %1, site %2</source>
        <translation>Mandant %1, Site %2</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
</context>
<context>
    <name>TokenTimeline</name>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 d %2 h %3 min</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation>Aktualisierungstoken läuft ab</translation>
    </message>
    <message>
        <source>%1 cannot be placed on the timeline: %2.</source>
        <translation>%1 kann nicht auf der Zeitleiste eingetragen werden: %2.</translation>
    </message>
    <message>
        <source>Neither the ticket nor the JWT names a time.</source>
        <translation>Weder das Ticket noch das JWT nennt einen Zeitpunkt.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>The ticket&apos;s accessTokenExpiration (%1) and the JWT&apos;s user_claims.exp (%2) differ by %3; Kibo writes the same time in both. The JWT may belong to another ticket.</source>
        <translation>accessTokenExpiration des Tickets (%1) und user_claims.exp des JWT (%2) weichen um %3 voneinander ab; Kibo schreibt in beide dieselbe Zeit. Das JWT gehört möglicherweise zu einem anderen Ticket.</translation>
    </message>
    <message>
        <source>The JWT&apos;s exp (%1) and app_claims.exp (%2) differ by %3; Kibo writes the same time in both.</source>
        <translation>exp des JWT (%1) und app_claims.exp (%2) weichen um %3 voneinander ab; Kibo schreibt in beide dieselbe Zeit.</translation>
    </message>
    <message>
        <source>The JWT was issued %1 in the future. This computer&apos;s clock or the server&apos;s is off.</source>
        <translation>Das JWT wurde %1 in der Zukunft ausgestellt. Die Uhr dieses Computers oder die des Servers geht falsch.</translation>
    </message>
    <message>
        <source>The JWT is not valid for another %1 (nbf). A server would refuse it until then; check the clocks.</source>
        <translation>Das JWT ist noch %1 lang nicht gültig (nbf). Ein Server würde es bis dahin ablehnen; prüfen Sie die Uhren.</translation>
    </message>
    <message>
        <source>The JWT expires (%1) before it was issued or became valid (%2).</source>
        <translation>Das JWT läuft ab (%1), bevor es ausgestellt oder gültig wurde (%2).</translation>
    </message>
    <message>
        <source>The access ticket outlives the refresh token by %1; a refresh will not be possible when it ends.</source>
        <translation>Das Zugriffsticket überdauert das Aktualisierungstoken um %1; wenn es abläuft, ist keine Aktualisierung mehr möglich.</translation>
    </message>
    <message>
        <source>The access ticket expired %1 ago: Kibo refuses it until it is refreshed.</source>
        <translation>Das Zugriffsticket ist vor %1 abgelaufen: Kibo lehnt es ab, bis es aktualisiert wird.</translation>
    </message>
    <message>
        <source>The refresh token expired %1 ago: the customer has to log in again.</source>
        <translation>Das Aktualisierungstoken ist vor %1 abgelaufen: Der Kunde muss sich erneut anmelden.</translation>
    </message>
    <message>
        <source>The JWT&apos;s exp passed %1 ago.</source>
        <translation>Das exp des JWT ist vor %1 verstrichen.</translation>
    </message>
    <message>
        <source>Valid from (nbf)</source>
        <translation>Gültig ab (nbf)</translation>
    </message>
    <message>
        <source>Issued (iat)</source>
        <translation>Ausgestellt (iat)</translation>
    </message>
    <message>
        <source>Ticket expires</source>
        <translation>Ticket läuft ab</translation>
    </message>
    <message>
        <source>user_claims.exp</source>
        <translation>user_claims.exp</translation>
    </message>
    <message>
        <source>JWT exp</source>
        <translation>JWT exp</translation>
    </message>
    <message>
        <source>app_claims.exp</source>
        <translation>app_claims.exp</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Refreshed (rotated)</source>
        <translation>Aktualisiert (ausgetauscht)</translation>
    </message>
</context>
<context>
    <name>TroubleshootingPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Was Sie jetzt tun können</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>Countdown bis zum erneuten Versuch</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Tr&amp;y Again</source>
        <translation>Er&amp;neut versuchen</translation>
    </message>
    <message>
        <source>Send the same request again; enabled once the server&apos;s Retry-After time has passed</source>
        <translation>Dieselbe Anfrage erneut senden; verfügbar, sobald die Retry-After-Zeit des Servers verstrichen ist</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>Uhrabweichung</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>Fehlercode:</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Server message:</source>
        <translation>Meldung des Servers:</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Meldung des Servers</translation>
    </message>
    <message>
        <source>Correlation ID:</source>
        <translation>Korrelations-ID:</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy correlation ID</source>
        <translation>Korrelations-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the correlation ID, to quote it to Kibo support</source>
        <translation>Die Korrelations-ID kopieren, um sie dem Kibo-Support zu nennen</translation>
    </message>
    <message>
        <source>Time taken:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Server time:</source>
        <translation>Serverzeit:</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Serverzeit</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Zertifikat des Servers</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copy support bundle</source>
        <translation>Support-Paket kopieren</translation>
    </message>
    <message>
        <source>Copy a support ticket about this login, with every secret and (by default) the customer&apos;s details removed</source>
        <translation>Ein Support-Ticket zu dieser Anmeldung kopieren, ohne alle geheimen Werte und (standardmäßig) ohne die Kundendaten</translation>
    </message>
    <message>
        <source>Save support bundle…</source>
        <translation>Support-Paket speichern…</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <source>Save the support ticket as a Markdown or JSON file</source>
        <translation>Das Support-Ticket als Markdown- oder JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the request as a curl command; secrets stay shell variables</source>
        <translation>Die Anfrage als curl-Befehl kopieren; geheime Werte bleiben Shell-Variablen</translation>
    </message>
    <message>
        <source>Correlation ID copied.</source>
        <translation>Korrelations-ID kopiert.</translation>
    </message>
    <message>
        <source>No ticket in the reply</source>
        <translation>Kein Ticket in der Antwort</translation>
    </message>
    <message>
        <source>The server answered without an auth ticket, a two-factor request or an error.</source>
        <translation>Der Server hat ohne Auth-Ticket, ohne Zwei-Faktor-Anforderung und ohne Fehler geantwortet.</translation>
    </message>
    <message>
        <source>If you set response fields, include accessToken and try again.</source>
        <translation>Wenn Sie Antwortfelder festgelegt haben, nehmen Sie accessToken auf und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>(no HTTP reply)</source>
        <translation>(keine HTTP-Antwort)</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>The server&apos;s own words, quoted; %1 is Kibo&apos;s untranslated message.</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>under 1 ms</source>
        <translation>unter 1 ms</translation>
    </message>
    <message>
        <source>(not measured)</source>
        <translation>(nicht gemessen)</translation>
    </message>
    <message>
        <source>(the reply had no Date header)</source>
        <translation>(die Antwort hatte keinen Date-Header)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1, in step with this computer&apos;s clock (%2 apart)</source>
        <translation>%1, im Gleichlauf mit der Uhr dieses Computers (%2 Abstand)</translation>
    </message>
    <message>
        <source>%1; this computer&apos;s clock is %2 behind</source>
        <translation>%1; die Uhr dieses Computers geht %2 nach</translation>
    </message>
    <message>
        <source>%1; this computer&apos;s clock is %2 ahead</source>
        <translation>%1; die Uhr dieses Computers geht %2 vor</translation>
    </message>
    <message>
        <source>The server named no waiting time; wait a minute before you try again.</source>
        <translation>Der Server hat keine Wartezeit genannt; warten Sie eine Minute, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server&apos;s waiting time has passed: you can try again now.</source>
        <translation>Die Wartezeit des Servers ist verstrichen: Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation>Sie können es in %1 erneut versuchen.</translation>
    </message>
    <message>
        <source>%1, in step with this computer&apos;s clock</source>
        <translation>%1, im Gleichlauf mit der Uhr dieses Computers</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open the user guide: how to log in, read the result, verify tokens and share a problem</source>
        <translation>Das Benutzerhandbuch öffnen: wie man sich anmeldet, das Ergebnis liest, Token verifiziert und ein Problem weitergibt</translation>
    </message>
</context>
<context>
    <name>VaultStatus</name>
    <message>
        <source>The system keyring completed the request.</source>
        <translation>Der Schlüsselbund des Systems hat die Anfrage ausgeführt.</translation>
    </message>
    <message>
        <source>No saved tokens were found for this account, or the keyring is locked.</source>
        <translation>Für dieses Konto wurden keine gespeicherten Tokens gefunden, oder der Schlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <source>The system keyring reported an error and could not complete the request.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet und konnte die Anfrage nicht ausführen.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so the tokens cannot be saved in it.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher können die Tokens nicht darin gespeichert werden.</translation>
    </message>
    <message>
        <source>The system keyring did not answer in time. It will not be asked again until the app restarts, so the tokens cannot be saved in it.</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet. Er wird bis zum Neustart der App nicht mehr gefragt, daher können die Tokens nicht darin gespeichert werden.</translation>
    </message>
    <message>
        <source>The system keyring refused access to this app&apos;s entries. Allow the app in your keyring manager and try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff auf die Einträge dieser App verweigert. Erlauben Sie der App den Zugriff in Ihrer Schlüsselbundverwaltung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus, so no keyring can be reached. Start the app from your desktop session (or inside “dbus-run-session”) and try again.</source>
        <translation>Es gibt keinen D-Bus-Sitzungsbus, daher ist kein Schlüsselbund erreichbar. Starten Sie die App aus Ihrer Desktop-Sitzung (oder innerhalb von „dbus-run-session“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No Secret Service keyring runs on the session bus, and none can be started. Install or start one (GNOME Keyring, KeePassXC or KWallet) and try again.</source>
        <translation>Auf dem Sitzungsbus läuft kein Secret-Service-Schlüsselbund, und keiner kann gestartet werden. Installieren oder starten Sie einen (GNOME Keyring, KeePassXC oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (e.g. in Passwords and Keys / your desktop&apos;s keyring prompt) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (z. B. in „Passwörter und Verschlüsselung“ bzw. in der Schlüsselbund-Abfrage Ihres Desktops) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A token is too large for the keyring, so nothing was sent to it; the tokens are kept in memory until you quit.</source>
        <translation>Ein Token ist zu groß für den Schlüsselbund, daher wurde nichts an ihn gesendet; die Tokens werden bis zum Beenden im Speicher gehalten.</translation>
    </message>
    <message>
        <source>Keyring ready</source>
        <translation>Schlüsselbund bereit</translation>
    </message>
    <message>
        <source>Nothing saved in the keyring</source>
        <translation>Nichts im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Keyring access denied</source>
        <translation>Zugriff auf den Schlüsselbund verweigert</translation>
    </message>
    <message>
        <source>Keyring not answering</source>
        <translation>Schlüsselbund antwortet nicht</translation>
    </message>
    <message>
        <source>Keyring error</source>
        <translation>Schlüsselbund-Fehler</translation>
    </message>
    <message>
        <source>No session bus</source>
        <translation>Kein Sitzungsbus</translation>
    </message>
    <message>
        <source>No Secret Service</source>
        <translation>Kein Secret Service</translation>
    </message>
    <message>
        <source>Keyring locked</source>
        <translation>Schlüsselbund gesperrt</translation>
    </message>
    <message>
        <source>Token too large for the keyring</source>
        <translation>Token zu groß für den Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Verify a JWT&apos;s signature offline with a key you give: a shared secret on standard input, a PEM file (public key, certificate or private key), a JWK or JWK Set file, or a JWKS URL. The algorithm comes from the key, never from the token&apos;s header.

Exit codes: 0 verified; 1 verification failed (the signature does not match, or the key cannot check this token&apos;s algorithm); 2 usage error; 3 the JWKS URL could not be fetched (network, TLS, timeout, HTTP error or redirect); 4 not understood (not a signed JWT, unsupported algorithm, no key with the token&apos;s key id, or a key that cannot be read).

With --secret-stdin the secret is the first line of standard input; a token read from standard input follows on the next line.</source>
        <translation>Die Signatur eines JWT offline mit einem von Ihnen angegebenen Schlüssel verifizieren: ein gemeinsames Geheimnis auf der Standardeingabe, eine PEM-Datei (öffentlicher Schlüssel, Zertifikat oder privater Schlüssel), eine JWK- oder JWK-Set-Datei oder eine JWKS-URL. Der Algorithmus ergibt sich aus dem Schlüssel, niemals aus dem Header des Tokens.

Exit-Codes: 0 verifiziert; 1 Verifizierung fehlgeschlagen (die Signatur passt nicht, oder der Schlüssel kann den Algorithmus dieses Tokens nicht prüfen); 2 Aufruffehler; 3 die JWKS-URL konnte nicht abgerufen werden (Netzwerk, TLS, Zeitüberschreitung, HTTP-Fehler oder Umleitung); 4 nicht verstanden (kein signiertes JWT, nicht unterstützter Algorithmus, kein Schlüssel mit der Schlüssel-ID des Tokens oder ein unlesbarer Schlüssel).

Mit --secret-stdin ist das Geheimnis die erste Zeile der Standardeingabe; ein von der Standardeingabe gelesenes Token folgt in der nächsten Zeile.</translation>
    </message>
    <message>
        <source>The token, or - (the default) to read it from standard input.</source>
        <translation>Das Token oder - (Standard), um es von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>Read the shared secret (HS256, HS384, HS512) from standard input.</source>
        <translation>Das gemeinsame Geheimnis (HS256, HS384, HS512) von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>A PEM public key, certificate or private key, or a JWK or JWK Set file.</source>
        <translation>Ein öffentlicher PEM-Schlüssel, ein Zertifikat oder privater Schlüssel oder eine JWK- oder JWK-Set-Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A JWK Set file, or an http:// or https:// URL serving one.</source>
        <translation>Eine JWK-Set-Datei oder eine http://- oder https://-URL, die eines bereitstellt.</translation>
    </message>
    <message>
        <source>FILE-OR-URL</source>
        <translation>FILE-OR-URL</translation>
    </message>
    <message>
        <source>verify takes one token at most.</source>
        <translation>verify nimmt höchstens ein Token an.</translation>
    </message>
    <message>
        <source>Name the key: --secret-stdin, --key FILE or --jwks FILE-OR-URL.</source>
        <translation>Geben Sie den Schlüssel an: --secret-stdin, --key FILE oder --jwks FILE-OR-URL.</translation>
    </message>
    <message>
        <source>Give only one of --secret-stdin, --key and --jwks.</source>
        <translation>Geben Sie nur eine der Optionen --secret-stdin, --key und --jwks an.</translation>
    </message>
    <message>
        <source>Give --key or --jwks once.</source>
        <translation>Geben Sie --key oder --jwks nur einmal an.</translation>
    </message>
    <message>
        <source>the shared secret</source>
        <translation>das gemeinsame Geheimnis</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>der Standardeingabe</translation>
    </message>
    <message>
        <source>--jwks takes a file or an http:// or https:// URL.</source>
        <translation>--jwks nimmt eine Datei oder eine http://- oder https://-URL an.</translation>
    </message>
    <message>
        <source>No usable key was found.</source>
        <translation>Es wurde kein verwendbarer Schlüssel gefunden.</translation>
    </message>
    <message>
        <source>The signature was not verified.</source>
        <translation>Die Signatur wurde nicht verifiziert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect Kibo Commerce customer auth tickets.</source>
        <translation>Kibo-Commerce-Kunden-Auth-Tickets untersuchen.</translation>
    </message>
    <message>
        <source>Start the built-in demo tenant and log in against it.</source>
        <translation>Den eingebauten Demo-Mandanten starten und sich dort anmelden.</translation>
    </message>
    <message>
        <source>Open with a saved profile.</source>
        <translation>Mit einem gespeicherten Profil öffnen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The interface language, e.g. de.</source>
        <translation>Die Sprache der Oberfläche, z. B. de.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>No display could be opened (Qt platform %1), so the window cannot start. Run &apos;kibo-token-inspector --help&apos; for the command-line tool, or &apos;kibo-token-inspector demo-server&apos; for the demo tenant.</source>
        <translation>Es konnte keine Anzeige geöffnet werden (Qt-Plattform %1), daher kann das Fenster nicht starten. &apos;kibo-token-inspector --help&apos; zeigt das Kommandozeilenwerkzeug, &apos;kibo-token-inspector demo-server&apos; startet den Demo-Mandanten.</translation>
    </message>
    <message>
        <source>The window takes no arguments besides its options. Run &apos;kibo-token-inspector --help&apos; for the commands.</source>
        <translation>Das Fenster nimmt außer seinen Optionen keine Argumente. &apos;kibo-token-inspector --help&apos; zeigt die Befehle.</translation>
    </message>
</context>
</TS>
