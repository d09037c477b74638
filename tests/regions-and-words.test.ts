import { describe, expect, it } from 'vitest';
import {
  ENGLISH_TEXT,
  loadRuleSet,
  checkText,
  REGIONS_FILE,
  shippedRuleSet,
  type RegionsFile,
  type TextSource,
  SHIPPED_SOURCES,
} from '../src/triage';
import { fillIn, partsOf, placeholdersOf } from '../src/triage/words';
import { ruleSetProblems } from './helpers/rule-set-problems';

const shippedRegions = () => structuredClone(REGIONS_FILE.content) as RegionsFile;
const withRegions = (content: unknown) => loadRuleSet({ ...SHIPPED_SOURCES, regions: { file: 'regions.json', content } });
const regionsProblems = (edit: (file: RegionsFile) => void) => {
  const file = shippedRegions();
  edit(file);
  return ruleSetProblems(() => withRegions(file));
};
const region = (file: RegionsFile, id: string) => {
  const found = file.regions.find((r) => r.id === id);
  if (!found) throw new Error(`no region ${id}`);
  return found;
};

describe('the regions (rules/regions.json)', () => {
  it('load with the rules, and are in their fingerprint: changing a number changes it', () => {
    expect(shippedRuleSet().regions.regions.map((r) => r.id)).toContain('uk');
    const changed = shippedRegions();
    region(changed, 'uk').emergency = { display: '998', dial: '998' };
    expect(withRegions(changed).hash).not.toBe(shippedRuleSet().hash);
  });

  it('refuses a number that is not only digits, naming the region', () => {
    expect(regionsProblems((f) => (region(f, 'au').emergency.dial = '000 or 112'))).toEqual([
      expect.stringMatching(/^regions\.json: regions\[5\]\.emergency\.dial: .*digits only/),
    ]);
  });

  it('refuses a country or a language that would settle two regions', () => {
    expect(regionsProblems((f) => region(f, 'us').countries.push('gb'))).toEqual([
      'regions.json › us: country "gb" already settles region "uk"',
    ]);
    expect(regionsProblems((f) => region(f, 'nz').languages.push('ga'))).toEqual([
      'regions.json › nz: language "ga" already settles region "ie"',
    ]);
  });

  it('refuses an id used twice', () => {
    expect(regionsProblems((f) => (region(f, 'ie').id = 'uk'))).toContain(
      'regions.json › uk: the id "uk" already settles region "uk"',
    );
  });

  it('keeps "Somewhere else", and never claims an emergency number for it', () => {
    expect(regionsProblems((f) => (f.regions = f.regions.filter((r) => r.id !== 'other')))).toEqual([
      'regions.json: there is no region "other" for a person whose country is not known',
    ]);
    expect(regionsProblems((f) => (region(f, 'other').emergency.display = '112'))).toEqual([
      'regions.json › other: the emergency number is not known here: leave out emergency.display',
    ]);
  });

  it('refuses a known region without its emergency number in words', () => {
    expect(regionsProblems((f) => delete region(f, 'in').emergency.display)).toEqual([
      'regions.json › in: emergency.display is missing: only "other" may leave its number unsaid',
    ]);
  });

  it('needs a source with a link for every region', () => {
    expect(regionsProblems((f) => (region(f, 'ca').sources = [{ title: 'Someone said so' }]))).toEqual([
      expect.stringContaining('regions.json › ca: source "Someone said so" needs a link (url)'),
    ]);
  });
});

const english = (): TextSource => structuredClone(ENGLISH_TEXT);
const messagesOf = (text: TextSource, file: string) => {
  const found = text.files.find((f) => f.file === file);
  if (!found) throw new Error(`no ${file}`);
  return found.content as Record<string, unknown>;
};
const textProblems = (edit: (text: TextSource) => void) => {
  const text = english();
  edit(text);
  return ruleSetProblems(() => checkText(shippedRuleSet().regions, ENGLISH_TEXT, text));
};

