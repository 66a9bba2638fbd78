// npm run bench:server [-- --db FILE --seconds 30 --posters 4 --kb 100 --profile FILE]
//
// Issue 20's target: the server answers GET /api/stats in < 50 ms at p99 while 4 clients
// post 100 KB texts to POST /api/analyze. The server runs in this process (its requests are
// answered on this process's main thread, the analyses on its worker threads); the clients run
// in a child process: `posters` loops posting a text built from the bundled sample articles,
// and one loop asking /api/stats every 20 ms and timing each answer.
//
// On a shared machine the clients' wall clock counts the other programs' work too, so the
// report gives, beside the latencies, the server main thread's CPU time while each stats
// answer was awaited (read from Linux's schedstat by the client: the answer's latency on a
// machine where that thread has a core), and what that thread did over the run: its event-loop
// utilisation (the share of the run it was busy), how late its event loop ran (blocks longer
// than a stats answer), its CPU time, and the load average. --profile writes the main thread's
// CPU profile (open it in Chrome's DevTools) and prints the functions it spent most time in.
import { fork } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { startServer } from '../src/server/index.ts';
import { machineLine } from './machine.ts';

const samplePath = fileURLToPath(new URL('../samples/sample.jsonl', import.meta.url));

type Options = { db?: string; seconds: number; posters: number; kb: number; profile?: string };

function parseArgs(argv: string[]): Options & { client?: string } {
  const o: Options & { client?: string } = { seconds: 30, posters: 4, kb: 100 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag}: a value is missing`);
    if (flag === '--db') o.db = value;
    else if (flag === '--seconds') o.seconds = Number(value);
    else if (flag === '--posters') o.posters = Number(value);
    else if (flag === '--kb') o.kb = Number(value);
    else if (flag === '--profile') o.profile = value;
    else if (flag === '--client') o.client = value;
    else throw new Error(`unknown option ${flag}`);
  }
  return o;
}

/** A text of about `kb` KB made of the sample articles, one after the other. */
function postedText(kb: number): string {
  const texts = readFileSync(samplePath, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  let text = '';
  for (let i = 0; text.length < kb * 1000; i++) text += `${texts[i % texts.length]}\n\n`;
  return text.slice(0, kb * 1000);
}

/** A process's main thread's time on a CPU and waiting for one (ns), from Linux's schedstat (zeros elsewhere). */
function mainThreadSchedule(pid = process.pid): { cpu: number; wait: number } {
  try {
    const [cpu, wait] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    return { cpu: cpu!, wait: wait! };
  } catch {
    return { cpu: 0, wait: 0 };
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** The child process: posters and the stats poller, for `seconds`; sends back the stats latencies. */
async function runClients(url: string, o: Options): Promise<void> {
  const text = postedText(o.kb);
  const end = performance.now() + o.seconds * 1000;
  let posted = 0;
  let refused = 0;
  const poster = async () => {
    while (performance.now() < end) {
      const res = await fetch(`${url}/api/analyze`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
      await res.arrayBuffer();
      if (res.status === 200) posted++;
      else if (res.status === 503) {
        refused++;
        await new Promise((r) => setTimeout(r, 1000));
      } else throw new Error(`POST /api/analyze: ${res.status}`);
    }
  };
  const latencies: number[] = [];
  // the server's main thread's CPU time while each answer was awaited: what the answer would
  // take if that thread had a core to itself (its own work and any work it was behind)
  const serverCpu: number[] = [];
  const poller = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      const cpu = mainThreadSchedule(process.ppid).cpu;
      const res = await fetch(`${url}/api/stats`);
      await res.arrayBuffer();
      serverCpu.push((mainThreadSchedule(process.ppid).cpu - cpu) / 1e6);
      latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await Promise.all([poller(), ...Array.from({ length: o.posters }, poster)]);
  process.send!({ latencies, serverCpu, posted, refused });
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.client) return runClients(o.client, o);
  const dir = mkdtempSync(join(tmpdir(), 'entente-server-load-'));
  try {
    const db = join(dir, 'store.db');
    if (o.db) copyFileSync(o.db, db);
    const server = await startServer({ db, port: 0, host: '127.0.0.1', jobs: 1, log: () => {} });
    const session = o.profile ? new Session() : undefined;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const elu0 = performance.eventLoopUtilization();
    const cpu0 = process.cpuUsage();
    const sched0 = mainThreadSchedule();
    const load0 = loadavg()[0]!;
    const self = fileURLToPath(import.meta.url);
    const child = fork(self, ['--client', server.url, '--seconds', String(o.seconds), '--posters', String(o.posters), '--kb', String(o.kb)], { execArgv: ['--import', 'tsx'] });
    const result = await new Promise<{ latencies: number[]; serverCpu: number[]; posted: number; refused: number }>((resolve, reject) => {
      child.once('message', (m) => resolve(m as { latencies: number[]; serverCpu: number[]; posted: number; refused: number }));
      child.once('exit', (code) => reject(new Error(`clients exited with ${code}`)));
    });
    delay.disable();
    const elu = performance.eventLoopUtilization(elu0);
    const cpu = process.cpuUsage(cpu0);
    const sched1 = mainThreadSchedule();
    const load1 = loadavg()[0]!;
    if (session && o.profile) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(o.profile, JSON.stringify(profile));
      printTopFunctions(profile);
    }
    await server.close();
    const l = [...result.latencies].sort((a, b) => a - b);
    const ms = (ns: number) => (ns / 1e6).toFixed(1);
    console.log(`machine: ${machineLine()}; load average ${load0.toFixed(1)} at start, ${load1.toFixed(1)} at end`);
    console.log(`${o.posters} clients posting ${o.kb} KB for ${o.seconds} s: ${result.posted} analysed, ${result.refused} refused (503)`);
    console.log(`GET /api/stats (client wall clock, ${l.length} requests): p50 ${percentile(l, 50).toFixed(1)} ms, p90 ${percentile(l, 90).toFixed(1)} ms, p99 ${percentile(l, 99).toFixed(1)} ms, max ${l.at(-1)?.toFixed(1)} ms`);
    const c = [...result.serverCpu].sort((a, b) => a - b);
    console.log(`  the server main thread's CPU time during each: p50 ${percentile(c, 50).toFixed(1)} ms, p90 ${percentile(c, 90).toFixed(1)} ms, p99 ${percentile(c, 99).toFixed(1)} ms, max ${c.at(-1)?.toFixed(1)} ms`);
    console.log(`server main thread: event loop busy ${(elu.utilization * 100).toFixed(1)}% of the run; loop delay p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms`);
    console.log(`server process CPU (all threads): user ${(cpu.user / 1e6).toFixed(1)} s, system ${(cpu.system / 1e6).toFixed(1)} s`);
    const mainCpu = (sched1.cpu - sched0.cpu) / 1e6;
    console.log(
      `server main thread (schedstat): ${mainCpu.toFixed(0)} ms on a CPU, ${((sched1.wait - sched0.wait) / 1e6).toFixed(0)} ms runnable but waiting for one; ` +
        `${(mainCpu / Math.max(1, result.posted + l.length)).toFixed(2)} ms CPU per request answered`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };

/** The 20 functions of the main thread with the most samples of their own, and their share. */
function printTopFunctions(profile: { nodes: ProfileNode[]; samples?: number[] }): void {
  const total = profile.nodes.reduce((n, x) => n + (x.hitCount ?? 0), 0);
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (node.hitCount ?? 0));
  }
  console.log(`main thread profile: ${total} samples`);
  for (const [key, hits] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}

await main();
