import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/run-cli';
import { fhirBundle } from '../src/triage';
import { benignAnswers } from './helpers/answers';
import { ruleSet, triageAnswers } from './helpers/triage';
import { vignetteFiles } from './helpers/vignettes';

/** Runs the command line's own entry in-process on a file's text; what it said, and the exit code. */
async function run(text: string, options: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...options, 'answers.json'], {
    readFile: () => text,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join(''), err: err.join('') };
}

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'hostile-'));

/** The real command, on a file of bytes, as a person would run it. */
function runFile(name: string, bytes: string | Buffer) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return spawnSync('npx', ['tsx', 'src/cli/triage.ts', file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** Exit 0 with a JSON result, or exit 2 with nothing printed and the problem on standard error: never a throw. */
function expectTriagedOrRefused({ code, out, err }: { code: number; out: string; err: string }) {
  expect([EXIT.ok, EXIT.badInput]).toContain(code);
  if (code === EXIT.ok) {
    expect(() => JSON.parse(out)).not.toThrow();
  } else {
    expect(out).toBe('');
    expect(err.length).toBeGreaterThan(0);
  }
}

describe('the command line, given hostile input', { timeout: 120_000 }, () => {
  it('refuses a list nested 100,000 deep with exit 2 and a short message, not a stack overflow', () => {
    const result = runFile('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(result.status).toBe(EXIT.badInput);
    expect(result.stderr).toMatch(/must be a JSON object of answers \(got \[\[\[…\]\]\]\)/);
    expect(result.stderr.length).toBeLessThan(500);
  });

  it('refuses a value nested 50,000 deep, naming the field', async () => {
    const { code, err } = await run(`{"chestPain":${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
    expect(code).toBe(EXIT.badInput);
    expect(err).toMatch(/^chestPain: must be one of true, false, "unsure" \(got \[\[\[…\]\]\]\)$/m);
  });

  it('cuts a huge string in its message', async () => {
    const { code, err } = await run(JSON.stringify(benignAnswers({ side: 'x'.repeat(5_000_000) as never })));
    expect(code).toBe(EXIT.badInput);
    expect(err).toMatch(/side: must be one of .* \(got "x{60}"… \(5000000 characters\)\)/);
    expect(err.length).toBeLessThan(1_000);
  });

  it('refuses a file that is not UTF-8, saying so', () => {
    const result = runFile('latin1.json', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    expect(result.status).toBe(EXIT.badInput);
    expect(result.stderr).toMatch(/is not valid UTF-8 text/);
    expect(result.stdout).toBe('');
  });

  it('accepts a byte order mark', () => {
    const result = runFile('bom.json', `\uFEFF${JSON.stringify(benignAnswers())}`);
    expect(result.status).toBe(EXIT.ok);
    expect(JSON.parse(result.stdout).disposition).toBe('self_care');
  });

  it('names "__proto__" and "constructor" as fields the contract does not have, and is not fooled by them', async () => {
    const { code, err } = await run(
      `{${JSON.stringify(benignAnswers()).slice(1, -1)},"__proto__":{"severity":10},"constructor":{"prototype":{"chestPain":true}}}`,
    );
    expect(code).toBe(EXIT.badInput);
    expect(err).toMatch(/^__proto__: is not a field of the answers contract$/m);
    expect(err).toMatch(/^constructor: is not a field of the answers contract$/m);
  });

  it('answers a batch of 2,000 in order, and names the first problems of a broken batch and counts the rest', async () => {
    const good = await run(JSON.stringify(Array.from({ length: 2_000 }, (_, i) => benignAnswers({ chestPain: i % 2 === 0 }))));
    expect(good.code).toBe(EXIT.ok);
    expect((JSON.parse(good.out) as { disposition: string }[]).map((r) => r.disposition).slice(0, 2)).toEqual([
      'emergency',
      'self_care',
    ]);
    const bad = await run(JSON.stringify(Array.from({ length: 1_000 }, () => ({ age: 'old' }))));
    expect(bad.code).toBe(EXIT.badInput);
    expect(bad.err).toMatch(/… and \d+ more\n$/);
  });

  it('gives exit 0 or 2 for any JSON value, never a throw, and prints a result only on 0', async () => {
    const answersWithOneOddValue = fc
      .tuple(fc.constantFrom(...Object.keys(benignAnswers())), fc.jsonValue())
      .map(([field, value]) => ({ ...benignAnswers(), [field]: value }));
    const anyInput = fc.oneof(fc.jsonValue(), answersWithOneOddValue, fc.array(answersWithOneOddValue, { maxLength: 3 }));
    await fc.assert(
      fc.asyncProperty(anyInput, async (input) => {
        expectTriagedOrRefused(await run(JSON.stringify(input)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives exit 2 for any text that is not JSON, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), async (text) => {
        const { code } = await run(text);
        expect([EXIT.ok, EXIT.badInput]).toContain(code);
      }),
      { numRuns: 2_000 },
    );
  });

  it('--from-fhir gives exit 0 or 2 for any JSON value and any damaged Bundle or response, never a throw', async () => {
    const exported = await Promise.all(
      (vignetteFiles()['public.json'] ?? []).map(async ({ answers }) =>
        JSON.parse(JSON.stringify(fhirBundle(ruleSet, answers, await triageAnswers(answers)))),
      ),
    );
    const inputs = [...exported, ...exported.map((bundle) => bundle.entry[0].resource)];
    /** Every place in a JSON value, as a path of keys. */
    const places = (node: unknown, path: (string | number)[] = []): (string | number)[][] =>
      typeof node !== 'object' || node === null
        ? [path]
        : [
            path,
            ...Object.entries(node).flatMap(([key, child]) => places(child, [...path, Array.isArray(node) ? Number(key) : key])),
          ];
    const GONE = Symbol('removed');
    /** A copy with the value at one place replaced (or removed, or a list's item doubled). */
    const damaged = fc
      .tuple(fc.constantFrom(...inputs), fc.nat(), fc.oneof(fc.jsonValue(), fc.constant(GONE)))
      .map(([input, n, value]) => {
        const copy = structuredClone(input);
        const all = places(copy);
        const path = all[n % all.length]!;
        if (path.length === 0) return value === GONE ? null : value;
        const parent = path.slice(0, -1).reduce((node, key) => node[key], copy);
        const key = path.at(-1)!;
        if (value !== GONE) parent[key] = value;
        else if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
        return copy;
      });
    const anyInput = fc.oneof(fc.jsonValue(), damaged, fc.array(damaged, { maxLength: 3 }));
    const codes = new Set<number>();
    await fc.assert(
      fc.asyncProperty(anyInput, async (input) => {
        const ran = await run(JSON.stringify(input), ['--from-fhir']);
        codes.add(ran.code);
        expectTriagedOrRefused(ran);
      }),
      { numRuns: 2_000 },
    );
    // Some damage leaves the answers readable (a display text, an extension): both ways out are taken.
    expect([...codes].sort()).toEqual([EXIT.ok, EXIT.badInput]);
  });

  it('--from-fhir refuses questions nested 50,000 deep with a short message', async () => {
    const deep = `{"resourceType":"QuestionnaireResponse","item":[{"linkId":"heart-signs","item":${'['.repeat(50_000)}${']'.repeat(50_000)}}]}`;
    const { code, err } = await run(deep, ['--from-fhir']);
    expect(code).toBe(EXIT.badInput);
    expect(err).toMatch(/item\[0\]\.item\[0\]: must be an item, a JSON object \(got \[\[\[…\]\]\]\)$/m);
    expect(err.length).toBeLessThan(1_000);
  });
});
