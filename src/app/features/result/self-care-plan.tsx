import type { TriageResult } from '../../../triage';

type Advice = TriageResult['advice'];

export function SelfCarePlan({ advice, clinician }: { advice: Advice; clinician: string }) {
  if (advice.plan.length === 0) return null;
  return (
    <section className="section" aria-labelledby="plan-heading">
      <h2 id="plan-heading">What you can do now</h2>
      <ul className="plan">
        {advice.plan.map((item) => (
          <li className="plan__item" key={item.id}>
            <h3 className="plan__title">{item.title}</h3>
            <p>{item.text}</p>
          </li>
        ))}
      </ul>
      {advice.checkAgainInDays !== null && (
        <p className="inset-text">
          If it has not started to ease in {advice.checkAgainInDays} days, check again with this tool or see {clinician}.
        </p>
      )}
    </section>
  );
}
