import type englishCare from '../../rules/text/en/care.json';
import type englishLevels from '../../rules/text/en/levels.json';
import { fillIn, type Messages } from './words';

/** An id of a message the code says itself: the compiler refuses one that English does not have. */
export type MessageId = keyof typeof englishCare | keyof typeof englishLevels;

/** The message itself, for one whose placeholders an element fills (app/components/message.tsx). */
export const messageIn = (messages: Messages, id: MessageId) => messages[id] ?? id;

/** A message with its placeholders filled in. */
export const sayIn = (messages: Messages, id: MessageId, values?: Readonly<Record<string, string>>) =>
  fillIn(messages[id] ?? id, values);
