// Adds up the JSON reports of vitest and Playwright into the one closing line CI reads.
import { existsSync, readFileSync } from 'node:fs'

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
let passed = 0
let failed = 0
let skipped = 0

const unit = read('.reports/vitest.json')
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests + (unit.numRuntimeErrors ?? 0)
  skipped += unit.numPendingTests + unit.numTodoTests
}
const e2e = read('.reports/e2e.json')
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky
  failed += e2e.stats.unexpected
  skipped += e2e.stats.skipped
}
if (!unit || !e2e) failed += 1 // a stage that did not report (typecheck, lint, or a crash) counts as a failure

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
