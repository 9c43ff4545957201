import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The console's form fields: a visible label tied to the control, an optional hint, and an error
 * tied with aria-describedby and aria-invalid, so a screen reader hears why a field is wrong.
 * `id` is also the target of the error summary's link.
 */
interface FieldBase {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
}

const describedBy = ({ id, hint, error }: FieldBase) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

function Label({ id, label, required }: FieldBase) {
  const { t } = useTranslation('pro');
  return (
    <label htmlFor={id}>
      {label}
      {required && <span className="field__required"> {t('form.required')}</span>}
    </label>
  );
}

function HintAndError({ id, hint, error }: FieldBase) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </>
  );
}

interface TextFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'time' | 'email' | 'tel';
  autoComplete?: string;
  max?: string;
}

export function TextField({ value, onChange, type = 'text', autoComplete, max, ...base }: TextFieldProps) {
  return (
    <div className="field">
      <Label {...base} />
      <HintAndError {...base} />
      <input
        id={base.id}
        name={base.id}
        type={type}
        value={value}
        max={max}
        autoComplete={autoComplete ?? 'off'}
        aria-invalid={base.error ? true : undefined}
        aria-describedby={describedBy(base)}
        aria-required={base.required || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

interface SelectFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
}

export function SelectField({ value, onChange, options, ...base }: SelectFieldProps) {
  return (
    <div className="field">
      <Label {...base} />
      <HintAndError {...base} />
      <select
        id={base.id}
        name={base.id}
        value={value}
        aria-invalid={base.error ? true : undefined}
        aria-describedby={describedBy(base)}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ChoiceFieldProps<V extends string> extends FieldBase {
  value: V | null;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
}

/** One choice out of a few, as radio buttons in a fieldset; `id` goes to the first option. */
export function ChoiceField<V extends string>({ value, onChange, options, ...base }: ChoiceFieldProps<V>) {
  return (
    <fieldset className="field field--choices" aria-describedby={describedBy(base)}>
      <legend>
        {base.label}
        {base.required && <RequiredMark />}
      </legend>
      <HintAndError {...base} />
      {options.map((option, index) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            id={index === 0 ? base.id : `${base.id}-${option.value}`}
            name={base.id}
            value={option.value}
            checked={value === option.value}
            aria-invalid={base.error ? true : undefined}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

interface CheckboxesFieldProps extends FieldBase {
  values: readonly string[];
  onChange: (values: string[]) => void;
  options: readonly { value: string; label: string }[];
  empty?: ReactNode;
}

/** Any number of options, e.g. members; `id` goes to the first box. */
export function CheckboxesField({ values, onChange, options, empty, ...base }: CheckboxesFieldProps) {
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <fieldset className="field field--choices" aria-describedby={describedBy(base)}>
      <legend>{base.label}</legend>
      <HintAndError {...base} />
      {options.length === 0 && empty}
      {options.map((option, index) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            id={index === 0 ? base.id : `${base.id}-${option.value}`}
            name={base.id}
            checked={values.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function RequiredMark() {
  const { t } = useTranslation('pro');
  return <span className="field__required"> {t('form.required')}</span>;
}

interface TextAreaFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

export function TextAreaField({ value, onChange, rows = 4, ...base }: TextAreaFieldProps) {
  return (
    <div className="field">
      <Label {...base} />
      <HintAndError {...base} />
      <textarea
        id={base.id}
        name={base.id}
        rows={rows}
        value={value}
        aria-invalid={base.error ? true : undefined}
        aria-describedby={describedBy(base)}
        aria-required={base.required || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
