/**
 * The limits on what a content file may hold. Each one is far above what real content needs (the
 * sample content's largest file is 17 Kio, its longest paragraph 954 characters) and low enough
 * that a hostile file cannot exhaust memory, the stack or the processor. The README's Security
 * section states them; the messages quote them.
 */
export const limits = {
  /** Size of one content file, in bytes. */
  fileBytes: 1024 * 1024,
  /** Nesting of YAML maps and lists. */
  yamlDepth: 64,
  /** YAML aliases (`*nom`) in one file. */
  aliases: 1000,
  /** Values of a file once its aliases are expanded (what stops a "billion laughs" file). */
  expandedValues: 100_000,
  /** Length of a key. */
  keyChars: 200,
  /** Length of one Markdown text (a description, a section's body…). */
  markdownChars: 100_000,
  /** Nesting of quotes (`>`) and lists in Markdown. */
  markdownNesting: 16,
  /** Nesting of a parsed Markdown tree (lists, quotes, emphasis, links…). */
  markdownTree: 100,
  /** Length of one paragraph, heading or table cell in Markdown. */
  paragraphChars: 5_000,
  /** Nesting of brackets (`[`, `![`) in one Markdown paragraph. */
  bracketNesting: 32,
  /** Length of one run of `*`, `_` or `~` in one Markdown paragraph. */
  delimiterRun: 64,
  /**
   * Columns of a Markdown table: a PDF page holds about a dozen readable ones (the sample content's
   * widest table has 9). With 55, the columns were narrower than their padding and a PDF worker
   * ran out of memory.
   */
  tableColumns: 12,
  /** Characters of a value quoted in a message (longer ones are cut with « … »). */
  excerptChars: 80,
} as const;
