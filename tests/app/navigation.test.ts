// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECK,
  CHECK_IN,
  navigate,
  openLink,
  questionsPage,
  RESULT,
  RESUME,
  routeHref,
  rulesPage,
  START,
  SUMMARY,
  useRoute,
  type Route,
} from '../../src/app/lib/navigation';

const kebab = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const route: fc.Arbitrary<Route> = fc.oneof(
  fc.constantFrom(START, RESUME, CHECK, CHECK_IN, RESULT, SUMMARY),
  fc.tuple(kebab, fc.boolean()).map(([id, changing]) => questionsPage(id, changing)),
  fc.array(kebab, { maxLength: 4 }).map((ids) => rulesPage(...ids)),
  fc.stringMatching(/^1\.[A-Za-z0-9_-]{1,40}$/).map(openLink),
);

/** The page the app shows for the URL it is at, as it reads it. */
function routeAt(hash: string) {
  window.location.hash = hash;
  const { result, unmount } = renderHook(useRoute);
  const read = result.current;
  unmount();
  return read;
}

describe('the URL of a page', () => {
  it('brings back the same page: every route survives being written as a link and read again', () => {
    fc.assert(
      fc.property(route, (to) => {
        act(() => navigate(to));
        const { result, unmount } = renderHook(useRoute);
        expect(result.current).toEqual(to);
        expect(window.location.hash).toBe(routeHref(to));
        unmount();
      }),
      { numRuns: 300 },
    );
  });

  it('reads anything it does not know as the start page, never as a page further on', () => {
    for (const hash of ['', '#', '#/nowhere', '#/page/', '#/page/Not_A_Page', '#/change/../result', '#/open/']) {
      expect(routeAt(hash)).toEqual(START);
    }
  });

  it('reads #/questions as "wherever the person is up to"', () => {
    expect(routeAt('#/questions')).toEqual(RESUME);
  });
});
