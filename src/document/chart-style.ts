/**
 * How charts tell their series apart, shared by the SVG charts of the pages and the vector
 * charts of the PDFs: a colour and a pattern per series, so that a chart printed in grey or read
 * by someone who does not see colours keeps its series apart. Colours keep a contrast of at least
 * 3:1 with white.
 */
export const seriesColours = ['#0b4f8a', '#a34700', '#1e6b34', '#6b3fa0', '#7a5c00', '#8a1c4a'] as const;

export const seriesHatches = ['solid', 'diagonal', 'dots', 'horizontal', 'vertical', 'cross'] as const;

export type SeriesHatch = (typeof seriesHatches)[number];

/** The colour and pattern of series `index`. */
export function seriesStyle(index: number): { colour: string; hatch: SeriesHatch } {
  return { colour: seriesColours[index % seriesColours.length], hatch: seriesHatches[index % seriesHatches.length] };
}

/** The series of a phase kind in a timeline (set-up, running, closing, evaluation, extension). */
export const phaseSeries = { setup: 1, running: 0, closing: 2, evaluation: 3, extension: 4 } as const;

export const chartInk = {
  text: '#1b1b1f',
  muted: '#4a4a57',
  track: '#e8edf3',
  trackLine: '#5b6472',
  grid: '#c9ced6',
  band: '#eef2f7',
} as const;
