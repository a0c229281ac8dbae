// eslint.config.js: one job, type-aware: no promise is left floating, and none is passed where a
// callback's result is ignored. A loop's failure belongs to its supervisor, so a promise nobody awaits
// or pipes is a failure nobody sees. `void p` marks a deliberate fire-and-forget and must say why.
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'protocol/generated/**', 'var/**', '**/*.js'] },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: __dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
    },
  },
);
