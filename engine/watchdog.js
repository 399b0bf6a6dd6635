// The watchdog every Node.js child process of zonesafe preloads (`node --require engine/watchdog.js`,
// see engine/supervisor.ts): the parent holds one end of a pipe on the child's file descriptor 3, and
// when that end closes — the parent exited, crashed or was killed with SIGKILL — the child kills itself.
// The pipe is watched from a worker thread, so a child whose main thread never yields (a policy stuck
// in a loop) still dies. Plain JavaScript: it loads before any TypeScript hook.
"use strict";
if (process.env.ZONESAFE_WATCHDOG_FD === "3") {
    // The child's own children do not inherit the pipe: they must not inherit the marker either.
    delete process.env.ZONESAFE_WATCHDOG_FD;
    const { Worker } = require("worker_threads");
    const watcher = new Worker(
        `"use strict";
        const net = require("net");
        const die = () => process.kill(process.pid, "SIGKILL");
        try {
            const pipe = new net.Socket({ fd: 3, readable: true, writable: false });
            pipe.on("data", () => undefined);
            pipe.on("end", die);
            pipe.on("close", die);
            pipe.on("error", die);
        } catch {
            // No pipe on descriptor 3: nothing to watch.
        }`,
        { eval: true, stdout: false, stderr: false },
    );
    watcher.unref();
}
