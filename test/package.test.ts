import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { memoryIO } from './support/memory-io.js';
import { ROOT } from './support/fixtures.js';
import { removeScratch, scratchDir } from './support/scratch.js';

afterAll(removeScratch);

const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });

describe('the package', () => {
  // npm pack takes the build as it is: npm ci builds it (the `prepare` script).
  it('packs what a user needs and nothing else, installs from the tarball and runs', () => {
    expect(existsSync(join(ROOT, 'dist', 'cli', 'main.js')), 'no dist/: run npm run build (npm ci does)').toBe(true);
    const dir = scratchDir('sf-pack-');
    const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = info!.files.map((f) => f.path);
    for (const needed of ['LICENSE', 'README.md', 'package.json', 'bin/summit-facts.js', 'dist/cli/main.js', 'dist/engine/worker.js', 'dist/cli/help.txt', 'dist/nlp/lexicon.json']) expect(files, needed).toContain(needed);
    expect(files.filter((f) => !/^(bin|dist)\//.test(f) && !['LICENSE', 'README.md', 'package.json'].includes(f))).toEqual([]);

    const project = join(dir, 'newsroom');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'newsroom', private: true, type: 'module' }));
    const installed = npm(['install', '--prefer-offline', '--ignore-scripts', join(dir, info!.filename)], project);
    expect(installed.status, installed.stderr).toBe(0);
    const run = spawnSync(join(project, 'node_modules', '.bin', 'summit-facts'), ['extract', join(ROOT, 'seeds'), '--format', 'json', '--no-cache'], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).sources).toHaveLength(readdirSync(join(ROOT, 'seeds')).length);
  });
});

describe('summit-facts completion', () => {
  const script = async (shell: string) => {
    const io = memoryIO();
    const code = await main(['completion', shell], io);
    return { code, out: io.out(), err: io.err() };
  };

  it('bash: completes commands, each command\'s options and --format values, from the program itself', async () => {
    const { code, out } = await script('bash');
    expect(code).toBe(0);
    const dir = scratchDir('sf-comp-');
    writeFileSync(join(dir, 'c.bash'), out);
    const complete = (...words: string[]) => execFileSync('bash', ['-c', `source c.bash; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _summit_facts; echo "\${COMPREPLY[@]}"`], { cwd: dir, encoding: 'utf8' }).trim();
    expect(complete('summit-facts', 'ch')).toBe('check');
    expect(complete('summit-facts', 'extract', '--format', '')).toBe('table json ndjson markdown timeline html');
    expect(complete('summit-facts', 'check', '--format', '')).toBe('pretty json github junit');
    expect(complete('summit-facts', 'extract', '--ref')).toBe('--reference-date');
    expect(complete('summit-facts', 'check', '--max')).toBe('--max-warnings');
  });

  it('zsh: a compdef script with every command and option', async () => {
    const { code, out } = await script('zsh');
    expect(code).toBe(0);
    expect(out.startsWith('#compdef summit-facts\n')).toBe(true);
    for (const piece of ["'extract:", "'check:", "'--reference-date[", "'--format[output format]:value:(pretty json github junit)'", "'--out["]) expect(out).toContain(piece);
  });

  it('refuses another shell with a reason and exit code 2', async () => {
    const r = await script('fish');
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toBe('summit-facts: error: no completion for the shell "fish"; expected bash or zsh\n');
  });
});
