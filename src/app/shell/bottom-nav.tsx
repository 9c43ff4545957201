import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import '../styles/nav.css';

type NavKey =
  | 'home'
  | 'involved'
  | 'decisions'
  | 'events'
  | 'rights'
  | 'glossary'
  | 'myStory'
  | 'settings'
  | 'sessions'
  | 'accessLog'
  | 'download';

interface NavItem {
  to: string;
  /** A key under `nav` in common.json. */
  label: NavKey;
  icon: ReactNode;
}

const main: NavItem[] = [
  { to: '/', label: 'home', icon: <path d="M3 11 12 4l9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z" /> },
  {
    to: '/betrokken',
    label: 'involved',
    icon: (
      <path d="M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21v-1a6 6 0 0 1 12 0v1M16 3.5a4 4 0 0 1 0 7.5M22 21v-1a6 6 0 0 0-4-5.6" />
    ),
  },
  {
    to: '/besluiten',
    label: 'decisions',
    icon: <path d="M6 2h9l5 5v15H6zM14 2v6h6M9 13h8M9 17h8" />,
  },
  {
    to: '/afspraken',
    label: 'events',
    icon: <path d="M4 5h16v16H4zM4 10h16M8 3v4M16 3v4" />,
  },
];

/**
 * Pages under "Meer". Other features add their page here (one line each); the order is the order in
 * the menu.
 */
export const moreItems: NavItem[] = [
  { to: '/mijn-verhaal', label: 'myStory', icon: <path d="M4 20h4L19 9l-4-4L4 16zM13 7l4 4" /> },
  {
    to: '/rechten',
    label: 'rights',
    icon: <path d="M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6z" />,
  },
  {
    to: '/begrippen',
    label: 'glossary',
    icon: <path d="M4 4h7a3 3 0 0 1 3 3v13a2 2 0 0 0-2-2H4zM20 4h-4a2 2 0 0 0-2 2M20 4v14h-6" />,
  },
  {
    to: '/instellingen',
    label: 'settings',
    icon: <path d="M12 3 5 6v5c0 4.5 3 8 7 10 4-2 7-5.5 7-10V6zM9 12l2 2 4-4" />,
  },
  { to: '/sessies', label: 'sessions', icon: <path d="M3 5h18v11H3zM8 20h8M12 16v4" /> },
  {
    to: '/toegang',
    label: 'accessLog',
    icon: <path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z" />,
  },
  { to: '/toegang#download', label: 'download', icon: <path d="M12 3v12M7 10l5 5 5-5M4 21h16" /> },
];

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      className="bottom-nav__icon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

/** The main menu at the bottom of the screen, where a thumb reaches: always a word, never only an icon. */
export function BottomNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [moreOpen, setMoreOpen] = useState(false);
  const moreId = useId();
  const moreButton = useRef<HTMLButtonElement>(null);
  const inMore = moreItems.some((item) => pathname.startsWith(item.to));

  // A new page opens at its top, not at the old page's scroll position (a #anchor is the page's job).
  useEffect(() => {
    if (window.location.hash) return;
    document.documentElement.scrollTop = 0;
    document.body.scrollTop = 0;
  }, [pathname]);

  useEffect(() => {
    if (!moreOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setMoreOpen(false);
      moreButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [moreOpen]);

  return (
    <nav className="bottom-nav" aria-label={t('nav.label')}>
      {moreOpen && (
        <ul id={moreId} className="bottom-nav__more" role="list">
          {moreItems.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} className="bottom-nav__more-link" onClick={() => setMoreOpen(false)}>
                <Icon>{item.icon}</Icon>
                {t(`nav.${item.label}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      )}
      <ul className="bottom-nav__list" role="list">
        {main.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === '/'} className="bottom-nav__link">
              <Icon>{item.icon}</Icon>
              <span>{t(`nav.${item.label}`)}</span>
            </NavLink>
          </li>
        ))}
        <li>
          <button
            ref={moreButton}
            type="button"
            className={`bottom-nav__link ${inMore ? 'active' : ''}`}
            aria-expanded={moreOpen}
            aria-controls={moreId}
            onClick={() => setMoreOpen(!moreOpen)}
          >
            <Icon>
              <path d="M5 12h.01M12 12h.01M19 12h.01" strokeWidth="3" />
            </Icon>
            <span>{t('nav.more')}</span>
          </button>
        </li>
      </ul>
    </nav>
  );
}
