import { useCallback, useEffect, useRef, useState } from 'react';

export type RecorderStatus = 'idle' | 'recording' | 'recorded' | 'denied' | 'unsupported';

export interface RecorderApi {
  status: RecorderStatus;
  /** Object URL of the last take, for an <audio> element; null before one exists. */
  url: string | null;
  blob: Blob | null;
  durationMs: number;
  start: () => void;
  stop: () => void;
  discard: () => void;
}

/**
 * Records the microphone (audio only) with MediaRecorder into memory. Nothing is uploaded or
 * saved here: the take lives in a Blob until the user discards it or ticks "keep" elsewhere.
 */
export function useRecorder(): RecorderApi {
  const [status, setStatus] = useState<RecorderStatus>(() =>
    typeof MediaRecorder === 'undefined' || !navigator.mediaDevices ? 'unsupported' : 'idle',
  );
  const [take, setTake] = useState<{ url: string; blob: Blob; durationMs: number } | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);

  const release = useCallback(() => {
    recorder.current?.stream.getTracks().forEach((t) => t.stop());
    recorder.current = null;
  }, []);

  const discard = useCallback(() => {
    setTake((old) => {
      if (old) URL.revokeObjectURL(old.url);
      return null;
    });
    setStatus((s) => (s === 'recorded' ? 'idle' : s));
  }, []);

  const start = useCallback(() => {
    discard();
    navigator.mediaDevices.getUserMedia({ audio: true }).then(
      (stream) => {
        const rec = new MediaRecorder(stream);
        const chunks: Blob[] = [];
        const began = performance.now();
        rec.ondataavailable = (e) => chunks.push(e.data);
        rec.onstop = () => {
          const blob = new Blob(chunks, { type: rec.mimeType || 'audio/webm' });
          setTake({ url: URL.createObjectURL(blob), blob, durationMs: performance.now() - began });
          setStatus('recorded');
          release();
        };
        recorder.current = rec;
        rec.start();
        setStatus('recording');
      },
      () => setStatus('denied'),
    );
  }, [discard, release]);

  const stop = useCallback(() => {
    if (recorder.current?.state === 'recording') recorder.current.stop();
  }, []);

  useEffect(() => () => release(), [release]);
  useEffect(() => () => void (take && URL.revokeObjectURL(take.url)), [take]);

  return {
    status,
    url: take?.url ?? null,
    blob: take?.blob ?? null,
    durationMs: take?.durationMs ?? 0,
    start,
    stop,
    discard,
  };
}
