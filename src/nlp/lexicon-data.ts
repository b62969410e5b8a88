import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The parts of compromise's model the rules use: its word → tags lexicon and its organisation and place words. */
export interface LexiconData {
  /** The compromise version the data came from. */
  readonly version: string;
  readonly lexicon: Readonly<Record<string, string | string[]>>;
  readonly orgWords: readonly string[];
  readonly placeWords: readonly string[];
}

const require = createRequire(import.meta.url);

/** The installed compromise's version, from its package.json (which its `exports` do not list). */
function compromiseVersion(): string {
  for (let dir = dirname(require.resolve('compromise')); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'compromise') return pkg.version ?? '';
    } catch {
      /* not the package's folder yet */
    }
  }
  return '';
}

/** The data, from compromise itself: loading it costs about 0.4 s (it unpacks its lexicon). */
export function lexiconFromCompromise(): LexiconData {
  const nlp = require('compromise') as { model(): unknown };
  const model = nlp.model() as {
    one: { lexicon: Record<string, string | string[]> };
    two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
  };
  return { version: compromiseVersion(), lexicon: model.one.lexicon, orgWords: Object.keys(model.two.orgWords ?? {}), placeWords: Object.keys(model.two.placeWords ?? {}) };
}

/**
 * The data as the build wrote it beside this module (`lexicon.json`, scripts/build-lexicon.mjs):
 * a 0.6 MB JSON read in a few milliseconds, where loading compromise takes 0.4 s and is most of a
 * one-article run's start-up. From the sources (tests), or when the installed compromise is not
 * the one the build read, the data comes from compromise itself.
 */
export function loadLexicon(): LexiconData {
  try {
    const data = JSON.parse(readFileSync(new URL('./lexicon.json', import.meta.url), 'utf8')) as LexiconData;
    if (data.version === compromiseVersion()) return data;
  } catch {
    /* no snapshot: running from the sources */
  }
  return lexiconFromCompromise();
}
