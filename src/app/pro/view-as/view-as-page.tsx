import { useTranslation } from 'react-i18next';
import { fetchViewAs } from '../../../data/api/pro-api';
import { todayInNl } from '../../../shared/catalog/dates';
import type { ViewAsResponse } from '../../../shared/api/pro';
import { useDateFormat } from '../../i18n/format-date';
import { InvolvementCard } from '../../routes/involved/involvement-card';
import { CaseFrame } from '../components/case-frame';
import { useCaseRows, useProParams } from '../components/use-case';
import { useOnline } from '../components/use-online';
import { viewAsView } from './view-as-rows';
import '../../styles/cards.css';
import '../../styles/involved.css';

/**
 * "Bekijk als …" (decision 009): the family app's content exactly as the chosen member's own pull
 * holds it today, computed by the server's read policy, read-only and online only; opening it is
 * written to the access log. Framed as a preview throughout, so nobody mistakes it for their own view.
 */
export function ViewAsPage() {
  const { t } = useTranslation('proviewas');
  const { caseId, memberId = '' } = useProParams();
  const rows = useCaseRows(caseId);
  const preview = useOnline(() => fetchViewAs(caseId, memberId), [caseId, memberId]);
  const name = rows?.members.find((m) => m.id === memberId)?.displayName ?? '';
  return (
    <CaseFrame caseId={caseId} rows={rows} title={t('title', { name })}>
      {() =>
        preview.result.state === 'loading' ? (
          <p role="status">{t('loading')}</p>
        ) : preview.result.state === 'failed' ? (
          <p>{preview.result.code === 'network' ? t('offline') : t('failed')}</p>
        ) : (
          <Preview response={preview.result.data} />
        )
      }
    </CaseFrame>
  );
}

function Preview({ response }: { response: ViewAsResponse }) {
  const { t } = useTranslation('proviewas');
  const format = useDateFormat();
  const view = viewAsView(response, todayInNl());
  const name = response.member.displayName;
  const isYouth = response.member.role === 'youth';
  return (
    <section className="view-as" aria-labelledby="view-as-frame">
      <div className="view-as__banner">
        <h2 id="view-as-frame">{t('banner.title', { name })}</h2>
        <p>{t('banner.readOnly')}</p>
        <p>{t('banner.private', { name })}</p>
      </div>
      <h3>{t('contact.title')}</h3>
      {view.involved.myContact ? (
        <InvolvementCard involvement={view.involved.myContact} headingLevel={4} isYouth={isYouth} />
      ) : (
        <p>{t('contact.none')}</p>
      )}
      <h3>{t('involved.title')}</h3>
      {view.involved.groups.length === 0 ? (
        <p>{t('involved.none')}</p>
      ) : (
        <ul className="cards" role="list">
          {view.involved.groups.flatMap(({ involvements }) =>
            involvements.map((involvement) => (
              <li key={involvement.id}>
                <InvolvementCard involvement={involvement} headingLevel={4} isYouth={isYouth} />
              </li>
            )),
          )}
        </ul>
      )}
      {view.involved.earlier.length > 0 && (
        <>
          <h3>{t('earlier.title')}</h3>
          <ul className="cards" role="list">
            {view.involved.earlier.map((involvement) => (
              <li key={involvement.id}>
                <InvolvementCard involvement={involvement} headingLevel={4} isYouth={isYouth} ended />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('decisions.title')}</h3>
      {view.decisions.length === 0 ? (
        <p>{t('decisions.none')}</p>
      ) : (
        <ul role="list" className="plain-list">
          {view.decisions.map((decision) => (
            <li key={decision.id}>
              {decision.title} ({format.day(decision.decidedOn)})
            </li>
          ))}
        </ul>
      )}
      <h3>{t('events.title')}</h3>
      {view.events.length === 0 ? (
        <p>{t('events.none')}</p>
      ) : (
        <ul role="list" className="plain-list">
          {view.events.map((event) => (
            <li key={event.id}>
              {event.title} ({format.dayOfInstant(event.startsAt)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
