/**
 * The validator's messages for the form, by field path, in a small store each field reads its
 * own messages from: a keystroke renders only the field typed in (and its groups), and a check
 * that adds or removes a message renders only the fields whose messages changed, not the whole
 * form (hundreds of fields on the largest files).
 */
import { useSyncExternalStore } from 'react';
import type { Diagnostic } from '../../content/diagnostics';
import { pathKey, type Path } from './values';

export interface MessageStore {
  set: (diagnostics: readonly Diagnostic[]) => void;
  subscribe: (listener: () => void) => () => void;
  /** The messages at a path (with `deep`, also those of the fields inside it). */
  at: (path: Path, deep?: boolean) => Diagnostic[];
}

export function messageStore(initial: readonly Diagnostic[]): MessageStore {
  let map = new Map<string, Diagnostic[]>();
  const listeners = new Set<() => void>();
  const set = (diagnostics: readonly Diagnostic[]) => {
    const next = new Map<string, Diagnostic[]>();
    for (const d of diagnostics) next.set(pathKey(d.path), [...(next.get(pathKey(d.path)) ?? []), d]);
    map = next;
    for (const listener of listeners) listener();
  };
  set(initial);
  return {
    set,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    at: (path, deep) => {
      const key = pathKey(path);
      if (!deep) return map.get(key) ?? [];
      const prefix = key.slice(0, -1) + ',';
      return [...map.entries()].filter(([k]) => k === key || k.startsWith(prefix)).flatMap(([, v]) => v);
    },
  };
}

/** A field's messages; the field renders again only when they change (compared by their text). */
export function useMessages(store: MessageStore, path: Path, deep = false): Diagnostic[] {
  const snapshot = () => JSON.stringify(store.at(path, deep));
  // The same on the server: the page is rendered there first, with the file's messages.
  const signature = useSyncExternalStore(store.subscribe, snapshot, snapshot);
  return JSON.parse(signature) as Diagnostic[];
}
