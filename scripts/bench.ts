/**
 * Speed and size figures. `npm run -s bench -- --json` prints one JSON object; without --json,
 * one figure per line. Each file in scripts/bench/ exports `measure(): Promise<Record<string, number>>`
 * and may add its own figures; a failing module is reported on stderr and the rest still run.
 *
 * `--only a,b` runs only those modules (file names without `.ts`). `--check` compares each figure
 * with the `targets` its module exports and exits 1 when one is over; `--slack N` allows N times
 * the target (the test runner uses it as a hang guard on a shared machine).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const only = option('--only')?.split(',');
const check = process.argv.includes('--check');
const slack = Number(option('--slack') ?? 1);
if (!(slack >= 1))
  throw new Error(`--slack must be a number of at least 1, not ${option('--slack')}`);

interface BenchModule {
  measure: () => Promise<Record<string, number>>;
  /** The most each figure may be (milliseconds or bytes). */
  targets?: Record<string, number>;
  /** For a figure over its target: which input was slowest. */
  worst?: Record<string, string>;
}

const dir = path.join(import.meta.dirname, 'bench');
const figures: Record<string, number> = {};
const over: string[] = [];
for (const file of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && (!only || only.includes(f.slice(0, -3))))
  .sort()) {
  try {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as BenchModule;
    const measured = await mod.measure();
    Object.assign(figures, measured);
    for (const [name, target] of Object.entries(mod.targets ?? {})) {
      const value = measured[name];
      if (value !== undefined && value > target * slack)
        over.push(
          `${name} = ${value}, over ${slack === 1 ? '' : `${slack} × `}the target of ${target}` +
            (mod.worst?.[name] ? ` (slowest: ${mod.worst[name]})` : ''),
        );
    }
  } catch (error) {
    process.stderr.write(
      `bench ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(figures)}\n`);
else for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k}\t${v}\n`);
if (check) {
  for (const line of over) process.stderr.write(`bench: ${line}\n`);
  if (over.length > 0) process.exitCode = 1;
}
