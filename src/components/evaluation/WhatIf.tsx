/**
 * The what-if panel: the committee changes weights, the price method or a mark and sees the
 * ranking change at once. It runs the engine of src/domain/scoring.ts (the same code as the page,
 * the CLI and the report), keeps its settings in the page's address so that the link can be
 * shared, and announces each new ranking in a live region. Its chart is the pages' own SVG chart
 * (src/site/charts.ts, escaped markup), drawn from the same spec as the report's.
 */
import { useEffect, useMemo, useState } from 'react';
import { fr } from '../../i18n/fr';
import { formatNumber } from '../../domain/format';
import { markableItems, scoreOffers, type PriceMethod, type ScoringInput } from '../../domain/scoring';
import { announceRanking, scoringView, weightText } from '../../domain/scoring-view';
import { RankingTable } from './RankingTable';
import { scoreChart } from '../../document/evaluation/chart';
import { chartSvg } from '../../site/charts';
import { applySettings, changedCount, decodeSettings, encodeSettings, markInScale, publishedSettings, weightInRange, withMark, withWeight, type WhatIfSettings } from './share-state';

interface Props {
  input: ScoringInput;
}

const round = (n: number) => Math.round(n * 100) / 100;
const parse = (text: string) => {
  const n = Number(text.replace(',', '.').trim());
  return text.trim() !== '' && Number.isFinite(n) ? n : undefined;
};

function shareHref(query: string): string {
  const { pathname } = window.location;
  return `${pathname}${query ? `?${query}` : ''}#simulation`;
}

