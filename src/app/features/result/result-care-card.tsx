import type { ReactNode } from 'react';
import type { Disposition } from '../../../triage';
import { CareCard, type CareCardType } from '../../components/care-card';
import type { Region } from '../../lib/regions';

interface CardWords {
  type: CareCardType;
  prefix: string;
  heading: string;
  body: ReactNode;
}

function wordsFor(disposition: Disposition, region: Region): CardWords {
  const emergency = region.emergencyNumber;
  switch (disposition) {
    case 'emergency':
      return {
        type: 'emergency',
        prefix: 'Immediate action required:',
        heading: `Call ${emergency.display} now`,
        body: (
          <>
            <p>
              Your answers include a warning sign that needs help straight away. Call {emergency.display} or go to{' '}
              {region.emergencyDepartment} now.
            </p>
            <a className="button button--emergency" href={`tel:${emergency.dial}`}>
              Call {emergency.display}
            </a>
            <p>Do not drive yourself. If someone is with you, ask them to stay with you.</p>
          </>
        ),
      };
    case 'urgent': {
      const line = region.urgentCare.number;
      return {
        type: 'urgent',
        prefix: 'Urgent advice:',
        heading: 'Get medical help today',
        body: (
          <>
            <p className="care-card__action">{region.urgentCare.action}</p>
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
        prefix: 'Non-urgent advice:',
        heading: `See ${region.clinician} in the next few days`,
        body: (
          <>
            <p className="care-card__action">Book an appointment with {region.clinician} in the next few days.</p>
            <p>Your answers include something they should check. Until then, the steps below can help.</p>
          </>
        ),
      };
    case 'self_care':
      return {
        type: 'self-care',
        prefix: 'Self-care advice:',
        heading: 'You can look after this at home',
        body: (
          <>
            <p className="care-card__action">Follow the steps below to ease the pain.</p>
            <p>Your answers do not include any warning signs.</p>
          </>
        ),
      };
  }
}

export function ResultCareCard({ disposition, region }: { disposition: Disposition; region: Region }) {
  const { type, prefix, heading, body } = wordsFor(disposition, region);
  return (
    <CareCard type={type} disposition={disposition} prefix={prefix} heading={heading}>
      {body}
    </CareCard>
  );
}
