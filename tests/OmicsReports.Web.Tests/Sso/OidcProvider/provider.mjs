// A real OpenID Connect provider (npm oidc-provider) on loopback for the sign-in tests. It serves two issuers from
// one port: the root one stands in for a hospital's Keycloak/ADFS/Okta, and /entra-test/v2.0 stands in for
// Microsoft Entra ID (Identity.Web builds its authority as Instance + TenantId + "/v2.0").
//
// Accounts: any login name signs in (the dev interaction pages ask for a login and a password, and accept any
// password). The login's prefix decides the groups and app roles the tokens carry, so each test can use fresh
// people: path-* pathologist, onc-* oncologist, cur-* curator, adm-* admin, anything else none.
// POST /__test/accounts/<login> with {"roles":[...],"groups":[...]} changes one person's claims (a role change
// at the provider). The first line on standard output is JSON naming the issuers; the process ends on SIGTERM
// or when its standard input closes (the test that started it went away).
import http from 'node:http';
import Provider, { interactionPolicy } from 'oidc-provider';

const port = Number(process.env.OIDC_PORT ?? 0);
const entraPrefix = '/entra-test/v2.0';
const tenantId = 'entra-test';

const byPrefix = {
  'path-': { roles: ['Omics.Pathologist'], groups: ['omics-pathologists'] },
  'onc-': { roles: ['Omics.Oncologist'], groups: ['omics-oncologists'] },
  'cur-': { roles: ['Omics.Curator'], groups: ['omics-curators'] },
  'adm-': { roles: ['Omics.Admin'], groups: ['omics-admins'] },
};
const overrides = new Map();

function claimsOf(login) {
  const prefix = Object.keys(byPrefix).find((p) => login.startsWith(p));
  const mapped = overrides.get(login) ?? (prefix ? byPrefix[prefix] : { roles: [], groups: [] });
  return {
    sub: login,
    oid: `oid-${login}`,
    tid: tenantId,
    email: `${login}@hospital.example`,
    email_verified: true,
    preferred_username: `${login}@hospital.example`,
    name: `Dr. ${login}`,
    roles: mapped.roles,
    groups: mapped.groups,
  };
}

// A loopback (native) client would be asked for consent at every sign-in; the hospital has approved the app.
function policy() {
  const base = interactionPolicy.base();
  base.get('consent').checks.remove('native_client_prompt');
  return base;
}

function configuration(clients) {
  return {
    interactions: { policy: policy() },
    clients,
    // Claims ride in the ID token (as Entra ID sends roles and groups), whatever the scopes.
    conformIdTokenClaims: false,
    claims: {
      openid: ['sub', 'oid', 'tid', 'roles', 'groups', 'preferred_username'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    responseTypes: ['code', 'id_token', 'code id_token'],
    // Without pushed authorization requests the parameters (prompt, max_age) ride in the browser's URL, where the
    // tests can see them; the app uses PAR whenever a provider offers it.
    features: { devInteractions: { enabled: true }, pushedAuthorizationRequests: { enabled: false } },
    pkce: { required: () => false },
    async findAccount(_ctx, id) {
      return { accountId: id, claims: async () => claimsOf(id) };
    },
    // No consent screen: the hospital's provider has pre-approved the app, as in production.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) {
        return ctx.oidc.provider.Grant.find(grantId);
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  };
}

// Native clients may use any port on loopback (RFC 8252, 7.3), so the app's test port need not be known here.
function client(id, name) {
  return {
    client_id: id,
    client_secret: `${id}-secret`,
    application_type: 'native',
    token_endpoint_auth_method: 'client_secret_post',
    redirect_uris: [`http://127.0.0.1/signin-${name}`],
    post_logout_redirect_uris: [`http://127.0.0.1/signout-callback-${name}`],
    response_types: ['code', 'id_token', 'code id_token'],
    grant_types: ['authorization_code', 'implicit'],
    require_auth_time: true,
  };
}

const server = http.createServer();
server.listen(port, '127.0.0.1', () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const hospital = new Provider(base, configuration([client('omics-hospital', 'oidc-hospital')]));
  const entra = new Provider(base + entraPrefix, configuration([client('omics-entra', 'entra')]));
  const hospitalHandler = hospital.callback();
  const entraHandler = entra.callback();

  server.on('request', (req, res) => {
    if (req.method === 'POST' && req.url.startsWith('/__test/accounts/')) {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => {
        overrides.set(decodeURIComponent(req.url.slice('/__test/accounts/'.length)), JSON.parse(body));
        res.writeHead(204).end();
      });
      return;
    }
    if (req.url.startsWith(entraPrefix)) {
      // Mounted under a path: oidc-provider reads the mount path from originalUrl.
      req.originalUrl = req.url;
      req.url = req.url.slice(entraPrefix.length) || '/';
      entraHandler(req, res);
      return;
    }
    hospitalHandler(req, res);
  });
  process.stdout.write(`${JSON.stringify({ issuer: base, entraInstance: `${base}/`, entraTenant: tenantId, entraIssuer: base + entraPrefix })}\n`);
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
