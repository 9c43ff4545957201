import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { BirthdayNotice } from './birthday-notice';
import { HelpCallout } from './help-callout';
import { HelpSection } from './help-section';
import { RightsList } from './rights-list';
import type { RightsForAge } from './rights-view';
import { useRightsView } from './use-rights-view';
import { youth } from '../../i18n/youth';
import '../../styles/cards.css';
import '../../styles/rights.css';

export function RightsPage() {
  const { t } = useTranslation('rightspage');
  const data = useRightsView();
  usePageTitle(t('title'));

  if (data === undefined) {
    return (
      <div className="rights-page">
        <h1>{t('title')}</h1>
        <p role="status">{t('loading')}</p>
      </div>
    );
  }
  const { view } = data;
  const isYouth = view.audience === 'youth';
  return (
    <div className="rights-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro', youth(isYouth))}</p>
      <HelpCallout />
      {view.audience === 'youth' && <YouthRights mine={view.mine} />}
      {view.audience === 'parent' && (
        <>
          {!view.hasCustody && <p className="notice">{t('noCustody')}</p>}
          {view.children.length === 0 && <p>{t('noChildren')}</p>}
          <Children items={view.children} />
        </>
      )}
      <HelpSection helpers={data.helpers} isYouth={isYouth} />
    </div>
  );
}

function YouthRights({ mine }: { mine: RightsForAge }) {
  const { t } = useTranslation(['rightspage', 'rights']);
  if (mine.band === null || mine.age === null) return <p className="notice">{t('rightspage:noAge')}</p>;
  return (
    <>
      <section aria-labelledby="my-age" className="section age-band">
        <h2 id="my-age">{t('rightspage:you', { age: mine.age })}</h2>
        <p>{t(`rights:band.${mine.band}.intro`)}</p>
      </section>
      {mine.nextChange && <BirthdayNotice change={mine.nextChange} isYouth headingLevel={2} />}
      <section aria-labelledby="my-rights" className="section">
        <h2 id="my-rights">{t('rightspage:list.title')}</h2>
        <RightsList rights={mine.rights} isYouth />
      </section>
    </>
  );
}

/** Several children: one at a time, chosen by name and age, so the page stays short. */
function Children({ items: children }: { items: RightsForAge[] }) {
  const { t } = useTranslation('rightspage');
  const [chosenId, setChosenId] = useState(children[0]?.youth.id);
  const chosen = children.find((c) => c.youth.id === chosenId) ?? children[0];
  if (!chosen) return null;
  return (
    <>
      {children.length > 1 && (
        <div className="child-choice" role="group" aria-label={t('choose')}>
          {children.map((child) => (
            <button
              key={child.youth.id}
              type="button"
              className="button button--quiet"
              aria-pressed={child === chosen}
              onClick={() => setChosenId(child.youth.id)}
            >
              {childName(t, child)}
            </button>
          ))}
        </div>
      )}
      <ChildRights child={chosen} />
    </>
  );
}

const childName = (t: ReturnType<typeof useTranslation<'rightspage'>>['t'], child: RightsForAge) =>
  child.age === null
    ? t('childNoAge', { name: child.youth.displayName })
    : t('child', { name: child.youth.displayName, age: child.age });

/** A parent's view for one child: the band in a sentence, the next change, then the rights. */
function ChildRights({ child }: { child: RightsForAge }) {
  const { t } = useTranslation(['rightspage', 'rights']);
  const name = child.youth.displayName;
  const headingId = `child-${child.youth.id}`;
  return (
    <section aria-labelledby={headingId} className="section age-band">
      <h2 id={headingId}>
        {child.age === null
          ? t('rightspage:childNoAge', { name })
          : t('rightspage:child', { name, age: child.age })}
      </h2>
      {child.band === null ? (
        <p className="notice">{t('rightspage:noAge')}</p>
      ) : (
        <>
          <p>{t(`rights:band.${child.band}.introParent`)}</p>
          {child.nextChange && <BirthdayNotice change={child.nextChange} isYouth={false} headingLevel={3} />}
          <h3>{t('rightspage:list.titleParent', { name })}</h3>
          <RightsList rights={child.rights} isYouth={false} />
        </>
      )}
    </section>
  );
}
