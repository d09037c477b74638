import type { ReactNode } from 'react';
import type { Disposition } from '../../triage';

export type CareCardType = 'emergency' | 'urgent' | 'non-urgent' | 'self-care';

interface CareCardProps {
  type: CareCardType;
  disposition: Disposition;
  /** Read out before the heading, as NHS care cards do, e.g. "Immediate action required:". */
  prefix: string;
  heading: string;
  children: ReactNode;
}

/** The NHS care card: the level of care, as the page's heading. */
export function CareCard({ type, disposition, prefix, heading, children }: CareCardProps) {
  return (
    <section className={`care-card care-card--${type}`} data-disposition={disposition} aria-labelledby="care-card-heading">
      <div className="care-card__heading-container">
        <h1 className="care-card__heading" id="care-card-heading" tabIndex={-1}>
          <span className="visually-hidden">{prefix}</span> {heading}
        </h1>
        <span className="care-card__arrow" aria-hidden="true" />
      </div>
      <div className="care-card__content">{children}</div>
    </section>
  );
}
