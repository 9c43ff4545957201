import { useTranslation } from 'react-i18next';
import { dismissRefusedWrite, type RefusedWrite } from '../../../data/sync/write-outcome';
import { refusalKey } from './refusal';

/**
 * Writes of this case the server refused after the form was closed (made offline, or the answer
 * was slow): what it was, why, and a way to clear it once seen. Nothing disappears silently.
 */
export function RefusedWrites({ refused }: { caseId: string; refused: RefusedWrite[] }) {
  const { t } = useTranslation('pro');
  if (refused.length === 0) return null;
  return (
    <section className="refused" aria-labelledby="refused-title">
      <h2 id="refused-title">{t('refused.title')}</h2>
      <ul role="list">
        {refused.map((entry) => (
          <li key={entry.mutationId}>
            <p>
              <strong>{t(`refused.what.${whatKey(entry.name)}`)}</strong>{' '}
              {t(`refusal.${refusalKey(entry.code)}`)}
            </p>
            <button
              type="button"
              className="button"
              onClick={() => void dismissRefusedWrite(entry.mutationId)}
            >
              {t('refused.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

const whatKeys = {
  'case.create': 'case-create',
  'member.add': 'member-add',
  'member.update': 'member-update',
  'member.end': 'member-end',
  'team.add': 'team-add',
  'team.setRole': 'team-setRole',
  'involvement.put': 'involvement-put',
  'involvement.end': 'involvement-end',
  'decision.put': 'decision-put',
  'decision.withdraw': 'decision-withdraw',
  'statement.put': 'statement-put',
  'statement.withdraw': 'statement-withdraw',
  'event.put': 'event-put',
  'event.cancel': 'event-cancel',
  'perspective.resolve': 'perspective-resolve',
  'perspective.markRead': 'perspective-markRead',
  'reply.add': 'reply-add',
} as const;
const whatKey = (name: string) => whatKeys[name as keyof typeof whatKeys] ?? 'other';
