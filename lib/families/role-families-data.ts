import type { RoleFamily } from './ids';

/** Human label per role family, shown next to the evidence. */
export const familyLabels: Readonly<Record<RoleFamily, string>> = {
  'software-engineer': 'Software Development Engineer',
  'engineering-manager': 'Software Development Manager',
  'technical-program-manager': 'Technical Program Manager',
  'product-manager': 'Product Manager',
  'program-manager': 'Program Manager',
  'data-scientist': 'Data Scientist',
  'applied-scientist': 'Applied Scientist',
  'data-engineer': 'Data Engineer',
  'business-intelligence': 'Business Intelligence / Analyst',
  'solutions-architect': 'Solutions Architect',
  'support-engineer': 'Support Engineer',
  'ux-design': 'UX Design',
  operations: 'Operations',
  'sales-account': 'Sales & Account Management',
  'hr-recruiting': 'HR & Recruiting',
  finance: 'Finance',
  other: 'Other',
};

export type FamilyRule = { readonly family: RoleFamily; readonly pattern: RegExp };

/**
 * Title rules, most specific first; the first match wins. Choices for ambiguous titles:
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
export const titleRules: readonly FamilyRule[] = [
  // Non-tech roles that borrow tech words ("Product Marketing Manager", "Learning Experience Designer").
  {
    family: 'other',
    pattern: /\bproduct\s+marketing\b|\blearning\s+experience\s+design|\binstructional\s+design/i,
  },
  // Engineering managers before product/program/support rules that share their words.
  {
    family: 'engineering-manager',
    pattern: /\b(?:software|sw|systems?)\s+(?:development|dev|engineering)\s+manager\b/i,
  },
  {
    family: 'engineering-manager',
    pattern:
      /\bmanager\b[\s,-]*(?:(?:I{1,3}|of)\s+)?(?:software|systems?)\s+(?:development|dev|engineering)\b/i,
  },
  {
    family: 'engineering-manager',
    pattern:
      /\bSDM\b|\bengineering\s+manager\b|\bmanager,?\s+engineering\b|\bdirector,?\s+(?:of\s+)?(?:software\s+)?engineering\b/i,
  },
  {
    family: 'technical-program-manager',
    pattern:
      /\btech(?:nical|\.)?\s+(?:[\w&-]+\s+){0,2}program\s+(?:manager|management|mgr)\b|\bTPM\b/i,
  },
  {
    family: 'product-manager',
    pattern:
      /\bproduct\s+(?:manager|mgr|management|lead|owner)\b|\bPM-?T\b|\bgerente\s+de\s+producto\b|\bchef\s+de\s+produit\b/i,
  },
  {
    family: 'applied-scientist',
    pattern:
      /\b(?:applied|research|machine\s+learning|ML|AI)\s+scientist\b|\bscientifique\b|\bwissenschaftler/i,
  },
  {
    family: 'data-scientist',
    pattern: /\bdata\s+scien(?:tist|ce)\b|\beconomist\b|\bcient[ií]fic[oa]\s+de\s+datos\b/i,
  },
  { family: 'applied-scientist', pattern: /\bscientist\b/i },
  {
    family: 'business-intelligence',
    pattern:
      /\bbusiness\s+intel(?:ligence|l?\.)?\b|\bBIE\b|\bBI\s+(?:engineer|developer|analyst|manager)\b/i,
  },
  {
    family: 'data-engineer',
    pattern:
      /\b(?:big\s+)?data\s+(?:analytics\s+)?engineers?\b|\bdatabase\s+engineer|\bETL\s+developer|^\s*DE\s*(?:[-–]|$)/i,
  },
  {
    family: 'business-intelligence',
    pattern:
      /\b(?:business|data|reporting|analytics|research)\s+(?:research\s+)?analyst\b|\banalytics\s+manager\b|\bmanager,\s+analytics\b/i,
  },
  {
    family: 'solutions-architect',
    pattern:
      /\bsolutions?\s+(?:architect|engineer)\b|\b(?:cloud|enterprise|technical|data|ml)\s+architect\b|\btechnical\s+account\s+manager\b|\bTAM\b|\b(?:delivery|professional\s+services)\s+consultant\b|\bconsultant\b.*\bprofessional\s+services\b|\bdeveloper\s+(?:advocate|relations)\b/i,
  },
  {
    family: 'support-engineer',
    pattern:
      /\bsupport\s+eng(?:ineer|ineering|\.)?\b|\bcloud\s+support\b|\btech(?:nical)?\s+support\b|\bapplication\s+engineer\b|\bIT\s+support\b|\bITS\s+support\b/i,
  },
  {
    family: 'other',
    pattern:
      /\b(?:ASIC|DFT|design-for-testability|ATE|silicon|hardware|mechanical|electrical|controls|RF|WiFi|air\s+quality)\b[^,]*\bengineer\b/i,
  },
  {
    family: 'software-engineer',
    pattern:
      /\bso(?:f|ft)ware\s+(?:development|developement|devlopment|dev|developer)?\s*(?:eng(?:ineer|ineering|\.)?|developer)\b|\bsoftware\s+(?:QA|quality)\b|\bSW\s+(?:development|dev)\s+eng/i,
  },
  {
    family: 'software-engineer',
    pattern:
      /\bSDE(?:T)?(?:[-\s]?(?:I{1,3}|[1-3]))?\b|\bSysDE\b|\bsys(?:tems?)?\.?\s+dev(?:elopment|lopment|\.)?(?:\s+eng(?:ineer)?)?\b|\bnetwork\s+development\s+engineer\b/i,
  },
  {
    family: 'software-engineer',
    pattern:
      /\b(?:front[-\s]?end|UI)\s+(?:development\s+)?(?:engineer|developer)\b|\b(?:quality\s+assurance|QA)\s+engineer\b|\bQAE\b|\b(?:application|app|IT\s+app)\s+dev(?:eloper|elopment|\.)?(?:\s+engineer)?\b|\bprogrammer\b|\bdev\s?ops\b|\b(?:build\s+and\s+)?release\s+engineer\b|\b(?:RPA|automation|machine\s+learning|ML|security|site\s+reliability|mobile|web|backend|back-end|full[-\s]stack|kernel|embedded|cloud|systems)\s+(?:engineer|developer)\b|\bSRE\b|\bFEE\b|\bsoftware\s+developer\b/i,
  },
  {
    family: 'software-engineer',
    pattern:
      /\bingenier[oa]\s+de\s+(?:desarrollo\s+de\s+)?software\b|\bing[ée]nieur\s+(?:en\s+)?(?:d[ée]veloppement\s+)?logiciel|\bsoftware-?entwickl|ソフトウェア開発エンジニア|软件开发工程师|\bdesenvolvedor\b|\bdesarrollador\b/i,
  },
  {
    family: 'ux-design',
    pattern:
      /\bUX\b|\bUI\b|\buser\s+(?:experience|research)|\b(?:product|interaction|visual|graphic|experience|motion|service|content)\s+designer\b|\bdesign\s+technologist\b|\bdesigner\b/i,
  },
  {
    family: 'program-manager',
    pattern:
      /\bprogram(?:me)?\s+(?:manager|mgr|lead|associate|specialist|management)\b|\bproject\s+(?:manager|lead|coordinator)\b|\bPMO\b|\bPM\b|\bgerente\s+de\s+programa\b/i,
  },
  {
    family: 'hr-recruiting',
    pattern:
      /\brecruit|\brecr\b|\bsourcer\b|\btalent\s+acquisition\b|\bHR\b|\bHRBP\b|\bhuman\s+resources\b|\bpeople\s+(?:partner|experience)\b|\bemployee\s+relations\b|\bLOA\b|\bleave\s+of\s+absence\b|\blearning\s+(?:and|&)\s+development\b|\bcompensation\b|\bbenefits\b/i,
  },
  {
    family: 'finance',
    pattern:
      /\bfinanc(?:e|ial)\b|\bfinops\b|\btax\b|\bpayroll\b|\baccountant\b|\baccounting\b|\baccounts?\s+(?:payable|receivable)\b|\b(?:AP|AR)\b|\bcontroller(?:ship)?\b|\baudit|\btreasury\b|\bFP&A\b|\bcost\s+manager\b|\bcompany\s+secretary\b|\bprudential\b/i,
  },
  {
    family: 'other',
    pattern:
      /\bmarketing\b|\bPR\b|\bpublic\s+relations\b|\bcommunications\b|\bcounsel\b|\blegal\b|\bparalegal\b|\bexecutive\s+assistant\b|\bwriter\b|\beditor\b|\bbrand\b|\breal\s+estate\b|\benvironment/i,
  },
  {
    family: 'sales-account',
    pattern:
      /\baccount\s+(?:manager|mgr|executive|mgmt|management|specialist|director|lead)\b|\bsales\b|\bbusiness\s+development\b|\bads?\s+(?:account|success|perf\w*|sales|manager)\b|\bpartner\s+(?:manager|development)\b|\bclient\s+(?:solutions\s+)?manager\b|\b(?:marketplace|vendor|ads)\s+consultant\b|\b(?:category|vendor|merchant|seller)\s+(?:manager|mgmt|management)\b|\bdeal\s+lead\b|\bcampaign\b|\bGTM\b|\bgo[-\s]to[-\s]market\b|\bgrowth\s+manager\b|\bacquisition\s+(?:mgr|manager)\b|\brelations\s+manager\b|\bmerchandis/i,
  },
];

/**
 * Weaker title words, read only after the job category: they name operations work but also turn up in
 * other families' titles ("associate", "planning", "quality").
 */
