/**
 * `npm run -s cli -- read-aloud [--posting FILE] [--stories FILE] [--profile FILE]`
 * Prints, as plain text, every sentence LoopReady writes for practice feedback, the round plan,
 * the prep plan and the opener, for our own fixture stories, profiles and postings (and the first
 * few dev postings when ../shared/data is present), so a person can read them aloud and catch
 * what reads wrong. It prints what the extension shows; it judges nothing and exits 0 unless a
 * file cannot be read (2).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { analyzePosting } from '../../lib/analysis/analyze';
import { levelCertainty } from '../../lib/analysis/level-certainty';
import type { PostingAnalysis } from '../../lib/analysis/schema';
import { parseStoriesInput } from '../../lib/backup/stories-input';
import { planRounds } from '../../lib/loop/plan-rounds';
import { loadNlp } from '../../lib/nlp/engine';
import { recruiterOpener } from '../../lib/opener/recruiter-opener';
import { answerFeedback } from '../../lib/practice/answer-feedback';
import { followUps } from '../../lib/practice/follow-up';
import { pushback } from '../../lib/practice/pushback';
import { prepPlan } from '../../lib/prep/prep-plan';
import { addDays } from '../../lib/prep/dates';
import { fromSearchJson } from '../../lib/posting/from-search-json';
import { parseExtractResult } from '../../lib/posting/parse';
import type { Story } from '../../lib/stories/schema';
import type { Profile } from '../../lib/profile/schema';
import { metricWithUnit } from '../../lib/text/metric';
import { jsonProblem } from '../../lib/text/json-problem';
import { readDevPostings } from '../analysis-fingerprint';
import { loadPostings } from './load-postings';
import { profileFromJson } from './opener';
import {
  readAloudAnswers,
  readAloudProfiles,
  readAloudReply,
  readAloudStories,
} from './read-aloud-fixtures';

const usage =
  'usage: npm run -s cli -- read-aloud [--posting FILE] [--stories FILE] [--profile FILE]';
const fixtureDir = path.resolve(import.meta.dirname, '../../tests/fixtures/amazon-jobs');
const fixturePostings = ['full-en.html', 'manager-en.html', 'intern-en.html'];
/** A fixed "today", so the prep plan reads the same on every run. */
const today = '2026-12-07';
const devCount = 3;

const out: string[] = [];
const say = (line = '') => out.push(line);
const heading = (text: string) => say(`\n== ${text} ==`);

function practice(stories: readonly Story[]): void {
  for (const story of stories) {
    heading(`Practice: ${story.title}`);
    say('Bar Raiser pushback:');
    for (const p of pushback(story)) say(`  - ${p.question}`);
    const answer =
      readAloudAnswers[story.id] ??
      [story.situation, story.task, story.action, story.result].join(' ');
    const f = answerFeedback({
      text: answer,
      principleId: story.lps[0],
      elapsedMs: 45_000,
      storyMetric: metricWithUnit(story.result),
    });
    say(`Answer: ${answer}`);
    say(
      `STAR: ${f.parts.map((p) => `${p.part} ${Math.round(p.share * 100)}%`).join(', ')}; result number: ${f.metric ?? 'none'}`,
    );
    if (f.storyMetric)
      say(`Story's number: ${f.storyMetric.kept ? 'kept' : 'left out'} (${f.storyMetric.metric})`);
    for (const step of f.nextSteps) say(`  - ${step}`);
    say('Follow-ups to the answer:');
    for (const q of followUps(answer)) say(`  - ${q.question}`);
    const reply = answerFeedback({ text: readAloudReply, followUp: true, elapsedMs: 20_000 });
    say(`Reply to the follow-up: ${readAloudReply}`);
    for (const step of reply.nextSteps) say(`  - ${step}`);
  }
}

