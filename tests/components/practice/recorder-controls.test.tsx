import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RecorderControls } from '@/components/practice/recorder-controls';

const handlers = () => ({ onStart: vi.fn(), onStop: vi.fn(), onKeepChange: vi.fn() });

describe('RecorderControls', () => {
  it('offers recording, then playback and an unticked "keep"', async () => {
    const h = handlers();
    const { rerender } = render(<RecorderControls status="idle" url={null} kept={false} {...h} />);
    await userEvent.click(screen.getByRole('button', { name: 'Record your answer' }));
    expect(h.onStart).toHaveBeenCalled();
    rerender(<RecorderControls status="recording" url={null} kept={false} {...h} />);
    expect(screen.getByText(/never uploaded/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Stop recording' }));
    expect(h.onStop).toHaveBeenCalled();
    rerender(<RecorderControls status="recorded" url="blob:take" kept={false} {...h} />);
    expect(screen.getByLabelText('Your recorded answer')).toBeTruthy();
    expect(screen.getByText('Not saved: it is gone when you move on.')).toBeTruthy();
    await userEvent.click(screen.getByLabelText('Keep this recording on this computer'));
    expect(h.onKeepChange).toHaveBeenCalledWith(true);
  });

  it('explains a refused microphone and a browser without recording', () => {
    const { rerender } = render(
      <RecorderControls status="denied" url={null} kept={false} {...handlers()} />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/Microphone access was refused/);
    rerender(<RecorderControls status="unsupported" url={null} kept={false} {...handlers()} />);
    expect(screen.getByText(/Recording is not available/)).toBeTruthy();
  });
});
