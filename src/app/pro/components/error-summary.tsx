import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The problems of a form after a submit, each a link to its field, in a box that takes focus so a
 * keyboard or screen-reader user lands on it. `refusal` is the server's answer to a write.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

export function ErrorSummary({ problems, refusal }: { problems: FieldProblem[]; refusal?: string | null }) {
  const { t } = useTranslation('pro');
  const ref = useRef<HTMLDivElement>(null);
  const shown = problems.length > 0 || !!refusal;
  const key = problems.map((p) => p.field).join() + (refusal ?? '');
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, key]);
  if (!shown) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{refusal ? t('form.refusedTitle') : t('form.problemsTitle')}</h2>
      {refusal && <p>{refusal}</p>}
      {problems.length > 0 && (
        <ul>
          {problems.map((problem) => (
            <li key={problem.field}>
              <a href={`#${problem.field}`}>{problem.message}</a>
            </li>
          ))}
        </ul>
      )}
      {refusal && <p>{t('form.inputKept')}</p>}
    </div>
  );
}
