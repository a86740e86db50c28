import type { ReactNode } from 'react';

interface ErrorNoticeProps {
  /** `partial`: something could not be read but the rest is shown; `error`: the action failed. */
  tone?: 'partial' | 'error';
  children: ReactNode;
}

/** The one look for errors and partial results; errors interrupt screen readers, partial results do not. */
export function ErrorNotice({ tone = 'error', children }: ErrorNoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
