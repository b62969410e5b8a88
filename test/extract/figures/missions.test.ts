import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extract.js';

// Invented sentences: people one body sent on one errand (see src/extract/figures/mission.ts).
const missions = (input: string) => extractText(input).figures.map((f) => [f.text, f.mission?.sender ?? null, f.mission?.purpose ?? null]);

describe('a count of people sent on an errand by a named sender', () => {
  it.each([
    ['The Harbor Relief Agency sent eleven inspectors to oversee the vote.', 'eleven', 'harbor relief agency', 'monitor'],
    ['The Organisation for Harbor Co-ordination will send 12 monitors to Dorvale to oversee the ballot.', '12', 'organization for harbor coordination', 'monitor'],
    ['Six investigators from the Dorvale Safety Board were sent to investigate the crash.', 'Six', 'dorvale safety board', 'investigate'],
    ['Nine inspectors were deployed by the Velmora Energy Office to inspect the plant.', 'Nine', 'velmora energy office', 'inspect'],
    ['The Norland Emergency Office dispatched a team of 12 specialists to assist in rescue efforts.', '12', 'norland emergency office', 'help:rescue'],
    ['The H.R.A. has sent 20 officials to help with the rescue.', '20', 'hra', 'help:rescue'],
    ['The Bank of the Islands plans to send 12 experts to assess the damage.', '12', 'bank of the islands', 'assess'],
  ])('%s', (input, text, sender, purpose) => {
    expect(missions(input)).toContainEqual([text, sender, purpose]);
  });

  it.each([
    ['soldiers are a force, not a mission’s staff', 'The Harbor Council sent 200 soldiers to guard the border.'],
    ['no verb of sending', 'Some 65 observers from the Harbor Council will monitor the vote.'],
    ['no named sender', 'The group sent eleven inspectors to oversee the vote.'],
    ['a lone opening word the actors do not name', 'Authorities sent 12 inspectors to inspect the plant.'],
    ['several senders', 'Some 65 monitors from the Harbor Council, the Kell Forum and the Velmora Union were sent to monitor the vote.'],
    ['two senders joined by "and"', 'The Harbor Council and the Kell Forum sent 20 observers to watch the vote.'],
    ['a denied sending', 'The Harbor Council did not send 65 observers to watch the vote.'],
    ['"not only" four, which is more than four or none', 'The Harbor Relief Agency has not sent only four monitors to watch the ballot.'],
    ['no errand', 'The Harbor Council sent eleven inspectors to Dorvale.'],
  ])('none: %s', (_why, input) => {
    expect(missions(input).filter(([, sender]) => sender !== null)).toEqual([]);
  });
});
