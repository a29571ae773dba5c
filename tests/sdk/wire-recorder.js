// A recording stand-in for Kibo on two loopback HTTPS origins, for the wire-parity test (testwireparity):
// Kibo's official SDKs and our client talk to it in turn, and the test compares what each one sent.
//
//   node wire-recorder.js --cert SERVER.pem --key SERVER.key --log RECORD.jsonl [--tenant N] [--site N]
//
// Like real Kibo (auth-api.md section 3) it plays two origins:
// - HOME answers the app token (POST /api/platform/applications/authtickets/oauth, JSON or form body) and the
//   tenant lookup (GET /api/platform/tenants/{id}), whose `domain` names the POD; it refuses customer calls.
// - POD answers the customer auth-ticket endpoints (with and without a trailing slash).
// Once both listen it prints one line: "listening home=https://127.0.0.1:H pod=https://127.0.0.1:P".
// Every request is appended to the log as one JSON line (origin, method, path, decoded query, all headers,
// raw body, reply status, and the tokens the reply issued, so the test can recognise them when they come back)
// *before* the reply goes out: once a client has its answer, its request is on disk. Every reply carries
// x-vol-correlation. The recorder exits when its standard input closes, so it never outlives the test.
// No npm dependency: node's own https and crypto.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const https = require('https');

function option(name, fallback) {
    const index = process.argv.indexOf(`--${name}`);
    return index > 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}

const certFile = option('cert');
const keyFile = option('key');
const logFile = option('log');
const tenantId = Number(option('tenant', '100001'));
const siteId = Number(option('site', '100002'));
if (!certFile || !keyFile || !logFile) {
    process.stderr.write('usage: node wire-recorder.js --cert FILE --key FILE --log FILE [--tenant N] [--site N]\n');
    process.exit(2);
}

const TWO_FA_USERS = new Set(['mfa@example.com']); // answer a correct login with {requires2FA, userId}
const JWT_SECRET = crypto.randomBytes(32);
const hex32 = () => crypto.randomBytes(16).toString('hex');

// Recorder state: what it issued, so later calls can be checked the way Kibo would.
const appTokens = new Map(); // access_token -> client_id
const refreshTokens = new Map(); // refreshToken -> { account, userId }
const pending2FA = new Map(); // userId -> { username, appToken }
let podOrigin = '';

function base64url(data) {
    return Buffer.from(data).toString('base64url');
}

function jwt(claims) {
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = base64url(JSON.stringify(claims));
    const signature = crypto.createHmac('sha256', JWT_SECRET).update(`${header}.${payload}`).digest('base64url');
    return `${header}.${payload}.${signature}`;
}

function isoNoZone(date) {
    return date.toISOString().replace(/Z$/, '');
}

// A CustomerAuthTicket (auth-api.md section 1); account is null for an anonymous shopper.
function makeTicket(account, issued, keep) {
    const now = new Date();
    const accessExpiry = new Date(now.getTime() + 15 * 60 * 1000);
    const refreshExpiry = new Date(now.getTime() + 24 * 60 * 60 * 1000);
    const userId = keep ? keep.userId : hex32();
    const refreshToken = keep ? keep.refreshToken : hex32();
    const seconds = Math.floor(now.getTime() / 1000);
    const ticket = {
        accessToken: crypto.randomBytes(320).toString('base64'),
        accessTokenExpiration: accessExpiry.toISOString(),
        refreshToken,
        refreshTokenExpiration: keep ? keep.refreshTokenExpiration : refreshExpiry.toISOString(),
        jwtAccessToken: jwt({
            iss: 'https://www.kibocommerce.com',
            aud: 'https://www.kibocommerce.com',
            sub: userId,
            unique_name: userId,
            sid: hex32(),
            nbf: seconds,
            iat: seconds,
            exp: seconds + 3600,
            'https://www.kibocommerce.com/user_claims': {
                uid: userId,
                anon: account ? '0' : '1',
                st: 'Shopper',
                exp: isoNoZone(accessExpiry).replace(/\.\d+$/, ''),
                'b.TenantId': String(tenantId),
                'b.SiteId': String(siteId),
                'b.AccountId': account ? String(account.id) : '0',
            },
        }),
        userId,
    };
    if (account)
        ticket.customerAccount = account;
    issued.push({ label: account ? 'customer accessToken' : 'anonymous accessToken', value: ticket.accessToken });
    issued.push({ label: 'jwtAccessToken', value: ticket.jwtAccessToken });
    issued.push({ label: 'refreshToken', value: ticket.refreshToken });
    issued.push({ label: 'userId', value: ticket.userId });
    refreshTokens.set(refreshToken, { account, userId, refreshTokenExpiration: ticket.refreshTokenExpiration });
    return ticket;
}

