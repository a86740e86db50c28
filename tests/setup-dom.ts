import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Rendered components are unmounted after each test (DOM project only; Node tests render nothing).
afterEach(() => {
  cleanup();
});
