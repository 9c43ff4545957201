import { useTranslation } from 'react-i18next';
import type { Perspective } from '../../../shared/domain';
import { useDateFormat } from '../../i18n/format-date';

const keys = ['worries', 'goodThings', 'dreams'] as const;

/** When it last changed, and the earlier versions the server kept (story or Three Houses), newest first. */
export function VersionHistory({ perspective }: { perspective: Perspective }) {
  const { t } = useTranslation('voice');
  const format = useDateFormat();
  const versions = [...(perspective.history ?? [])].reverse();
  return (
    <>
      <p className="voice-card__meta">
        {t('versions.lastChanged', { date: format.dayOfInstant(perspective.updatedAt) })}
      </p>
      {versions.length > 0 && (
        <details className="voice-versions">
          <summary>{t('versions.title', { count: versions.length })}</summary>
          <ul role="list">
            {versions.map((version) => (
              <li key={version.replacedAt}>
                <p className="voice-card__meta">
                  {t('versions.until', { date: format.dayOfInstant(version.replacedAt) })}
                </p>
                {version.houses
                  ? keys.map((key) => (
                      <p key={key}>
                        <strong>{t(`houses.${key}.title`)}:</strong> {version.houses?.[key]}
                      </p>
                    ))
                  : version.text && <p className="voice-card__text">{version.text}</p>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
