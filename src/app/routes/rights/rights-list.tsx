import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rightSources, type RightKey } from '../../../shared/catalog/rights';
import { JargonText } from '../../components/jargon/jargon-text';
import { LawSource } from '../../components/law-source/law-source';
import { ReadAloudButton } from '../../components/read-aloud/read-aloud-button';
import { youth } from '../../i18n/youth';

/** Where Gezien itself lets you use a right on what it holds (not the organisation's legal file). */
const inGezien: Partial<Record<RightKey, readonly ('accessLog' | 'download' | 'sessions')[]>> = {
  'see-file': ['accessLog', 'download', 'sessions'],
  copy: ['download'],
};
const paths = { accessLog: '/toegang', download: '/toegang#download', sessions: '/sessies' } as const;

/** Each right as a line to tap open: the title says what, the inside says how, then where it says so. */
export function RightsList({ rights, isYouth }: { rights: readonly RightKey[]; isYouth: boolean }) {
  const { t } = useTranslation(['rights', 'rightspage', 'common']);
  const text = (key: RightKey) => t(`rights:right.${key}.text`, youth(isYouth));
  return (
    <ul className="rights" role="list">
      {rights.map((key) => (
        <li key={key}>
          <details className="right">
            <summary>{t(`rights:right.${key}.title`)}</summary>
            <p>
              <JargonText text={text(key)} isYouth={isYouth} />
            </p>
            <h4 className="right__how">{t('rightspage:right.how')}</h4>
            <p>{t(`rights:right.${key}.how`)}</p>
            <ReadAloudButton
              text={`${text(key)} ${t(`rights:right.${key}.how`)}`}
              what={t(`rights:right.${key}.title`)}
            />
            {inGezien[key] && (
              <>
                <h4 className="right__how">{t('rightspage:right.inGezien')}</h4>
                <ul className="right__links">
                  {inGezien[key].map((link) => (
                    <li key={link}>
                      <Link to={paths[link]}>{t(`common:nav.${link}`)}</Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <LawSource source={rightSources[key]} className="right__law" />
          </details>
        </li>
      ))}
    </ul>
  );
}
