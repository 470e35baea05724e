/**
 * The PDFs a production build's endpoints handed over (pdfs.ts), for the integration that puts
 * them into the output folder (integration.ts). Shared through globalThis: Astro runs the pages'
 * modules and the integrations as separate module instances of the same process.
 */
export interface PendingPdfs {
  /** Output file (relative to the output folder) → its file in the cache. */
  outputs: Map<string, string>;
  /** Resolves once every PDF is in the cache (the main thread renders its share meanwhile). */
  finish: () => Promise<{ rendered: number; reused: number }>;
}

const shared = globalThis as { __passerellePdfs?: PendingPdfs };

export const pendingPdfs = (): PendingPdfs | undefined => shared.__passerellePdfs;

export const setPendingPdfs = (pending: PendingPdfs): PendingPdfs => (shared.__passerellePdfs = pending);
