import type { AssessmentKind, LoopShape } from '../families/ids';
import type { ProcessStage } from './schema';
import { spoken } from '../text/speaking';

/**
 * The interview process tables, in our own words: what each stage of Amazon's hiring process
 * looks like for a role family. Data only (hence -data.ts, exempt from the test mirror);
 * interview-process.ts picks and assembles, and its test covers these tables.
 *
 * Sources: the public interview guide in the project context (stages, durations, the Bar Raiser's
 * veto) and Amazon's public level names. Round mixes per family are typical patterns, not rules:
 * the recruiter confirms the real schedule, and the UI says so in the notes.
 */

const loopMinutes = '55-60 min';
export const internMinutes = '45 min';

export const recruiterScreen: ProcessStage = {
  kind: 'recruiter-screen',
  name: 'Recruiter screen',
  duration: '~30 min',
  what: `A fit check, not a test: timeline, target level, location and visa, and why Amazon. Keep your opener under ${spoken.max} and leave room for questions.`,
};

/** Which online assessment a family usually gets. */

export const onlineAssessments: Record<AssessmentKind, ProcessStage> = {
  coding: {
    kind: 'online-assessment',
    name: 'Online assessment',
    duration: '~90-120 min, timed',
    what: 'Two coding problems (medium to hard; edge cases count) plus the work-style assessment, which asks how you prefer to work and maps answers to the Leadership Principles. Give the work-style part real attention.',
  },
  data: {
    kind: 'online-assessment',
    name: 'Online assessment',
    duration: '~60-120 min, timed',
    what: 'A role-specific test: SQL queries, statistics or machine-learning questions depending on the role, often with a short coding task, plus the work-style assessment.',
  },
  situational: {
    kind: 'online-assessment',
    name: 'Online assessment',
    duration: '~30-60 min',
    what: 'Situational judgement and work-style questions: realistic workplace scenarios where you pick the most and least effective responses. Answer as the owner of the outcome, not the bystander.',
  },
};

export const phoneScreenMinutes = '45-60 min';

/** The phone screen of a people manager of engineers whose posting does not ask them to code. */
export const managerPhoneScreen =
  'A system-design question and a conversation about how you run a team and its delivery';

export const barRaiser: ProcessStage = {
  kind: 'bar-raiser',
  name: 'Bar Raiser',
  duration: loopMinutes,
  what: 'A trained interviewer from outside the hiring team who guards the hiring bar. Mostly Leadership Principles, with hard follow-ups ("why that approach?", "what would you change?"). Explain your trade-offs; do not defend.',
};

const hiringManager: ProcessStage = {
  kind: 'behavioral',
  name: 'Hiring manager',
  duration: loopMinutes,
  what: 'Your scope, judgement and fit for this team, mostly through Leadership Principle stories, plus questions on the role itself.',
};

/**
 * The hiring manager round for a posting that hires a manager of people, in families whose loop has
 * no people-management round of its own (a finance or sales manager, say).
 */
export const peopleHiringManager: ProcessStage = {
  kind: 'people-management',
  name: 'Hiring manager',
  duration: loopMinutes,
  what: 'How you hire, coach and grow a team and handle low performance, plus your scope and judgement, mostly through Leadership Principle stories.',
};

const coding = (n: number, focus: string): ProcessStage => ({
  kind: 'coding',
  name: `Coding ${n}`,
  duration: loopMinutes,
  what: `A ${focus} problem: clarify, talk through the approach, write working code, test it. About 20 minutes of Leadership Principle questions.`,
});

const systemDesign: ProcessStage = {
  kind: 'system-design',
  name: 'System design',
  duration: loopMinutes,
  what: 'Design a service end to end: requirements, data model, scaling, failure modes and trade-offs, plus Leadership Principle questions.',
};

/**
 * Loop rounds before the Bar Raiser for a mid-level (L5) candidate, one shape per family today; a
 * family's registry entry names its shape, so a new family may reuse one.
 */
