import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FieldProblem } from './error-summary';

interface Props {
  summary: FieldProblem[];
  refusal: string | null;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => Promise<void>;
  children: ReactNode;
}

/**
 * A console form's frame: the error summary above it, the fields, and the submit button that says
 * "saving" while the write waits for the server (useProForm gives the summary, refusal and busy).
 */
export function ProForm({ summary, refusal, busy, submitLabel, onSubmit, children }: Props) {
  const { t } = useTranslation('pro');
  return (
    <>
      <ErrorSummary problems={summary} refusal={refusal} />
      <form
        className="form pro-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
        aria-busy={busy}
      >
        {children}
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {busy ? t('form.saving') : submitLabel}
        </button>
      </form>
    </>
  );
}
