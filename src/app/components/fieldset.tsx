import type { ReactNode } from 'react';

/** A group of choices for one question, the question as its legend (one of several on a page). */
export function Fieldset({ legend, describedBy, children }: { legend: string; describedBy?: string; children: ReactNode }) {
  return (
    <fieldset className="fieldset" aria-describedby={describedBy}>
      <legend className="fieldset__legend fieldset__legend--m">{legend}</legend>
      {children}
    </fieldset>
  );
}
