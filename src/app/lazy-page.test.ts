import { getI18n } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { initI18n } from './i18n/i18n';
import { lazyPage } from './lazy-page';

describe('a lazy page', () => {
  it('fetches its translations while its chunk is still loading, not after', async () => {
    await initI18n('nl');
    let chunkArrives!: () => void;
    const Page = () => null;
    const loader = lazyPage(
      () => new Promise((resolve) => (chunkArrives = () => resolve(Page))),
      ['rightspage', 'glossarypage'],
    );

    const loading = loader();
    await expect
      .poll(() => ['rightspage', 'glossarypage'].every((ns) => getI18n().hasResourceBundle('nl', ns)))
      .toBe(true);
    chunkArrives();
    expect((await loading).Component).toBe(Page);
  });
});
