import type { Reporter, TestCase } from "vitest/node";

/**
 * Names every browser test that passed only when repeated (vitest's `retry`, used in CI), with
 * the first attempt's error where vitest kept it. A repeat keeps a machine's passing hiccup
 * (two cores shared with every other package's tests) from failing the run; this report keeps
 * such a test from passing unseen, so that its race can be found and fixed.
 */
export default class FlakyReporter implements Reporter {
  private readonly flaky: string[] = [];

  onTestCaseResult(testCase: TestCase): void {
    if (!testCase.diagnostic()?.flaky) return;
    const firstError = testCase.result().errors?.[0]?.message?.split("\n")[0];
    this.flaky.push(`${testCase.module.relativeModuleId} > ${testCase.fullName}${firstError ? ` (zuerst: ${firstError})` : ""}`);
  }

  onTestRunEnd(): void {
    for (const name of this.flaky) console.warn(`Flaky, bestanden erst bei Wiederholung: ${name}`);
  }
}
