/**
 * The command line: a thin shell over library functions. Every text it prints comes from the
 * dictionary; the exit code is 0 on success, 1 when the content or the arguments are wrong (an
 * unknown option, a missing value, a word too many).
 */
import { fr } from '../i18n/fr';
import { parseCommandArgs, type CommandArgs, type OptionSpec, type Options } from './args';
import { runCheck } from './check';
import { runImportOffer } from './import-offer';
import { runImportSheet } from './import-sheet';
import { runNew } from './new';
import { runPdf } from './pdf';
import { runReport } from './report';
import { runScore } from './score';
import { runValidate } from './validate';
import { runWorkspace } from './workspace';

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

interface Command {
  options: Record<string, OptionSpec>;
  /** How many positional arguments it takes at most. */
  positionals: number;
  run: (positional: string[], options: Options, io: Io) => number | Promise<number>;
}

const commands = {
  validate: { options: { json: { type: 'boolean' }, strict: { type: 'boolean' } }, positionals: 1, run: runValidate },
  new: {
    options: { 'from-programme': { type: 'string' }, tender: { type: 'string' }, provider: { type: 'string' } },
    positionals: 2,
    run: runNew,
  },
  pdf: { options: { output: { type: 'string', short: 'o' } }, positionals: 1, run: runPdf },
  check: { options: {}, positionals: 1, run: runCheck },
  report: { options: { output: { type: 'string', short: 'o' } }, positionals: 1, run: runReport },
  'import-offer': { options: { evaluation: { type: 'string' }, force: { type: 'boolean' } }, positionals: 1, run: runImportOffer },
  score: { options: { json: { type: 'boolean' } }, positionals: 1, run: runScore },
  workspace: { options: { port: { type: 'string' } }, positionals: 0, run: runWorkspace },
  edit: { options: { port: { type: 'string' } }, positionals: 0, run: (args, options, io) => runWorkspace(args, options, io, 'editor') },
  'import-sheet': { options: { id: { type: 'string' }, force: { type: 'boolean' } }, positionals: 1, run: runImportSheet },
} satisfies Record<keyof typeof fr.cli.help, Command>;

type CommandName = keyof typeof commands;
const isCommand = (name: string): name is CommandName => Object.hasOwn(commands, name);

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.out(fr.cli.usage);
    return 1;
  }
  if (command === 'help' || command === '--help' || command === '-h') {
    const topic = rest[0];
    if (topic !== undefined && isCommand(topic)) io.out(fr.cli.help[topic]);
    else io.out(fr.cli.usage);
    return 0;
  }
  if (!isCommand(command)) {
    io.err(command.startsWith('-') ? fr.cli.args.optionBeforeCommand(command) : fr.cli.unknownCommand(command));
    io.err(fr.cli.usage);
    return 1;
  }
  const spec: Command = commands[command];
  const parsed = parseCommandArgs(command, rest, spec.options, spec.positionals);
  if (!parsed.ok) {
    io.err(parsed.error);
    return 1;
  }
  const args: CommandArgs = parsed.args;
  if (args.help) {
    io.out(fr.cli.help[command]);
    return 0;
  }
  try {
    return await spec.run(args.positional, args.options, io);
  } catch (error) {
    io.err(fr.cli.unexpected(error instanceof Error ? error.message : String(error)));
    return 1;
  }
}
