import fs from 'node:fs';
import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  /** Requests per second that got a 2xx answer. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers that were not 2xx, or connections that failed. */
  errors: number;
  /** Mean body size in bytes. */
  bytes: number;
  /** The server process's CPU time per answered request, in ms (when its pid is known). */
  cpuMs?: number;
}

export interface LoadRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * `connections` clients each sending the request again as soon as it is answered, for
 * `seconds`. Latencies are every answer's own, so p95 is exact (autocannon's summary stops
 * at p90 and p97.5).
 */
export async function load(
  request: LoadRequest,
  connections: number,
  seconds: number,
  pid?: number,
): Promise<LoadResult> {
  const cpuBefore = pid ? cpuMsOf(pid) : 0;
  const latencies: number[] = [];
  let bytes = 0;
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        method: request.method,
        headers: request.headers,
        body: request.body,
        connections,
        duration: seconds,
        timeout: 20,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, resBytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) {
        latencies.push(responseTime);
        bytes += resBytes;
      } else errors += 1;
    });
  });
  errors += result.errors + result.timeouts;
  latencies.sort((a, b) => a - b);
  const cpuMs = pid && latencies.length ? (cpuMsOf(pid) - cpuBefore) / latencies.length : undefined;
  return {
    cpuMs,
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    bytes: latencies.length ? bytes / latencies.length : 0,
  };
}

/**
 * CPU time a process has used so far, in ms, from /proc (Linux): user and system time in
 * clock ticks of 10 ms. Per request, it hardly depends on what else the machine runs, unlike
 * throughput, so it compares two servers fairly on a busy machine.
 */
export function cpuMsOf(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Peak and current resident memory of a process, in MB, from /proc (Linux). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: 0, peakMb: 0 };
  }
}
