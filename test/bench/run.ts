// `npm run bench`: builds the extension, runs every benchmark, prints one JSON object.
// Usage: npm run bench [-- only1 only2]  (names: detect, startup, copy, upload, print, events)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const root = path.resolve(here, '..', '..');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const want = (n: string) => only.length === 0 || only.includes(n);

if (!process.argv.includes('--no-build')) {
  const r = spawnSync('npx', ['--no-install', 'wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const results: Record<string, unknown> = { machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, time: new Date().toISOString() };

// The detector benchmark is its own script (npm run bench:detect) printing JSON.
if (want('detect')) {
  const r = spawnSync('npx', ['--no-install', 'tsx', path.join(here, 'detect.ts')], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  try {
    results.detect = JSON.parse(r.stdout);
  } catch {
    results.detect = { error: `bench:detect printed no JSON (exit ${r.status})`, stderr: r.stderr.slice(-2000) };
  }
}

// These test/bench/<name>.ts export bench(); others (detect-compare.ts) are standalone checks.
const modules = ['startup', 'copy', 'upload', 'print', 'events'].filter((m) => existsSync(path.join(here, `${m}.ts`)));
for (const name of modules) {
  if (!want(name)) continue;
  try {
    const mod = await import(path.join(here, `${name}.ts`));
    if (typeof mod.bench !== 'function') continue;
    process.stderr.write(`bench: ${name}…\n`);
    results[name] = await mod.bench();
  } catch (e) {
    results[name] = { error: (e as Error).message };
  }
}

console.log(JSON.stringify(results, null, 2));
