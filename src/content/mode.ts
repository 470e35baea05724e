/**
 * Which site is being built or served. The public site (`npm run build`) holds the experience
 * sheets and the calls, and nothing else; the private workspace (`npx passerelle workspace`,
 * served on 127.0.0.1 only) adds the responses, their PDFs, the evaluations, the providers and the
 * drafts. The workspace command sets PASSERELLE_WORKSPACE=1; nothing else does.
 */
export type SiteMode = 'public' | 'workspace';

export const WORKSPACE_ENV = 'PASSERELLE_WORKSPACE';

export function siteMode(env: Record<string, string | undefined> = process.env): SiteMode {
  return env[WORKSPACE_ENV] === '1' ? 'workspace' : 'public';
}
