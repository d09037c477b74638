/**
 * What ships is what is tested: the triage the web app runs (src/triage/browser-triage.ts, the
 * compact evaluator), built by Vite as the app's chunk is, gives exactly the result the command
 * line's core gives with json-rules-engine (which the vignette tests and the safety properties hold
 * to their expectations) for every vignette and for generated answer sets from the safety
 * properties' generator.
 */
import fc from 'fast-check';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedRuleSet, validateAnswers } from '../src/triage';
import { answersArbitrary } from './helpers/answer-arbitrary';
import { triageAnswers } from './helpers/triage';
import { vignetteFiles } from './helpers/vignettes';

type Browser = typeof import('../src/triage/browser-triage');

const root = join(import.meta.dirname, '..');
let outDir: string;
let bundle: string;
let shipped: { triage: ReturnType<Browser['createBrowserTriage']> };

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'shipped-core-'));
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'silent',
    root,
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: join(root, 'src/triage/browser-triage.ts'), formats: ['es'], fileName: 'browser-triage' },
    },
  });
  const file = join(outDir, 'browser-triage.js');
  bundle = await readFile(file, 'utf8');
  const { createBrowserTriage } = (await import(pathToFileURL(file).href)) as Browser;
  shipped = { triage: createBrowserTriage(shippedRuleSet()) };
}, 120_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

async function shippedResult(input: unknown) {
  const check = validateAnswers(input);
  if (!check.ok) throw new Error(`invalid answers: ${JSON.stringify(check.problems)}`);
  return shipped.triage(check.answers);
}

describe('the triage core as the browser gets it', () => {
  it('runs the compact evaluator: json-rules-engine and its dependencies are not in it', () => {
    expect(bundle).toContain('Undefined fact');
    expect(bundle).not.toMatch(/Almanac|EventEmitter2|hash-it|JSONPath/);
  });

  it.each(
    Object.values(vignetteFiles())
      .flat()
      .map((v) => [v.id, v] as const),
  )('gives the vignette %s the result json-rules-engine gives', async (_id, vignette) => {
    expect(await shippedResult(vignette.answers)).toEqual(await triageAnswers(vignette.answers));
  });

  it('gives every generated answer set the result json-rules-engine gives', async () => {
    await fc.assert(
      fc.asyncProperty(answersArbitrary, async (answers) => {
        expect(await shippedResult(answers)).toEqual(await triageAnswers(answers));
      }),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 3_000) },
    );
  }, 300_000);
});
