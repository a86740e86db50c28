import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerBox } from '@/components/practice/answer-box';

/** A stand-in for Chrome's SpeechRecognition: records how it was built and started. */
function fakeRecognition(availability: string | null, canInstall = false) {
  const started: { processLocally: boolean; lang: string }[] = [];
  const instances: FakeRecognition[] = [];
  class FakeRecognition {
    lang = '';
    continuous = false;
    interimResults = true;
    processLocally = false;
    onresult: ((e: unknown) => void) | null = null;
    onerror: ((e: unknown) => void) | null = null;
    onend: (() => void) | null = null;
    constructor() {
      instances.push(this);
    }
    start() {
      started.push({ processLocally: this.processLocally, lang: this.lang });
    }
    stop() {
      this.onend?.();
    }
    static available = availability === null ? undefined : vi.fn(async () => availability);
    static install = canInstall ? vi.fn(async () => true) : undefined;
  }
  Object.assign(globalThis, { SpeechRecognition: FakeRecognition });
  return { started, instances, FakeRecognition };
}

afterEach(() => {
  delete (globalThis as { SpeechRecognition?: unknown }).SpeechRecognition;
});

describe('AnswerBox', () => {
  it('transcribes on the device when local recognition is available', async () => {
    const fake = fakeRecognition('available');
    const onSubmit = vi.fn();
    render(<AnswerBox label="Your answer" onSubmit={onSubmit} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Speak your answer' }));
    expect(fake.started).toEqual([{ processLocally: true, lang: expect.any(String) }]);
    expect(fake.FakeRecognition.available).toHaveBeenCalledWith({
      langs: [expect.any(String)],
      processLocally: true,
    });
    act(() =>
      fake.instances[0]!.onresult?.({
        results: [Object.assign([{ transcript: 'I rebuilt the report.' }], { isFinal: true })],
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: /Stop/ }));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Your answer').value).toBe(
      'I rebuilt the report.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Get feedback' }));
    expect(onSubmit).toHaveBeenCalledWith('I rebuilt the report.', expect.any(Number));
  });

  it('offers typing only, and starts no recognition, when the browser cannot transcribe locally', async () => {
    const fake = fakeRecognition('unavailable');
    render(<AnswerBox label="Your answer" onSubmit={vi.fn()} />);
    await waitFor(() => expect(fake.FakeRecognition.available).toHaveBeenCalled());
    expect(screen.queryByRole('button', { name: 'Speak your answer' })).toBeNull();
    expect(screen.getByLabelText('Your answer')).toBeTruthy();
    expect(fake.instances).toHaveLength(0);
  });

  it('never uses a recogniser that cannot promise local processing (older Chrome)', () => {
    const fake = fakeRecognition(null);
    render(<AnswerBox label="Your answer" onSubmit={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Speak your answer' })).toBeNull();
    expect(fake.instances).toHaveLength(0);
  });

  it('offers the language-pack install where the browser supports it', async () => {
    const fake = fakeRecognition('downloadable', true);
    render(<AnswerBox label="Your answer" onSubmit={vi.fn()} />);
    await userEvent.click(
      await screen.findByRole('button', { name: /Install speech recognition/ }),
    );
    expect(fake.FakeRecognition.install).toHaveBeenCalledWith({
      langs: [expect.any(String)],
      processLocally: true,
    });
    expect(fake.instances).toHaveLength(0);
  });

  it('sends a typed answer without a spoken length', async () => {
    const onSubmit = vi.fn();
    render(<AnswerBox label="Your answer" onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('Your answer'), 'I fixed it.');
    await userEvent.click(screen.getByRole('button', { name: 'Get feedback' }));
    expect(onSubmit).toHaveBeenCalledWith('I fixed it.', undefined);
  });
});
