import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EndGoal } from '../../../shared/domain';
import { TextAreaField } from '../components/fields';
import { maxToEnd, toEndFieldId } from './decision-form-values';

/**
 * "Wat moet er veranderen voordat dit stopt?": the judge's concerns, each with the change that would
 * end the measure, as rows the professional adds and removes. Each row is its own fieldset, so a
 * screen reader hears which point a field belongs to. After adding, focus goes to the new concern;
 * after removing, to the add button, so keyboard users are never left on a field that is gone.
 */
interface Props {
  value: EndGoal[];
  onChange: (value: EndGoal[]) => void;
  errorOf: (field: string) => string | undefined;
}

export function ToEndField({ value, onChange, errorOf }: Props) {
  const { t } = useTranslation('prodecision');
  const addRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'new-row' | 'add' | null>(null);
  useEffect(() => {
    if (focusNext.current === 'new-row')
      document.getElementById(toEndFieldId(value.length - 1, 'concern'))?.focus();
    if (focusNext.current === 'add') addRef.current?.focus();
    focusNext.current = null;
  }, [value.length]);
  const setPart = (index: number, part: keyof EndGoal, text: string) =>
    onChange(value.map((row, i) => (i === index ? { ...row, [part]: text } : row)));
  const add = () => {
    focusNext.current = 'new-row';
    onChange([...value, { concern: '', goal: '' }]);
  };
  const remove = (index: number) => {
    focusNext.current = 'add';
    onChange(value.filter((_, i) => i !== index));
  };
  return (
    <fieldset className="field field--choices" aria-describedby="to-end-hint">
      <legend>{t('toEnd.label')}</legend>
      <p id="to-end-hint" className="field__hint">
        {t('toEnd.hint')}
      </p>
      {value.map((row, index) => (
        <fieldset key={index} className="field field--choices">
          <legend>{t('toEnd.point', { number: index + 1 })}</legend>
          {(['concern', 'goal'] as const).map((part) => (
            <TextAreaField
              key={part}
              id={toEndFieldId(index, part)}
              label={t(`toEnd.${part}`)}
              rows={2}
              required
              value={row[part]}
              onChange={(text) => setPart(index, part, text)}
              error={errorOf(toEndFieldId(index, part))}
            />
          ))}
          <button type="button" className="button button--quiet" onClick={() => remove(index)}>
            {t('toEnd.remove', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      {value.length < maxToEnd && (
        <button ref={addRef} type="button" className="button" onClick={add}>
          {t('toEnd.add')}
        </button>
      )}
    </fieldset>
  );
}
