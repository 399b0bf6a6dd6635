// The component provider, started as the engine starts a Node.js plugin: `node <run-plugin> <plugin
// dir> <engine address>`, the port read from its first stdout line, then the provider protocol over
// gRPC. GetSchema must list every component of the package with typed inputs and outputs: that is
// what `pulumi package add` turns into Python, Go, .NET and YAML SDKs.
//
// The plugin runs the compiled package (dist/), so run `npm run build` after editing the sources.
import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as engrpc from "@pulumi/pulumi/proto/engine_grpc_pb";
import * as pluginproto from "@pulumi/pulumi/proto/plugin_pb";
import * as provrpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import { getPulumiComponents } from "@pulumi/pulumi/provider/experimental";
import * as components from "@zonesafe/components";
import { expect } from "chai";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import * as YAML from "yaml";

const PACKAGE_DIR = path.resolve(__dirname, "../../components");
const PLUGIN_DIR = path.join(PACKAGE_DIR, "plugin");

/** The parts of a Pulumi package schema the assertions read. */
interface Property {
    type?: string;
    $ref?: string;
    items?: Property;
    additionalProperties?: Property;
    plain?: boolean;
    optional?: boolean;
}
interface ObjectType {
    type: string;
    properties?: Record<string, Property>;
    required?: string[];
    enum?: { name?: string; value: string | number }[];
}
interface Resource {
    isComponent?: boolean;
    inputProperties?: Record<string, Property>;
    requiredInputs?: string[];
    properties?: Record<string, Property>;
    required?: string[];
}
interface Schema {
    name: string;
    version: string;
    resources: Record<string, Resource>;
    types: Record<string, ObjectType>;
    dependencies?: { name: string; version: string }[];
}

