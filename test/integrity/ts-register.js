// ts-register.js: lets plain `node` require .ts files (ts-node is not installed), by transpiling each
// with typescript.transpileModule. For the measure script and the crash-test child processes only.
'use strict';
const fs = require('fs');
const ts = require('typescript');

require.extensions['.ts'] = function compileTs(module, filename) {
  const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(out.outputText, filename);
};
