/**
 * LoopReady on the command line: the same lib/ code the extension runs, on files.
 *   npm run -s cli -- posting [FILE ...]
 *   npm run -s cli -- lint [FILE]
 *   npm run -s cli -- plan --stories FILE --posting FILE
 *   npm run -s cli -- opener --profile FILE [--posting FILE] [--variant short|standard]
 *   npm run -s cli -- read-aloud [--posting FILE] [--stories FILE] [--profile FILE]
 * JSON goes to stdout, messages to stderr; a non-zero exit means something was wrong.
 */
import { safeText } from './cli/terminal';
type Run = (args: string[]) => Promise<number>;
interface Command {
  /** What follows the command name, for the top-level usage. */
  usage: string;
  /** Runs the command; its module loads only when it is the one asked for. */
  run: Run;
}

/** Every command, by name: adding one is one typed entry here and one module in scripts/cli/. */
const commands = {
  posting: {
    usage: '[FILE.html|FILE.json ...]',
    run: async (args) => (await import('./cli/posting')).run(args),
  },
  lint: {
    usage: '[FILE.txt|FILE.pdf|FILE.docx|FILE.json]',
    run: async (args) => (await import('./cli/lint')).run(args),
  },
  plan: {
    usage: '--stories FILE --posting FILE',
    run: async (args) => (await import('./cli/plan')).run(args),
  },
  opener: {
    usage: '--profile FILE [--posting FILE] [--variant short|standard]',
    run: async (args) => (await import('./cli/opener')).run(args),
  },
  'read-aloud': {
    usage: '[--posting FILE] [--stories FILE] [--profile FILE]',
    run: async (args) => (await import('./cli/read-aloud')).run(args),
  },
} satisfies Record<string, Command>;
type CommandName = keyof typeof commands;

const names = Object.keys(commands) as CommandName[];
const usage = `usage: npm run -s cli -- <${names.join('|')}> [args]  (see README.md, "Command line")`;
const isCommand = (name: string): name is CommandName => Object.hasOwn(commands, name);

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    const each = names.map((n) => `  npm run -s cli -- ${n} ${commands[n].usage}`).join('\n');
    process.stderr.write(safeText(`${usage}\n${each}\n`));
    return name ? 0 : 2;
  }
  if (!isCommand(name)) {
    process.stderr.write(safeText(`loopready: unknown command '${name}'\n${usage}\n`));
    return 2;
  }
  return commands[name].run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      safeText(`loopready: ${error instanceof Error ? error.message : String(error)}\n`),
    );
    process.exitCode = 1;
  },
);
