import type { MouseEvent } from 'react';
import { EmptyState } from '@/components/common/empty-state';

interface NoPostingProps {
  /** Where the side panel page lives (an extension URL, passed in by the entrypoint). */
  sidePanelHref: string;
  /** Opens the real side panel when the browser allows it (else the link opens the page in a tab). */
  onOpenSidePanel?: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/** Shown when the current tab is not an amazon.jobs job page: what LoopReady does and where to go. */
export function NoPosting({ sidePanelHref, onOpenSidePanel }: NoPostingProps) {
  return (
    <EmptyState title="No job posting on this tab">
      <p>
        Open a job on amazon.jobs and LoopReady reads it for you: the role family, the likely level,
        the Leadership Principles the posting leans on, and the interview rounds to expect.
        Everything stays on your machine.
      </p>
      <ul className="links">
        <li>
          <a href="https://www.amazon.jobs/" target="_blank" rel="noreferrer">
            Browse jobs on amazon.jobs
          </a>
        </li>
        <li>
          <a href={sidePanelHref} target="_blank" rel="noreferrer" onClick={onOpenSidePanel}>
            Open the side panel: resume check, stories and practice
          </a>
        </li>
      </ul>
    </EmptyState>
  );
}
