// The Tencent Cloud request bodies of the drill plans, checked against the request types of the
// installed tencentcloud-sdk-nodejs (cfg 2021-08-20, cdb 2017-03-20): the client has the action, every
// field of the body is a field of `<Action>Request` (nested types too), every required field is there,
// and each value has the field's type, or is a placeholder resolved at run time.
import { expect } from "chai";
import * as path from "node:path";
import * as ts from "typescript";
import { cdbCreateClone, cdbModifySecurityGroups, cdbRollbackDatabase, cdbSwitchMasterSlave, cfgFaultRequests } from "@zonesafe/drills/cloud";
import { CloudRequest, isPlaceholder } from "@zonesafe/drills/plan";
import { planDrills } from "@zonesafe/drills/planner";
import { drillSubjectOfStack } from "../../cli/drill/subject";
import { ROOT } from "../model/importGraph";
import { retailProdStack } from "../resilience/fixtures";

const SERVICES = path.join(ROOT, "node_modules", "tencentcloud-sdk-nodejs", "tencentcloud", "services");
const DIRS: Readonly<Record<CloudRequest["service"], { dir: string; version: string }>> = {
    cfg: { dir: path.join(SERVICES, "cfg", "v20210820"), version: "2021-08-20" },
    cdb: { dir: path.join(SERVICES, "cdb", "v20170320"), version: "2017-03-20" },
};

const program = ts.createProgram(
    Object.entries(DIRS).flatMap(([s, d]) => [path.join(d.dir, `${s}_models.d.ts`), path.join(d.dir, `${s}_client.d.ts`)]),
    { noEmit: true, skipLibCheck: true },
);
const checker = program.getTypeChecker();

/** The interfaces and the client class of a service's typings. */
function declarations(service: CloudRequest["service"]): { interfaces: Map<string, ts.InterfaceDeclaration>; client: ts.ClassDeclaration } {
    const d = DIRS[service].dir;
    const interfaces = new Map<string, ts.InterfaceDeclaration>();
    for (const n of program.getSourceFile(path.join(d, `${service}_models.d.ts`))!.statements) if (ts.isInterfaceDeclaration(n)) interfaces.set(n.name.text, n);
    const client = program.getSourceFile(path.join(d, `${service}_client.d.ts`))!.statements.find(ts.isClassDeclaration)!;
    return { interfaces, client };
}

/** Every problem of `value` as a `type` (a property's declared type), at `where`. */
function typeProblems(value: unknown, type: ts.TypeNode, interfaces: Map<string, ts.InterfaceDeclaration>, where: string): string[] {
    if (ts.isArrayTypeNode(type) || (ts.isTypeReferenceNode(type) && type.typeName.getText() === "Array")) {
        const item = ts.isArrayTypeNode(type) ? type.elementType : type.typeArguments![0];
        if (!Array.isArray(value)) return isPlaceholder(value) ? [] : [`${where} must be a list`];
        return value.flatMap((v, i) => typeProblems(v, item, interfaces, `${where}[${i}]`));
    }
    if (isPlaceholder(value)) return [];
    switch (type.kind) {
        case ts.SyntaxKind.StringKeyword:
            return typeof value === "string" ? [] : [`${where} must be a string`];
        case ts.SyntaxKind.NumberKeyword:
            return typeof value === "number" ? [] : [`${where} must be a number`];
        case ts.SyntaxKind.BooleanKeyword:
            return typeof value === "boolean" ? [] : [`${where} must be a boolean`];
    }
    if (ts.isTypeReferenceNode(type)) {
        const decl = interfaces.get(type.typeName.getText());
        if (!decl) return [`${where}: type ${type.typeName.getText()} not found`];
        return objectProblems(value, decl, interfaces, where);
    }
    return [`${where}: type ${checker.typeToString(checker.getTypeFromTypeNode(type))} not checked`];
}

/** Every problem of `value` as the interface `decl`: unknown fields, missing required ones, wrong types. */
function objectProblems(value: unknown, decl: ts.InterfaceDeclaration, interfaces: Map<string, ts.InterfaceDeclaration>, where: string): string[] {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return [`${where} must be an object (${decl.name.text})`];
    const members = new Map(decl.members.filter(ts.isPropertySignature).map((m) => [m.name.getText(), m]));
    const problems: string[] = [];
    for (const [k, v] of Object.entries(value)) {
        const m = members.get(k);
        if (!m) problems.push(`${where}.${k} is no field of ${decl.name.text}`);
        else problems.push(...typeProblems(v, m.type!, interfaces, `${where}.${k}`));
    }
    for (const [k, m] of members) if (!m.questionToken && !(k in value)) problems.push(`${where}.${k} is required by ${decl.name.text}`);
    return problems;
}

