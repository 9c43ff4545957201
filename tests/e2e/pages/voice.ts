import type { Locator, Page } from '@playwright/test';

/** "Mijn kant" on an item, found by its Dutch labels. */
export class VoicePanel {
  constructor(
    private readonly page: Page,
    private readonly scope: Locator,
  ) {}

  async open() {
    await this.scope.getByRole('button', { name: /^Mijn kant over/ }).click();
  }

  async write(stance: string, text: string) {
    await this.scope.getByRole('radio', { name: stance }).check();
    await this.scope.getByLabel('Jouw woorden').fill(text);
  }

  readers() {
    return this.scope.getByTestId('readers-preview');
  }

  async send() {
    await this.scope.getByRole('button', { name: 'Versturen' }).click();
  }

  item(text: string) {
    return this.scope.getByTestId('voice-item').filter({ hasText: text });
  }
}

/** The device's IndexedDB as it is stored (no app lock in these stories, so rows are plain). */
export async function storedPerspectives(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{
        cursor: unknown;
        rows: { id: string; stance: string; text: string; houses?: unknown }[];
      }>((resolve, reject) => {
        const open = indexedDB.open('gezien');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['perspective', 'meta'], 'readonly');
          const rows = tx.objectStore('perspective').getAll();
          const cursor = tx.objectStore('meta').get('cursor');
          tx.oncomplete = () => {
            resolve({
              cursor: (cursor.result as { value?: unknown } | undefined)?.value ?? null,
              rows: rows.result,
            });
            db.close();
          };
        };
      }),
  );
}

/** A professional's writes through the API (the console's inbox screens are another issue's). */
export async function apiAs(page: Page) {
  const clientId = `e2e-voice-${Date.now()}`;
  let mutationId = 1;
  const post = async (url: string, body: unknown) =>
    page.evaluate(
      async ([u, b]) => {
        const response = await fetch(u as string, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-requested-with': 'gezien' },
          body: JSON.stringify(b),
        });
        return { status: response.status, body: (await response.json()) as unknown };
      },
      [url, body] as const,
    );
  return {
    async pull() {
      const { body } = await post('/api/sync/pull', { protocolVersion: 1, clientId, cursor: null });
      return (body as { changes: { op: string; entity: string; value: Record<string, unknown> }[] }).changes;
    },
    async push(name: string, args: unknown) {
      return post('/api/sync/push', {
        protocolVersion: 1,
        clientId,
        mutations: [{ id: mutationId++, name, args }],
      });
    },
  };
}
