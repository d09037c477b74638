import { ANSWER_FIELDS } from '../../triage';
import { draftSchema, type AnswersDraft } from './answers-draft';

/**
 * A link that carries the answers to another device in its fragment, which browsers never send to
 * a server. Compact: the answers as a list in the contract's field order (null where unanswered),
 * as UTF-8 JSON in base64url, after a version ("1.") that names the field order. A link from
 * another version, or one that does not read as a valid draft of the contract, is refused.
 */
const VERSION = '1';

const toBase64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const fromBase64Url = (text: string) =>
  new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0)),
  );

export function shareLinkPayload(answers: AnswersDraft): string {
  const values = ANSWER_FIELDS.map((field) => answers[field] ?? null);
  while (values.at(-1) === null) values.pop();
  return `${VERSION}.${toBase64Url(JSON.stringify(values))}`;
}

export type OpenedLink = { ok: true; answers: AnswersDraft } | { ok: false };

export function openShareLink(payload: string): OpenedLink {
  const [version, data, ...rest] = payload.split('.');
  try {
    const values: unknown = version === VERSION && rest.length === 0 && data ? JSON.parse(fromBase64Url(data)) : null;
    if (!Array.isArray(values) || values.length > ANSWER_FIELDS.length) return { ok: false };
    const answers = Object.fromEntries(
      values.flatMap((value: unknown, index) => (value === null ? [] : [[ANSWER_FIELDS[index], value]])),
    ) as AnswersDraft;
    return draftSchema.safeParse(answers).success ? { ok: true, answers } : { ok: false };
  } catch {
    // Not base64url, not UTF-8 or not JSON: damaged on the way.
    return { ok: false };
  }
}
