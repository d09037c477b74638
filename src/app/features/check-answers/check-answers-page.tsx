import type { MouseEvent } from 'react';
import { answerText, fieldLabel, isShown, journeyPages, type Questionnaire } from '../../../triage';
import { BackLink } from '../../components/back-link';
import { LinkButton } from '../../components/link-button';
import type { AnswersDraft } from '../../lib/answers-draft';
import { useAnswerWords } from '../../lib/assessment-context';
import { navigate, questionsPage, RESULT, routeHref, START } from '../../lib/navigation';
import { usePageTitle } from '../../lib/page-title';
import { lastPage } from '../../lib/questionnaire/flow';

/** Follows the link through `navigate`, which shows the result without waiting for the browser's hashchange. */
function showResultNow(event: MouseEvent<HTMLAnchorElement>) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(RESULT);
}

/** Every answer, page by page, each with a Change link to the page that asks it. */
export function CheckAnswersPage({ questionnaire, answers }: { questionnaire: Questionnaire; answers: AnswersDraft }) {
  const pages = journeyPages(questionnaire, answers);
  const last = lastPage(questionnaire, answers);
  const words = useAnswerWords();
  usePageTitle('Check your answers');

  return (
    <>
      <BackLink href={routeHref(last ? questionsPage(last.id) : START)} />
      <h1 tabIndex={-1}>Check your answers</h1>
      <p>If something is wrong, change it before you get your result.</p>
      {pages.map((page) => (
        <section className="section" key={page.id} aria-labelledby={`section-${page.id}`}>
          <h2 id={`section-${page.id}`}>{page.title}</h2>
          <dl className="summary-list">
            {page.items.filter(isShown).map(({ field }) => (
              <div className="summary-list__row" key={field}>
                <dt className="summary-list__key">{fieldLabel(words, field)}</dt>
                <dd className="summary-list__value">{answerText(words, field, answers[field])}</dd>
                <dd className="summary-list__actions">
                  <a href={routeHref(questionsPage(page.id, true))}>
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
