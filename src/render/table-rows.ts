import type { Fact, FactType } from '../model/fact.js';
import {
  actorKindLabel, dateEventLabel, dateValueLabel, figureLabel, figureValueLabel, speakerLabel, truncate,
} from './labels.js';

/** Quotes longer than this are cut with `…`; the json format keeps the full wording. */
export const QUOTE_MAX = 120;
const TEXT_MAX = 200;

/** Per fact type: the header of the second column and the two leading cells of a row. */
export interface FactColumns {
  readonly valueHead: string;
  readonly cells: (fact: Fact) => readonly [fact: string, value: string];
}

const one = (text: string, max = TEXT_MAX): string => truncate(text, max);

export const factColumns: Readonly<Record<FactType, FactColumns>> = {
  // "Amina Okoro (person)" over "union secretary, spokesperson"; aliases beside it.
  actor: {
    valueHead: 'Aliases',
    cells: (f) => (f.type === 'actor'
      ? [`${one(f.name)} (${actorKindLabel(f)})${f.roles.length > 0 ? `\n${one(f.roles.join(', '))}` : ''}`, one(f.aliases.join(', '))]
      : ['', '']),
  },
  // “We will not unload a single ship…” | Amina Okoro
  quote: {
    valueHead: 'Speaker',
    cells: (f) => (f.type === 'quote' ? [`“${truncate(f.text, QUOTE_MAX - 2)}”`, one(speakerLabel(f))] : ['', '']),
  },
  // "some 4,000 dockworkers" | about 4000 workers
  figure: {
    valueHead: 'Value',
    cells: (f) => (f.type === 'figure' ? [one(figureLabel(f)), one(figureValueLabel(f))] : ['', '']),
  },
  // "strike began" | 2031-03-02 (day)
  date: {
    valueHead: 'Date',
    cells: (f) => (f.type === 'date' ? [one(dateEventLabel(f)), dateValueLabel(f)] : ['', '']),
  },
};
