import { fieldLabel, type TriageResult } from '../../../triage';
import { useRuleWords } from '../../components/message';
import { useAnswerWords } from '../../lib/assessment-context';
import { actionAt, type Region } from '../../lib/regions';

/**
 * One voice for "not sure": the result says what to do now (the care card) and, here, what to do
 * if a sign the person was not sure of turns out to be there, in the same words as the start page
 * and the safety net.
 */
export function IfYouDoHave({ ifYes, region }: { ifYes: TriageResult['ifYes']; region: Region }) {
  const words = useAnswerWords();
  const { say, sayWith } = useRuleWords();
  if (ifYes.length === 0) return null;
  return (
    <section className="inset-text" aria-labelledby="if-you-do-have-heading">
      <h2 className="inset-text__heading" id="if-you-do-have-heading">
        {say('notSure.heading')}
      </h2>
      <p>{say('notSure.intro')}</p>
      <ul className="list list--bullet">
        {ifYes.map(({ field, level }) => (
          <li key={field}>
            {sayWith('notSure.item', {
              sign: fieldLabel(words, field),
              action: <strong>{actionAt(level, region, 'clause')}</strong>,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
