import { useEffect } from 'react';
import { failSafeSigns } from 'virtual:checked-rules';
import { CareCard } from '../../components/care-card';
import { Message } from '../../components/message';
import { appMessage, sayInApp } from '../../lib/app-words';
import { focusPageHeading } from '../../lib/page-focus';
import { usePageTitle } from '../../lib/page-title';
import type { Region } from '../../lib/regions';

/**
 * Shown when the rules cannot be loaded or the engine fails. It never reassures: it names the
 * emergency signs (the catalogue's own, taken by the build, so this card needs nothing the rules
 * would have brought) and sends the person to a clinician. It carries "doctor", the least care it advises.
 */
export function FallbackResult({ region }: { region: Region }) {
  const mobile = region.mobileEmergency;
  usePageTitle(sayInApp('failSafe.title'));
  useEffect(focusPageHeading, []);
  const callNow = <strong>{sayInApp('failSafe.callNow', { emergency: region.emergencyNumber.display })}</strong>;
  return (
    <CareCard type="urgent" disposition="doctor" prefix={sayInApp('failSafe.prefix')} heading={sayInApp('failSafe.heading')}>
      <p>{sayInApp('failSafe.notFine')}</p>
      <p>
        <Message text={appMessage('failSafe.callIf')} values={{ callNow }} />
      </p>
      <ul className="list list--bullet">
        {failSafeSigns.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
        {/* Wider than the safety net: without the rules nothing tells a nerve from the heart, and a
            pressure spreading to the arm or jaw is an emergency (rule pressure-spreading-to-arm-or-jaw). */}
        <li>{sayInApp('failSafe.spreadingPain')}</li>
      </ul>
      {mobile && (
        <p>
          <Message
            text={appMessage('failSafe.mobile')}
            values={{ mobileEmergency: <a href={`tel:${mobile.dial}`}>{mobile.sentence}</a> }}
          />
        </p>
      )}
      <p className="care-card__action">{sayInApp('failSafe.otherwise', { clinician: region.clinician })}</p>
    </CareCard>
  );
}
