import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT } from '../model/exit.js';
import type { CheckOptions } from './check.js';
import type { ExtractOptions } from './extract.js';
import type { ReconcileOptions } from './reconcile.js';
import type { CliIO } from './io.js';
import { packageVersion } from './version.js';

const EXTRACT_EXAMPLES = `
Examples:
  $ summit-facts extract seeds/                        the fact table in the terminal
  $ summit-facts extract seeds/ --format json | jq '.conflicts[].message'
  $ summit-facts extract 'news/**/*.txt' --reference-date 2025-08-18 --format timeline
  $ summit-facts extract a.txt b.txt --format markdown --out facts.md
  $ summit-facts extract seeds/ --format html --out report.html
  $ cat article.txt | summit-facts extract - --format ndjson`;

const CHECK_EXAMPLES = `
Examples:
  $ summit-facts check seeds/                          quotes, figures and dates that sources disagree on
  $ summit-facts check draft.md --against seeds/       every quote in a draft, verified against the sources
  $ summit-facts check seeds/ --expect expect.json     pinned attributions (see README: --expect)
  $ summit-facts check seeds/ --format github          annotations on the pull request lines
  $ summit-facts check seeds/ --format junit --out check.xml --max-warnings 0

Exit codes: 0 no errors · 1 errors (or warnings over --max-warnings) · 2 could not run (usage, unreadable input, bad config)`;

// The top-level help shows one block: the commands' examples, one line each.
const ALL_EXAMPLES = `
Examples:
${[EXTRACT_EXAMPLES, CHECK_EXAMPLES.replace(/\n\nExit codes.*$/s, '')].map((block) => block.replace(/^\nExamples:\n/, '')).join('\n')}
  $ summit-facts cache clean                           empty the cache`;

// What a man page would add: formats, exit codes, files and the environment.
const REFERENCE = `
Formats: extract and reconcile write table (default), json (the stable contract, schemaVersion 1),
ndjson (the same, one typed record a line), markdown or timeline; check writes pretty, json, github
or junit. Data goes to stdout (or --out), messages to stderr.

Exit codes: 0 ok · 1 check found problems · 2 could not run (or some inputs unreadable)

Files: summit-facts.config.json (check), looked for in the working folder and above it up to the
repository root. Per-article results and whole outputs are cached in $XDG_CACHE_HOME/summit-facts
or ~/.cache/summit-facts (summit-facts cache shows it, summit-facts cache clean empties it).

Environment: NO_COLOR turns colour off, FORCE_COLOR=0|1 off or on; TMPDIR is where a run works;
SUMMIT_FACTS_TIMINGS=1 prints each phase's time and memory on stderr.

Completion: summit-facts completion bash|zsh. The README has the JSON contract and jq recipes.
`;

