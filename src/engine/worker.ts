import { parentPort } from 'node:worker_threads';
import { extractSource } from '../extract/index.js';
import type { Source } from '../model/source.js';

/** A pool worker: one source in, its mentions out. A failure is reported, never thrown across. */
parentPort?.on('message', (msg: { i: number; source: Source }) => {
  try {
    parentPort!.postMessage({ i: msg.i, mentions: extractSource(msg.source) });
  } catch (err) {
    parentPort!.postMessage({ i: msg.i, error: (err as Error)?.message ?? String(err) });
  }
});
