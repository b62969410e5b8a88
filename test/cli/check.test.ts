import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../support/memory-io.js';
import { removeScratch, scratchDir } from '../support/scratch.js';
import { xmlProblems } from '../render/check/xml-check.js';

afterAll(removeScratch);

const root = process.cwd();
const run = async (args: string[], cwd = root) => {
  const io = memoryIO({ cwd });
  const code = await main(['check', ...args], io);
  return { code, out: io.out(), err: io.err(), files: io.files };
};

/** A scratch folder holding a config file, for the config cases. */
function withConfig(config: unknown): string {
  const dir = scratchDir('sf-check-');
  writeFileSync(path.join(dir, 'summit-facts.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

describe('summit-facts check <sources>', () => {
  it('exits 1 on seeds/ and names both locations of the notable/major difference', async () => {
    const { code, out } = await run(['seeds/']);
    expect(code).toBe(1);
    const line = out.split('\n').find((l) => l.startsWith('seeds/002_') && l.includes('"a notable step forward" differs from "a major step forward"'));
    expect(line).toMatch(/^seeds\/002_\w+\.txt:\d+:\d+ +error +.*\(004_\w+\.txt:\d+:\d+\) +quote\/variant-wording$/);
    expect(out).toMatch(/^seeds\/004_\w+\.txt:\d+:\d+ +error +"a major step forward" differs from "a notable step forward" \(002_\w+\.txt:\d+:\d+\)/m);
  });

  it('words a figure or date conflict as extract does, and never sets agreeing sources against each other', async () => {
    const { out } = await run(['fixtures/same-event-port-strike']);
    const io = memoryIO();
    await main(['extract', 'fixtures/same-event-port-strike', '--format', 'json'], io);
    const messages = (JSON.parse(io.out()).conflicts as Array<{ type: string; message: string }>).filter((c) => c.type === 'figure' || c.type === 'date').map((c) => c.message);
    expect(messages.length).toBeGreaterThan(1);
    const lines = out.split('\n').filter((l) => /(figure|date)\/conflict$/.test(l));
    expect(lines.length).toBe(6); // each of the three sources, for the figure and for the date
    for (const line of lines) expect(messages.some((m) => line.includes(`  ${m} (`))).toBe(true);
    expect(out).not.toMatch(/"some 12,000" differs from "about 12,000"/);
  });

  it('exits 0 when the sources agree', async () => {
    const { code, out } = await run(['fixtures/check-agree']);
    expect([code, out]).toEqual([0, '✔ no problems in 2 files\n']);
  });

  it('--format github prints workflow annotations for the seeds', async () => {
    const { code, out } = await run(['seeds/', '--format', 'github']);
    expect(code).toBe(1);
    expect(out).toMatch(/^::error file=seeds\/002_\w+\.txt,line=\d+,col=\d+,title=quote\/variant-wording::"a notable step forward"/m);
  });

  it('--format junit is well-formed XML with a suite per source', async () => {
    const { out } = await run(['seeds/', '--format', 'junit']);
    expect(xmlProblems(out)).toEqual([]);
    expect(out.match(/<testsuite /g)).toHaveLength(5);
  });

  it('--format json gives the summary', async () => {
    const { out } = await run(['fixtures/check-agree', '--format', 'json']);
    expect(JSON.parse(out).summary).toEqual({ errors: 0, warnings: 0, files: 2, quotesChecked: 0 });
  });

  it('--out writes the report instead of printing it', async () => {
    const { code, out, files } = await run(['fixtures/check-agree', '--format', 'json', '--out', 'report.json']);
    expect([code, out]).toEqual([0, '']);
    expect(JSON.parse(files.get(path.join(root, 'report.json'))!).summary.errors).toBe(0);
  });
});

describe('summit-facts check <draft> --against <sources>', () => {
  it('exits 1 and reports each problem quote of the draft', async () => {
    const { code, out } = await run(['fixtures/check-draft/draft.md', '--against', 'fixtures/check-draft/sources']);
    expect(code).toBe(1);
    expect(out.match(/^fixtures\/check-draft\/draft\.md:\d+:\d+ .*$/gm)!.map((l) => l.split(/\s+/).at(-1))).toEqual([
      'draft/misquote', 'draft/negation-changed', 'draft/quote-not-found', 'draft/misattributed',
    ]);
    expect(out).toContain('Draft quotes: 7 checked (1 verbatim, 1 normalised, 1 ellipsis, 1 misquote, 1 negation, 1 not-found, 1 misattributed)');
  });
});

describe('summit-facts check --expect', () => {
  it('fails the build on a deliberately wrong attribution', async () => {
    const { code, out } = await run(['fixtures/check-agree', '--expect', 'fixtures/check-expect/expect.json', '--format', 'github']);
    expect(code).toBe(1);
    expect(out).toBe('::error file=fixtures/check-expect/expect.json,line=4,col=14,title=expect/wrong-speaker::'
      + 'Expected "We listened to the people who ride the buses ever…" to be attributed to Helena Marsh, the sources give Tomas Brandt (a_valleypost.txt:4:79)\n');
  });
});

describe('severity, --max-warnings and config', () => {
  it('config severities apply, and --max-warnings turns warnings into a failure', async () => {
    const cwd = withConfig({ severity: { 'quote/variant-wording': 'warning' } });
    const seeds = path.join(root, 'seeds');
    expect((await run([seeds], cwd)).code).toBe(0);
    expect((await run([seeds, '--max-warnings', '100'], cwd)).code).toBe(0);
    const over = await run([seeds, '--max-warnings', '0', '-q'], cwd);
    expect(over.code).toBe(1);
    // Exit 1 with no error in the report: stderr says why, even with -q.
    expect(over.err).toMatch(/^summit-facts: error: \d+ warnings, more than --max-warnings 0\n$/);
  });

  it('a config can raise a note to an error: figure/number-too-long fails the build', async () => {
    const article = 'Ana Duarte said the fund held 1234567890123456789 coins, a number nobody could read.\n';
    const quiet = withConfig({});
    writeFileSync(path.join(quiet, 'a.txt'), article);
    expect(await run(['a.txt'], quiet)).toMatchObject({ code: 0, out: '✔ no problems in 1 file\n' });
    const strict = withConfig({ severity: { 'figure/number-too-long': 'error' } });
    writeFileSync(path.join(strict, 'a.txt'), article);
    const r = await run(['a.txt'], strict);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^a\.txt:1:\d+ +error +Number with more than 15 digits ignored: .*figure\/number-too-long$/m);
  });

  it('finds the config upward, up to the repository root, with ignore globs relative to it', async () => {
    const outer = scratchDir('sf-check-up-');
    const repo = path.join(outer, 'repo');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(path.join(repo, 'stories', 'today'), { recursive: true });
    cpSync(path.join(root, 'seeds'), path.join(repo, 'seeds'), { recursive: true });
    // Above the repository root: never read.
    writeFileSync(path.join(outer, 'summit-facts.config.json'), JSON.stringify({ severity: { 'quote/variant-spelling': 'error' } }));
    const before = (await run(['../../seeds'], path.join(repo, 'stories', 'today'))).out;
    expect(before).toMatch(/warning +.*quote\/variant-spelling$/m);
    expect(before).not.toMatch(/error +.*quote\/variant-spelling$/m);
    writeFileSync(path.join(repo, 'summit-facts.config.json'), JSON.stringify({ ignore: ['seeds/00[2]_*.txt'], severity: { 'quote/variant-spelling': 'off' } }));
    const r = await run(['../../seeds'], path.join(repo, 'stories', 'today'));
    expect([r.code, r.out]).toEqual([0, '✔ no problems in 4 files\n']);
  });

  it('config ignore skips sources', async () => {
    const cwd = withConfig({ ignore: ['002_*.txt'], severity: { 'quote/variant-spelling': 'off' } });
    const { code, out } = await run([path.join(root, 'seeds')], cwd);
    expect([code, out]).toEqual([0, '✔ no problems in 4 files\n']);
  });

  const unusable = [
    { name: 'bad JSON', config: '{', err: /summit-facts\.config\.json: not valid JSON/ },
    { name: 'unknown key', config: { colour: true }, err: /summit-facts\.config\.json: unknown key "colour"/ },
    { name: 'unknown code', config: { severity: { 'quote/nope': 'error' } }, err: /unknown code "quote\/nope"/ },
  ];
  it.each(unusable)('exits 2 on a config with $name', async ({ config, err }) => {
    const r = await run([path.join(root, 'fixtures/check-agree')], withConfig(config));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(err);
    expect(r.out).toBe('');
  });

  const couldNotRun = [
    { args: ['fixtures/check-agree', '--config', 'missing.json'], err: /missing\.json: cannot read config \(ENOENT\)/ },
    { args: ['fixtures/check-agree', '--expect', 'missing.json'], err: /missing\.json: cannot read expectations/ },
    { args: ['fixtures/check-agree', '--format', 'xml'], err: /argument 'xml' is invalid/ },
    { args: ['fixtures/check-agree', '--max-warnings', '-1'], err: /expected a whole number/ },
    { args: ['no-such-folder/'], err: /no readable source article/ },
    { args: ['fixtures/check-agree', 'no-such-file.txt'], err: /no-such-file\.txt/ },
  ];
  it.each(couldNotRun)('exits 2: $args', async ({ args, err }) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(err);
  });
});
