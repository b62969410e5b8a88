import { setFlagsFromString } from 'node:v8';

/**
 * V8 tuned for what a run is: every worker thread compiles the extractor afresh, and a run ends
 * after a few thousand articles, so compiling is a large share of it. TurboFan inlining makes
 * each optimised function larger and costlier to compile (and to compile again after a
 * deoptimisation) for code that then runs only seconds: one thread's first 3,700 bench articles
 * took 8.9 s of CPU, the same articles again 5.4 s. Without inlining, runs on 2 cores, taken in
 * turn with runs with it: 10 MB bench corpus 12.6–13.3 s against 13.8–15.0 s (four each; 10%
 * less CPU), the 507 real development articles 4.3–4.5 s against 4.9–5.0 s (20% less CPU),
 * 50 MB no different (59.5 and 62.5 s against 61.3 and 58.3 s), one article no different.
 * Process-wide, so it must run before the extractor is compiled and before any worker starts.
 * Called by the executable only: tests and library users keep V8's defaults.
 */
export function tuneForShortRuns(): void {
  try {
    setFlagsFromString('--no-turbo-inlining');
  } catch {
    /* a runtime that refuses the flag runs with its defaults */
  }
}
