import { useEffect, useState } from 'react';
import { warmUpNlp } from '@/lib/nlp/resume';

/**
 * Loads the NLP engine after the first paint and reports when it is ready, so a view can put
 * the flag in its memo keys and re-check with the full tagger (word lists serve until then).
 */
export function useNlpReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    warmUpNlp().then(
      () => live && setReady(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return ready;
}
