import { describe, expect, it } from 'vitest';
import { openCheckedRules, SHIPPED_SOURCES, shippedRuleSet } from '../src/triage';
import { ruleSetProblems } from './helpers/rule-set-problems';

/** The data file as the build writes it and the browser parses it. */
const shippedData = () =>
  JSON.parse(JSON.stringify(SHIPPED_SOURCES)) as {
    files: { file: string; content: { rules: { event: { params: { level: string } } }[] } }[];
    questionnaire: { content: { pages: { items: { text: string }[] }[] } };
    regions: { content: { regions: { emergency: { dial: string } }[] } };
    words: { content: Record<string, string> }[];
  };

const problemsOpening = (data: unknown, hash = shippedRuleSet().hash) => ruleSetProblems(() => openCheckedRules(data, hash));

describe('the rules data file the browser fetches', () => {
  it('opens as exactly the rule set the build checked', () => {
    expect(openCheckedRules(shippedData(), shippedRuleSet().hash)).toEqual(shippedRuleSet());
  });

  it('is refused when a single rule changed on the way, naming both fingerprints', () => {
    const data = shippedData();
    const rule = data.files[0]?.content.rules[0];
    if (!rule) throw new Error('no shipped rule');
    rule.event.params.level = 'self_care';
    expect(problemsOpening(data)).toEqual([
      expect.stringMatching(/fingerprint [0-9a-f]{8}, not [0-9a-f]{8} as checked when the app was built/),
    ]);
  });

  it('is refused when a question changed on the way', () => {
    const data = shippedData();
    const first = data.questionnaire.content.pages[0]?.items[0];
    if (!first) throw new Error('no shipped question');
    first.text = 'Do you feel fine?';
    expect(problemsOpening(data)).toEqual([expect.stringMatching(/fingerprint [0-9a-f]{8}, not [0-9a-f]{8}/)]);
  });

  it('is refused when an emergency number changed on the way', () => {
    const data = shippedData();
    const first = data.regions.content.regions[0];
    if (!first) throw new Error('no shipped region');
    first.emergency.dial = '998';
    expect(problemsOpening(data)).toEqual([expect.stringMatching(/fingerprint [0-9a-f]{8}, not [0-9a-f]{8}/)]);
  });

  it('is refused when the words changed on the way: a level called something else', () => {
    const data = shippedData();
    const levels = data.words[0];
    if (!levels) throw new Error('no shipped words');
    levels.content['level.emergency.cardHeading'] = 'Rest, and see how you feel';
    expect(problemsOpening(data)).toEqual([expect.stringMatching(/fingerprint [0-9a-f]{8}, not [0-9a-f]{8}/)]);
  });

  it('is refused when it was built from other rules than the app expects', () => {
    expect(problemsOpening(shippedData(), '00000000')).toHaveLength(1);
  });

  it.each([
    ['not an object', 'rules'],
    ['null', null],
    ['no catalogue', { files: [] }],
    ['a file without a name', { files: [{ content: {} }], catalogue: { file: 'catalogue.json', content: {} } }],
    ['no questionnaire', { files: [], catalogue: { file: 'catalogue.json', content: {} } }],
    [
      'no regions',
      {
        files: [],
        catalogue: { file: 'catalogue.json', content: {} },
        questionnaire: { file: 'questionnaire.json', content: {} },
      },
    ],
    [
      'no words',
      {
        files: [],
        catalogue: { file: 'catalogue.json', content: {} },
        questionnaire: { file: 'questionnaire.json', content: {} },
        regions: { file: 'regions.json', content: {} },
      },
    ],
  ])('is refused when it is %s', (_what, data) => {
    expect(problemsOpening(data)).toEqual([
      'the rules data file does not hold rule files, a catalogue, a questionnaire, the regions and the words',
    ]);
  });
});
