import { LinkButton } from '../../components/link-button';
import type { AnswersDraft } from '../../lib/answers-draft';
import { minutesToAnswer } from 'virtual:checked-rules';
import { CHECK_IN, RESUME, routeHref } from '../../lib/navigation';
import type { Visit } from '../../lib/check-ins';
import { dayInWords } from '../../components/visit-timeline';
import { usePageTitle } from '../../lib/page-title';
import type { Region, RegionId } from '../../lib/regions';
import { RegionSelect } from './region-select';

interface StartPageProps {
  answers: AnswersDraft;
  visits: Visit[];
  region: Region;
  onRegionChange: (region: RegionId) => void;
  onStartAgain: () => void;
}

export function StartPage({ answers, visits, region, onRegionChange, onStartAgain }: StartPageProps) {
  const { emergencyNumber: emergency, mobileEmergency: mobile } = region;
  const hasAnswers = Object.keys(answers).length > 0;
  usePageTitle('Check your upper back pain after exercise');

  return (
    <>
      <h1 tabIndex={-1}>Check your upper back pain after exercise</h1>
      <p className="lede">
        Answer some questions about your pain. We will tell you how soon to get help, and what you can do yourself.
      </p>

      {visits.length > 0 && (
        <div className="inset-text">
          <h2>How is it today?</h2>
          <p>
            You kept a result on this device on {dayInWords(visits.at(-1)!.date)}. Check in to tell us how the pain is going now.
          </p>
          <LinkButton href={routeHref(CHECK_IN)}>Check in</LinkButton>
        </div>
      )}

      <div className="warning-callout">
        <h2 className="warning-callout__heading">
          <span className="visually-hidden">Important:</span> In an emergency, call {emergency.display}
        </h2>
        <p>
          If you have chest pain, are struggling to breathe, or have collapsed, do not use this tool.{' '}
          {mobile ? `Call ${emergency.display}` : <a href={`tel:${emergency.dial}`}>Call {emergency.display}</a>} now.
        </p>
        {mobile && (
          <p>
            <a href={`tel:${mobile.dial}`}>{mobile.sentence}</a>.
          </p>
        )}
      </div>

      <h2>Who this is for</h2>
      <p>
        People aged 12 or over with pain in the upper back, shoulder blades or the base of the neck that started around a workout
        or exercise.
      </p>
      <p>
        If your pain is somewhere else, or did not start around exercise, this tool is not for you. Speak to a pharmacist, or to{' '}
        {region.clinician}, instead.
      </p>

      <h2>What it does and does not do</h2>
      <ul className="list list--bullet">
        <li>
          It asks about warning signs first, then about your pain and your workout. It takes up to {minutesToAnswer} minutes, less
          if you stop at a warning sign.
        </li>
        <li>It tells you how soon to get help, what might be causing the pain, and how to look after yourself.</li>
        <li>It is not a diagnosis, and it does not replace a doctor, nurse or physiotherapist.</li>
        <li>Your answers stay on this device. Nothing is sent anywhere.</li>
      </ul>

      <RegionSelect region={region.id} onChange={onRegionChange} />

      {hasAnswers ? (
        <div className="button-group">
          <LinkButton href={routeHref(RESUME)}>Continue where you left off</LinkButton>
          <button className="button button--secondary" type="button" onClick={onStartAgain}>
            Start again
          </button>
        </div>
      ) : (
        <LinkButton href={routeHref(RESUME)} modifier="button--start">
          Start now
        </LinkButton>
      )}
    </>
  );
}
