// Lint rules, including the one-way import directions of DESIGN.md §2:
// app → data → shared, sw → shared, server → shared. Only src/data/db may import Dexie,
// only src/app/i18n configures i18next, only src/server/storage talks SQL.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const banned = (patterns) => ['error', { patterns }];
const group = (from, message) => ({ group: from, message });

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'test-results', 'playwright-report', 'tests/e2e/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // Every word a person reads comes from locales/ (i18next): no letters typed straight into JSX.
      // Symbols and punctuation (·, →, ■, :) may stay; tests render fixtures and are exempt.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/\\p{L}/u]',
          message: 'Text in JSX goes through t() and locales/<lng>/<ns>.json.',
        },
        {
          selector: ':matches(JSXElement, JSXFragment) > JSXExpressionContainer > Literal[value=/\\p{L}/u]',
          message: 'Text in JSX goes through t() and locales/<lng>/<ns>.json.',
        },
        {
          selector:
            ':matches(JSXElement, JSXFragment) > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/\\p{L}/u]',
          message: 'Text in JSX goes through t() and locales/<lng>/<ns>.json.',
        },
        {
          // Attributes a screen reader or a tooltip reads out are text too.
          selector:
            'JSXAttribute[name.name=/^(aria-label|aria-description|title|alt|placeholder)$/] > Literal[value=/\\p{L}/u]',
          message: 'Text in JSX goes through t() and locales/<lng>/<ns>.json.',
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.test.tsx', 'src/app/testing/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': banned([
        group(['**/app/**', '**/data/**', '**/server/**', '**/sw/**'], 'shared imports nothing but shared.'),
        group(
          ['node:*', 'dexie', 'react', 'react-dom', 'kysely', 'fastify'],
          'shared is pure TS + zod/mini.',
        ),
        { regex: '^zod(/v4)?$', message: 'Use zod/mini in shared code.' },
      ]),
    },
  },
  {
    files: ['src/data/**/*.ts'],
    ignores: ['src/data/db/**'],
    rules: {
      'no-restricted-imports': banned([
        group(['**/app/**', '**/server/**', '**/sw/**'], 'data imports only shared.'),
        group(['dexie', 'react', 'react-dom'], 'Only src/data/db imports Dexie; data has no React.'),
      ]),
    },
  },
  {
    files: ['src/data/db/**/*.ts'],
    rules: {
      'no-restricted-imports': banned([
        group(['**/app/**', '**/server/**', '**/sw/**'], 'data imports only shared.'),
      ]),
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: ['src/app/i18n/**', 'src/app/pro/**'],
    rules: {
      'no-restricted-imports': banned([
        group(['**/server/**', '**/sw/**', '**/data/db/**'], 'app reads and writes through src/data only.'),
        group(['dexie', 'i18next'], 'Use src/data hooks and react-i18next (configured in src/app/i18n).'),
        // Only a lazy import() (app-routes.tsx) may reach the console: the family never downloads it.
        group(
          ['**/pro', '**/pro/**'],
          'The family app never imports the console (src/app/pro); decision 009.',
        ),
      ]),
    },
  },
  {
    // The console (decision 009) uses src/data, src/shared, shared app parts (components, shell,
    // i18n) and the family's presentational parts (cards, pure views), never its pages or hooks.
    files: ['src/app/pro/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': banned([
        group(['**/server/**', '**/sw/**', '**/data/db/**'], 'app reads and writes through src/data only.'),
        group(['dexie', 'i18next'], 'Use src/data hooks and react-i18next (configured in src/app/i18n).'),
        group(
          ['**/routes/**/*-page', '**/routes/**/use-*', '**/app-routes', '**/shell/private-layout'],
          'The console reuses family cards and views, not family pages, hooks or layout.',
        ),
      ]),
    },
  },
  {
    files: ['src/sw/**/*.ts'],
    rules: {
      'no-restricted-imports': banned([
        group(['**/app/**', '**/data/**', '**/server/**'], 'sw imports only shared.'),
      ]),
    },
  },
  {
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/storage/**'],
    rules: {
      'no-restricted-imports': banned([
        group(['**/app/**', '**/data/**', '**/sw/**'], 'server imports only shared.'),
        group(['better-sqlite3', 'pg', 'kysely'], 'Only src/server/storage talks SQL.'),
      ]),
    },
  },
);
