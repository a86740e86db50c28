import { useSyncExternalStore } from 'react';

/**
 * A value kept at module level, outside any component, that views read and re-render on. The
 * side panel unmounts a view when the user switches tabs; what must survive that (a half-written
 * story, the story trash, the resume session) lives in one of these.
 */
export interface Store<T> {
  get: () => T;
  /** Replaces the value and tells every view reading it. */
  set: (next: T) => void;
  /** Replaces the value without telling anyone: for what is read only when a view mounts again. */
  setQuietly: (next: T) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      value = next;
      for (const listener of listeners) listener();
    },
    setQuietly: (next) => {
      value = next;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The store's value in a component, re-rendered whenever `set` replaces it. */
export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
