// `zonesafe preview` reports the same findings and score whether the resources are evaluated while the
// program registers them (the default: from a worker thread, with the pack's compiled copy and the
// no-op Remediate left out) or, as the first version did, one at a time once the program has finished
// with the pack started exactly as the engine starts it and Remediate called on every resource.
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

describe("zonesafe preview: the same report whichever way the evaluation is scheduled", function () {
    this.timeout(600_000);

    it("retail-legacy with the example config (remediations included), streamed and fast vs. after the program and exact", async () => {
        const config = path.join(ROOT, "policies", "config.example.json");
        const base = ["--format", "json", "--quiet", "--policy-pack-config", config, "preview", "--stack", "retail-legacy"];
        const [streamed, exact] = await runAll(
            [{ args: base }, { args: ["--no-pack-cache", "--always-remediate", "--concurrency", "1", ...base, "--no-streaming"] }],
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
