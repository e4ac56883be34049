// What the server process spent during a measurement: CPU time (user + system, from /proc) per request and its peak
// resident memory (the kernel's high-water mark, reset when the measurement starts). Linux only, as the bench is.
import { readFileSync, writeFileSync } from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on every Linux the bench runs on). */
const TICKS_PER_SECOND = 100;

export interface ServerUsage {
  cpuMsPerRequest: number;
  peakRssMb: number;
}

function cpuMs(pid: number): number {
  // The command name may hold spaces, so the fields are counted after its closing parenthesis.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

function peakRssMb(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match?.[1] ?? 0) / 1024;
}

/** Starts counting now; `stop(requests)` returns the usage over the requests served since. */
export function serverUsage(pid: number): { stop(requests: number): ServerUsage } {
  writeFileSync(`/proc/${pid}/clear_refs`, "5"); // resets VmHWM to the current RSS
  const cpuAtStart = cpuMs(pid);
  return {
    stop: (requests) => ({
      cpuMsPerRequest: (cpuMs(pid) - cpuAtStart) / Math.max(1, requests),
      peakRssMb: peakRssMb(pid),
    }),
  };
}
