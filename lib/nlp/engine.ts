import type Compromise from 'compromise';

/**
 * compromise, loaded on demand. It is ~350 kB minified: importing it statically would put it in
 * the side panel's first load (budget 700 kB). Pages call `loadNlp()` when they open and render
 * with word-list fallbacks until it resolves; Node (CLI, tests, bench) awaits it before use.
 */
type Engine = typeof Compromise;

let engine: Engine | undefined;
let loading: Promise<void> | undefined;

/** Starts (once) loading compromise; resolves when `nlpEngine()` is available. */
export function loadNlp(): Promise<void> {
  loading ??= import('compromise').then((module) => {
    engine = module.default;
  });
  return loading;
}

/** compromise when loaded, else undefined (callers fall back to their own word lists). */
export function nlpEngine(): Engine | undefined {
  return engine;
}
