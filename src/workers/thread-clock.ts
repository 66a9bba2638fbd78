// The processor time of one thread of this process: the clock of the per-article budget
// (pool.ts). Linux keeps it per thread in /proc/self/task/TID/stat; Node 20 has no API for
// it (process.cpuUsage counts every thread of the process).
import { readFileSync, readlinkSync } from 'node:fs';

/** the unit of /proc's times: USER_HZ, 100 a second on the architectures Node runs on */
const ticksPerSecond = 100;

/** The calling thread's id as the kernel knows it (Linux), or 0 where /proc has none. */
export function kernelThreadId(): number {
  try {
    return Number(/\/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Milliseconds of processor time (user and system) the thread `tid` of this process has used; undefined when /proc cannot tell (the thread is gone). */
export function threadCpuMs(tid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // after the thread's name, in parentheses (it may hold spaces): utime and stime are fields 14 and 15
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}
