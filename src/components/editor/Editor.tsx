/**
 * The editor of one content file: its form in sections (generated from the schema), the
 * validator's messages beside each field within a moment of typing, a summary linking to them,
 * saving (as a draft when the file is not valid yet), and the document's preview beside the form,
 * reloaded after each save, with its PDF.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Diagnostic } from '../../content/diagnostics';
import type { ObjectSpec } from '../../editor/form-spec';
import type { FormSection } from '../../editor/sections';
import type { Catalog } from '../../editor/choices';
import type { DiffLine } from '../../editor/text-diff';
import { fr } from '../../i18n/fr';
import { FieldView, Form, FormData, type FormContext } from './Field';
import { formWording, type Glossary } from '../../editor/form-messages';
import { messageStore } from './messages-store';
import { fieldId, parisTime, setIn, type Path, type Value } from './values';
import { withItemIds } from '../../editor/item-ids';

export interface EditorProps {
  collection: string;
  id: string;
  file: string;
  /** The form, with the glossary its messages are said with (`formSpec`). */
  spec: ObjectSpec & { glossary?: Glossary };
  sections: FormSection[];
  data: Record<string, unknown>;
  version: string;
  catalog: Catalog;
  regionOf: Record<string, string>;
  preview?: string;
  pdf?: string;
  api: string;
  diagnostics: Diagnostic[];
  /** False for a draft that cannot be shown yet; `waitingFor` then names the required fields it lacks. */
  previewable?: boolean;
  waitingFor?: Path[];
}

const t = fr.editor.page;

async function post(url: string, body: unknown, signal?: AbortSignal): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** What the preview says while a draft cannot be shown: the fields it waits for, as the form labels them. */
function previewWaits(spec: ObjectSpec, waitingFor: Path[] | undefined): string {
  if (!waitingFor?.length) return t.noPreview;
  return t.previewWaits(
    waitingFor.map((path) => {
      const field = typeof path[0] === 'string' && path.length === 1 ? spec.fields.find((f) => f.key === path[0]) : undefined;
      return { label: labelPath(spec, path), chosen: field !== undefined && ['enum', 'ref', 'pick', 'boolean'].includes(field.kind) };
    }),
  );
}

/** The label path of a diagnostic (« Ateliers › n° 1 › La durée d'une séance »). */
function labelPath(spec: ObjectSpec, path: Path): string {
  const words: string[] = [];
  let current: unknown = spec;
  for (const key of path) {
    const s = current as { kind?: string; fields?: Array<{ key?: string; label: string }>; item?: unknown; objects?: Array<{ fields: unknown[] }>; list?: unknown; variants?: Array<{ spec: { fields: unknown[] } }> };
    if (typeof key === 'number') {
      words.push(fr.editor.form.item(key + 1));
      current = s?.item ?? s?.list;
      continue;
    }
    const fields = (s?.fields ?? (s?.objects?.flatMap((o) => o.fields as NonNullable<typeof s.fields>)) ?? s?.variants?.flatMap((v) => v.spec.fields as NonNullable<typeof s.fields>)) ?? [];
    const field = fields.find((f) => f.key === key);
    if (!field) break;
    words.push(field.label);
    current = field;
  }
  return words.join(' › ') || fr.editor.form.wholeFile;
}

/**
 * Waits (a moment at most) until the preview's page answers: the dev server notes a file that
 * became previewable a little after it is saved, and the frame would show « Page introuvable ».
 */