describe('a language’s catalogues (rules/text/<language>/)', () => {
  it('English is complete', () => {
    expect(textProblems(() => undefined)).toEqual([]);
  });

  it('refuses a missing message, naming the catalogue and the id', () => {
    expect(textProblems((t) => delete messagesOf(t, 'regions.json')['region.nz.clinician'])).toEqual([
      'text/en/regions.json › region.nz.clinician: missing',
    ]);
  });

  it('holds another language to English: a misspelt id is unknown and the one it meant is missing', () => {
    expect(
      textProblems((t) => {
        t.language = 'xx';
        const levels = messagesOf(t, 'levels.json');
        levels['level.urgnet.name'] = levels['level.urgent.name'];
        delete levels['level.urgent.name'];
      }),
    ).toEqual([
      'text/xx/levels.json › level.urgnet.name: not a known message id',
      'text/xx/levels.json › level.urgent.name: missing',
    ]);
  });

  it('holds another language to English’s placeholders: a heading that drops the number to call is refused', () => {
    expect(
      textProblems((t) => {
        t.language = 'xx';
        messagesOf(t, 'levels.json')['level.emergency.cardHeading'] = 'Llame ahora';
      }),
    ).toEqual(['text/xx/levels.json › level.emergency.cardHeading: has placeholders none, needs {emergency}']);
  });

  it('refuses a same-day route that drops its line’s number, or names one the region has not', () => {
    expect(
      textProblems((t) => (messagesOf(t, 'regions.json')['region.au.sameDayAction'] = 'Call healthdirect or see a GP today')),
    ).toEqual(['text/en/regions.json › region.au.sameDayAction: has placeholders none, needs {line}']);
    expect(textProblems((t) => (messagesOf(t, 'regions.json')['region.us.sameDayClause'] = 'call {line} today'))).toEqual([
      'text/en/regions.json › region.us.sameDayClause: has placeholders {line}, needs none',
    ]);
  });

  it('refuses an empty message, and a catalogue it does not know', () => {
    expect(textProblems((t) => (messagesOf(t, 'regions.json')['region.uk.name'] = ' '))).toEqual([
      'text/en/regions.json › region.uk.name: must be words, not empty',
    ]);
    expect(textProblems((t) => t.files.push({ file: 'extra.json', content: {} }))).toEqual([
      'text/en/extra.json: not a catalogue this tool reads (regions.json, care.json, levels.json, result.json)',
    ]);
    expect(textProblems((t) => (t.files = t.files.filter((f) => f.file !== 'care.json')))).toEqual([
      'text/en/care.json: missing',
    ]);
  });

  it('asks a new region for its words: adding a region to the data needs its messages in every language', () => {
    const regions = structuredClone(shippedRuleSet().regions);
    regions.regions.push({ ...region(regions, 'eu'), id: 'ch', countries: ['ch'], languages: [] });
    expect(ruleSetProblems(() => checkText(regions, ENGLISH_TEXT, english()))).toEqual(
      ['name', 'emergencyDepartment', 'sameDayAction', 'sameDayClause', 'clinician'].map(
        (part) => `text/en/regions.json › region.ch.${part}: missing`,
      ),
    );
  });
});

describe('a message', () => {
  it('names its placeholders once each', () => {
    expect(placeholdersOf('Call {line} or {line}, then {emergency}')).toEqual(['emergency', 'line']);
    expect(placeholdersOf('No placeholder, {} nor { spaced }')).toEqual([]);
  });

  it('is filled in, and a missing value is an error, never a "{line}" shown to a person', () => {
    expect(fillIn('Call {emergency} at once', { emergency: '999' })).toBe('Call 999 at once');
    expect(() => fillIn('Call {emergency} at once')).toThrow('no value for {emergency}');
  });

  it('is cut at its placeholders, so an element such as a link can fill one', () => {
    expect(partsOf('call NHS {line} or go to 111.nhs.uk today')).toEqual([
      { text: 'call NHS ', placeholder: 'line' },
      { text: ' or go to 111.nhs.uk today' },
    ]);
  });
});
