/** One radio or checkbox: `value` is what the form sends. */
export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

export const choiceId = (name: string, value: string) => `${name}-${value}`;
