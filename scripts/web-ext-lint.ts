/**
 * `web-ext lint` on the Firefox build, with the house's reading of its report: no errors, and no
 * warning of ours. ESLint bans innerHTML, eval and new Function in our code; what web-ext still
 * finds must sit in a file that carries a third-party library: react-dom's own DOM handling, zod
 * 4's guarded JIT probe, pdf.js and mammoth (the resume importers). Anything else is ours.
 *
 * tests/e2e/release.spec.ts runs it among the release checks; `npm test` runs this file on its
 * own, beside the Firefox end-to-end tests (web-ext lint is about 30 s of one process), and tells
 * the spec to skip it (`LOOPREADY_WEB_EXT_LINT=separate`).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { outDir } from './out-dir';

const root = path.resolve(import.meta.dirname, '..');

export const separateLintVariable = 'LOOPREADY_WEB_EXT_LINT';

interface Warning {
  code: string;
  file: string;
  message: string;
}

const libraryMarkers = ['react.dev/errors', 'jitless', 'pdfjs', 'mammoth'];
const libraryCodes = ['UNSAFE_VAR_ASSIGNMENT', 'DANGEROUS_EVAL'];

/** web-ext lint's errors and the warnings that are ours, on the Firefox build in `dir`. */
export async function webExtLint(
  dir = path.join(outDir(root), 'firefox-mv2'),
): Promise<{ errors: unknown[]; ours: Warning[] }> {
  let out = '';
  try {
    const run = await promisify(execFile)(
      path.join(root, 'node_modules/.bin/web-ext'),
      ['lint', '-s', dir, '--output', 'json'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    out = run.stdout;
  } catch (error) {
    // web-ext exits 1 when it finds errors; the report is still on stdout.
    out = (error as { stdout?: string }).stdout ?? '';
  }
  const report = JSON.parse(out) as { errors: unknown[]; warnings: Warning[] };
  const thirdParty = (file: string) => {
    const code = fs.readFileSync(path.join(dir, file), 'utf8');
    return libraryMarkers.some((marker) => code.includes(marker));
  };
  const ours = report.warnings.filter((w) => !libraryCodes.includes(w.code) || !thirdParty(w.file));
  return { errors: report.errors, ours };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const { errors, ours } = await webExtLint();
  for (const e of errors) console.error('web-ext lint error:', JSON.stringify(e));
  for (const w of ours) console.error(`web-ext lint warning: ${w.code} ${w.file}: ${w.message}`);
  console.log(`web-ext lint: ${errors.length} errors, ${ours.length} warnings of ours`);
  process.exitCode = errors.length === 0 && ours.length === 0 ? 0 : 1;
}
