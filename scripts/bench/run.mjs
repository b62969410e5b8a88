// Running a child process once and judging the run: wall seconds, peak RSS, and crashed or not.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Peak RSS without external tools: a preload prints the child's own maxRSS (KiB on Linux) on exit.
// Worker threads live in the same process, so their memory is included; the preload runs in each worker
// too and prints the process's peak so far when the worker ends, so the largest line is the run's peak.
export function preload(bench) {
  const file = path.join(bench, 'maxrss-preload.mjs');
  const code = "import fs from 'node:fs';\nprocess.on('exit', () => fs.writeSync(2, 'MAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\n";
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== code) fs.writeFileSync(file, code);
  return pathToFileURL(file).href;
}

const parses = (file) => {
  try {
    JSON.parse(fs.readFileSync(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
};

/**
 * Run `node --import <preload> script ...args` and wait. `out` is the JSON file the run must write.
 * Exit 1 is "check found problems" but also Node's exit code for an uncaught exception, so only a
 * parseable `out` proves a run. A run past `timeoutSec` is killed and reported as a timeout, not a crash.
 */
export function runNode({ bench, root, script, args, out, timeoutSec = 600, withPreload = true }) {
  if (out) fs.rmSync(out, { force: true });
  const nodeArgs = [...(withPreload ? ['--import', preload(bench)] : []), script, ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, nodeArgs, { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20, timeout: timeoutSec * 1000 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const peaks = [...(r.stderr ?? '').matchAll(/^MAXRSS (\d+)$/gm)].map((m) => Number(m[1]));
  const stderr = (r.stderr ?? '').replace(/^MAXRSS \d+\n?/gm, '').trim();
  const timedOut = r.error?.code === 'ETIMEDOUT';
  let crash = null;
  if (timedOut) crash = null;
  else if (r.error) crash = `could not start: ${r.error.message}`;
  else if (r.signal) crash = `killed by ${r.signal}`;
  else if (r.status !== 0 && r.status !== 1) crash = `exit ${r.status}`;
  else if (out && !(fs.existsSync(out) && parses(out))) crash = `exit ${r.status}, --out missing or not JSON`;
  if (out) fs.rmSync(out, { force: true });
  return { seconds, rssMB: peaks.length ? Math.max(...peaks) / 1024 : NaN, status: r.status, timedOut, crash, stderr, stdout: r.stdout ?? '' };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Repeat a run `n` times; the median seconds and the largest peak RSS; the first crash or timeout wins. */
export function repeat(n, once) {
  const runs = [];
  for (let i = 0; i < n; i++) {
    const r = once();
    runs.push(r);
    if (r.crash || r.timedOut) return r;
  }
  return { ...runs[0], seconds: median(runs.map((r) => r.seconds)), rssMB: Math.max(...runs.map((r) => r.rssMB)), repeats: n };
}

/**
 * Two runs repeated `n` times in turn (a, b, a, b, …): the median of each, as `repeat` gives it. On a
 * shared host the speed drifts over minutes; runs taken in turn feel the same drift, where `n` of one
 * and then `n` of the other can differ by the drift alone.
 */
export function alternate(n, a, b) {
  const runs = [[], []];
  for (let i = 0; i < n; i++) {
    for (const [k, once] of [a, b].entries()) {
      const r = once();
      if (r.crash || r.timedOut) return k === 0 ? [r, r] : [runs[0][0] ?? r, r];
      runs[k].push(r);
    }
  }
  return runs.map((rs) => ({ ...rs[0], seconds: median(rs.map((r) => r.seconds)), rssMB: Math.max(...rs.map((r) => r.rssMB)), repeats: n }));
}

/**
 * The machine's own ceiling for two threads of this work: the same CLI on two halves of a corpus,
 * one after the other and then both at once, as two processes that share nothing. No thread pool
 * can beat this ratio on the same machine; it says what a --jobs 2 speedup target can expect.
 */
export async function twoProcessCeiling({ root, script, halves, timeoutSec = 600 }) {
  const { spawn } = await import('node:child_process');
  const once = (dir) => new Promise((resolve) => {
    const child = spawn(process.execPath, [script, 'extract', dir, '--format', 'json', '--no-cache', '--jobs', '1', '--quiet'], { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSec * 1000);
    child.on('exit', (code) => { clearTimeout(timer); resolve(code); });
  });
  const clock = async (work) => {
    const t0 = process.hrtime.bigint();
    const codes = await work();
    return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, ok: codes.every((c) => c === 0 || c === 1) };
  };
  const serial = await clock(async () => [await once(halves[0]), await once(halves[1])]);
  const parallel = await clock(() => Promise.all(halves.map(once)));
  return { serial: serial.seconds, parallel: parallel.seconds, ratio: serial.seconds / parallel.seconds, ok: serial.ok && parallel.ok };
}
