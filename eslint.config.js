// ESLint flat config: typescript-eslint, React hooks, the @react-three loop rules, and the
// import boundaries of STYLE.md (each folder may import only what its README says).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import r3f from '@react-three/eslint-plugin'
import globals from 'globals'

const NO_VIEW_LIBS = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'pure module: no React' },
  { group: ['three', 'three/*', '@react-three/*'], message: 'pure module: no three.js' },
  { group: ['zustand', 'zustand/*'], message: 'pure module: no store' },
  { group: ['i18next', 'react-i18next'], message: 'pure module: no i18n' },
]

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'bench', 'test-results', 'content'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@react-three': r3f },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@react-three/no-clone-in-loop': 'error',
      '@react-three/no-new-in-loop': 'error',
    },
  },
  {
    files: ['src/catalogue/**', 'src/layout/**', 'src/routing/route.ts', 'src/embed/protocol.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: NO_VIEW_LIBS }] },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['three', 'three/*', '@react-three/*'], message: 'ui/ never pulls 3D code' },
            {
              group: ['**/scene/*', '../scene', '../scene/*'],
              message: 'ui/ never imports scene/',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['three', 'three/*', '@react-three/*'],
              message: 'state never imports three.js',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/embed-element/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'three',
                '@react-three/*',
                'zustand',
                'i18next',
                '../*',
                '!../embed/protocol',
              ],
              message: 'the custom element imports only the protocol',
            },
          ],
        },
      ],
    },
  },
)