export const weakTitleRules: readonly FamilyRule[] = [
  {
    family: 'operations',
    pattern:
      /\boperations?\b|\bops\b|\barea\s+manager\b|\bsite\s+(?:lead|manager)\b|\bshift\s+(?:lead|manager)\b|\bteam\s+(?:lead|manager)\b|\bprocess\s+(?:assistant|lead|improvement|associate|executive)\b|\bfulfil+(?:ment|ment\s+cent(?:er|re))\b|\blogistics\b|\btransportation\b|\btranportation\b|\bsupply\s+chain\b|\bwarehouse\b|\bdelivery\s+(?:associate|station|experience)\b|\bstation\s+manager\b|\bWHS\b|\bsafety\b|\bRME\b|\bmaintenance\b|\bworkforce\b|\bWFM\b|\breal[-\s]time\s+analyst\b/i,
  },
  {
    family: 'operations',
    pattern:
      /\bquality\b|\bcatalog\b|\binvestigat|\btrust\s*(?:&|and)\s*safety\b|\bescalation\b|\bcustomer\s+service\b|\bdata\s*cent(?:er|re)\b|\bdatatech\b|\btechnician\b|\b(?:ML\s+)?data\s+(?:associate|specialist)\b|\bannotation\b|\b(?:cluster|city|instock|in-stock|inventory)\s+manager\b|\bplanning\b|\bproduction\b|\bcentral\s+flow\b|\bcapacity\b|\bSPS\b|\brisk\b|\bcompliance\b|\bstaffing\b|\btour\b|\bcoordinator\b|\btranslation\b|\bcontent\s+associate\b|\bassociate\b|\bspecialist\b|\badministrator\b/i,
  },
];

