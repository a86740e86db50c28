/**
 * `npm run -s cli -- opener --profile FILE [--posting FILE] [--variant short|standard]`: the
 * recruiter-screen opener for a profile (the export's profile shape, or a whole export file),
 * tied to the first posting in FILE when given. The opener goes to stdout; its length and every
 * check go to stderr. Exit 0 when it is ready, 1 when a check is an error (a generic reason, over
 * 2 minutes), 2 for bad arguments, a bad profile or an unreadable posting.
 */
import fs from 'node:fs/promises';
import { analyzePosting } from '../../lib/analysis/analyze';
import { parseExtractResult } from '../../lib/posting/parse';
import { type Profile, ProfileSchema } from '../../lib/profile/schema';
import { firstIssue } from '../../lib/text/zod-issue';
import { type OpenerPosting, recruiterOpener } from '../../lib/opener/recruiter-opener';
import { type OpenerVariant, openerVariants } from '../../lib/opener/opener-sentences';
import { describeLength } from '../../lib/text/speaking';
import { loadPostings } from './load-postings';
import { jsonProblem } from '../../lib/text/json-problem';
import { backupTooLarge } from '../../lib/backup/import-export';
import { safeText } from './terminal';

const usage =
  'usage: npm run -s cli -- opener --profile FILE [--posting FILE] [--variant short|standard]';
const requiredFields = [
  'currentRole',
  'yearsExperience',
  'domain',
  'targetLevel',
  'amazonProducts',
  'reason',
] as const;

class UsageError extends Error {}

interface Args {
  profile: string;
  posting: string | undefined;
  variant: OpenerVariant;
}

function parseArgs(args: string[]): Args {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!['--profile', '--posting', '--variant'].includes(flag)) {
      throw new UsageError(`unknown argument '${args[i]}'`);
    }
    const value = inline ?? args[++i];
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
    values[flag.slice(2)] = value;
  }
  if (!values.profile) throw new UsageError('--profile FILE is required');
  const variant = values.variant ?? 'standard';
  if (!(openerVariants as readonly string[]).includes(variant)) {
    throw new UsageError(`--variant must be short or standard, not '${variant}'`);
  }
  return { profile: values.profile, posting: values.posting, variant: variant as OpenerVariant };
}

/** The profile in a profile file or a whole LoopReady export; throws naming the bad field. */
export function profileFromJson(data: unknown): Profile {
  let raw = data;
  if (
    raw &&
    typeof raw === 'object' &&
    (raw as { format?: unknown }).format === 'loopready-export'
  ) {
    raw = (raw as { profile?: unknown }).profile;
    if (raw === undefined) throw new Error('the export file has no profile');
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error('expected a JSON object with currentRole, yearsExperience, domain, ...');
  }
  const missing = requiredFields.filter((f) => !(f in raw));
  if (missing.length > 0) throw new Error(`missing field '${missing.join("', '")}'`);
  const parsed = ProfileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(firstIssue(parsed.error, { root: 'profile' }));
  }
  return parsed.data;
}

async function readProfile(file: string): Promise<Profile> {
  let text: string;
  try {
    const tooLarge = backupTooLarge(file, (await fs.stat(file)).size);
    if (tooLarge) throw new Error(tooLarge);
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (!code) throw error;
    throw new Error(code === 'ENOENT' ? 'file not found' : `cannot read file (${code})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON: ${jsonProblem(error)}`);
  }
  return profileFromJson(data);
}

async function readPosting(file: string): Promise<OpenerPosting> {
  const [first] = await loadPostings(file);
  if (!first) throw new Error('no posting in the file');
  if (!first.ok) throw new Error(first.error);
  const result = parseExtractResult(first.result);
  return {
    analysis: analyzePosting(result),
    team: result.posting.team,
    category: result.posting.category,
  };
}

function fail(what: string, error: unknown): number {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(safeText(`loopready opener: ${what}${reason}\n`));
  return 2;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  let parsed: Args;
  try {
    parsed = parseArgs(args);
  } catch (error) {
    return fail('', `${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  let profile: Profile;
  try {
    profile = await readProfile(parsed.profile);
  } catch (error) {
    return fail(`profile ${parsed.profile}: `, error);
  }
  let posting: OpenerPosting | null = null;
  if (parsed.posting) {
    try {
      posting = await readPosting(parsed.posting);
    } catch (error) {
      return fail(`posting ${parsed.posting}: `, error);
    }
  }
  const opener = recruiterOpener(profile, posting, parsed.variant);
  process.stdout.write(`${safeText(opener.text)}\n`);
  process.stderr.write(safeText(`${describeLength(opener.words, opener.seconds)}\n`));
  for (const check of opener.checks) {
    process.stderr.write(safeText(`${check.severity} (${check.id}): ${check.message}\n`));
  }
  return opener.checks.some((c) => c.severity === 'error') ? 1 : 0;
}
