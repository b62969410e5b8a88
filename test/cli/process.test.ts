import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { threadsFor } from '../../src/engine/pool.js';
import { SPILL_PREFIX } from '../../src/io/stale.js';
import { runCli, runModule, srcUrl } from '../support/child.js';
import { ROOT } from '../support/fixtures.js';
import { removeScratch, scratchDir } from '../support/scratch.js';

afterAll(removeScratch);

// The CLI in a real process, from the TypeScript sources: what only a process shows (its stdout, its threads, its memory).
describe('summit-facts as a process', () => {
  it('-o onto a symlink keeps the link and writes the file it points to; onto a link to /dev/stdout, prints', () => {
    const dir = scratchDir('sf-proc-');
    writeFileSync(join(dir, 'facts.json'), 'old');
    symlinkSync('facts.json', join(dir, 'latest.json'));
    symlinkSync('/dev/stdout', join(dir, 'stdout.json'));
    const toFile = runCli(['extract', join(ROOT, 'seeds'), '-f', 'json', '--no-cache', '-o', join(dir, 'latest.json')]);
    expect(toFile.status, toFile.stderr).toBe(0);
    expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8')).schemaVersion).toBe(1);
    const toStdout = runCli(['extract', join(ROOT, 'seeds'), '-f', 'json', '--no-cache', '-o', join(dir, 'stdout.json')]);
    expect(toStdout.status, toStdout.stderr).toBe(0);
    expect(JSON.parse(toStdout.stdout).schemaVersion).toBe(1);
    expect(readlinkSync(join(dir, 'stdout.json'))).toBe('/dev/stdout');
  });

  it('check --format junit --out reports/quotes.xml creates reports/', () => {
    const dir = scratchDir('sf-proc-');
    const r = runCli(['check', join(ROOT, 'fixtures', 'check-agree'), '--format', 'junit', '--out', 'reports/quotes.xml'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'reports', 'quotes.xml'), 'utf8')).toMatch(/^<\?xml/);
  });

  it('--jobs 999 on 100 files starts at most one thread per core, says so, and stays under 400 MB', () => {
    const dir = scratchDir('sf-proc-');
    const seeds = readdirSync(join(ROOT, 'seeds')).map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
    for (let i = 0; i < 100; i++) writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), seeds[i % seeds.length]!.slice(0, 1500));
    const code = `const { main } = await import(${JSON.stringify(srcUrl('cli/main.ts'))});
const { nodeIO } = await import(${JSON.stringify(srcUrl('cli/node-io.ts'))});
let started = 0;
process.on('worker', () => started++);
process.exitCode = await main(['extract', ${JSON.stringify(dir)}, '--jobs', '999', '--no-cache', '-f', 'json', '-o', '/dev/null'], nodeIO());
process.stderr.write('threads ' + started + ' maxrss ' + process.resourceUsage().maxRSS + '\\n');`;
    const r = runModule(code);
    expect(r.status, r.stderr).toBe(0);
    const cores = availableParallelism();
    expect(r.stderr).toContain(`summit-facts: note: --jobs 999 is more than the ${cores} cores; using ${cores}`);
    const [, threads, kb] = /threads (\d+) maxrss (\d+)/.exec(r.stderr)!;
    expect(Number(threads)).toBeGreaterThan(0); // the pool ran (the count would pass vacuously otherwise)
    expect(Number(threads)).toBeLessThanOrEqual(cores);
    expect(Number(kb) / 1024).toBeLessThan(400);
  });

  it('caps threads at the files and the cores, and names why', () => {
    expect(threadsFor(999, 100, 2)).toEqual({ threads: 2, capped: '--jobs 999 is more than the 2 cores; using 2' });
    expect(threadsFor(8, 3, 16)).toEqual({ threads: 3, capped: '--jobs 8 is more than the 3 files; using 3' });
    expect(threadsFor(undefined, 100, 2)).toEqual({ threads: 1, capped: null }); // on two cores, one thread: see pool.ts
    expect(threadsFor(undefined, 100, 8)).toEqual({ threads: 7, capped: null });
    // A large run extracts in workers on every core: this thread only reads and collects.
    expect(threadsFor(undefined, 2_000, 2)).toEqual({ threads: 2, capped: null });
    expect(threadsFor(undefined, 1_999, 2)).toEqual({ threads: 1, capped: null });
    expect(threadsFor(1, 5_000, 2)).toEqual({ threads: 1, capped: null });
  });

  it('a run removes the spill folder a killed run left behind, and leaves a live one alone', () => {
    const dead = join(tmpdir(), `${SPILL_PREFIX}999999999-abcdef`); // no such pid
    const live = join(tmpdir(), `${SPILL_PREFIX}${process.pid}-abcdef`);
    for (const d of [dead, live]) {
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'spill-0.ndjson'), 'x');
    }
    const r = runCli(['extract', join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds'))[0]!), '--no-cache', '-f', 'json', '-o', '/dev/null']);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    rmSync(live, { recursive: true, force: true });
  });
});
