import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quickExit } from '../safety/quick-exit';
import { shiftCounter } from '../safety/shift-exit';
import { UnsafePanel } from './unsafe-panel';
import '../styles/safety.css';

/**
 * On every screen, stuck to the top and above everything else: "Snel weg" (also Shift ×3) and
 * "Ik voel me niet veilig". Neither calls the server or stores anything.
 */
export function SafetyBar() {
  const { t } = useTranslation('safety');
  const [open, setOpen] = useState(false);
  const panelId = useId();

  useEffect(() => {
    const press = shiftCounter(quickExit);
    const onKey = (event: KeyboardEvent) => press(event.key, Date.now(), event.repeat);
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  return (
    <div className="safety-bar" data-testid="safety-bar">
      <div className="safety-bar__row">
        <button
          type="button"
          className="safety-bar__unsafe"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {t('unsafe.button')}
        </button>
        <button type="button" className="safety-bar__exit" onClick={quickExit}>
          {t('exit.button')}
        </button>
      </div>
      {open && <UnsafePanel id={panelId} onClose={() => setOpen(false)} />}
    </div>
  );
}
