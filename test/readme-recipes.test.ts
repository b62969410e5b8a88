import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { memoryIO } from './support/memory-io.js';
import { ROOT } from './support/fixtures.js';
import { removeScratch, scratchDir } from './support/scratch.js';

afterAll(removeScratch);

/**
 * Every command the README shows, run as written on the seeds: the lines of its `sh` blocks
 * that call summit-facts, and the CI recipe's `run:` line. The names the README uses for a
 * reader's own files (news/, a.txt, draft.md, sources/, …) exist in a sandbox, made of the seeds
 * and the check fixtures. summit-facts runs in this process; what it pipes into (jq) runs in bash.
 */
function recipes(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const out: string[] = [];
  for (const block of readme.matchAll(/```(sh|yaml)\n([\s\S]*?)```/g)) {
    for (let line of block[2]!.split('\n')) {
      if (block[1] === 'yaml') line = /^\s*- run: (npx summit-facts .*)$/.exec(line)?.[1] ?? '';
      line = line.replace(/^npm ci && /, '').replace(/\s+#.*$/, '').trim();
      if (/(^|\| )(npx )?summit-facts /.test(line) && !line.includes('<inputs...>')) out.push(line.replace(/npx summit-facts/g, 'summit-facts'));
    }
  }
  return out;
}

/** Shell words: single and double quotes, no expansion (what the recipes use). */
function words(command: string): string[] {
  const out: string[] = [];
  for (const m of command.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

/** `[cat FILE |] summit-facts ARGS [| rest of the pipeline]`, split at the pipes outside quotes. */
function pipeline(line: string): { stdin: string | null; args: string[]; after: string | null } {
  const parts = line.match(/(?:'[^']*'|"[^"]*"|[^|'"])+/g)!.map((p) => p.trim());
  let stdin: string | null = null;
  if (parts[0]!.startsWith('cat ')) stdin = words(parts.shift()!)[1]!;
  const args = words(parts.shift()!).slice(1);
  return { stdin, args, after: parts.length > 0 ? parts.join(' | ') : null };
}

let sandbox = '';
beforeAll(async () => {
  sandbox = scratchDir('sf-readme-');
  const seeds = join(ROOT, 'seeds');
  const names = readdirSync(seeds).sort();
  for (const dir of ['seeds', 'news', 'sources', 'slice-07']) cpSync(seeds, join(sandbox, dir), { recursive: true });
  cpSync(join(seeds, names[0]!), join(sandbox, 'a.txt'));
  cpSync(join(seeds, names[1]!), join(sandbox, 'b.txt'));
  cpSync(join(seeds, names[2]!), join(sandbox, 'article.txt'));
  mkdirSync(join(sandbox, 'drafts'));
  cpSync(join(ROOT, 'fixtures', 'check-draft', 'draft.md'), join(sandbox, 'draft.md'));
  cpSync(join(ROOT, 'fixtures', 'check-draft', 'draft.md'), join(sandbox, 'drafts', 'story.md'));
  // An expectation a team would pin: the first attributed quote of the seeds, as extracted.
  const io = memoryIO();
  await main(['extract', seeds, '-f', 'json', '--no-cache'], io);
  const quote = (JSON.parse(io.out()).facts as Array<{ type: string; text: string; speakerName: string | null }>).find((f) => f.type === 'quote' && f.speakerName)!;
  writeFileSync(join(sandbox, 'expect.json'), JSON.stringify({ quotes: [{ text: quote.text.split(' ').slice(0, 6).join(' '), speaker: quote.speakerName }] }));
});

describe('the README recipes', () => {
  const list = recipes();

  it('are found: the usage examples, the jq recipes, shards, check and CI', () => {
    expect(list.length).toBeGreaterThanOrEqual(18);
    expect(list.some((r) => r.includes('| jq'))).toBe(true);
    expect(list.some((r) => r.startsWith('summit-facts reconcile'))).toBe(true);
  });

  // Serially: the shard recipes read what the one before them wrote.
  it.each(list)('%s', async (recipe) => {
    const { stdin, args, after } = pipeline(recipe);
    // A cache in the sandbox, as a user's would be: the recipes that read the seeds again are served from it.
    const io = memoryIO({ cwd: sandbox, disk: true, env: { NO_COLOR: '1', XDG_CACHE_HOME: join(sandbox, '.cache') }, ...(stdin ? { stdin: readFileSync(join(sandbox, stdin)) } : {}) });
    const code = await main(args, io);
    // check exits 1 on the seeds (they disagree); everything else runs clean.
    expect(code, io.err()).toBe(args[0] === 'check' ? 1 : 0);
    const out = args.findIndex((a) => a === '--out' || a === '-o');
    if (out >= 0) {
      const file = args[out + 1]!;
      if (file !== '/dev/null') expect(statSync(join(sandbox, file)).size, file).toBeGreaterThan(0);
      return;
    }
    expect(io.out().length).toBeGreaterThan(0);
    if (after === null) return;
    const piped = spawnSync('bash', ['-o', 'pipefail', '-c', after], { cwd: sandbox, input: io.out(), encoding: 'utf8' });
    expect(piped.status, piped.stderr).toBe(0);
    const lines = piped.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l === '' || /(^|\s)null(\s|$)/.test(l)), 'no empty or null results').toEqual([]);
    // A recipe that prints file:line:column prints a file, not a source id.
    for (const l of lines) {
      const place = /^(\S+):\d+:\d+ /.exec(l);
      if (place) expect(existsSync(join(sandbox, place[1]!)), l).toBe(true);
    }
  });

  it('leave what they promise on disk', () => {
    expect(existsSync(join(sandbox, 'shards'))).toBe(true);
    expect(JSON.parse(readFileSync(join(sandbox, 'facts.json'), 'utf8')).schemaVersion).toBe(1);
    expect(readFileSync(join(sandbox, 'reports', 'quotes.xml'), 'utf8')).toMatch(/^<\?xml/);
  });
});
