import { DISPOSITIONS, type Disposition } from '../src/triage';
import { triageAnswers } from '../tests/helpers/triage';
import { vignetteFiles, type Vignette } from '../tests/helpers/vignettes';

/** `npm run vignettes`: runs every vignette in tests/vignettes and prints how the triage fares, per expected level. */
const rank = (d: Disposition) => DISPOSITIONS.length - 1 - DISPOSITIONS.indexOf(d);

interface Tally {
  cases: number;
  safe: number;
  inRange: number;
  exact: number;
  under: number;
  over: number;
  withCauses: number;
  causesOk: number;
}
const empty = (): Tally => ({ cases: 0, safe: 0, inRange: 0, exact: 0, under: 0, over: 0, withCauses: 0, causesOk: 0 });
const pct = (n: number, of: number) => (of === 0 ? '–' : `${Math.round((100 * n) / of)}%`);

async function tally(vignettes: Vignette[]) {
  const byLevel = new Map<Disposition, Tally>(DISPOSITIONS.map((d) => [d, empty()]));
  const misses: string[] = [];
  for (const v of vignettes) {
    const result = await triageAnswers(v.answers);
    const t = byLevel.get(v.expect.disposition)!;
    const got = rank(result.disposition);
    const acceptable = v.expect.acceptable.map(rank);
    const top3 = result.causes.slice(0, 3).map((c) => c.id as string);
    t.cases++;
    t.safe += Number(got >= Math.min(...acceptable));
    t.inRange += Number(v.expect.acceptable.includes(result.disposition));
    t.exact += Number(result.disposition === v.expect.disposition);
    t.under += Number(got < Math.min(...acceptable));
    t.over += Number(got > Math.max(...acceptable));
    if (v.expect.causes.length > 0) {
      t.withCauses++;
      t.causesOk += Number(v.expect.causes.every((c) => top3.includes(c)));
    }
    if (result.disposition !== v.expect.disposition)
      misses.push(`  ${v.id}: expected ${v.expect.disposition}, got ${result.disposition}`);
  }
  return { byLevel, misses };
}

const row = (name: string, t: Tally) =>
  `| ${name} | ${t.cases} | ${pct(t.safe, t.cases)} | ${pct(t.inRange, t.cases)} | ${pct(t.exact, t.cases)} | ${t.under} | ${t.over} | ${pct(t.causesOk, t.withCauses)} |`;

const sum = (tallies: Iterable<Tally>) =>
  [...tallies].reduce((total, t) => {
    for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += t[key];
    return total;
  }, empty());

const files = vignetteFiles();
const all = Object.values(files).flat();
const { byLevel, misses } = await tally(all);
const total = sum(byLevel.values());

console.log(`${all.length} vignettes from ${Object.keys(files).join(', ')}\n`);
console.log('| expected level | cases | safe | in range | exact | under-triaged | over-triaged | causes in first three |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [level, t] of byLevel) console.log(row(level, t));
console.log(row('**all**', total));

console.log('\n| file | cases | safe | in range | exact | under-triaged | over-triaged | causes in first three |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [file, vignettes] of Object.entries(files)) console.log(row(file, sum((await tally(vignettes)).byLevel.values())));
if (misses.length > 0) console.log(`\nnot exact:\n${misses.join('\n')}`);
const reviewed = all.filter((v) => v.expect.review);
if (reviewed.length > 0)
  console.log(
    `\nmore urgent than the writer's range, kept on clinical review (counted above as over-triaged):\n${reviewed.map((v) => `  ${v.id}: ${v.expect.review!.why}`).join('\n')}`,
  );
