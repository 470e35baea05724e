/**
 * A French date and time as an RFC 3339 date-time, with the offset of Paris that day (+01:00 in
 * winter, +02:00 in summer: from the last Sunday of March to the last Sunday of October, 01:00
 * UTC, as the European rule sets it). A day without a time is its last second, the way a deadline
 * without a time is read (« le 15 mai 2020 » closes at the end of that day).
 *
 * Pure: computed from the date, no clock and no time-zone database.
 *
 * @example
 * parisDateTime('2022-08-05')        // '2022-08-05T23:59:59+02:00'
 * parisDateTime('2023-01-15T23:59')  // '2023-01-15T23:59:00+01:00'
 * parisDateTime('2022-12-19', 'start') // '2022-12-19T00:00:00+01:00'
 */

/** The day of March or October (1-31) that is its last Sunday. */
function lastSunday(year: number, month: 2 | 9): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Whether a Paris wall-clock time is in summer time (an approximation of one hour at the switch). */
function summer(year: number, month: number, day: number, hour: number): boolean {
  if (month < 2 || month > 9) return false;
  if (month > 2 && month < 9) return true;
  if (month === 2) {
    const d = lastSunday(year, 2);
    return day > d || (day === d && hour >= 2);
  }
  const d = lastSunday(year, 9);
  return day < d || (day === d && hour < 3);
}

/** A full day (`2022-08-05`) or a day and time (`2022-08-05T12:00`) as a date-time in Paris. */
export function parisDateTime(iso: string, bound: 'start' | 'end' = 'end'): string {
  const [date, time] = iso.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const clock = time ? `${time}:00` : bound === 'start' ? '00:00:00' : '23:59:59';
  const offset = summer(y, m - 1, d, Number(clock.slice(0, 2))) ? '+02:00' : '+01:00';
  return `${date}T${clock}${offset}`;
}
