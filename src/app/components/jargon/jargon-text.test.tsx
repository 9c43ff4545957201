import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import glossary from '../../../../locales/nl/glossary.json';
import { loadNamespaces } from '../../i18n/i18n';
import { JargonText } from './jargon-text';

beforeAll(async () => {
  await loadNamespaces('glossary', 'glossarypage', 'decisions');
});

function renderText(text: string, isYouth = false) {
  const router = createMemoryRouter([
    { path: '/', element: <p>{<JargonText text={text} isYouth={isYouth} />}</p> },
  ]);
  return { user: userEvent.setup(), ...render(<RouterProvider router={router} />) };
}

const text = 'De kinderrechter heeft een OTS uitgesproken. De OTS duurt een jaar.';

describe('JargonText', () => {
  it('marks a hard word as a button, once, and keeps the text readable as a whole', () => {
    renderText(text);

    expect(screen.getByRole('button', { name: 'OTS: tik voor uitleg' })).toHaveTextContent('OTS');
    expect(screen.getAllByRole('button', { name: /OTS/ })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'kinderrechter: tik voor uitleg' })).toBeInTheDocument();
    expect(screen.getByText((_, el) => el?.tagName === 'P' && el.textContent === text)).toBeInTheDocument();
  });

  it('opens the plain explanation of OTS in a dialog', async () => {
    const { user } = renderText(text);

    await user.click(screen.getByRole('button', { name: 'OTS: tik voor uitleg' }));

    const dialog = screen.getByRole('dialog', { name: glossary.term.ots.word });
    expect(dialog).toHaveTextContent(glossary.term.ots.explanation);
    expect(screen.getByRole('button', { name: 'Sluiten' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Alle begrippen' })).toHaveAttribute('href', '/begrippen#ots');
  });

  it('closes with Escape and puts focus back on the word', async () => {
    const { user } = renderText(text);
    const word = screen.getByRole('button', { name: 'OTS: tik voor uitleg' });

    await user.click(word);
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(word).toHaveFocus();
  });

  it('gives a young person the explanation written for them', async () => {
    const { user } = renderText(text, true);

    await user.click(screen.getByRole('button', { name: 'OTS: tik voor uitleg' }));

    expect(screen.getByRole('dialog')).toHaveTextContent(glossary.term.ots.explanation_youth);
  });

  it('leaves a text without hard words as plain text', () => {
    renderText('Het ging goed op school vandaag.');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
