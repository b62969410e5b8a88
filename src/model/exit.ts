/** The exit codes of every command, as the README documents them. */
export const EXIT = {
  /** Everything ran; for `check`, no errors (and warnings within --max-warnings). */
  ok: 0,
  /** `check` found problems. */
  problems: 1,
  /** Could not run: bad usage, bad config, no readable input, output not written; or some inputs were unreadable. */
  failure: 2,
} as const;
