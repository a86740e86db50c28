import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ResumeReport } from '@/components/resume/resume-report';
import { lintResume } from '@/lib/resume/lint-resume';
import { wrappedToolsResume } from '../../fixtures/wrapped-resume';

describe('ResumeReport', () => {
  it('checks all 15 bullets of a resume with a wrapped "tools" line and lists the rest', () => {
    render(
      <ResumeReport
        report={lintResume(wrappedToolsResume)}
        onEditBullet={() => {}}
        onCopy={() => {}}
      />,
    );
    expect(screen.getByText('(15 bullets checked)')).toBeTruthy();
    expect(screen.getByText('4 lines not checked, and why')).toBeTruthy();
    const items = within(screen.getByRole('list', { name: 'Lines not checked', hidden: true }))
      .getAllByRole('listitem', { hidden: true })
      .map((li) => li.textContent);
    expect(items).toEqual([
      '“EXPERIENCE”: a section heading',
      '“Senior Engineer, Parcel Co. Jan 2021 - Present”: a role or date line',
      '“SKILLS”: a section heading',
      '“TypeScript, Go, SQL”: in “SKILLS”, which holds no achievements to check',
    ]);
  });
});
