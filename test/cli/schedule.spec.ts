// `zonesafe preview` reports the same findings, remediations and score with the fast evaluator (the
// default: resources evaluated from a worker thread while the program registers them, requests
// pre-encoded, the pack's compiled copy, the no-op Remediate left out, a wide window) as with the
// reference evaluator (the hidden flags that turn each piece of that machinery off: google-protobuf
// messages, the pack started exactly as the engine starts it, Remediate on every resource, one resource
// at a time, once the program has finished).
import { expect } from "chai";
import * as path from "path";
import { ROOT, runAll } from "./helpers";

/** The report without what depends on when and how fast it ran. */
function stable(stdout: string): Record<string, unknown> {
    const report = JSON.parse(stdout) as Record<string, unknown>;
    delete report.generatedAt;
    delete report.timings;
    return report;
}

describe("zonesafe preview: the reference evaluator and the fast one give the same report", function () {
    this.timeout(600_000);

    it("retail-legacy with the example config (remediations included), fast vs. reference", async () => {
        const config = path.join(ROOT, "policies", "config.example.json");
        // --engine-exact: both runs take the analyzer protocol (the in-process path has its own identity test).
        const base = ["--engine-exact", "--format", "json", "--quiet", "--policy-pack-config", config, "preview", "--stack", "retail-legacy"];
        const reference = ["--no-pre-encode", "--no-pack-cache", "--always-remediate", "--concurrency", "1"];
        const [streamed, exact] = await runAll(
            [{ args: base }, { args: [...reference, ...base, "--no-streaming"] }],
            1,
        );
        expect(streamed.code, streamed.stderr).to.equal(1);
        expect(exact.code, exact.stderr).to.equal(1);
        const a = stable(streamed.stdout);
        const b = stable(exact.stdout);
        expect((a.findings as unknown[]).length).to.be.greaterThan(10);
        expect((a.remediations as unknown[]).length).to.be.greaterThan(0);
        expect(a).to.deep.equal(b);
    });

    it("refuses a concurrency that is not a positive integer", async () => {
        const [run] = await runAll([{ args: ["--concurrency", "0", "preview", "--stack", "retail-legacy"] }]);
        expect(run.code).to.equal(2);
        expect(run.stderr.trim()).to.match(/^zonesafe: option '--concurrency <n>' argument '0' is invalid\. .*positive integer/);
    });
});
