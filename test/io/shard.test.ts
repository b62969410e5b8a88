import { describe, expect, it } from 'vitest';
import { extractSource } from '../../src/extract/index.js';
import { digestHolds, encodeShard, parseShard, sectionsOf } from '../../src/io/shard.js';

const TEXT = 'PORT ELSBURY - “We kept her afloat for forty years,” said Tove Lindgren, the board’s chair, on Tuesday. The sale raised $2.4 million. “Unclosed.\n';
const mentions = extractSource({ id: 'a_gazette', path: 'news/a_gazette.txt', text: TEXT });

describe('the shard format', () => {
  it('round-trips a source\'s mentions, and finds its sections without parsing', () => {
    const { bytes, sections } = encodeShard(mentions);
    expect(parseShard(bytes, 'a.ndjson')).toEqual(mentions);
    expect(sectionsOf(bytes)).toEqual(sections);
    expect(sections).toHaveLength(6);
    expect(mentions.actors.length * mentions.quotes.length * mentions.figures.length * mentions.dates.length * mentions.diagnostics.length).toBeGreaterThan(0);
    expect(bytes.toString('utf8').split('\n')[0]).toMatch(/^\{"record":"source","format":2,.*"digest":"[0-9a-f]{64}"\}$/);
  });

  it('detects an edit anywhere: a name, an offset in the head, a line cut off', () => {
    const { bytes } = encodeShard(mentions);
    expect(digestHolds(bytes)).toBe(true);
    const text = bytes.toString('utf8');
    for (const edited of [text.replace('Tove Lindgren', 'Tove Lindgran'), text.replace('"lineStarts":[0', '"lineStarts":[1'), text.split('\n').slice(0, -2).join('\n') + '\n']) {
      expect(edited).not.toBe(text);
      expect(digestHolds(Buffer.from(edited))).toBe(false);
      expect(parseShard(Buffer.from(edited), 'x.ndjson')).toMatchObject({ code: 'shard/invalid', message: expect.stringMatching(/digest does not match/) });
    }
  });

  it('still reads a format-1 shard (no digest, any record order), and refuses a newer format', () => {
    const v1 = [
      JSON.stringify({ record: 'source', source: mentions.source, lineStarts: mentions.lineStarts, anchorDate: mentions.anchorDate }),
      ...mentions.quotes.map((q) => JSON.stringify({ record: 'quote', ...q })),
      ...mentions.actors.map((a) => JSON.stringify({ record: 'actor', ...a })),
    ].join('\n');
    expect(parseShard(Buffer.from(v1), 'old.ndjson')).toMatchObject({ quotes: mentions.quotes, actors: mentions.actors, figures: [] });
    const v9 = v1.replace('"record":"source"', '"record":"source","format":9');
    expect(parseShard(Buffer.from(v9), 'new.ndjson')).toMatchObject({ code: 'shard/invalid', message: expect.stringMatching(/format 9 is newer/) });
  });
});
