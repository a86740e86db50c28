import { useCurrentPosting } from '@/components/common/use-current-posting';
import { useOpenSidePanel } from '@/components/common/use-open-side-panel';
import { LoadingState } from '@/components/common/loading-state';
import { NoPosting } from '@/components/posting/no-posting';
import { PostingView } from '@/components/posting/posting-view';
import { RecruiterOpener } from '@/components/opener/recruiter-opener';

const sidePanelHref = '/sidepanel.html';

export function App() {
  const current = useCurrentPosting();
  const openSidePanel = useOpenSidePanel();
  return (
    <main className="popup">
      {current.status === 'loading' && <LoadingState label="Reading the posting…" />}
      {current.status === 'none' && (
        <NoPosting sidePanelHref={sidePanelHref} onOpenSidePanel={openSidePanel} />
      )}
      {current.status === 'ready' && (
        <>
          <PostingView
            posting={current.result.posting}
            analysis={current.analysis}
            extra={
              <RecruiterOpener
                analysis={current.analysis}
                team={current.result.posting.team}
                category={current.result.posting.category}
              />
            }
          />
          <p className="popup-footer">
            <a href={sidePanelHref} target="_blank" rel="noreferrer" onClick={openSidePanel}>
              Open the side panel: resume check, stories and practice
            </a>
          </p>
        </>
      )}
    </main>
  );
}
