import { use, type ReactNode } from 'react';
import { sayIn, type Disposition, type MessageId, type Messages } from '../../../triage';
import { CareCard, type CareCardType } from '../../components/care-card';
import { Message } from '../../components/message';
import { useRules } from '../../lib/assessment-context';
import { actionAt, type Region } from '../../lib/regions';

interface CardWords {
  type: CareCardType;
  heading: string;
  body: ReactNode;
}

/** The same-day route for a self-care or see-a-doctor result, its number a link. */
function IfWorse({ region }: { region: Region }) {
  const { clause, line } = region.sameDay;
  return (
    <p>
      If the pain gets worse, or keeps you awake at night,{' '}
      <Message text={clause} values={line ? { line: <a href={`tel:${line.dial}`}>{line.display}</a> } : {}} />; call{' '}
      {region.emergencyNumber.display} if you get any of the emergency signs.
    </p>
  );
}

function wordsFor(disposition: Disposition, region: Region, messages: Messages): CardWords {
  const say = (id: MessageId, values?: Record<string, string>) => sayIn(messages, id, values);
  const emergency = region.emergencyNumber;
  switch (disposition) {
    case 'emergency':
      return {
        type: 'emergency',
        heading: say('level.emergency.cardHeading', { emergency: emergency.display }),
        body: (
          <>
            <p>
              Your answers include a warning sign that needs help straight away. Call {emergency.display} or go to{' '}
              {region.emergencyDepartment} now.
            </p>
            {region.mobileEmergency ? (
              <p className="care-card__action">
                <a href={`tel:${region.mobileEmergency.dial}`}>{region.mobileEmergency.sentence}</a>.
              </p>
            ) : (
              <a className="button button--emergency" href={`tel:${emergency.dial}`}>
                Call {emergency.dial}
              </a>
            )}
            <p>Do not drive yourself. If someone is with you, ask them to stay with you.</p>
          </>
        ),
      };
    case 'urgent': {
      const { line } = region.sameDay;
      return {
        type: 'urgent',
        heading: say('level.urgent.cardHeading'),
        body: (
          <>
            <p className="care-card__action">{actionAt('urgent', region)}.</p>
            {line && (
              <a className="button" href={`tel:${line.dial}`}>
                Call {line.name}
              </a>
            )}
            <p>
              Your answers include something a doctor should check today. If you get worse while you wait, call{' '}
              {emergency.display}.
            </p>
          </>
        ),
      };
    }
    case 'doctor':
      return {
        type: 'non-urgent',
        heading: say('level.doctor.cardHeading', { clinician: region.clinician }),
        body: (
          <>
            <p className="care-card__action">Book an appointment with {region.clinician} in the next few days.</p>
            <p>Your answers include something they should check. Until then, the steps below can help.</p>
            <IfWorse region={region} />
          </>
        ),
      };
    case 'self_care':
      return {
        type: 'self-care',
        heading: say('level.self_care.cardHeading'),
        body: (
          <>
            <p className="care-card__action">Follow the steps below to ease the pain.</p>
            <p>Nothing in your answers needs a doctor to see it now.</p>
            <IfWorse region={region} />
          </>
        ),
      };
  }
}

export function ResultCareCard({ disposition, region }: { disposition: Disposition; region: Region }) {
  const { messages } = use(useRules());
  const { type, heading, body } = wordsFor(disposition, region, messages);
  return (
    <CareCard type={type} disposition={disposition} prefix={sayIn(messages, `level.${disposition}.cardPrefix`)} heading={heading}>
      {body}
    </CareCard>
  );
}
