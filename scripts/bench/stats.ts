/** Median of a list of durations. */
export function p50(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `times` times after `warmup` unmeasured runs; returns each run's milliseconds. */
export async function timeRuns(
  times: number,
  fn: (i: number) => Promise<unknown>,
  warmup = 1
): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await fn(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = process.hrtime.bigint();
    await fn(i);
    out.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return out;
}

export const round = (n: number, digits = 2) => Number(n.toFixed(digits));