function accountFor(username) {
    const local = username.split('@')[0] || username;
    const id = 1000 + (crypto.createHash('sha256').update(username).digest().readUInt16BE(0) % 9000);
    return { id, emailAddress: username, userName: username, firstName: local, lastName: 'Recorder' };
}

function kiboError(status, errorCode, message, data = {}) {
    return {
        status,
        json: {
            message,
            errorCode,
            applicationName: status === 401 && errorCode === 'INVALID_ACCESS_TOKEN' ? 'Tenant' : 'Customer',
            additionalErrorData: Object.entries(data).map(([name, value]) => ({ name, value: String(value) })),
            items: [],
            exceptionDetail: { type: 'WireRecorder.Error', message, source: 'wire-recorder', stackTrace: '' },
        },
    };
}

const notFound = () => kiboError(404, 'ITEM_NOT_FOUND', 'Item not found.');

function parseBody(contentType, text) {
    if (!text)
        return {};
    if (/application\/x-www-form-urlencoded/i.test(contentType || ''))
        return Object.fromEntries(new URLSearchParams(text));
    try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' ? value : null;
    } catch (e) {
        return null;
    }
}

function bearer(headers) {
    const match = /^Bearer (.+)$/.exec(headers.authorization || '');
    return match && appTokens.has(match[1]) ? match[1] : null;
}

