/**
 * Speed and size figures. `npm run -s bench -- --json` prints one JSON object; without --json,
 * one figure per line. Each file in scripts/bench/ exports `measure(): Promise<Record<string, number>>`
 * and may add its own figures; a failing module is reported on stderr and the rest still run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.join(import.meta.dirname, 'bench');
const figures: Record<string, number> = {};
for (const file of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  try {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as {
      measure: () => Promise<Record<string, number>>;
    };
    Object.assign(figures, await mod.measure());
  } catch (error) {
    process.stderr.write(
      `bench ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(figures)}\n`);
else for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k}\t${v}\n`);
