import { describe, expect, it } from 'vitest';
import { extractText } from '../../support/extract.js';

const actors = (text: string) => extractText(text).actors.map((a) => `${a.kind}: ${a.name}${a.roles.length ? ` [${a.roles.join('; ')}]` : ''}`);

// Quote attribution names the speaker by the actor's name: a name cut at a period loses its surname.
describe('names with abbreviations', () => {
  it('keeps a middle initial inside the name', () => {
    expect(actors('“The levee held,” said Corwin T. Ashby, a county engineer.')).toEqual(['person: Corwin T. Ashby [county engineer]']);
  });

  it('reads an abbreviated title with its period as a role, not as a person', () => {
    expect(actors('“We need the road,” said Sen. Marla Quint of Oregon.')).toEqual(['person: Marla Quint [Sen.]', 'place: Oregon']);
    expect(actors('Rep. Ola Brandt voted no.')).toEqual(['person: Ola Brandt [Rep.]']);
  });
});
