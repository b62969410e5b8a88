import type { MentionKind as Kind, SourceMentions } from '../model/extraction.js';
import type { ActorMention, DateMention, FigureMention, QuoteMention } from '../model/mention.js';


/**
 * What reconciliation needs of a source, and no more. Evidence is rebuilt later
 * from the full mentions (kept on disk, see io/spill.ts), so of each actor only its
 * first occurrence is kept (it orders the actor facts) and of each quote only who
 * spoke it (the speaker's words, span and cue are evidence). Every span's `source`
 * is left out: it is the source's id, put back by `restoreSource` when read.
 * `reconcileCore` decides from slim mentions exactly what it decides from full
 * ones — a test holds it to that.
 */
export function slimMentions(m: SourceMentions): SourceMentions {
  return { ...m, actors: m.actors.map(slimActor), quotes: m.quotes.map(slimQuote), figures: m.figures.map(noSource), dates: m.dates.map(noSource) };
}

/**
 * One kind of a source's mentions, slimmed for reconciliation (figures and dates are needed whole;
 * their `source` is shared again by `restoreSource`).
 */
export function slimList<K extends Kind>(kind: K, list: SourceMentions[K]): SourceMentions[K] {
  if (kind === 'actors') return (list as readonly ActorMention[]).map(slimActor) as unknown as SourceMentions[K];
  if (kind === 'quotes') return (list as readonly QuoteMention[]).map(slimQuote) as unknown as SourceMentions[K];
  return list;
}

/** A source without its mentions: what stays in memory for the whole run. */
export function headOf(m: SourceMentions): SourceMentions {
  return { ...m, actors: [], quotes: [], figures: [], dates: [] };
}

/**
 * Slim mentions just parsed, made whole again without copies: the source id is put back on
 * every span (one shared string), and the words sources repeat — names, roles, subjects,
 * events, units — are shared through `intern`, since one event's coverage names the same
 * people and figures thousands of times.
 */
// The fields whose words sources repeat (every one of a mention's string fields but its id).
const ACTOR_WORDS = ['kind', 'name', 'honorific'];
const ACTOR_LISTS = ['aliases', 'roles'];
const SPAN_WORDS = ['text', 'rule', 'unit', 'qualifier', 'subject', 'measure', 'event', 'granularity', 'value'];

export function restoreSource<K extends Kind>(kind: K, list: SourceMentions[K], id: string, intern: (s: string) => string = (s) => s): SourceMentions[K] {
  type Writable = Record<string, unknown>;
  const share = (x: Writable, key: string) => {
    if (typeof x[key] === 'string') x[key] = intern(x[key] as string);
  };
  for (const item of list as unknown as readonly Writable[]) {
    if (kind === 'actors') {
      for (const o of (item as unknown as ActorMention).occurrences) (o as unknown as Writable).source = id;
      for (const key of ACTOR_WORDS) share(item, key);
      for (const key of ACTOR_LISTS) (item[key] as string[]).forEach((s, i, all) => (all[i] = intern(s)));
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
  const { source: _, ...rest } = q;
  return { ...rest, rule: '', speaker: { actor: s.actor, name: s.name, anonymous: s.anonymous, text: null, span: null, cue: null, rule: '', confidence: 0 } } as QuoteMention;
}

function noSource<T extends FigureMention | DateMention>(x: T): T {
  const { source: _, ...rest } = x;
  return rest as T;
}