/** A stand-in for the engine's gRPC endpoint, which the provider may log to. */
async function startEngine(): Promise<{ server: grpc.Server; address: string }> {
    const server = new grpc.Server();
    const unimplemented = (_call: unknown, cb: grpc.sendUnaryData<never>) => cb({ code: grpc.status.UNIMPLEMENTED });
    server.addService(engrpc.EngineService, {
        log: (_call: unknown, cb: grpc.sendUnaryData<Empty>) => cb(null, new Empty()),
        getRootResource: unimplemented,
        setRootResource: unimplemented,
        startDebugging: unimplemented,
        requirePulumiVersion: unimplemented,
    } as unknown as grpc.UntypedServiceImplementation);
    const port = await new Promise<number>((resolve, reject) => server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
    return { server, address: `127.0.0.1:${port}` };
}

/** Starts the plugin as the Node.js language host does and resolves the port it prints first. */
function startPlugin(engineAddress: string): Promise<{ child: ChildProcess; port: number; startMs: number }> {
    const runPlugin = require.resolve("@pulumi/pulumi/cmd/run-plugin", { paths: [PLUGIN_DIR] });
    const env = { ...process.env };
    delete env.NODE_OPTIONS; // the language host runs the compiled entry with plain node
    const t0 = Date.now();
    const child = spawn(process.execPath, [runPlugin, PLUGIN_DIR, engineAddress], { cwd: PLUGIN_DIR, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stderr!.on("data", (d) => (err += d));
    return new Promise((resolve, reject) => {
        child.stdout!.on("data", (d) => {
            out += d;
            const nl = out.indexOf("\n");
            if (nl >= 0) resolve({ child, port: Number(out.slice(0, nl).trim()), startMs: Date.now() - t0 });
        });
        child.on("exit", (code) => reject(new Error(`the provider exited (${code}) before printing its port: ${err}`)));
    });
}

/** Every `$ref` in a schema value. */
function refsIn(x: unknown, out: string[] = []): string[] {
    if (x !== null && typeof x === "object") {
        for (const [k, v] of Object.entries(x)) {
            if (k === "$ref" && typeof v === "string") out.push(v);
            else refsIn(v, out);
        }
    }
    return out;
}

/**
 * Checks a value of a Pulumi YAML program against a schema property: object keys the type has
 * (required ones present), enum values it lists, arrays item by item. `${...}` interpolations are
 * outputs of other resources and are taken as they are.
 */
function checkYamlValue(schema: Schema, prop: Property, value: unknown, where: string): void {
    if (typeof value === "string" && value.startsWith("${")) return;
    if (prop.$ref?.startsWith("#/types/")) {
        const t = schema.types[prop.$ref.slice("#/types/".length)];
        expect(t, `${where}: ${prop.$ref}`).to.not.equal(undefined);
        if (t.enum !== undefined) {
            expect(t.enum.map((m) => m.value), where).to.include(value);
            return;
        }
        expect(value, where).to.be.an("object");
        const obj = value as Record<string, unknown>;
        for (const k of t.required ?? []) expect(obj, `${where} needs ${k}`).to.have.property(k);
        for (const [k, v] of Object.entries(obj)) {
            expect(t.properties, `${where}.${k} is a property of ${prop.$ref}`).to.have.property(k);
            checkYamlValue(schema, t.properties![k], v, `${where}.${k}`);
        }
        return;
    }
    if (prop.type === "array") {
        expect(value, where).to.be.an("array");
        (value as unknown[]).forEach((v, i) => checkYamlValue(schema, prop.items!, v, `${where}[${i}]`));
        return;
    }
    if (prop.type === "string" || prop.type === "number" || prop.type === "boolean") expect(typeof value, where).to.equal(prop.type);
}

const T = (name: string) => `#/types/zonesafe:index:${name}`;

/**
 * A few inputs and outputs of each component and the schema each must have: plain where the value
 * decides the layout, an input or output otherwise; enums, named types and resource references by reference.
 */
const EXPECTED: Record<string, { inputs: Record<string, Property>; required: string[]; outputs: Record<string, Property> }> = {
    ZonalNetwork: {
        inputs: { zones: { type: "array", plain: true }, cidrLayout: { $ref: T("CidrLayout"), plain: true }, tags: { type: "object", plain: true } },
        required: [],
        outputs: { vpcId: { type: "string" }, subnets: { $ref: T("NetworkSubnetsByTier") }, securityGroupIds: { $ref: T("SecurityGroupIdsByTier") }, zonePlan: { $ref: T("ZonalNetworkPlan") } },
    },
    MultiAzClb: {
        inputs: { networkType: { $ref: T("ClbNetworkType"), plain: true }, network: { $ref: T("NetworkLike"), plain: true }, vpcId: { type: "string" }, listeners: { type: "array", plain: true } },
        required: ["listeners"],
        outputs: { clbId: { type: "string" }, zonePlan: { $ref: T("MultiAzClbPlan") } },
    },
    TkeCluster: {
        inputs: { network: { $ref: T("NetworkLike"), plain: true }, networkType: { $ref: T("TkeNetworkType"), plain: true }, intranetSubnet: { $ref: T("ZonalSubnet"), plain: true } },
        required: [],
        outputs: { clusterId: { type: "string" }, kubeconfig: { type: "string" }, vpcId: { type: "string" }, zonePlan: { $ref: T("TkeClusterPlan") } },
    },
    ZonalNodePool: {
        inputs: { cluster: { $ref: T("ClusterLike"), plain: true }, clusterId: { type: "string" }, retryPolicy: { $ref: T("NodePoolRetryPolicy"), plain: true }, minSize: { type: "number", plain: true } },
        required: ["instanceType"],
        outputs: { autoScalingGroupId: { type: "string" }, alarmTarget: { $ref: T("AlarmTarget") }, zonePlan: { $ref: T("ZonalNodePoolPlan") } },
    },
    SpreadWorkload: {
        inputs: { image: { type: "string" }, nodePool: { $ref: T("NodePoolLike"), plain: true }, cluster: { $ref: T("ClusterLike"), plain: true }, service: { $ref: T("SpreadWorkloadService"), plain: true } },
        required: ["containerPort", "image"],
        outputs: { deploymentName: { type: "string" }, serviceName: { type: "string" }, zonePlan: { $ref: T("SpreadWorkloadPlan") } },
    },
    ThreeNodeMysql: {
        inputs: { network: { $ref: T("NetworkLike"), plain: true }, dataTier: { $ref: T("DataTier"), plain: true }, syncMode: { $ref: T("MysqlSyncMode"), plain: true }, rootPassword: { type: "string" } },
        required: ["memSize", "rootPassword", "volumeSize"],
        outputs: { instanceId: { type: "string" }, readonlyInstanceIds: { type: "array" }, zonePlan: { $ref: T("ThreeNodeMysqlPlan") } },
    },
    MultiAzRedis: {
        inputs: { network: { $ref: T("NetworkLike"), plain: true }, zones: { type: "array", plain: true }, password: { type: "string" } },
        required: ["memSize", "password"],
        outputs: { instanceId: { type: "string" }, zonePlan: { $ref: T("MultiAzRedisPlan") } },
    },
    MultiAzMongodb: {
        inputs: { network: { $ref: T("NetworkLike"), plain: true }, machineType: { $ref: T("MongodbMachineType"), plain: true }, password: { type: "string" } },
        required: ["memory", "password", "volume"],
        outputs: { instanceId: { type: "string" }, zonePlan: { $ref: T("MultiAzMongodbPlan") } },
    },
    MultiAzCkafka: {
        inputs: { network: { $ref: T("NetworkLike"), plain: true }, specificationsType: { $ref: T("CkafkaEdition"), plain: true } },
        required: [],
        outputs: { instanceId: { type: "string" }, zonePlan: { $ref: T("MultiAzCkafkaPlan") } },
    },
    ElasticScalingGroup: {
        inputs: { pool: { $ref: T("ScalingPoolKind"), plain: true }, network: { $ref: T("NetworkLike"), plain: true }, event: { $ref: T("ScalingEvent"), plain: true }, imageId: { type: "string" } },
        required: ["imageId", "instanceTypes"],
        outputs: { scalingGroupId: { type: "string" }, alarmTarget: { $ref: T("AlarmTarget") }, zonePlan: { $ref: T("ElasticScalingGroupPlan") } },
    },
    TieredScalingPools: {
        inputs: { event: { $ref: T("ScalingEventWindow"), plain: true }, network: { $ref: T("NetworkLike"), plain: true }, imageId: { type: "string" } },
        required: ["event", "imageId", "instanceTypes"],
        outputs: { scalingGroupIds: { $ref: T("PoolScalingGroupIds") }, zonePlan: { $ref: T("TieredScalingPoolsPlan") } },
    },
    NodeAlarms: {
        inputs: { target: { $ref: T("AlarmTargetSource"), plain: true }, guard: { $ref: T("NodeGuardLike"), plain: true }, businessMetrics: { type: "array", plain: true } },
        required: ["target"],
        outputs: { policyIds: { type: "array" }, zonePlan: { $ref: T("NodeAlarmsPlan") } },
    },
    NodeFaultAutomation: {
        inputs: {
            cluster: { $ref: T("ClusterLike"), plain: true },
            image: { type: "string" },
            token: { type: "string" },
            backend: { $ref: T("GuardBackendArgs"), plain: true },
            credentials: { $ref: T("GuardCredentials"), plain: true },
            rules: { $ref: T("GuardAlertRulesArgs"), plain: true },
            expose: { $ref: T("GuardExposure"), plain: true },
        },
        required: ["backend", "image", "pageWebhook", "token"],
        outputs: { noticeId: { type: "string" }, limit: { type: "number" }, externalUrl: { type: "string" }, ruleGroups: { type: "array" }, guardPlan: { $ref: T("NodeFaultAutomationPlan") } },
    },
    EventDashboard: {
        inputs: { event: { $ref: T("PeakEvent"), plain: true }, members: { type: "array", plain: true }, capacityQps: { $ref: T("TierCapacityArgs"), plain: true }, prometheusUrl: { type: "string" } },
        required: ["event", "members"],
        outputs: { configJson: { type: "string" }, dashboardUid: { type: "string" }, url: { type: "string" }, prometheusUrl: { type: "string" }, grafanaUrl: { type: "string" } },
    },
    ZoneDrillSchedule: {
        inputs: { cluster: { $ref: T("ClusterLike"), plain: true }, zones: { type: "array", plain: true }, schedules: { type: "object", plain: true } },
        required: ["checkUrl", "cluster", "namespaces"],
        outputs: { zonePlan: { $ref: T("ZoneDrillSchedulePlan") } },
    },
};

describe("component provider (plugin/PulumiPlugin.yaml)", function () {
    this.timeout(180_000);
    let engine: Awaited<ReturnType<typeof startEngine>>;
    let plugin: Awaited<ReturnType<typeof startPlugin>> | undefined;
    let client: provrpc.ResourceProviderClient;
    let schema: Schema;
    const call = <Req, Res>(method: (req: Req, cb: (e: grpc.ServiceError | null, r: Res) => void) => unknown, req: Req) =>
        new Promise<Res>((resolve, reject) => method.call(client, req, (e, r) => (e ? reject(e) : resolve(r))));

    before(async () => {
        for (const f of ["dist/provider.js", "dist/index.js"]) {
            if (!fs.existsSync(path.join(PACKAGE_DIR, f))) throw new Error(`components/${f} is missing: run \`npm run build\` first (the provider runs the compiled package).`);
        }
        engine = await startEngine();
        plugin = await startPlugin(engine.address);
        client = new provrpc.ResourceProviderClient(`127.0.0.1:${plugin.port}`, grpc.credentials.createInsecure());
        const req = new provproto.GetSchemaRequest();
        req.setVersion(0);
        const t0 = Date.now();
        const res = await call<provproto.GetSchemaRequest, provproto.GetSchemaResponse>(client.getSchema, req);
        schema = JSON.parse(res.getSchema()) as Schema;
        console.log(`      (port after ${plugin.startMs} ms, GetSchema ${Date.now() - t0} ms)`);
    });
    after(async () => {
        client?.close();
        if (plugin !== undefined && plugin.child.exitCode === null) {
            const exited = new Promise((r) => plugin!.child.once("exit", r));
            plugin.child.kill();
            await exited;
        }
        engine?.server.forceShutdown();
    });

    it("answers Handshake with UNIMPLEMENTED (the engine then falls back) and reports the package's version", async () => {
        const hs = new provproto.ProviderHandshakeRequest();
        hs.setEngineAddress(engine.address);
        const err = await call(client.handshake, hs).then(
            () => undefined,
            (e: grpc.ServiceError) => e,
        );
        expect(err?.code).to.equal(grpc.status.UNIMPLEMENTED);
        const info = await call<Empty, pluginproto.PluginInfo>(client.getPluginInfo, new Empty());
        expect(info.getVersion()).to.equal((JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, "package.json"), "utf8")) as { version: string }).version);
    });

    it("is the package zonesafe and lists every exported component as a component resource", () => {
        expect(schema.name).to.equal("zonesafe");
        const names = getPulumiComponents(components).map((c) => c.name).sort();
        expect(names).to.have.length(15);
        expect(Object.keys(schema.resources).sort()).to.deep.equal(names.map((n) => `zonesafe:index:${n}`));
        expect(Object.keys(EXPECTED).sort()).to.deep.equal(names);
        for (const [token, r] of Object.entries(schema.resources)) expect(r.isComponent, token).to.equal(true);
    });

    for (const [name, want] of Object.entries(EXPECTED)) {
        it(`types ${name}'s inputs and outputs`, () => {
            const r = schema.resources[`zonesafe:index:${name}`];
            expect(r, name).to.not.equal(undefined);
            expect([...(r.requiredInputs ?? [])].sort(), `${name} required inputs`).to.deep.equal([...want.required].sort());
            for (const [p, w] of Object.entries(want.inputs)) {
                const got = r.inputProperties?.[p];
                expect(got, `${name} input ${p}`).to.not.equal(undefined);
                expect(got, `${name} input ${p}`).to.include(w);
                if (!w.plain) expect(got!.plain, `${name} input ${p} is an input, not plain`).to.not.equal(true);
            }
            for (const [p, w] of Object.entries(want.outputs)) {
                expect(r.properties?.[p], `${name} output ${p}`).to.include(w);
            }
            expect(r.required ?? [], `${name}: every output is always set`).to.include.members(Object.keys(want.outputs));
        });
    }

    it("types everything: no Any, every local type defined, resource references to the provider packages' resources", () => {
        const refs = refsIn(schema);
        expect(refs).to.not.include("pulumi.json#/Any");
        for (const r of refs.filter((x) => x.startsWith("#/types/"))) expect(schema.types, r).to.have.property(r.slice("#/types/".length));
        const external = refs.filter((x) => x.startsWith("/"));
        expect(external.length).to.be.above(0);
        for (const r of external) expect(r).to.match(/^\/(terraform-provider|kubernetes)\/v[\d.]+\/schema\.json#\/resources\/[^:]+:[^:]+:[^:]+$/);
        expect(external).to.include("/terraform-provider/v1.0.2/schema.json#/resources/tencentcloud:index%2Fvpc:Vpc");
        expect((schema.dependencies ?? []).map((d) => d.name).sort()).to.deep.equal(["kubernetes", "terraform-provider"]);
    });

    it("turns every const-object enum into a schema enum with all its runtime values", () => {
        const enums = Object.entries(schema.types).filter(([, t]) => t.enum !== undefined);
        expect(enums.length).to.be.at.least(20);
        const exported = components as unknown as Record<string, unknown>;
        for (const [token, t] of enums) {
            const name = token.slice("zonesafe:index:".length);
            const runtime = exported[name];
            expect(runtime, `${name} is exported`).to.be.an("object");
            expect(t.enum!.map((m) => m.value).sort(), name).to.deep.equal(Object.values(runtime as object).sort());
        }
        expect(schema.types["zonesafe:index:ClbLayer"]).to.include({ type: "number" });
    });

    it("describes the composition types other languages fill from a component's outputs", () => {
        expect(schema.types["zonesafe:index:NetworkLike"].required).to.have.members(["vpcId", "subnets", "securityGroupIds"]);
        expect(schema.types["zonesafe:index:NetworkTierSubnets"].properties!.app).to.deep.include({ type: "array", items: { $ref: T("ZonalSubnet"), plain: true } });
        expect(schema.types["zonesafe:index:ZonalSubnet"].properties!.zone).to.include({ type: "string", plain: true });
        expect(schema.types["zonesafe:index:ZonalSubnet"].properties!.subnetId).to.include({ type: "string" }).and.not.have.property("plain");
        expect(schema.types["zonesafe:index:NodePoolLike"].required).to.have.members(["autoScalingGroupId", "zonePlan"]);
        expect(schema.types["zonesafe:index:ClbBackend"].properties).to.include.keys("nodePool", "scalingGroup", "workload", "instanceId", "zone");
    });
    it("accepts the README's Pulumi YAML program: every resource type, property and enum value is the schema's", () => {
        const readme = fs.readFileSync(path.join(PACKAGE_DIR, "README.md"), "utf8");
        const block = /```yaml\n([\s\S]*?)```/.exec(readme);
        expect(block, "a yaml block in components/README.md").to.not.equal(null);
        const program = YAML.parse(block![1]) as { resources: Record<string, { type: string; properties: Record<string, unknown> }> };
        const types = Object.values(program.resources).map((r) => r.type);
        expect(types).to.include.members(["zonesafe:index:ZonalNetwork", "zonesafe:index:MultiAzClb"]);
        for (const [name, r] of Object.entries(program.resources)) {
            const res = schema.resources[r.type];
            expect(res, `${name}: ${r.type}`).to.not.equal(undefined);
            for (const k of res.requiredInputs ?? []) expect(r.properties, `${name} needs ${k}`).to.have.property(k);
            for (const [k, v] of Object.entries(r.properties)) {
                expect(res.inputProperties, `${name}.${k} is an input of ${r.type}`).to.have.property(k);
                checkYamlValue(schema, res.inputProperties![k], v, `${name}.${k}`);
            }
        }
    });
});
