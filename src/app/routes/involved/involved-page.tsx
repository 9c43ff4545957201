import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { useDateFormat } from '../../i18n/format-date';
import { VoiceSection } from '../../components/voice/voice-section';
import { InvolvementCard } from './involvement-card';
import type { ContactChange, InvolvedView } from './involved-view';
import { useInvolvedView } from './use-involved-view';
import '../../styles/cards.css';
import '../../styles/involved.css';

export function InvolvedPage() {
  const { t } = useTranslation('involved');
  const data = useInvolvedView();
  usePageTitle(t('title'));

  return (
    <div className="involved">
      <h1>{t('title')}</h1>
      {data === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : data.view.isEmpty ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('empty.title')}</p>
          <p>{t('empty.text')}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t('intro')}</p>
          <Sections view={data.view} isYouth={data.isYouth} />
        </>
      )}
    </div>
  );
}

function Sections({ view, isYouth }: { view: InvolvedView; isYouth: boolean }) {
  const { t } = useTranslation(['involved', 'roles']);
  return (
    <>
      {view.myContact && (
        <section aria-labelledby="my-contact" className="section section--mine">
          <h2 id="my-contact">{t('involved:myContact.title')}</h2>
          {view.contactChange && <ChangeNote change={view.contactChange} />}
          <InvolvementCard involvement={view.myContact} headingLevel={3} isYouth={isYouth}>
            <PersonVoice involvement={view.myContact} />
          </InvolvementCard>
        </section>
      )}
      {view.groups.length > 0 && (
        <section aria-labelledby="others" className="section">
          <h2 id="others">{t('involved:others.title')}</h2>
          {view.groups.map(({ group, involvements }) => (
            <div key={group} className="group">
              <h3>{t(`roles:group.${group}.name`)}</h3>
              <p className="group__what">{t(`roles:group.${group}.what`)}</p>
              <ul className="cards" role="list">
                {involvements.map((involvement) => (
                  <li key={involvement.id}>
                    <InvolvementCard involvement={involvement} headingLevel={4} isYouth={isYouth}>
                      <PersonVoice involvement={involvement} />
                    </InvolvementCard>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {view.earlier.length > 0 && (
        <section aria-labelledby="earlier" className="section">
          <h2 id="earlier">{t('involved:earlier.title')}</h2>
          <ul className="cards" role="list">
            {view.earlier.map((involvement) => (
              <li key={involvement.id}>
                <InvolvementCard involvement={involvement} headingLevel={3} isYouth={isYouth} ended />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function ChangeNote({ change }: { change: ContactChange }) {
  const { t } = useTranslation('involved');
  const format = useDateFormat();
  const name = change.previous.personName || change.previous.organisation;
  return <p className="change-note">{t('myContact.changed', { date: format.day(change.on), name })}</p>;
}

function PersonVoice({
  involvement,
}: {
  involvement: InvolvedView['groups'][number]['involvements'][number];
}) {
  return (
    <VoiceSection
      subject={{ type: 'involvement', id: involvement.id }}
      what={involvement.personName || involvement.organisation}
    />
  );
}
