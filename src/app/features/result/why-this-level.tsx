import type { TriageResult } from '../../../triage';
import { useRuleWords } from '../../components/message';
import { RulesBehindLink } from './rules-behind-link';
import { SourceLine } from './source-line';

const firstSentence = (text: string) => text.replace(/[.:].*$/s, '');

/**
 * The reasons for the level that no cause below carries: how the pain is going (no better after a
 * week, not easing at a check-in, a third visit). A cause explains its own findings.
 */
export function WhyThisLevel({ result }: { result: TriageResult }) {
  const { say } = useRuleWords();
  const own = result.reasons.filter((finding) => finding.level === result.disposition && !finding.cause);
  if (own.length === 0) return null;
  return (
    <section className="section" aria-labelledby="why-heading">
      <h2 id="why-heading">{say('why.heading')}</h2>
      <ul className="cause-list">
        {own.map((finding) => (
          <li className="cause" key={finding.rule}>
            <p>{finding.reason}</p>
            {finding.because.length > 0 && (
              <>
                <p className="cause__because-title">{say('because.title')}</p>
                <ul className="list list--bullet cause__because">
                  {finding.because.map((because) => (
                    <li key={because.field}>{because.said}</li>
                  ))}
                </ul>
              </>
            )}
            <SourceLine sources={[finding.source]} />
            <p className="source-line no-print">
              <RulesBehindLink rules={[finding.rule]} about={firstSentence(finding.reason)} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
