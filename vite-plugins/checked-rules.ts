import type { Plugin } from 'vite';
import { ENGLISH_TEXT, checkText, SHIPPED_SOURCES, shippedRuleSet, timeToAnswer, type CheckedRules } from '../src/triage';

const MODULE_ID = 'virtual:checked-rules';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Checks the rules and the words when the app is built or served (a broken rule or a missing message
 * stops the build, naming every problem) and ships them as one JSON data file rather than inside the JavaScript. The app imports
 * the file's URL and fingerprint from `virtual:checked-rules`; src/triage/checked-rules.ts says why
 * the browser may then skip the checks.
 */
export function checkedRules(): Plugin {
  const { hash, questionnaire, regions, catalogue } = shippedRuleSet();
  // Every catalogue, those in the JavaScript (src/triage/bundled-text.ts) and those with the rules.
  checkText(regions, ENGLISH_TEXT, ENGLISH_TEXT);
  const { minutes } = timeToAnswer(questionnaire);
  // The header's emergency number and the card shown when the rules cannot load need the regions
  // before, and without, the rules data file: they ride in the JavaScript, without the sources kept
  // for their reviewers (those stay in the data file, in the fingerprint, and on the command line).
  const regionNumbers = regions.regions.map(({ sources: _sources, ...numbers }) => numbers);
  // The card shown when the rules cannot load lists the catalogue's own emergency signs, taken here.
  const failSafeSigns = catalogue.safetyNet
    .filter((group) => group.level === 'emergency')
    .flatMap((group) => group.signs.map((s) => s.text));
  const fileName = `assets/rules-${hash}.json`;
  const json = JSON.stringify(SHIPPED_SOURCES satisfies CheckedRules);
  let base = '/';
  let building = false;
  return {
    name: 'checked-rules',
    configResolved(config) {
      base = config.base;
      building = config.command === 'build';
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) =>
      id === RESOLVED_ID
        ? [
            `export const rulesUrl = ${JSON.stringify(base + fileName)};`,
            `export const rulesHash = ${JSON.stringify(hash)};`,
            `export const minutesToAnswer = ${minutes};`,
            `export const regions = ${JSON.stringify(regionNumbers)};`,
            `export const failSafeSigns = ${JSON.stringify(failSafeSigns)};`,
            '',
          ].join('\n')
        : undefined,
    buildStart() {
      if (building) this.emitFile({ type: 'asset', fileName, source: json });
    },
    configureServer(server) {
      server.middlewares.use(base + fileName, (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(json);
      });
    },
    // Fetching starts with the page, not once the JavaScript has run.
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'preload', href: base + fileName, as: 'fetch', crossorigin: true }, injectTo: 'head' },
    ],
  };
}
