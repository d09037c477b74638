import type { TriageResult } from '../../../triage';
import type { Region } from '../../lib/regions';

type SafetyNetItems = TriageResult['advice']['safetyNet'];

export function SafetyNet({ items, region }: { items: SafetyNetItems; region: Region }) {
  if (items.length === 0) return null;
  return (
    <section className="warning-callout" aria-labelledby="safety-net-heading">
      <h2 className="warning-callout__heading" id="safety-net-heading">
        <span className="visually-hidden">Important:</span> Get help at once if things change
      </h2>
      <p>The emergency number where you are is {region.emergencyNumber.display}.</p>
      <ul className="list list--bullet">
        {items.map((item) => (
          <li key={item.text}>{item.text}</li>
        ))}
      </ul>
    </section>
  );
}
