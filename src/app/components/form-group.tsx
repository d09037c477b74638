import type { ReactNode } from 'react';

export function FormGroup({ hasError, children }: { hasError: boolean; children: ReactNode }) {
  return <div className={hasError ? 'form-group form-group--error' : 'form-group'}>{children}</div>;
}
