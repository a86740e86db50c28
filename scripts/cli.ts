/**
 * LoopReady on the command line: the same lib/ code the extension runs, on files.
 *   npm run -s cli -- posting [FILE ...]
 *   npm run -s cli -- lint [FILE]
 *   npm run -s cli -- plan --stories FILE --posting FILE
 *   npm run -s cli -- opener --profile FILE [--posting FILE] [--variant short|standard]
 * JSON goes to stdout, messages to stderr; a non-zero exit means something was wrong.
 */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const commands = ['posting', 'lint', 'plan', 'opener'] as const;
const usage = `usage: npm run -s cli -- <${commands.join('|')}> [args]  (see README.md, "Command line")`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stderr.write(`${usage}\n`);
    return name ? 0 : 2;
  }
  if (!(commands as readonly string[]).includes(name)) {
    process.stderr.write(`loopready: unknown command '${name}'\n${usage}\n`);
    return 2;
  }
  const file = path.join(import.meta.dirname, 'cli', `${name}.ts`);
  if (!fs.existsSync(file)) {
    process.stderr.write(`loopready: '${name}' is not available in this version\n`);
    return 2;
  }
  const mod = (await import(pathToFileURL(file).href)) as {
    run: (args: string[]) => Promise<number>;
  };
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`loopready: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
