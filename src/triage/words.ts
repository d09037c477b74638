/**
 * Every word a person reads is a message in a catalogue, keyed by a stable id, one catalogue per
 * language (rules/text/<language>/). A message is a whole sentence or phrase; what changes inside
 * it is a named placeholder, "{line}", never words joined by code.
 */
export type Messages = Readonly<Record<string, string>>;

/** The ids a catalogue must hold, each with the placeholders its message must use (sorted). */
export type ExpectedMessages = ReadonlyMap<string, readonly string[]>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

export const placeholdersOf = (message: string): string[] =>
  [...new Set(Array.from(message.matchAll(PLACEHOLDER), (match) => match[1] ?? ''))].sort();

/** A message cut at its placeholders: text, then a placeholder's name, then text, and so on. */
export function partsOf(message: string): { text: string; placeholder?: string }[] {
  const parts: { text: string; placeholder?: string }[] = [];
  let at = 0;
  for (const match of message.matchAll(PLACEHOLDER)) {
    parts.push({ text: message.slice(at, match.index), placeholder: match[1] });
    at = match.index + match[0].length;
  }
  parts.push({ text: message.slice(at) });
  return parts;
}

/** The message with its placeholders filled in; a placeholder with no value is a programming error. */
export function fillIn(message: string, values: Readonly<Record<string, string>> = {}): string {
  return partsOf(message)
    .map(({ text, placeholder }) => {
      if (placeholder === undefined) return text;
      const value = values[placeholder];
      if (value === undefined) throw new Error(`no value for {${placeholder}} in "${message}"`);
      return text + value;
    })
    .join('');
}

/** The ids a catalogue holds, with their placeholders: what another language's catalogue must match. */
export const idsIn = (content: unknown): ExpectedMessages =>
  new Map(
    Object.entries(typeof content === 'object' && content !== null ? content : {}).map(([id, message]) => [
      id,
      typeof message === 'string' ? placeholdersOf(message) : [],
    ]),
  );

const list = (names: readonly string[]) => (names.length === 0 ? 'none' : names.map((n) => `{${n}}`).join(', '));

/** Every way a catalogue falls short of what the code and data expect of it: a missing, unknown or empty message, or placeholders that do not match. */
export function messagesProblems(file: string, content: unknown, expected: ExpectedMessages): string[] {
  if (typeof content !== 'object' || content === null || Array.isArray(content))
    return [`${file}: must be an object of messages, each id to its words`];
  const problems: string[] = [];
  for (const [id, message] of Object.entries(content)) {
    const wanted = expected.get(id);
    if (id === '$schema') continue;
    if (!wanted) problems.push(`${file} › ${id}: not a known message id`);
    else if (typeof message !== 'string' || message.trim() === '') problems.push(`${file} › ${id}: must be words, not empty`);
    else if (placeholdersOf(message).join() !== [...wanted].sort().join())
      problems.push(`${file} › ${id}: has placeholders ${list(placeholdersOf(message))}, needs ${list([...wanted].sort())}`);
  }
  for (const id of expected.keys()) if (!(id in content)) problems.push(`${file} › ${id}: missing`);
  return problems;
}
