import type { PrincipleId } from '../../../lib/principles/ids';
import type { PostingAnalysis } from '../../../lib/analysis/schema';
import type { ProcessStage, RoundKind } from '../../../lib/process/schema';
import type { RoleFamily } from '../../../lib/families/ids';
import type { Story } from '../../../lib/stories/schema';

const stage = (kind: RoundKind, name: string): ProcessStage => ({
  kind,
  name,
  duration: '',
  what: '',
});

export const sdeLoop: ProcessStage[] = [
  stage('coding', 'Coding 1'),
  stage('coding', 'Coding 2'),
  stage('system-design', 'System design'),
  stage('bar-raiser', 'Bar Raiser'),
];

/** A posting analysis with the given ranked LPs and an SDE-like process (phone screen + 4 rounds). */
export function makeAnalysis(
  lps: readonly PrincipleId[],
  options: {
    family?: RoleFamily;
    title?: string;
    loop?: ProcessStage[];
    phone?: boolean;
    managesPeople?: boolean;
  } = {},
): PostingAnalysis {
  return {
    id: '123',
    title: options.title ?? 'Software Development Engineer II',
    role: { family: options.family ?? 'software-engineer', label: '', evidence: [] },
    level: { band: 'L5', label: 'L5', rationale: [], years: 3 },
    lps: lps.map((id, i) => ({
      id,
      name: id,
      score: Math.max(0.05, 1 - i * 0.05),
      evidence: [],
      isDefault: false,
    })),
    process: {
      before: [
        stage('recruiter-screen', 'Recruiter screen'),
        ...(options.phone === false ? [] : [stage('phone-screen', 'Phone screen')]),
      ],
      loop: options.loop ?? sdeLoop,
      after: [],
      notes: [],
    },
    managesPeople: { manages: options.managesPeople ?? false, evidence: [] },
    missing: [],
  };
}

/** A story with neutral text (no principle signals) unless text is given. */
export function makeStory(id: string, lps: PrincipleId[], extra: Partial<Story> = {}): Story {
  return {
    id,
    title: `Story ${id}`,
    project: '',
    period: '',
    situation: 'The nightly report job kept failing on Mondays.',
    task: 'I had to make it run reliably again.',
    action: 'I traced the failure to a timezone bug and I fixed the scheduler configuration.',
    result: 'The job has run 40 weeks in a row without a failure.',
    lps,
    tags: [],
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}
