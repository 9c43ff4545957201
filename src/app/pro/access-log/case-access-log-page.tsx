import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCaseAccessLog } from '../../../data/api/pro-api';
import { useDateFormat } from '../../i18n/format-date';
import { CaseFrame } from '../components/case-frame';
import { SelectField, TextField } from '../components/fields';
import { useCaseRows, useProParams } from '../components/use-case';
import { useOnline } from '../components/use-online';
import { filterLog, noLogFilter, valuesOf, type LogFilter } from './access-log-filter';

const known = [
  'case',
  'decision',
  'statement',
  'involvement',
  'event',
  'perspective',
  'reply',
  'member',
  'access-log',
];
const whatKey = (entity: string) => (known.includes(entity) ? entity : 'other');

/**
 * Who of my organisation looked at or changed what in this case, and when (SECURITY.md E3). Online
 * only: the access log never leaves the server for the device. The period goes to the server; the
 * person, what and action filter the answer here.
 */
export function CaseAccessLogPage() {
  const { t } = useTranslation(['procase', 'accesslog']);
  const { caseId } = useProParams();
  const rows = useCaseRows(caseId);
  const format = useDateFormat();
  const [period, setPeriod] = useState({ from: '', to: '' });
  const [filter, setFilter] = useState<LogFilter>(noLogFilter);
  const log = useOnline(
    () => fetchCaseAccessLog(caseId, { from: period.from || undefined, to: period.to || undefined }),
    [caseId, period.from, period.to],
  );
  const entries = log.result.state === 'ready' ? log.result.data : [];
  const shown = filterLog(entries, filter);
  const option = (label: string) => [{ value: '', label }];
  return (
    <CaseFrame caseId={caseId} rows={rows} title={t('procase:log.title')}>
      {() => (
        <>
          <p>{t('procase:log.intro')}</p>
          <form
            className="inbox-filters"
            role="search"
            aria-label={t('procase:log.filters')}
            onSubmit={(e) => e.preventDefault()}
          >
            <TextField
              id="log-from"
              type="date"
              label={t('accesslog:from')}
              value={period.from}
              onChange={(from) => setPeriod({ ...period, from })}
            />
            <TextField
              id="log-to"
              type="date"
              label={t('accesslog:to')}
              value={period.to}
              onChange={(to) => setPeriod({ ...period, to })}
            />
            <SelectField
              id="log-person"
              label={t('procase:log.person')}
              value={filter.person}
              onChange={(person) => setFilter({ ...filter, person })}
              options={[
                ...option(t('procase:log.everyone')),
                ...valuesOf(entries, 'actorName').map((v) => ({ value: v, label: v })),
              ]}
            />
            <SelectField
              id="log-entity"
              label={t('procase:log.what')}
              value={filter.entity}
              onChange={(entity) => setFilter({ ...filter, entity })}
              options={[
                ...option(t('procase:log.everything')),
                ...valuesOf(entries, 'entity').map((v) => ({
                  value: v,
                  label: t(`accesslog:what.${whatKey(v) as 'case'}`),
                })),
              ]}
            />
            <SelectField
              id="log-action"
              label={t('procase:log.action')}
              value={filter.action}
              onChange={(action) => setFilter({ ...filter, action })}
              options={[
                ...option(t('procase:log.anyAction')),
                ...valuesOf(entries, 'action').map((v) => ({
                  value: v,
                  label: t(`accesslog:action.${v as 'read'}`),
                })),
              ]}
            />
          </form>
          {log.result.state === 'loading' ? (
            <p role="status">{t('procase:log.loading')}</p>
          ) : log.result.state === 'failed' ? (
            <p role="status">
              {log.result.code === 'network' ? t('procase:log.offline') : t('procase:log.failed')}
            </p>
          ) : shown.length === 0 ? (
            <p role="status">{t('procase:log.empty')}</p>
          ) : (
            // On a phone the table scrolls inside its own region, which a keyboard can reach.
            <div
              className="pro-table-scroll"
              role="region"
              aria-label={t('procase:log.caption', { count: shown.length })}
              tabIndex={0}
            >
              <table className="pro-table">
                <caption className="visually-hidden">
                  {t('procase:log.caption', { count: shown.length })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('procase:log.when')}</th>
                    <th scope="col">{t('procase:log.person')}</th>
                    <th scope="col">{t('procase:log.what')}</th>
                    <th scope="col">{t('procase:log.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((entry, index) => (
                    <tr key={`${entry.at}-${index}`}>
                      <td>
                        <time
                          dateTime={entry.at}
                        >{`${format.dayOfInstant(entry.at)} ${format.time(entry.at)}`}</time>
                      </td>
                      <td>{entry.actorName}</td>
                      <td>{t(`accesslog:what.${whatKey(entry.entity) as 'case'}`)}</td>
                      <td>{t(`accesslog:action.${entry.action}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </CaseFrame>
  );
}