export const loopShapes = {
  'software-engineer': [
    coding(1, 'data structures and algorithms'),
    coding(2, 'second, more open-ended'),
    systemDesign,
    hiringManager,
  ],
  'engineering-manager': [
    {
      kind: 'people-management',
      name: 'People management',
      duration: loopMinutes,
      what: 'Hiring, growing and coaching engineers, handling low performance, building the team’s mechanisms. Heavy on Hire and Develop the Best.',
    },
    systemDesign,
    {
      kind: 'coding',
      name: 'Coding and architecture',
      duration: loopMinutes,
      what: 'A coding problem or an architecture review of something your team built: the bar is a hands-on technical leader.',
    },
    {
      kind: 'program-delivery',
      name: 'Delivery and stakeholders',
      duration: loopMinutes,
      what: 'How you plan, prioritise and ship across teams, and what you do when a project slips.',
    },
  ],
  'technical-program-manager': [
    {
      kind: 'program-delivery',
      name: 'Program delivery',
      duration: loopMinutes,
      what: 'Running a multi-team program: scope, milestones, risks, escalations, and the mechanisms that keep it on track.',
    },
    {
      ...systemDesign,
      what: 'Design or critique a system at the depth a TPM needs: components, dependencies, trade-offs you would push engineers on.',
    },
    {
      kind: 'functional',
      name: 'Technical depth',
      duration: loopMinutes,
      what: 'A deep dive on a technical program you ran: the architecture, the hard calls, what broke.',
    },
    {
      ...hiringManager,
      what: 'Stakeholder management and influence without authority, mostly through Leadership Principle stories.',
    },
  ],
  'product-manager': [
    {
      kind: 'product-case',
      name: 'Product case',
      duration: loopMinutes,
      what: 'Product sense: start from the customer, define the problem, choose what to build and what not to, work backwards from a press release.',
    },
    {
      kind: 'data-analysis',
      name: 'Metrics and data',
      duration: loopMinutes,
      what: 'Which metrics define success, how to read an experiment, what to do when a number moves unexpectedly.',
    },
    {
      kind: 'functional',
      name: 'Technical depth',
      duration: loopMinutes,
      what: 'How the product works under the hood and how you work with engineers; deeper for Product Manager - Technical roles.',
    },
    hiringManager,
  ],
  'program-manager': [
    {
      kind: 'program-delivery',
      name: 'Program delivery',
      duration: loopMinutes,
      what: 'Planning and running a program end to end: goals, milestones, risks and the reporting that keeps leaders informed.',
    },
    {
      kind: 'data-analysis',
      name: 'Metrics and analysis',
      duration: loopMinutes,
      what: 'Using data to find the problem and prove the fix: the metrics you chose and what they showed.',
    },
    {
      kind: 'functional',
      name: 'Process improvement',
      duration: loopMinutes,
      what: 'A process you simplified or scaled, and how you got people to adopt it.',
    },
    hiringManager,
  ],
  'data-scientist': [
    {
      kind: 'ml-depth',
      name: 'Machine learning',
      duration: loopMinutes,
      what: 'Model choice, features, evaluation and the failure modes of a model you built, at the depth the role needs.',
    },
    {
      kind: 'data-analysis',
      name: 'Statistics and experimentation',
      duration: loopMinutes,
      what: 'Probability, hypothesis tests, A/B test design and how to explain a result to a business owner.',
    },
    coding(1, 'SQL or Python data'),
    {
      kind: 'product-case',
      name: 'Business case',
      duration: loopMinutes,
      what: 'Turn a vague business question into an analysis or a model, and say how you would know it worked.',
    },
  ],
  'applied-scientist': [
    {
      kind: 'ml-depth',
      name: 'Machine learning depth',
      duration: loopMinutes,
      what: 'A deep dive into your own research or models: assumptions, ablations, what you would try next.',
    },
    {
      kind: 'ml-depth',
      name: 'Machine learning breadth',
      duration: loopMinutes,
      what: 'Fundamentals across the field: losses, optimisation, evaluation, common model families and when they fail.',
    },
    coding(1, 'data structures and algorithms'),
    {
      kind: 'functional',
      name: 'Science application',
      duration: loopMinutes,
      what: 'Take a customer problem to a science solution that can ship: data, model, metrics, launch.',
    },
  ],
  'data-engineer': [
    {
      kind: 'data-analysis',
      name: 'SQL and data modelling',
      duration: loopMinutes,
      what: 'Write SQL against a schema and design tables for a new use case: keys, grain, slowly changing data.',
    },
    {
      ...systemDesign,
      name: 'Pipeline design',
      what: 'Design an ETL or streaming pipeline: sources, storage, scheduling, data quality and recovery.',
    },
    coding(1, 'Python or Scala data-processing'),
    hiringManager,
  ],
  'business-intelligence': [
    {
      kind: 'data-analysis',
      name: 'SQL',
      duration: loopMinutes,
      what: 'Joins, window functions and aggregations on a realistic schema, explained as you write them.',
    },
    {
      kind: 'data-analysis',
      name: 'Metrics and reporting',
      duration: loopMinutes,
      what: 'Define a metric, design the dashboard, and find the story when a number changes.',
    },
    {
      kind: 'functional',
      name: 'Data modelling',
      duration: loopMinutes,
      what: 'Warehouse design for reporting: facts, dimensions and the trade-offs of each layout.',
    },
    hiringManager,
  ],
  'solutions-architect': [
    {
      kind: 'customer-scenario',
      name: 'Customer scenario',
      duration: loopMinutes,
      what: 'Role-play with a customer: discover their needs, propose an architecture, handle objections.',
    },
    {
      kind: 'functional',
      name: 'Technical depth',
      duration: loopMinutes,
      what: 'Deep questions in your specialty (networking, databases, security, machine learning...).',
    },
    {
      ...systemDesign,
      name: 'Architecture design',
      what: 'Whiteboard a cloud architecture for a business problem and defend its cost, resilience and security.',
    },
    hiringManager,
  ],
  'support-engineer': [
    {
      kind: 'customer-scenario',
      name: 'Troubleshooting scenario',
      duration: loopMinutes,
      what: 'A broken system and an unhappy customer: narrow the cause step by step and keep them informed.',
    },
    {
      kind: 'functional',
      name: 'Technical depth',
      duration: loopMinutes,
      what: 'Operating systems, networking and the services in the posting, asked until you reach your limit.',
    },
    coding(1, 'scripting or automation'),
    hiringManager,
  ],
  'ux-design': [
    {
      kind: 'functional',
      name: 'Portfolio presentation',
      duration: loopMinutes,
      what: 'Walk a panel through two or three projects: the problem, your decisions, the measured outcome.',
    },
    {
      kind: 'product-case',
      name: 'Design exercise',
      duration: loopMinutes,
      what: 'Design for a customer problem live: research questions, flows, trade-offs.',
    },
    {
      kind: 'behavioral',
      name: 'Cross-functional partnership',
      duration: loopMinutes,
      what: 'Working with product and engineering: disagreements, compromises, and what you insisted on.',
    },
    hiringManager,
  ],
  operations: [
    {
      kind: 'functional',
      name: 'Operations scenario',
      duration: loopMinutes,
      what: 'Run a site or process through a bad day: missed targets, a safety issue, a staffing gap.',
    },
    {
      kind: 'data-analysis',
      name: 'Metrics and root cause',
      duration: loopMinutes,
      what: 'Read operational metrics, find the root cause, and show the fix held.',
    },
    {
      kind: 'people-management',
      name: 'Leading people',
      duration: loopMinutes,
      what: 'Leading a shift or team: coaching, feedback, and keeping people engaged and safe.',
    },
    hiringManager,
  ],
  'sales-account': [
    {
      kind: 'customer-scenario',
      name: 'Customer scenario',
      duration: loopMinutes,
      what: 'A mock customer meeting or account plan: discovery, value, objections, next steps.',
    },
    {
      kind: 'functional',
      name: 'Business acumen',
      duration: loopMinutes,
      what: 'Pipeline, forecasting and how you grew an account, with the numbers.',
    },
    {
      kind: 'behavioral',
      name: 'Leadership Principles',
      duration: loopMinutes,
      what: 'Stories on customer trust, ownership and results, probed for detail.',
    },
    hiringManager,
  ],
  'hr-recruiting': [
    {
      kind: 'functional',
      name: 'Functional scenario',
      duration: loopMinutes,
      what: 'A hiring-manager or employee scenario: how you advise, push back and close.',
    },
    {
      kind: 'data-analysis',
      name: 'Metrics and mechanisms',
      duration: loopMinutes,
      what: 'Funnel or people metrics: what you track, what you changed because of them.',
    },
    {
      kind: 'behavioral',
      name: 'Leadership Principles',
      duration: loopMinutes,
      what: 'Stories on earning trust, judgement and delivering under pressure.',
    },
    hiringManager,
  ],
  finance: [
    {
      kind: 'data-analysis',
      name: 'Financial modelling',
      duration: loopMinutes,
      what: 'Build or critique a model: drivers, assumptions, sensitivities, the recommendation.',
    },
    {
      kind: 'functional',
      name: 'Finance fundamentals',
      duration: loopMinutes,
      what: 'Accounting, planning and analysis questions at the depth the role needs.',
    },
    {
      kind: 'behavioral',
      name: 'Business partnering',
      duration: loopMinutes,
      what: 'Influencing business owners with numbers: a decision you changed, a forecast you defended.',
    },
    hiringManager,
  ],
  other: [
    {
      kind: 'functional',
      name: 'Role skills 1',
      duration: loopMinutes,
      what: 'The core skills of the posting, tested through a case or a deep dive into your work.',
    },
    {
      kind: 'functional',
      name: 'Role skills 2',
      duration: loopMinutes,
      what: 'A second area of the posting’s qualifications, with a scenario or exercise.',
    },
    {
      kind: 'behavioral',
      name: 'Leadership Principles',
      duration: loopMinutes,
      what: 'Stories on ownership, customers and results, probed for detail.',
    },
    hiringManager,
  ],
} as const satisfies Record<LoopShape, readonly ProcessStage[]>;

