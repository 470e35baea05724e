/**
 * Moving through a page with the keyboard alone, as the browser tests of the editor do: Tab and
 * Shift+Tab to an element (checking that the focus shows), typing over a field, and choosing in a
 * drop-down with the arrow keys.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export type Wanted = { id: string } | { summary: string } | { checkbox: string } | { button: string } | { link: string };

/** Whether the focused element is the one wanted (run in the page). */
function isWanted(wanted: Wanted): boolean {
  const active = document.activeElement as HTMLElement | null;
  if (!active) return false;
  const text = (active.textContent ?? '').replace(/\s+/g, ' ').trim();
  if ('id' in wanted) return active.id === wanted.id;
  if ('summary' in wanted) return active.tagName === 'SUMMARY' && text === wanted.summary;
  if ('checkbox' in wanted) return (active as HTMLInputElement).type === 'checkbox' && (active.closest('label')?.textContent ?? '').trim() === wanted.checkbox;
  if ('button' in wanted) return active.tagName === 'BUTTON' && text === wanted.button;
  return active.tagName === 'A' && text.startsWith(wanted.link);
}

/** Presses Tab (or Shift+Tab) until the wanted element has the focus, and checks the focus shows. */
export async function tabTo(page: Page, wanted: Wanted, back = false): Promise<void> {
  for (let n = 0; n < 600; n++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate(isWanted, wanted)) {
      expect(await focusShows(page), JSON.stringify(wanted)).toBe(true);
      return;
    }
  }
  throw new Error(`Never reached with ${back ? 'Shift+Tab' : 'Tab'}: ${JSON.stringify(wanted)}`);
}

/** The focused element has a visible focus ring (an outline at least 2 px wide). */
export function focusShows(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

/** Replaces the focused field's text, as typed. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Chooses an option of the focused drop-down with the arrow keys. */
export async function choose(page: Page, label: string): Promise<void> {
  for (let n = 0; n < 60; n++) {
    if (await page.evaluate((l) => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent === l, label)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option « ${label} »`);
}

/** Chooses the option of the focused drop-down whose value is `value`, with the arrow keys. */
export async function chooseValue(page: Page, value: string): Promise<void> {
  for (let n = 0; n < 60; n++) {
    if (await page.evaluate((v) => (document.activeElement as HTMLSelectElement).value === v, value)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option of value « ${value} »`);
}
