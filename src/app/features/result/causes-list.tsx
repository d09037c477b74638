import { fieldLabel, type CauseResult } from '../../../triage';
import { useRuleWords } from '../../components/message';
import { useAnswerWords } from '../../lib/assessment-context';
import { RulesBehindLink } from './rules-behind-link';
import { SourceLine } from './source-line';

function Cause({ cause }: { cause: CauseResult }) {
  const words = useAnswerWords();
  const { say, list } = useRuleWords();
  return (
    <li className="cause">
      <h3 className="cause__name">{cause.name}</h3>
      <p>{cause.summary}</p>
      <p className="cause__because-title">{say('because.title')}</p>
      <ul className="list list--bullet cause__because">
        {cause.because.map((because) => (
          <li key={because.field}>{because.said}</li>
        ))}
      </ul>
      {cause.notSure.length > 0 && (
        <p className="inset-text">
          {say('causes.notSure', { signs: list(cause.notSure.map((field) => `“${fieldLabel(words, field)}”`)) })}
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
  const { say } = useRuleWords();
  if (causes.length === 0) return null;
  return (
    <section className="section" aria-labelledby="causes-heading">
      <h2 id="causes-heading">{say('causes.heading')}</h2>
      <p>{say('causes.intro')}</p>
      <ul className="cause-list">
        {causes.map((cause) => (
          <Cause key={cause.id} cause={cause} />
        ))}
      </ul>
    </section>
  );
}
