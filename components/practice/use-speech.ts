import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Transcribes a spoken answer with the Web Speech API, on the device only. Chrome 139+ can run
 * recognition locally: we ask `SpeechRecognition.available({ langs, processLocally: true })`
 * first and start a recogniser (with `processLocally = true`) only when it says "available". A
 * browser without that API (Firefox, older Chrome) would send audio to a remote service, so we
 * never start one there: the user types instead. Where the language pack can be downloaded,
 * `install()` asks the browser to fetch it (the browser's own download, not ours).
 */

export type SpeechStatus =
  | 'checking'
  /** No local transcription: offer typing. */
  | 'unavailable'
  /** The language pack can be installed by the browser. */
  | 'installable'
  | 'installing'
  | 'ready'
  | 'listening'
  | 'error';

interface LocalOptions {
  langs: string[];
  processLocally: true;
}
interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally: boolean;
  onresult:
    | ((event: {
        results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>;
      }) => void)
    | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start: () => void;
  stop: () => void;
}
interface RecognitionClass {
  new (): Recognition;
  available?: (options: LocalOptions) => Promise<string>;
  install?: (options: LocalOptions) => Promise<boolean>;
}

function recognitionClass(): RecognitionClass | undefined {
  const w = globalThis as unknown as {
    SpeechRecognition?: RecognitionClass;
    webkitSpeechRecognition?: RecognitionClass;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

function statusOf(availability: string, canInstall: boolean): SpeechStatus {
  if (availability === 'available') return 'ready';
  if (availability === 'downloading') return 'installing';
  if (availability === 'downloadable' && canInstall) return 'installable';
  return 'unavailable';
}

export interface SpeechApi {
  status: SpeechStatus;
  /** What was said so far, final results only. */
  transcript: string;
  /** How long the last take ran, from start to stop. */
  durationMs: number;
  start: () => void;
  stop: () => void;
  install: () => void;
}

/** Local-only speech to text for one answer at a time. */
export function useSpeech(lang: string = globalThis.navigator?.language || 'en-US'): SpeechApi {
  const [status, setStatus] = useState<SpeechStatus>(() =>
    typeof recognitionClass()?.available === 'function' ? 'checking' : 'unavailable',
  );
  const [transcript, setTranscript] = useState('');
  const [durationMs, setDurationMs] = useState(0);
  const active = useRef<Recognition | null>(null);
  const began = useRef(0);

  const check = useCallback(() => {
    const Class = recognitionClass();
    if (!Class || typeof Class.available !== 'function') return;
    Class.available({ langs: [lang], processLocally: true }).then(
      (a) => setStatus(statusOf(a, typeof Class.install === 'function')),
      () => setStatus('unavailable'),
    );
  }, [lang]);
  useEffect(check, [check]);

  const start = useCallback(() => {
    const Class = recognitionClass();
    if (status !== 'ready' || !Class) return;
    const rec = new Class();
    rec.lang = lang;
    rec.processLocally = true;
    rec.continuous = true;
    rec.interimResults = false;
    rec.onresult = (event) => {
      const parts = Array.from(event.results)
        .filter((r) => r.isFinal)
        .map((r) => r[0]?.transcript.trim() ?? '');
      setTranscript(parts.filter(Boolean).join(' '));
    };
    rec.onerror = () => setStatus('error');
    rec.onend = () => {
      setDurationMs(performance.now() - began.current);
      setStatus((s) => (s === 'listening' ? 'ready' : s));
      active.current = null;
    };
    setTranscript('');
    began.current = performance.now();
    active.current = rec;
    rec.start();
    setStatus('listening');
  }, [status, lang]);

  const stop = useCallback(() => active.current?.stop(), []);

  const install = useCallback(() => {
    const Class = recognitionClass();
    if (!Class?.install) return;
    setStatus('installing');
    Class.install({ langs: [lang], processLocally: true }).then(check, () =>
      setStatus('unavailable'),
    );
  }, [check, lang]);

  useEffect(() => () => active.current?.stop(), []);
  return { status, transcript, durationMs, start, stop, install };
}
