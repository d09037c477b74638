import { answerText, type Disposition } from '../../triage';
import type { AnswersDraft } from '../lib/answers-draft';
import { useAnswerWords } from '../lib/assessment-context';
import { useRuleWords } from './message';

export interface TimelineEntry {
  /** YYYY-MM-DD */
  date: string;
  level: Disposition;
  answers: AnswersDraft;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** A calendar day in words, e.g. "Thursday 3 December". */
export const dayInWords = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));

/** Each visit for the same pain, oldest first: the day, how it was going (if it was said) and what the person was told. */
export function VisitTimeline({ entries, headingId, heading }: { entries: TimelineEntry[]; headingId: string; heading: string }) {
  const words = useAnswerWords();
  const { say, sayWith } = useRuleWords();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ol className="list list--number timeline">
        {entries.map(({ date, level, answers }, index) => (
          <li key={`${date}-${index}`}>
            {sayWith(answers.trend ? 'visit.withTrend' : 'visit.withoutTrend', {
              day: <strong>{dayInWords(date)}</strong>,
              trend: answers.trend ? answerText(words, 'trend', answers.trend) : '',
              told: say(`level.${level}.told`),
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
