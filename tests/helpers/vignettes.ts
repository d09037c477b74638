import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswersInput, Disposition } from '../../src/triage';

export interface Vignette {
  id: string;
  title: string;
  source: string;
  answers: AnswersInput;
  expect: { disposition: Disposition; acceptable: Disposition[]; causes: string[]; review?: Review };
  /** What changed in a blind case after it was written (a question's options), and why. */
  note?: string;
}

/**
 * A clinical review of a blind case where the tool is kept more urgent than its writer's range, on
 * the and the guidance's explicit word: the wider range (never a lower level) and the
 * causes the review stands by, and why. The writer's own range is what over-triage is counted against.
 */
export interface Review {
  acceptable: Disposition[];
  causes?: string[];
  why: string;
}

/** The range and causes a test holds a vignette to: the review's, where there is one. */
export const heldTo = (v: Vignette) => ({
  acceptable: v.expect.review?.acceptable ?? v.expect.acceptable,
  causes: v.expect.review?.causes ?? v.expect.causes,
});

const dir = join(import.meta.dirname, '..', 'vignettes');

/** Every vignette file in tests/vignettes, by file name. */
export const vignetteFiles = (): Record<string, Vignette[]> =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Vignette[]]),
  );

export function publicVignette(id: string): Vignette {
  const found = vignetteFiles()['public.json']?.find((v) => v.id === id);
  if (!found) throw new Error(`no public vignette ${id}`);
  return found;
}
