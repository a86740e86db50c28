/**
 * `npm run -s cli -- posting [FILE ...]`: role family, level, likely LPs and interview process
 * for each posting in saved job pages (.html) or search-API JSON files. With no FILE, analyses
 * the bundled sample (assets/samples/posting.json). Prints a JSON array; one message per bad
 * file or element on stderr, and exit code 1 if there was any.
 */
import path from 'node:path';
import { analyzePosting } from '../../lib/analysis/analyze';
import { parseExtractResult } from '../../lib/posting/parse';
import type { LoadedPosting } from './load-postings';
import { loadPostings } from './load-postings';
import { safeJson, safeText } from './terminal';

const samplePosting = path.resolve(import.meta.dirname, '../../assets/samples/posting.json');
const usage = 'usage: npm run -s cli -- posting [FILE.html|FILE.json ...]';

function describe(loaded: Extract<LoadedPosting, { ok: true }>): Record<string, unknown> {
  const result = parseExtractResult(loaded.result);
  const { posting } = result;
  return {
    ...analyzePosting(result),
    url: posting.url,
    locale: posting.locale,
    locations: posting.locations,
    category: posting.category,
    team: posting.team,
    source: loaded.source,
  };
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const flag = args.find((a) => a.startsWith('-'));
  if (flag) {
    process.stderr.write(safeText(`loopready posting: unknown option '${flag}'\n${usage}\n`));
    return 2;
  }
  const files = args.length > 0 ? args : [samplePosting];
  const out: Record<string, unknown>[] = [];
  let failed = 0;
  for (const file of files) {
    for (const loaded of await loadPostings(file)) {
      try {
        if (!loaded.ok) throw new Error(loaded.error);
        out.push(describe(loaded));
      } catch (error) {
        failed++;
        const reason = error instanceof Error ? error.message : String(error);
        process.stderr.write(safeText(`loopready posting: ${loaded.source}: ${reason}\n`));
      }
    }
  }
  // Nothing read: stdout stays empty (a bare `[]` read as "no postings" to a script).
  if (out.length > 0 || failed === 0) process.stdout.write(`${safeJson(out)}\n`);
  return failed > 0 ? 1 : 0;
}
