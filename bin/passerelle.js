#!/usr/bin/env node
// Passerelle's command line. Runs the TypeScript sources through tsx, so nothing is compiled ahead.
const { register } = await import('tsx/esm/api');
register();
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  const { fr } = await import('../src/i18n/fr.ts');
  process.stderr.write(`${fr.cli.nodeTooOld(process.versions.node)}\n`);
  process.exit(1);
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
