/**
 * Word lists shared by every room that reads English (resume lines, stories, answers, postings):
 * one home, so two rules never disagree about what a pronoun or an irregular verb is.
 */

/** First-person pronouns, singular ("I", "me", "my", "mine", "myself"). */
export const firstPersonSingular = ['i', 'me', 'my', 'mine', 'myself'] as const;
/** First-person pronouns, plural ("we", "us", "our", "ours", "ourselves"). */
export const firstPersonPlural = ['we', 'us', 'our', 'ours', 'ourselves'] as const;

/** Prepositions that start a phrase after a noun or a verb ("Design of", "Frontend in React"). */
export const prepositions: ReadonlySet<string> = new Set(
  'about across after at before by despite for from in into like of on over than to via with within'.split(
    ' ',
  ),
);

/** Irregular (and consonant-doubling) past forms; everything else conjugates by rule. */
export const irregularPasts: Readonly<Record<string, string>> = {
  bring: 'brought',
  build: 'built',
  cut: 'cut',
  drive: 'drove',
  grow: 'grew',
  keep: 'kept',
  lead: 'led',
  meet: 'met',
  oversee: 'oversaw',
  rebuild: 'rebuilt',
  rewrite: 'rewrote',
  run: 'ran',
  sell: 'sold',
  set: 'set',
  speak: 'spoke',
  teach: 'taught',
  troubleshoot: 'troubleshot',
  win: 'won',
  write: 'wrote',
  buy: 'bought',
  put: 'put',
  make: 'made',
  stand: 'stood',
  take: 'took',
  give: 'gave',
  get: 'got',
  find: 'found',
  think: 'thought',
  begin: 'began',
  spin: 'spun',
  feed: 'fed',
  hold: 'held',
  send: 'sent',
  spend: 'spent',
  tell: 'told',
  understand: 'understood',
  undertake: 'undertook',
  draw: 'drew',
  fight: 'fought',
  lend: 'lent',
  overcome: 'overcame',
  outgrow: 'outgrew',
  shrink: 'shrank',
  split: 'split',
  plan: 'planned',
  ship: 'shipped',
  scrap: 'scrapped',
  drop: 'dropped',
  stop: 'stopped',
  commit: 'committed',
  control: 'controlled',
  refer: 'referred',
  program: 'programmed',
  transfer: 'transferred',
  submit: 'submitted',
  compel: 'compelled',
  propel: 'propelled',
  spot: 'spotted',
  map: 'mapped',
  wrap: 'wrapped',
  swap: 'swapped',
  step: 'stepped',
  format: 'formatted',
  equip: 'equipped',
  admit: 'admitted',
  omit: 'omitted',
  rig: 'rigged',
  tag: 'tagged',
  log: 'logged',
  chat: 'chatted',
  plug: 'plugged',
  trim: 'trimmed',
};

/** The irregular past forms themselves ("built", "led", "wrote", "bought"). */
export const irregularPastForms: ReadonlySet<string> = new Set(Object.values(irregularPasts));
