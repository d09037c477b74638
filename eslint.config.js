import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The architecture as rules, as bulletproof-react keeps its own: dependencies point one way
 * (app → triage → rules), the triage core never touches React or the app, a feature never imports
 * another feature, and the shared building blocks never import a feature.
 */
const restricted = (...patterns) => ['error', { patterns }];
const REACT = { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'src/triage is pure TypeScript: no React.' };
const APP = { regex: '(^|/)app(/|$)', message: 'src/triage never imports the app: dependencies point app → triage → rules.' };
const FEATURES = { regex: '(^|/)features(/|$)', message: 'components/ and lib/ are shared: they never import a feature.' };
const OTHER_FEATURE = {
  regex: '^\\.\\./(?!\\.\\.?/)[^/]+/',
  message: 'A feature never imports another feature: move what they share to components/ or lib/.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'public/', 'rules/*.schema.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'tests/app/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  { files: ['src/app/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  { files: ['src/triage/**'], rules: { 'no-restricted-imports': restricted(REACT, APP) } },
  { files: ['src/app/components/**', 'src/app/lib/**'], rules: { 'no-restricted-imports': restricted(FEATURES) } },
  { files: ['src/app/features/**'], rules: { 'no-restricted-imports': restricted(OTHER_FEATURE) } },
  {
    // Tests read JSON the command line printed, and give the app stand-in loaders that need not wait.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['vite-plugins/service-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker, CACHE: 'readonly', PRECACHE: 'readonly' } },
  },
);
