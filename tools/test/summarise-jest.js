// Prints the closing line CI reads from Jest's JSON results: "<label>: N passed, N failed[, N skipped]".
//   node tools/test/summarise-jest.js <label> <results.json>...
const fs = require('node:fs');
const [label, ...files] = process.argv.slice(2);
let passed = 0, failed = 0, skipped = 0;
for (const file of files) {
  if (!fs.existsSync(file)) {
    // the run that should have written it ended before it could (a crash, a kill): counted as one failure
    console.error(`${label}: no results in ${file}`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  skipped += r.numPendingTests + r.numTodoTests;
}
console.log(`${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
