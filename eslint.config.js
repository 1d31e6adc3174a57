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

/**
 * The site's schemas use `zod/mini`: the full library (its methods on every schema) added
 * 15.6 kB gzipped to the first screen's script. Scripts under scripts/ may use what they need.
 */
const NO_FULL_ZOD = {
  regex: '^zod(?:/v3|/v4(?:/classic)?)?$',
  message:
    "use 'zod/mini' (functional API): the full 'zod' does not shake out of the site's bundle",
}

const NO_THREE = {
  group: ['three', 'three/*', '@react-three/*'],
  message: 'no 3D code here: the first screen and the no-WebGL path must not pull it',
}

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
      // Folder configs below replace this rule's options, so each of them repeats NO_FULL_ZOD.
      'no-restricted-imports': ['error', { patterns: [NO_FULL_ZOD] }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@react-three/no-clone-in-loop': 'error',
      '@react-three/no-new-in-loop': 'error',
    },
  },
  // Folders import one way only: catalogue → routing → layout → state → ui | scene → app.
  // Each folder lists the folders it may not import, so no two folders import each other.
  ...[
    ['catalogue', ['layout', 'routing', 'state', 'ui', 'scene', 'app', 'i18n', 'embed'], true],
    ['routing', ['layout', 'state', 'ui', 'scene', 'app', 'i18n', 'embed'], true],
    ['layout', ['state', 'ui', 'scene', 'app', 'i18n', 'embed'], true],
    ['i18n', ['state', 'ui', 'scene', 'app', 'embed'], false],
    ['state', ['ui', 'scene', 'app', 'embed'], false],
    ['ui', ['scene', 'app'], false],
    ['scene', ['ui', 'app'], false],
    ['embed', ['ui', 'scene', 'app'], false],
  ].map(([folder, banned, pure]) => ({
    files: [`src/${folder}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_FULL_ZOD,
            ...(pure ? NO_VIEW_LIBS : []),
            ...(folder === 'ui' || folder === 'state' || folder === 'i18n' ? [NO_THREE] : []),
            {
              group: banned.flatMap((f) => [`../${f}`, `../${f}/*`, `../../${f}`, `../../${f}/*`]),
              message: `src/${folder}/ may not import ${banned.join(', ')} (see its README)`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/embed-element/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_FULL_ZOD,
            ...NO_VIEW_LIBS,
            {
              regex: '^\\.\\./(?!embed/(?:protocol|query)$)',
              message: 'the custom element imports only the protocol and the embed query',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/embed/protocol.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_FULL_ZOD, ...NO_VIEW_LIBS] }] },
  },
)
