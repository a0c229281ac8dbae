// readers-driver.ts: child process of synced-readers.test.ts. Runs one reader of synced folders and prints
// what it returned as one JSON line. A reader that opens a FIFO blocks its thread for good (even
// process.exit waits for it), so the test runs each here, where a timeout and SIGKILL can end it.
//   ruleset DIR...              loadRuleset: rule ids and formatted problems
//   merged SHARED_DIR GROUP...  MergedCache.forGroups: files included and skipped, the content
//   pack DATA_DIR REL...        packSource, each REL listed as an empty file: bytes sent and failed paths
//   scan DATA_DIR               scanSyncedFiles: table paths and skipped entries
import { loadRuleset } from '../../analysis/ruleset-load';
import { formatProblem } from '../../analysis/problems';
import { MergedCache } from '../../agents/groups/merged-cache';
import { packSource } from '../../actors/integrity/pack-source';
import { scanSyncedFiles } from '../../actors/integrity/scanner';
import type { FileTable } from '../../actors/integrity/file-table';

async function run(mode: string, args: string[]): Promise<unknown> {
  switch (mode) {
    case 'ruleset': {
      const { engine, problems } = loadRuleset(args);
      return { rules: [...engine.ruleset.rules.byId.keys()].sort((a, b) => a - b), problems: problems.map(formatProblem) };
    }
    case 'merged': {
      const logged: string[] = [];
      const m = new MergedCache(args[0], () => 0, (msg) => logged.push(msg)).forGroups(args.slice(1));
      return { merged: m && { included: m.included, skipped: m.skipped, content: m.content.toString('utf8') }, logged };
    }
    case 'pack': {
      const table: FileTable = new Map(args.slice(1).map((rel) => [rel, { md5: 'd41d8cd98f00b204e9800998ecf8427e', size: 0, mtimeMs: 1, mode: 0o640 }]));
      const failed: string[] = [];
      let bytes = 0;
      for await (const b of packSource(args[0], [...table.keys()], table, failed)) bytes += b.length;
      return { bytes, failed };
    }
    case 'scan': {
      const r = await scanSyncedFiles({ dataDir: args[0] });
      return { table: [...r.table.keys()].sort(), skipped: r.skipped };
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

run(process.argv[2], process.argv.slice(3)).then(
  (out) => process.stdout.write(JSON.stringify(out) + '\n'),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
