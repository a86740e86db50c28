import type { RoleFamily } from '../../families/ids';
import { findMetrics } from '../../text/metric';
import type { BulletRule } from '../schema';
import type { Rewrite } from '../rewrite';
import { focusOf } from '../template';

/**
 * no-metric: the bullet states no measurable result (see metric.ts for what counts).
 * Amazon's screen looks for results; a number makes the scale and the impact concrete.
 * The suggestion names what the bullet is about and gives examples of numbers from its own
 * domain: the posting's role family when known, else the bullet's nouns (HR, operations,
 * finance, sales, science, engineering each count different things).
 * Known false positives: bullets whose result is qualitative by nature (an award title).
 */

export const metricDomains = [
  'hr',
  'operations',
  'finance',
  'sales',
  'science',
  'engineering',
] as const;
export type MetricDomain = (typeof metricDomains)[number];

/** Our own example phrasings: the kinds of number each domain counts. */
export const metricExamples: Readonly<Record<MetricDomain, readonly [string, string]>> = {
  hr: ['… for 1,200 employees in 4 countries', '… cutting time-to-hire from 45 to 30 days'],
  operations: ['… across 3 sites and 5,000 orders a week', '… cutting order cycle time by 20%'],
  finance: ['… on a $4M annual budget', '… closing the month 2 days sooner'],
  sales: ['… across 40 accounts', '… growing the pipeline by $1.2M (115% of quota)'],
  science: ['… on 48,000 samples', '… raising accuracy from 82% to 91%'],
  engineering: ['… serving 2M requests a day', '… cutting p95 latency from 800 ms to 200 ms'],
};

/** Nouns that place a bullet in a domain, tried in this order. */
const domainCues: readonly (readonly [MetricDomain, RegExp])[] = [
  [
    'hr',
    /\b(hir(e|es|ing)|recruit\w*|onboard\w*|payroll|benefits?|compensation|salar\w*|employees?|staff|headcount|retention|attrition|hris|workday|talent|candidates?|interviews?|engagement survey|performance review)\b/i,
  ],
  [
    'finance',
    /\b(budgets?|forecast\w*|invoices?|reconcil\w*|audits?|ledgers?|month-end|accounts payable|accounts receivable|p&l|variance|accruals?|tax|treasury|financial)\b/i,
  ],
  [
    'sales',
    /\b(sales|quota|pipeline|deals?|accounts?|prospects?|leads|clients?|renewals?|upsell\w*|revenue|crm|salesforce)\b/i,
  ],
  [
    'operations',
    /\b(warehouses?|shipments?|inventory|fulfil\w*|logistics|supply chain|vendors?|suppliers?|sites?|shifts?|orders?|deliver(y|ies)|procurement|throughput)\b/i,
  ],
  [
    'science',
    /\b(research\w*|experiments?|hypothes\w*|papers?|stud(y|ies)|datasets?|samples?|accuracy|lab|assays?|statistical|thesis|model(s|ing)?|ml|machine learning|classifiers?|regression)\b/i,
  ],
];

/**
 * Words of software work. They outrank the sales and operations cues, which are also everyday
 * engineering words: "a CI pipeline", "quota tracking in the API", "a data warehouse", "clients".
 */
const engineeringCues =
  /\b(software|code|coding|api|apis|frontend|front-end|backend|back-end|react|python|java|sql|pl\/sql|database|server|cloud|aws|gcp|azure|kubernetes|docker|ci\/cd|microservices?|app|website|web|ui|framework|library|algorithm|scripts?|technology|technical|devops|deploy\w*|kvm|firmware|linux)\b/i;

const familyDomains: Partial<Record<RoleFamily, MetricDomain>> = {
  'hr-recruiting': 'hr',
  operations: 'operations',
  finance: 'finance',
  'sales-account': 'sales',
  'data-scientist': 'science',
  'applied-scientist': 'science',
  'software-engineer': 'engineering',
  'engineering-manager': 'engineering',
  'data-engineer': 'engineering',
  'support-engineer': 'engineering',
  'solutions-architect': 'engineering',
};

/** "the order service", "a payment service": a software service, not customer or field service. */
const softwareService =
  /\b(?<!(?:customer|field|food|social|guest|client|public|community) )services?\b/i;

/** How many different cue words of `re` the text holds ("ledger", "ledgers" count once). */
function cueCount(re: RegExp, text: string): number {
  const hits = text.match(new RegExp(re.source, 'gi')) ?? [];
  return new Set(hits.map((h) => h.toLowerCase().replace(/s$/, ''))).size;
}

/**
 * The bullet's domain: its own nouns first, else the posting's role family, else engineering.
 * One word does not decide against software words: "a ledger API" or "the order service" is
 * engineering work unless two or more words of the other domain say otherwise, or the posting's
 * family is of that domain ("invoices ... using SQL" on a finance posting). Without software
 * words the domain with the most cue words wins, earlier in `domainCues` on a tie.
 */
export function metricDomainOf(text: string, family?: RoleFamily): MetricDomain {
  const software = cueCount(engineeringCues, text) + (softwareService.test(text) ? 1 : 0);
  let best: MetricDomain | undefined;
  let bestCount = 0;
  for (const [domain, re] of domainCues) {
    const count = cueCount(re, text);
    if (count > bestCount) [best, bestCount] = [domain, count];
  }
  const fromFamily = family && familyDomains[family];
  if (software > 0 && (best === undefined || bestCount < 2 || bestCount < software))
    return best !== undefined && best === fromFamily ? best : 'engineering';
  return best ?? fromFamily ?? 'engineering';
}

/** Plurals one does not count in a resume: "how many resource costs" is not a question to ask. */
const notCounted =
  /^(costs|results|contributions|operations|solutions|efforts|skills|requirements|practices|resources|insights|improvements|responsibilities|activities|functions|needs|goals|strategies|relations|communications|analytics|logistics|sales|finances|affairs|standards|details|basics|fundamentals|principles|concepts)$/;

/** The plural thing the bullet is about, if any ("employee queries"), to ask how many. */
function countable(text: string, r: Rewrite | undefined): string {
  const rest =
    r?.kind === 'rewrite'
      ? r.text.split(/\s+/).slice(1).join(' ')
      : r?.kind === 'template'
        ? r.focus
        : text.split(/\s+/).slice(1).join(' ');
  // "various projects" is asked as "How many projects": the filler is not repeated back.
  const focus = focusOf(rest)
    .replace(/^(the|a|an|your)\s+/i, '')
    .replace(
      /^(?:various|numerous|several|multiple|diverse|many|different|lots of|a lot of)\s+/i,
      '',
    );
  const head = focus.split(' ').at(-1) ?? '';
  // "services" are counted ("upgraded the services"), an industry is not ("financial services").
  if (notCounted.test(head) || /\b(financial|professional|customer|shared) services$/.test(focus))
    return '';
  return /^[a-z][a-z\s-]*[a-rt-z]s$/.test(focus) && focus.split(' ').length <= 3 ? focus : '';
}

export const noMetric: BulletRule = {
  id: 'no-metric',
  check({ text, family, rewrite }) {
    if (findMetrics(text).length > 0) return undefined;
    const [a, b] = metricExamples[metricDomainOf(text, family)];
    const things = countable(text, rewrite());
    const ask = things
      ? `How many ${things}, and with what result?`
      : 'Put a number on it: how many, how often, or how much changed?';
    return {
      rule: 'no-metric',
      severity: 'warning',
      message: 'No measurable result: add a number that shows scale or impact.',
      suggestion: `${ask} For example "${a}" or "${b}".`,
    };
  },
};
