import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import prettier from 'eslint-config-prettier';

// House boundaries, as import rules: shared/ is pure and sits under both processes;
// the engine does not know about reports; the renderer never reaches into main;
// stores hold state and never import views.
const nodeOrElectron = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'electron'],
  message: 'shared/ must stay pure: no Node or Electron imports.',
};
const intoMain = { group: ['**/src-main/**', '../src-main/*'], message: 'Only src-main/ may import src-main/.' };
const intoRenderer = { group: ['**/src-renderer/**'], message: 'Only src-renderer/ may import src-renderer/.' };
const intoReport = {
  group: ['**/report/**', '../report/*'],
  message: 'The engine does not depend on the report model.',
};
const intoViews = {
  group: ['**/views/**', '**/*.vue'],
  message: 'Stores hold state; views import stores, never the reverse.',
};
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.tsbuild/**', 'artifacts/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
    rules: {
      // Vue's own rules stay; layout is Prettier's job.
      'vue/multi-word-component-names': 'off',
      // TypeScript checks names (vue-tsc); no-undef would not know the DOM types.
      'no-undef': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  { files: ['shared/**/*.ts'], rules: restrict(nodeOrElectron, intoMain, intoRenderer) },
  { files: ['shared/engine/**/*.ts'], rules: restrict(nodeOrElectron, intoMain, intoRenderer, intoReport) },
  { files: ['src-renderer/**/*.ts', 'src-renderer/**/*.vue'], rules: restrict(intoMain) },
  { files: ['src-renderer/stores/**/*.ts'], rules: restrict(intoMain, intoViews) },
  { files: ['src-main/**/*.ts'], rules: restrict(intoRenderer) },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  prettier,
);
