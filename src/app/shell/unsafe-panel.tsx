import { useTranslation } from 'react-i18next';

/** Numbers are facts, not translations: the same in every language (domain.md). */
const lines = [
  { key: 'emergency', tel: '112', shown: '112' },
  { key: 'veiligThuis', tel: '08002000', shown: '0800-2000' },
  { key: 'kindertelefoon', tel: '08000432', shown: '0800-0432' },
] as const;

/** "Ik voel me niet veilig": plain tel: links, in the bundle, so it works offline and logs nothing. */
export function UnsafePanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('safety');
  return (
    <section id={id} className="unsafe-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('unsafe.title')}</h2>
      <ul className="unsafe-panel__list" role="list">
        {lines.map((line) => (
          <li key={line.key}>
            <a className="button unsafe-panel__call" href={`tel:${line.tel}`}>
              {t(`unsafe.${line.key}.call`, { number: line.shown })}
            </a>
            <p>{t(`unsafe.${line.key}.when`)}</p>
          </li>
        ))}
      </ul>
      <p className="unsafe-panel__note">{t('unsafe.note')}</p>
      <button type="button" className="button button--quiet" onClick={onClose}>
        {t('unsafe.close')}
      </button>
    </section>
  );
}
