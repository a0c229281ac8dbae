// A node's enrollment port (agents.enrollment_port): the master decides; a worker forwards each request
// to the master over the cluster link and, while that link is down, keeps retrying within the request's
// deadline instead of failing at once (Wazuh fails there).
import * as os from 'os';
import { EnrollmentServer } from '../../agents/server/enrollment-server';
import { enrollOnMaster } from '../../agents/enrollment/enroll-service';
import { formatEnrollFailure } from '../../agents/enrollment/enroll-request';
import { GlobalStore } from '../../store/global-store';
import { ControlRequest } from '../control/control-protocol';
import { NodeContext } from './node-context';

/** A worker waits this long for its master link before answering an agent that enrollment failed. */
export const FORWARD_DEADLINE_MS = 8_000;
const RETRY_MS = 250;

export function masterEnrollDecider(ctx: NodeContext, store: GlobalStore, registryChanged: () => void): (line: string, ip: string) => string {
  return (line, ip) => enrollOnMaster(line, ip, { store, managerHost: os.hostname(), now: () => ctx.clock.now(), onRegistered: () => registryChanged() });
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

export async function startEnrollment(ctx: NodeContext, decide: (line: string, ip: string) => Promise<string>): Promise<{ server: EnrollmentServer; port: number }> {
  const server = new EnrollmentServer({
    host: ctx.config.cluster.bindAddr, port: ctx.config.agents.enrollmentPort, dataDir: ctx.config.dataDir,
    decide, log: ctx.log.task('Enrollment'),
  });
  const { port } = await server.listen();
  ctx.log.task('Enrollment').info(`Listening for enrollments on ${ctx.config.cluster.bindAddr}:${port}.`);
  return { server, port };
}
