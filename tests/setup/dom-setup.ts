import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy pages and their translations load from disk; on two busy cores that can take more than the
// default second, so every component test waits up to five.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
