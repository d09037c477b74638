import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/run-cli';
import { benignAnswers } from './helpers/answers';

const root = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'triage-cli-'));

/** Runs the command line exactly as the contract states it. */
function triageCommand(file: string, stdin?: string) {
  const run = spawnSync('npm', ['run', '--silent', 'triage', '--', file], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const writeJson = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

describe('npm run triage', { timeout: 60_000 }, () => {
  it('triages one answer set from a file and prints the result as JSON', () => {
    const { code, out } = triageCommand(writeJson('one.json', JSON.stringify(benignAnswers({ chestPain: true }))));
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.disposition).toBe('emergency');
    expect(result.causes[0].id).toBe('heart_attack');
  });

  it('reads "-" as standard input and answers an array with an array, in order', () => {
    const input = JSON.stringify([benignAnswers(), benignAnswers({ fever: true }), benignAnswers({ armNumbness: true })]);
    const { code, out } = triageCommand('-', input);
    expect(code).toBe(0);
    expect(JSON.parse(out).map((r: { disposition: string }) => r.disposition)).toEqual(['self_care', 'urgent', 'doctor']);
  });

  it('refuses a contract breach with exit 2, nothing on standard output, and every bad field named', () => {
    const input = JSON.stringify([benignAnswers(), { ...benignAnswers({ severity: 12 }), chestpain: true }]);
    const { code, out, err } = triageCommand('-', input);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('[1] severity: must be at most 10 (got 12)');
    expect(err).toContain('[1] chestpain: is not a field of the answers contract');
  });

  it('refuses malformed JSON with exit 2', () => {
    const { code, out, err } = triageCommand(writeJson('bad.json', '{"chestPain": tru'));
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(/is not valid JSON/);
  });

  it('refuses a missing file with exit 2', () => {
    const { code, out, err } = triageCommand(join(scratch, 'missing.json'));
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(/cannot read .*missing\.json/);
  });
});

describe('npm run triage -- --region', { timeout: 60_000 }, () => {
  const run = (args: string[]) => {
    const done = spawnSync('npm', ['run', '--silent', 'triage', '--', ...args, '-'], {
      cwd: root,
      input: JSON.stringify(benignAnswers({ chestPain: true })),
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: done.status, out: done.stdout, err: done.stderr };
  };

  it('names the region’s emergency number and same-day line beside the result, from rules/regions.json', () => {
    const { code, out } = run(['--region', 'au']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.disposition).toBe('emergency');
    expect(result.contacts).toEqual({
      region: 'au',
      emergency: { display: '000', dial: '000' },
      sameDayLine: { name: 'healthdirect', display: '1800 022 222', dial: '1800022222' },
    });
  });

  it('without a region, says "Somewhere else": no emergency number claimed, 112 only to dial from a mobile', () => {
    const { code, out } = run([]);
    expect(code).toBe(0);
    expect(JSON.parse(out).contacts).toEqual({ region: 'other', emergency: { dial: '112' } });
  });

  it('refuses a region it does not know with exit 2, naming the ones it does, and prints no result', () => {
    const { code, out, err } = run(['--region', 'mars']);
    expect([code, out]).toEqual([2, '']);
    expect(err).toBe('--region: "mars" is not a region of rules/regions.json (uk, ie, eu, us, ca, au, nz, in, other)\n');
    expect(run(['--region']).code).toBe(2);
  });
});

describe('the command line when triage itself fails', () => {
  it('exits 3 with the reason and no result, never a guess', async () => {
    const said: string[] = [];
    const io = {
      readFile: () => JSON.stringify(benignAnswers()),
      out: (t: string) => said.push(`out:${t}`),
      err: (t: string) => said.push(`err:${t}`),
    };
    const code = await runCli(['answers.json'], io, () => {
      throw new Error('The triage rules are broken: lungs.json › x: bad');
    });
    expect(code).toBe(EXIT.failed);
    expect(said).toEqual([expect.stringMatching(/^err:cannot triage: The triage rules are broken: lungs\.json › x: bad/)]);
  });

  it('shows its usage with exit 2 when no file is named', async () => {
    const said: string[] = [];
    const code = await runCli([], { readFile: () => '', out: () => said.push('out'), err: (t) => said.push(t) });
    expect(code).toBe(EXIT.badInput);
    expect(said[0]).toMatch(/^usage: npm run --silent triage -- FILE/);
  });
});

describe('the command line with broken rules (TRIAGE_RULES_DIR)', { timeout: 60_000 }, () => {
  const brokenRules = (breakIt: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'broken-rules-'));
    cpSync(join(root, 'rules'), dir, { recursive: true });
    breakIt(dir);
    return dir;
  };
  const run = (rulesDir: string) =>
    spawnSync('npm', ['run', '--silent', 'triage', '--', '-'], {
      cwd: root,
      input: JSON.stringify(benignAnswers()),
      encoding: 'utf8',
      env: { ...process.env, TRIAGE_RULES_DIR: rulesDir },
      timeout: 60_000,
    });

  it('triages with a good copy of the rules', () => {
    const result = run(brokenRules(() => {}));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).disposition).toBe('self_care');
  });

  it('exits non-zero with no result, naming the file and the rule, when a rule is broken', () => {
    const result = run(
      brokenRules((dir) => {
        const file = join(dir, 'lungs.json');
        writeFileSync(file, readFileSync(file, 'utf8').replace('"level": "emergency"', '"level": "whenever"'));
      }),
    );
    expect(result.status).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/lungs\.json › struggling-to-breathe: .*level/);
  });

  it('exits non-zero when a rule file is not even JSON', () => {
    const result = run(brokenRules((dir) => writeFileSync(join(dir, 'injury.json'), '{ "rules": [')));
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/injury\.json: /);
  });
});
