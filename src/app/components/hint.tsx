import type { ReactNode } from 'react';

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="hint" id={id}>
      {children}
    </div>
  );
}
