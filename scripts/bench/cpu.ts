// CPU time of this process and of the child processes it has waited for (Pagefind's), in milliseconds.
// On a busy or shared machine CPU time varies far less than wall-clock time, so the benchmark reports
// both. Children are counted where /proc tells (Linux); elsewhere only this process.
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Clock ticks per second of /proc's times: 100 on every Linux this runs on (USER_HZ). */
const TICKS_PER_SECOND = 100;

export interface CpuTime {
  /** This process, all its threads, user and system. */
  self: number;
  /** Child processes that have ended and been waited for; null where /proc is missing. */
  children: number | null;
}

export function cpuMs(): CpuTime {
  const { user, system } = process.cpuUsage();
  return { self: (user + system) / 1000, children: childrenMs() };
}

/** The CPU time spent since `before` (a reading of `cpuMs`), once Pagefind's process has been waited for. */
export async function cpuSpentSince(before: CpuTime): Promise<number> {
  const now = await settledCpuMs();
  return now.self - before.self + (now.children ?? 0) - (before.children ?? 0);
}

/**
 * The CPU time once Pagefind's process, which a build closes without waiting for it to end, has ended
 * and been waited for (Node does so on its own, a moment later). Waits at most a few seconds.
 */
export async function settledCpuMs(): Promise<CpuTime> {
  for (let waited = 0; waited < 5000 && childNames().some((name) => name.startsWith('pagefind')); waited += 20) await sleep(20);
  return cpuMs();
}

function childrenMs(): number | null {
  try {
    // The command name (field 2) is in parentheses and may hold spaces: count the fields after it.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime, fields 16 and 17 of the line
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

/** The names of this process's children not yet waited for (a child that has ended keeps its name until then). */
function childNames(): string[] {
  try {
    const pids = readdirSync('/proc/self/task').flatMap((tid) => readFileSync(`/proc/self/task/${tid}/children`, 'utf8').split(' ').filter(Boolean));
    return pids.map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      } catch {
        return '';
      }
    });
  } catch {
    return [];
  }
}
