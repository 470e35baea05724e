/**
 * The evaluator's two ways to add an offer: one received outside Passerelle (a Word or PDF file),
 * entered by hand in a short form (provider, lot, a lump-sum price, the VAT regime, and the
 * committee's finding on each requirement), and a response made with Passerelle, imported from
 * its PDF (the file is checked by the workspace as import-offer checks it; only its size is
 * checked here, before sending).
 */
import { useState } from 'react';
import type { MarksScreen } from '../../editor/marks';
import { formatNumber } from '../../domain/format';
import { fr } from '../../i18n/fr';

const t = fr.editor.marks;

export async function post(url: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A slug from a name (« Association Horizon » → « association-horizon »), unique among the offers. */
function slug(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'offre';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

function vatOf(choice: string): Record<string, unknown> | undefined {
  if (choice.startsWith('subject-')) return { kind: 'subject', rate: Number(choice.slice('subject-'.length)) };
  return choice ? { kind: choice } : undefined;
}

export function ManualOfferForm({ screen, onAdd }: { screen: MarksScreen; onAdd: (offer: Record<string, unknown>) => Promise<void> }) {
  const [provider, setProvider] = useState('');
  const [document, setDocument] = useState('');
  const [lot, setLot] = useState('');
  const [price, setPrice] = useState('');
  const [vat, setVat] = useState('');
  const [findings, setFindings] = useState<Record<string, { finding: string; note: string }>>({});
  const [error, setError] = useState('');
  const findingLabels = fr.evaluation.manual.finding;

  const submit = async () => {
    if (!provider.trim()) {
      setError(t.manualNeedProvider);
      return;
    }
    setError('');
    const chosen = Object.entries(findings).filter(([, f]) => f.finding);
    const regime = vatOf(vat);
    const manual = {
      id: slug(provider, screen.offers.map((o) => o.id)),
      provider: provider.trim(),
      ...(document.trim() && { document: document.trim() }),
      ...(lot && { lot }),
      // The price as the offer writes it; without a VAT regime the validator asks for one.
      ...(price.trim() && { price: { lumpSum: price.trim(), ...(regime && { vat: regime }) } }),
      ...(chosen.length && { findings: chosen.map(([requirement, f]) => ({ requirement, finding: f.finding, ...(f.note.trim() && { note: f.note.trim() }) })) }),
    };
    await onAdd({ manual, marks: [] });
  };

  return (
    <section aria-labelledby="offre-manuelle" className="manual-offer">
      <h2 id="offre-manuelle">{t.manualTitle}</h2>
      <p>{t.manualLead}</p>
      <div className="field">
        <label htmlFor="manuelle-prestataire">{t.manualProvider} <span className="required">{fr.editor.form.required}</span></label>
        <input id="manuelle-prestataire" type="text" value={provider} onChange={(e) => setProvider(e.target.value)} {...(error && { 'aria-invalid': true, 'aria-describedby': 'manuelle-erreur' })} />
        {error && <p className="field-error" id="manuelle-erreur"><strong>{error}</strong></p>}
      </div>
      <div className="field">
        <label htmlFor="manuelle-document">{t.manualDocument}</label>
        <input id="manuelle-document" type="text" value={document} onChange={(e) => setDocument(e.target.value)} />
      </div>
      {screen.lots.length > 0 && (
        <div className="field">
          <label htmlFor="manuelle-lot">{t.manualLot}</label>
          <select id="manuelle-lot" value={lot} onChange={(e) => setLot(e.target.value)}>
            <option value="">{fr.editor.form.notProvided}</option>
            {screen.lots.map((l) => (
              <option key={l.value} value={l.value}>{l.label}</option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="manuelle-prix">{t.manualPrice}</label>
        <input id="manuelle-prix" type="text" value={price} onChange={(e) => setPrice(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="manuelle-tva">{t.manualVat}</label>
        <select id="manuelle-tva" value={vat} onChange={(e) => setVat(e.target.value)}>
          <option value="">{fr.editor.form.notProvided}</option>
          {Object.entries(t.vatChoices).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </div>
      {screen.requirements.length > 0 && (
        <fieldset className="field group">
          <legend>{t.manualFindings}</legend>
          {screen.requirements.map((r, i) => {
            const current = findings[r.value] ?? { finding: '', note: '' };
            const set = (next: Partial<typeof current>) => setFindings((all) => ({ ...all, [r.value]: { ...current, ...next } }));
            return (
              <div className="field finding" key={r.value}>
                <label htmlFor={`constat-${i}`}>{r.label}</label>
                <select id={`constat-${i}`} value={current.finding} onChange={(e) => set({ finding: e.target.value })}>
                  <option value="">{findingLabels['not-checked']}</option>
                  {Object.entries(findingLabels).filter(([v]) => v !== 'not-checked').map(([value, label]) => (
                    <option key={value} value={value}>{label}</option>
                  ))}
                </select>
                <label className="visually-hidden" htmlFor={`constat-${i}-note`}>{t.manualNote(r.label)}</label>
                <input id={`constat-${i}-note`} type="text" value={current.note} onChange={(e) => set({ note: e.target.value })} placeholder={fr.editor.form.notProvided} />
              </div>
            );
          })}
        </fieldset>
      )}
      <p className="actions">
        <button type="button" onClick={() => void submit()}>{t.manualAdd}</button>
      </p>
    </section>
  );
}

const mebibytes = (bytes: number) => `${formatNumber(bytes / (1024 * 1024))}\u00A0Mio`;

export function ImportOffer({ api, id, limit }: { api: string; id: string; limit: number }) {
  const [messages, setMessages] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
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
      if (body.ok) location.reload();
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
        <input id="import-pdf-fichier" type="file" accept="application/pdf,.pdf" aria-describedby="import-pdf-aide" />
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
