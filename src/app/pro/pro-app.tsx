import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { ProLayout } from './components/pro-layout';
import { proScreens } from './pro-route-table';
import './pro.css';

/**
 * The professional console under /pro (issue 10, decision 009), loaded only when a /pro address is
 * opened: the family's first download holds none of it (tests/build/chunk-graph.test.ts).
 */
export function ProApp() {
  const { t } = useTranslation('pro');
  return (
    <Routes>
      <Route element={<ProLayout />}>
        {proScreens.map(({ path, Page }) => (
          <Route
            key={path}
            path={path}
            element={
              <Suspense fallback={<p role="status">{t('loading')}</p>}>
                <Page />
              </Suspense>
            }
          />
        ))}
        <Route path="*" element={<Navigate to="/pro" replace />} />
      </Route>
    </Routes>
  );
}
