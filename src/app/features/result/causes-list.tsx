import { fieldLabel, type CauseResult } from '../../../triage';
import { useAnswerWords } from '../../lib/assessment-context';
import { RulesBehindLink } from './rules-behind-link';
import { SourceLine } from './source-line';

function Cause({ cause }: { cause: CauseResult }) {
  const words = useAnswerWords();
  return (
    <li className="cause">
      <h3 className="cause__name">{cause.name}</h3>
      <p>{cause.summary}</p>
      <p className="cause__because-title">Because you said:</p>
      <ul className="list list--bullet cause__because">
        {cause.because.map((because) => (
          <li key={because.field}>{because.said}</li>
        ))}
      </ul>
      {cause.notSure.length > 0 && (
        <p className="inset-text">
          This is only a possibility, because you answered &ldquo;not sure&rdquo; to:{' '}
          {cause.notSure.map((field) => fieldLabel(words, field).toLowerCase()).join('; ')}. If you can find out, change your
          answer.
        </p>
      )}
      <SourceLine sources={cause.sources} />
      <p className="source-line no-print">
        <RulesBehindLink rules={cause.rules} about={cause.name} />
      </p>
    </li>
  );
}

export function CausesList({ causes }: { causes: CauseResult[] }) {
  if (causes.length === 0) return null;
  return (
    <section className="section" aria-labelledby="causes-heading">
      <h2 id="causes-heading">What might be causing it</h2>
      <p>Not a diagnosis: the causes your answers point to, the most important first.</p>
      <ul className="cause-list">
        {causes.map((cause) => (
          <Cause key={cause.id} cause={cause} />
        ))}
      </ul>
    </section>
  );
}
