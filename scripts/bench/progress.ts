/** A one-line progress bar on stderr: `[#####.....] 52% 520000/1000000 docs 31s`. */
export function createProgress(total: number, label: string, stream = process.stderr) {
  const started = Date.now();
  const width = 30;
  let last = 0;
  let lastDecile = -1;
  const draw = (done: number, force = false) => {
    const now = Date.now();
    const decile = Math.floor((done / Math.max(1, total)) * 10);
    // A terminal is redrawn in place; a log file gets one line per 10%.
    if (!force && (stream.isTTY ? now - last < 250 : decile === lastDecile)) return;
    last = now;
    lastDecile = decile;
    const ratio = total ? Math.min(1, done / total) : 1;
    const filled = Math.round(ratio * width);
    const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
    const secs = ((now - started) / 1000).toFixed(0);
    const line = `[${bar}] ${(ratio * 100).toFixed(0).padStart(3)}% ${done}/${total} ${label} ${secs}s`;
    stream.write(stream.isTTY ? `\r${line}` : `${line}\n`);
  };
  return {
    tick: (done: number) => draw(done),
    done: () => {
      if (stream.isTTY || lastDecile < 10) draw(total, true);
      if (stream.isTTY) stream.write('\n');
    },
  };
}
