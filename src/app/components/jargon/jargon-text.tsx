import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findTerms, type GlossaryKey } from '../../../shared/catalog/glossary';
import { TermDialog } from './term-dialog';
import { useAmYouth } from './use-am-youth';
import { useTermMatchers } from './use-term-matchers';
import '../../styles/glossary.css';

interface Props {
  text: string;
  /** Defaults to the current member's role; pass it when the page already knows. */
  isYouth?: boolean;
}

/**
 * Any text with its hard words (from the glossary) marked as buttons; a tap opens the plain
 * explanation. Each word is marked once per text, where it first appears, so a paragraph does not
 * turn into a row of buttons.
 */
export function JargonText({ text, isYouth }: Props) {
  // glossary and decisions are loaded here so the explanation opens without waiting.
  const { t } = useTranslation(['glossarypage', 'glossary', 'decisions']);
  const matchers = useTermMatchers();
  const amYouth = useAmYouth();
  const segments = useMemo(() => findTerms(text, matchers, { firstOnly: true }), [text, matchers]);
  const [open, setOpen] = useState<{ term: GlossaryKey; trigger: HTMLButtonElement } | null>(null);

  return (
    <>
      {segments.map((segment, index) =>
        typeof segment === 'string' ? (
          segment
        ) : (
          <button
            key={index}
            type="button"
            className="jargon"
            aria-haspopup="dialog"
            aria-expanded={open?.term === segment.term}
            aria-label={t('glossarypage:jargon.explain', { word: segment.text })}
            onClick={(e) => setOpen({ term: segment.term, trigger: e.currentTarget })}
          >
            {segment.text}
          </button>
        ),
      )}
      {open && (
        <TermDialog
          term={open.term}
          isYouth={isYouth ?? amYouth}
          onClose={() => {
            open.trigger.focus();
            setOpen(null);
          }}
        />
      )}
    </>
  );
}
