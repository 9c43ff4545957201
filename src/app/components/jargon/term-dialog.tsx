import { useEffect, useId, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GlossaryKey } from '../../../shared/catalog/glossary';
import { ReadAloudButton } from '../read-aloud/read-aloud-button';
import { youth } from '../../i18n/youth';

interface Props {
  term: GlossaryKey;
  isYouth: boolean;
  onClose: () => void;
}

/**
 * The explanation of one word as a sheet at the bottom of the screen (where a thumb reaches). Focus
 * moves into it; Escape, the close button or a tap outside closes it and focus returns to the word.
 */
export function TermDialog({ term, isYouth, onClose }: Props) {
  // decisions: the read-aloud button's words, loaded with the dialog so opening it never waits.
  const { t } = useTranslation(['glossary', 'glossarypage', 'decisions']);
  const word = t(`glossary:term.${term}.word`);
  const explanation = t(`glossary:term.${term}.explanation`, youth(isYouth));
  const headingId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onCloseRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return createPortal(
    <div className="term-sheet__backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="term-sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        onKeyDown={trapFocus}
      >
        <h2 id={headingId} className="term-sheet__word">
          {word}
        </h2>
        <p>{explanation}</p>
        <ReadAloudButton text={explanation} what={word} />
        <div className="term-sheet__actions">
          <button ref={closeRef} type="button" className="button button--primary" onClick={onClose}>
            {t('glossarypage:jargon.close')}
          </button>
          <Link to={`/begrippen#${term}`} className="button button--quiet">
            {t('glossarypage:jargon.all')}
          </Link>
        </div>
      </div>
    </div>,
    document.body,
  );
}

/** Keeps Tab inside the sheet while it is open (it is modal). */
function trapFocus(e: ReactKeyboardEvent<HTMLDivElement>) {
  if (e.key !== 'Tab') return;
  const focusable = [...e.currentTarget.querySelectorAll<HTMLElement>('a[href], button')];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last?.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first?.focus();
  }
}
