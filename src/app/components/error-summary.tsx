import { useEffect, useRef, type MouseEvent } from 'react';

export interface FieldError {
  /** The id of the control to move to. */
  fieldId: string;
  message: string;
}

/** Goes to the control without touching the URL, which holds the page. */
function goToField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  event.preventDefault();
  document.getElementById(fieldId)?.focus();
}

/** Takes focus when it appears, so a screen reader hears what went wrong at once. */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => summary.current?.focus(), []);

  return (
    <div className="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} onClick={(event) => goToField(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
