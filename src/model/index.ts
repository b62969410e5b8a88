export type * from './source.js';
export type * from './diagnostic.js';
export type * from './mention.js';
export type * from './fact.js';
export type * from './extraction.js';