/** amazon.jobs job categories ("Software Development", "Finance & Accounting") to families. */
export const categoryRules: readonly FamilyRule[] = [
  {
    family: 'software-engineer',
    pattern: /software\s+development|systems,\s+quality|quality\s+assurance/i,
  },
  { family: 'technical-program-manager', pattern: /management\s*-+\s*technical/i },
  { family: 'program-manager', pattern: /management\s*-+\s*non-?tech/i },
  { family: 'data-scientist', pattern: /data\s+science|economics/i },
  { family: 'applied-scientist', pattern: /machine\s+learning\s+science|research\s+science/i },
  { family: 'data-engineer', pattern: /data\s+engineering|database\s+administration/i },
  { family: 'business-intelligence', pattern: /business\s+intelligence/i },
  { family: 'solutions-architect', pattern: /solutions\s+architect/i },
  { family: 'support-engineer', pattern: /support\s+engineering|technical\s+support/i },
  { family: 'ux-design', pattern: /\bdesign\b|user\s+experience/i },
  {
    family: 'sales-account',
    pattern: /sales|account\s+management|business\s+&\s+merchant|business\s+development/i,
  },
  {
    family: 'hr-recruiting',
    pattern: /human\s+resources|recruiting|leadership\s+development|training/i,
  },
  { family: 'finance', pattern: /finance|accounting/i },
  {
    family: 'operations',
    pattern:
      /operations|fulfillment|supply\s+chain|transportation|customer\s+service|facilities|instock|loss\s+prevention|health,?\s+&?\s*safety/i,
  },
  {
    family: 'other',
    pattern: /marketing|legal|editorial|public\s+policy|administrative|hardware|audio|medical/i,
  },
];
