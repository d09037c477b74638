import { Fragment, type ReactNode } from 'react';
import { partsOf } from '../../triage';

/** A catalogue's message with its placeholders filled by elements, such as a phone number's link. */
export function Message({ text, values }: { text: string; values: Readonly<Record<string, ReactNode>> }) {
  return (
    <>
      {partsOf(text).map((part, i) => (
        <Fragment key={i}>
          {part.text}
          {part.placeholder !== undefined && values[part.placeholder]}
        </Fragment>
      ))}
    </>
  );
}
