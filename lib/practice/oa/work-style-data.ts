import type { PrincipleId } from '../../principles/ids';

/**
 * Work Style practice items, in our own words. Each item is a forced choice between two
 * statements that both sound good; each statement names the Leadership Principles it reflects,
 * and each item belongs to a trait: a tension between two ways of working (two poles). Two items
 * share each trait, worded differently and in a different order, so a set can notice when the
 * same tension was chosen one way and then the other. No statement is "the right answer": the
 * feedback says what each choice signals.
 */

export interface WorkStyleTrait {
  readonly id: string;
  /** The tension in a few words, as the results name it. */
  readonly label: string;
  /** The two poles: what leaning each way looks like. */
  readonly poles: Readonly<Record<'a' | 'b', string>>;
}

export interface WorkStyleStatement {
  readonly text: string;
  /** Which pole of the item's trait this statement leans to. */
  readonly pole: 'a' | 'b';
  readonly lps: readonly PrincipleId[];
}

export interface WorkStyleItem {
  readonly id: string;
  readonly trait: string;
  readonly first: WorkStyleStatement;
  readonly second: WorkStyleStatement;
}

export const workStyleTraits: readonly WorkStyleTrait[] = [
  {
    id: 'act-or-verify',
    label: 'acting now or checking first',
    poles: { a: 'act on what you know', b: 'verify before you act' },
  },
  {
    id: 'ship-or-polish',
    label: 'shipping or raising the bar',
    poles: { a: 'ship what is good enough', b: 'hold the work to a higher bar' },
  },
  {
    id: 'challenge-or-align',
    label: 'challenging or keeping the peace',
    poles: { a: 'say you disagree', b: 'keep the group together' },
  },
  {
    id: 'customer-or-commitment',
    label: 'the customer or the plan',
    poles: { a: 'change course for the customer', b: 'keep the commitment made' },
  },
  {
    id: 'bold-or-lean',
    label: 'thinking big or spending little',
    poles: { a: 'aim for the larger outcome', b: 'do more with less' },
  },
  {
    id: 'beyond-or-focus',
    label: 'owning beyond your role or keeping focus',
    poles: { a: 'take on what nobody owns', b: 'stay on your own goals' },
  },
  {
    id: 'data-or-judgement',
    label: 'data or judgement',
    poles: { a: 'wait for the data', b: 'trust your judgement' },
  },
  {
    id: 'explore-or-deliver',
    label: 'exploring or delivering',
    poles: { a: 'make time to learn', b: 'finish what is due' },
  },
  {
    id: 'teach-or-do',
    label: 'teaching or doing it yourself',
    poles: { a: 'help someone else do it', b: 'do it yourself' },
  },
  {
    id: 'invent-or-reuse',
    label: 'inventing or reusing',
    poles: { a: 'build a new way', b: 'reuse what exists' },
  },
  {
    id: 'admit-or-fix',
    label: 'owning up first or fixing first',
    poles: { a: 'tell people about a mistake at once', b: 'fix the mistake, then report it' },
  },
  {
    id: 'commit-or-reopen',
    label: 'committing or reopening a decision',
    poles: { a: 'commit once it is decided', b: 'reopen it when new facts come in' },
  },
  {
    id: 'long-or-near',
    label: 'the long term or the near term',
    poles: { a: 'invest for the long term', b: 'deliver the near-term result' },
  },
  {
    id: 'care-or-push',
    label: 'the team’s wellbeing or the deadline',
    poles: { a: 'protect the team’s wellbeing', b: 'push to hit the date' },
  },
  {
    id: 'wider-or-local',
    label: 'wider effects or the local goal',
    poles: { a: 'weigh the effects beyond your team', b: 'meet your own team’s goal' },
  },
  {
    id: 'details-or-delegate',
    label: 'staying in the details or delegating',
    poles: { a: 'stay close to the details', b: 'trust others with the details' },
  },
  {
    id: 'decide-or-consult',
    label: 'deciding alone or consulting',
    poles: { a: 'decide on your own', b: 'ask others before deciding' },
  },
];

