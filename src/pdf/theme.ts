/**
 * Page geometry, type sizes and colours of every Passerelle PDF (A4, in points).
 */
import type { Color } from './model';

const rgb = (hex: string): Color => ({
  r: parseInt(hex.slice(1, 3), 16) / 255,
  g: parseInt(hex.slice(3, 5), 16) / 255,
  b: parseInt(hex.slice(5, 7), 16) / 255,
});

export const theme = {
  page: { width: 595.28, height: 841.89 },
  margin: { top: 64, bottom: 64, left: 56, right: 56 },
  header: { y: 34, size: 8 },
  footer: { y: 34, size: 8 },
  size: { body: 10, small: 8.5, lead: 12, h1: 17, h2: 13, h3: 11, h4: 10, cover: 24, coverSub: 13, table: 9, figure: 15 },
  leading: 1.42,
  space: { paragraph: 6, heading: 14, block: 8, list: 3, cell: 4 },
  indent: { list: 16 },
  color: {
    text: rgb('#1b1b1f'),
    muted: rgb('#4a4a57'),
    primary: rgb('#0b4f8a'),
    line: rgb('#c9ced6'),
    surface: rgb('#eef2f7'),
    code: rgb('#f2f2f4'),
    ok: rgb('#1e6b34'),
    okBg: rgb('#e6f2e9'),
    error: rgb('#a4161a'),
    errorBg: rgb('#f9e6e6'),
    warning: rgb('#6b4e00'),
    warningBg: rgb('#fbf1d6'),
    info: rgb('#0b4f8a'),
    infoBg: rgb('#e6eef7'),
    /** A draft's mark across each page, under the text. */
    watermark: rgb('#eed6d6'),
    chart: [rgb('#0b4f8a'), rgb('#c25e00'), rgb('#1e6b34'), rgb('#7a3b8f'), rgb('#8a6d0b'), rgb('#2b7a8a')],
  },
} as const;

export type Theme = typeof theme;

export const contentWidth = theme.page.width - theme.margin.left - theme.margin.right;
export const contentHeight = theme.page.height - theme.margin.top - theme.margin.bottom;
