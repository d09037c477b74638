import { useEffect, useState, type FormEvent } from 'react';
import { BackLink } from '../../components/back-link';
import { ErrorSummary } from '../../components/error-summary';
import { afterNextPaint } from '../../lib/after-next-paint';
import { withoutField, type AnswersDraft } from '../../lib/answers-draft';
import { useAssess } from '../../lib/assessment-context';
import { CHECK, navigate, question as questionRoute, RESULT, routeHref, START } from '../../lib/navigation';
import { usePageTitle } from '../../lib/page-title';
import { settledOutcome } from '../../lib/readable-promise';
import { canSkip, previousQuestion, progress, routeAfter, routeAfterChange } from '../../lib/questionnaire/flow';
import type { Question } from '../../lib/questionnaire/questions';
import { firstControlId, QuestionField } from './question-field';
import { formValueOf, readAnswer, type FormValue } from './read-answer';

interface QuestionPageProps {
  question: Question;
  /** Reached from a Change link on the check page, to which it returns. */
  changing: boolean;
  answers: AnswersDraft;
  onAnswersChange: (answers: AnswersDraft) => void;
}

export function QuestionPage({ question, changing, answers, onAnswersChange }: QuestionPageProps) {
  const { field } = question;
  const assess = useAssess();
  const [value, setValue] = useState<FormValue>(() => formValueOf(question, answers[field]));
  const [error, setError] = useState<{ message: string; attempt: number }>();
  usePageTitle(question.title, !!error);

  // Work out the answers Continue would send while the person reads, so that the next page, or the
  // emergency stop, shows at once; after the next paint, so that ticking an answer stays quick.
  useEffect(() => {
    const read = readAnswer(question, value);
    if (!read.ok) return;
    return afterNextPaint(() => void assess({ ...answers, [field]: read.value }).catch(() => undefined));
  }, [assess, answers, question, field, value]);

  function moveOn(next: AnswersDraft) {
    onAnswersChange(next);
    const goOn = (stop: boolean) => navigate(stop ? RESULT : changing ? routeAfterChange(field, next) : routeAfter(field, next));
    // Usually worked out while the person read the page (above): then the answer and the next page
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
    const read = readAnswer(question, value);
    if (read.ok) moveOn({ ...answers, [field]: read.value });
    else setError({ message: read.message, attempt: (error?.attempt ?? 0) + 1 });
  }

  const previous = previousQuestion(field, answers);
  const back = changing ? CHECK : previous ? questionRoute(previous.field) : START;
  const { part, parts } = progress(field);

  return (
    <>
      <BackLink href={routeHref(back)} />
      <form noValidate onSubmit={submit}>
        {error && <ErrorSummary key={error.attempt} errors={[{ fieldId: firstControlId(question), message: error.message }]} />}
        <p className="caption">
          {question.section}{' '}
          <span className="caption__progress">
            Part {part} of {parts}
          </span>
        </p>
        <QuestionField question={question} value={value} onChange={setValue} error={error?.message} />
        <div className="button-group">
          <button className="button" type="submit">
            Continue
          </button>
          {canSkip(question) && (
            <button className="button button--secondary" type="button" onClick={() => moveOn(withoutField(answers, field))}>
              Skip this question
            </button>
          )}
        </div>
      </form>
    </>
  );
}
