import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { speechLocale } from '../../i18n/i18n';
import { canSpeak, speak, stopSpeaking, useSpeakingId } from './speech';
import '../../styles/read-aloud.css';

interface Props {
  /** The text to read, usually the paragraph next to the button. */
  text: string;
  /** What is read, for the accessible name: "Voorlezen: Wat betekent dit voor mij?". */
  what?: string;
  /** The language of the text when it is not the app's: case content professionals wrote is Dutch. */
  lang?: string;
}

/**
 * Voorlezen: reads a text aloud in the current language; press again to stop. Not shown where the
 * browser cannot speak. A toggle button (aria-pressed), so its name stays the same.
 */
export function ReadAloudButton({ text, what, lang }: Props) {
  const { t, i18n } = useTranslation('decisions');
  const id = useId();
  const speakingId = useSpeakingId();
  const speaking = speakingId === id;

  // Leaving the page stops the voice that belongs to it.
  useEffect(() => () => stopSpeaking(id), [id]);

  if (!canSpeak() || text.trim() === '') return null;

  return (
    <button
      type="button"
      className="button button--quiet read-aloud"
      aria-pressed={speaking}
      aria-label={what ? t('readAloud.labelWhat', { what }) : undefined}
      onClick={() => (speaking ? stopSpeaking(id) : speak(id, text, speechLocale(lang ?? i18n.language)))}
    >
      <span className="read-aloud__icon" aria-hidden="true">
        {speaking ? '■' : '▶'}
      </span>
      {t('readAloud.label')}
    </button>
  );
}
