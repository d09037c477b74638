import { useRuleWords } from '../../components/message';

export function CheckAgain({ days, clinician }: { days: number | null; clinician: string }) {
  const { say, sayCount } = useRuleWords();
  if (days === null) return null;
  return (
    <section className="section" aria-labelledby="check-again-heading">
      <h2 id="check-again-heading">{say('checkAgain.heading')}</h2>
      <p>{say('checkAgain.text', { days: sayCount('checkAgain.days', days), clinician })}</p>
    </section>
  );
}
