/**
 * The rendered preview of a Markdown text under the box it is typed in, as the pages show it: the
 * workspace's renderer (`src/editor/markdown-html.ts`, the pages' parser, through the editor's
 * API) escapes every text, shows raw HTML as text and keeps only safe links, so nothing a person
 * wrote runs as HTML here. Rendered again a moment after typing stops.
 */
import { useEffect, useState } from 'react';
import { fr } from '../../i18n/fr';

export interface MarkdownPreviewProps {
  text: string;
  /** Markdown → the renderer's safe HTML. */
  render: (text: string) => Promise<string>;
  /** The HTML of the text the page opened with, rendered by the server (no request for it). */
  initial?: { text: string; html: string };
  /** What stands for an empty text; without it, an empty text shows no preview. */
  empty?: string;
}

export function MarkdownPreview({ text, render, initial, empty }: MarkdownPreviewProps) {
  const [shown, setShown] = useState(initial ?? { text: '', html: '' });
  useEffect(() => {
    if (text === shown.text) return;
    let current = true;
    const timer = setTimeout(() => void render(text).then((html) => current && setShown({ text, html })), 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);
  if (text.trim() === '' && empty === undefined) return null;
  return (
    // Not a landmark: a form has one preview per Markdown field, and landmarks must be unique.
    <div className="markdown-preview">
      <p className="markdown-preview-title">{fr.editor.form.markdownPreview}</p>
      {/* The server's renderer escapes every text and keeps only safe links. */}
      <div dangerouslySetInnerHTML={{ __html: shown.html || `<p class="muted">${empty ?? ''}</p>` }} />
    </div>
  );
}
