import { Suspense, use, useEffect } from 'react';
import hazardLogUrl from '../../../../docs/clinical-safety.md?url';
import { rulebook, sayIn, type RulebookEntry } from '../../../triage';
import { ErrorBoundary } from '../../components/error-boundary';
import type { AnswersDraft } from '../../lib/answers-draft';
import { useRules } from '../../lib/assessment-context';
import { focusPageHeading } from '../../lib/page-focus';
import { usePageTitle } from '../../lib/page-title';
import { BackToResult } from './back-to-result';

function Rule({ entry, highlighted }: { entry: RulebookEntry; highlighted: boolean }) {
  const { messages } = use(useRules());
  return (
    <li className={`rule${highlighted ? ' rule--highlighted' : ''}`} id={`rule-${entry.id}`} tabIndex={-1}>
      {highlighted && <p className="rule__tag">Behind your result</p>}
      <p>
        <strong>If</strong> {entry.when}
        {entry.cause && <> (points to: {entry.cause})</>}.
      </p>
      {entry.levelWhenNotSure && (
        <p>
          A &ldquo;not sure&rdquo; answer here keeps the same advice: {sayIn(messages, `level.${entry.levelWhenNotSure}.told`)}.
        </p>
      )}
      <p>{entry.reason}</p>
      <p className="source-line">
        Source: {entry.source.url ? <a href={entry.source.url}>{entry.source.title}</a> : entry.source.title}. Rule{' '}
        <code>{entry.id}</code> in <code>{entry.file}</code>.
      </p>
    </li>
  );
}

function Rulebook({ highlight }: { highlight: string[] }) {
  const ruleSet = use(useRules());
  // A string, not the array: the route gives a new array on every render, and focus must not jump.
  const picked = highlight.join('+');
  useEffect(() => {
    // The first picked-out rule on the page: focus scrolls it into view, with the others below it,
    // and a screen reader reads it out.
    const first = picked && document.querySelector<HTMLElement>('.rule--highlighted');
    if (first) first.focus();
    else focusPageHeading();
  }, [picked]);

  return (
    <>
      <p>
        Rules version {ruleSet.version}, fingerprint <code>{ruleSet.hash}</code>.
      </p>
      {rulebook(ruleSet).map((group) => (
        <section className="section" key={group.level} aria-labelledby={`rules-${group.level}`}>
          <h2 id={`rules-${group.level}`}>{group.heading}</h2>
          <ul className="rule-list">
            {group.entries.map((entry) => (
              <Rule key={entry.id} entry={entry} highlighted={highlight.includes(entry.id)} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

interface RulebookPageProps {
  /** The ids of the rules to pick out: those behind a cause on the result. */
  highlight: string[];
  answers: AnswersDraft;
}

/** Every rule in plain words, as clinicians review them: the same rules the result comes from. */
export function RulebookPage({ highlight, answers }: RulebookPageProps) {
  usePageTitle('How this tool decides');
  return (
    <>
      <BackToResult answers={answers} />
      <h1 tabIndex={-1}>How this tool decides</h1>
      <p className="lede">
        Your answers are checked against the rules below, written from NHS and other clinical guidance. Every rule whose
        conditions hold &ldquo;fires&rdquo;.
      </p>
      <ul className="list list--bullet">
        <li>The most urgent rule that fires sets the advice. Nothing lowers it.</li>
        <li>
          If a rule fires only because you answered &ldquo;not sure&rdquo;, it gives advice one level less urgent, but never
          &ldquo;look after yourself at home&rdquo;, and the result tells you which answer to check. A few rules keep their advice
          on &ldquo;not sure&rdquo;: for example, not being sure whether a sudden, severe pain felt like tearing is reason enough
          to call for an ambulance.
        </li>
        <li>The self-care rules point to the likely causes; the result lists them most likely first.</li>
      </ul>
      <p>
        What could go wrong, and what guards against it, is in the <a href={hazardLogUrl}>clinical hazard log</a>.
      </p>
      <ErrorBoundary
        fallback={<p>The rules could not be loaded, so this tool cannot give advice. If you are unwell, contact a doctor.</p>}
      >
        <Suspense fallback={<p>Loading the rules…</p>}>
          <Rulebook highlight={highlight} />
        </Suspense>
      </ErrorBoundary>
    </>
  );
}
