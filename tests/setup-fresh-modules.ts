import { vi } from 'vitest';

// The `node` project shares one module graph per worker (isolate: false), which skips
// re-starting a worker per file. Our own modules still start fresh in every file (module-level
// state such as the loaded NLP engine or a cache must not leak from one file to the next);
// node_modules stay loaded, which is where the time goes.
vi.resetModules();