const s = (pole: 'a' | 'b', lps: readonly PrincipleId[], text: string): WorkStyleStatement => ({
  text,
  pole,
  lps,
});

export const workStyleItems: readonly WorkStyleItem[] = [
  {
    id: 'ws-01',
    trait: 'act-or-verify',
    first: s(
      'a',
      ['bias-for-action'],
      'I would rather start with a reasonable plan than wait for a perfect one.',
    ),
    second: s('b', ['dive-deep'], 'I check the numbers myself before I act on a report.'),
  },
  {
    id: 'ws-02',
    trait: 'act-or-verify',
    first: s(
      'b',
      ['dive-deep', 'are-right-a-lot'],
      'When something looks wrong, I find the cause before I change anything.',
    ),
    second: s(
      'a',
      ['bias-for-action'],
      'When a change can be undone, I make it and watch what happens.',
    ),
  },
  {
    id: 'ws-03',
    trait: 'ship-or-polish',
    first: s(
      'a',
      ['deliver-results', 'bias-for-action'],
      'I release work once it does the job, and improve it later.',
    ),
    second: s(
      'b',
      ['insist-on-the-highest-standards'],
      'I hold back work that I know is not yet good enough.',
    ),
  },
  {
    id: 'ws-04',
    trait: 'ship-or-polish',
    first: s(
      'b',
      ['insist-on-the-highest-standards'],
      'I send a teammate’s work back when it falls short, even if that costs a day.',
    ),
    second: s(
      'a',
      ['deliver-results'],
      'A small flaw is better fixed after launch than by missing the date.',
    ),
  },
  {
    id: 'ws-05',
    trait: 'challenge-or-align',
    first: s(
      'a',
      ['have-backbone-disagree-and-commit'],
      'I say so when I think a senior colleague is wrong, even in a meeting.',
    ),
    second: s('b', ['earn-trust'], 'I raise a concern in private first, so nobody loses face.'),
  },
  {
    id: 'ws-06',
    trait: 'challenge-or-align',
    first: s(
      'b',
      ['earn-trust'],
      'I look for the point everyone can agree on before arguing the rest.',
    ),
    second: s(
      'a',
      ['have-backbone-disagree-and-commit'],
      'I would rather argue a decision now than regret it later.',
    ),
  },
  {
    id: 'ws-07',
    trait: 'customer-or-commitment',
    first: s(
      'a',
      ['customer-obsession'],
      'I change the plan when I learn what customers actually need.',
    ),
    second: s(
      'b',
      ['deliver-results', 'earn-trust'],
      'I keep the commitments I have made, even when a better idea comes along.',
    ),
  },
  {
    id: 'ws-08',
    trait: 'customer-or-commitment',
    first: s(
      'b',
      ['deliver-results'],
      'Finishing what we promised comes before adding what a customer just asked for.',
    ),
    second: s(
      'a',
      ['customer-obsession'],
      'One customer’s complaint can be reason enough to rethink a feature.',
    ),
  },
  {
    id: 'ws-09',
    trait: 'bold-or-lean',
    first: s(
      'a',
      ['think-big'],
      'I propose goals that seem out of reach, to see what it would take.',
    ),
    second: s(
      'b',
      ['frugality'],
      'I look for a way to get the result without more people or budget.',
    ),
  },
  {
    id: 'ws-10',
    trait: 'bold-or-lean',
    first: s(
      'b',
      ['frugality', 'invent-and-simplify'],
      'A tight budget often leads me to a simpler answer.',
    ),
    second: s(
      'a',
      ['think-big'],
      'I would rather ask for what a big idea needs than shrink the idea.',
    ),
  },
  {
    id: 'ws-11',
    trait: 'beyond-or-focus',
    first: s(
      'a',
      ['ownership'],
      'When a problem falls between teams, I pick it up even if it is not mine.',
    ),
    second: s('b', ['deliver-results'], 'I protect my time for the goals I am measured on.'),
  },
  {
    id: 'ws-12',
    trait: 'beyond-or-focus',
    first: s(
      'b',
      ['deliver-results'],
      'I hand a problem to the team that owns it rather than fix it myself.',
    ),
    second: s(
      'a',
      ['ownership'],
      'I fix a broken process I run into, even in another team’s area.',
    ),
  },
  {
    id: 'ws-13',
    trait: 'data-or-judgement',
    first: s('a', ['dive-deep'], 'I hold off on a call until I have data that supports it.'),
    second: s(
      'b',
      ['are-right-a-lot', 'bias-for-action'],
      'When the data is thin, I decide on my best judgement and say so.',
    ),
  },
  {
    id: 'ws-14',
    trait: 'data-or-judgement',
    first: s(
      'b',
      ['are-right-a-lot'],
      'My experience often tells me the answer before the analysis is done.',
    ),
    second: s('a', ['dive-deep'], 'I would rather run one more check than trust a hunch.'),
  },
  {
    id: 'ws-15',
    trait: 'explore-or-deliver',
    first: s(
      'a',
      ['learn-and-be-curious'],
      'I make time to learn things outside my job, even in busy weeks.',
    ),
    second: s('b', ['deliver-results'], 'In a busy week, everything but the deadline waits.'),
  },
  {
    id: 'ws-16',
    trait: 'explore-or-deliver',
    first: s(
      'b',
      ['deliver-results'],
      'I finish the task in front of me before I look into a new idea.',
    ),
    second: s(
      'a',
      ['learn-and-be-curious', 'invent-and-simplify'],
      'I follow a question that interests me, even when it is off my task list.',
    ),
  },
  {
    id: 'ws-17',
    trait: 'teach-or-do',
    first: s(
      'a',
      ['hire-and-develop-the-best'],
      'I let a less experienced colleague take a task, and coach them through it.',
    ),
    second: s(
      'b',
      ['ownership', 'bias-for-action'],
      'When it is quicker for me to do it, I do it.',
    ),
  },
  {
    id: 'ws-18',
    trait: 'teach-or-do',
    first: s('b', ['ownership'], 'I take the hardest part of a project myself.'),
    second: s(
      'a',
      ['hire-and-develop-the-best'],
      'I give the hardest part to the person who would learn most from it.',
    ),
  },
  {
    id: 'ws-19',
    trait: 'invent-or-reuse',
    first: s(
      'a',
      ['invent-and-simplify'],
      'I look for a new way of doing a task that everyone does the same way.',
    ),
    second: s('b', ['frugality'], 'I use a tool that already works before I build a new one.'),
  },
  {
    id: 'ws-20',
    trait: 'invent-or-reuse',
    first: s('b', ['frugality', 'are-right-a-lot'], 'A proven method is usually the safer choice.'),
    second: s(
      'a',
      ['invent-and-simplify', 'think-big'],
      'I am willing to try an approach nobody here has tried.',
    ),
  },
  {
    id: 'ws-21',
    trait: 'admit-or-fix',
    first: s(
      'a',
      ['earn-trust'],
      'When I make a mistake, I tell the people affected before I fix it.',
    ),
    second: s(
      'b',
      ['bias-for-action', 'ownership'],
      'When I make a mistake, I fix it first and explain afterwards.',
    ),
  },
  {
    id: 'ws-22',
    trait: 'admit-or-fix',
    first: s('b', ['ownership'], 'I would rather bring a fix than a problem to my manager.'),
    second: s('a', ['earn-trust'], 'I flag bad news early, even when I do not yet have a fix.'),
  },
  {
    id: 'ws-23',
    trait: 'commit-or-reopen',
    first: s(
      'a',
      ['have-backbone-disagree-and-commit'],
      'Once a decision is made, I back it fully, even if I argued against it.',
    ),
    second: s('b', ['are-right-a-lot'], 'I reopen a decision when new facts show it was wrong.'),
  },
  {
    id: 'ws-24',
    trait: 'commit-or-reopen',
    first: s(
      'b',
      ['are-right-a-lot', 'learn-and-be-curious'],
      'I look for evidence that my own plan is wrong.',
    ),
    second: s(
      'a',
      ['have-backbone-disagree-and-commit', 'deliver-results'],
      'Going back on a decision costs more than most people think.',
    ),
  },
  {
    id: 'ws-25',
    trait: 'long-or-near',
    first: s(
      'a',
      ['ownership', 'think-big'],
      'I would accept a slower quarter to build something that lasts.',
    ),
    second: s(
      'b',
      ['deliver-results'],
      'A result this quarter matters more to me than a plan for next year.',
    ),
  },
  {
    id: 'ws-26',
    trait: 'long-or-near',
    first: s(
      'b',
      ['deliver-results', 'bias-for-action'],
      'I prefer a quick win that proves an idea to a long project that might.',
    ),
    second: s(
      'a',
      ['ownership'],
      'I fix the cause of a problem, even when a workaround would be faster.',
    ),
  },
  {
    id: 'ws-27',
    trait: 'care-or-push',
    first: s(
      'a',
      ['strive-to-be-earths-best-employer'],
      'I move a deadline before I ask the team for another late week.',
    ),
    second: s('b', ['deliver-results'], 'When a date matters, I ask the team for extra effort.'),
  },
  {
    id: 'ws-28',
    trait: 'care-or-push',
    first: s(
      'b',
      ['deliver-results', 'insist-on-the-highest-standards'],
      'I expect people to stretch when the goal is worth it.',
    ),
    second: s(
      'a',
      ['strive-to-be-earths-best-employer', 'earn-trust'],
      'I notice when a teammate is overloaded and take work off them.',
    ),
  },
  {
    id: 'ws-29',
    trait: 'wider-or-local',
    first: s(
      'a',
      ['success-and-scale-bring-broad-responsibility'],
      'I think about who outside the team a change could harm before I make it.',
    ),
    second: s(
      'b',
      ['deliver-results', 'customer-obsession'],
      'I judge a change by whether it helps the customers it is built for.',
    ),
  },
  {
    id: 'ws-30',
    trait: 'wider-or-local',
    first: s('b', ['deliver-results'], 'My first duty is to my team’s goals.'),
    second: s(
      'a',
      ['success-and-scale-bring-broad-responsibility'],
      'I would slow a launch to reduce its effect on the community or the environment.',
    ),
  },
  {
    id: 'ws-31',
    trait: 'details-or-delegate',
    first: s('a', ['dive-deep'], 'I read the details of my team’s work, not only the summary.'),
    second: s(
      'b',
      ['earn-trust', 'hire-and-develop-the-best'],
      'I trust the people who own a piece of work to handle its details.',
    ),
  },
  {
    id: 'ws-32',
    trait: 'details-or-delegate',
    first: s(
      'b',
      ['hire-and-develop-the-best'],
      'I give people room to solve a problem their own way.',
    ),
    second: s(
      'a',
      ['dive-deep', 'insist-on-the-highest-standards'],
      'I ask follow-up questions until I understand the work myself.',
    ),
  },
  {
    id: 'ws-33',
    trait: 'decide-or-consult',
    first: s(
      'a',
      ['ownership', 'bias-for-action'],
      'When it is my call, I make it without waiting for everyone’s view.',
    ),
    second: s(
      'b',
      ['earn-trust', 'are-right-a-lot'],
      'I ask people who see it differently before I decide.',
    ),
  },
  {
    id: 'ws-34',
    trait: 'decide-or-consult',
    first: s('b', ['earn-trust'], 'I would rather take longer and bring people with me.'),
    second: s(
      'a',
      ['bias-for-action'],
      'A fast decision I can adjust beats a slow one everyone agreed to.',
    ),
  },
];
