import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOpenCorrections } from './use-my-voice';

/** On Mijn overzicht: new answers and open correction requests, with the way to Mijn reacties. */
export function MyVoiceCard({ newReplies }: { newReplies: number }) {
  const { t } = useTranslation('voice');
  const open = useOpenCorrections();
  if (open === undefined || (open === 0 && newReplies === 0)) return null;
  return (
    <section aria-labelledby="home-voice" className="home-card" data-testid="home-voice">
      <h2 id="home-voice">{t('mine.title')}</h2>
      <ul className="home-list" role="list">
        {newReplies > 0 && <li>{t('mine.newReplies', { count: newReplies })}</li>}
        {open > 0 && <li>{t('mine.openCorrections', { count: open })}</li>}
      </ul>
      <p className="home-card__more">
        <Link to="/mijn-reacties">{t('mine.link')}</Link>
      </p>
    </section>
  );
}