function home(request, path, body) {
    if (request.method === 'POST' && path === '/api/platform/applications/authtickets/oauth') {
        if (!body || !body.client_id || !body.client_secret || body.grant_type !== 'client_credentials')
            return kiboError(401, 'INVALID_CREDENTIALS', 'Invalid credentials.', { CredentialsName: 'client_id' });
        const issued = [];
        const reply = {
            access_token: crypto.randomBytes(48).toString('base64url'),
            token_type: 'Bearer',
            expires_in: 3600,
            refresh_token: hex32(),
        };
        appTokens.set(reply.access_token, body.client_id);
        issued.push({ label: 'app token', value: reply.access_token });
        issued.push({ label: 'app refresh token', value: reply.refresh_token });
        return { status: 200, json: reply, issued };
    }
    const tenant = /^\/api\/platform\/tenants\/(\d+)\/?$/.exec(path);
    if (request.method === 'GET' && tenant) {
        if (!bearer(request.headers))
            return kiboError(401, 'INVALID_ACCESS_TOKEN', 'Invalid access token.', { OperationName: 'GetTenant' });
        if (Number(tenant[1]) !== tenantId)
            return notFound();
        const domain = podOrigin.replace(/^https:\/\//, '');
        return {
            status: 200,
            json: {
                id: tenantId,
                name: 'Wire recorder tenant',
                isDevTenant: true,
                domain,
                sites: [{
                    id: siteId,
                    siteId,
                    tenantId,
                    name: 'Wire recorder site',
                    // A site host of its own, as Kibo gives one; the SDKs use the tenant's domain, so this one
                    // is unreachable on purpose: a client that followed it would record nothing.
                    domain: `t${tenantId}-s${siteId}.wire-recorder.invalid`,
                    catalogId: 1,
                    localeCode: 'en-US',
                    currencyCode: 'USD',
                }],
                masterCatalogs: [{ id: 1, name: 'Master catalog', catalogs: [{ id: 1, name: 'Catalog' }] }],
            },
        };
    }
    return notFound(); // home refuses customer calls, as Kibo's home host does
}

function pod(request, path, query, body) {
    const base = '/api/commerce/customer/authtickets';
    const operation = path.replace(/\/$/, '');
    if (!operation.startsWith(base))
        return notFound();
    const appToken = bearer(request.headers);
    if (!appToken)
        return kiboError(401, 'INVALID_ACCESS_TOKEN', 'Invalid access token.', { OperationName: operation });
    const foreignTenant = request.headers['x-vol-tenant'] && Number(request.headers['x-vol-tenant']) !== tenantId;
    const foreignSite = request.headers['x-vol-site'] && Number(request.headers['x-vol-site']) !== siteId;
    if (foreignTenant || foreignSite)
        return notFound();
    if (body === null)
        return kiboError(400, 'MISSING_OR_INVALID_PARAMETER', 'Missing or invalid parameter: body is not JSON',
            { ParameterName: 'body' });
    const missing = (name) => kiboError(400, 'MISSING_OR_INVALID_PARAMETER',
        `Missing or invalid parameter: ${name} is required`, { ParameterName: name });
    const validCode = (code) => typeof code === 'string' && /^\d{6}$/.test(code);
    const issued = [];
    const suffix = operation.slice(base.length);

    if (request.method === 'POST' && suffix === '') {
        if (!body.username)
            return missing('username');
        if (!body.password)
            return missing('password');
        if (TWO_FA_USERS.has(body.username)) {
            const userId = hex32();
            pending2FA.set(userId, { username: body.username, appToken });
            issued.push({ label: 'pending 2FA userId', value: userId });
            return { status: 200, json: { requires2FA: true, userId }, issued };
        }
        return { status: 200, json: makeTicket(accountFor(body.username), issued), issued };
    }
    if (request.method === 'PUT' && suffix === '/refresh') {
        const known = refreshTokens.get(query.get('refreshToken') || '');
        if (!known)
            return kiboError(401, 'INVALID_REFRESH_TOKEN', 'Invalid refresh token.');
        return { status: 200, json: makeTicket(known.account, issued, { ...known, refreshToken: query.get('refreshToken') }),
            issued };
    }
    if (request.method === 'GET' && suffix === '/anonymousshopper')
        return { status: 200, json: makeTicket(null, issued), issued };
    if (request.method === 'POST' && (suffix === '/2fa/request' || suffix === '/otp/request'))
        return { status: 200, empty: true }; // Kibo answers 200 with no body, known user or not
    if (request.method === 'POST' && suffix === '/2fa/auth') {
        const challenge = pending2FA.get(body.userId || '');
        if (!challenge)
            return kiboError(401, 'OTP_EXPIRED', 'No verification is pending for this user.');
        if (!validCode(body.otpCode))
            return kiboError(401, 'INVALID_OTP', 'Invalid code.', { RemainingAttempts: 2 });
        pending2FA.delete(body.userId);
        return { status: 200, json: makeTicket(accountFor(challenge.username), issued), issued };
    }
    if (request.method === 'POST' && suffix === '/otp/auth') {
        if (!body.email)
            return missing('email');
        if (!validCode(body.otpCode))
            return kiboError(401, 'INVALID_OTP', 'Invalid code.', { RemainingAttempts: 2 });
        return { status: 200, json: makeTicket(accountFor(body.email), issued), issued };
    }
    return notFound();
}

function handler(origin) {
    return (request, response) => {
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const url = new URL(request.url, 'https://recorder.invalid');
            let reply;
            try {
                const body = parseBody(request.headers['content-type'], text);
                reply = origin === 'home' ? home(request, url.pathname, body) : pod(request, url.pathname,
                    url.searchParams, body);
            } catch (e) {
                reply = kiboError(500, 'INTERNAL_ERROR', `wire recorder failed: ${e.message}`);
            }
            const record = {
                origin,
                method: request.method,
                path: url.pathname,
                query: [...url.searchParams.entries()],
                rawQuery: url.search,
                headers: request.headers,
                body: text,
                status: reply.status,
                errorCode: reply.json && reply.json.errorCode ? reply.json.errorCode : undefined,
                issued: reply.issued || [],
            };
            fs.appendFileSync(logFile, JSON.stringify(record) + '\n');
            const headers = { 'x-vol-correlation': hex32() };
            if (reply.empty) {
                headers['content-length'] = '0';
                response.writeHead(reply.status, headers);
                response.end();
                return;
            }
            const payload = Buffer.from(JSON.stringify(reply.json));
            headers['content-type'] = 'application/json; charset=utf-8';
            headers['content-length'] = String(payload.length);
            response.writeHead(reply.status, headers);
            response.end(payload);
        });
    };
}

const tls = { cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) };
const homeServer = https.createServer(tls, handler('home'));
const podServer = https.createServer(tls, handler('pod'));

function listen(server) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(server.address().port));
    });
}

Promise.all([listen(homeServer), listen(podServer)]).then(
    ([homePort, podPort]) => {
        podOrigin = `https://127.0.0.1:${podPort}`;
        process.stdout.write(`listening home=https://127.0.0.1:${homePort} pod=${podOrigin}\n`);
    },
    (error) => {
        process.stderr.write(`wire recorder could not listen: ${error.message}\n`);
        process.exit(1);
    });

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
