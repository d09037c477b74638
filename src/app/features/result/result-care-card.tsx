import type { ReactNode } from 'react';
import type { Disposition } from '../../../triage';
import { CareCard, type CareCardType } from '../../components/care-card';
import { Message, useRuleWords } from '../../components/message';
import { actionAt, type Region } from '../../lib/regions';

interface CardWords {
  type: CareCardType;
  heading: string;
  body: ReactNode;
}

type RuleWords = ReturnType<typeof useRuleWords>;
type Say = RuleWords['say'];
type SayWith = RuleWords['sayWith'];

/** The same-day route for a self-care or see-a-doctor result, its number a link. */
function IfWorse({ region, sayWith }: { region: Region; sayWith: SayWith }) {
  const { clause, line } = region.sameDay;
  const sameDay = <Message text={clause} values={line ? { line: <a href={`tel:${line.dial}`}>{line.display}</a> } : {}} />;
  return <p>{sayWith('card.ifWorse', { sameDay, emergency: region.emergencyNumber.display })}</p>;
}

function wordsFor(disposition: Disposition, region: Region, say: Say, sayWith: SayWith): CardWords {
  const emergency = region.emergencyNumber;
  switch (disposition) {
    case 'emergency':
      return {
        type: 'emergency',
        heading: say('level.emergency.cardHeading', { emergency: emergency.display }),
        body: (
          <>
            <p>{say('card.emergency.why', { emergency: emergency.display, emergencyDepartment: region.emergencyDepartment })}</p>
            {region.mobileEmergency ? (
              <p className="care-card__action">
                {sayWith('card.emergency.mobile', {
                  mobileEmergency: <a href={`tel:${region.mobileEmergency.dial}`}>{region.mobileEmergency.sentence}</a>,
                })}
              </p>
            ) : (
              <a className="button button--emergency" href={`tel:${emergency.dial}`}>
                {say('card.emergency.callButton', { number: emergency.dial })}
              </a>
            )}
            <p>{say('card.emergency.stayWithSomeone')}</p>
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
            <p className="care-card__action">{say('card.urgent.action', { sameDayAction: actionAt('urgent', region) })}</p>
            {line && (
              <a className="button" href={`tel:${line.dial}`}>
                {say('card.urgent.callButton', { line: line.name })}
              </a>
            )}
            <p>{say('card.urgent.why', { emergency: emergency.display })}</p>
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
            <p className="care-card__action">{say('card.doctor.action', { clinician: region.clinician })}</p>
            <p>{say('card.doctor.why')}</p>
            <IfWorse region={region} sayWith={sayWith} />
          </>
        ),
      };
    case 'self_care':
      return {
        type: 'self-care',
        heading: say('level.self_care.cardHeading'),
        body: (
          <>
            <p className="care-card__action">{say('card.self_care.action')}</p>
            <p>{say('card.self_care.why')}</p>
            <IfWorse region={region} sayWith={sayWith} />
          </>
        ),
      };
  }
}

export function ResultCareCard({ disposition, region }: { disposition: Disposition; region: Region }) {
  const { say, sayWith } = useRuleWords();
  const { type, heading, body } = wordsFor(disposition, region, say, sayWith);
  return (
    <CareCard type={type} disposition={disposition} prefix={say(`level.${disposition}.cardPrefix`)} heading={heading}>
      {body}
    </CareCard>
  );
}