async function previewReady(page: string | undefined): Promise<void> {
  for (let attempt = 0; page && attempt < 15; attempt++) {
    const response = await fetch(page, { cache: 'no-store' }).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The page in the preview frame without the site's header and footer (global.css, `html.apercu`). */
function bare(frame: HTMLIFrameElement): void {
  frame.contentDocument?.documentElement.classList.add('apercu');
}

/** Opens the sections around a field and moves the focus to it (the summary's links). */
function reveal(path: Path): void {
  for (let n = path.length; n >= 0; n--) {
    const element = document.getElementById(fieldId(path.slice(0, n)));
    if (!element) continue;
    for (let p: HTMLElement | null = element; p; p = p.parentElement) if (p instanceof HTMLDetailsElement) p.open = true;
    element.focus();
    element.scrollIntoView({ block: 'center' });
    return;
  }
}

export default function Editor(props: EditorProps) {
  const [data, setData] = useState<Record<string, unknown>>(props.data);
  const [version, setVersion] = useState(props.version);
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>(props.diagnostics);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error' | 'info'; text: string } | undefined>();
  const [conflict, setConflict] = useState<DiffLine[] | undefined>();
  const [dirty, setDirty] = useState(false);
  const [previewKey, setPreviewKey] = useState(0);
  // The badge says what is on disk: « Ne plus en faire un brouillon » changes the form, not the file.
  const [savedDraft, setSavedDraft] = useState(props.data.draft === true);
  const [shown, setShown] = useState({ previewable: props.previewable !== false, waitingFor: props.waitingFor });
  const seq = useRef(0);
  const abort = useRef<AbortController | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const check = useCallback(
    (next: Record<string, unknown>) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(async () => {
        abort.current?.abort();
        const controller = new AbortController();
        abort.current = controller;
        const mine = ++seq.current;
        try {
          const { body } = await post(`${props.api}verifier/`, { collection: props.collection, id: props.id, data: next }, controller.signal);
          if (mine === seq.current && Array.isArray(body.diagnostics)) setDiagnostics(body.diagnostics as Diagnostic[]);
        } catch {
          // A newer keystroke took over, or the workspace stopped: the next check will say.
        }
      }, 60);
    },
    [props.api, props.collection, props.id],
  );

  const update = useCallback(
    (path: Path, value: Value) => {
      setData((current) => {
        const next = setIn(current, path, value) as Record<string, unknown>;
        // Checked as it will be saved: new list items with the identifiers made from their names.
        check(withItemIds(next, props.spec));
        return next;
      });
      setDirty(true);
    },
    [check, props.spec],
  );

  /** Writes the identifiers made for new items into the data: they no longer follow their titles. */
  const keepItemIds = useCallback(() => setData((current) => withItemIds(current, props.spec)), [props.spec]);
  const withIds = useMemo(() => withItemIds(data, props.spec), [data, props.spec]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // The fields read their messages from this store: a check renders only the fields it changes.
  const [messages] = useState(() => messageStore(props.diagnostics));
  useEffect(() => messages.set(diagnostics), [messages, diagnostics]);

  const context: FormContext = useMemo(
    () => ({
      update,
      messages,
      catalog: props.catalog,
      regionOf: props.regionOf,
      markdown: async (text: string) => ((await post(`${props.api}markdown/`, { text })).body.html as string) ?? '',
      glossary: props.spec.glossary,
      keepItemIds,
    }),
    [update, messages, props.catalog, props.regionOf, props.api, props.spec.glossary, keepItemIds],
  );

  const save = async (options: { asDraft?: boolean; overwrite?: boolean } = {}) => {
    setStatus({ tone: 'info', text: t.saving });
    const { status: code, body } = await post(`${props.api}enregistrer/`, { collection: props.collection, id: props.id, data: options.asDraft ? { draft: true, ...withIds } : withIds, version, ...options });
    if (code === 200) {
      setVersion(String(body.version));
      setConflict(undefined);
      setDirty(false);
      setSavedDraft(body.draft === true);
      // The identifiers written are the items' own from now on.
      setData((d) => withItemIds(options.asDraft ? { draft: true, ...d } : d, props.spec));
      const checked = body.check as { diagnostics: Diagnostic[]; draft?: { previewable: boolean; waitingFor?: Path[] } };
      setDiagnostics(checked.diagnostics);
      const previewable = checked.draft?.previewable !== false;
      setShown({ previewable, waitingFor: checked.draft?.waitingFor });
      if (previewable) await previewReady(props.preview);
      setStatus({ tone: 'ok', text: body.draft ? t.savedDraft(parisTime()) : t.saved(parisTime()) });
      setPreviewKey((k) => k + 1);
    } else if (code === 409 && Array.isArray(body.diff)) {
      setConflict(body.diff as DiffLine[]);
      setStatus({ tone: 'error', text: t.conflict });
    } else if (code === 422) {
      setDiagnostics((body.check as { diagnostics: Diagnostic[] }).diagnostics);
      setStatus({ tone: 'error', text: t.invalid });
    } else setStatus({ tone: 'error', text: String(body.message ?? t.failed) });
  };

  const errors = diagnostics.filter((d) => d.severity === 'error');
  const toComplete = diagnostics.filter((d) => d.severity === 'warning');
  const isDraft = data.draft === true;
  const previewSrc = props.preview && shown.previewable ? `${props.preview}${previewKey ? `?v=${previewKey}` : ''}` : undefined;

  return (
    <Form.Provider value={context}>
      <FormData.Provider value={withIds}>
      <div className="editor">
        <div className="editor-form">
          <div className="editor-bar" role="group" aria-label={t.actions}>
            <p className="editor-state">
              <span className={`badge ${savedDraft ? 'badge-draft' : ''}`}>{savedDraft ? t.draft : t.published}</span>{' '}
              {savedDraft !== isDraft && <span className="editor-pending">{isDraft ? t.draftOnSave : t.publishOnSave}</span>}{' '}
              {errors.length === 0 && toComplete.length === 0 ? t.valid : t.counts(errors.length, toComplete.length)}
            </p>
            <p className="editor-buttons">
              <button type="button" className="button button-primary" onClick={() => void save()}>
                {t.save}
              </button>{' '}
              {!isDraft && (
                <button type="button" className="button" onClick={() => void save({ asDraft: true })}>
                  {t.saveDraft}
                </button>
              )}
              {isDraft && (
                <button type="button" className="button" onClick={() => update(['draft'], undefined)}>
                  {t.publish}
                </button>
              )}
            </p>
            {props.preview && (
              <p className="editor-to-preview">
                <a href="#apercu-titre">{t.seePreview}</a>
              </p>
            )}
            <p role="status" aria-live="polite" className={`editor-status ${status ? `tone-${status.tone}` : ''}`}>
              {status?.text}
            </p>
          </div>
          {conflict && (
            <div className="callout callout-warning" role="alert">
              <p>{t.conflictLong}</p>
              <pre className="diff" tabIndex={0} aria-label={t.diffLabel}>
                {conflict.map((l, i) => (
                  <span key={i} className={`diff-${l.kind}`}>
                    {l.kind === 'added' ? '+ ' : l.kind === 'removed' ? '− ' : '  '}
                    {l.text}
                    {'\n'}
                  </span>
                ))}
              </pre>
              <p>
                <button type="button" className="button" onClick={() => window.location.reload()}>
                  {t.reload}
                </button>{' '}
                <button type="button" className="button" onClick={() => void save({ overwrite: true, asDraft: isDraft })}>
                  {t.overwrite}
                </button>
              </p>
            </div>
          )}
          {diagnostics.length > 0 && (
            <nav className="editor-summary" aria-labelledby="resume-erreurs">
              <h2 id="resume-erreurs">{t.summary(errors.length, toComplete.length)}</h2>
              <ul>
                {diagnostics.map((d, i) => (
                  <li key={i} className={d.severity === 'error' ? 'field-error' : 'field-warning'}>
                    <a
                      href={`#${fieldId(d.path)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        reveal(d.path);
                      }}
                    >
                      {labelPath(props.spec, d.path)}
                    </a>{' '}
                    : {formWording(d, undefined, props.spec.glossary).message ?? d.message}
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <form onSubmit={(event) => event.preventDefault()} aria-label={t.formLabel(props.file)}>
            {props.sections.map((section, index) => (
              <details key={section.id} className="editor-section" open={index === 0}>
                <summary>
                  <h2>{section.title}</h2>
                </summary>
                {section.keys.map((key) => {
                  const spec = props.spec.fields.find((f) => f.key === key)!;
                  return <FieldView key={key} spec={spec} path={[key]} value={data[key]} />;
                })}
              </details>
            ))}
          </form>
        </div>
        <aside className="editor-preview" aria-labelledby="apercu-titre">
          <h2 id="apercu-titre">{t.preview}</h2>
          {props.pdf && shown.previewable && (
            <p>
              <a className="button" href={props.pdf} target="_blank" rel="noopener">
                {t.openPdf}
              </a>
            </p>
          )}
          {previewSrc ? <iframe title={t.previewFrame} src={previewSrc} key={previewKey} onLoad={(event) => bare(event.currentTarget)} /> : <p className="muted" role="status">{props.preview ? previewWaits(props.spec, shown.waitingFor) : t.noPreview}</p>}
        </aside>
      </div>
      </FormData.Provider>
    </Form.Provider>
  );
}
