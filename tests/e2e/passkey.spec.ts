import { expect, test, type APIRequestContext, type BrowserContext } from '@playwright/test';
import { demoIds } from '../../src/server/demo/demo-family';
import { InvitationPage } from './pages/invitation-page';

// Oma is invited by the jeugdbeschermer, redeems the invitation with the code and a passkey, logs
// out and back in with the passkey; a replayed login assertion is refused (SECURITY.md B1, B4).
// WebAuthn refuses IP addresses as relying party, so this story runs on http://localhost.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const ORIGIN = `http://localhost:${PORT}`;
const csrf = { 'x-requested-with': 'gezien' };

async function addVirtualAuthenticator(
  context: BrowserContext,
  page: Parameters<BrowserContext['newCDPSession']>[0],
) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
}

async function inviteOma(request: APIRequestContext) {
  const login = await request.post(`${ORIGIN}/api/auth/login`, {
    headers: csrf,
    data: { username: 'jeugdbeschermer', password: 'gezien-demo' },
  });
  expect(login.status()).toBe(200);
  const cookie = login.headers()['set-cookie']!.split(';')[0]!;
  const invitation = await request.post(`${ORIGIN}/api/cases/${demoIds.case}/invitations`, {
    headers: { ...csrf, cookie },
    data: { memberId: demoIds.members.oma },
  });
  expect(invitation.status()).toBe(201);
  return (await invitation.json()) as { link: string; code: string };
}

test('oma redeems her invitation with a passkey, logs in with it again, and a replayed login is refused', async ({
  page,
  context,
  playwright,
}) => {
  const api = await playwright.request.newContext();
  const { link, code } = await inviteOma(api);
  expect(link).toMatch(new RegExp(`^${ORIGIN}/welkom#t=`));
  await addVirtualAuthenticator(context, page);

  const invitation = new InvitationPage(page);
  await invitation.open(link);
  await invitation.enterCode(code);
  await expect(invitation.passkeyExplanation()).toBeVisible();
  await invitation.makePasskey();
  await expect(page).not.toHaveURL(/\/welkom/);
  const me = await page.request.get(`${ORIGIN}/api/auth/me`);
  expect(await me.json()).toMatchObject({ memberships: [{ memberId: demoIds.members.oma }] });

  // Logged out over the API; the logout button itself is the subject of logout.spec.ts.
  const logout = await page.request.post(`${ORIGIN}/api/auth/logout`, { headers: csrf });
  expect(logout.status()).toBe(204);
  expect((await page.request.get(`${ORIGIN}/api/auth/me`)).status()).toBe(401);
  await page.goto(`${ORIGIN}/login`);

  let verifyBody: string | null = null;
  await page.route('**/api/auth/passkey/verify', async (route) => {
    verifyBody = route.request().postData();
    await route.continue();
  });
  await page.getByRole('button', { name: 'Inloggen met een passkey' }).click();
  await expect(page).not.toHaveURL(/\/login$/);
  expect((await page.request.get(`${ORIGIN}/api/auth/me`)).status()).toBe(200);

  expect(verifyBody).not.toBeNull();
  const replay = await api.post(`${ORIGIN}/api/auth/passkey/verify`, {
    headers: { ...csrf, 'content-type': 'application/json' },
    data: verifyBody!,
  });
  expect(replay.status()).toBe(401);
  expect(await replay.json()).toEqual({ error: 'passkey-failed' });
  expect(replay.headers()['set-cookie']).toBeUndefined();

  const reuse = await api.post(`${ORIGIN}/api/invitations/check`, {
    headers: csrf,
    data: { token: new URL(link).hash.slice(3), code },
  });
  expect(reuse.status()).toBe(410);
  await api.dispose();
});
