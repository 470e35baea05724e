/**
 * The PDFs a production build's endpoints handed over (pdfs.ts), for the integration that puts
 * them into the output folder (integration.ts). Shared through globalThis: Astro runs the pages'
 * modules and the integrations as separate module instances of the same process.
 */
export interface PendingPdfs {
  /** Output file (relative to the output folder) → its file in the cache. */
  outputs: Map<string, string>;
  /**
   * Resolves once every PDF is in the cache (the main thread renders its share meanwhile), with
   * the PDFs that could not be made, if any. It never rejects: an error object would not be told
   * apart across the module instances that share this (`instanceof` fails), and the integration
   * says each failure in French instead of leaving Astro to print its English trace.
   */
  finish: () => Promise<{ rendered: number; reused: number; failed?: PdfFailure[] }>;
}

/** An error as it can cross a thread: its name, message and stack. */
export interface ErrorParts {
  name: string;
  message: string;
  stack?: string;
}

/** The parts of anything thrown (an Error, or a value thrown as it is). */
export function errorParts(error: unknown): ErrorParts {
  if (error instanceof Error) return { name: error.name, message: error.message, ...(error.stack !== undefined && { stack: error.stack }) };
  return { name: 'Error', message: String(error) };
}

/**
 * A PDF the build could not make: its file in the output folder (none for a PDF rendered ahead
 * that no page published), its document's title, and why.
 */
export interface PdfFailure {
  file?: string;
  title: string;
  error: ErrorParts;
}

const shared = globalThis as { __passerellePdfs?: PendingPdfs };

export const pendingPdfs = (): PendingPdfs | undefined => shared.__passerellePdfs;

export const setPendingPdfs = (pending: PendingPdfs): PendingPdfs => (shared.__passerellePdfs = pending);
