import type { Disposition } from '../../triage';
import { LEVEL_WORDS } from '../lib/level-words';

export interface TimelineEntry {
  /** YYYY-MM-DD */
  date: string;
  level: Disposition;
  /** How the pain was going, in the answer's own words, if it was said. */
  trend?: string;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** A calendar day in words, e.g. "Thursday 3 December". */
export const dayInWords = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));

/** Each visit for the same pain, oldest first: the day, how it was going and what the person was told. */
export function VisitTimeline({ entries, headingId, heading }: { entries: TimelineEntry[]; headingId: string; heading: string }) {
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ol className="list list--number timeline">
        {entries.map(({ date, level, trend }, index) => (
          <li key={`${date}-${index}`}>
            <strong>{dayInWords(date)}</strong>
            {trend ? `, pain ${trend}` : ''}: {LEVEL_WORDS[level].toLowerCase()}
          </li>
        ))}
      </ol>
    </section>
  );
}
