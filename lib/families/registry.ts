/**
 * The role-family registry: everything LoopReady knows about a family in one typed entry.
 *
 * What: per family its label, the title and category rules that recognise it, its level ladder
 * (level names, the years ladder, the usual level of a posting that states none), the LPs its loops
 * lean on, and the shape of its interview process. `satisfies Record<RoleFamily, FamilyEntry>` makes
 * the compiler check that a new family (added to `roleFamilies` in ids.ts) comes with every field.
 * Why: this knowledge was spread over nine tables in six files, so adding or correcting a family
 * meant edits nobody could check were complete.
 * Rule order: title and category rules of all families are read in one list ordered by `rank`
 * (lower first, first match wins), so a more specific rule of one family can run before a broader
 * rule of another. Ranks are spaced by 10 to leave room. Weak title words are read in registry order.
 * Title choices for ambiguous titles:
 * - Quality Assurance Engineer, SDET, System/Systems/Network Development Engineer, DevOps, Front-End,
 *   Machine Learning Engineer, Security Engineer: software-engineer (Amazon hires them with the
 *   SDE-style loop: coding plus design).
 * - Application Engineer and every "Support Engineer": support-engineer (sustaining/support work).
 * - Business Analyst, Business Research Analyst, Data Analyst, Analytics Manager: business-intelligence.
 * - Technical Account Manager, Solutions Engineer, ProServe consultants: solutions-architect.
 * - Data center technicians, ML data associates, trust & safety, catalog, quality associates: operations.
 * - Category/vendor/partner managers, ads account roles: sales-account. Marketing, PR, legal, hardware
 *   and writing roles: other.
 * - "<X> Engineering Manager" and "Manager, Software Development": engineering-manager.
 * Rules are anchored on words (\b) so "International" never reads as "Intern" and "Account Manager"
 * never as "Accountant".
 */
import type { AssessmentKind, LevelBand, LoopShape, RoleFamily } from './ids';
import type { YearsLadderId } from './ladders-data';
import type { PrincipleId } from '../principles/ids';

export type UsualLevel =
  { readonly band: LevelBand; readonly runnerUp: LevelBand | null } | { readonly noLadder: string };

export type RankedRule = { readonly rank: number; readonly pattern: RegExp };

export type FamilyEntry = {
  /** Human label, shown next to the evidence. */
  readonly label: string;
  /** Strong title words; read (by rank, across families) on the role part of the title first. */
  readonly titles: readonly RankedRule[];
  /** Weaker title words, read only after the job category: they turn up in other families' titles. */
  readonly weakTitles: readonly RegExp[];
  /** The amazon.jobs job category ("Software Development", "Finance & Accounting"), when one maps here. */
  readonly category: RankedRule | null;
  readonly levels: {
    /** Level names readers use; bands not listed fall back to the generic names. */
    readonly names: Readonly<Partial<Record<LevelBand, string>>>;
    /** Which years-of-experience ladder the family climbs. */
    readonly years: YearsLadderId;
    /**
     * What a posting of this family that states no level and asks no years is most often, and the
     * runner-up; or, for a family with no dependable ladder, why no band is given.
     */
    readonly usual: UsualLevel;
  };
  /** LPs this family's loops lean on, in our reading of the interview guide. */
  readonly lpDefaults: readonly PrincipleId[];
  readonly process: {
    /** Which online assessment the family usually gets. */
    readonly assessment: AssessmentKind;
    /** The technical part of the phone screen (the last ~15 minutes are LP questions). */
    readonly phoneScreen: string;
    /** The loop rounds before the Bar Raiser, for a mid-level (L5) candidate. */
    readonly loop: LoopShape;
  };
};

