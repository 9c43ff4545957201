import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n, loadNamespaces } from '../../i18n/i18n';
import { Countdown } from './countdown';

beforeEach(async () => {
  await initI18n('nl');
  await loadNamespaces('measures', 'decisions');
});

describe('Countdown', () => {
  it('says how many days are left and the last day', () => {
    render(<Countdown deadline="2026-12-07" daysLeft={9} expired={false} noDeadline="" />);
    expect(screen.getByText('Nog 9 dagen')).toBeInTheDocument();
    expect(screen.getByText('Uiterlijk 7 december 2026')).toBeInTheDocument();
  });

  it('says so plainly on the last day', () => {
    render(<Countdown deadline="2026-12-07" daysLeft={0} expired={false} noDeadline="" />);
    expect(screen.getByText('Vandaag is de laatste dag')).toBeInTheDocument();
  });

  it('says the term has passed and until when it ran', () => {
    render(<Countdown deadline="2026-07-28" daysLeft={0} expired noDeadline="" />);
    expect(screen.getByText('De termijn is voorbij')).toBeInTheDocument();
    expect(screen.getByText('Dat kon tot 28 juli 2026.')).toBeInTheDocument();
  });

  it('uses the words it is given when there is no term', () => {
    render(<Countdown deadline={null} daysLeft={null} expired={false} noDeadline="Geen vaste termijn." />);
    expect(screen.getByText('Geen vaste termijn.')).toBeInTheDocument();
  });
});
