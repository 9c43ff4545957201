import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/domain';

/** The status in words with a shape before it; colour only repeats what the words say. */
const marks: Record<Decision['status'], string> = {
  'in-effect': '●',
  appealed: '◆',
  proposed: '○',
  ended: '✓',
};

export function StatusChip({ status }: { status: Decision['status'] }) {
  const { t } = useTranslation('measures');
  return (
    <span className={`chip chip--${status}`}>
      <span aria-hidden="true">{marks[status]}</span>
      {t(`status.${status}`)}
    </span>
  );
}
