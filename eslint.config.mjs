import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import { actionHandlerLines } from './tools/workspace/src/eslint/action-handler-lines.mjs';
import { featurePublicIndex } from './tools/workspace/src/eslint/feature-public-index.mjs';
import { tagOf, workspaceProjects } from './tools/docs/src/workspace-projects.mjs';

// The walls of the house (docs/architecture.md), enforced on project tags:
//   kind:     function | app | kit | function-kit | data-access | domain | contract | testing | tool
//   (a function-kit defines one kind of function, e.g. instance actions: it composes data-access)
//   platform: lambda | browser | any | node
//   scope:    what part of the product a project serves
const LAMBDA_ONLY = [
  '@middy/*',
  '@aws-lambda-powertools/*',
  '@aws-sdk/client-ec2',
  '@aws-sdk/client-cloudwatch',
  '@aws-sdk/client-dynamodb',
  '@aws-sdk/lib-*',
  '@smithy/*',
  'aws-jwt-verify',
];
const BROWSER_ONLY = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-router',
  '@mui/*',
  '@emotion/*',
  'recharts',
  '@tanstack/*',
];
const LOCAL_ONLY = ['dynalite', 'cognito-local', 'serverless-offline', 'osls', 'playwright-core'];

// scope: a project builds on its own scope and `shared`. A part of the product that needs another
// part says so here, with the reason; a new scope starts with none.
const SCOPE_USES = {
  // A metrics read first finds the caller's visible instance (from EC2, or from the inventory as the
  // list does: the health of a list page).
  metrics: ['instances', 'inventory'],
  // Every action is written to the audit trail before and after it runs, and through to the
  // inventory after it.
  actions: ['audit', 'inventory'],
  // Reconciling an open attempt reads the instance's state from EC2.
  audit: ['actions'],
  // The list reads the inventory; the inventory is filled from EC2 through the instance repository.
  instances: ['inventory'],
  inventory: ['instances'],
  // The dashboard offers only the actions the actions domain allows in an instance's state.
  web: ['actions'],
};
const PROJECTS = workspaceProjects(import.meta.dirname);

function scopeConstraints({ forTests }) {
  const scopes = [...new Set(PROJECTS.map((project) => tagOf(project, 'scope')).filter(Boolean))];
  const tools = new Set(
    PROJECTS.filter((project) => tagOf(project, 'kind') === 'tool').map((p) => tagOf(p, 'scope')),
  );
  return scopes.map((scope) => ({
    sourceTag: `scope:${scope}`,
    onlyDependOnLibsWithTags: [
      `scope:${scope}`,
      'scope:shared',
      ...(SCOPE_USES[scope] ?? []).map((used) => `scope:${used}`),
      // Tools are one workshop (the kind rule bounds what they use); tests may use them all.
      ...(tools.has(scope) || forTests ? ['kind:tool', 'kind:testing'] : []),
    ],
  }));
}

