/**
 * The first program of the components' README — network → TKE cluster → node pool → alarms →
 * workload → CLB → MySQL, written the natural way — read from the README itself, so the docs
 * cannot drift: it must type-check against the components' sources with no error, and run under
 * the embedded engine placing everything in the network's zones, with nothing restated.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { expect } from "chai";
import * as pulumi from "@pulumi/pulumi";
import * as ts from "typescript";
import * as components from "@zonesafe/components";
import { StackRecord } from "../../engine/types";
import { T, inputsOf, list, one, ofType, placementZones, record } from "./support";

const ROOT = path.resolve(__dirname, "../..");
const README = path.join(ROOT, "components", "README.md");
/** Where the snippet pretends to live while it is type-checked (it is never written). */
const VIRTUAL = path.join(ROOT, "test", "components", "readme-first-program.ts");

/** The `ts` block after `<!-- first-program -->` in the README. */
function snippet(): string {
    const m = /<!-- first-program -->\s*```ts\n([\s\S]*?)```/.exec(fs.readFileSync(README, "utf8"));
    if (!m) throw new Error("components/README.md has no ```ts block after <!-- first-program -->");
    return m[1];
}

/** Type-checks `source` as a file of this repository (its tsconfig.json, the sources by the `zonesafe-source` condition). */
function typeErrors(source: string): string[] {
    const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, "tsconfig.json"), { noEmit: true }, {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
            throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
        },
    })!;
    const host = ts.createCompilerHost(parsed.options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (file, lang, ...rest) => (path.resolve(file) === VIRTUAL ? ts.createSourceFile(file, source, lang) : getSourceFile(file, lang, ...rest));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (file) => path.resolve(file) === VIRTUAL || fileExists(file);
    const program = ts.createProgram({ rootNames: [VIRTUAL], options: parsed.options, host });
    const file = program.getSourceFile(VIRTUAL)!;
    return ts.getPreEmitDiagnostics(program, file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

/** Runs `source` (TypeScript) as a Pulumi program under the embedded engine, with the components' mocks. */
async function run(source: string): Promise<StackRecord> {
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true } }).outputText;
    const modules: Record<string, unknown> = { "@pulumi/pulumi": pulumi, "@zonesafe/components": components };
    const load = (name: string) => {
        if (!(name in modules)) throw new Error(`the first program imports ${name}, which the test does not provide`);
        return modules[name];
    };
    const body = new Function("require", "exports", "module", js) as (r: typeof load, e: object, m: object) => void;
    return record(() => body(load, {}, { exports: {} }), {
        config: { "project:mysqlRootPassword": "m-Secret-1" },
        secretKeys: ["project:mysqlRootPassword"],
    });
}

describe("the README's first program", function () {
    this.timeout(240_000);
    const source = snippet();
    let stack: StackRecord;

    before(async () => {
        stack = await run(source);
    });

    it("is short: 21 lines at most, with no zone, VPC, subnet or cluster id written after the network's", () => {
        const lines = source.trimEnd().split("\n");
        expect(lines.length).to.be.at.most(21);
        const afterNetwork = lines.slice(lines.findIndex((l) => l.includes("new ZonalNetwork")) + 1).join("\n");
        expect(afterNetwork).to.not.match(/ap-guangzhou|vpcId|subnetId|clusterId|subnets|zones|provider|dependsOn|protect|region/);
    });

    it("type-checks against the components with no error", () => {
        expect(typeErrors(source)).to.deep.equal([]);
    });

    it("would show a mistake: the same program with a number for `clusterId` does not type-check", () => {
        const wrong = source.replace("{ cluster, instanceType", "{ cluster, clusterId: 42, instanceType");
        expect(wrong).to.not.equal(source);
        expect(typeErrors(wrong).join("\n")).to.match(/not assignable/);
    });

    it("builds every layer, each child in a zone of the network", () => {
        const types = stack.resources.filter((r) => r.type.startsWith("zonesafe:")).map((r) => r.type);
        expect(types).to.have.members([
            "zonesafe:network:ZonalNetwork",
            "zonesafe:kubernetes:TkeCluster",
            "zonesafe:kubernetes:ZonalNodePool",
            "zonesafe:monitoring:NodeAlarms",
            "zonesafe:kubernetes:SpreadWorkload",
            "zonesafe:loadbalancer:MultiAzClb",
            "zonesafe:database:ThreeNodeMysql",
        ]);
        const zones = ["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"];
        let placed = 0;
        for (const r of stack.resources) {
            const rz = placementZones(stack, r);
            for (const z of rz) expect(zones, `${r.type}::${r.name}`).to.include(z);
            if (rz.length > 0) placed++;
        }
        expect(placed, "resources placed by zone or subnet").to.be.at.least(12);
    });

    it("derives what the objects carry: VPC, subnets, security groups, cluster id, provider, primary zones, the CLB backend", () => {
        const pool = one(stack, T.nodePool);
        expect(pool.inputs).to.include({ clusterId: "shop-cluster-id", vpcId: "shop-vpc-id" });
        expect(one(stack, T.cluster).inputs).to.include({ vpcId: "shop-vpc-id", clusterIntranetSubnetId: "shop-subnet-app-ap-guangzhou-3-id" });
        expect(one(stack, T.deployment).providerRef).to.include("shop-k8s");
        expect(one(stack, T.service).inputs.spec).to.deep.include({ type: "NodePort" });
        expect(list((inputsOf(one(stack, T.service)).spec as { ports: never }).ports)[0]).to.include({ nodePort: 30080 });
        expect(one(stack, T.clb).inputs).to.include({ vpcId: "shop-vpc-id", masterZoneId: "ap-guangzhou-3", slaveZoneId: "ap-guangzhou-4" });
        const [attachment] = ofType(stack, T.asLoadBalancer);
        expect(attachment.inputs.autoScalingGroupId).to.equal("asg-shop-nodes-pool");
        const [forward] = list(inputsOf(attachment).forwardLoadBalancers) as { targetAttributes: unknown }[];
        expect(forward.targetAttributes).to.deep.equal([{ port: 30080, weight: 10 }]);
        const mysql = one(stack, T.mysql);
        expect(mysql.inputs).to.include({ vpcId: "shop-vpc-id", subnetId: "shop-subnet-data-ap-guangzhou-3-id", availabilityZone: "ap-guangzhou-3", secondSlaveZone: "ap-guangzhou-4" });
        expect(mysql.options.protect).to.equal(true);
        for (const p of ofType(stack, T.alarmPolicy)) expect(p.inputs.policyTags).to.deep.equal([{ key: "zonesafe:pool", value: "shop-nodes" }]);
    });
});
