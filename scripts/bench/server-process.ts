import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import path from 'path';

/** The benchmarked app in a child process, so load generator and server do not share a thread. */
export async function startServer(env: Record<string, string>, port: number) {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'serve.js')], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`bench: server exited (${child.exitCode}): ${stderr}`);
    try {
      if ((await fetch(`${base}/_health`)).status === 204) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`bench: server did not start in 180 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    base,
    pid: child.pid as number,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process now, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** Runs `fn` while sampling the process's RSS every 20 ms; returns the peak seen. */
export async function peakRssDuring(pid: number, fn: () => Promise<unknown>): Promise<number> {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, rssMb(pid));
}
