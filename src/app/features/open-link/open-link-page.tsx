import { useEffect, useState } from 'react';
import type { AnswersDraft } from '../../lib/answers-draft';
import { CHECK, navigate, routeHref, START } from '../../lib/navigation';
import { usePageTitle } from '../../lib/page-title';
import { openShareLink } from '../../lib/share-link';

interface OpenLinkPageProps {
  payload: string;
  onAnswersChange: (answers: AnswersDraft) => void;
}

/**
 * Opens answers brought from another device: checked like saved answers, then shown on the check
 * page (the link is replaced in the history, so the answers do not stay in it). A link that cannot
 * be read is refused and nothing is guessed; the answers already on this device are kept.
 */
export function OpenLinkPage({ payload, onAnswersChange }: OpenLinkPageProps) {
  const [opened] = useState(() => openShareLink(payload));
  usePageTitle(opened.ok ? 'Opening your answers' : 'This link cannot be opened');
  useEffect(() => {
    if (!opened.ok) return;
    onAnswersChange(opened.answers);
    navigate(CHECK, { replace: true });
  }, [opened, onAnswersChange]);

  if (opened.ok) return <p>Opening your answers…</p>;
  return (
    <>
      <h1 tabIndex={-1}>This link cannot be opened</h1>
      <p>It may be damaged, or from another version of this tool. Nothing has been changed on this device.</p>
      <p>
        Make a new link on the device where you answered the questions, or <a href={routeHref(START)}>start the questions here</a>
        .
      </p>
    </>
  );
}
