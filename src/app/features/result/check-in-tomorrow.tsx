import type { TriageResult } from '../../../triage';
import type { AnswersDraft } from '../../lib/answers-draft';
import { calendarDate, dayAfter } from '../../lib/calendar-day';
import { isKept, type Visit } from '../../lib/check-ins';
import { CHECK_IN, routeHref } from '../../lib/navigation';
import type { Region } from '../../lib/regions';

interface CheckInTomorrowProps {
  answers: AnswersDraft;
  result: TriageResult;
  visits: Visit[];
  /** The browser would not store it: it lasts as long as this tab. */
  inTabOnly: boolean;
  region: Region;
  onKeep: (visit: Visit) => void;
}

/** The file is written by code loaded only when asked for, so that it costs the result nothing. */
function downloadReminder(region: Region) {
  const reminder = {
    date: dayAfter(calendarDate(new Date())),
    link: new URL(routeHref(CHECK_IN), window.location.href).href,
  };
  return import('./check-in-actions').then((actions) => actions.downloadReminder(region, reminder));
}

/**
 * On a self-care or see-a-doctor result: keep it on this device and answer again tomorrow, when the
 * answers are compared with the course the pain should take. More urgent results need help now.
 */
export function CheckInTomorrow({ answers, result, visits, inTabOnly, region, onKeep }: CheckInTomorrowProps) {
  if (result.disposition !== 'self_care' && result.disposition !== 'doctor') return null;
  const kept = isKept(visits, answers);
  const keep = () => onKeep({ date: calendarDate(new Date()), answers, level: result.disposition, rules: result.rules.version });
  return (
    <section className="section no-print" aria-labelledby="check-in-heading">
      <h2 id="check-in-heading">Check in tomorrow</h2>
      {kept && inTabOnly ? (
        <p role="status">
          This browser will not keep it on the device, so it lasts only while this tab is open. If the pain has not started to
          ease by tomorrow, answer the questions again, or see {region.clinician}.
        </p>
      ) : kept ? (
        <>
          <p role="status">
            Kept on this device. Tomorrow, open this tool and choose “Check in”: we ask the warning signs again and compare how
            the pain is going with how it should settle.
          </p>
          <button className="button button--secondary" type="button" onClick={() => void downloadReminder(region)}>
            Add a reminder to your calendar
          </button>
        </>
      ) : (
        <>
          <p>
            Delayed soreness should be easing by the third day, and a strained muscle within about two weeks. To check that yours
            is, keep this result on this device and answer a few questions again tomorrow.
          </p>
          <button className="button button--secondary" type="button" onClick={keep}>
            Check in tomorrow
          </button>
        </>
      )}
    </section>
  );
}
