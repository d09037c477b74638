import type { TriageResult } from '../../../triage';
import { useRuleWords } from '../../components/message';
import { SourceLine } from './source-line';

type PlanItem = TriageResult['advice']['plan'][number];

/** The steps as a list of titles to scan; each opens (NHS.UK details) to say how, and who says so. */
export function SelfCarePlan({ plan }: { plan: PlanItem[] }) {
  const { say } = useRuleWords();
  if (plan.length === 0) return null;
  return (
    <section className="section" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{say('plan.heading')}</h2>
      <ul className="plan">
        {plan.map((item) => (
          <li key={item.id}>
            <details className="details">
              <summary className="details__summary">{item.title}</summary>
              <div className="details__text">
                <p>{item.text}</p>
                <SourceLine sources={[item.source]} />
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
