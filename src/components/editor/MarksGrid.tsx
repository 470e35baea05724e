/**
 * The evaluator's screen: a grid of offers × criteria (and weighted sub-criteria) with a mark and a
 * justification per cell, the committee's decision on each offer, and the ranking the scoring
 * engine gives as marks are typed. A mark is read the French way (« 8,5 »); a mark that is not a
 * number or is off the scale is written as typed and refused with a message beside its cell (the
 * validator's, within a moment), never brought back into the scale. Saved into the evaluation
 * file by the editor's splice saving: only the changed lines are rewritten.
 *
 * An offer added here (by hand or from its PDF) has no marks yet: a published evaluation becomes a
 * draft until they are entered, the page shows the new offer's row and says so, and the save that
 * completes the marks publishes the evaluation again (unless the evaluator unticks it).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Diagnostic } from '../../content/diagnostics';
import type { MarksScreen } from '../../editor/marks';
import { addedNotice, withoutIds, type BeforeAdding } from '../../editor/marks-notice';
import { rankingLines, rankingSentence } from '../../domain/scoring-view';
import { scoreOffers } from '../../domain/scoring';
import { formatNumber } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { numberInput, parisTime, pathKey, setIn, shown, type Path } from './values';
import { ImportOffer, ManualOfferForm, post } from './EvaluatorTools';
import { MarkdownPreview } from './MarkdownPreview';

export interface MarksGridProps {
  screen: MarksScreen;
  id: string;
  data: Record<string, unknown>;
  version: string;
  api: string;
  diagnostics: Diagnostic[];
  pdfLimit: number;
  editHref: string;
  reportHref: string;
  /** Each justification's rendered Markdown as the page opened with it, by `offer index:criterion` (`justificationsHtml`). */
  justifications: Record<string, string>;
}

type Data = Record<string, unknown>;
const t = fr.editor.marks;
const list = (v: unknown): Data[] => (Array.isArray(v) ? (v as Data[]) : []);
/** Where the screen keeps, across the reload that shows an added offer, what it knew before. */
const ADDING = 'passerelle-notes-ajout';
const time = () => parisTime();
const withoutDraft = ({ draft: _draft, ...rest }: Data): Data => rest;

/** Where the messages a mark's cell shows are: on its mark and on the mark's entry; its justification's apart. */
const markPaths = (offer: number, mark: number): Path[] => [['offers', offer, 'marks', mark, 'mark'], ['offers', offer, 'marks', mark]];
const justificationPath = (offer: number, mark: number): Path => ['offers', offer, 'marks', mark, 'justification'];
/** Where the messages of an offer's decision (excluded, and why) are. */
const decisionPaths = (offer: number): Path[] => [['offers', offer, 'excluded'], ['offers', offer, 'reason']];

/** The index of an offer's mark on an item (or where a new one goes). */
function markIndex(offer: Data, item: string): { index: number; exists: boolean } {
  const marks = list(offer.marks);
  const index = marks.findIndex((m) => m.criterion === item);
  return index >= 0 ? { index, exists: true } : { index: marks.length, exists: false };
}

function CellMessages({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="field-messages" id={id}>
      {messages.map((m, i) => (
        <li key={i} className="field-error">
          <strong>{m}</strong>
        </li>
      ))}
    </ul>
  );
}

