import type { ReactNode } from 'react';

/** A group of choices whose legend is the page's heading (the question-page pattern). */
export function Fieldset({ heading, describedBy, children }: { heading: string; describedBy?: string; children: ReactNode }) {
  return (
    <fieldset className="fieldset" aria-describedby={describedBy}>
      <legend className="fieldset__legend fieldset__legend--l">
        <h1 className="fieldset__heading" tabIndex={-1}>
          {heading}
        </h1>
      </legend>
      {children}
    </fieldset>
  );
}
