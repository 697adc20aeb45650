import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints "N passed, M failed" as the last line, which .ci/run reads. A test counts once, by its
 * final outcome; a run that failed before any test (the app did not build or start) counts as
 * one failure, so it never reads as green.
 */
export default class SummaryReporter implements Reporter {
  private outcomes = new Map<string, 'passed' | 'failed' | 'skipped'>();

  onTestEnd(test: TestCase, _result: TestResult): void {
    const outcome = test.outcome();
    this.outcomes.set(
      test.id,
      outcome === 'skipped' ? 'skipped' : outcome === 'unexpected' ? 'failed' : 'passed'
    );
  }

  onEnd(result: FullResult): void {
    const count = (kind: string) => [...this.outcomes.values()].filter((o) => o === kind).length;
    const passed = count('passed');
    let failed = count('failed');
    if (result.status !== 'passed' && failed === 0) failed = 1;
    const skipped = count('skipped');
    console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
