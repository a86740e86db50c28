import { useState } from 'react';
import { useRecorder } from '@/components/practice/use-recorder';
import { useRecordings } from '@/components/practice/use-recordings';
import { RecorderControls } from './recorder-controls';

interface PracticeRecorderProps {
  question: string;
  storyTitle: string;
}

/**
 * Records an answer in memory; writes it to IndexedDB only while "keep" is ticked. The parent
 * keys it per question, so each question starts with a fresh, unsaved take.
 */
export function PracticeRecorder({ question, storyTitle }: PracticeRecorderProps) {
  const recorder = useRecorder();
  const { keep, forget } = useRecordings();
  const [keptId, setKeptId] = useState<string | null>(null);
  const handleKeep = (wanted: boolean) => {
    if (wanted && recorder.blob) {
      keep({ blob: recorder.blob, question, storyTitle, durationMs: recorder.durationMs }).then(
        setKeptId,
        () => setKeptId(null),
      );
    } else if (!wanted && keptId) {
      forget(keptId).then(
        () => setKeptId(null),
        () => undefined,
      );
    }
  };
  return (
    <RecorderControls
      status={recorder.status}
      url={recorder.url}
      kept={keptId !== null}
      onStart={() => {
        setKeptId(null);
        recorder.start();
      }}
      onStop={recorder.stop}
      onKeepChange={handleKeep}
    />
  );
}
