import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One folder per back-end module (identity, inventory, customers, fleet, workspace), per workspace area with its own
// screens (activity, analytics, assistant, documentation, notifications, settings), plus the local inbox, a developer tool.
const features = ['activity', 'analytics', 'assistant', 'customers', 'documentation', 'fleet', 'identity', 'inventory', 'local-inbox', 'notifications', 'settings', 'workspace'];

// Import zones (bulletproof-react): shared code -> features -> app. Features never import each
// other; a page that needs two features lives in src/app.
const featureZones = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: features.filter((f) => f !== feature).flatMap((f) => [`@/features/${f}/*`, `**/features/${f}/*`, `../../${f}/*`]),
            message: 'Features never import each other: compose them in src/app.',
          },
          { group: ['@/app/*', '**/app/*'], message: 'Features never import the app layer.' },
        ],
        paths: [
          {
            name: '@/lib/api-client',
            importNames: ['api', 'request'],
            message: 'Call the API through @/lib/typed-api, typed by docs/openapi.json.',
          },
        ],
      },
    ],
  },
}));

const sharedZone = {
  files: ['src/{components,config,hooks,lib,testing}/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['@/features/*', '**/features/*'], message: 'Shared code never imports a feature.' },
          { group: ['@/app/*', '**/app/*'], message: 'Shared code never imports the app layer.' },
        ],
      },
    ],
  },
};

export default tseslint.config(
  // api-schema.d.ts is generated from docs/openapi.json (npm run generate:api).
  { ignores: ['target', 'node_modules', 'dist', 'src/lib/api-schema.d.ts'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...featureZones,
  sharedZone,
  {
    // Query keys come from each feature's key factory (inventoryKeys.products.list(filters)), so a
    // mutation can never invalidate a key that no query uses.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/*/api/*-keys.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='queryKey'] > ArrayExpression",
          message: "Build query keys with the feature's key factory (e.g. inventoryKeys.products.list(filters)).",
        },
      ],
    },
  },
);
