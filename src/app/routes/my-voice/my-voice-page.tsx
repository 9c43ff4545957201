import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { dismissRefusedWrite } from '../../../data/sync/write-outcome';
import { RefusedWrite } from '../../components/voice/refused-write';
import { VoiceCard } from '../../components/voice/voice-item';
import { usePageTitle } from '../../components/use-page-title';
import { subjectLink } from './subject-link';
import { useMyVoice } from './use-my-voice';
import '../../styles/voice.css';

/** Mijn reacties: all I wrote, where it stands (sent, read by whom, answered, changed), and the answers. */
export function MyVoicePage() {
  const { t } = useTranslation('voice');
  const data = useMyVoice();
  const navigate = useNavigate();
  usePageTitle(t('mine.title'));

  return (
    <div className="my-voice">
      <h1>{t('mine.title')}</h1>
      <p className="lead">{t('mine.intro')}</p>
      {data === undefined ? (
        <p role="status">{t('mine.loading')}</p>
      ) : data === null || (data.items.length === 0 && data.refused.length === 0) ? (
        <div className="empty-state">
          <p>{t('mine.none')}</p>
        </div>
      ) : (
        <ul className="voice-list" role="list">
          {data.refused.map((entry) => (
            <li key={`refused-${entry.mutationId}`}>
              <RefusedWrite
                refused={entry}
                onRetry={() => {
                  const { subject } = entry.args as { subject?: { type: string; id: string } };
                  void navigate(subject?.type === 'case' ? '/mijn-verhaal' : '/besluiten');
                }}
                onDiscard={() => void dismissRefusedWrite(entry.mutationId)}
              />
            </li>
          ))}
          {data.items.map((item) => {
            const link = subjectLink(item.perspective, data.rows);
            return (
              <li key={item.perspective.id} className="my-voice__item">
                <p className="my-voice__where">
                  <Link to={link.to}>{t(`mine.where.${link.kind}`, { name: link.name })}</Link>
                </p>
                <VoiceCard item={item} me={data.me} members={data.members} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
