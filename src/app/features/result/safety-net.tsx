import type { TriageResult } from '../../../triage';
import { useRuleWords } from '../../components/message';
import { actionAt, type Region } from '../../lib/regions';
import { SourceLine } from './source-line';

type SafetyNetGroups = TriageResult['advice']['safetyNet'];

export function SafetyNet({ items, region }: { items: SafetyNetGroups; region: Region }) {
  const { say, sayWith } = useRuleWords();
  if (items.length === 0) return null;
  const mobile = region.mobileEmergency;
  // Every group's sources together, out of the way of the signs.
  const sources = [...new Map(items.flatMap(({ signs }) => signs.map(({ source }) => [source.title, source]))).values()];
  return (
    <section className="warning-callout" aria-labelledby="safety-net-heading">
      <h2 className="warning-callout__heading" id="safety-net-heading">
        <span className="visually-hidden">{say('safetyNet.hiddenPrefix')}</span> {say('safetyNet.heading')}
      </h2>
      {items.map(({ level, signs }) => (
        <div className="safety-net__group" key={level}>
          <p>{say('safetyNet.group', { action: actionAt(level, region) })}</p>
          <ul className="list list--bullet">
            {signs.map((sign) => (
              <li key={sign.text}>{sign.text}</li>
            ))}
          </ul>
          {level === 'emergency' && mobile && (
            <p>{sayWith('safetyNet.mobile', { mobileEmergency: <a href={`tel:${mobile.dial}`}>{mobile.sentence}</a> })}</p>
          )}
        </div>
      ))}
      <details className="details">
        <summary className="details__summary">{say('sources.details')}</summary>
        <div className="details__text">
          <SourceLine sources={sources} />
        </div>
      </details>
    </section>
  );
}
