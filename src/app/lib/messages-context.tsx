import { createContext, useContext, type ReactNode } from 'react';
import type { Messages } from '../../triage';

const MessagesContext = createContext<Messages | null>(null);

/**
 * The person's language's messages, given once by the app. Pages loaded on demand read them here
 * rather than importing a catalogue, so that no catalogue is split out of the first chunk.
 */
export function MessagesProvider({ messages, children }: { messages: Messages; children: ReactNode }) {
  return <MessagesContext value={messages}>{children}</MessagesContext>;
}

export function useMessages(): Messages {
  const messages = useContext(MessagesContext);
  if (!messages) throw new Error('the page needs a MessagesProvider');
  return messages;
}
