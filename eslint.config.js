import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'

export default tseslint.config(
  { ignores: ['dist/', '.cache/', 'node_modules/', '**/.vitepress/cache/', 'bench-results/'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    rules: {
      // User text is always rendered as text.
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-closing-bracket-newline': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "Literal[value=/^https?:\\/\\/(?!localhost|127\\.0\\.0\\.1|www\\.w3\\.org\\/(?:2000\\/svg|1999\\/xlink|1999\\/xhtml)$)/]", message: 'No request to another origin: bundle the resource or link it from content.' },
      ],
    },
  },
  {
    // Tests and build scripts may name URLs (fixtures, sources under test).
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
)
