import { useTranslation } from 'react-i18next';
import type { Member, Withheld } from '../../../shared/domain';

/**
 * Withhold an item from a named family member, only with a reason (JW 7.3.2: when it would clearly
 * cause serious harm). The member is never told; only professionals read the reason. Each checked
 * member gets their own reason field, `withheld-<memberId>`, so an error links to it.
 */
interface Props {
  members: Member[];
  value: Withheld[];
  onChange: (value: Withheld[]) => void;
  /** The form's error of a field, asked with each reason field's id. */
  errorOf: (field: `withheld-${string}`) => string | undefined;
}

export function WithheldField({ members, value, onChange, errorOf }: Props) {
  const { t } = useTranslation('pro');
  const family = members.filter((m) => m.role !== 'professional' && !m.endedOn);
  const toggle = (memberId: string, on: boolean) =>
    onChange(on ? [...value, { memberId, reason: '' }] : value.filter((w) => w.memberId !== memberId));
  const setReason = (memberId: string, reason: string) =>
    onChange(value.map((w) => (w.memberId === memberId ? { ...w, reason } : w)));
  return (
    <fieldset className="field field--choices" aria-describedby="withheld-hint">
      <legend>{t('withheld.label')}</legend>
      <p id="withheld-hint" className="field__hint">
        {t('withheld.hint')}
      </p>
      {family.length === 0 && <p>{t('withheld.noFamily')}</p>}
      {family.map((member) => {
        const entry = value.find((w) => w.memberId === member.id);
        const id = `withheld-${member.id}` as const;
        const error = errorOf(id);
        return (
          <div key={member.id}>
            <label className="choice">
              <input
                type="checkbox"
                checked={entry !== undefined}
                onChange={(event) => toggle(member.id, event.target.checked)}
              />
              {t('withheld.from', { name: member.displayName })}
            </label>
            {entry && (
              <div className="field">
                <label htmlFor={id}>
                  {t('withheld.reason', { name: member.displayName })}
                  <span className="field__required"> {t('form.required')}</span>
                </label>
                {error && (
                  <p id={`${id}-error`} className="field__error">
                    {error}
                  </p>
                )}
                <textarea
                  id={id}
                  rows={2}
                  value={entry.reason}
                  aria-required
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(event) => setReason(member.id, event.target.value)}
                />
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
