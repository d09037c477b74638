import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswersInput, Disposition } from '../../src/triage';

export interface Vignette {
  id: string;
  title: string;
  source: string;
  answers: AnswersInput;
  expect: { disposition: Disposition; acceptable: Disposition[]; causes: string[] };
}

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