export default function WhatIf({ input }: Props) {
  const t = fr.evaluation.whatIf;
  const [settings, setSettings] = useState<WhatIfSettings>(() => decodeSettings(window.location.search, input));
  // What is being typed in a field, until it leaves the field: a half-typed number is not applied.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  // What was refused, by field: a value off the scale is said, never brought into it in silence.
  const [refused, setRefused] = useState<Record<string, string>>({});
  const refuse = (key: string, message: string | undefined) =>
    setRefused((r) => {
      const { [key]: _gone, ...rest } = r;
      return message ? { ...rest, [key]: message } : rest;
    });

  const published = useMemo(() => scoreOffers(input), [input]);
  const simulated = useMemo(() => applySettings(input, settings), [input, settings]);
  const result = useMemo(() => scoreOffers(simulated), [simulated]);
  const view = useMemo(() => scoringView(simulated, result), [simulated, result]);
  const query = encodeSettings(input, settings);
  const changes = changedCount(input, settings);

  useEffect(() => {
    const url = shareHref(query);
    if (`${window.location.pathname}${window.location.search}${window.location.hash}` !== url) window.history.replaceState(null, '', url);
  }, [query]);

  const total = input.criteria.reduce((a, c) => a + c.weight, 0);
  const unit = fr.evaluation.weightingUnit[input.weighting];
  const items = markableItems(input.criteria);
  const hasPrice = input.criteria.some((c) => c.type !== 'quality');
  const field = (key: string, value: number) => drafts[key] ?? String(round(value));
  const draft = (key: string, text: string) => setDrafts((d) => ({ ...d, [key]: text }));
  const settle = (key: string) =>
    setDrafts((d) => {
      const { [key]: _gone, ...rest } = d;
      return rest;
    });

  return (
    <div className="what-if">
      <p>{t.intro}</p>
      <form className="what-if-form" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t.weightsLegend}</legend>
          <p className="help">{t.weightsHelp(weightText(total, input.weighting))}</p>
          <div className="weights">
            {input.criteria.map((c) => {
              const key = `poids-${c.id}`;
              return (
                <p key={c.id} className="field">
                  <label htmlFor={key}>{t.weightLabel(c.name, unit)}</label>
                  <input
                    id={key}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    max={total}
                    step="any"
                    value={field(key, settings.weights[c.id])}
                    aria-invalid={refused[key] ? true : undefined}
                    aria-describedby={refused[key] ? `${key}-refus` : undefined}
                    onChange={(event) => {
                      draft(key, event.target.value);
                      const n = parse(event.target.value);
                      if (n === undefined) return;
                      if (!weightInRange(input, n)) return refuse(key, t.weightRefused(formatNumber(n), formatNumber(total)));
                      refuse(key, undefined);
                      setSettings((s) => withWeight(input, s, c.id, n));
                    }}
                    onBlur={() => {
                      if (!refused[key]) settle(key);
                    }}
                  />
                  {refused[key] && <span className="refused" id={`${key}-refus`} role="alert">{refused[key]}</span>}
                </p>
              );
            })}
          </div>
        </fieldset>
        {hasPrice && (
          <fieldset>
            <legend>{t.methodLegend}</legend>
            {(['proportional', 'linear'] as PriceMethod[]).map((method) => (
              <p key={method} className="choice">
                <input
                  type="radio"
                  id={`methode-${method}`}
                  name="methode"
                  value={method}
                  checked={settings.method === method}
                  onChange={() => setSettings((s) => ({ ...s, method }))}
                />
                <label htmlFor={`methode-${method}`}>
                  {fr.evaluation.methodName[method]}
                  <span className="help"> ({fr.evaluation.methodFormula[method]})</span>
                </label>
              </p>
            ))}
          </fieldset>
        )}
        {items.length > 0 && (
          <fieldset>
            <legend>{t.marksLegend}</legend>
            <p className="help">{t.marksHelp(formatNumber(input.scale.min), formatNumber(input.scale.max))}</p>
            <div className="table-scroll">
              <table className="marks">
                <thead>
                  <tr>
                    <th scope="col">{fr.evaluation.page.columns.offer}</th>
                    {items.map((item) => (
                      <th scope="col" key={item.id}>
                        {item.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {input.offers.map((offer) => (
                    <tr key={offer.id}>
                      <th scope="row">{offer.name}</th>
                      {items.map((item) => {
                        const key = `note-${offer.id}-${item.id}`;
                        const mark = settings.marks[offer.id]?.[item.id];
                        return (
                          <td key={item.id}>
                            <label htmlFor={key} className="visually-hidden">
                              {t.markLabel(offer.name, item.name)}
                            </label>
                            <input
                              id={key}
                              type="number"
                              inputMode="decimal"
                              min={input.scale.min}
                              max={input.scale.max}
                              step="any"
                              value={mark === undefined ? (drafts[key] ?? '') : field(key, mark)}
                              aria-invalid={refused[key] ? true : undefined}
                              aria-describedby={refused[key] ? `${key}-refus` : undefined}
                              onChange={(event) => {
                                draft(key, event.target.value);
                                const n = parse(event.target.value);
                                if (n === undefined) return;
                                if (!markInScale(input, n)) return refuse(key, t.markRefused(formatNumber(n), formatNumber(input.scale.min), formatNumber(input.scale.max)));
                                refuse(key, undefined);
                                setSettings((s) => withMark(input, s, offer.id, item.id, n));
                              }}
                              onBlur={() => {
                                if (!refused[key]) settle(key);
                              }}
                            />
                            {refused[key] && <span className="refused" id={`${key}-refus`} role="alert">{refused[key]}</span>}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </fieldset>
        )}
        <p className="actions">
          <button
            type="button"
            onClick={() => {
              setDrafts({});
              setRefused({});
              setSettings(publishedSettings(input));
            }}
            disabled={changes === 0}
          >
            {t.reset}
          </button>
          <span className="help">{changes === 0 ? t.published : t.changed(changes)}</span>
        </p>
      </form>

      <div className="what-if-result">
        <h3>{t.resultHeading}</h3>
        <p role="status" aria-live="polite" className="announce" id="annonce-simulation">
          {announceRanking(result, published)}
        </p>
        {view.method.warning && <p className="warning">{view.method.warning}</p>}
        <RankingTable view={view} caption={t.rankingCaption} basis={input.priceBasis} id="classement-simule" />
        <figure className="chart-figure">
          <div className="chart-scroll" role="group" aria-label={t.chartTitle} tabIndex={0} dangerouslySetInnerHTML={{ __html: chartSvg(scoreChart(view, 'graphique-simule', t.chartTitle)) }} />
          <figcaption>{t.chartTitle}</figcaption>
        </figure>
        <p className="share">
          <a href={shareHref(query)} id="lien-simulation">
            {t.shareLink}
          </a>{' '}
          <span className="help">{t.shareHelp}</span>
        </p>
        {view.sensitivityLines.length > 0 && (
          <>
            <h4>{fr.evaluation.sensitivity.heading}</h4>
            <ul className="sensitivity">
              {view.sensitivityLines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
