import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app';
import { appRoutes } from './app-routes';
import { watchPersonActivity } from '../data/api/person-activity';
import { watchOwedLogout } from '../data/session/owed-logout-watch';
import { initI18n } from './i18n/i18n';
import { applyIdentity } from './pwa/identity';
import { catchInstallPrompt } from './pwa/install-prompt';
import { registerServiceWorker } from './pwa/register-service-worker';
import { guardAgainstPageCache } from './safety/quick-exit';
import './styles/base.css';
import './styles/shell.css';

applyIdentity();
guardAgainstPageCache();
catchInstallPrompt();
watchOwedLogout();
watchPersonActivity();
void initI18n();
if (import.meta.env.PROD) registerServiceWorker();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App router={createBrowserRouter(appRoutes)} />
    </StrictMode>,
  );
}
