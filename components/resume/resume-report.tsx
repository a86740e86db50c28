import type { LintedResume } from '@/lib/resume/lint-resume';
import { BulletFindings } from './bullet-findings';
import { UncheckedLines } from './unchecked-lines';

interface ResumeReportProps {
  report: LintedResume;
  onEditBullet: (lineStart: number, lineEnd: number, text: string) => void;
  onCopy: (text: string) => void;
}

/** The resume's score and every checked bullet, grouped by section. */
export function ResumeReport({ report, onEditBullet, onCopy }: ResumeReportProps) {
  if (report.bulletCount === 0) {
    return (
      <>
        <p className="muted">
          No bullets found yet. Start each achievement on its own line with "•" or "-" under a
          heading such as "Experience" or "Projects".
        </p>
        <UncheckedLines lines={report.unchecked} checked={0} />
      </>
    );
  }
  let index = 0;
  return (
    <div className="resume-report">
      <p>
        <strong>Resume score: {report.score}/100</strong>{' '}
        <span className="muted">
          ({report.bulletCount} bullet{report.bulletCount === 1 ? '' : 's'} checked)
        </span>
      </p>
      {report.skipped > 0 ? (
        <p className="notice notice-partial" role="status">
          Showing the first {report.bulletCount} bullets; {report.skipped} more were not checked.
        </p>
      ) : null}
      {report.sections.map((section) => (
        <section
          key={`${section.heading}-${section.bullets[0]?.lineStart ?? 0}`}
          aria-label={section.heading || 'Bullets'}
        >
          <h3>{section.heading || 'Bullets'}</h3>
          <ol className="bullets">
            {section.bullets.map((b) => (
              <BulletFindings
                key={b.lineStart}
                bullet={b}
                index={index++}
                onEdit={(text) => onEditBullet(b.lineStart, b.lineEnd, text)}
                onCopy={onCopy}
              />
            ))}
          </ol>
        </section>
      ))}
      <UncheckedLines lines={report.unchecked} checked={report.bulletCount} />
    </div>
  );
}
