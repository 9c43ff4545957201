import { useTranslation } from 'react-i18next';
import { statementKinds, type StatementKind } from '../../../shared/domain';
import { KindLabel } from '../../routes/decisions/reasons-section';

/**
 * The kind of a reason, chosen on purpose (nothing is preselected): each option says what the kind
 * means and gives one example, so a worry is not written down as a fact.
 */
interface Props {
  value: StatementKind | null;
  onChange: (kind: StatementKind) => void;
  error?: string;
}

export function KindField({ value, onChange, error }: Props) {
  const { t } = useTranslation(['prodecision', 'measures', 'pro']);
  return (
    <fieldset
      className="field field--choices kind-field"
      aria-describedby={['reason-kind-hint', error && 'reason-kind-error'].filter(Boolean).join(' ')}
    >
      <legend>
        {t('prodecision:reason.field.kind')}
        <span className="field__required"> {t('pro:form.required')}</span>
      </legend>
      <p id="reason-kind-hint" className="field__hint">
        {t('prodecision:reason.field.kindHint')}
      </p>
      {error && (
        <p id="reason-kind-error" className="field__error">
          {error}
        </p>
      )}
      {statementKinds.map((kind, index) => (
        <label key={kind} className="choice kind-choice">
          <input
            type="radio"
            id={index === 0 ? 'reason-kind' : `reason-kind-${kind}`}
            name="reason-kind"
            value={kind}
            checked={value === kind}
            aria-invalid={error ? true : undefined}
            onChange={() => onChange(kind)}
          />
          <span>
            <KindLabel kind={kind} />
            <span className="kind-choice__explain">
              {' '}
              {t(`measures:statementKind.${kind}.explain`)} {t(`prodecision:reason.example.${kind}`)}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
