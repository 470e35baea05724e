/**
 * A command-line session for tests: output and errors captured, run from the project root, and
 * temporary project folders removed after each test.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Io } from '../../src/cli/main';

export const root = join(import.meta.dirname, '..', '..');

export interface Session {
  out: string[];
  err: string[];
  io: Io;
  /** A temporary project whose content/ is these folders copied in order (README files left out). */
  project(...folders: string[]): string;
  /** A temporary folder, removed after the test. */
  folder(): string;
}

export function cliSession(prefix: string): Session {
  const made: string[] = [];
  const session: Session = {
    out: [],
    err: [],
    io: { out: () => undefined, err: () => undefined, cwd: root },
    folder() {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    project(...folders) {
      const dir = session.folder();
      for (const from of folders) cpSync(from, join(dir, 'content'), { recursive: true, filter: (src) => !/(expected\.txt|README\.md)$/.test(src) });
      return dir;
    },
  };
  beforeEach(() => {
    session.out = [];
    session.err = [];
    session.io = { out: (t) => session.out.push(t), err: (t) => session.err.push(t), cwd: root };
  });
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return session;
}
