import { readFileSync } from 'node:fs';
import {
  answersFromFhir,
  careContacts,
  createTriage,
  jsonRulesEngine,
  fhirBundle,
  shippedRuleSet,
  UNKNOWN_REGION,
  validateAnswers,
  type Answers,
  type AnswersInput,
  type RuleSet,
} from '../triage';
import { loadRulesFromDir } from './read-rules-dir';

export interface CliIo {
  readFile: (path: string) => string;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Exit codes: 0 triaged; 2 bad input (unreadable, not JSON, or a contract breach); 3 the rules or engine failed. */
export const EXIT = { ok: 0, badInput: 2, failed: 3 } as const;

const USAGE = `usage: npm run --silent triage -- FILE              triage the answers in FILE (one set, or an array of them)
       npm run --silent triage -- --fhir FILE       the same, printed as FHIR R4 Bundles: the answers and the result
       npm run --silent triage -- --from-fhir FILE  triage FHIR R4 Bundles or QuestionnaireResponses (one, or an array)
Each may start with --region ID (uk, ie, eu, us, ca, au, nz, in or other, as in rules/regions.json; other if
absent): each result names that region's emergency number and same-day line ("contacts").
FILE "-" reads standard input. Results are printed as JSON. Exit codes: 0 triaged; 2 bad input (unreadable, not
JSON, or answers outside the contract or the questionnaire: each problem is named on standard error); 3 the rules
or the engine failed, so no result is given.`;

type Mode = 'answers' | 'fhir' | 'from-fhir';
const MODES: Record<string, Mode> = { '--fhir': 'fhir', '--from-fhir': 'from-fhir' };

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

const shippedOrChosenRules = (): RuleSet => {
  const dir = process.env.TRIAGE_RULES_DIR;
  return dir ? loadRulesFromDir(dir) : shippedRuleSet();
};

/** `[--region ID] --fhir FILE`, `[--region ID] --from-fhir FILE` or `[--region ID] FILE`; undefined for anything else. */
function parseArgs(all: string[]): { mode: Mode; file: string; region: string } | undefined {
  const hasRegion = all[0] === '--region';
  const region = hasRegion ? all[1] : UNKNOWN_REGION;
  if (region === undefined) return undefined;
  const args = hasRegion ? all.slice(2) : all;
  const [first, second, ...extra] = args;
  if (first === undefined || extra.length > 0) return undefined;
  const mode = MODES[first];
  if (mode) return second === undefined ? undefined : { mode, file: second, region };
  if (second !== undefined || (first.startsWith('-') && first !== '-')) return undefined;
  return { mode: 'answers', file: first, region };
}

/** Problems found in a set, with the words that head them on standard error. */
interface Breach {
  heading: string;
  lines: string[];
}

const CONTRACT = 'the answers break the contract:';
const NOT_FHIR = 'the FHIR input cannot be read as answers to this questionnaire:';

function report(io: CliIo, breaches: Breach[]): number {
  const byHeading = new Map<string, string[]>();
  for (const { heading, lines } of breaches) byHeading.set(heading, [...(byHeading.get(heading) ?? []), ...lines]);
  let left = MOST_PROBLEMS_SHOWN;
  const all = breaches.reduce((n, b) => n + b.lines.length, 0);
  const text = [...byHeading].flatMap(([heading, lines]) => {
    const shown = lines.slice(0, Math.max(left, 0));
    left -= shown.length;
    return shown.length > 0 ? [`${heading}\n${shown.join('\n')}`] : [];
  });
  const more = all > MOST_PROBLEMS_SHOWN ? `\n… and ${all - MOST_PROBLEMS_SHOWN} more` : '';
  io.err(`${text.join('\n')}${more}\n`);
  return EXIT.badInput;
}

/**
 * Reads answers (or FHIR answers), checks every set against the contract, and prints the results
 * (or FHIR Bundles) as JSON.
 */
export async function runCli(args: string[], io: CliIo = nodeIo, rules: () => RuleSet = shippedOrChosenRules): Promise<number> {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    io.out(`${USAGE}\n`);
    return EXIT.ok;
  }
  const parsed = parseArgs(args);
  if (!parsed) {
    io.err(`${USAGE}\n`);
    return EXIT.badInput;
  }
  const { mode, file, region } = parsed;
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
  const failed = (error: unknown) => {
    io.err(
      `cannot triage: ${message(error)}\nNo result was given. If you are unwell, contact a doctor or, in an emergency, the emergency number.\n`,
    );
    return EXIT.failed;
  };

  // FHIR answers are read through the questionnaire of the rules, so those are needed first.
  let ruleSet: RuleSet | undefined;
  if (mode === 'from-fhir') {
    try {
      ruleSet = rules();
    } catch (error) {
      return failed(error);
    }
  }
  const questionnaire = ruleSet?.questionnaire;
  const answers: Answers[] = [];
  const breaches: Breach[] = [];
  sets.forEach((set, i) => {
    const check = questionnaire ? answersFromFhir(questionnaire, set) : { ...validateAnswers(set), breaks: 'contract' as const };
    if (check.ok) return answers.push(check.answers);
    const lines = check.problems.map((p) => `${many ? `[${i}] ` : ''}${p.field}: ${p.problem}`);
    breaches.push({ heading: check.breaks === 'fhir' ? NOT_FHIR : CONTRACT, lines });
  });
  if (breaches.length > 0) return report(io, breaches);

  try {
    ruleSet ??= rules();
  } catch (error) {
    return failed(error);
  }
  const contacts = careContacts(ruleSet.regions, region);
  if (!contacts) {
    const known = ruleSet.regions.regions.map((r) => r.id).join(', ');
    io.err(`--region: "${region}" is not a region of rules/regions.json (${known})\n`);
    return EXIT.badInput;
  }
  try {
    const triage = createTriage(ruleSet, jsonRulesEngine);
    const printed: unknown[] = [];
    for (const [i, set] of answers.entries()) {
      const result = await triage(set);
      // The FHIR record holds the answers as given (the contract's defaults are the engine's business).
      printed.push(
        mode === 'fhir' ? fhirBundle(ruleSet, sets[i] as AnswersInput, result, { contacts }) : { ...result, contacts },
      );
    }
    io.out(`${JSON.stringify(many ? printed : printed[0], null, 2)}\n`);
    return EXIT.ok;
  } catch (error) {
    return failed(error);
  }
}
