// `npm run bench -- edges`: every port of a node under the floods of issue 9, each with its own real
// nodes (bench/edges-*.ts): RSS growth, time for a real peer to get in, connections closed by cause.
import { runAgentsFloodBench } from './edges-agents';
import { runClusterFloodBench } from './edges-cluster';
import { runEnrollFloodBench } from './edges-enroll';

export async function runEdgesBench(): Promise<void> {
  process.stdout.write('-- agents port (1514)\n');
  await runAgentsFloodBench();
  process.stdout.write('-- cluster port (1516)\n');
  await runClusterFloodBench();
  process.stdout.write('-- enrollment port (1515)\n');
  await runEnrollFloodBench();
}
