/** One id per test run, so test files can share one build of the sample site. */
export default function setup() {
  process.env.THIDUA_TEST_RUN ??= String(Date.now());
}
