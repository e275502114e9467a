// Set up after the framework in every file of the "stack" project: a test that leaves a
// Content-Security-Policy violation behind fails, and each file's count is recorded for the run's
// summary line (summary-reporter.cjs). The dashboard is served with the deployed CSP
// (tools/deploy/src/preview), so what fails here would fail in production.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { takeCspViolations, watchedPages } from '@fleet/testing';

const REPORT_DIR = join(__dirname, '../../../tmp/csp-report');
let counted = 0;

afterEach(() => {
  const violations = takeCspViolations();
  counted += violations.length;
  if (violations.length > 0) {
    throw new Error(
      `Content-Security-Policy violations:\n${violations
        .map(
          (violation) =>
            `  ${violation.directive} blocked ${violation.blocked} on ${violation.page}`,
        )
        .join('\n')}`,
    );
  }
});

afterAll(() => {
  if (watchedPages() === 0) return;
  // One line per test file, in a file named after the jest run (set by summary-reporter.cjs).
  const run = process.env['FLEET_TEST_RUN'] ?? String(process.pid);
  mkdirSync(REPORT_DIR, { recursive: true });
  appendFileSync(
    join(REPORT_DIR, `${run}.jsonl`),
    `${JSON.stringify({ file: expect.getState().testPath, pages: watchedPages(), violations: counted })}\n`,
  );
});