export default function MarksGrid(props: MarksGridProps) {
  const { screen } = props;
  const [data, setData] = useState<Data>(props.data);
  const [version, setVersion] = useState(props.version);
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>(props.diagnostics);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | undefined>();
  const [publish, setPublish] = useState(true);
  const [added, setAdded] = useState<{ text: string; offer?: number } | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const isDraft = data.draft === true;
  const min = formatNumber(screen.scale.min);

  // After the reload that follows an addition: say what happened, and go to the new offer's first cell.
  useEffect(() => {
    const kept = sessionStorage.getItem(`${ADDING}:${props.id}`);
    if (!kept) return;
    sessionStorage.removeItem(`${ADDING}:${props.id}`);
    const notice = addedNotice(JSON.parse(kept) as BeforeAdding, screen.offers, props.data.draft === true);
    setAdded(notice);
    const first = screen.items[0];
    if (notice.offer !== undefined && first) document.getElementById(`note-${notice.offer}-${first.id}`)?.focus();
  }, [props.id, props.data, screen]);

  /** Reloads the page on the evaluation with its new offer, remembering what it was before. */
  const showAdded = () => {
    sessionStorage.setItem(`${ADDING}:${props.id}`, JSON.stringify({ offers: screen.offers.length, draft: isDraft } satisfies BeforeAdding));
    location.reload();
  };
  const max = formatNumber(screen.scale.max);
  const render = useCallback(async (text: string) => String((await post(`${props.api}markdown/`, { text })).body.html ?? ''), [props.api]);
  /** What a cell's justification was when the page opened, and its HTML (rendered with the page). */
  const opened = (offer: number, item: string) => {
    const mark = list(list(props.data.offers)[offer]?.marks).find((m) => m.criterion === item);
    const html = props.justifications[`${offer}:${item}`];
    return typeof mark?.justification === 'string' && html !== undefined ? { text: mark.justification, html } : undefined;
  };

  const check = useCallback(
    (next: Data) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(async () => {
        try {
          const { body } = await post(`${props.api}verifier/`, { collection: 'evaluations', id: props.id, data: next });
          if (Array.isArray(body.diagnostics)) setDiagnostics(body.diagnostics as Diagnostic[]);
        } catch {
          // The workspace stopped, or a newer keystroke took over: the next check will say.
        }
      }, 60);
    },
    [props.api, props.id],
  );

  const update = useCallback(
    (path: Path, value: unknown) => {
      setData((current) => {
        const next = setIn(current, path, value) as Data;
        check(next);
        return next;
      });
    },
    [check],
  );

  const messagesAt = useCallback(
    (...paths: Path[]) => {
      const keys = new Set(paths.map(pathKey));
      return diagnostics.filter((d) => d.severity === 'error' && keys.has(pathKey(d.path))).map((d) => withoutIds(d.message));
    },
    [diagnostics],
  );

  const offers = list(data.offers);

  /** A mark typed in a cell: its text kept as typed, its value as the validator reads it. */
  const setMark = (i: number, item: string, text: string) => {
    const offer = offers[i] ?? {};
    const { index, exists } = markIndex(offer, item);
    setTexts((current) => ({ ...current, [`${i}:${item}`]: text }));
    const value = numberInput(text);
    if (!exists) {
      if (value === undefined) return;
      update(['offers', i, 'marks', index], { criterion: item, mark: value, justification: '' });
      return;
    }
    update(['offers', i, 'marks', index, 'mark'], value);
  };

  const setJustification = (i: number, item: string, text: string) => {
    const { index, exists } = markIndex(offers[i] ?? {}, item);
    update(exists ? ['offers', i, 'marks', index, 'justification'] : ['offers', i, 'marks', index], exists ? text : { criterion: item, justification: text });
  };

  /** What the browser says at once about a typed mark; the validator says the rest. */
  const localMessage = (text: string | undefined): string | undefined => {
    if (text === undefined) return undefined;
    const value = numberInput(text);
    if (typeof value === 'string') return t.notANumber(value, min, max);
    if (typeof value === 'number' && (value < screen.scale.min || value > screen.scale.max)) return fr.check.markOutOfScale(formatNumber(value), min, max);
    return undefined;
  };

  const result = useMemo(() => {
    if (!screen.input) return undefined;
    const byId = new Map(screen.offers.map((o) => [o.id, offers[o.index]]));
    const input = {
      ...screen.input,
      offers: screen.input.offers.map((o) => {
        const offer = byId.get(o.id) ?? {};
        const marks = Object.fromEntries(list(offer.marks).filter((m) => typeof m.mark === 'number' && m.mark >= screen.scale.min && m.mark <= screen.scale.max).map((m) => [String(m.criterion), m.mark as number]));
        const { excluded: _e, reason: _r, ...rest } = o;
        return { ...rest, marks, ...(offer.excluded === true && { excluded: true }), ...(typeof offer.reason === 'string' && offer.reason && { reason: offer.reason }) };
      }),
    };
    return scoreOffers(input);
  }, [screen, offers]);

  /** The paths whose messages the screen shows beside a field: a mark, its justification, a decision. */
  const placed = (next: Data) => {
    const paths = new Set<string>();
    for (const o of screen.offers) {
      const offer = list(next.offers)[o.index] ?? {};
      for (const item of screen.items) {
        const { index, exists } = markIndex(offer, item.id);
        if (exists) for (const path of [...markPaths(o.index, index), justificationPath(o.index, index)]) paths.add(pathKey(path));
      }
      for (const path of decisionPaths(o.index)) paths.add(pathKey(path));
    }
    return paths;
  };

  /**
   * Saves the file; undefined once saved, else what the screen says of the refusal. An offer being
   * added (`adding`) makes a published evaluation a draft when it needs marks; a draft is published
   * by the save that completes it, when the evaluator leaves « publish » ticked.
   */
  const save = async (next: Data = data, { adding = false } = {}): Promise<string | undefined> => {
    setStatus(undefined);
    setAdded(undefined);
    // A mark that is not a number or is off the scale is never written, not even in a draft.
    if (Object.values(texts).some((text) => localMessage(text) !== undefined)) {
      setStatus({ tone: 'error', text: t.refused });
      return t.refused;
    }
    const publishing = !adding && isDraft && publish;
    const sent = publishing ? withoutDraft(next) : next;
    const { status: code, body } = await post(`${props.api}enregistrer/`, { collection: 'evaluations', id: props.id, data: sent, version, draftWhenInvalid: adding ? !isDraft : publishing });
    const checked = (body.check as { diagnostics?: Diagnostic[] } | undefined)?.diagnostics;
    if (checked) setDiagnostics(checked);
    if (code === 200 && body.ok) {
      setVersion(String(body.version));
      const draft = body.draft === true;
      setData((current) => (draft ? { draft: true, ...withoutDraft(current) } : withoutDraft(current)));
      // What keeps a draft from being published: what the validator still asks for, by name.
      const missing = (checked ?? []).map((d) => withoutIds(d.message));
      const text = !isDraft ? t.saved(time()) : !draft ? t.savedPublished(time()) : publishing ? t.savedStillDraft(time(), [...new Set(missing)].slice(0, 3)) : t.saved(time());
      setStatus({ tone: 'ok', text });
      return undefined;
    }
    // What no field shows (a missing mark, an offer just added) is said here, not left to a cell.
    const shownAt = placed(next);
    const elsewhere = (checked ?? []).filter((d) => d.severity === 'error' && !shownAt.has(pathKey(d.path))).map((d) => withoutIds(d.message));
    const invalid = code === 422 && body.reason === 'invalid';
    const text = code === 409 ? fr.editor.page.conflict : invalid && elsewhere.length ? t.refusedBecause(elsewhere.slice(0, 3)) : invalid ? t.refused : String(body.message ?? fr.editor.page.failed);
    setStatus({ tone: 'error', text });
    return text;
  };

  const flagsOf = (id: string) => result?.offers.find((o) => o.id === id)?.flags ?? [];

  return (
    <div className="marks">
      <p>{t.lead(min, max)}</p>
      {screen.lot && <p>{t.lot(screen.lot)}</p>}
      <p>
        <a href={props.editHref}>{t.fullForm}</a> · <a href={props.reportHref}>{t.report}</a>
      </p>
      <p className="editor-state">
        <span className={`badge ${isDraft ? 'badge-draft' : ''}`}>{isDraft ? t.draft : t.published}</span>
        {isDraft && <> {t.draftLead}</>}
      </p>
      {added && added.offer === undefined && (
        <p className="callout" role="status" data-added>
          {added.text}
        </p>
      )}
      {screen.items.length === 0 ? (
        <p>{t.noItems}</p>
      ) : (
        <div className="marks-scroll">
          <table className="marks-grid">
            <caption>{t.grid}</caption>
            <thead>
              <tr>
                <th scope="col">{t.offer}</th>
                {screen.items.map((item) => (
                  <th scope="col" key={item.id}>{item.name}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {screen.offers.map((o) => {
                const offer = offers[o.index] ?? {};
                return (
                  <tr key={o.index} data-offer={o.id}>
                    <th scope="row">
                      {o.name}
                      {o.manual && <span className="muted"> ({t.received})</span>}
                    </th>
                    {screen.items.map((item, column) => {
                      const { index, exists } = markIndex(offer, item.id);
                      const mark = exists ? list(offer.marks)[index] : undefined;
                      const key = `${o.index}:${item.id}`;
                      const typed = texts[key];
                      const local = localMessage(typed);
                      const server = exists ? messagesAt(...markPaths(o.index, index)) : [];
                      const messages = local ? [local] : server;
                      const cell = `note-${o.index}-${item.id}`;
                      return (
                        <td key={item.id}>
                          <label className="visually-hidden" htmlFor={cell}>{t.mark(o.name, item.name, min, max)}</label>
                          <input
                            id={cell}
                            type="text"
                            inputMode="decimal"
                            size={5}
                            value={typed ?? shown(mark?.mark)}
                            placeholder={fr.editor.form.notProvided}
                            onChange={(e) => setMark(o.index, item.id, e.target.value)}
                            {...(messages.length ? { 'aria-invalid': true, 'aria-describedby': `${cell}-messages` } : added?.offer === o.index ? { 'aria-describedby': 'offre-ajoutee' } : {})}
                          />
                          <CellMessages id={`${cell}-messages`} messages={messages} />
                          {/* Said in the cell the evaluator is taken to, which has the focus. */}
                          {column === 0 && added && added.offer === o.index && (
                            <p className="callout" role="status" id="offre-ajoutee" data-added>
                              {added.text}
                            </p>
                          )}
                          <label className="visually-hidden" htmlFor={`${cell}-justification`}>{t.justification(o.name, item.name)}</label>
                          <textarea id={`${cell}-justification`} rows={3} value={typeof mark?.justification === 'string' ? mark.justification : ''} onChange={(e) => setJustification(o.index, item.id, e.target.value)} />
                          {/* As the evaluation's page and report show it: lists, emphasis and links rendered, not their marks. */}
                          <MarkdownPreview text={typeof mark?.justification === 'string' ? mark.justification : ''} render={render} initial={opened(o.index, item.id)} />
                          <CellMessages id={`${cell}-justification-messages`} messages={exists ? messagesAt(justificationPath(o.index, index)) : []} />
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t.decisions}</h2>
      {screen.offers.map((o) => {
        const offer = offers[o.index] ?? {};
        const base = `decision-${o.index}`;
        const flags = flagsOf(o.id);
        return (
          <fieldset key={o.index} className="field group" data-decision={o.id}>
            <legend>{t.decisionOf(o.name)}</legend>
            {flags.length > 0 && <p className="field-warning">{t.flags(flags.map((f) => f.text).join(' ; '))}</p>}
            <div className="field checkbox">
              <input type="checkbox" id={`${base}-excluded`} checked={offer.excluded === true} onChange={(e) => update(['offers', o.index, 'excluded'], e.target.checked ? true : undefined)} />
              <label htmlFor={`${base}-excluded`}>{t.excluded}</label>
            </div>
            <div className="field">
              <label htmlFor={`${base}-reason`}>{t.reason}</label>
              <input type="text" id={`${base}-reason`} value={typeof offer.reason === 'string' ? offer.reason : ''} aria-describedby={`${base}-reason-help`} onChange={(e) => update(['offers', o.index, 'reason'], e.target.value.trim() ? e.target.value : undefined)} />
              <p className="field-help" id={`${base}-reason-help`}>{t.reasonHelp}</p>
              <CellMessages id={`${base}-messages`} messages={messagesAt(...decisionPaths(o.index))} />
            </div>
            <div className="field">
              <label htmlFor={`${base}-explanation`}>{t.explanation}</label>
              <input type="text" id={`${base}-explanation`} value={typeof offer.abnormallyLowExplanation === 'string' ? offer.abnormallyLowExplanation : ''} onChange={(e) => update(['offers', o.index, 'abnormallyLowExplanation'], e.target.value.trim() ? e.target.value : undefined)} />
            </div>
          </fieldset>
        );
      })}

      {isDraft && (
        <div className="field checkbox">
          <input type="checkbox" id="notes-publier" checked={publish} onChange={(e) => setPublish(e.target.checked)} />
          <label htmlFor="notes-publier">{t.publishWhenComplete}</label>
        </div>
      )}
      <p className="actions">
        <button type="button" className="primary" onClick={() => void save()}>{t.save}</button>
      </p>
      <p role="status" aria-live="polite" className={status?.tone === 'error' ? 'status-error' : 'status-ok'}>{status?.text ?? ''}</p>

      <section aria-labelledby="classement">
        <h2 id="classement">{t.ranking}</h2>
        {result ? (
          <>
            <p aria-live="polite" data-ranking-sentence>{rankingSentence(result)}</p>
            <ol className="ranking">
              {rankingLines(result).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
            <p className="muted">{t.rankingLive}</p>
          </>
        ) : (
          <p>{t.noRanking}</p>
        )}
      </section>

      <ManualOfferForm
        screen={screen}
        onAdd={async (offer) => {
          const refused = await save({ ...data, offers: [...offers, offer] }, { adding: true });
          // Refused, the offer is not kept on the screen either: the next save would write it unseen.
          if (refused === undefined) showAdded();
          return refused;
        }}
      />
      <ImportOffer api={props.api} id={props.id} limit={props.pdfLimit} onImported={showAdded} />
    </div>
  );
}
