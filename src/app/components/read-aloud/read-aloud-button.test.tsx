import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, loadNamespaces } from '../../i18n/i18n';
import { ReadAloudButton } from './read-aloud-button';

class FakeUtterance {
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

function installSpeech() {
  const spoken: FakeUtterance[] = [];
  const synth = {
    speak: vi.fn((u: FakeUtterance) => spoken.push(u)),
    cancel: vi.fn(),
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return { synth, spoken };
}

beforeEach(async () => {
  await initI18n('nl');
  await loadNamespaces('decisions');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Voorlezen', () => {
  it('is not shown where the browser cannot speak', () => {
    render(<ReadAloudButton text="Hallo" />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('reads the text in Dutch, shows it is pressed, and stops on a second press or when done', async () => {
    const { synth, spoken } = installSpeech();
    const user = userEvent.setup();
    render(<ReadAloudButton text="Wat betekent dit voor mij?" what="Wat betekent dit" />);

    const button = screen.getByRole('button', { name: 'Voorlezen: Wat betekent dit' });
    expect(button).toHaveAttribute('aria-pressed', 'false');

    await user.click(button);
    expect(spoken[0]).toMatchObject({ text: 'Wat betekent dit voor mij?', lang: 'nl-NL' });
    expect(button).toHaveAttribute('aria-pressed', 'true');

    await user.click(button);
    expect(synth.cancel).toHaveBeenCalled();
    expect(button).toHaveAttribute('aria-pressed', 'false');

    await user.click(button);
    act(() => spoken[1]!.onend?.());
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('lets only one text speak at a time', async () => {
    installSpeech();
    const user = userEvent.setup();
    render(
      <>
        <ReadAloudButton text="Een" what="een" />
        <ReadAloudButton text="Twee" what="twee" />
      </>,
    );

    await user.click(screen.getByRole('button', { name: 'Voorlezen: een' }));
    await user.click(screen.getByRole('button', { name: 'Voorlezen: twee' }));

    expect(screen.getByRole('button', { name: 'Voorlezen: een' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Voorlezen: twee' })).toHaveAttribute('aria-pressed', 'true');
  });
});
