import { adviceFor, type Advice } from './advice';
import type { CauseInfo } from './catalogue-schema';
import { CAUSE_IDS, type AnswerField, type Answers, type CauseId, type Disposition } from './contract';
import { mostUrgent, urgency } from './disposition';
import type { Finding } from './engine';
import type { Because } from './explain';
import type { RuleSet } from './rule-set';
import type { Source } from './rule-schema';

export interface CauseResult {
  id: CauseId;
  name: string;
  kind: CauseInfo['kind'];
  summary: string;
  /** The most urgent level among the findings that point here. */
  level: Disposition;
  /** The summed weight of the findings that point here; orders the likely causes. */
  score: number;
  /** "Not sure" answers this cause leans on, when it is only a possibility. */
  notSure: AnswerField[];
  because: Because[];
  reasons: string[];
  rules: string[];
  sources: Source[];
}

export interface TriageResult {
  disposition: Disposition;
  /** Serious possibilities first (most urgent first), then the likely causes, most likely first. */
  causes: CauseResult[];
  /** The findings above self-care, most urgent first: why this level. */
  reasons: Finding[];
  /**
   * The "not sure" answers that would make the result more urgent if they were "yes", and the level
   * a "yes" gives: the result says plainly what to do if the person finds they do have the sign.
   */
  ifYes: { field: AnswerField; level: Exclude<Disposition, 'self_care'> }[];
  advice: Advice;
  rules: { version: string; hash: string; fired: string[] };
}

const uniqueBy = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map((i) => [key(i), i])).values()];

function causeResult(id: CauseId, findings: Finding[], info: CauseInfo): CauseResult {
  const firm = findings.filter((f) => f.notSure.length === 0);
  return {
    id,
    name: info.name,
    kind: info.kind,
    summary: info.summary,
    level: mostUrgent(findings.map((f) => f.level)),
    score: findings.reduce((sum, f) => sum + f.weight, 0),
    notSure: firm.length > 0 ? [] : [...new Set(findings.flatMap((f) => f.notSure))],
    because: uniqueBy(
      findings.flatMap((f) => f.because),
      (b) => b.field,
    ),
    reasons: findings.map((f) => f.reason),
    rules: findings.map((f) => f.rule),
    sources: uniqueBy(
      findings.map((f) => f.source),
      (s) => s.title,
    ),
  };
}

const causeOrder = (a: CauseResult, b: CauseResult) =>
  (a.kind === b.kind ? 0 : a.kind === 'serious' ? -1 : 1) ||
  (a.kind === 'serious' ? urgency(b.level) - urgency(a.level) : 0) ||
  b.score - a.score ||
  CAUSE_IDS.indexOf(a.id) - CAUSE_IDS.indexOf(b.id);

/** For each "not sure" answer a finding leaned on, the most urgent level a "yes" would give, when above the result. */
function ifYesLevels(findings: Finding[], disposition: Disposition): TriageResult['ifYes'] {
  const levels = new Map<AnswerField, Disposition>();
  for (const f of findings)
    for (const field of f.notSure) levels.set(field, mostUrgent([f.levelIfYes, levels.get(field) ?? 'self_care']));
  return [...levels]
    .flatMap(([field, level]) => (level !== 'self_care' && urgency(level) > urgency(disposition) ? [{ field, level }] : []))
    .sort((a, b) => urgency(b.level) - urgency(a.level));
}

/** Folds the fired rules into one result. The most urgent finding sets the disposition; nothing lowers it. */
export function buildResult(findings: Finding[], ruleSet: RuleSet, answers: Answers): TriageResult {
  const disposition = mostUrgent(findings.map((f) => f.level));
  const byCause = new Map<CauseId, Finding[]>();
  for (const f of findings) if (f.cause) byCause.set(f.cause, [...(byCause.get(f.cause) ?? []), f]);

  const causes = [...byCause].map(([id, fs]) => causeResult(id, fs, ruleSet.catalogue.causes[id])).sort(causeOrder);

  return {
    disposition,
    causes,
    reasons: findings.filter((f) => f.level !== 'self_care').sort((a, b) => urgency(b.level) - urgency(a.level)),
    ifYes: ifYesLevels(findings, disposition),
    advice: adviceFor(
      disposition,
      causes.map((c) => c.id),
      answers,
      ruleSet.catalogue,
    ),
    rules: { version: ruleSet.version, hash: ruleSet.hash, fired: findings.map((f) => f.rule) },
  };
}