/** Every problem of a rendered request against the SDK's typings. */
function requestProblems(r: CloudRequest): string[] {
    const { interfaces, client } = declarations(r.service);
    const problems: string[] = [];
    if (r.version !== DIRS[r.service].version) problems.push(`${r.action}: version ${r.version}, the SDK's is ${DIRS[r.service].version}`);
    if (!client.members.some((m) => ts.isMethodDeclaration(m) && m.name.getText() === r.action)) problems.push(`${r.service} has no action ${r.action}`);
    const decl = interfaces.get(`${r.action}Request`);
    if (!decl) return [...problems, `${r.action}Request not found`];
    return [...problems, ...objectProblems(r.body, decl, interfaces, r.action)];
}

describe("drills/cloud: request bodies against the Tencent Cloud SDK's typings", () => {
    const plan = planDrills(drillSubjectOfStack(retailProdStack(), "program"), { now: new Date("2026-03-01T00:00:00Z") });
    const requests = plan.experiments.flatMap((e) => e.steps.flatMap((s) => s.requests));

    it("renders only actions and fields the SDK knows, with their types or placeholders, for every request of a plan", () => {
        const actions = [...new Set(requests.map((r) => `${r.service}:${r.action}`))].sort();
        expect(actions).to.deep.equal([
            "cdb:CreateCloneInstance",
            "cdb:ModifyDBInstanceSecurityGroups",
            "cdb:StartBatchRollback",
            "cdb:SwitchDBInstanceMasterSlave",
            "cfg:CreateTaskFromAction",
            "cfg:DescribeTask",
            "cfg:ExecuteTask",
            "cfg:ModifyTaskRunStatus",
        ]);
        for (const r of requests) expect(requestProblems(r), `${r.action} ${JSON.stringify(r.body)}`).to.deep.equal([]);
        expect(requests.length).to.be.greaterThan(15);
    });

    it("renders them with known ids too, and the checker refuses a misspelt field, a missing required one and a wrong type", () => {
        const known = [
            ...cfgFaultRequests("ap-guangzhou", { step: "s", action: "clb-zone-switch", instances: ["lb-1"], title: "t", description: "d", experiment: "e", pauseMinutes: 30 }),
            cdbSwitchMasterSlave("ap-guangzhou", "cdb-1", "second"),
            cdbModifySecurityGroups("ap-guangzhou", "cdb-1", ["sg-1", "sg-2"]),
            cdbCreateClone("ap-guangzhou", "cdb-1", "2026-03-01 02:00:00", "clone"),
            cdbRollbackDatabase("ap-guangzhou", "cdb-1", "2026-03-01 02:00:00", "d", "d_r"),
        ];
        for (const r of known) expect(requestProblems(r), r.action).to.deep.equal([]);
        const clone = known.find((r) => r.action === "CreateCloneInstance")!;
        expect(requestProblems({ ...clone, body: { ...clone.body, SpecifiedRollbackTme: "x" } })).to.deep.equal(["CreateCloneInstance.SpecifiedRollbackTme is no field of CreateCloneInstanceRequest"]);
        expect(requestProblems({ ...clone, body: { SpecifiedRollbackTime: "x" } })).to.deep.equal(["CreateCloneInstance.InstanceId is required by CreateCloneInstanceRequest"]);
        const rollback = known.find((r) => r.action === "StartBatchRollback")!;
        expect(requestProblems({ ...rollback, body: { Instances: [{ InstanceId: "cdb-1", Strategy: "db", RollbackTime: 5 }] } })).to.deep.equal(["StartBatchRollback.Instances[0].RollbackTime must be a string"]);
        expect(requestProblems({ ...rollback, action: "StartRollback" })).to.include("cdb has no action StartRollback");
        const tags = known.find((r) => r.action === "CreateTaskFromAction")!;
        expect(requestProblems({ ...tags, body: { ...tags.body, TaskTags: [{ TagKey: "k", Value: "v" }] } })).to.deep.equal([
            "CreateTaskFromAction.TaskTags[0].Value is no field of TagWithCreate",
            "CreateTaskFromAction.TaskTags[0].TagValue is required by TagWithCreate",
        ]);
    });
});
