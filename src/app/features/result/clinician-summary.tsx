import { use } from 'react';
import { answerText, fieldLabel, type TriageResult } from '../../../triage';
import { isAnswered, type AnswersDraft } from '../../lib/answers-draft';
import { useAnswerWords, useRules } from '../../lib/assessment-context';
import { LEVEL_WORDS } from './level-words';
import { RuleLinks } from './rule-links';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "21 November 2026". Not toLocaleDateString: building a date formatter costs ~40 ms on a slow phone, on the result's first paint. */
function todayInWords(): string {
  const today = new Date();
  return `${today.getDate()} ${MONTHS[today.getMonth()]} ${today.getFullYear()}`;
}

/** What a clinician needs at a glance; the print stylesheet fits it on one page. */
export function ClinicianSummary({ answers, result }: { answers: AnswersDraft; result: TriageResult }) {
  const { questionnaire } = use(useRules());
  const answered = questionnaire.pages.flatMap((page) => page.items).filter((item) => isAnswered(answers, item.field));
  const words = useAnswerWords();
  return (
    <section className="clinician-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary for a doctor or nurse</h2>
      <p className="no-print">You can print this, or show it on your phone, when you get help.</p>
      <dl className="summary-facts">
        <dt>Result</dt>
        <dd>{LEVEL_WORDS[result.disposition]}</dd>
        <dt>Why</dt>
        <dd>
          {result.reasons.length === 0 ? (
            'No warning signs in the answers.'
          ) : (
            <ul className="list list--bullet">
              {result.reasons.map((finding) => (
                <li key={finding.rule}>
                  {finding.reason} <RuleLinks rules={[finding.rule]} inline />
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
          {todayInWords()}.
        </dd>
      </dl>
      <h3>Answers</h3>
      <dl className="answer-table">
        {answered.map(({ field }) => (
          <div className="answer-table__row" key={field}>
            <dt>{fieldLabel(words, field)}</dt>
            <dd>{answerText(words, field, answers[field])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
