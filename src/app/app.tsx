import { Suspense } from 'react';
import { RouterProvider, type createBrowserRouter } from 'react-router';

type Router = ReturnType<typeof createBrowserRouter>;

/** Translations load lazily: nothing renders until the first namespace is there (no flash of keys). */
export function App({ router }: { router: Router }) {
  return (
    <Suspense fallback={null}>
      <RouterProvider router={router} />
    </Suspense>
  );
}
