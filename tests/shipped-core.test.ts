/**
 * What ships is what is tested: the triage core as the browser gets it, built by Vite with the
 * same stand-ins for json-rules-engine's dependencies (src/engine-stand-ins/), gives exactly the
 * result the Node core gives (which the vignette tests and the safety properties hold to their
 * expectations) for every vignette and for generated answer sets from the safety properties'
 * generator. The Node core loads the real packages; only the bundle meets the stand-ins.
 */
import fc from 'fast-check';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_STAND_INS } from '../src/engine-stand-ins/aliases';
import { answersArbitrary } from './helpers/answer-arbitrary';
import { triageAnswers } from './helpers/triage';
import { vignetteFiles } from './helpers/vignettes';

type Core = typeof import('../src/triage');

const root = join(import.meta.dirname, '..');
let outDir: string;
let bundle: string;
let shipped: { triage: ReturnType<Core['createTriage']>; validate: Core['validateAnswers'] };

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'shipped-core-'));
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'silent',
    root,
    resolve: { alias: ENGINE_STAND_INS },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: join(root, 'src/triage/index.ts'), formats: ['es'], fileName: 'triage-core' },
    },
  });
  const file = join(outDir, 'triage-core.js');
  bundle = await readFile(file, 'utf8');
  const core = (await import(pathToFileURL(file).href)) as Core;
  shipped = { triage: core.createTriage(core.shippedRuleSet()), validate: core.validateAnswers };
}, 120_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

async function shippedResult(input: unknown) {
  const check = shipped.validate(input);
  if (!check.ok) throw new Error(`invalid answers: ${JSON.stringify(check.problems)}`);
  return shipped.triage(check.answers);
}

describe('the triage core as the browser gets it', () => {
  it('is built with the stand-ins, not the real packages', () => {
    expect(bundle).toMatch(/rule conditions with a \\?"path\\?" are not supported/);
    expect(bundle).toContain('this app listens to none');
    expect(bundle).not.toMatch(/EventEmitter2|wildcard/);
    expect(bundle).not.toMatch(/__isBuffer|_instanceof/);
  });

  it.each(
    Object.values(vignetteFiles())
      .flat()
      .map((v) => [v.id, v] as const),
  )('gives the vignette %s the result the Node core gives', async (_id, vignette) => {
    expect(await shippedResult(vignette.answers)).toEqual(await triageAnswers(vignette.answers));
  });

  it('gives every generated answer set the result the Node core gives', async () => {
    await fc.assert(
      fc.asyncProperty(answersArbitrary, async (answers) => {
        expect(await shippedResult(answers)).toEqual(await triageAnswers(answers));
      }),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 3_000) },
    );
  }, 300_000);
});
