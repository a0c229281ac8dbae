#!/usr/bin/env node
// Generates protocol/generated/cluster.{js,d.ts} from protocol/cluster.proto with protobufjs-cli.
//   node scripts/gen-proto.js               write the generated files
//   node scripts/gen-proto.js --check       exit 1 when the committed files differ from a fresh generation
//   --out DIR                               another directory than protocol/generated (used by the tests)
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { pbjs, pbts } = require('protobufjs-cli');

const ROOT = path.join(__dirname, '..');
const PROTO = 'protocol/cluster.proto';
const DEFAULT_OUT = path.join(ROOT, 'protocol', 'generated');
const FILES = ['cluster.js', 'cluster.d.ts'];

// protobufjs decodes 64-bit fields as Long whenever the `long` package loads, whatever --force-number says;
// dropping Long before the message prototypes are built makes every uint64 a plain number at runtime too.
const REQUIRE_LINE = 'var $protobuf = require("protobufjs/minimal");\n';
const NUMBER_PATCH =
  REQUIRE_LINE +
  '\n// Added by scripts/gen-proto.js: 64-bit fields are plain JS numbers (see --force-number).\n' +
  '$protobuf.util.Long = undefined;\n' +
  '$protobuf.configure();\n';

function run(main, args) {
  return new Promise((resolve, reject) => {
    main(args, (err, output) => (err ? reject(err) : resolve(output)));
  });
}

/** Generates both files into dir; output depends only on the .proto and the tool versions. */
async function generate(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const jsFile = path.join(dir, 'cluster.js');
  const js = await run(pbjs.main, ['-t', 'static-module', '-w', 'commonjs', '--force-number', PROTO]);
  if (!js.includes(REQUIRE_LINE)) throw new Error('unexpected pbjs output: no protobufjs/minimal require');
  fs.writeFileSync(jsFile, js.replace(REQUIRE_LINE, NUMBER_PATCH));
  const dts = await run(pbts.main, [jsFile]);
  fs.writeFileSync(path.join(dir, 'cluster.d.ts'), dts);
}

function sameFile(a, b) {
  return fs.existsSync(a) && fs.existsSync(b) && fs.readFileSync(a).equals(fs.readFileSync(b));
}

function outDir() {
  const at = process.argv.indexOf('--out');
  return at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : DEFAULT_OUT;
}

async function main() {
  const OUT_DIR = outDir();
  process.chdir(ROOT);
  const shown = path.relative(ROOT, OUT_DIR) || '.';
  if (!process.argv.includes('--check')) {
    await generate(OUT_DIR);
    console.log(`generated ${FILES.map((f) => path.join(shown, f)).join(', ')}`);
    return 0;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-proto-'));
  try {
    await generate(tmp);
    const stale = FILES.filter((f) => !sameFile(path.join(tmp, f), path.join(OUT_DIR, f)));
    if (stale.length > 0) {
      console.error(`${shown} is stale: run npm run proto (differs: ${stale.join(', ')})`);
      return 1;
    }
    console.log(`${shown} is up to date`);
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`gen-proto failed: ${err && err.stack ? err.stack : err}`);
    process.exit(2);
  },
);
