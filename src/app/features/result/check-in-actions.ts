import { reminderCalendar } from '../../lib/calendar-reminder';
import type { Region } from '../../lib/regions';

const SUMMARY = 'Check in on your upper back pain';

/** Saves the reminder as a calendar file on this device: nothing is uploaded anywhere. */
export function downloadReminder(region: Region, { date, link: checkInLink }: { date: string; link: string }) {
  const text = reminderCalendar({
    date,
    summary: SUMMARY,
    description:
      `How is it today? Open the upper back pain tool on the device you used and choose "Check in". ` +
      `If you have chest pain, a sudden severe pain or trouble breathing, call ${region.emergencyNumber.display} now.`,
    url: checkInLink,
    uid: `${crypto.randomUUID()}@upper-back-triage`,
    now: new Date(),
  });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `check-in-${date}.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url));
}
