// crash-driver.ts: child process of crash.test.ts. Syncs <master> into <worker> and kills itself with
// SIGKILL after staging file number <killStage>, or after apply step number <killStep> (0: never).
// Prints {"staged":S,"steps":N,"moved":[folders moved whole]} when it runs to the end.
import { syncFromLocalMaster } from './local-sync';

async function main(): Promise<void> {
  const [masterDir, workerDir, killStageArg, killStepArg] = process.argv.slice(2);
  const killStage = Number(killStageArg), killStep = Number(killStepArg);
  let staged = 0, steps = 0;
  const moved: string[] = [];
  await syncFromLocalMaster({
    masterDir,
    workerDir,
    afterStaged: (n) => {
      staged = n;
      if (n === killStage) process.kill(process.pid, 'SIGKILL');
    },
    hooks: {
      afterStep: (n, what) => {
        steps = n;
        if (what.startsWith('move ')) moved.push(what.slice(5));
        if (n === killStep) process.kill(process.pid, 'SIGKILL');
      },
    },
  });
  process.stdout.write(JSON.stringify({ staged, steps, moved }) + '\n');
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
