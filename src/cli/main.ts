/**
 * The command line: a thin shell over library functions. Every text it prints comes from the
 * dictionary; the exit code is 0 on success, 1 when the content or the arguments are wrong.
 */
import { fr } from '../i18n/fr';
import { runNew } from './new';
import { runImportOffer } from './import-offer';
import { runPdf } from './pdf';
import { runScore } from './score';
import { runValidate } from './validate';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
};

/** Splits `--name value` options from positional arguments. */
export function parseArgs(argv: readonly string[]): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      const next = argv[i + 1];
      if (inline !== undefined) options[name] = inline;
      else if (next !== undefined && !next.startsWith('--')) {
        options[name] = next;
        i++;
      } else options[name] = true;
    } else if (arg === '-o') {
      options.output = argv[++i] ?? true;
    } else positional.push(arg);
  }
  return { positional, options };
}

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const { positional, options } = parseArgs(argv);
  const [command, ...rest] = positional;
  try {
    switch (command) {
      case 'validate':
        return runValidate(rest, options, io);
      case 'new':
        return runNew(rest, options, io);
      case 'pdf':
        return await runPdf(rest, options, io);
      case 'import-offer':
        return await runImportOffer(rest, options, io);
      case 'score':
        return runScore(rest, options, io);
      case undefined:
      case 'help':
        io.out(fr.cli.usage);
        return command === undefined ? 1 : 0;
      default:
        io.err(fr.cli.unknownCommand(command));
        io.err(fr.cli.usage);
        return 1;
    }
  } catch (error) {
    io.err(fr.cli.unexpected(error instanceof Error ? error.message : String(error)));
    return 1;
  }
}
