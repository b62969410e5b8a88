import { describe, expect, it } from 'vitest';
import { reconcileFigures } from '../../src/reconcile/figures.js';
import { extractText } from '../support/extract.js';

// Invented sentences: people one body sent on one errand, each outlet calling them by its own noun.
const messages = (...texts: string[]) => reconcileFigures(texts.map((t, i) => extractText(t, String.fromCharCode(97 + i)))).conflicts.map((c) => c.message);

describe('counts of people sent on one errand by one sender, across outlets', () => {
  it('"sent eleven inspectors to oversee" vs "has sent only four monitors to watch" is a conflict', () => {
    expect(messages('Vote in Dorvale\nThe Harbor Relief Agency sent eleven inspectors to oversee the vote.', 'Vote in Dorvale\nThe Harbor Relief Agency has sent only four monitors to watch the ballot.'))
      .toEqual(['Sources disagree on inspectors sent: 11 (a) vs 4 (b)']);
  });

  it('outlets that give one count under two nouns agree, and stand together against the third', () => {
    expect(messages('Vote\nThe Harbor Relief Agency sent eleven inspectors to oversee the vote.', 'Vote\nThe Harbor Relief Agency has sent four monitors to watch the ballot.',
      'Vote\nThe Harbor Relief Agency dispatched four monitors to oversee the ballot.')).toEqual(['Sources disagree on inspectors sent: 11 (a) vs 4 (b, c)']);
  });

  it('a name and its initials, spelt two ways, are one sender', () => {
    expect(messages('Vote in Dorvale\nThe Organisation for Harbor Co-ordination sent 12 monitors to oversee the election.', 'Vote in Dorvale\nThe OHC deployed five observers to observe the ballot.'))
      .toHaveLength(1);
  });

  it('a passive count "from" the sender meets the sender’s own', () => {
    expect(messages('Crash near Kell\nSix investigators from the Dorvale Safety Board were sent to investigate the crash.', 'Crash near Kell\nThe Dorvale Safety Board has dispatched 15 officials to probe the crash.'))
      .toHaveLength(1);
  });

  it('helping with the rescue is one errand however told', () => {
    expect(messages('Quake in Velmora\nThe Norland Emergency Office sent 30 specialists to help with the rescue.', 'Quake in Velmora\nThe Norland Emergency Office dispatched a team of 12 experts to assist in rescue efforts.'))
      .toHaveLength(1);
  });

  it.each([
    ['two forces', 'The Harbor Council sent 200 soldiers to guard the border.', 'The Harbor Council sent 50 police to guard the border.'],
    ['two senders', 'The Harbor Relief Agency sent eleven inspectors to oversee the vote.', 'The Velmora Election Union sent four monitors to oversee the vote.'],
    ['two senders of one noun', 'The Harbor Relief Agency sent eleven inspectors to oversee the vote.', 'The Velmora Election Union sent four inspectors to oversee the vote.'],
    ['several senders against one', 'The Harbor Relief Agency sent eleven inspectors to oversee the vote.', 'Some 65 monitors from the Harbor Relief Agency, the Velmora Union and the Kell Forum were sent to monitor the vote.'],
    ['no sender on one side', 'The Harbor Relief Agency sent eleven inspectors to oversee the vote.', 'Some 65 observers will monitor the vote.'],
    ['two errands', 'The Harbor Council sent eleven inspectors to oversee the vote.', 'The Harbor Council sent four inspectors to investigate the fraud claims.'],
    ['a denied sending', 'The Harbor Council sent eleven inspectors to oversee the vote.', 'The Harbor Council did not send 65 observers to watch the vote.'],
    // ("not only four" is more than four, or none: no count of its own)
    ['"not only"', 'The Harbor Council sent eleven inspectors to oversee the vote.', 'The Harbor Council has not sent only four monitors to oversee the vote.'],
  ])('no conflict: %s', (_why, a, b) => {
    expect(messages(`Report\n${a}`, `Report\n${b}`)).toEqual([]);
  });
});
