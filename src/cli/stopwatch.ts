import type { CliIO } from './io.js';

/**
 * SUMMIT_FACTS_TIMINGS=1 prints how long each phase took, the CPU time the process spent in it
 * (all threads: more than the wall time when workers or the collector ran beside this thread),
 * the memory in use after it, and the peak so far (which phase made the peak), on stderr.
 */
export function stopwatch(io: CliIO): (phase: string) => void {
  if (!io.env.SUMMIT_FACTS_TIMINGS) return () => undefined;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  return (phase) => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    const ms = (n: number) => Math.round(n);
    io.writeErr(`summit-facts: ${phase} ${ms(now - last)} ms, cpu ${ms((cpu.user + cpu.system) / 1000)} ms ` +
      `(rss ${ms(rss / 2 ** 20)} MB, heap ${ms(heapUsed / 2 ** 20)} MB, peak ${ms(process.resourceUsage().maxRSS / 1024)} MB)\n`);
    last = now;
    lastCpu = process.cpuUsage();
  };
}