/** Builds the program. Commander's own exits and writes are redirected into `io`. */
function program(io: CliIO, run: { code: number }): Command {
  const cmd = new Command('summit-facts')
    .description('Reconcile who said what, figures and dates across news articles about one event.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    // Commander's own errors ("error: unknown option") get the prefix every other message has.
    .configureOutput({ writeOut: (s) => io.writeOut(s), writeErr: (s) => io.writeErr(s), outputError: (s, write) => write(`summit-facts: ${s}`) })
    .addHelpText('after', `${ALL_EXAMPLES}\n${REFERENCE}`);

  withTableOutput(cmd.command('extract'))
    .description('extract the reconciled fact table from articles (files, folders of .txt, globs, or - for stdin)')
    .argument('<inputs...>', 'files, folders or globs')
    .option('--max-bytes <n>', 'skip files larger than this many bytes (default 6 MiB: one article takes about 75 times its size in memory)', parsePositive)
    .option('-q, --quiet', 'do not report skipped files or progress on stderr')
    .option('-j, --jobs <n>', 'extraction threads, at most the files and the cores (default: one per core beyond the first; every core from 2,000 files on)', parsePositive)
    .option('--cache-dir <dir>', 'where per-article results are cached (default: $XDG_CACHE_HOME/summit-facts or ~/.cache/summit-facts)')
    .option('--no-cache', 'do not read or write the cache')
    .option('--cache-max-mb <n>', 'keep the cache under this many MB, removing the least recently used first (default 512)', parsePositive)
    .option('--mentions-out <dir>', 'also write each article\'s mentions as NDJSON shards, for `summit-facts reconcile`')
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (inputs: string[], options: ExtractOptions) => {
      // Commands load their modules when run, so --help and --version start fast.
      run.code = await (await import('./extract.js')).runExtract(inputs, options, io);
    });

  withTableOutput(cmd.command('reconcile'))
    .description('merge mention shards written by `extract --mentions-out` into one fact table')
    .argument('<shards...>', 'folders of *.mentions.ndjson files, or shard files')
    .addHelpText('after', `
Examples:
  $ summit-facts extract batch-1/ --mentions-out shards/ --format json --out /dev/null
  $ summit-facts extract batch-2/ --mentions-out shards/ --format json --out /dev/null
  $ summit-facts reconcile shards/ --format json > facts.json`)
    .action(async (shards: string[], options: ReconcileOptions) => {
      run.code = await (await import('./reconcile.js')).runReconcile(shards, options, io);
    });

  cmd
    .command('cache')
    .description('show where the cache is and what it holds, or empty it')
    .argument('[action]', '"clean" to remove everything summit-facts keeps there; "info" (default) to show it')
    .option('--cache-dir <dir>', 'the cache folder (default: $XDG_CACHE_HOME/summit-facts or ~/.cache/summit-facts)')
    .addHelpText('after', `
Examples:
  $ summit-facts cache                                 where the cache is, how many files, how many MB
  $ summit-facts cache clean                           remove every cached article and output`)
    .action(async (action: string | undefined, options: { cacheDir?: string }) => {
      run.code = await (await import('./cache.js')).runCacheCommand(action, options, io);
    });

  cmd
    .command('completion')
    .description('print a shell completion script for bash or zsh')
    .argument('<shell>', 'bash or zsh')
    .addHelpText('after', `
Examples:
  $ summit-facts completion bash >> ~/.bashrc
  $ summit-facts completion zsh > "\${fpath[1]}/_summit-facts"`)
    .action(async (shell: string) => {
      const script = (await import('./completion.js')).completionScript(shell, cmd);
      if (script === null) {
        io.writeErr(`summit-facts: error: no completion for the shell "${shell}"; expected bash or zsh\n`);
        run.code = EXIT.failure;
      } else io.writeOut(script);
    });

  cmd
    .command('check')
    .description('report quotes, figures and dates the sources disagree on; with --against, verify a draft\'s quotes')
    .argument('<inputs...>', 'source articles; with --against, the draft(s) to verify (plain text or Markdown)')
    .option('-a, --against <sources...>', 'verify the quotes of the draft(s) against these sources')
    .option('-e, --expect <file>', 'JSON of quotes and the speaker each must be attributed to')
    .option('-c, --config <file>', `config file (default: ./summit-facts.config.json when present)`)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json', 'github', 'junit']).default('pretty'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('-r, --reference-date <YYYY-MM-DD>', 'date that "on Monday" and "last week" are resolved against')
    .option('-o, --out <file>', 'write to a file (atomically) instead of stdout')
    .option('--color', 'force colour in pretty output')
    .option('--no-color', 'never colour pretty output')
    .option('-q, --quiet', 'do not report skipped files and notes on stderr')
    .addHelpText('after', CHECK_EXAMPLES)
    .action(async (inputs: string[], options: CheckOptions) => {
      run.code = await (await import('./check.js')).runCheck(inputs, options, io);
    });
  return cmd;
}

/** The output options `extract` and `reconcile` share. */
function withTableOutput(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'ndjson', 'markdown', 'timeline', 'html']).default('table'))
    .option('-o, --out <file>', 'write to a file (atomically) instead of stdout')
    .option('-r, --reference-date <YYYY-MM-DD>', 'date that "on Monday" and "last week" are resolved against')
    .option('--color', 'force colour in the table')
    .option('--no-color', 'never colour the table');
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return n;
}

/** Runs the CLI and returns its exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const run = { code: EXIT.ok as number };
  const cmd = program(io, run);
  if (argv.length === 0) {
    io.writeErr(cmd.helpInformation());
    return EXIT.failure;
  }
  try {
    await cmd.parseAsync([...argv], { from: 'user' });
    return run.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT.ok : EXIT.failure;
    }
    io.writeErr(`summit-facts: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    return EXIT.failure;
  }
}
