import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app';
import { appRoutes } from './app-routes';
import { initI18n } from './i18n/i18n';
import { registerServiceWorker } from './pwa/register-service-worker';
import './styles/base.css';
import './styles/shell.css';

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
