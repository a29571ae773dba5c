// Logs in to the Kibo Token Inspector demo tenant with Kibo's official TypeScript SDKs and prints one
// JSON object. Usage: node sdk-login.js https://127.0.0.1:PORT   (trust the demo CA via NODE_EXTRA_CA_CERTS)
// No token is printed: only their shapes. The demo password is the public demo seed's.
'use strict';

const { APIAuthClient } = require('@kibocommerce/sdk-authentication');
const { Configuration } = require('@kibocommerce/rest-sdk');
const { StorefrontAuthTicketApi } = require('@kibocommerce/rest-sdk/clients/Customer');
const fetch = require('isomorphic-fetch');

const DEMO = {
    clientId: 'KiboTokenInspector.demo.1.0.0.Release',
    sharedSecret: 'demo-shared-secret',
    tenantId: 100001,
    siteId: 100002,
    username: 'ada.lovelace@example.com',
    password: 'Demo-pass-1',
};

const hex32 = /^[0-9a-f]{32}$/;

function shape(ticket) {
    const jwtParts = (ticket.jwtAccessToken || '').split('.');
    let claims = {};
    try {
        claims = JSON.parse(Buffer.from(jwtParts[1] || '', 'base64url').toString('utf8'));
    } catch (e) {
        claims = {};
    }
    const user = claims['https://www.kibocommerce.com/user_claims'] || {};
    return {
        accessTokenBytes: Buffer.from(ticket.accessToken || '', 'base64').length,
        refreshTokenIsHex32: hex32.test(ticket.refreshToken || ''),
        userIdIsHex32: hex32.test(ticket.userId || ''),
        jwtSegments: jwtParts.length,
        jwtAnon: user.anon,
        jwtTenantId: user['b.TenantId'],
        accessTokenExpiration: ticket.accessTokenExpiration,
        customerEmail: ticket.customerAccount ? ticket.customerAccount.emailAddress : null,
        customerId: ticket.customerAccount ? ticket.customerAccount.id : null,
    };
}

async function main() {
    const base = new URL(process.argv[2]);
    const hostAndPort = base.host; // the SDKs add https:// themselves
    const result = { ok: false };

    // 1. App authentication with sdk-authentication (POST /api/platform/applications/authtickets/oauth).
    const auth = new APIAuthClient(
        { clientId: DEMO.clientId, sharedSecret: DEMO.sharedSecret, authHost: hostAndPort }, fetch);
    const appTicket = await auth.authenticate();
    result.app = {
        tokenType: appTicket.token_type,
        expiresIn: appTicket.expires_in,
        hasAccessToken: typeof appTicket.access_token === 'string' && appTicket.access_token.length > 0,
        hasRefreshToken: typeof appTicket.refresh_token === 'string' && appTicket.refresh_token.length > 0,
    };
    const renewed = await auth.refreshTicket(appTicket);
    result.app.renewed = typeof renewed.access_token === 'string' && renewed.access_token !== appTicket.access_token;

    const badAuth = new APIAuthClient(
        { clientId: DEMO.clientId, sharedSecret: 'not-the-secret', authHost: hostAndPort }, fetch);
    try {
        await badAuth.authenticate();
        result.app.badSecretRefused = false;
    } catch (e) {
        result.app.badSecretRefused = true;
    }

    // 2. Customer auth tickets with rest-sdk: it looks the tenant up on the auth host
    //    (GET /api/platform/tenants/{id}) and then calls https://{domain}/api.
    const configuration = new Configuration({
        tenantId: DEMO.tenantId,
        siteId: DEMO.siteId,
        catalog: 1,
        masterCatalog: 1,
        clientId: DEMO.clientId,
        sharedSecret: DEMO.sharedSecret,
        authHost: hostAndPort,
        apiHost: base.origin,
        fetchApi: fetch,
    });
    const tickets = new StorefrontAuthTicketApi(configuration);

    const login = await tickets.createUserAuthTicket({
        customerUserAuthInfo: { username: DEMO.username, password: DEMO.password },
    });
    result.login = shape(login);

    const refreshed = await tickets.refreshUserAuthTicket({ refreshToken: login.refreshToken });
    result.refresh = shape(refreshed);
    result.refresh.keptRefreshToken = refreshed.refreshToken === login.refreshToken;

    const anonymous = await tickets.createAnonymousShopperAuthTicket({});
    result.anonymous = shape(anonymous);

    const narrowed = await tickets.createUserAuthTicket({
        customerUserAuthInfo: { username: DEMO.username, password: DEMO.password },
        responseFields: 'userId,customerAccount(id)',
    });
    result.responseFields = Object.keys(narrowed).sort();

    try {
        await tickets.createUserAuthTicket({
            customerUserAuthInfo: { username: DEMO.username, password: 'wrong-password' },
        });
        result.badPassword = { refused: false };
    } catch (e) {
        result.badPassword = {
            refused: true,
            status: e.response ? e.response.status : null,
            errorCode: e.apiError ? e.apiError.errorCode : null,
            correlationIdIsHex32: hex32.test(e.response ? String(e.response.correlationId) : ''),
        };
    }

    const checks = [
        result.app.tokenType === 'Bearer',
        result.app.expiresIn === 3600,
        result.app.hasAccessToken,
        result.app.renewed,
        result.app.badSecretRefused,
        result.login.accessTokenBytes === 320,
        result.login.refreshTokenIsHex32,
        result.login.userIdIsHex32,
        result.login.jwtSegments === 3,
        result.login.jwtAnon === '0',
        result.login.jwtTenantId === String(DEMO.tenantId),
        result.login.customerEmail === DEMO.username,
        result.refresh.keptRefreshToken,
        result.refresh.customerEmail === DEMO.username,
        result.anonymous.jwtAnon === '1',
        result.anonymous.customerEmail === null,
        JSON.stringify(result.responseFields) === JSON.stringify(['customerAccount', 'userId']),
        result.badPassword.refused && result.badPassword.status === 401,
        result.badPassword.errorCode === 'INVALID_CREDENTIALS',
        result.badPassword.correlationIdIsHex32,
    ];
    result.failedChecks = checks.map((passed, index) => (passed ? -1 : index)).filter((index) => index >= 0);
    result.ok = result.failedChecks.length === 0;
    return result;
}

main().then(
    (result) => {
        process.stdout.write(JSON.stringify(result, null, 2) + '\n');
        process.exit(result.ok ? 0 : 1);
    },
    (error) => {
        // The SDK errors carry the URL but no secret; print only the message and Kibo's code.
        const apiError = error && error.apiError ? error.apiError : {};
        process.stdout.write(JSON.stringify({ ok: false, error: String(error && error.message),
                                              errorCode: apiError.errorCode || null }) + '\n');
        process.exit(1);
    });