function posting(name: string, a: PostingAnalysis, stories: readonly Story[]): void {
  heading(`Posting: ${name}`);
  say(`Role: ${a.role.label} (${a.role.evidence.join('; ')})`);
  say(`Level: ${a.level.label}. ${levelCertainty(a.level)}`);
  for (const r of a.level.rationale) say(`  - ${r}`);
  say('Process:');
  for (const s of [...a.process.before, ...a.process.loop, ...a.process.after])
    say(`  - ${s.name}: ${s.what}`);
  for (const n of a.process.notes) say(`  - note: ${n}`);
  const plan = planRounds(stories, a);
  say('Round plan:');
  for (const r of plan.rounds)
    say(`  - ${r.name}: ${r.slots.map((s) => `${s.lp} -> ${s.storyId ?? 'gap'}`).join(', ')}`);
  for (const g of plan.gaps) say(`  - gap in ${g.round}: ${g.message}`);
  for (const w of plan.weak ?? []) say(`  - weak in ${w.round}: ${w.reasons.join('; ')}`);
  for (const days of [10, 2]) {
    const p = prepPlan(today, addDays(today, days), a.process, {
      stories,
      principles: a.lps.filter((l) => l.top).map((l) => l.id),
      practised: [],
    });
    say(`Prep plan, interview in ${days} days:`);
    if (p.status !== 'ready') say(`  ${p.message}`);
    else {
      for (const n of p.notes) say(`  note: ${n}`);
      for (const i of p.items) say(`  - ${i.date} ${i.title}: ${i.detail}`);
    }
  }
}

function opener(profiles: { name: string; profile: Profile }[], a: PostingAnalysis | null) {
  for (const { name, profile } of profiles) {
    for (const variant of ['standard', 'short'] as const) {
      const o = recruiterOpener(profile, a ? { analysis: a } : null, variant);
      say(`Opener (${name}, ${variant}): ${o.text}`);
      for (const c of o.checks) say(`  - ${c.severity}: ${c.message}`);
    }
  }
}

interface Args {
  posting?: string;
  stories?: string;
  profile?: string;
}

function parseArgs(args: string[]): Args {
  const parsed: Args = {};
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i]?.replace(/^--/, '');
    const value = args[i + 1];
    if ((key !== 'posting' && key !== 'stories' && key !== 'profile') || !value)
      throw new Error(usage);
    parsed[key] = value;
  }
  return parsed;
}

async function readJson(file: string): Promise<unknown> {
  const text = await fs.readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${jsonProblem(error)}`);
  }
}

async function postingsOf(args: Args): Promise<{ name: string; analysis: PostingAnalysis }[]> {
  const files = args.posting
    ? [args.posting]
    : fixturePostings.map((f) => path.join(fixtureDir, f));
  const found: { name: string; analysis: PostingAnalysis }[] = [];
  for (const file of files) {
    const [first] = await loadPostings(file);
    if (!first?.ok) throw new Error(`${file}: ${first?.error ?? 'no posting in the file'}`);
    found.push({
      name: path.basename(file),
      analysis: analyzePosting(parseExtractResult(first.result)),
    });
  }
  if (args.posting) return found;
  for (const p of readDevPostings().slice(0, devCount)) {
    const read = fromSearchJson({
      id_icims: p.id,
      title: p.title,
      description: p.description,
      basic_qualifications: p.basic_qualifications,
      preferred_qualifications: p.preferred_qualifications,
      job_category: p.category ?? '',
    });
    if (read.ok)
      found.push({
        name: `dev: ${p.title}`,
        analysis: analyzePosting(read.result),
      });
  }
  return found;
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  try {
    const args = parseArgs(argv);
    await loadNlp();
    let stories = readAloudStories;
    if (args.stories) {
      const parsed = parseStoriesInput(await readJson(args.stories));
      if (!parsed.ok) throw new Error(`${args.stories}: ${parsed.error}`);
      stories = parsed.stories;
    }
    const profiles = args.profile
      ? [
          {
            name: path.basename(args.profile),
            profile: profileFromJson(await readJson(args.profile)),
          },
        ]
      : readAloudProfiles;
    practice(stories);
    const postings = await postingsOf(args);
    for (const p of postings) {
      posting(p.name, p.analysis, stories);
      opener(profiles, p.analysis);
    }
    heading('Opener without a posting');
    opener(profiles, null);
  } catch (error) {
    process.stderr.write(
      `loopready read-aloud: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
  process.stdout.write(`${out.join('\n').trimStart()}\n`);
  return 0;
}