function moduleBoundaries({ forTests }) {
  // Tests may use the shared testing lib and the local AWS; production code never does.
  const testOnly = forTests ? ['kind:testing', 'kind:tool'] : [];
  const testPlatform = forTests ? ['platform:node'] : [];
  return [
    'error',
    {
      enforceBuildableLibDependency: true,
      allow: [],
      // Benches and tests import libs with import() after setting the environment; every function
      // is its own esbuild bundle, so "lazy-loaded library" means nothing here.
      checkDynamicDependenciesExceptions: ['@fleet/*'],
      depConstraints: [
        {
          sourceTag: 'kind:function',
          onlyDependOnLibsWithTags: [
            'kind:kit',
            'kind:function-kit',
            'kind:data-access',
            'kind:domain',
            'kind:contract',
            ...testOnly,
          ],
        },
        {
          sourceTag: 'kind:app',
          onlyDependOnLibsWithTags: ['kind:contract', 'kind:domain', ...testOnly],
        },
        {
          sourceTag: 'kind:kit',
          onlyDependOnLibsWithTags: ['kind:contract', 'kind:domain', ...testOnly],
        },
        {
          sourceTag: 'kind:function-kit',
          onlyDependOnLibsWithTags: [
            'kind:kit',
            'kind:data-access',
            'kind:domain',
            'kind:contract',
            ...testOnly,
          ],
        },
        {
          sourceTag: 'kind:data-access',
          onlyDependOnLibsWithTags: ['kind:kit', 'kind:domain', 'kind:contract', ...testOnly],
        },
        // A domain may use the shared domain libs (fleet identity) besides the contract.
        {
          sourceTag: 'kind:domain',
          onlyDependOnLibsWithTags: ['kind:contract', 'scope:shared', ...testOnly],
        },
        { sourceTag: 'kind:contract', onlyDependOnLibsWithTags: [...testOnly] },
        // Fixtures build on the product's libs, never on tools/: both may use a testing lib.
        {
          sourceTag: 'kind:testing',
          onlyDependOnLibsWithTags: ['kind:testing', 'kind:contract', 'kind:domain'],
        },
        {
          sourceTag: 'kind:tool',
          // Tools may read the product's pure rules (the docs print who may call what).
          onlyDependOnLibsWithTags: ['kind:tool', 'kind:testing', 'kind:contract', 'kind:domain'],
        },
        {
          sourceTag: 'platform:lambda',
          onlyDependOnLibsWithTags: ['platform:lambda', 'platform:any', ...testPlatform],
          bannedExternalImports: [...BROWSER_ONLY, ...(forTests ? [] : LOCAL_ONLY)],
        },
        {
          sourceTag: 'platform:browser',
          onlyDependOnLibsWithTags: ['platform:browser', 'platform:any', ...testPlatform],
          // The one AWS library the dashboard may use is the Cognito sign-in client.
          bannedExternalImports: [
            ...LAMBDA_ONLY,
            '@aws-sdk/client-ec2',
            ...(forTests ? [] : LOCAL_ONLY),
          ],
        },
        {
          sourceTag: 'platform:any',
          onlyDependOnLibsWithTags: ['platform:any', ...testPlatform],
          // Pure code: no AWS, no UI, no Node built-ins; the contract speaks zod/mini only.
          bannedExternalImports: [
            ...LAMBDA_ONLY,
            '@aws-sdk/*',
            ...BROWSER_ONLY,
            ...LOCAL_ONLY,
            'node:*',
            'zod',
          ],
        },
        ...scopeConstraints({ forTests }),
      ],
    },
  ];
}

export default [
  {
    ignores: [
      '**/dist',
      'tmp',
      '**/node_modules',
      '**/coverage',
      '**/.nx',
      '**/.serverless',
      '**/.esbuild',
      '**/.cognito',
      '**/.local-aws',
      '**/vite.config.*.timestamp*',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries({ forTests: false }),
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/e2e/**/*.ts', '**/bench/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries({ forTests: true }),
      // A test reads through a value it has just checked (`reply.Reservations![0]!`): a wrong
      // guess fails that test with a TypeError, never a user, and guards would only restate the
      // expectation before it.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // A handler is wiring: its rules live in libs, so its file stays short enough to read at once.
    files: ['apps/functions/*/src/handler.ts'],
    plugins: { fleet: { rules: { 'action-handler-lines': actionHandlerLines } } },
    rules: {
      'max-lines': ['error', { max: 40, skipBlankLines: false, skipComments: false }],
      // An action's handler is one call to the action kit.
      'fleet/action-handler-lines': ['error', { kit: '@fleet/actions-function', max: 15 }],
    },
  },
  {
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    plugins: { fleet: { rules: { 'feature-public-index': featurePublicIndex } } },
    rules: { 'fleet/feature-public-index': ['error', { featuresDir: 'apps/web/src/features' }] },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
];
