import type { MentionKind as Kind, SourceMentions } from '../model/extraction.js';
import type { ActorMention, QuoteMention } from '../model/mention.js';

/**
 * What reconciliation needs of a source's actors and quotes, and no more. Evidence is rebuilt
 * later from the full mentions (the shard), so of each actor only its first occurrence is kept
 * (it orders the actor facts) and of each quote only who spoke it (the speaker's words, span and
 * cue are evidence). Figures and dates are needed whole and are read from the shard itself.
 * Written beside the shard when a source is extracted or taken from the cache, while little else
 * is in memory: reconciliation, the run's largest phase, then never parses what it would throw
 * away. `reconcile` decides from slim mentions exactly what it decides from full ones: a test
 * holds it to that.
 */
export function slimTexts(actors: readonly ActorMention[], quotes: readonly QuoteMention[]): [actors: string, quotes: string] {
  return [JSON.stringify(actors.map(slimActor)), JSON.stringify(quotes.map(slimQuote))];
}

/**
 * Slim mentions just parsed, made whole again without copies: the source id is put back on
 * every span (one shared string), and the words sources repeat — names, roles, subjects,
 * events, units — are shared through `intern`, since one event's coverage names the same
 * people and figures thousands of times.
 */
// The fields whose words sources repeat (every one of a mention's string fields but its id).
const ACTOR_WORDS = ['kind', 'name', 'honorific', 'kindRule'];
const ACTOR_LISTS = ['aliases', 'roles'];
/**
 * The one empty list of names or roles every actor without any shares (most have none). The actors
 * stage holds every actor mention of the run at once, its peak: on the 50 MB bench corpus 334,000
 * mentions, whose empty lists took 24 MB and whose rule names, parsed anew for each, 6 MB.
 */
const NO_WORDS: readonly string[] = Object.freeze([]);
const SPAN_WORDS = ['text', 'rule', 'unit', 'qualifier', 'subject', 'measure', 'event', 'eventWhole', 'granularity', 'value'];

export function restoreSource<K extends Kind>(kind: K, list: SourceMentions[K], id: string, intern: (s: string) => string = (s) => s): SourceMentions[K] {
  type Writable = Record<string, unknown>;
  const share = (x: Writable, key: string) => {
    if (typeof x[key] === 'string') x[key] = intern(x[key] as string);
  };
  for (const item of list as unknown as readonly Writable[]) {
    if (kind === 'actors') {
      for (const o of (item as unknown as ActorMention).occurrences) (o as unknown as Writable).source = id;
      for (const key of ACTOR_WORDS) share(item, key);
      for (const key of ACTOR_LISTS) {
        const words = item[key] as string[];
        if (words.length === 0) item[key] = NO_WORDS;
        else words.forEach((s, i, all) => (all[i] = intern(s)));
      }
      continue;
    }
    item.source = id;
    for (const key of SPAN_WORDS) share(item, key);
    if (kind === 'quotes') {
      const speaker = item.speaker as Writable;
      share(speaker, 'name');
    }
  }
  return list;
}

/** A string pool for one run: equal strings become one. */
export function stringPool(): (s: string) => string {
  const pool = new Map<string, string>();
  return (s) => {
    const known = pool.get(s);
    if (known !== undefined) return known;
    pool.set(s, s);
    return s;
  };
}

function slimActor(a: ActorMention): ActorMention {
  let first = a.occurrences[0];
  for (const o of a.occurrences) if (first && (o.start < first.start || (o.start === first.start && o.end < first.end))) first = o;
  return { ...a, count: a.count ?? a.occurrences.length, occurrences: first ? [{ start: first.start, end: first.end, text: '', rule: '' } as ActorMention['occurrences'][number]] : [] };
}

function slimQuote(q: QuoteMention): QuoteMention {
  const s = q.speaker;
  const { source: _, ...rest } = q; // put back by restoreSource
  return { ...rest, rule: '', speaker: { actor: s.actor, name: s.name, anonymous: s.anonymous, text: null, span: null, cue: null, rule: '', confidence: s.confidence } } as QuoteMention;
}

