import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { CliError, errorLine } from "../../cli/errors";
import { importState, lineColumn, parseUrn, stateToWire } from "../../cli/state";
import { REDACTED_SECRET } from "../../cli/project";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "../../engine/types";
import type { ResourceRecord, StackRecord } from "../../engine/types";
import { STATES, tempDir } from "./helpers";

const secret = (value: unknown) => ({ [SIG_KEY]: SECRET_SIG, value });

function only(stack: StackRecord, pred: (r: ResourceRecord) => boolean): ResourceRecord {
    const found = stack.resources.filter(pred);
    expect(found, stack.resources.map((r) => r.urn).join("\n")).to.have.length(1);
    return found[0];
}

function importError(file: string): CliError {
    try {
        importState(file);
    } catch (e) {
        expect(e).to.be.instanceOf(CliError);
        expect(errorLine(e)).to.not.include("\n");
        return e as CliError;
    }
    throw new Error(`expected ${file} to be refused`);
}

describe("cli/state: importing deployed state", () => {
    it("reads a stack export of the official naming route: records, parents, providers, ids, options and secrets", () => {
        const { kind, stack, notes } = importState(path.join(STATES, "storefront-prod.official.json"));
        expect(kind).to.equal("stack-export");
        expect([stack.project, stack.stack, stack.dryRun]).to.deep.equal(["storefront", "prod", false]);
        expect(stack.resources).to.have.length(15, "the subnet awaiting deletion is left out");
        expect(notes.join("\n")).to.match(/1 resource\(s\) marked for deletion/).and.match(/encrypted secrets/);

        const root = only(stack, (r) => r.type === "pulumi:pulumi:Stack");
        expect(root.parent).to.equal("");
        const component = only(stack, (r) => r.type === "storefront:network:ZonalNetwork");
        const subnet = only(stack, (r) => r.name === "core-subnet-app-1");
        expect(subnet.type).to.equal("tencentcloud:index/subnet:Subnet");
        expect(subnet.parent).to.equal(component.urn);
        expect(subnet.id).to.equal("subnet-3fk81ow2");
        expect(subnet.provider?.name).to.equal("gz");
        expect(subnet.provider?.properties.secretKey).to.deep.equal(secret(REDACTED_SECRET));

        const db = only(stack, (r) => r.type === "tencentcloud:index/mysqlInstance:MysqlInstance");
        expect(db.inputs.rootPassword).to.deep.equal(secret(REDACTED_SECRET));
        expect(db.outputs?.intranetPort).to.equal(3306);
        expect(db.options.protect).to.equal(true);
        expect(db.options.additionalSecretOutputs).to.deep.equal(["rootPassword"]);
        expect(db.options.customTimeouts).to.deep.equal({ create: 1800, update: undefined, delete: 600 });
        expect(db.propertyDependencies.subnetId).to.deep.equal([subnet.urn]);

        const pool = only(stack, (r) => r.name === "tke-workers");
        expect(pool.inputs.subnetIds).to.deep.equal(["subnet-3fk81ow2", "subnet-9qj2x7ls"]);
        const deployment = only(stack, (r) => r.type === "kubernetes:apps/v1:Deployment");
        expect(deployment.provider?.type).to.equal("pulumi:providers:kubernetes");
    });

    it("reads the same estate through the static naming route", () => {
        const official = importState(path.join(STATES, "storefront-prod.official.json")).stack;
        const { stack } = importState(path.join(STATES, "storefront-prod.static.json"));
        expect(stack.resources.map((r) => r.name)).to.deep.equal(official.resources.map((r) => r.name));
        const types = stack.resources.map((r) => r.type);
        expect(types).to.include.members(["tencentcloud:Clb/instance:Instance", "tencentcloud:Mysql/instance:Instance", "tencentcloud:Kubernetes/nodePool:NodePool"]);
        expect(types.some((t) => t.startsWith("tencentcloud:index/"))).to.equal(false);
        expect(only(stack, (r) => r.type === "tencentcloud:Mysql/instance:Instance").inputs.rootPassword).to.deep.equal(secret(REDACTED_SECRET));
    });

    it("reads `pulumi preview --json`: the resources the preview leaves, blinded secrets, unknowns and the config", () => {
        const { kind, stack } = importState(path.join(STATES, "storefront-prod.preview.json"));
        expect(kind).to.equal("preview-json");
        expect(stack.dryRun).to.equal(true);
        expect(stack.config["storefront:environment"]).to.equal("production");
        expect(stack.resources.some((r) => r.name === "bastion")).to.equal(false, "a deleted resource is gone");
        const worker = only(stack, (r) => r.name === "storefront-worker");
        expect(worker.outputs?.metadata).to.equal(UNKNOWN);
        const env = ((worker.inputs.spec as any).template.spec.containers[0].env as any[])[0];
        expect(env.value).to.deep.equal(secret(REDACTED_SECRET));
        const clb = only(stack, (r) => r.type === "tencentcloud:index/clbInstance:ClbInstance");
        expect(clb.inputs.tags).to.deep.equal({ app: "storefront", owner: "web-team" }, "an update step carries its new state");
    });

    it("keeps plaintext secrets and turns resource references into ids", () => {
        const plain = stateToWire({ [SIG_KEY]: SECRET_SIG, plaintext: JSON.stringify({ user: "app" }) }, false);
        expect(plain).to.deep.equal(secret({ user: "app" }));
        const ref = stateToWire({ [SIG_KEY]: "5cf8f73096256a8f31e491e813e4eb8e", urn: "urn:pulumi:s::p::t::n", id: "vpc-1" }, false);
        expect(ref).to.equal("vpc-1");
    });

    it("parses URNs, with nested types and names holding `::`", () => {
        expect(parseUrn("urn:pulumi:prod::shop::a:b:C$tencentcloud:index/vpc:Vpc::main::vpc")).to.deep.equal({
            stack: "prod",
            project: "shop",
            qualifiedType: "a:b:C$tencentcloud:index/vpc:Vpc",
            type: "tencentcloud:index/vpc:Vpc",
            name: "main::vpc",
        });
        expect(parseUrn("not-a-urn")).to.equal(undefined);
        expect(lineColumn("ab\ncd", 4)).to.deep.equal({ line: 2, column: 2 });
    });

    it("refuses damaged and foreign files in one line naming the file and the position", () => {
        const truncated = importError(path.join(STATES, "truncated.json"));
        expect(truncated.problem).to.match(/truncated\.json is truncated: the JSON ends early at line \d+, column \d+$/);
        const malformed = importError(path.join(STATES, "malformed.json"));
        expect(malformed.problem).to.match(/malformed\.json is not valid JSON at line 344, column \d+: Expected ',' or '}' after property value$/);
        expect(importError(path.join(STATES, "future-version.json")).problem).to.match(/is a version 4 deployment; this zonesafe reads versions 1 to 3$/);
        expect(importError(path.join(STATES, "not-a-state.json")).problem).to.match(/is neither a `pulumi stack export`/);
        expect(importError(path.join(STATES, "missing.json")).problem).to.match(/does not exist$/);
        const dir = tempDir();
        fs.writeFileSync(path.join(dir, "empty.json"), "  \n");
        expect(importError(path.join(dir, "empty.json")).problem).to.match(/empty\.json is empty$/);
        fs.writeFileSync(path.join(dir, "none.json"), JSON.stringify({ version: 3, deployment: { manifest: {}, resources: [] } }));
        expect(importError(path.join(dir, "none.json")).problem).to.match(/holds no resources$/);
        fs.writeFileSync(path.join(dir, "mixed.json"), JSON.stringify({
            version: 3,
            deployment: { resources: [{ urn: "urn:pulumi:a::p::pulumi:pulumi:Stack::p-a", type: "pulumi:pulumi:Stack" }, { urn: "urn:pulumi:b::p::x:y:Z::z", type: "x:y:Z" }] },
        }));
        expect(importError(path.join(dir, "mixed.json")).problem).to.match(/mixes stacks/);
    });
});
