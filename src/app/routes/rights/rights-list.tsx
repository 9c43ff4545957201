import { useTranslation } from 'react-i18next';
import { rightArticles, type RightKey } from '../../../shared/catalog/rights';
import { JargonText } from '../../components/jargon/jargon-text';
import { ReadAloudButton } from '../../components/read-aloud/read-aloud-button';
import { youth } from '../../i18n/youth';

/** Each right as a line to tap open: the title says what, the inside says how, the law in small print. */
export function RightsList({ rights, isYouth }: { rights: readonly RightKey[]; isYouth: boolean }) {
  const { t } = useTranslation(['rights', 'rightspage', 'decisions']);
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
            <p className="right__law">{t('rightspage:right.law', { article: rightArticles[key] })}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}
