#!/usr/bin/env node
// The `zonesafe` command's launcher: registers tsx so the TypeScript sources (and the TypeScript
// programs the command runs) load without a build step, then runs cli/main.ts.
"use strict";
const path = require("path");
require("tsx/cjs/api").register();
const { main } = require(path.join(__dirname, "..", "cli", "main.ts"));
main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
        process.stderr.write(`zonesafe: ${err && err.message ? err.message : String(err)}\n`);
        process.exit(2);
    },
);
