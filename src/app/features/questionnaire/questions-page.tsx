import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { itemsShown, type AnswerField, type Questionnaire, type QuestionnairePage } from '../../../triage';
import { BackLink } from '../../components/back-link';
import { ErrorSummary } from '../../components/error-summary';
import { afterNextPaint } from '../../lib/after-next-paint';
import { withoutField, type AnswersDraft } from '../../lib/answers-draft';
import { useAssess } from '../../lib/assessment-context';
import { CHECK, navigate, questionsPage, RESULT, routeHref, START } from '../../lib/navigation';
import { usePageTitle } from '../../lib/page-title';
import { settledOutcome } from '../../lib/readable-promise';
import { mustAnswer, previousPage, progress, routeAfter, routeAfterChange } from '../../lib/questionnaire/flow';
import { firstControlId, QuestionField } from './question-field';
import { formValueOf, isBlank, readAnswer, type FormValue } from './read-answer';

interface QuestionsPageProps {
  questionnaire: Questionnaire;
  page: QuestionnairePage;
  /** Reached from a Change link on the check page, to which it returns. */
  changing: boolean;
  answers: AnswersDraft;
  onAnswersChange: (answers: AnswersDraft) => void;
}

type Values = Partial<Record<AnswerField, FormValue>>;
type Errors = { field: AnswerField; message: string }[];

/**
 * The answers once this page's controls are read in, or every problem on the page. A question left
 * blank that need not be answered is taken out of the answers, never guessed.
 */
function readPage(questionnaire: Questionnaire, page: QuestionnairePage, answers: AnswersDraft, values: Values) {
  let next: AnswersDraft = answers;
  const errors: Errors = [];
  for (const item of itemsShown(page, answers)) {
    const value = values[item.field] ?? '';
    if (isBlank(value) && !mustAnswer(item)) {
      next = withoutField(next, item.field);
      continue;
    }
    const read = readAnswer(questionnaire, item, value);
    if (read.ok) next = { ...next, [item.field]: read.value };
    else
      errors.push({
        field: item.field,
        message: `${item.label}: ${read.message.charAt(0).toLowerCase()}${read.message.slice(1)}`,
      });
  }
  return { next, errors };
}

export function QuestionsPage({ questionnaire, page, changing, answers, onAnswersChange }: QuestionsPageProps) {
  const assess = useAssess();
  const items = itemsShown(page, answers);
  const [values, setValues] = useState<Values>(() =>
    Object.fromEntries(items.map((item) => [item.field, formValueOf(item, answers[item.field])])),
  );
  const [shown, setShown] = useState<{ errors: Errors; attempt: number }>();
  usePageTitle(page.title, !!shown);
  const read = useMemo(() => readPage(questionnaire, page, answers, values), [questionnaire, page, answers, values]);

  // Work out the answers Continue would send while the person reads, so that the next page, or the
  // emergency stop, shows at once; after the next paint, so that ticking an answer stays quick.
  useEffect(() => {
    if (read.errors.length > 0) return;
    return afterNextPaint(() => void assess(read.next).catch(() => undefined));
  }, [assess, read]);

  function moveOn(next: AnswersDraft) {
    onAnswersChange(next);
    const goOn = (stop: boolean) =>
      navigate(
        stop
          ? RESULT
          : changing
            ? routeAfterChange(questionnaire, page.id, answers, next)
            : routeAfter(questionnaire, page.id, next),
      );
    // Usually worked out while the person read the page (above): then the answers and the next page
    // render together, in this click. A failed assessment also stops: the result page then shows the
    // fail-safe card.
    const assessment = assess(next);
    const known = settledOutcome(assessment);
    if (known) goOn(known.status === 'rejected' || known.value.emergencyNow);
    else
      void assessment
        .then(
          (ready) => ready.emergencyNow,
          () => true,
        )
        .then(goOn);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (read.errors.length === 0) moveOn(read.next);
    else setShown({ errors: read.errors, attempt: (shown?.attempt ?? 0) + 1 });
  }

  const previous = previousPage(questionnaire, page.id, answers);
  const back = changing ? CHECK : previous ? questionsPage(previous.id) : START;
  const { page: number, pages } = progress(questionnaire, page.id, answers);
  const errorFor = (field: AnswerField) => shown?.errors.find((error) => error.field === field)?.message;

  return (
    <>
      <BackLink href={routeHref(back)} />
      <form noValidate onSubmit={submit}>
        {shown && (
          <ErrorSummary
            key={shown.attempt}
            errors={shown.errors.map(({ field, message }) => ({
              fieldId: firstControlId(
                questionnaire,
                items.find((item) => item.field === field)!,
              ),
              message,
            }))}
          />
        )}
        <p className="caption">
          {page.section}{' '}
          <span className="caption__progress">
            Page {number} of {pages}
          </span>
        </p>
        <h1 className="page-heading" tabIndex={-1}>
          {page.title}
        </h1>
        {page.hint && <p className="hint">{page.hint}</p>}
        {items.map((item) => (
          <div className="question" key={item.field}>
            <QuestionField
              questionnaire={questionnaire}
              item={item}
              value={values[item.field] ?? ''}
              onChange={(value) => setValues((current) => ({ ...current, [item.field]: value }))}
              error={errorFor(item.field)}
            />
          </div>
        ))}
        <div className="button-group">
          <button className="button" type="submit">
            Continue
          </button>
        </div>
      </form>
    </>
  );
}
