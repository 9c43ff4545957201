import { useTranslation } from 'react-i18next';
import type { Audience, Member, Subject } from '../../../shared/domain';
import { byRoleThenName, useMemberLabel } from './member-label';
import { useReaders } from './use-voice';

interface ReadersPreviewProps {
  id: string;
  caseId: string;
  me: Member;
  subject: Subject;
  audience: Audience;
}

/** Before sending: exactly who will be able to read it, by name (the same rule the server uses). */
export function ReadersPreview({ id, caseId, me, subject, audience }: ReadersPreviewProps) {
  const { t } = useTranslation('voice');
  const memberLabel = useMemberLabel();
  const readers = useReaders(caseId, me, subject, audience);
  if (readers === undefined) return null;
  const others = readers.filter((member) => member.id !== me.id).sort(byRoleThenName);
  return (
    <div id={id} className="voice-readers" aria-live="polite" data-testid="readers-preview">
      <p className="voice-readers__heading">{t('readers.heading')}</p>
      {others.length === 0 ? (
        <p>{t('readers.onlyYou')}</p>
      ) : (
        <ul role="list">
          <li>{t('readers.you')}</li>
          {others.map((member) => (
            <li key={member.id}>{memberLabel(member)}</li>
          ))}
        </ul>
      )}
      {me.role !== 'professional' && others.length > 0 && (
        <p className="field__hint">{t('readers.hiddenNote')}</p>
      )}
    </div>
  );
}
