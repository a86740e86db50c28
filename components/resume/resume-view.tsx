import { useCallback, useDeferredValue, useState } from 'react';
import { ErrorNotice } from '@/components/common/error-notice';
import { Section } from '@/components/common/section';
import { useCurrentPosting } from '@/components/common/use-current-posting';
import { useResume } from '@/components/resume/use-resume';
import { useNlpReady } from '@/components/common/use-nlp-ready';
import { isBoilerplate } from '@/lib/analysis/boilerplate';
import { replaceBullet } from '@/lib/resume/edit-resume';
import { keywordCoverage } from '@/lib/resume/keywords';
import { lintResume } from '@/lib/resume/lint-resume';
import { KeywordCoverage } from './keyword-coverage';
import { UndoNotice } from '@/components/common/undo-notice';
import { forgetDoneText } from '@/lib/resume/forget';
import { ForgetConfirm } from './forget-confirm';
import { ImportProgress } from './import-progress';
import { ResumeInput } from './resume-input';
import { ResumeReport } from './resume-report';
import { SelectionCheck } from './selection-check';
import { RecentlyDeleted } from '@/components/trash/recently-deleted';
import { useTrash } from '@/components/trash/use-trash';

/** Most bullets checked at once: a pasted megabyte stays responsive. */
const maxBullets = 300;

/** The side panel's Resume view: paste/import, findings per bullet, keyword coverage, saved locally. */
export function ResumeView() {
  const resume = useResume();
  const trash = useTrash();
  const posting = useCurrentPosting();
  const [notice, setNotice] = useState<string | null>(null);
  const text = useDeferredValue(resume.text);
  // Renders again once the NLP engine has loaded (word lists serve the first paint); not
  // memoised here because lintBullet and extractTerms cache per input and engine state.
  useNlpReady();
  const report = lintResume(text, maxBullets, posting.analysis?.role.family);
  const qualifications = posting.status === 'ready' ? posting.result.posting : null;
  const coverage = qualifications
    ? keywordCoverage(text, {
        // EEO, accommodation and link lines carry no skill a recruiter searches for.
        basic: qualifications.basicQualifications.filter((l) => !isBoilerplate(l)),
        preferred: qualifications.preferredQualifications.filter((l) => !isBoilerplate(l)),
      })
    : null;
  const { setText } = resume;
  const current = resume.text;
  const editBullet = useCallback(
    (lineStart: number, lineEnd: number, bullet: string) =>
      setText(replaceBullet(current, lineStart, lineEnd, bullet)),
    [current, setText],
  );
  const copy = useCallback((value: string) => {
    navigator.clipboard.writeText(value).then(
      () => setNotice('Copied.'),
      () => setNotice('Copy failed: select the text and copy it by hand.'),
    );
  }, []);

  if (resume.status === 'loading') return <p className="muted">Loading your resume…</p>;
  return (
    <div className="resume-view">
      {resume.selection ? (
        <SelectionCheck text={resume.selection} onDismiss={resume.dismissSelection} />
      ) : null}
      <Section title="Resume">
        <ResumeInput
          text={resume.text}
          fileName={resume.fileName}
          onChange={setText}
          onImport={(file) => {
            // An old "Copied." must not sit under a new import's error.
            setNotice(null);
            void resume.importFile(file);
          }}
          onForget={() => {
            setNotice(null);
            void resume.askForget();
          }}
          onCopyAll={() => copy(resume.text)}
        />
        {resume.importing ? (
          <ImportProgress progress={resume.importing} onCancel={resume.cancelImport} />
        ) : null}
        {resume.importError ? <ErrorNotice>{resume.importError}</ErrorNotice> : null}
        {resume.saveError ? <ErrorNotice>{resume.saveError}</ErrorNotice> : null}
        {resume.conflict ? (
          <div className="form-actions">
            <button type="button" onClick={() => void resume.loadTheirs()}>
              Load theirs
            </button>
            <button type="button" onClick={() => void resume.keepMine()}>
              Keep mine
            </button>
          </div>
        ) : null}
        {resume.importNotice ? (
          <ErrorNotice tone="partial">{resume.importNotice}</ErrorNotice>
        ) : null}
        {resume.forgetPlan ? (
          <ForgetConfirm
            plan={resume.forgetPlan}
            onAnswer={(choice) => void resume.forget(choice)}
            onCancel={resume.cancelForget}
          />
        ) : null}
        {resume.forgetError ? <ErrorNotice>{resume.forgetError}</ErrorNotice> : null}
        {resume.forgotten ? (
          <UndoNotice
            message={forgetDoneText(resume.forgotten)}
            onUndo={() => void resume.undoForget()}
            onDismiss={resume.dismissForgotten}
            dismissLabel="Keep it forgotten"
          />
        ) : null}
        {notice ? (
          <p className="muted" role="status">
            {notice}
          </p>
        ) : null}
        <RecentlyDeleted
          kind="resume"
          entries={trash.entries}
          status={trash.status}
          onRestore={(id) => void trash.restore(id)}
        />
      </Section>
      <Section title="Keyword coverage">
        {coverage && qualifications ? (
          <KeywordCoverage
            coverage={coverage}
            postingTitle={qualifications.title || 'this posting'}
          />
        ) : (
          <p className="muted">
            {posting.status === 'loading'
              ? 'Looking for a posting in the active tab…'
              : 'Open an amazon.jobs posting in this window to see which of its skills your resume names.'}
          </p>
        )}
      </Section>
      {resume.text.trim() ? (
        <Section title="Bullets">
          <ResumeReport report={report} onEditBullet={editBullet} onCopy={copy} />
        </Section>
      ) : null}
    </div>
  );
}
