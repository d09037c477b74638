import { fieldLabel, type TriageResult } from '../../../triage';
import { useAnswerWords } from '../../lib/assessment-context';
import { actionAt, type Region } from '../../lib/regions';

/**
 * One voice for "not sure": the result says what to do now (the care card) and, here, what to do
 * if a sign the person was not sure of turns out to be there, in the same words as the start page
 * and the safety net.
 */
export function IfYouDoHave({ ifYes, region }: { ifYes: TriageResult['ifYes']; region: Region }) {
  const words = useAnswerWords();
  if (ifYes.length === 0) return null;
  return (
    <section className="inset-text" aria-labelledby="if-you-do-have-heading">
      <h2 className="inset-text__heading" id="if-you-do-have-heading">
        You were not sure about some signs
      </h2>
      <p>Check now. If you do have one of these, do not wait for the advice above:</p>
      <ul className="list list--bullet">
        {ifYes.map(({ field, level }) => (
          <li key={field}>
            {fieldLabel(words, field)}: <strong>{actionAt(level, region, 'clause')}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
