import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ageOn, todayInNl } from '../../../shared/catalog/dates';
import type { Member, Perspective } from '../../../shared/domain';
import { CheckboxesField } from '../components/fields';
import { refusalKey } from '../components/refusal';
import { useWrite } from '../components/use-write';

/** POLICY.md: a youth of 12 to 15 may ask that a parent does not read what they wrote. */
export const mayObjectToParent = (author: Member | null, today = todayInNl()): boolean => {
  if (author?.role !== 'youth' || !author.birthDate) return false;
  const age = ageOn(author.birthDate, today);
  return age >= 12 && age < 16;
};

/**
 * The professional records the youth's wish, per parent (decision 013). The parent is not told;
 * the words simply leave that parent's device at the next sync.
 */
export function YouthObjection({
  perspective,
  author,
  parents,
}: {
  perspective: Perspective;
  author: Member;
  parents: Member[];
}) {
  const { t } = useTranslation(['proinbox', 'pro']);
  const { write, busy } = useWrite();
  const [refusal, setRefusal] = useState<string | undefined>();
  const hidden = (perspective.hiddenFrom ?? []).filter((id) => parents.some((p) => p.id === id));

  async function onChange(values: string[]) {
    if (busy) return;
    const changed = parents.find((p) => values.includes(p.id) !== hidden.includes(p.id));
    if (!changed) return;
    const result = await write('perspective.setObjection', {
      id: perspective.id,
      parentMemberId: changed.id,
      objects: values.includes(changed.id),
    });
    setRefusal(result.state === 'rejected' ? t(`pro:refusal.${refusalKey(result.code)}`) : undefined);
  }

  return (
    <section aria-labelledby="item-objection">
      <h2 id="item-objection">{t('proinbox:objection.title', { name: author.displayName })}</h2>
      <CheckboxesField
        id="objection-parents"
        label={t('proinbox:objection.label')}
        hint={t('proinbox:objection.hint', { name: author.displayName })}
        error={refusal}
        values={hidden}
        onChange={(values) => void onChange(values)}
        options={parents.map((p) => ({
          value: p.id,
          label: t('proinbox:objection.parent', { name: p.displayName }),
        }))}
        empty={<p>{t('proinbox:objection.noParents')}</p>}
      />
    </section>
  );
}
