import { useTranslation } from 'react-i18next';
import { audiences, type Audience } from '../../../shared/domain';

interface Props {
  /** The form's useId: each option is `<idPrefix>-<audience>`, its explanation `…-explain`. */
  idPrefix: string;
  value: Audience;
  onChange: (audience: Audience) => void;
  /** The radios' name; `<idPrefix>-audience` unless the form says otherwise. */
  name?: string;
  className?: string;
  /** The question above the options, in the form's own words. */
  legend: string;
  /** The namespace that has `audience.<audience>.label` and `.explain`. */
  texts?: 'voice' | 'mystory';
}

/**
 * Who may read what I write: one radio button for each audience, each with what it means. Its
 * name, class and texts are those of the voice forms ("Mijn kant", Drie Huizen) unless given.
 */
export function AudienceChoice({
  idPrefix,
  value,
  onChange,
  name = `${idPrefix}-audience`,
  className = 'field voice-form__audience',
  legend,
  texts = 'voice',
}: Props) {
  const { t } = useTranslation(texts);
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {audiences.map((option) => (
        <div key={option} className="choice">
          <input
            type="radio"
            id={`${idPrefix}-${option}`}
            name={name}
            value={option}
            checked={value === option}
            aria-describedby={`${idPrefix}-${option}-explain`}
            onChange={() => onChange(option)}
          />
          <label htmlFor={`${idPrefix}-${option}`}>
            {t(`audience.${option}.label`)}
            <span id={`${idPrefix}-${option}-explain`} className="choice__explain">
              {t(`audience.${option}.explain`)}
            </span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
