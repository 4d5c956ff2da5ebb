import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layers = [
  'engine',
  'sql',
  'model',
  'ingest',
  'indicators',
  'queries',
  'components',
  'views',
  'app',
  'i18n',
  'lib',
];

/** What each layer may import from src/ (see README: "Layout"). Arrows point one way. */
const allowed = {
  sql: [],
  model: [],
  i18n: ['model'],
  lib: [],
  engine: ['sql'],
  ingest: ['model', 'engine', 'sql', 'lib'],
  indicators: ['sql', 'model', 'lib'],
  queries: ['indicators', 'ingest', 'engine', 'sql', 'model', 'lib'],
  components: ['i18n', 'lib'],
  views: ['components', 'queries', 'i18n', 'lib', 'model'],
  app: layers,
};

const zones = Object.entries(allowed)
  .filter(([layer, may]) => layers.some((l) => l !== layer && !may.includes(l)))
  .map(([layer, may]) => ({
    target: `./src/${layer}`,
    from: layers.filter((l) => l !== layer && !may.includes(l)).map((l) => `./src/${l}`),
    message: `src/${layer} may import only from: ${may.join(', ') || 'nothing in src'}.`,
  }));

/** Packages a layer may not import, whatever the path: React is for the screens, DuckDB for the engine. */
const REACT = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query', 'recharts'],
  message: 'React belongs to components, views, queries, app (and the i18n context).',
};
const DUCKDB = {
  group: ['@duckdb/duckdb-wasm', '@duckdb/duckdb-wasm/*', 'apache-arrow', 'apache-arrow/*'],
  message: 'Only src/engine talks to DuckDB; other layers use its Engine interface.',
};
const NODE_ONLY = {
  group: ['**/*.node', '**/engine/node'],
  message: 'Node-only module in browser code.',
};
const ENGINE_BROWSER = {
  group: ['**/engine/browser'],
  message: 'Use engine/client: it loads DuckDB only when the engine is first needed.',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'datasets', 'bench-results', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      // Browser globals that a forgotten local variable would silently fall back to.
      'no-restricted-globals': ['error', 'origin', 'name', 'status', 'event', 'length', 'closed'],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
    },
  },
  {
    files: ['src/app/**', 'src/views/**', 'src/components/**', 'src/queries/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NODE_ONLY, ENGINE_BROWSER, DUCKDB] }],
    },
  },
  {
    files: ['src/sql/**', 'src/model/**', 'src/ingest/**', 'src/indicators/**', 'src/lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [REACT, DUCKDB] }] },
  },
  {
    files: ['src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DUCKDB] }] },
  },
  {
    files: ['src/engine/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [REACT] }] },
  },
  {
    files: ['**/*.test.ts'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
