import { Fragment, use, type ReactNode } from 'react';
import { messageIn, partsOf, sayCount, sayIn, type MessageId } from '../../triage';
import { useRules } from '../lib/assessment-context';

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

/** The words that come with the rules, for a page that shows them (it waits for the rules, as React's `use` does). */
export function useRuleWords() {
  const { messages, language } = use(useRules());
  return {
    say: (id: MessageId, values?: Readonly<Record<string, string>>) => sayIn(messages, id, values),
    sayWith: (id: MessageId, values: Readonly<Record<string, ReactNode>>) => (
      <Message text={messageIn(messages, id)} values={values} />
    ),
    sayCount: (id: Parameters<typeof sayCount>[2], count: number) => sayCount(messages, language, id, count),
    /** "a, b and c" in the language's own way. */
    list: (items: string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items),
  };
}
