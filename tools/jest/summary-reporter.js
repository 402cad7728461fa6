// Writes each Jest run's totals to .data/test-results/, so `npm test` can print
// one closing line for all Nx projects together.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig;
  }

  onRunComplete(_contexts, results) {
    const dir = process.env.ZHIRONG_TEST_RESULTS;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${process.pid}-${Date.now()}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        passed: results.numPassedTests,
        failed: results.numFailedTests,
        skipped: results.numPendingTests + results.numTodoTests,
        failedSuites: results.numFailedTestSuites + results.numRuntimeErrorTestSuites,
      }),
    );
  }
}

module.exports = SummaryReporter;
