// A node's enrollment port (agents.enrollment_port): the node checks the password and the rates (the
// gate), then the master decides; a worker forwards each request to the master over the cluster link
// and, while that link is down, keeps retrying within the request's deadline instead of failing at
// once (Wazuh fails there).
import * as os from 'os';
import { EnrollmentServer, type EnrollmentServerStats } from '../../agents/server/enrollment-server';
import { ENROLLMENT_RATES } from '../../agents/server/enrollment-limits';
import { EnrollGate, gatedDecider } from '../../agents/enrollment/enroll-gate';
import { enrollOnMaster } from '../../agents/enrollment/enroll-service';
import { formatEnrollFailure } from '../../agents/enrollment/enroll-request';
import { readEnrollmentPassword } from '../../agents/enrollment/password-file';
import { exposedSecretWarning } from '../../lib/private-files';
import { GlobalStore } from '../../store/global-store';
import { ControlRequest } from '../control/control-protocol';
import { NodeContext } from './node-context';
import { enrollmentPasswordSecret } from './key-files';

/** A worker waits this long for its master link before answering an agent that enrollment failed. */
export const FORWARD_DEADLINE_MS = 8_000;
const RETRY_MS = 250;

/**
 * The master's decision, answered once a standby holds the new agent (`replicated`, the StandbyBarrier's; absent:
 * at once). The decision itself stays synchronous (enroll-service.ts); only the answer waits.
 */
export function masterEnrollDecider(
  ctx: NodeContext, store: GlobalStore, registryChanged: () => void, replicated?: (seq: number) => Promise<void>,
): (line: string, ip: string) => Promise<string> {
  return async (line, ip) => {
    let written: number | null = null;
    const reply = enrollOnMaster(line, ip, {
      store, managerHost: os.hostname(), now: () => ctx.clock.now(),
      onRegistered: () => {
        written = store.replica.seq();
        registryChanged();
      },
    });
    if (written !== null && replicated) await replicated(written);
    return reply;
  };
}

export function workerEnrollDecider(ctx: NodeContext, forward: (req: ControlRequest) => Promise<unknown>): (line: string, ip: string) => Promise<string> {
  return async (line, sourceIp) => {
    const deadline = ctx.clock.now() + FORWARD_DEADLINE_MS;
    for (;;) {
      try {
        const r = (await forward({ command: 'enroll', args: { line, sourceIp } })) as { reply: string };
        return r.reply;
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (ctx.clock.now() + RETRY_MS < deadline && (code === 'master_unreachable' || code === 'closed' || code === 'timeout')) {
          await new Promise<void>((r) => ctx.clock.setTimeout(r, RETRY_MS));
          continue;
        }
        ctx.log.task('Enrollment').warning(`Could not forward an enrollment from ${sourceIp} to the master: ${(err as Error).message}`);
        return formatEnrollFailure('ERROR: Unable to reach the master, try again later');
      }
    }
  };
}

export interface Enrollment {
  server: EnrollmentServer;
  gate: EnrollGate;
  port: number;
}

/**
 * Reads the password file (a node with one that cannot be read does not start), then serves the port
 * with `decide` behind the gate. The password is checked here, on the node the agent reached, as authd
 * does on each Wazuh node: a worker refuses a wrong password itself, without costing the master link
 * or the master anything, and forwards the request without its password.
 */
export async function startEnrollment(ctx: NodeContext, decide: (line: string, ip: string) => Promise<string>): Promise<Enrollment> {
  const log = ctx.log.task('Enrollment');
  const passwordFile = ctx.config.agents.enrollmentPasswordFile;
  let password: string | null = null;
  if (passwordFile !== '') {
    const read = await readEnrollmentPassword(passwordFile);
    const loose = exposedSecretWarning(enrollmentPasswordSecret(passwordFile), read.mode);
    if (loose) log.warning(loose);
    password = read.password;
  }
  const gate = new EnrollGate({ password, ...ENROLLMENT_RATES, now: () => ctx.clock.now() });
  const server = new EnrollmentServer({
    host: ctx.config.agents.bindAddr, port: ctx.config.agents.enrollmentPort, dataDir: ctx.config.dataDir,
    decide: gatedDecider(gate, decide), log, clock: ctx.clock,
  });
  const { port } = await server.listen();
  log.info(`Listening for enrollments on ${ctx.config.agents.bindAddr}:${port} (${password === null ? 'no password' : `password from ${passwordFile}`}).`);
  return { server, gate, port };
}

/** The `enrollment` control command: the port's connections and closes by cause, the gate's refusals. */
export function enrollmentView(e: Enrollment): EnrollmentServerStats & { refused: EnrollGate['refused'] } {
  return { ...e.server.stats(), refused: { ...e.gate.refused } };
}
