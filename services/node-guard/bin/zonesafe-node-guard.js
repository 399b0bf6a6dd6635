#!/usr/bin/env node
// The node guard's launcher: runs the compiled service (dist/main.js).
"use strict";
const path = require("path");
let main;
try {
    ({ main } = require(path.join(__dirname, "..", "dist", "main.js")));
} catch (err) {
    if (err && err.code === "MODULE_NOT_FOUND" && String(err.message).includes(path.join("dist", "main.js"))) {
        process.stderr.write("zonesafe-node-guard: the service is not built (run npm run build in the zonesafe workspace)\n");
        process.exit(2);
    }
    throw err;
}
main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
        process.stderr.write(`zonesafe-node-guard: ${err && err.message ? err.message : String(err)}\n`);
        process.exit(2);
    },
);
