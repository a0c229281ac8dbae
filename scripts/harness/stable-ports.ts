// Ports for listeners that start long after they are picked (a topology applied minutes later). A port
// probed with bind(0) lies in the kernel's ephemeral range, where any outgoing connection of any process
// can take it in the meantime; below that range only explicit binds compete.
import * as fs from 'node:fs';
import * as net from 'node:net';

const FLOOR = 10_000;

/** The low end of the kernel's auto-bind range (Linux's default when it cannot be read). */
export function ephemeralLow(): number {
  try {
    const low = Number(fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > FLOOR + 1_000 ? low : 32_768;
  } catch {
    return 32_768;
  }
}

function bindable(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, host, () => s.close(() => resolve(true)));
  });
}

/**
 * `count` distinct ports free now on `host`, below the ephemeral range; `consecutive` makes them one run
 * (base, base + 1, ...), for settings such as metrics_port_base. Random starts keep parallel runs apart.
 */
export async function stablePorts(count: number, consecutive = false, host = '127.0.0.1'): Promise<number[]> {
  const top = ephemeralLow() - count;
  const pick = (): number => FLOOR + Math.floor(Math.random() * (top - FLOOR));
  if (consecutive) {
    for (;;) {
      const base = pick();
      let ok = true;
      for (let i = 0; i < count && ok; i++) ok = await bindable(base + i, host);
      if (ok) return Array.from({ length: count }, (_, i) => base + i);
    }
  }
  const ports = new Set<number>();
  while (ports.size < count) {
    const p = pick();
    if (!ports.has(p) && await bindable(p, host)) ports.add(p);
  }
  return [...ports];
}
