import { describe, expect, it } from 'vitest';
import { extractText, quoteLines } from '../../support/extract.js';

// Speaker phrases and clauses, on invented sentences: each row → every quote as "speaker | words".
const CASES: Array<{ rule: string; text: string; expected: string[] }> = [
  // cue after the quote
  { rule: 'an organisation and a role before the name', text: '“The levy is fair,” Harbour Trust chairman Olek Varga said on Monday.', expected: ['Olek Varga | The levy is fair'] },
  { rule: 'a long apposition between name and verb', text: 'Jane Roe spoke first.\n“We waited too long,” Jane Roe, a former adviser to three ministers and now a lecturer, said.', expected: ['Jane Roe | We waited too long'] },
  { rule: 'an apposition with a relative clause and no closing comma', text: '“Nobody reads the fine print,” Ivo Marsh, the auditor who first found the gap told the panel.', expected: ['Ivo Marsh | Nobody reads the fine print'] },
  { rule: 'a name of an organisation', text: '“Rates will stay high,” Tomas Weller of the Meridian Institute wrote.', expected: ['Tomas Weller | Rates will stay high'] },
  { rule: 'a question closes its sentence, the attribution opens the next', text: 'Brenda Voss met the press.\n“Is that all there is?” Brenda Voss asked.', expected: ['Brenda Voss | Is that all there is?'] },
  { rule: 'a verb of saying no list holds', text: 'Edda Brun spoke last.\n“Go home,” Brun harrumphed.', expected: ['Edda Brun | Go home'] },
  { rule: 'a two-word cue', text: 'Edda Brun and Karl Oste argued.\n“You lost,” Oste shot back.', expected: ['Karl Oste | You lost'] },
  { rule: 'a description with a possessive is the speaker', text: 'Edda Brun was absent.\n“We expect a recount,” Brun’s campaign manager said.', expected: ['Brun’s campaign manager | We expect a recount'] },
  { rule: 'descriptive words the name run stops at stand before the name', text: 'Ada Ruiz hosts the show.\n“The ferry was late again,” Dorvale This Week co-host Ada Ruiz said.', expected: ['Ada Ruiz | The ferry was late again'] },
  { rule: 'a participle and a role before the name, a place after it', text: '“The hall was cold all winter,” Brun polling consultant Tarvo Mills of Kent told the station on Sunday.', expected: ['Tarvo Mills | The hall was cold all winter'] },
  { rule: 'an organisation with a preposition and a figure before the role and name', text: '“Rents ate the raise,” Homes for All 2030 housing coordinator Lina Osei told the Kent Courier.', expected: ['Lina Osei | Rents ate the raise'] },
  { rule: 'a clause after the quote is no description of a speaker', text: 'Tarvo Mills said at the hearing, “I paid what the law asked,” when Ada Ruiz pressed him on the bill.', expected: ['Tarvo Mills | I paid what the law asked'] },
  { rule: 'a question inside a quote that closes before the attribution', text: 'Ada Ruiz met Tarvo Mills in Dorvale.\n"Then he turned round and asked me, \'Where is the nearest bakery?\'" Ada Ruiz, the owner of the old mill on the river road, said of the visit last spring.', expected: ["Ada Ruiz | Then he turned round and asked me, 'Where is the nearest bakery?'"] },
  { rule: 'a role word puts the last name last', text: '“It hurts,” said Brun voter Aldo Pires.', expected: ['Aldo Pires | It hurts'] },
  // cue before the quote
  { rule: 'a participle hangs on the main subject, not the nearest name', text: 'Hours later, Ines Moreau returned the compliment to Paul Lindqvist, telling reporters, “He is a good man.”', expected: ['Ines Moreau | He is a good man.'] },
  { rule: 'a participle after a place', text: 'Tomas Brandt seemed ready to joke about the flood in Norvik, telling the crowd, “Bring boots.”', expected: ['Tomas Brandt | Bring boots.'] },
  { rule: 'a description of people goes on with of before its verb; the name after it is an object', text: 'Crowds of students kept up a vigil on the quay after the arrest of Tomas Arran, ringing bells while chanting, “Let the boats go.”', expected: ['Crowds of students | Let the boats go.'] },
  { rule: 'a platform is never the speaker', text: 'Lena Marsh answered on Facebook the same evening, saying, “We are thrilled!”', expected: ['Lena Marsh | We are thrilled!'] },
  { rule: 'the listener is not the subject', text: 'Another source speaking to Radio Nordvik said, “The agents are looking at the contracts.”', expected: ['Another source | The agents are looking at the contracts.'] },
  { rule: 'according to, before the quote', text: 'According to Ilse Brandt, “The hall was half empty.”', expected: ['Ilse Brandt | The hall was half empty.'] },
  { rule: 'according to a statement: where the words were published, after who said them', text: 'Ilse Brandt said the hall “was half empty”, according to a statement from her office.', expected: ['Ilse Brandt | was half empty'] },
  { rule: 'according to a statement, with no one else to say them', text: '“The hall was half empty,” according to a statement from the council.', expected: ['a statement from the council | The hall was half empty'] },
  { rule: 'as X put it', text: 'As Ilse Brandt put it, “The hall was half empty.”', expected: ['Ilse Brandt | The hall was half empty.'] },
  // credits and labels
  { rule: 'a dash credit after the quote', text: 'Readers wrote in.\n“He scares me.” ― Carla Reyes\n“Vote.” ― Teo Vidal.', expected: ['Carla Reyes | He scares me.', 'Teo Vidal | Vote.'] },
  { rule: 'a name before the colon labels the quote', text: 'Turnout was low - Jana Petrov: “Nobody expected the rain.”', expected: ['Jana Petrov | Nobody expected the rain.'] },
  { rule: 'a verb of saying in a heading in capitals is no cue', text: 'Ferries were full again.\n\nFERRY FARES RISE AGAIN IN ALL COASTAL STATES - Ada P. Ruiz: “The fuel bill doubled, and the fares followed.” [Harbour Post.]', expected: ['Ada P. Ruiz | The fuel bill doubled, and the fares followed.'] },
  { rule: 'a heading in capitals is never a speaker', text: 'STORM SEASON ENDS EARLY “The rain stopped in May and never came back.” [Harbour Post.]', expected: ['null | The rain stopped in May and never came back.'] },
  { rule: 'a description after a name and a comma stands for the name, in the sentence before', text: 'The ferry timetable will change in May.\nTarvo Mills, the spokesman for the Dorvale Harbour Board said in a statement. “Two crossings a day are all the crews can manage.”', expected: ['Tarvo Mills | Two crossings a day are all the crews can manage.'] },
  { rule: 'a description with a relative clause after a name stands for the name', text: 'Ada Ruiz, a Kent beekeeper who writes songs in her spare time (one of them is about “bees that refuse to swarm”), now runs the village council.', expected: ['Ada Ruiz | bees that refuse to swarm'] },
  { rule: 'a bracket with a two-letter state after the name', text: '“The harbour needs a second crane,” Sen. Ada Ruiz (R-N.M.) said Tuesday. “Without it the ships will go elsewhere.”', expected: ['Ada Ruiz | The harbour needs a second crane', 'Ada Ruiz | Without it the ships will go elsewhere.'] },
  { rule: 'a bracket after the name', text: 'Rep. Jo Varga (D-Ohio), said, “We will vote no.”\n“Nobody asked us,” Olek Brun (R-Utah) said.', expected: ['Jo Varga | We will vote no.', 'Olek Brun | Nobody asked us'] },
  { rule: 'the leftmost name of a chain of appositions, not the place', text: 'Leaving the chamber, Senator Nora Pell Whitcombe, Democrat of North Dorvale, said over the noise, “It does not help.”', expected: ['Nora Pell Whitcombe | It does not help.'] },
  { rule: 'a title alone is no speaker', text: 'Anton Brekke, president and CEO of the Oslo Diners Association stated, “It is a math problem.”', expected: ['Anton Brekke | It is a math problem.'] },
  { rule: 'a description of any noun right before the cue', text: 'Another reader said, “The bridge was never safe.”', expected: ['Another reader | The bridge was never safe.'] },
  { rule: 'an opening subordinate clause and a bracket are not the main clause', text: 'After the fire at the depot (Mayor Ines Roe called it “horrific”), Tomas Lind stirred tempers by saying, “They did this.”', expected: ['Ines Roe | horrific', 'Tomas Lind | They did this.'] },
  { rule: 'a cue with a that-clause after a closed quote reports another utterance', text: 'Peter Mills wrote to Maria Ruiz after the final, telling her, “Nobody in the league runs faster than you!” She answered him that the coach deserved the credit.', expected: ['Peter Mills | Nobody in the league runs faster than you!'] },
  { rule: 'that before a word of time is no that-clause', text: 'Ada Ruiz came home late.\n“We won the whole thing!” She said that night to nobody in particular.', expected: ['Ada Ruiz | We won the whole thing!'] },
  { rule: 'a cue that hands on to the next quote belongs to it', text: 'Ada Brun replied to Olek Varga with, “Is the vote today?” Olek Varga then wrote back, “It moved to Friday.”', expected: ['Ada Brun | Is the vote today?', 'Olek Varga | It moved to Friday.'] },
  { rule: 'an inverted verb followed by a clause is no attribution', text: 'Olek Varga, citing “a lack of buyers for the land,” said the sale could wait.', expected: ['Olek Varga | a lack of buyers for the land'] },
  { rule: 'a reflexive pronoun before a colon is no label', text: 'Ada Brun replied in words Olek Varga himself might use: “Nobody asked the harbour.”', expected: ['Ada Brun | Nobody asked the harbour.'] },
  { rule: 'a noun after a name is the head', text: 'Kelvedon Rovers lost again. Rovers insiders say the mood is “grim beyond words”.', expected: ['Rovers insiders | grim beyond words'] },
  { rule: 'a noun that modifies a role joins the description', text: 'A club spokesman said: “We thank him for his work.”', expected: ['A club spokesman | We thank him for his work.'] },
  { rule: 'words of time after the name are not the name', text: 'Football boss Dex Harlow last night hit back, vowing: “I will not be bullied!”', expected: ['Dex Harlow | I will not be bullied!'] },
  { rule: 'a dash credit says what the words were about', text: 'Harlow spoke at length.\n‘HE WOULD NOT KNOW A BACK FOUR’ — Dex Harlow on his old chairman, Page 7', expected: ['Dex Harlow | HE WOULD NOT KNOW A BACK FOUR'] },
  { rule: 'a verb of saying after a determiner is a noun', text: '“The levy is unlawful,” Halvard Pryce, the treasurer of Norland, who speaks for the states in the suit, said at a briefing.', expected: ['Halvard Pryce | The levy is unlawful'] },
  { rule: 'according to, however long the phrase before the comma', text: 'According to Edda Lowry of the Harbour Policy Centre, “The ferries left empty.”', expected: ['Edda Lowry | The ferries left empty.'] },
  { rule: 'a noun in -ly is no adverb', text: 'Ada Brun spoke.\n“The plan will pass,” said Brun ally Ivo Carrick.', expected: ['Ivo Carrick | The plan will pass'] },
  { rule: 'a title actor before initials and a surname no actor holds', text: '“The bill is dead,” said Rep. T.J. Oyelaran (D-Ohio), who chairs the panel.', expected: ['T.J. Oyelaran | The bill is dead'] },
  { rule: 'a surname that is also a title word stays a name after Mr.', text: 'Amos Bishop, a retired judge, spoke first.\n“We lost,” Mr. Bishop said.', expected: ['Amos Bishop | We lost'] },
  { rule: 'a title in marks hands on no speaker', text: '“We lost the vote,” said Ana Roe, author of “The Long Road Home.”\n“The lesson is that no rule holds.”', expected: ['Ana Roe | We lost the vote', 'Ana Roe | The lesson is that no rule holds.'] },
  { rule: 'a label woven into a sentence continues nobody', text: '“We won,” Ana Roe said. The “us” she speaks for is small.', expected: ['Ana Roe | We won'] },
  { rule: 'a full stop the segmenter kept inside the sentence still ends it', text: '“It is wrong,” said Sen. Ana Roe, R-Utah. “We will vote no.”', expected: ['Ana Roe | It is wrong', 'Ana Roe | We will vote no.'] },
  { rule: 'an inverted verb followed by a negated clause is no attribution', text: 'Olek Varga, who calls the mayor a “menace to the harbour,” said he doesn’t care.', expected: ['Olek Varga | menace to the harbour'] },
  { rule: 'a quote paragraph after a paragraph of reported speech', text: 'Port director Ash Corder said the harbour would reopen in spring.\n“The cranes are already back.”', expected: ['Ash Corder | The cranes are already back.'] },
  { rule: 'but not from a heading', text: 'Hart Says Plan Is Late\n“Nobody told us.”', expected: ['null | Nobody told us.'] },
  { rule: 'the N-year-old is the person the article gave that age', text: 'Ada Brun, 52, runs a bakery in Leeds. Her rival, Olek Varga, 61, does not.\n“It’s over,” the 52-year-old said.', expected: ['Ada Brun | It’s over'] },
  { rule: 'a definite description matches the head of a role, not any word of it', text: 'Council leader Tomas Wisniewski spoke first.\n“We are looking into it,” a spokesperson for the council said.', expected: ['a spokesperson for the council | We are looking into it'] },
  { rule: 'she is not the possessor in the sentence before', text: 'Mayor Eva Lindqvist met the press. “I have nothing to add,” Rudd’s lawyer told reporters.\nShe added: “We are ready.”', expected: ['Rudd’s lawyer | I have nothing to add', 'Eva Lindqvist | We are ready.'] },
  { rule: 'the second half of a quote split by an attribution with an apposition', text: '“The count starts at nine,” said Ana Roe, the party’s local spokeswoman, “and it will run all night.”', expected: ['Ana Roe | The count starts at nine', 'Ana Roe | and it will run all night.'] },
  // transcripts and groups
  { rule: 'a transcript turn in marks names its speaker in capitals', text: 'Radio host Ingrid Holm pressed Mayor Olek Varga.\n"HOLM: Will you sign the deal?\n"VARGA: Not this week. The council has not voted."', expected: ['Ingrid Holm | HOLM: Will you sign the deal?', 'Olek Varga | VARGA: Not this week. The council has not voted.'] },
  { rule: 'a label no actor holds names the speaker itself', text: '"MODERATOR: Time is up." The hall went quiet.', expected: ['Moderator | MODERATOR: Time is up.'] },
  { rule: 'a slogan with a colon is no transcript', text: 'Ada Brun held a sign. "NATO: we stand firm," Brun said.', expected: ['Ada Brun | NATO: we stand firm'] },
  { rule: 'a crowd is a collective speaker', text: '“Four more years!” the crowd chanted. Outside, protesters shouted, “Shame!”', expected: ['the crowd | Four more years!', 'protesters | Shame!'] },
  // pronouns
  { rule: 'he is not the object of a preposition in his own sentence', text: 'Dex Harlow spoke at his home.\nAnd in a swipe at chairman Nigel Pembury, he added: “He could not pick a team.”', expected: ['Dex Harlow | He could not pick a team.'] },
  { rule: 'the main subject may be a definite description of a named actor', text: 'The Harbour Power Cooperative sent crews. Later, the cooperative said in a statement that all was well. “Hospitals come first,” the statement said.', expected: ['Harbour Power Cooperative | Hospitals come first'] },
  { rule: 'they are an organisation named just before', text: 'The Harbour Workers Union met on Monday.\n“We are not leaving,” they said.', expected: ['Harbour Workers Union | We are not leaving'] },
  { rule: 'they are a group of people, never the organisation after them', text: 'Protesters gathered outside the Ministry of Transport on Monday.\n“We are not leaving,” they said.', expected: ['null | We are not leaving'] },
  { rule: 'he falls back on the last quote’s speaker when no actor fits', text: 'Dunmore said, “The hearing was rushed.” He added, “Nobody read the file.”', expected: ['Dunmore | The hearing was rushed.', 'Dunmore | Nobody read the file.'] },
  { rule: 'it is an organisation', text: 'The Harbour Trust rejected the plan on Monday.\n“The plan is unsafe,” it said.', expected: ['Harbour Trust | The plan is unsafe'] },
  { rule: 'the statement is its issuer’s, named before', text: 'The Coastline Power Cooperative said in a statement that crews were on the way. “Hospitals come first,” the statement said.', expected: ['Coastline Power Cooperative | Hospitals come first'] },
  { rule: 'a statement nobody issued stays a description', text: '“Hospitals come first,” the statement said.', expected: ['the statement | Hospitals come first'] },
  { rule: 'her statement is hers', text: 'Senator Anna Lindqvist declined an interview.\n“I stand by every word,” her statement read.', expected: ['Anna Lindqvist | I stand by every word'] },
];

describe('speaker phrases and clauses', () => {
  for (const c of CASES) {
    it(c.rule, () => {
      expect(quoteLines(c.text)).toEqual(c.expected);
    });
  }

  it('records the first-person narrator as the author, not a guess', () => {
    const [q] = extractText('Pia Lund waved at the gate.\n“Okay,” I said.').quotes;
    expect(q!.speaker).toMatchObject({ actor: null, name: null, text: 'I', rule: 'first-person' });
  });

  it('names the finer rule inside a row of the sieve', () => {
    const [q] = extractText('Ines Moreau thanked Paul Lindqvist, telling reporters, “He is a good man.”').quotes;
    expect(q!.speaker.rule).toBe('participle-clause');
  });
});
