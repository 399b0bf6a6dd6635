#!/usr/bin/env node
// The `zonesafe` command's launcher: runs the compiled command (dist/main.js). The command registers
// tsx when it runs a program (cli/run.ts), so that its TypeScript loads as Pulumi's language host
// would load it; nothing else the command loads needs it.
"use strict";
const path = require("path");
let main;
try {
    ({ main } = require(path.join(__dirname, "..", "dist", "main.js")));
} catch (err) {
    if (err && err.code === "MODULE_NOT_FOUND" && String(err.message).includes(path.join("dist", "main.js"))) {
        process.stderr.write("zonesafe: the command is not built (run npm run build in the zonesafe workspace)\n");
        process.exit(2);
    }
    throw err;
}
main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
        process.stderr.write(`zonesafe: ${err && err.message ? err.message : String(err)}\n`);
        process.exit(2);
    },
);
