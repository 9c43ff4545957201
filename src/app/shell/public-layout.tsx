import { Outlet } from 'react-router';
import { AppHeader } from './app-header';
import { SafetyBar } from './safety-bar';
import { MAIN_ID, SkipLink } from './skip-link';

/** The frame of pages without a session (login). It reads nothing from IndexedDB: after a logout
 * the wiped database must not be opened, and so created again, by the login screen. */
export function PublicLayout() {
  return (
    <>
      <SkipLink />
      <SafetyBar />
      <AppHeader />
      <main id={MAIN_ID} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}
