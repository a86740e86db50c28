/**
 * `npm run -s cli -- lint [FILE]`: checks resume bullets and prints a JSON array, one element
 * per bullet: { text, findings: [{ rule, severity, message, suggestion }], score, lps }.
 *   .txt/.pdf/.docx: a resume; sections, bullets and the current role are detected.
 *   .json: an array of strings or of objects with `text`; each is one bullet, checked on its own
 *          (as a past role).
 *          Empty or blank strings are skipped (nothing to score), so they have no element.
 * With no FILE it checks assets/samples/resume.txt. A bad file (too large, binary, not the kind
 * its name says): a message naming it on stderr, exit 1 (2 for bad usage). Limits: README.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadNlp } from '../../lib/nlp/engine';
import { firstIssuePath } from '../../lib/text/zod-issue';
import { lintBullet } from '../../lib/resume/lint-bullet';
import { lintResume } from '../../lib/resume/lint-resume';
import {
  importResumeFile,
  kindOfFile,
  maxImportBytes,
  type PdfJs,
} from '../../lib/resume/import-file';
import { decodeText } from '../../lib/text/decode-bytes';
import { BulletListFileSchema, type LintedBullet } from '../../lib/resume/schema';
import { jsonProblem } from '../../lib/text/json-problem';
import { safeJson, safeText } from './terminal';

const sampleResume = path.resolve(import.meta.dirname, '../../assets/samples/resume.txt');
const usage = 'usage: npm run -s cli -- lint [FILE.txt|FILE.pdf|FILE.docx|FILE.json]';

/** Largest .json bullet list read, and most bullets in it (each is checked on its own). */
export const maxJsonBytes = 5 * 1024 * 1024;
export const maxJsonBullets = 5_000;

function fail(message: string, code = 1): number {
  process.stderr.write(safeText(`loopready lint: ${message}\n`));
  return code;
}

/** Keeps the CLI's documented shape (drops line numbers and the like). */
function shape(b: LintedBullet): LintedBullet {
  return { text: b.text, findings: b.findings, score: b.score, lps: b.lps };
}

function lintJson(file: string, raw: string): LintedBullet[] | string {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return `${file}: not valid JSON: ${jsonProblem(error)}`;
  }
  const parsed = BulletListFileSchema.safeParse(data);
  if (!parsed.success) {
    const path = firstIssuePath(parsed.error);
    const where = path ? ` at ${path}` : '';
    return `${file}: expected an array of strings or of objects with "text"${where}`;
  }
  if (parsed.data.length > maxJsonBullets)
    return `${file}: ${parsed.data.length} bullets, over the limit of ${maxJsonBullets} in one .json file; split it`;
  return parsed.data
    .map((item) => (typeof item === 'string' ? item : item.text))
    .filter((text) => text.trim() !== '')
    .map((text) => shape(lintBullet(text)));
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

async function loadPdfJs(): Promise<PdfJs> {
  return await import('pdfjs-dist/legacy/build/pdf.mjs');
}

export async function run(args: string[]): Promise<number> {
  await loadNlp();
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const flag = args.find((a) => a.startsWith('-'));
  if (flag) return fail(`unknown option '${flag}'\n${usage}`, 2);
  if (args.length > 1) return fail(`one FILE at a time\n${usage}`, 2);
  const file = args[0] ?? sampleResume;
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return fail(`${file}: no such file`);
  const isJson = file.toLowerCase().endsWith('.json');
  if (!isJson && !kindOfFile(file)) return fail(`${file}: unsupported file type\n${usage}`, 2);
  // Sizes are checked before the file is read, so a huge file costs nothing.
  const limit = isJson ? maxJsonBytes : maxImportBytes;
  const size = fs.statSync(file).size;
  if (size > limit)
    return fail(
      `${file}: ${megabytes(size)}, over the ${megabytes(limit)} limit for a ${isJson ? '.json bullet list' : 'resume file'}`,
    );
  const bytes = new Uint8Array(fs.readFileSync(file));
  let out: LintedBullet[];
  if (isJson) {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return fail(`${file}: can't read it: ${decoded.reason}`);
    const result = lintJson(file, decoded.text);
    if (typeof result === 'string') return fail(result);
    out = result;
  } else {
    const imported = await importResumeFile(path.basename(file), bytes, loadPdfJs);
    if (!imported.ok) return fail(`${file}: ${imported.error}`);
    if (imported.notice) process.stderr.write(safeText(`loopready lint: ${imported.notice}\n`));
    out = lintResume(imported.text).sections.flatMap((s) => s.bullets.map(shape));
  }
  process.stdout.write(`${safeJson(out)}\n`);
  return 0;
}
