const { readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

/** The CSP guard's per-file lines of this run (tools/testing/src/csp-guard.ts), summed. */
function cspSummary() {
  const file = join(__dirname, '../../../tmp/csp-report', `${process.env.FLEET_TEST_RUN}.jsonl`);
  let lines;
  try {
    lines = readFileSync(file, 'utf8').trim().split('\n');
  } catch {
    return '';
  }
  rmSync(file, { force: true });
  const totals = lines
    .map((line) => JSON.parse(line))
    .reduce(
      (sum, entry) => ({
        files: sum.files + 1,
        pages: sum.pages + entry.pages,
        violations: sum.violations + entry.violations,
      }),
      { files: 0, pages: 0, violations: 0 },
    );
  return `\nCSP violations: ${totals.violations} (${totals.pages} pages in ${totals.files} browser test files, production CSP)`;
}

// Prints one closing line that any CI log reader understands: "Tests: N passed, N failed".
class SummaryReporter {
  constructor() {
    // One id per jest run, set before any test file runs: workers inherit it, so test files of
    // this run can share what is made once (the packaged stack) and report to one place.
    process.env.FLEET_TEST_RUN ??= `${process.pid}-${Date.now()}`;
  }

  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    // A file can fail with every test passed: a hook failed, or its environment did (the stack
    // environment's check that it left no attempt open), or it could not run. Say so, or the line
    // reads as a pass.
    const filesFailed = results.testResults
      .filter((file) => file.testExecError || file.failureMessage)
      .filter((file) => file.numFailingTests === 0).length;
    const files = filesFailed > 0 ? `, ${filesFailed} file(s) failed outside their tests` : '';
    process.stdout.write(
      `${cspSummary()}\nTests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}${files}\n`,
    );
  }
}
module.exports = SummaryReporter;
