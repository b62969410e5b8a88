import { MENTION_KINDS, type MentionKind, type SourceMentions } from '../model/extraction.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { parseHead, parseSection, readHead, SECTIONS, type Sections } from '../io/shard.js';
import { SpillReader, type SpillRef, type SpillWriter } from '../io/spill.js';
import type { ActorMention, QuoteMention } from '../model/mention.js';
import type { MentionSet } from '../reconcile/index.js';
import { collectIfGrown } from './memory.js';
import { restoreSource, slimTexts, stringPool } from './slim.js';

/**
 * Where one source's shard lies in the run's spill files, its sections (byte offsets in the
 * shard), and where its slim actors and quotes lie (engine/slim.ts).
 */
export interface StoredShard {
  readonly id: string;
  readonly ref: SpillRef;
  readonly sections: Sections;
  readonly slim: { readonly actors: SpillRef; readonly quotes: SpillRef };
}

/** A shard and its slim lists into a spill file; what the store keeps of them. */
export function spillShard(spill: SpillWriter, id: string, bytes: Uint8Array, sections: Sections, actors: readonly ActorMention[], quotes: readonly QuoteMention[]): StoredShard {
  const ref = spill.appendBytes(bytes);
  const [a, q] = spill.appendAll(slimTexts(actors, quotes));
  return { id, ref, sections, slim: { actors: a!, quotes: q! } };
}

const sectionIndex = (name: (typeof SECTIONS)[number][0]): number => SECTIONS.findIndex(([n]) => n === name);

/**
 * Every source's mentions for one run, as shards in the spill files (io/shard.ts), read back as
 * reconciliation and rendering need them: the heads of all sources, one kind of mention at a
 * time (slim: of an actor its first occurrence, of a quote who spoke it; engine/slim.ts), or one
 * source's full mentions at a time. Only where each shard lies is held in memory, so a large run
 * never holds the corpus; the memory tactics of the run live here, not in reconcile or render.
 */
export class MentionStore {
  private readonly shards: StoredShard[] = [];
  private sorted = true;
  private reader: SpillReader | null = null;

  constructor(readonly dir: string) {}

  add(shard: StoredShard): void {
    const last = this.shards.at(-1);
    if (last && last.id > shard.id) this.sorted = false;
    this.shards.push(shard);
  }

  get size(): number {
    return this.shards.length;
  }

  /** The shards in source-id order: the order of every read below. */
  private list(): readonly StoredShard[] {
    if (!this.sorted) {
      this.shards.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.sorted = true;
    }
    return this.shards;
  }

  private read(s: StoredShard, from: number, to: number): string {
    this.reader ??= new SpillReader(this.dir);
    return this.reader.read({ file: s.ref.file, offset: s.ref.offset + from, length: to - from });
  }

  /** One source's shard, byte for byte (for --mentions-out). */
  *shardBytes(): Generator<{ id: string; bytes: Buffer }> {
    for (const s of this.list()) {
      this.reader ??= new SpillReader(this.dir);
      yield { id: s.id, bytes: this.reader.readBytes(s.ref) };
    }
  }

  /** What reconciliation reads: the heads (a source's info, line starts, anchor and diagnostics), then one kind at a time. */
  mentionSet(): MentionSet {
    const list = this.list();
    const d = sectionIndex('diagnostics');
    const heads = list.map((s): SourceMentions => {
      const head = parseHead(this.read(s, 0, s.sections[0]!));
      const diagnostics = parseSection<Diagnostic>(this.read(s, s.sections[d]!, s.sections[d + 1]!), 'diagnostic');
      return { source: head.source, lineStarts: head.lineStarts, anchorDate: head.anchorDate, diagnostics, actors: [], quotes: [], figures: [], dates: [] };
    });
    const kind = <K extends MentionKind>(k: K): Array<SourceMentions[K]> => {
      // One pool per kind: its strings are let go with the stage that read them.
      const intern = stringPool();
      return list.map((s, n) => {
        if ((n & 63) === 0) collectIfGrown(32);
        const i = sectionIndex(k);
        const slim = k === 'actors' ? s.slim.actors : k === 'quotes' ? s.slim.quotes : null;
        this.reader ??= new SpillReader(this.dir);
        const items = (slim ? JSON.parse(this.reader.read(slim)) : parseSection(this.read(s, s.sections[i]!, s.sections[i + 1]!), SECTIONS[i]![1])) as SourceMentions[K];
        return restoreSource(k, items, s.id, intern);
      });
    };
    return { heads, kind };
  }

  /** Every source's full mentions, one at a time, in source-id order. */
  *full(): Generator<SourceMentions> {
    for (const s of this.list()) {
      this.reader ??= new SpillReader(this.dir);
      const bytes = this.reader.readBytes(s.ref);
      const head = readHead(bytes);
      const section = (name: (typeof SECTIONS)[number][0]) => {
        const i = sectionIndex(name);
        return parseSection(bytes.toString('utf8', s.sections[i]!, s.sections[i + 1]!), SECTIONS[i]![1]);
      };
      const m = { source: head.source, lineStarts: head.lineStarts, anchorDate: head.anchorDate, diagnostics: section('diagnostics') } as Record<string, unknown>;
      for (const k of MENTION_KINDS) m[k] = section(k);
      yield m as unknown as SourceMentions;
    }
  }

  close(): void {
    this.reader?.close();
    this.reader = null;
  }
}
