import { use } from 'react';
import { answerText, fieldLabel, sayIn, type TriageResult } from '../../../triage';
import { isAnswered, type AnswersDraft } from '../../lib/answers-draft';
import { useAnswerWords, useRules } from '../../lib/assessment-context';
import { routeHref, rulesPage } from '../../lib/navigation';

/** What a clinician needs at a glance, rule ids and all; the print stylesheet fits it on one page. */
export function ClinicianSummary({ answers, result }: { answers: AnswersDraft; result: TriageResult }) {
  const { questionnaire, messages } = use(useRules());
  const answered = questionnaire.pages.flatMap((page) => page.items).filter((item) => isAnswered(answers, item.field));
  const words = useAnswerWords();
  return (
    <div className="clinician-summary">
      <dl className="summary-facts">
        <dt>Result</dt>
        <dd>{sayIn(messages, `level.${result.disposition}.name`)}</dd>
        <dt>Why</dt>
        <dd>
          {result.reasons.length === 0 ? (
            'No warning signs in the answers.'
          ) : (
            <ul className="list list--bullet">
              {result.reasons.map((finding) => (
                <li key={finding.rule}>
                  {finding.reason}{' '}
                  <span className="rule-id">
                    [rule <a href={routeHref(rulesPage(finding.rule))}>{finding.rule}</a>]
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Possible causes</dt>
        <dd>{result.causes.map((cause) => cause.name).join('; ') || 'None matched'}</dd>
        <dt>Made by</dt>
        <dd>
          A rule-based checker, not a diagnosis. Rules version {result.rules.version} (fingerprint {result.rules.hash}), on{' '}
          {/* A date formatter costs ~40 ms to build on a slow phone: affordable here, on a page of its own. */}
          {new Date().toLocaleDateString('en-GB', { dateStyle: 'long' })}.
        </dd>
      </dl>
      <h2>Answers</h2>
      <dl className="answer-table">
        {answered.map(({ field }) => (
          <div className="answer-table__row" key={field}>
            <dt>{fieldLabel(words, field)}</dt>
            <dd>{answerText(words, field, answers[field])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
