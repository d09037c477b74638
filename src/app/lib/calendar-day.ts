/** Days on this device's calendar, written YYYY-MM-DD: what a check-in counts in. */

const pad = (n: number) => String(n).padStart(2, '0');

/** A day on this device's calendar, YYYY-MM-DD. */
export const calendarDate = (when: Date) => `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;

const utcDay = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
};

/** Whole days from one calendar day to another. */
export const daysBetween = (from: string, to: string) => Math.round((utcDay(to) - utcDay(from)) / 86_400_000);

/** The day after, YYYY-MM-DD. */
export const dayAfter = (date: string) => new Date(utcDay(date) + 86_400_000).toISOString().slice(0, 10);
