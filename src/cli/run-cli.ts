import { readFileSync } from 'node:fs';
import { createTriage, shippedRuleSet, validateAnswers, type Triage } from '../triage';
import { loadRulesFromDir } from './read-rules-dir';

export interface CliIo {
  readFile: (path: string) => string;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Exit codes: 0 triaged; 2 bad input (unreadable, not JSON, or a contract breach); 3 the rules or engine failed. */
export const EXIT = { ok: 0, badInput: 2, failed: 3 } as const;

const USAGE =
  'usage: npm run --silent triage -- FILE   (FILE holds one answer set or an array of them; "-" reads standard input)';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const nodeIo: CliIo = {
  readFile: (path) => {
    const bytes = readFileSync(path === '-' ? 0 : path);
    try {
      return strictUtf8.decode(bytes);
    } catch {
      throw new Error('it is not valid UTF-8 text');
    }
  },
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** A batch of broken answer sets names its first problems, and counts the rest. */
const MOST_PROBLEMS_SHOWN = 200;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Reads answers, checks every set against the contract, and prints the results as JSON. */
const shippedOrChosenRules = (): Triage => {
  const dir = process.env.TRIAGE_RULES_DIR;
  return createTriage(dir ? loadRulesFromDir(dir) : shippedRuleSet());
};

export async function runCli(
  args: string[],
  io: CliIo = nodeIo,
  makeTriage: () => Triage = shippedOrChosenRules,
): Promise<number> {
  const [file, ...extra] = args;
  if (!file || extra.length > 0) {
    io.err(`${USAGE}\n`);
    return EXIT.badInput;
  }
  const name = file === '-' ? 'standard input' : file;

  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.err(`cannot read ${name}: ${message(error)}\n`);
    return EXIT.badInput;
  }

  let input: unknown;
  try {
    // A byte order mark, as some editors write, is not part of the JSON.
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    io.err(`${name} is not valid JSON: ${message(error)}\n`);
    return EXIT.badInput;
  }

  const many = Array.isArray(input);
  const sets: unknown[] = Array.isArray(input) ? input : [input];
  const checks = sets.map(validateAnswers);
  const problems = checks.flatMap((check, i) =>
    check.ok ? [] : check.problems.map((p) => `${many ? `[${i}] ` : ''}${p.field}: ${p.problem}`),
  );
  if (problems.length > 0) {
    const shown = problems.slice(0, MOST_PROBLEMS_SHOWN);
    const more = problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : '';
    io.err(`the answers break the contract:\n${shown.join('\n')}${more}\n`);
    return EXIT.badInput;
  }

  try {
    const triage = makeTriage();
    const results = [];
    for (const check of checks) if (check.ok) results.push(await triage(check.answers));
    io.out(`${JSON.stringify(many ? results : results[0], null, 2)}\n`);
    return EXIT.ok;
  } catch (error) {
    io.err(
      `cannot triage: ${message(error)}\nNo result was given. If you are unwell, contact a doctor or, in an emergency, the emergency number.\n`,
    );
    return EXIT.failed;
  }
}
