import { Navigate, Route, Routes } from 'react-router';
import { enableCaseSetupMutators } from '../../data/mutators/case-setup-mutators';
import { ProLayout } from './components/pro-layout';
import { proScreens } from './pro-route-table';
import './pro.css';

// Before any sync in the console: its writes replay with their optimistic rows.
enableCaseSetupMutators();

/**
 * The professional console under /pro (issue 10, decision 009), loaded only when a /pro address is
 * opened: the family's first download holds none of it (tests/build/chunk-graph.test.ts).
 */
export function ProApp() {
  return (
    <Routes>
      <Route element={<ProLayout />}>
        {proScreens.map(({ path, Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
        <Route path="*" element={<Navigate to="/pro" replace />} />
      </Route>
    </Routes>
  );
}
