import { useEffect } from 'react';
import { CareCard } from '../../components/care-card';
import { focusPageHeading } from '../../lib/page-focus';
import { usePageTitle } from '../../lib/page-title';
import type { Region } from '../../lib/regions';

/**
 * Shown when the rules cannot be loaded or the engine fails. It never reassures: it names the
 * emergency signs and sends the person to a clinician. It carries "doctor", the least care it advises.
 */
export function FallbackResult({ region }: { region: Region }) {
  const emergency = region.emergencyNumber.display;
  const mobile = region.mobileEmergency;
  usePageTitle('We cannot check your symptoms');
  useEffect(focusPageHeading, []);
  return (
    <CareCard type="urgent" disposition="doctor" prefix="Important:" heading="We cannot check your symptoms right now">
      <p>Something went wrong, so this tool cannot give you a result. Please do not take this as a sign that you are fine.</p>
      <p>
        <strong>Call {emergency} now</strong> if you:
      </p>
      <ul className="list list--bullet">
        <li>have chest pain, pressure or tightness, or pain spreading to your arm, neck or jaw</li>
        <li>have a cold sweat, or feel sick or light-headed with the pain</li>
        <li>are struggling to breathe</li>
        <li>have a sudden, severe tearing pain</li>
        <li>have fainted or collapsed</li>
        <li>have new numbness or weakness in your legs, or trouble peeing or controlling your bladder or bowels</li>
      </ul>
      {mobile && (
        <p>
          <a href={`tel:${mobile.dial}`}>{mobile.sentence}</a>.
        </p>
      )}
      <p className="care-card__action">
        Otherwise, see {region.clinician} about your pain: today if it is severe or getting worse.
      </p>
    </CareCard>
  );
}
