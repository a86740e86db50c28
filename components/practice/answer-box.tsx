import { useState } from 'react';
import { useSpeech } from '@/components/practice/use-speech';

interface AnswerBoxProps {
  label: string;
  /** Called with the answer and, when it was spoken, how long it took. */
  onSubmit: (text: string, elapsedMs?: number) => void;
}

/**
 * Where the user gives an answer: typed, pasted, or spoken and transcribed on this device. The
 * speech button appears only when the browser can transcribe locally; typing always works.
 */
export function AnswerBox({ label, onSubmit }: AnswerBoxProps) {
  const speech = useSpeech();
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? speech.transcript;
  const spoken = typed === null && speech.transcript !== '';
  return (
    <div className="answer-box">
      <label>
        {label}
        <textarea
          rows={6}
          value={text}
          placeholder="Type or paste your answer"
          onChange={(e) => setTyped(e.target.value)}
        />
      </label>
      <p>
        {speech.status === 'ready' && (
          <button
            type="button"
            onClick={() => {
              setTyped(null);
              speech.start();
            }}
          >
            Speak your answer
          </button>
        )}
        {speech.status === 'listening' && (
          <button type="button" onClick={speech.stop}>
            Stop (transcribing on this device)
          </button>
        )}
        {speech.status === 'installable' && (
          <button type="button" onClick={speech.install}>
            Install speech recognition for this language (on this device)
          </button>
        )}
        {speech.status === 'installing' && (
          <span className="muted">Installing the language pack…</span>
        )}{' '}
        <button
          type="button"
          disabled={text.trim() === ''}
          onClick={() => onSubmit(text, spoken ? speech.durationMs : undefined)}
        >
          Get feedback
        </button>
      </p>
    </div>
  );
}
