/**
 * A command's arguments, read with `node:util` `parseArgs`: positionals and the options the
 * command declares, `-h` / `--help` for every command. Anything else is refused with a French
 * message that names the option and the ones the command accepts (never taken as a value or
 * ignored: `validate --json content` checks the folder `content`).
 */
import { parseArgs } from 'node:util';
import { suggest } from '../content/diagnostics';
import { fr } from '../i18n/fr';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

export type Options = Record<string, string | boolean | undefined>;

export interface CommandArgs {
  positional: string[];
  options: Options;
  help: boolean;
}

export type Parsed = { ok: true; args: CommandArgs } | { ok: false; error: string };

const help: OptionSpec = { type: 'boolean', short: 'h' };

/**
 * Reads `argv` (the words after the command's name) against the command's options, taking at
 * most `maxPositionals` positional arguments.
 *
 * @example
 * parseCommandArgs('validate', ['--json', 'content'], { json: { type: 'boolean' } }, 1)
 * // → { ok: true, args: { positional: ['content'], options: { json: true }, help: false } }
 */
export function parseCommandArgs(command: string, argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>, maxPositionals: number): Parsed {
  const t = fr.cli.args;
  const known: Record<string, OptionSpec> = { ...spec, help };
  // Not strict: the tokens say which option was written and how, so the message can be French.
  const { tokens } = parseArgs({ args: [...argv], options: known, strict: false, allowPositionals: true, tokens: true });
  const positional: string[] = [];
  const options: Options = {};
  const fail = (error: string): Parsed => ({ ok: false, error: `${error}\n${t.seeHelp(command)}` });
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(known, token.name) ? known[token.name] : undefined;
    if (!option) {
      const names = Object.keys(known).map((name) => `--${name}`);
      return fail(t.unknownOption(token.rawName, command, names, suggest(`--${token.name}`, names)));
    }
    if (option.type === 'boolean') {
      if (token.value !== undefined) return fail(t.noValue(token.rawName));
      options[token.name] = true;
    } else {
      // Without `=`, a value that looks like an option is the next option, not this one's value.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) return fail(t.needsValue(token.rawName));
      options[token.name] = token.value;
    }
  }
  if (positional.length > maxPositionals) return fail(t.tooManyArguments(positional.slice(maxPositionals), command));
  const { help: wantsHelp, ...rest } = options;
  return { ok: true, args: { positional, options: rest, help: wantsHelp === true } };
}
