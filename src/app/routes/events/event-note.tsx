import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getEventNote, saveEventNote } from '../../../data/repos/note-repo';

/**
 * "Wat wil ik zeggen?": a note kept only on this device, saved on every keystroke so nothing is lost
 * when the phone locks or the page closes. It never goes through mutate(), so never to the server.
 */
export function EventNote({ caseId, eventId }: { caseId: string; eventId: string }) {
  const note = useLiveQuery(async () => (await getEventNote(eventId))?.text ?? '', [eventId]);
  // Wait for the stored text, then let the textarea own it (live updates would move the caret).
  if (note === undefined) return null;
  return <NoteField caseId={caseId} eventId={eventId} initial={note} />;
}

function NoteField({ caseId, eventId, initial }: { caseId: string; eventId: string; initial: string }) {
  const { t } = useTranslation('events');
  const id = useId();
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(false);

  return (
    <div className="event-note">
      <label htmlFor={id} className="event-note__label">
        {t('note.label')}
      </label>
      <p id={`${id}-hint`} className="event-note__hint">
        {t('note.hint')}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        rows={4}
        value={text}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          setSaved(false);
          void saveEventNote(caseId, eventId, value).then(() => setSaved(true));
        }}
      />
      <p className="event-note__saved" role="status">
        {saved ? t('note.saved') : ''}
      </p>
    </div>
  );
}