/** SDE loops by level band, before the Bar Raiser. L4 swaps system design for a third coding round. */
export const sdeEntryLoop: readonly ProcessStage[] = [
  coding(1, 'data structures and algorithms'),
  coding(2, 'second, more open-ended'),
  {
    kind: 'coding',
    name: 'Coding 3: object-oriented design',
    duration: loopMinutes,
    what: 'Object-oriented or low-level design: classes, interfaces and extensibility for a small system (a parking lot, a file finder), in code.',
  },
];

export const sdeSeniorLoop: readonly ProcessStage[] = [
  coding(1, 'data structures and algorithms'),
  coding(2, 'second, more open-ended'),
  systemDesign,
  {
    kind: 'system-design',
    name: 'System design deep dive',
    duration: loopMinutes,
    what: 'A deep dive into a large system you designed or owned: scale, operations, the decisions you would revisit. Expect Think Big and Dive Deep.',
  },
];

/** The second intern interview; the first is the family's first loop round, shortened. */
export const internSecondRound: ProcessStage = {
  kind: 'behavioral',
  name: 'Interview 2',
  duration: internMinutes,
  what: 'A second role problem or case, with more Leadership Principle questions about school projects, internships or jobs.',
};

export const debrief: ProcessStage = {
  kind: 'debrief',
  name: 'Debrief and decision',
  duration: '2-5 business days',
  what: 'The interviewers meet, compare what they saw against each Leadership Principle and the role’s bar, and vote. The Bar Raiser can block a hire even when every other interviewer is in favour.',
};

export const internDecision: ProcessStage = {
  kind: 'debrief',
  name: 'Decision',
  duration: '~1-2 weeks',
  what: 'Interviewers submit feedback and the team decides; intern decisions usually come without a full debrief meeting.',
};

export const generalNotes = [
  'Every round also probes two or three assigned Leadership Principles: expect about 15-20 minutes of STAR questions even in technical rounds.',
  'Interviewers share notes in the debrief: do not reuse a story across rounds. Prepare 5-8 distinct stories, each mapped to 2-3 principles.',
  'These are typical patterns; your recruiter confirms the real schedule and round names.',
] as const;

export const internNotes = [
  'Intern hiring is shorter: often the online assessment and one or two 45-minute interviews, sometimes the assessment alone. There is usually no separate Bar Raiser round.',
] as const;

export const entryNotes = [
  'New graduates often skip the phone screen: a strong online assessment can lead straight to the loop.',
] as const;

export const unknownLevelNotes = [
  'The level is unknown, so this shows a mid-level (L5) loop. Ask the recruiter which level you are interviewing for.',
] as const;
