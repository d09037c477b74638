import type { MouseEvent } from 'react';
import { answerText, fieldLabel } from '../../../triage';
import { BackLink } from '../../components/back-link';
import { LinkButton } from '../../components/link-button';
import type { AnswersDraft } from '../../lib/answers-draft';
import { useAnswerWords } from '../../lib/assessment-context';
import { navigate, question, RESULT, routeHref, START } from '../../lib/navigation';
import { usePageTitle } from '../../lib/page-title';
import { applicableQuestions, lastQuestion } from '../../lib/questionnaire/flow';
import { SECTIONS } from '../../lib/questionnaire/questions';

/** Follows the link through `navigate`, which shows the result without waiting for the browser's hashchange. */
function showResultNow(event: MouseEvent<HTMLAnchorElement>) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(RESULT);
}

export function CheckAnswersPage({ answers }: { answers: AnswersDraft }) {
  const questions = applicableQuestions(answers);
  const last = lastQuestion(answers);
  const words = useAnswerWords();
  usePageTitle('Check your answers');

  return (
    <>
      <BackLink href={routeHref(last ? question(last.field) : START)} />
      <h1 tabIndex={-1}>Check your answers</h1>
      <p>If something is wrong, change it before you get your result.</p>
      {SECTIONS.map((section, index) => (
        <section className="section" key={section} aria-labelledby={`section-${index}`}>
          <h2 id={`section-${index}`}>{section}</h2>
          <dl className="summary-list">
            {questions
              .filter((q) => q.section === section)
              .map(({ field }) => (
                <div className="summary-list__row" key={field}>
                  <dt className="summary-list__key">{fieldLabel(words, field)}</dt>
                  <dd className="summary-list__value">{answerText(words, field, answers[field])}</dd>
                  <dd className="summary-list__actions">
                    <a href={routeHref(question(field, true))}>
                      Change <span className="visually-hidden">{fieldLabel(words, field).toLowerCase()}</span>
                    </a>
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      <LinkButton href={routeHref(RESULT)} onClick={showResultNow}>
        Get my result
      </LinkButton>
    </>
  );
}
