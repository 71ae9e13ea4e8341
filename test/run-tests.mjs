// The whole suite, in the order a failure is cheapest to find: types, unit tests, builds, real-browser tests.
// Ends with one plain line: "maruhi: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, findChromium } from './browser.mjs';

const out = path.join(ROOT, 'test', 'out');
mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;
const problems = [];

function run(title, cmd, args, env = {}) {
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) problems.push(`${title} exited with ${r.status ?? r.signal}`);
  return r.status === 0;
}

const npx = (args, title, env) => run(title, 'npx', ['--no-install', ...args], env);

// 1. Types.
if (npx(['tsc', '--noEmit', '-p', '.'], 'typecheck')) passed++;
else failed++;

// 2. Unit tests of the pure core.
const vitestJson = path.join(out, 'vitest.json');
rmSync(vitestJson, { force: true });
npx(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`], 'unit tests');
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests + (v.numRuntimeErrorTestSuites ?? 0);
  if (v.numTotalTests === 0) problems.push('vitest ran no test');
} else {
  failed++;
  problems.push('vitest wrote no report');
}

// 3. Builds: Chrome MV3 (tested below), Firefox MV3, and the store zips.
for (const [title, args] of [
  ['build chrome', ['wxt', 'build']],
  ['build firefox', ['wxt', 'build', '-b', 'firefox', '--mv3']],
  ['zip', ['wxt', 'zip']],
  ['zip firefox', ['wxt', 'zip', '-b', 'firefox', '--mv3']],
]) {
  if (npx(args, title)) passed++;
  else failed++;
}

// 4. The built extension in a real Chromium.
let chromium = null;
try {
  chromium = await findChromium();
  console.log(`\nChromium: ${chromium}`);
} catch (e) {
  problems.push(e.message);
  failed++;
}
if (chromium) {
  const pwJson = path.join(out, 'playwright.json');
  rmSync(pwJson, { force: true });
  npx(['playwright', 'test'], 'browser tests', { MARUHI_PW_REPORTER: pwJson, CHROMIUM_PATH: chromium });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats;
    passed += s.expected + (s.flaky ?? 0);
    failed += s.unexpected;
    if (s.skipped) problems.push(`${s.skipped} browser tests were skipped`);
    if (s.expected + s.unexpected === 0) problems.push('playwright ran no test');
  } else {
    failed++;
    problems.push('playwright wrote no report');
  }
}

if (problems.length) console.log('\nProblems:\n' + problems.map((p) => `- ${p}`).join('\n'));
console.log(`\nmaruhi: ${passed} passed, ${failed} failed`);
process.exit(failed || problems.length ? 1 : 0);
