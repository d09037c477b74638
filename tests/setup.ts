import { configure } from '@testing-library/dom';
import '@testing-library/jest-dom/vitest';

// Pages loaded on demand are transformed on first import: on a loaded 2-core machine (CI runs two
// test files at once) that can take longer than Testing Library's default second (3 s stays inside a test's own 5 s).
configure({ asyncUtilTimeout: 3000 });
