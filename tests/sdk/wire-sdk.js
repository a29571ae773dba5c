// Drives Kibo's official TypeScript SDKs through every customer auth-ticket operation against the wire recorder
// (wire-recorder.js), so testwireparity can hold our client's requests against theirs.
//
//   node wire-sdk.js < CONFIG.json      (trust the recorder's CA through NODE_EXTRA_CA_CERTS)
//
// CONFIG: { authHost: "127.0.0.1:PORT", tenantId, siteId, clientId, sharedSecret, username, password,
//           twoFactorUsername, otpEmail, code, responseFields }   (test values; the secret comes on stdin, not argv)
// Prints one JSON object: { ok, sdkVersions, steps: [{ name, ok, error }] } and nothing secret.
//
// The recording comes from @kibocommerce/rest-sdk 3.2634.1 (package-lock.json; the only release in package.json's
// range — `npm view @kibocommerce/rest-sdk versions` lists 0.0.12, 1.0.0, 3.2634.1 — and it has the 2FA/OTP
// methods) and @kibocommerce/sdk-authentication 1.0.1. Which SDK call makes which request, read in node_modules:
// - app token: sdk-authentication APIAuthClient.authenticate(), reached through rest-sdk's Configuration
//   (client-runtime/configuration.js builds the APIAuthClient whenever clientId + sharedSecret are set).
// - tenant lookup: client-runtime/tenant-data-manager.js TenantManager.getTenant(), called by
//   Configuration.getBaseAPIUrl() before the first tenant call; it GETs https://<authHost>/api/platform/tenants/{id}
//   and then every call goes to https://{domain}/api (an apiHost would be ignored).
// - the rest: clients/Customer StorefrontAuthTicketApi — createUserAuthTicket (log in), refreshUserAuthTicket,
//   createAnonymousShopperAuthTicket, generateAndSend2faOtp (2fa/request, no body), validate2FAAndCreateAuthTicket
//   (2fa/auth), generateAndSendOtp (otp/request), validateOtpAndCreateAuthTicket (otp/auth).
'use strict';

const { Configuration } = require('@kibocommerce/rest-sdk');
const { StorefrontAuthTicketApi } = require('@kibocommerce/rest-sdk/clients/Customer');

function readStdin() {
    return new Promise((resolve, reject) => {
        let text = '';
        process.stdin.setEncoding('utf8');
        process.stdin.on('data', (chunk) => { text += chunk; });
        process.stdin.on('end', () => resolve(text));
        process.stdin.on('error', reject);
    });
}

function describe(error) {
    // SDK errors carry the URL but no secret; keep Kibo's code and the status.
    const parts = [String(error && error.message)];
    if (error && error.response && error.response.status)
        parts.push(`status ${error.response.status}`);
    if (error && error.apiError && error.apiError.errorCode)
        parts.push(error.apiError.errorCode);
    return parts.join(', ');
}

async function main() {
    const config = JSON.parse(await readStdin());
    const result = {
        ok: false,
        sdkVersions: {
            restSdk: require('@kibocommerce/rest-sdk/package.json').version,
            sdkAuthentication: require('@kibocommerce/sdk-authentication/package.json').version,
        },
        steps: [],
    };
    // What a storefront developer configures: tenant, site, app credentials and the home host. Catalogs are
    // left out on purpose, as our CLI's explicit target has none.
    const configuration = new Configuration({
        tenantId: config.tenantId,
        siteId: config.siteId,
        clientId: config.clientId,
        sharedSecret: config.sharedSecret,
        authHost: config.authHost,
    });
    const tickets = new StorefrontAuthTicketApi(configuration);

    async function step(name, action) {
        try {
            const value = await action();
            result.steps.push({ name, ok: true });
            return value;
        } catch (error) {
            result.steps.push({ name, ok: false, error: describe(error) });
            return undefined;
        }
    }

    // The app token and the tenant lookup happen inside the first call, exactly as in an application.
    const login = await step('customer login', () => tickets.createUserAuthTicket({
        customerUserAuthInfo: { username: config.username, password: config.password },
    }));
    await step('refresh', () => tickets.refreshUserAuthTicket({
        refreshToken: login ? login.refreshToken : '',
        responseFields: config.responseFields,
    }));
    await step('anonymous shopper', () => tickets.createAnonymousShopperAuthTicket({}));
    const challenge = await step('2FA login', () => tickets.createUserAuthTicket({
        customerUserAuthInfo: { username: config.twoFactorUsername, password: config.password },
    }));
    if (challenge && !(challenge.requires2FA === true && typeof challenge.userId === 'string'))
        result.steps.push({ name: '2FA login', ok: false, error: 'no 2FA challenge in the reply' });
    // The SDK's resend takes no userId: Kibo pairs it with the pending login (auth-api.md section 9).
    await step('2FA resend', () => tickets.generateAndSend2faOtp({}));
    await step('2FA auth', () => tickets.validate2FAAndCreateAuthTicket({
        authTicket2FAInfo: { userId: challenge ? challenge.userId : '', otpCode: config.code },
    }));
    await step('OTP request', () => tickets.generateAndSendOtp({ otpRequest: { email: config.otpEmail } }));
    await step('OTP login', () => tickets.validateOtpAndCreateAuthTicket({
        authTicketOtpInfo: { email: config.otpEmail, otpCode: config.code },
    }));

    result.ok = result.steps.every((entry) => entry.ok);
    return result;
}

main().then(
    (result) => {
        process.stdout.write(JSON.stringify(result) + '\n');
        process.exit(result.ok ? 0 : 1);
    },
    (error) => {
        process.stdout.write(JSON.stringify({ ok: false, error: describe(error) }) + '\n');
        process.exit(1);
    });
