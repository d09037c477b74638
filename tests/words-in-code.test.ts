import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import baseline from './words-in-code.json';
import { tsxFiles, wordsInCode } from './helpers/words-in-code';

/**
 * Issue 18: every word a person reads is data (rules/text/<language>/), never a literal in the app's
 * code. What is left to move is counted in tests/words-in-code.json, a file at a time; the count may
 * only go down: a new sentence written into a component fails here, naming it.
 */
const root = join(import.meta.dirname, '..');
const allowed = baseline as Record<string, number>;
const counts = Object.fromEntries(tsxFiles(join(root, 'src', 'app'), root).map((file) => [file, wordsInCode(join(root, file))]));

describe('words a person reads, left in the app’s code', () => {
  it('are no more than before in any file, and none in a new file: new words go in a catalogue', () => {
    const over = Object.entries(counts)
      .filter(([file, words]) => words.length > (allowed[file] ?? 0))
      .map(([file, words]) => `${file}: ${words.length} (allowed ${allowed[file] ?? 0}): ${words.join(' | ')}`);
    expect(over).toEqual([]);
  });

  it('are counted down as they move: a file with fewer than its count lowers it in tests/words-in-code.json', () => {
    const under = Object.entries(allowed)
      .filter(([file, n]) => (counts[file]?.length ?? 0) < n)
      .map(([file, n]) => `${file}: ${counts[file]?.length ?? 0}, counted ${n}`);
    expect(under).toEqual([]);
  });

  it('are none in the care card, the fail-safe card and the timeline, whose words are all in rules/text/en/', () => {
    expect(counts['src/app/features/result/result-care-card.tsx']).toEqual([]);
    expect(counts['src/app/features/result/fallback-result.tsx']).toEqual([]);
    expect(counts['src/app/components/visit-timeline.tsx']).toEqual([]);
  });

  it('are found wherever a person would read them: text, a heading given as a prop, a page title', () => {
    const probe = join(mkdtempSync(join(tmpdir(), 'words-in-code-')), 'probe.tsx');
    writeFileSync(
      probe,
      `export const P = () => { usePageTitle('Your result here'); return <Card className="care-card" id="x-y" heading="Call now">
        <p>Rest and ice</p>{say('card.emergency.why')}{cond ? 'See a GP' : null}</Card>; };`,
    );
    expect(wordsInCode(probe)).toEqual(['Your result here', 'Call now', 'Rest and ice', 'See a GP']);
  });
});
