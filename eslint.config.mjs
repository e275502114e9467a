import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

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

function moduleBoundaries({ forTests }) {
  // Tests may use the shared testing lib and the local AWS; production code never does.
  const testOnly = forTests ? ['kind:testing', 'kind:tool'] : [];
  const testPlatform = forTests ? ['platform:node'] : [];
  return [
    'error',
    {
      enforceBuildableLibDependency: true,
      allow: [],
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
        { sourceTag: 'kind:testing', onlyDependOnLibsWithTags: ['*'] },
        {
          sourceTag: 'kind:tool',
          onlyDependOnLibsWithTags: ['kind:tool', 'kind:testing', 'kind:contract'],
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
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries({ forTests: true }) },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
];
