import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { reminderCalendar } from '../../src/app/lib/calendar-reminder';

const reminder = {
  date: '2026-12-07',
  summary: 'Check in on your upper back pain',
  description: 'How is it today? Open the tool, choose "Check in"; if you have chest pain, call 999 now. Ünïcödé: ✓ éèà '.repeat(
    3,
  ),
  url: 'http://localhost:4173/#/check-in',
  uid: '0f8fad5b-d9cb-469f-a165-70867728950e@upper-back-triage',
  now: new Date('2026-12-06T20:41:00Z'),
};

describe('the check-in reminder', () => {
  const text = reminderCalendar(reminder);

  it('is an iCalendar file a calendar reads: one all-day event the next day, with an alert that morning', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(reminder.summary);
    expect(event.description).toBe(`${reminder.description} ${reminder.url}`);
    expect(event.uid).toBe(reminder.uid);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-07');
    expect(event.endDate.toString()).toBe('2026-12-08');
    const alarm = calendar.getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('PT9H');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('url')).toBe(reminder.url);
  });

  it('ends every line with CRLF and folds none longer than 75 octets, never inside a character', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
  });
});
