/**
 * Where the answers, the region and the check-ins are kept when the browser will not store anything (Safari's
 * private mode, a full quota, a policy): this tab's history entry. A refresh keeps it; closing the
 * tab forgets it; nothing is written to the device.
 */
export interface TabMemory {
  answers?: unknown;
  region?: unknown;
  visits?: unknown;
}

const current = (): TabMemory => {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null ? state : {};
};

let remembered: TabMemory = {};

function keep(state: TabMemory): void {
  try {
    window.history.replaceState(state, '');
  } catch {
    // A state the browser cannot keep leaves the answers in the page's memory only.
  }
}

export const tabMemory = {
  /** What this tab kept, e.g. before a refresh. */
  read(): TabMemory {
    remembered = current();
    return remembered;
  },
  write(memory: TabMemory): void {
    remembered = { ...remembered, ...memory };
    keep(remembered);
  },
  /** Every new page is a new history entry, which starts empty: it gets what the tab remembers. */
  carryForward(): void {
    if (Object.keys(remembered).length > 0) keep({ ...current(), ...remembered });
  },
};
