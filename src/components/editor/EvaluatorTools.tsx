/**
 * The evaluator's two ways to add an offer: one received outside Passerelle (a Word or PDF file),
 * entered by hand in a short form (provider, lot, a lump-sum price or price lines, the VAT regime, and the
 * committee's finding on each requirement), and a response made with Passerelle, imported from
 * its PDF (the file is checked by the workspace as import-offer checks it; only its size is
 * checked here, before sending).
 */
import { useState } from 'react';
import type { MarksScreen } from '../../editor/marks';
import { formatNumber } from '../../domain/format';
import { fr } from '../../i18n/fr';
import { emptyLine, manualOfferEntry, type FormProblem, type ManualLineInput, type ManualOfferInput } from '../../editor/manual-offer';

const t = fr.editor.marks;

export async function post(url: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const units = Object.entries(fr.vocab.priceUnit).map(([value, [one]]) => ({ value, label: one }));

function Problem({ id, message }: { id: string; message: string | undefined }) {
  return message ? <p className="field-error" id={id}><strong>{message}</strong></p> : null;
}

export function ManualOfferForm({ screen, onAdd }: { screen: MarksScreen; onAdd: (offer: Record<string, unknown>) => Promise<string | undefined> }) {
  // An offer in the evaluation of a lot answers that lot: it is the offer's, not a choice to make.
  const [input, setInput] = useState<ManualOfferInput>({ provider: '', document: '', lot: screen.lotId ?? '', priceKind: '', lumpSum: '', lines: [emptyLine()], vat: '', findings: {} });
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [status, setStatus] = useState('');
  const findingLabels = fr.evaluation.manual.finding;
  const set = (next: Partial<ManualOfferInput>) => setInput((current) => ({ ...current, ...next }));
  const setLine = (i: number, next: Partial<ManualLineInput>) => set({ lines: input.lines.map((line, j) => (j === i ? { ...line, ...next } : line)) });
  const problemOf = (field: string) => problems.find((p) => p.field === field)?.message;
  /** The attributes that tie a field to its message. */
  const invalid = (field: string) => (problemOf(field) ? { 'aria-invalid': true, 'aria-describedby': `manuelle-${field}-erreur` } : {});

  const submit = async () => {
    const entry = manualOfferEntry(input, screen.offers.map((o) => o.id));
    if (!entry.ok) {
      setProblems(entry.problems);
      setStatus(t.manualNotAdded);
      document.getElementById(`manuelle-${entry.problems[0].field}`)?.focus();
      return;
    }
    setProblems([]);
    setStatus('');
    // Refused by the check of the whole file: said here, beside the button just pressed.
    setStatus((await onAdd(entry.offer)) ?? '');
  };

  const text = (field: 'provider' | 'document' | 'lumpSum', label: string, required = false) => (
    <div className="field">
      <label htmlFor={`manuelle-${field}`}>
        {label} {required && <span className="required">{fr.editor.form.required}</span>}
      </label>
      <input id={`manuelle-${field}`} type="text" value={input[field]} onChange={(e) => set({ [field]: e.target.value })} {...invalid(field)} />
      <Problem id={`manuelle-${field}-erreur`} message={problemOf(field)} />
    </div>
  );

  return (
    <section aria-labelledby="offre-manuelle" className="manual-offer">
      <h2 id="offre-manuelle">{t.manualTitle}</h2>
      <p>{t.manualLead}</p>
      {text('provider', t.manualProvider, true)}
      {text('document', t.manualDocument)}
      {screen.lotId && screen.lot ? (
        <p className="field" id="manuelle-lot">
          <strong>{t.manualLot}</strong>
          <br />
          {t.manualLotEvaluated(screen.lot)}
        </p>
      ) : screen.lots.length > 0 && (
        <div className="field">
          <label htmlFor="manuelle-lot">{t.manualLot}</label>
          <select id="manuelle-lot" value={input.lot} onChange={(e) => set({ lot: e.target.value })}>
            <option value="">{fr.editor.form.notProvided}</option>
            {screen.lots.map((l) => (
              <option key={l.value} value={l.value}>{l.label}</option>
            ))}
          </select>
        </div>
      )}
      <fieldset className="field group">
        <legend>{t.manualPriceKind}</legend>
        {Object.entries(t.manualPriceKinds).map(([value, label]) => (
          <div className="choice" key={value || 'aucun'}>
            <input type="radio" name="manuelle-prix-forme" id={`manuelle-prix-${value || 'aucun'}`} value={value} checked={input.priceKind === value} onChange={() => set({ priceKind: value })} />
            <label htmlFor={`manuelle-prix-${value || 'aucun'}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      {input.priceKind === 'lump-sum' && text('lumpSum', t.manualPrice)}
      {input.priceKind === 'lines' && (
        <fieldset className="field group manual-lines">
          <legend>{t.manualLines}</legend>
          {input.lines.map((line, i) => {
            const id = (key: string) => `manuelle-lines-${i}-${key}`;
            const field = (key: keyof ManualLineInput, label: string) => (
              <div className="field">
                <label htmlFor={id(key)}>{label}</label>
                <input id={id(key)} type="text" value={line[key]} onChange={(e) => setLine(i, { [key]: e.target.value })} {...invalid(`lines-${i}-${key}`)} />
                <Problem id={`${id(key)}-erreur`} message={problemOf(`lines-${i}-${key}`)} />
              </div>
            );
            return (
              <fieldset className="field group manual-line" key={i}>
                <legend>{t.manualLine(i + 1)}</legend>
                {field('label', t.manualLineLabelField)}
                <div className="field">
                  <label htmlFor={id('unit')}>{t.manualLineUnitField}</label>
                  <select id={id('unit')} value={line.unit} onChange={(e) => setLine(i, { unit: e.target.value })} {...invalid(`lines-${i}-unit`)}>
                    <option value="">{t.manualChooseUnit}</option>
                    {units.map((u) => (
                      <option key={u.value} value={u.value}>{u.label}</option>
                    ))}
                  </select>
                  <Problem id={`${id('unit')}-erreur`} message={problemOf(`lines-${i}-unit`)} />
                </div>
                {field('quantity', t.manualLineQuantityField)}
                {field('unitPrice', t.manualLineUnitPriceField)}
                {input.lines.length > 1 && (
                  <button type="button" onClick={() => set({ lines: input.lines.filter((_, j) => j !== i) })}>{t.manualRemoveLine(i + 1)}</button>
                )}
              </fieldset>
            );
          })}
          <button type="button" onClick={() => set({ lines: [...input.lines, emptyLine()] })}>{t.manualAddLine}</button>
        </fieldset>
      )}
      {input.priceKind !== '' && (
        <div className="field">
          <label htmlFor="manuelle-tva">{t.manualVat}</label>
          <select id="manuelle-tva" value={input.vat} onChange={(e) => set({ vat: e.target.value })}>
            <option value="">{fr.editor.form.notProvided}</option>
            {Object.entries(t.vatChoices).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </div>
      )}
      {screen.requirements.length > 0 && (
        <fieldset className="field group">
          <legend>{t.manualFindings}</legend>
          {screen.requirements.map((r, i) => {
            const current = input.findings[r.value] ?? { finding: '', note: '' };
            const setFinding = (next: Partial<typeof current>) => setInput((all) => ({ ...all, findings: { ...all.findings, [r.value]: { ...current, ...next } } }));
            return (
              <div className="field finding" key={r.value}>
                <label htmlFor={`constat-${i}`}>{r.label}</label>
                <select id={`constat-${i}`} value={current.finding} onChange={(e) => setFinding({ finding: e.target.value })}>
                  <option value="">{findingLabels['not-checked']}</option>
                  {Object.entries(findingLabels).filter(([v]) => v !== 'not-checked').map(([value, label]) => (
                    <option key={value} value={value}>{label}</option>
                  ))}
                </select>
                <label className="visually-hidden" htmlFor={`constat-${i}-note`}>{t.manualNote(r.label)}</label>
                <input id={`constat-${i}-note`} type="text" value={current.note} onChange={(e) => setFinding({ note: e.target.value })} placeholder={fr.editor.form.notProvided} />
              </div>
            );
          })}
        </fieldset>
      )}
      <p className="actions">
        <button type="button" onClick={() => void submit()}>{t.manualAdd}</button>
      </p>
      <p role="status" aria-live="polite" className="status-error">{status}</p>
    </section>
  );
}

const mebibytes = (bytes: number) => `${formatNumber(bytes / (1024 * 1024))}\u00A0Mio`;

export function ImportOffer({ api, id, limit, onImported }: { api: string; id: string; limit: number; onImported: () => void }) {
  const [messages, setMessages] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<string>();
  const submit = async (input: HTMLInputElement | null) => {
    const file = input?.files?.[0];
    if (!file) return setMessages([t.importNone]);
    if (file.size > limit) return setMessages([t.importTooLarge(mebibytes(limit))]);
    setBusy(true);
    setMessages([t.importing]);
    try {
      const response = await fetch(`${api}importer-offre/?evaluation=${encodeURIComponent(id)}`, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: file });
      const body = (await response.json()) as { ok?: boolean; messages?: string[]; message?: string };
      setMessages(body.messages ?? [body.message ?? fr.editor.page.failed]);
      if (body.ok) onImported();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="import-pdf" className="import-offer">
      <h2 id="import-pdf">{t.importTitle}</h2>
      <p id="import-pdf-aide">{t.importLead(mebibytes(limit))}</p>
      <div className="field">
        <label htmlFor="import-pdf-fichier">{t.importFile}</label>
        {/* The browser names its own button in its own language (« Choose File »): the native
            control, transparent, lies over a French button drawn beneath it, so that it keeps the
            clicks, the dropped files, the keyboard and its one label; the file's name is said beside. */}
        <span className="file-picker">
          <span className="file-picker-control">
            <input
              id="import-pdf-fichier"
              type="file"
              accept="application/pdf,.pdf"
              aria-describedby="import-pdf-aide import-pdf-choisi"
              onChange={(e) => setChosen(e.currentTarget.files?.[0]?.name)}
            />
            <span className="file-picker-button" aria-hidden="true">{t.importChoose}</span>
          </span>
          <span id="import-pdf-choisi" className="file-picker-name" aria-live="polite">{chosen ?? t.importNoFile}</span>
        </span>
      </div>
      <p className="actions">
        <button type="button" disabled={busy} onClick={() => void submit(document.getElementById('import-pdf-fichier') as HTMLInputElement | null)}>{t.importSubmit}</button>
      </p>
      <div role="status" aria-live="polite" className="import-messages">
        {messages.map((m, i) => (
          <p key={i}>{m}</p>
        ))}
      </div>
    </section>
  );
}
