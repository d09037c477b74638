import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
/** Where the cycle's two files are written: outside src/, which a probe never touches. */
const probeFolder = join(root, 'lint-probes.tmp');

// The project's own configuration, less the type-aware rules: a probe is not in the TypeScript project.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });
const messagesOf = (results: ESLint.LintResult[]) =>
  results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(root.length + 1)}: ${m.ruleId}: ${m.message}`));

/** Lints text that breaks a line of the architecture as `npm run lint` would at that path, writing nothing. */
async function lint(files: Record<string, string>) {
  const results = await Promise.all(
    Object.entries(files).map(([path, text]) => eslint.lintText(text, { filePath: join(root, path) })),
  );
  return messagesOf(results.flat());
}

afterAll(() => rmSync(probeFolder, { recursive: true, force: true }));

describe('npm run lint holds the architecture', { timeout: 120_000 }, () => {
  it('fails when src/triage imports React, naming the file and the rule', async () => {
    const messages = await lint({
      'src/triage/lint-probe-react.ts': "import { useState } from 'react';\n\nexport const probe = useState;\n",
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^src\/triage\/lint-probe-react.ts: no-restricted-imports: .*src\/triage is pure TypeScript: no React\.$/,
      ),
    ]);
  });

  it('fails when src/triage imports the app', async () => {
    const messages = await lint({
      'src/triage/lint-probe-app.ts': "import { REGIONS } from '../app/lib/regions';\n\nexport const probe = REGIONS;\n",
    });
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^src\/triage\/lint-probe-app.ts: no-restricted-imports: .*src\/triage never imports the app: dependencies point app → triage → rules\.$/,
      ),
    );
  });

  it('fails when a feature imports another feature', async () => {
    const messages = await lint({
      'src/app/features/result/lint-probe.ts':
        "import { RegionSelect } from '../start/region-select';\n\nexport const probe = RegionSelect;\n",
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^src\/app\/features\/result\/lint-probe.ts: no-restricted-imports: .*A feature never imports another feature/,
      ),
    ]);
  });

  it('fails when lib/ imports a feature', async () => {
    const messages = await lint({
      'src/app/lib/lint-probe.ts':
        "import { ResultPage } from '../features/result/result-page';\n\nexport const probe = ResultPage;\n",
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^src\/app\/lib\/lint-probe.ts: no-restricted-imports: .*components\/ and lib\/ are shared: they never import a feature\.$/,
      ),
    ]);
  });

  it('fails on an import cycle', async () => {
    // The resolver follows imports on disk, so these two are files, in a folder of their own.
    mkdirSync(probeFolder, { recursive: true });
    writeFileSync(join(probeFolder, 'cycle-a.ts'), "import { b } from './cycle-b';\n\nexport const a = (): number => b() + 1;\n");
    writeFileSync(join(probeFolder, 'cycle-b.ts'), "import { a } from './cycle-a';\n\nexport const b = (): number => a() - 1;\n");
    const messages = messagesOf(await eslint.lintFiles([probeFolder]));
    expect(messages.filter((m) => m.includes('import-x/no-cycle'))).toHaveLength(2);
  });

  it('lets a feature import its own files, the shared building blocks and the triage core', async () => {
    const messages = await lint({
      'src/app/features/result/lint-probe-allowed.ts':
        "import { CheckAgain } from './check-again';\nimport { REGIONS } from '../../lib/regions';\nimport { DISPOSITIONS } from '../../../triage';\n\nexport const probe = [CheckAgain, REGIONS, DISPOSITIONS];\n",
    });
    expect(messages).toEqual([]);
  });
});
