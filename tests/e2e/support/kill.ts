// Killing "the browser" the hard way, as a crash or a power cut of the app would: SIGKILL to
// every Chromium process of one test profile, found by the profile directory on its command line
// (unique per launch, so no other Chromium is touched). No unload handler, no flush, no goodbye.
import { readdirSync, readFileSync } from 'node:fs';

/** The ids of the processes whose command line names `userDataDir`. */
export function processesOfProfile(userDataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue; // it ended meanwhile
    }
    if (cmdline.split('\0').some((arg) => arg === `--user-data-dir=${userDataDir}`)) pids.push(Number(entry));
  }
  return pids;
}

/** SIGKILLs every process of the profile and waits until they are gone. */
export async function killProfile(userDataDir: string): Promise<number> {
  const pids = processesOfProfile(userDataDir);
  if (pids.length === 0) throw new Error(`no Chromium process runs the profile ${userDataDir}`);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + 10_000;
  while (processesOfProfile(userDataDir).some(isAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return pids.length;
}

function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/\) Z /.test(stat); // a zombie is dead, only not yet reaped
  } catch {
    return false;
  }
}
