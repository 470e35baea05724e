/**
 * Building the site without ever leaving a half-built one (issue 12, item 6).
 *
 * The site is built into a staging folder beside the output folder (same file system, so the
 * swap is a rename): `.dist.construction-<pid>`. Only when every step succeeded (Astro, its
 * PDFs, the Pagefind index) does the staging folder replace the output folder: the previous site
 * is renamed aside, the new one renamed into place, the previous one removed. A failure at any
 * step removes the staging folder and leaves the previously published folder exactly as it was
 * (and no output at all where there was none). A build stopped by a signal cleans up the same
 * way; a staging folder left by a process that no longer runs is removed by the next build.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const STAGING = 'construction';
const PREVIOUS = 'precedent';

/** Whether a process id still runs. */
export function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Staging and previous folders of earlier builds of `out` whose process is gone. */
export function leftovers(out: string): string[] {
  const parent = dirname(resolve(out));
  if (!existsSync(parent)) return [];
  const prefix = new RegExp(`^\\.${basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:${STAGING}|${PREVIOUS})-(\\d+)-`);
  return readdirSync(parent).flatMap((name) => {
    const pid = prefix.exec(name)?.[1];
    return pid && !running(Number(pid)) ? [join(parent, name)] : [];
  });
}

/**
 * Runs `build` into a new staging folder and, when it resolves, puts the result at `out`.
 * When it throws, the staging folder is removed and `out` is not touched; the error is rethrown.
 *
 * @example
 * await publishAtomically('dist', async (staging) => { await astroBuild(staging); await pagefind(staging); });
 */
export async function publishAtomically(out: string, build: (staging: string) => Promise<void> | void): Promise<void> {
  const target = resolve(out);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  for (const old of leftovers(target)) rmSync(old, { recursive: true, force: true });
  const staging = mkdtempSync(join(parent, `.${basename(target)}.${STAGING}-${process.pid}-`));
  const abandon = () => rmSync(staging, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    abandon();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await build(staging);
  } catch (error) {
    abandon();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (!existsSync(target)) {
    renameSync(staging, target);
    return;
  }
  const previous = `${staging.replace(`.${STAGING}-`, `.${PREVIOUS}-`)}`;
  renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    renameSync(previous, target);
    abandon();
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
