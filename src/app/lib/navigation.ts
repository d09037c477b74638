import { useEffect, useSyncExternalStore } from 'react';

/** The pages, kept in the URL's hash so the browser's back button and a refresh both work. */
export type Route =
  | { page: 'start' }
  /** `#/questions`: wherever the person is up to. */
  | { page: 'resume' }
  | { page: 'questions'; id: string; changing: boolean }
  | { page: 'check' }
  /** `#/check-in`: "How is it today?", a later visit for a pain kept on this device. */
  | { page: 'check-in' }
  | { page: 'result' }
  | { page: 'summary' }
  /** `rules`: the ids to pick out, e.g. the rules behind one cause of a result. */
  | { page: 'rules'; rules: string[] }
  /** `#/open/<payload>`: answers brought from another device (see share-link.ts). */
  | { page: 'open'; payload: string };

export const START: Route = { page: 'start' };
export const CHECK: Route = { page: 'check' };
export const CHECK_IN: Route = { page: 'check-in' };
export const RESULT: Route = { page: 'result' };
export const SUMMARY: Route = { page: 'summary' };
export const rulesPage = (...rules: string[]): Route => ({ page: 'rules', rules });
export const RESUME: Route = { page: 'resume' };
export const openLink = (payload: string): Route => ({ page: 'open', payload });
export const questionsPage = (id: string, changing = false): Route => ({ page: 'questions', id, changing });

/** A page id as the questionnaire writes them; whether the page exists is for the page to say. */
const isPageId = (id: string | undefined): id is string => !!id && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id);

function parseRoute(hash: string): Route {
  const [, page, field] = hash.replace(/^#/, '').split('/');
  if ((page === 'page' || page === 'change') && isPageId(field)) return questionsPage(field, page === 'change');
  if (page === 'questions') return RESUME;
  if (page === 'open' && field) return openLink(field);
  if (page === 'check') return CHECK;
  if (page === 'check-in') return CHECK_IN;
  if (page === 'result') return RESULT;
  if (page === 'summary') return SUMMARY;
  // Rule ids are kebab-case, so "+" can join several: #/rules/doms-timing+doms-spread-out.
  if (page === 'rules') return rulesPage(...(field ?? '').split('+').filter(Boolean));
  return START;
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'start':
      return '#/';
    case 'resume':
      return '#/questions';
    case 'questions':
      return `#/${route.changing ? 'change' : 'page'}/${route.id}`;
    case 'rules':
      return route.rules.length > 0 ? `#/rules/${route.rules.join('+')}` : '#/rules';
    case 'open':
      return `#/open/${route.payload}`;
    default:
      return `#/${route.page}`;
  }
}

export function navigate(route: Route, { replace = false } = {}): void {
  const href = routeHref(route);
  // A replaced page keeps what the tab remembers (see tab-memory.ts).
  if (replace) window.history.replaceState(window.history.state, '', href);
  else window.location.hash = href;
  // Tell the app now: the browser's own hashchange comes a task later, after repainting the old page.
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

/** Sends the person elsewhere when they reach a page they cannot use yet, e.g. the result before the questions. */
export function Redirect({ to }: { to: Route }) {
  const href = routeHref(to);
  useEffect(() => navigate(parseRoute(href), { replace: true }), [href]);
  return null;
}
