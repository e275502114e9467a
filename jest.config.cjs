// One jest run for the whole workspace, split in two projects:
// - unit: pure tests and in-process emulator tests, no shared services;
// - stack: tests that cross real wires (HTTP through serverless-offline, the browser) against one
//   local stack started once by globalSetup for every test file of the project.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|tsx|js|mjs)$': swc },
  // Middy 6 ships ESM only, and zod's locale files are ESM: let them through the transform so
  // jest's CommonJS runtime can load them.
  transformIgnorePatterns: ['/node_modules/(?!@middy/|zod/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/fixtures/'],
};

module.exports = {
  // Stack tests wait on real services (SDK retries with back-off included); unit tests finish far sooner.
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/tools/testing/src/summary-reporter.cjs'],
  projects: [
    {
      ...common,
      displayName: 'unit',
      setupFiles: ['<rootDir>/tools/testing/src/unit-env.cjs'],
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.{ts,tsx}'],
      testPathIgnorePatterns: [
        ...common.testPathIgnorePatterns,
        '\\.int\\.spec\\.',
        '\\.e2e\\.spec\\.',
      ],
    },
    {
      ...common,
      displayName: 'stack',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.{int,e2e}.spec.{ts,tsx}'],
      globalSetup: '<rootDir>/tools/testing/src/stack-setup.ts',
      // Node's, and a file fails if it leaves an attempt without an outcome for the files after it.
      testEnvironment: '<rootDir>/tools/testing/src/stack-environment.ts',
      // Every stack test: faults it left are cleared; browser tests run under the deployed CSP, and a
      // violation fails the test that caused it.
      setupFilesAfterEnv: [
        '<rootDir>/tools/testing/src/stack-each.ts',
        '<rootDir>/tools/testing/src/csp-guard.ts',
      ],
      globalTeardown: '<rootDir>/tools/testing/src/stack-teardown.ts',
    },
  ],
};
