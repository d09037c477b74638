import { ENGLISH_IN_THE_APP, messageIn, sayIn, textMessages, type MessageId } from '../../triage';

/**
 * The words the app's own JavaScript carries (src/triage/bundled-text.ts): what the header, the
 * regions and the fail-safe card say before, and without, the rules. Every other page reads its
 * words from the rule set.
 */
export const appMessages = textMessages(ENGLISH_IN_THE_APP);

export const sayInApp = (id: MessageId, values?: Readonly<Record<string, string>>) => sayIn(appMessages, id, values);

export const appMessage = (id: MessageId) => messageIn(appMessages, id);