export const families = {
  'software-engineer': {
    label: 'Software Development Engineer',
    titles: [
      {
        rank: 150,
        pattern:
          /\bso(?:f|ft)ware\s+(?:development|developement|devlopment|dev|developer)?\s*(?:eng(?:ineer|ineering|\.)?|developer)\b|\bsoftware\s+(?:QA|quality)\b|\bSW\s+(?:development|dev)\s+eng/i,
      },
      {
        rank: 160,
        pattern:
          /\bSDE(?:T)?(?:[-\s]?(?:I{1,3}|[1-3]))?\b|\bSysDE\b|\bsys(?:tems?)?\.?\s+dev(?:elopment|lopment|\.)?(?:\s+eng(?:ineer)?)?\b|\bnetwork\s+development\s+engineer\b/i,
      },
      {
        rank: 170,
        pattern:
          /\b(?:front[-\s]?end|UI)\s+(?:development\s+)?(?:engineer|developer)\b|\b(?:quality\s+assurance|QA)\s+engineer\b|\bQAE\b|\b(?:application|app|IT\s+app)\s+dev(?:eloper|elopment|\.)?(?:\s+engineer)?\b|\bprogrammer\b|\bdev\s?ops\b|\b(?:build\s+and\s+)?release\s+engineer\b|\b(?:RPA|automation|machine\s+learning|ML|security|site\s+reliability|mobile|web|backend|back-end|full[-\s]stack|kernel|embedded|cloud|systems)\s+(?:engineer|developer)\b|\bSRE\b|\bFEE\b|\bsoftware\s+developer\b/i,
      },
      {
        // "Principal Engineer - Alexa", "Sr. Principal Engineer", "Staff Engineer": engineers on the SDE ladder.
        rank: 175,
        pattern: /\b(?:(?:sr\.?|senior)\s+)?(?:principal|staff)\s+engineer\b/i,
      },
      {
        rank: 180,
        pattern:
          /\bingenier[oa]\s+de\s+(?:desarrollo\s+de\s+)?software\b|\bing[ée]nieur\s+(?:en\s+)?(?:d[ée]veloppement\s+)?logiciel|\bsoftware-?entwickl|ソフトウェア開発エンジニア|软件开发工程师|\bdesenvolvedor\b|\bdesarrollador\b/i,
      },
    ],
    weakTitles: [],
    category: {
      rank: 0,
      pattern: /software\s+development|systems,\s+quality|quality\s+assurance/i,
    },
    levels: {
      names: {
        L4: 'SDE I, L4',
        L5: 'SDE II, L5',
        L6: 'SDE III / Senior SDE, L6',
        L7: 'Principal SDE, L7',
        L8: 'Senior Principal SDE, L8',
      },
      years: 'software',
      usual: { band: 'L5', runnerUp: 'L4' },
    },
    lpDefaults: ['dive-deep', 'deliver-results'],
    process: {
      assessment: 'coding',
      phoneScreen: 'One coding problem in a shared editor',
      loop: 'software-engineer',
    },
  },
  'engineering-manager': {
    label: 'Software Development Manager',
    titles: [
      {
        rank: 10,
        pattern: /\b(?:software|sw|systems?)\s+(?:development|dev|engineering)\s+manager\b/i,
      },
      {
        rank: 20,
        pattern:
          /\bmanager\b[\s,-]*(?:(?:I{1,3}|of)\s+)?(?:software|systems?)\s+(?:development|dev|engineering)\b/i,
      },
      {
        rank: 30,
        pattern:
          /\bSDM\b|\bengineering\s+manager\b|\bmanager,?\s+engineering\b|\bdirector,?\s+(?:of\s+)?(?:software\s+)?engineering\b/i,
      },
    ],
    weakTitles: [],
    category: null,
    levels: {
      names: { L5: 'SDM (L5)', L6: 'SDM, L6', L7: 'Senior SDM, L7', L8: 'Director, L8' },
      years: 'manager',
      usual: { band: 'L6', runnerUp: 'L7' },
    },
    lpDefaults: ['hire-and-develop-the-best', 'strive-to-be-earths-best-employer'],
    process: {
      assessment: 'coding',
      phoneScreen: 'A coding or design problem and a conversation about how you run a team',
      loop: 'engineering-manager',
    },
  },
  'technical-program-manager': {
    label: 'Technical Program Manager',
    titles: [
      {
        rank: 40,
        pattern:
          /\btech(?:nical|\.)?\s+(?:[\w&-]+\s+){0,2}program\s+(?:manager|management|mgr)\b|\bTPM\b/i,
      },
    ],
    weakTitles: [],
    category: { rank: 10, pattern: /management\s*-+\s*technical/i },
    levels: {
      names: { L5: 'TPM, L5', L6: 'Senior TPM, L6', L7: 'Principal TPM, L7' },
      years: 'standard',
      usual: { band: 'L5', runnerUp: 'L6' },
    },
    lpDefaults: ['deliver-results', 'earn-trust'],
    process: {
      assessment: 'situational',
      phoneScreen: 'A program scenario with a technical dependency to untangle',
      loop: 'technical-program-manager',
    },
  },
  'product-manager': {
    label: 'Product Manager',
    titles: [
      {
        rank: 50,
        pattern:
          /\bproduct\s+(?:manager|mgr|management|lead|owner)\b|\bPM-?T\b|\bgerente\s+de\s+producto\b|\bchef\s+de\s+produit\b/i,
      },
    ],
    weakTitles: [],
    category: null,
    levels: {
      names: {
        L5: 'Product Manager, L5',
        L6: 'Senior Product Manager, L6',
        L7: 'Principal Product Manager, L7',
      },
      years: 'standard',
      usual: { band: 'L5', runnerUp: 'L6' },
    },
    lpDefaults: ['invent-and-simplify', 'think-big'],
    process: {
      assessment: 'situational',
      phoneScreen: 'A short product case: a customer problem, a feature, how you would measure it',
      loop: 'product-manager',
    },
  },
  'program-manager': {
    label: 'Program Manager',
    titles: [
      {
        rank: 200,
        pattern:
          /\bprogram(?:me)?\s+(?:manager|mgr|lead|associate|specialist|management)\b|\bproject\s+(?:manager|lead|coordinator)\b|\bPMO\b|\bPM\b|\bgerente\s+de\s+programa\b/i,
      },
    ],
    weakTitles: [],
    category: { rank: 20, pattern: /management\s*-+\s*non-?tech/i },
    levels: {
      names: {},
      years: 'standard',
      usual: { band: 'L5', runnerUp: 'L6' },
    },
    lpDefaults: ['deliver-results', 'earn-trust'],
    process: {
      assessment: 'situational',
      phoneScreen: 'A program or process scenario: plan it, find the risks, report on it',
      loop: 'program-manager',
    },
  },
  'data-scientist': {
    label: 'Data Scientist',
    titles: [
      {
        rank: 70,
        pattern: /\bdata\s+scien(?:tist|ce)\b|\beconomist\b|\bcient[ií]fic[oa]\s+de\s+datos\b/i,
      },
    ],
    weakTitles: [],
    category: { rank: 30, pattern: /data\s+science|economics/i },
    levels: {
      names: { L5: 'Data Scientist II, L5', L6: 'Senior Data Scientist, L6' },
      years: 'standard',
      usual: { band: 'L5', runnerUp: 'L6' },
    },
    lpDefaults: ['dive-deep', 'are-right-a-lot'],
    process: {
      assessment: 'data',
      phoneScreen: 'A statistics or modelling question, sometimes with SQL or Python',
      loop: 'data-scientist',
    },
  },
  'applied-scientist': {
    label: 'Applied Scientist',
    titles: [
      {
        rank: 60,
        pattern:
          /\b(?:applied|research|machine\s+learning|ML|AI)\s+scientist\b|\bapplied\s+science\b|\bscientifique\b|\bwissenschaftler/i,
      },
      { rank: 80, pattern: /\bscientist\b/i },
    ],
    weakTitles: [],
    category: { rank: 40, pattern: /machine\s+learning\s+science|research\s+science/i },
    levels: {
      names: {
        L4: 'Applied Scientist I, L4',
        L5: 'Applied Scientist II, L5',
        L6: 'Senior Applied Scientist, L6',
        L7: 'Principal Scientist, L7',
      },
      years: 'standard',
      usual: { band: 'L5', runnerUp: 'L6' },
    },
    lpDefaults: ['dive-deep', 'invent-and-simplify'],
    process: {
      assessment: 'data',
      phoneScreen: 'A machine-learning question plus a coding problem',
      loop: 'applied-scientist',
    },
  },
  'data-engineer': {
    label: 'Data Engineer',
    titles: [
      {
        rank: 100,
        pattern:
          /\b(?:big\s+)?data\s+(?:analytics\s+)?engineers?\b|\bdatabase\s+engineer|\bETL\s+developer|^\s*DE\s*(?:[-–]|$)/i,
      },
    ],
    weakTitles: [],
    category: { rank: 50, pattern: /data\s+engineering|database\s+administration/i },
    levels: {
      names: {},
      years: 'standard',
      usual: { band: 'L5', runnerUp: 'L4' },
    },
    lpDefaults: ['dive-deep', 'insist-on-the-highest-standards'],
    process: {
      assessment: 'data',
      phoneScreen: 'SQL and a data-modelling or pipeline question',
      loop: 'data-engineer',
    },
  },
  'business-intelligence': {
    label: 'Business Intelligence / Analyst',
    titles: [
      {
        rank: 90,
        pattern:
          /\bbusiness\s+intel(?:ligence|l?\.)?\b|\bBIE\b|\bBI\s+(?:engineer|developer|analyst|manager)\b/i,
      },
      {
        rank: 110,
        pattern:
          /\b(?:business|data|reporting|analytics|research)\s+(?:research\s+)?analyst\b|\banalytics\s+manager\b|\bmanager,\s+analytics\b/i,
      },
    ],
    weakTitles: [],
    category: { rank: 60, pattern: /business\s+intelligence/i },
    levels: {
      names: {},
      years: 'business',
      usual: { band: 'L5', runnerUp: 'L4' },
    },
    lpDefaults: ['dive-deep', 'are-right-a-lot'],
    process: {
      assessment: 'data',
      phoneScreen: 'SQL on a small schema and a question about a metric',
      loop: 'business-intelligence',
    },
  },
  'solutions-architect': {
    label: 'Solutions Architect',
    titles: [
      {
        rank: 120,
        pattern:
          /\bsolutions?\s+(?:architect|engineer)\b|\b(?:cloud|enterprise|technical|data|ml)\s+architect\b|\btechnical\s+account\s+manager\b|\bTAM\b|\b(?:delivery|professional\s+services)\s+consultant\b|\bconsultant\b.*\bprofessional\s+services\b|\bdeveloper\s+(?:advocate|relations)\b/i,
      },
    ],
    weakTitles: [],
    category: { rank: 70, pattern: /solutions\s+architect/i },
    levels: {
      names: {},
      years: 'standard',
      usual: { band: 'L5', runnerUp: 'L6' },
    },
    lpDefaults: ['earn-trust', 'dive-deep'],
    process: {
      assessment: 'situational',
      phoneScreen: 'A customer architecture scenario and questions on cloud fundamentals',
      loop: 'solutions-architect',
    },
  },
  'support-engineer': {
    label: 'Support Engineer',
    titles: [
      {
        rank: 130,
        pattern:
          /\bsupport\s+eng(?:ineer|ineering|\.)?\b|\bcloud\s+support\b|\btech(?:nical)?\s+support\b|\bapplication\s+engineer\b|\bIT\s+support\b|\bITS\s+support\b/i,
      },
    ],
    weakTitles: [],
    category: { rank: 80, pattern: /support\s+engineering|technical\s+support/i },
    levels: {
      names: {},
      years: 'standard',
      usual: { band: 'L4', runnerUp: 'L5' },
    },
    lpDefaults: ['dive-deep', 'bias-for-action'],
    process: {
      assessment: 'coding',
      phoneScreen: 'A troubleshooting scenario (networking, operating systems) and a short script',
      loop: 'support-engineer',
    },
  },
  'ux-design': {
    label: 'UX Design',
    titles: [
      {
        rank: 190,
        pattern:
          /\bUX\b|\bUI\b|\buser\s+(?:experience|research)|\b(?:product|interaction|visual|graphic|experience|motion|service|content)\s+designer\b|\bdesign\s+technologist\b|\bdesigner\b/i,
      },
    ],
    weakTitles: [],
    category: { rank: 90, pattern: /\bdesign\b|user\s+experience/i },
    levels: {
      names: {},
      years: 'standard',
      usual: { band: 'L5', runnerUp: 'L6' },
    },
    lpDefaults: ['invent-and-simplify', 'insist-on-the-highest-standards'],
    process: {
      assessment: 'situational',
      phoneScreen: 'A walk through one portfolio project and your design decisions',
      loop: 'ux-design',
    },
  },
  operations: {
    label: 'Operations',
    titles: [],
    weakTitles: [
      /\boperations?\b|\bops\b|\barea\s+manager\b|\bsite\s+(?:lead|manager)\b|\bshift\s+(?:lead|manager)\b|\bteam\s+(?:lead|manager)\b|\bprocess\s+(?:assistant|lead|improvement|associate|executive)\b|\bfulfil+(?:ment|ment\s+cent(?:er|re))\b|\blogistics\b|\btransportation\b|\btranportation\b|\bsupply\s+chain\b|\bwarehouse\b|\bdelivery\s+(?:associate|station|experience)\b|\bstation\s+manager\b|\bWHS\b|\bsafety\b|\bRME\b|\bmaintenance\b|\bworkforce\b|\bWFM\b|\breal[-\s]time\s+analyst\b/i,
      /\bquality\b|\bcatalog\b|\binvestigat|\btrust\s*(?:&|and)\s*safety\b|\bescalation\b|\bcustomer\s+service\b|\bdata\s*cent(?:er|re)\b|\bdatatech\b|\btechnician\b|\b(?:ML\s+)?data\s+(?:associate|specialist)\b|\bannotation\b|\b(?:cluster|city|instock|in-stock|inventory)\s+manager\b|\bplanning\b|\bproduction\b|\bcentral\s+flow\b|\bcapacity\b|\bSPS\b|\brisk\b|\bcompliance\b|\bstaffing\b|\btour\b|\bcoordinator\b|\btranslation\b|\bcontent\s+associate\b|\bassociate\b|\bspecialist\b|\badministrator\b/i,
    ],
    category: {
      rank: 130,
      pattern:
        /operations|fulfillment|supply\s+chain|transportation|customer\s+service|facilities|instock|loss\s+prevention|health,?\s+&?\s*safety/i,
    },
    levels: {
      names: {},
      years: 'business',
      usual: {
        noLadder:
          'operations titles run from hourly associates to senior managers on different ladders, and this posting’s title and asks do not place it on one',
      },
    },
    lpDefaults: ['deliver-results', 'insist-on-the-highest-standards'],
    process: {
      assessment: 'situational',
      phoneScreen:
        'An operational scenario: a missed target, a safety or quality issue, a staffing gap',
      loop: 'operations',
    },
  },
  'sales-account': {
    label: 'Sales & Account Management',
    titles: [
      {
        rank: 240,
        pattern:
          /\baccount\s+(?:manager|mgr|executive|mgmt|management|specialist|director|lead)\b|\bsales\b|\bbusiness\s+development\b|\bads?\s+(?:account|success|perf\w*|sales|manager)\b|\bpartner\s+(?:manager|development)\b|\bclient\s+(?:solutions\s+)?manager\b|\b(?:marketplace|vendor|ads)\s+consultant\b|\b(?:category|vendor|merchant|seller)\s+(?:manager|mgmt|management)\b|\bdeal\s+lead\b|\bcampaign\b|\bGTM\b|\bgo[-\s]to[-\s]market\b|\bgrowth\s+manager\b|\bacquisition\s+(?:mgr|manager)\b|\brelations\s+manager\b|\bmerchandis/i,
      },
    ],
    weakTitles: [],
    category: {
      rank: 100,
      pattern: /sales|account\s+management|business\s+&\s+merchant|business\s+development/i,
    },
    levels: {
      names: {},
      years: 'sales',
      usual: { band: 'L5', runnerUp: 'L4' },
    },
    lpDefaults: ['earn-trust', 'deliver-results'],
    process: {
      assessment: 'situational',
      phoneScreen: 'An account scenario: a customer goal, an objection, a plan',
      loop: 'sales-account',
    },
  },
  'hr-recruiting': {
    label: 'HR & Recruiting',
    titles: [
      {
        rank: 210,
        pattern:
          /\brecruit|\brecr\b|\bsourcer\b|\btalent\s+acquisition\b|\bHR\b|\bHRBP\b|\bhuman\s+resources\b|\bpeople\s+(?:partner|experience)\b|\bemployee\s+relations\b|\bLOA\b|\bleave\s+of\s+absence\b|\blearning\s+(?:and|&)\s+development\b|\bcompensation\b|\bbenefits\b/i,
      },
    ],
    weakTitles: [],
    category: {
      rank: 110,
      pattern: /human\s+resources|recruiting|leadership\s+development|training/i,
    },
    levels: {
      names: {},
      years: 'business',
      usual: { band: 'L5', runnerUp: 'L4' },
    },
    lpDefaults: ['hire-and-develop-the-best', 'earn-trust'],
    process: {
      assessment: 'situational',
      phoneScreen: 'A partner or candidate scenario and how you would handle it',
      loop: 'hr-recruiting',
    },
  },
  finance: {
    label: 'Finance',
    titles: [
      {
        rank: 220,
        pattern:
          /\bfinanc(?:e|ial)\b|\bfinops\b|\btax\b|\bpayroll\b|\baccountant\b|\baccounting\b|\baccounts?\s+(?:payable|receivable)\b|\b(?:AP|AR)\b|\bcontroller(?:ship)?\b|\baudit|\btreasury\b|\bFP&A\b|\bcost\s+manager\b|\bcompany\s+secretary\b|\bprudential\b/i,
      },
    ],
    weakTitles: [],
    category: { rank: 120, pattern: /finance|accounting/i },
    levels: {
      names: {},
      years: 'finance',
      usual: { band: 'L5', runnerUp: 'L4' },
    },
    lpDefaults: ['dive-deep', 'frugality'],
    process: {
      assessment: 'situational',
      phoneScreen: 'A modelling or analysis case built on a few numbers',
      loop: 'finance',
    },
  },
  other: {
    label: 'Other',
    titles: [
      {
        rank: 0,
        pattern:
          /\bproduct\s+marketing\b|\blearning\s+experience\s+design|\binstructional\s+design/i,
      },
      {
        rank: 140,
        pattern:
          /\b(?:ASIC|DFT|design-for-testability|ATE|silicon|hardware|mechanical|electrical|controls|RF|WiFi|air\s+quality)\b[^,]*\bengineer\b/i,
      },
      {
        rank: 230,
        pattern:
          /\bmarketing\b|\bPR\b|\bpublic\s+relations\b|\bcommunications\b|\bcounsel\b|\blegal\b|\bparalegal\b|\bexecutive\s+assistant\b|\bwriter\b|\beditor\b|\bbrand\b|\breal\s+estate\b|\benvironment/i,
      },
    ],
    weakTitles: [],
    category: {
      rank: 140,
      pattern: /marketing|legal|editorial|public\s+policy|administrative|hardware|audio|medical/i,
    },
    levels: {
      names: {},
      years: 'standard',
      usual: {
        noLadder:
          'this family gathers marketing, legal, hardware and writing roles, which share no ladder',
      },
    },
    lpDefaults: [],
    process: {
      assessment: 'situational',
      phoneScreen: 'A case or scenario from the role’s day-to-day work',
      loop: 'other',
    },
  },
} as const satisfies Record<RoleFamily, FamilyEntry>;

/** The registry entry of a family. */
export function familyEntry(family: RoleFamily): FamilyEntry {
  return families[family];
}

export type FamilyRule = { readonly family: RoleFamily; readonly pattern: RegExp };

const entries = Object.entries(families) as [RoleFamily, FamilyEntry][];

function ranked(pick: (entry: FamilyEntry) => readonly RankedRule[]): readonly FamilyRule[] {
  return entries
    .flatMap(([family, entry]) => pick(entry).map((rule) => ({ family, ...rule })))
    .sort((a, b) => a.rank - b.rank)
    .map(({ family, pattern }) => ({ family, pattern }));
}

/** Title rules of every family, most specific first; the first match wins. */
export const titleRules = ranked((e) => e.titles);
/** amazon.jobs job categories to families, in rank order. */
export const categoryRules = ranked((e) => (e.category ? [e.category] : []));
/** Weaker title words, read only after the job category. */
export const weakTitleRules: readonly FamilyRule[] = entries.flatMap(([family, entry]) =>
  entry.weakTitles.map((pattern) => ({ family, pattern })),
);
