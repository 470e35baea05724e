/**
 * The structure tree of a tagged PDF, built while laying out: every element (a heading, a
 * paragraph, a table cell, a figure) gets an id that the drawing operations of its content carry,
 * so that the draw step can mark that content and a screen reader reads it in order.
 */
import type { StructNode, StructRole } from '../model';

export interface Tags {
  root: StructNode;
  /** A new element, appended to `parent`'s children (reading order). */
  add(parent: StructNode, role: StructRole, extra?: Pick<StructNode, 'alt' | 'scope' | 'colSpan'>): StructNode;
}

export function structure(): Tags {
  let next = 0;
  const root: StructNode = { id: next++, role: 'Document', children: [] };
  return {
    root,
    add(parent, role, extra = {}) {
      const node: StructNode = { id: next++, role, children: [], ...extra };
      parent.children.push(node);
      return node;
    },
  };
}
