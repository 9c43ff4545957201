import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { proPaths } from '../pro-paths';
import type { CaseRows } from './use-case';

/**
 * The frame of every screen of one case: which case, the case's sections, then the screen. Until the
 * rows are on this device it says so; a case that is not here (or not yours) is "not found".
 */
interface Props {
  caseId: string;
  rows: CaseRows | null | undefined;
  title: string;
  children: (rows: CaseRows) => ReactNode;
}

export function CaseFrame({ caseId, rows, title, children }: Props) {
  const { t } = useTranslation('pro');
  usePageTitle(rows ? `${title} – ${rows.case.title}` : title);
  if (rows === undefined) return <p role="status">{t('loading')}</p>;
  if (rows === null) {
    return (
      <div className="pro-page">
        <h1>{t('caseMissing.title')}</h1>
        <p>{t('caseMissing.text')}</p>
        <Link to={proPaths.cases}>{t('nav.cases')}</Link>
      </div>
    );
  }
  return (
    <div className="pro-page">
      <p className="pro-kicker">{t('caseFrame.case', { title: rows.case.title })}</p>
      <nav className="case-nav" aria-label={t('caseFrame.sections')}>
        <ul role="list">
          <li>
            <NavLink end to={proPaths.case(caseId)}>
              {t('caseFrame.overview')}
            </NavLink>
          </li>
          <li>
            <NavLink to={proPaths.involved(caseId)}>{t('caseFrame.involved')}</NavLink>
          </li>
          <li>
            <NavLink to={proPaths.decisions(caseId)}>{t('caseFrame.decisions')}</NavLink>
          </li>
          <li>
            <NavLink to={proPaths.events(caseId)}>{t('caseFrame.events')}</NavLink>
          </li>
          <li>
            <NavLink to={proPaths.team(caseId)}>{t('caseFrame.team')}</NavLink>
          </li>
          <li>
            <NavLink to={proPaths.accessLog(caseId)}>{t('caseFrame.accessLog')}</NavLink>
          </li>
        </ul>
      </nav>
      <h1>{title}</h1>
      {children(rows)}
    </div>
  );
}
