import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audience } from '../../../shared/domain';
import { getDraft, saveDraft, deleteDraft } from '../../../data/repos/draft-repo';
import { AudienceChoice } from '../../components/voice/audience-choice';
import { ReadersPreview } from '../../components/voice/readers-preview';
import { VersionHistory } from '../../components/voice/version-history';
import { VoiceStatus } from '../../components/voice/voice-item';
import { MAX_TEXT } from '../../components/voice/voice-values';
import { usePageTitle } from '../../components/use-page-title';
import { useUnsavedText } from '../../pwa/unsaved-text';
import { saveHouses, useThreeHouses, type Houses, type ThreeHousesData } from './use-three-houses';
import '../../styles/voice.css';

export const houseKeys = ['worries', 'goodThings', 'dreams'] as const;
const DRAFT_KEY = 'houses';
const empty: Houses = { worries: '', goodThings: '', dreams: '' };

/** Drie Huizen: the house of worries, of good things and of dreams, in a young person's own words. */
export function ThreeHousesPage() {
  const { t } = useTranslation('voice');
  const data = useThreeHouses();
  usePageTitle(t('houses.title'));
  return (
    <div className="three-houses">
      <h1>{t('houses.title')}</h1>
      <p className="lead">{t('houses.intro')}</p>
      {data === undefined ? <p role="status">{t('houses.loading')}</p> : data && <HousesForm data={data} />}
    </div>
  );
}

type Problem = 'empty' | 'tooLong' | 'failed' | null;

function HousesForm({ data }: { data: ThreeHousesData }) {
  const { t } = useTranslation('voice');
  const id = useId();
  const existing = data.mine?.perspective ?? null;
  const [houses, setHouses] = useState<Houses>(existing?.houses ?? empty);
  const [audience, setAudience] = useState<Audience>(existing?.audience ?? 'professionals');
  const [problem, setProblem] = useState<Problem>(null);
  const [saved, setSaved] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const done = useRef(false);
  const firstBox = useRef<HTMLTextAreaElement>(null);
  const changed = JSON.stringify(houses) !== JSON.stringify(existing?.houses ?? empty);
  useUnsavedText(changed);

  useEffect(() => {
    void getDraft(DRAFT_KEY).then((draft) => {
      if (draft?.houses) setHouses(draft.houses);
      if (draft?.audience) setAudience(draft.audience as Audience);
      setLoaded(true);
    });
  }, []);
  useEffect(() => {
    if (!loaded || !changed) return;
    const timer = setTimeout(() => {
      if (!done.current)
        void saveDraft(DRAFT_KEY, data.caseId, { text: '', stance: 'three-houses', audience, houses });
    }, 300);
    return () => clearTimeout(timer);
  }, [loaded, changed, houses, audience, data.caseId]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const texts = houseKeys.map((key) => houses[key].trim());
    if (texts.every((text) => text === '')) return failWith('empty');
    if (texts.some((text) => text.length > MAX_TEXT)) return failWith('tooLong');
    try {
      done.current = true;
      await saveHouses(data.caseId, existing, houses, audience);
      await deleteDraft(DRAFT_KEY);
      done.current = false;
      setProblem(null);
      setSaved(true);
    } catch {
      done.current = false;
      setProblem('failed');
    }
  }
  function failWith(found: Problem) {
    setProblem(found);
    firstBox.current?.focus();
  }

  return (
    <form className="form houses-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="houses">
        {houseKeys.map((key, index) => (
          <section key={key} className={`house house--${key}`} aria-labelledby={`${id}-${key}-title`}>
            <h2 id={`${id}-${key}-title`} className="house__title">
              <span aria-hidden="true" className="house__icon">
                {t(`houses.${key}.icon`)}
              </span>{' '}
              {t(`houses.${key}.title`)}
            </h2>
            <label htmlFor={`${id}-${key}`}>{t(`houses.${key}.question`)}</label>
            <textarea
              ref={index === 0 ? firstBox : undefined}
              id={`${id}-${key}`}
              rows={6}
              value={houses[key]}
              aria-invalid={problem === 'empty' || problem === 'tooLong' ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(event) => setHouses((before) => ({ ...before, [key]: event.target.value }))}
            />
          </section>
        ))}
      </div>
      <AudienceChoice idPrefix={id} legend={t('audience.legend')} value={audience} onChange={setAudience} />
      <ReadersPreview
        id={`${id}-readers`}
        caseId={data.caseId}
        me={data.me}
        subject={{ type: 'case', id: data.caseId }}
        audience={audience}
      />
      <p
        id={`${id}-problem`}
        role="status"
        className={problem ? 'form__error' : saved ? 'form__notice' : 'visually-hidden'}
      >
        {problem
          ? t(`houses.${problem}`, { max: MAX_TEXT.toLocaleString('nl-NL') })
          : saved
            ? t('saved')
            : ''}
      </p>
      <button type="submit" className="button button--primary">
        {t('houses.submit')}
      </button>
      {data.mine && (
        <div className="voice-card" data-testid="houses-status">
          <VoiceStatus item={data.mine} members={data.members} />
          <VersionHistory perspective={data.mine.perspective} />
        </div>
      )}
    </form>
  );
}
