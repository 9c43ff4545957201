import { chromium, devices, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** Debian's Chromium as the e2e tests start it (playwright.config.ts), with a phone's screen. */
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

/** A new device: empty storage, no service worker, a Pixel 7's screen, Dutch. */
export const newDevice = (browser: Browser, baseURL: string): Promise<BrowserContext> =>
  browser.newContext({
    ...devices['Pixel 7'],
    viewport: { width: 390, height: 844 },
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });

/** Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbps down, 750 kbps up. */
export const slow4g = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** Slows the page's CPU by `rate` and, when given, its network, through the DevTools protocol. */
export async function throttle(page: Page, rate: number, network?: typeof slow4g) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  return cdp;
}

/** Logs in through the login screen, as a person does. */
export async function logIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn overzicht' }).waitFor({ timeout: 60_000 });
}

/** Waits until the service worker controls the page, so the app opens with no network. */
export async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
    );
  });
}
