import { use, useState } from 'react';
import type { TriageResult } from '../../../triage';
import type { AnswersDraft } from '../../lib/answers-draft';
import { useRules } from '../../lib/assessment-context';
import type { Visit } from '../../lib/check-ins';
import { openLink, routeHref } from '../../lib/navigation';
import { shareLinkPayload } from '../../lib/share-link';

interface HandOverProps {
  /** The answers that count: those to the questions asked. */
  answers: AnswersDraft;
  result: TriageResult;
  /** At a check-in, the visits before, kept on this device: they go in the FHIR file too. */
  earlier: Visit[];
  /** The region whose numbers the result gave: the FHIR file names them. */
  region: string;
}

/** Hands the answers on: a FHIR file for a clinician's system, or a link that opens them on another device. */
export function HandOver({ answers, result, earlier, region }: HandOverProps) {
  const rules = use(useRules());
  const [link, setLink] = useState<string>();

  // Loaded only when asked for, so that it costs the result nothing.
  const download = () =>
    import('./hand-over-actions').then(({ downloadFhir }) => downloadFhir(rules, answers, result, earlier, region));
  const showLink = () => setLink(`${location.origin}${location.pathname}${routeHref(openLink(shareLinkPayload(answers)))}`);

  return (
    <section className="section no-print" aria-labelledby="hand-over-heading">
      <h2 id="hand-over-heading">Take your answers with you</h2>
      <p>
        A clinic&apos;s system can read this file (HL7 FHIR): your answers and the result. It is saved on this device; nothing is
        sent anywhere.
      </p>
      <div className="button-group">
        <button className="button button--secondary" type="button" onClick={() => void download()}>
          Download for your clinician (FHIR)
        </button>
        {!link && (
          <button className="button button--secondary" type="button" onClick={showLink}>
            Open on another device
          </button>
        )}
      </div>
      {link && (
        <div className="form-group">
          <label className="label label--m" htmlFor="share-link">
            A link to your answers
          </label>
          <p className="hint" id="share-link-hint">
            Anyone who has this link can read your answers: send it only to yourself. The answers are in the link, after the #,
            which browsers never send to a server. Copy it from the box below.
          </p>
          <input
            className="input"
            id="share-link"
            type="text"
            readOnly
            value={link}
            aria-describedby="share-link-hint"
            onFocus={(event) => event.target.select()}
          />
        </div>
      )}
    </section>
  );
}
