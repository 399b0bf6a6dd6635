/**
 * Names keyed by what a child is, not where it sits: adding, removing or reordering zones or
 * listeners never changes the URN or the inputs of a child that stays, and stacks built with the
 * 0.1 positional names migrate through `aliases` (and, with `cidrLayout: "by-position"`, keep
 * their subnet ranges).
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { expect } from "chai";
import * as fc from "fast-check";
import * as pulumi from "@pulumi/pulumi";
import { EVENTS_CONFIG_KEY, readEvents } from "@zonesafe/model";
import { loadProject, loadStack } from "../../cli/project";
import { ThreeNodeMysql } from "../../components/database/threeNodeMysql";
import { ClbListenerSpec, MultiAzClb, MultiAzClbArgs, planMultiAzClb } from "../../components/loadbalancer/multiAzClb";
import { TIERS, ZonalNetwork, planZonalNetwork } from "../../components/network/zonalNetwork";
import { ResourceRecord, StackRecord, WireProps } from "../../engine/types";
import { buildStack } from "../../stacks/program";
import { recordProgram, unwrapSecrets } from "../support/mocks";
import { ROOT } from "../support/schema";
import { T, ofType, record } from "./support";

const [A, B, C, D] = ["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6", "ap-guangzhou-7"];

/** The aliases each resource was given, by `type::name`. */
type AliasMap = Map<string, unknown[]>;

/** Registers a stack transformation that notes every resource's `aliases` option (the recorder keeps the engine's view only). */
function noteAliases(into: AliasMap): void {
    pulumi.runtime.registerStackTransformation((a) => {
        into.set(`${a.type}::${a.name}`, [...((a.opts.aliases as unknown[] | undefined) ?? [])]);
        return undefined;
    });
}

/** Runs a program under the component mocks, noting aliases. */
async function recordWithAliases(program: () => void, opts: { project?: string; stack?: string } = {}): Promise<{ stack: StackRecord; aliases: AliasMap }> {
    const aliases: AliasMap = new Map();
    const stack = await record(() => {
        noteAliases(aliases);
        program();
    }, opts);
    return { stack, aliases };
}

/** Runs the retail-prod stack as deployed (every id known) with the given zones, noting aliases. */
async function runRetail(zones?: string[]): Promise<{ stack: StackRecord; aliases: AliasMap }> {
    const project = loadProject(ROOT);
    const s = loadStack(project, "retail-prod");
    const aliases: AliasMap = new Map();
    const r = await recordProgram(
        () => {
            noteAliases(aliases);
            return buildStack();
        },
        {
            project: project.name,
            stack: s.name,
            preview: false,
            config: { ...s.config, ...(zones ? { "zonesafe:zones": JSON.stringify(zones) } : {}) },
            secretKeys: s.secretKeys,
            tags: s.tags,
        },
    );
    return { stack: r.stack, aliases };
}

/** The one zone a record is placed in (`availabilityZone` or `zone`), if any. */
function zoneOf(r: ResourceRecord): string | undefined {
    const z = r.inputs.availabilityZone ?? r.inputs.zone;
    return typeof z === "string" ? z : undefined;
}

/** The URN an alias `{ name }` (parent and type unchanged) stands for. */
function aliasUrn(r: ResourceRecord, alias: unknown): string {
    expect(alias, `${r.name}'s alias names only the old name (parent, type and project unchanged)`).to.be.an("object").with.all.keys("name");
    return `${r.urn.slice(0, r.urn.lastIndexOf("::") + 2)}${(alias as { name: string }).name}`;
}

/** Requires each record of `after` matched by `select` to have a twin in `before` with the same URN and the same inputs. */
function expectSame(before: StackRecord, after: StackRecord, select: (r: ResourceRecord) => boolean, omit: string[] = []): number {
    const strip = (p: WireProps) => Object.fromEntries(Object.entries(unwrapSecrets(p) as WireProps).filter(([k]) => !omit.includes(k)));
    const chosen = after.resources.filter(select);
    for (const r of chosen) {
        const twin = before.resources.find((x) => x.urn === r.urn);
        expect(twin, `${r.urn} existed before`).to.not.equal(undefined);
        expect(zoneOf(twin!), `${r.name} stays in its zone`).to.equal(zoneOf(r));
        expect(strip(twin!.inputs), `${r.name} keeps its inputs`).to.deep.equal(strip(r.inputs));
    }
    return chosen.length;
}

const inZones = (zones: string[]) => (r: ResourceRecord) => zones.includes(zoneOf(r) ?? "");

/** A MySQL program with one read-only instance per zone. */
function mysqlIn(zones: string[]) {
    return new ThreeNodeMysql("orders", {
        vpcId: "vpc-1",
        subnet: { zone: B, subnetId: "subnet-data" },
        secondReplicaZone: C,
        dataTier: "critical",
        rootPassword: "a-long-password",
        memSize: 4000,
        volumeSize: 200,
        readonlyReplicas: zones.length,
        readonlyZones: zones,
    });
}

const https: ClbListenerSpec = {
    name: "https",
    protocol: "HTTPS",
    port: 443,
    certificateId: "cert-1",
    rules: [
        { domain: "shop.example.com", url: "/", backends: [{ kind: "scalingGroup", scalingGroupId: "asg-1", zones: [A, B], port: 30080 }] },
        {
            domain: "shop.example.com",
            url: "/api/*",
            backends: [
                { kind: "instance", instanceId: "ins-a", zone: A, port: 8080 },
                { kind: "instance", instanceId: "ins-b", zone: B, port: 8080 },
            ],
        },
    ],
};
const tcp: ClbListenerSpec = {
    name: "tcp",
    protocol: "TCP",
    port: 80,
    backends: [
        { kind: "instance", instanceId: "ins-a", zone: A, port: 8080 },
        { kind: "instance", instanceId: "ins-b", zone: B, port: 8080 },
    ],
};
const udp: ClbListenerSpec = { name: "dns", protocol: "UDP", port: 53, backends: [{ kind: "scalingGroup", scalingGroupId: "asg-2", zones: [A, B], port: 53 }] };
const clbArgs = (listeners: ClbListenerSpec[]): MultiAzClbArgs => ({ networkType: "OPEN", vpcId: "vpc-1", zones: [A, B], listeners });
const CLB_CHILDREN: string[] = [T.listener, T.rule, T.attachment, T.asLoadBalancer];

describe("stable child names", () => {
    describe("removing a zone leaves the children of the other zones untouched", () => {
        it("ZonalNetwork: every subnet of b, c and d keeps its URN, zone and inputs (cidrBlock included)", async () => {
            const before = await record(() => {
                new ZonalNetwork("net", { zones: [A, B, C, D] });
            });
            const after = await record(() => {
                new ZonalNetwork("net", { zones: [B, C, D] });
            });
            expect(ofType(before, T.subnet)).to.have.length(12);
            expect(ofType(after, T.subnet)).to.have.length(9);
            const same = expectSame(before, after, (r) => r.type === T.subnet && inZones([B, C, D])(r));
            expect(same).to.equal(9);
            // Zone b's app subnet: named by its zone, block 3 (zone 4 − 1) of the app quarter.
            const app = after.resources.find((r) => r.name === `net-subnet-app-${B}`)!;
            expect(app.inputs).to.include({ availabilityZone: B, cidrBlock: "10.0.67.0/24" });
        });

        it("ThreeNodeMysql: the read-only instances of b, c and d keep their URNs, zones and inputs", async () => {
            const before = await record(() => {
                mysqlIn([A, B, C, D]);
            });
            const after = await record(() => {
                mysqlIn([B, C, D]);
            });
            expect(ofType(before, T.mysqlRo)).to.have.length(4);
            expect(expectSame(before, after, (r) => r.type === T.mysqlRo)).to.equal(3);
            expect(ofType(after, T.mysqlRo).map((r) => r.name)).to.have.members([`orders-ro-${B}`, `orders-ro-${C}`, `orders-ro-${D}`]);
        });

        it("the retail stack: the subnets of b, c and d keep URN, zone and inputs; the read-only instance of b keeps its URN and zone", async () => {
            const before = (await runRetail([A, B, C, D])).stack;
            const after = (await runRetail([B, C, D])).stack;
            expect(expectSame(before, after, (r) => r.type === T.subnet)).to.equal(9);
            // MySQL (and so every read-only instance's subnet) lives in the data subnet of the
            // lowest-numbered zone, a here, so removing a moves `subnetId`; the component keeps name and zone.
            expect(expectSame(before, after, (r) => r.type === T.mysqlRo && zoneOf(r) === B, ["subnetId"])).to.equal(1);
        });

        it("the retail stack: primaries stay put when another zone is removed and the rest reordered (the lowest-numbered zone holds them, not the first listed)", async () => {
            // Listed first: C. Under a first-listed rule every primary would sit in C before and in A after.
            const before = (await runRetail([C, A, D, B])).stack;
            const after = (await runRetail([A, B, C])).stack;
            const pick = (stack: StackRecord, type: string, keys: string[]) => {
                const [r] = ofType(stack, type);
                return Object.fromEntries(keys.map((k) => [k, r.inputs[k]]));
            };
            const same: [string, string[]][] = [
                [T.mysql, ["availabilityZone", "firstSlaveZone", "secondSlaveZone", "subnetId"]],
                [T.redis, ["availabilityZone", "replicaZoneIds", "subnetId"]],
                [T.mongodb, ["availableZone", "availabilityZoneLists", "hiddenZone", "subnetId"]],
                [T.ckafka, ["zoneId", "subnetId"]],
                [T.clb, ["masterZoneId", "slaveZoneId"]],
                [T.cluster, ["clusterIntranetSubnetId"]],
            ];
            for (const [type, keys] of same) expect(pick(after, type, keys), type).to.deep.equal(pick(before, type, keys));
            expect(pick(before, T.mysql, ["availabilityZone", "secondSlaveZone"])).to.deep.equal({ availabilityZone: A, secondSlaveZone: B });
            expect(pick(before, T.clb, ["masterZoneId", "slaveZoneId"])).to.deep.equal({ masterZoneId: A, slaveZoneId: B });
        });
    });

    it("reordering a CLB's listeners (and rules) keeps every listener's, rule's and attachment's URN and inputs", async () => {
        const before = await record(() => {
            new MultiAzClb("web", clbArgs([https, tcp, udp]));
        });
        const reordered = [udp, { ...https, rules: [...https.rules!].reverse() }, tcp];
        const after = await record(() => {
            new MultiAzClb("web", clbArgs(reordered));
        });
        const count = expectSame(before, after, (r) => CLB_CHILDREN.includes(r.type));
        // 3 listeners, 2 rules, 2 instance attachments (the /api rule, tcp), 2 scaling-group attachments (the / rule, dns).
        expect(count).to.equal(9);
        expect(before.resources.filter((r) => CLB_CHILDREN.includes(r.type))).to.have.length(9);
        expect(ofType(after, T.listener).map((r) => r.name)).to.have.members(["web-listener-https-443", "web-listener-tcp-80", "web-listener-udp-53"]);
        // A rule's name is its listener's and the first 8 hex digits of SHA-256("<domain> <url>").
        const hash = createHash("sha256").update("shop.example.com /api/*").digest("hex").slice(0, 8);
        expect(ofType(after, T.rule).map((r) => r.name)).to.include(`web-listener-https-443-rule-${hash}`);
    });

    describe("properties (fast-check)", () => {
        const vpcs = fc.constantFrom("10.0.0.0/16", "172.16.0.0/16", "192.168.0.0/16", "10.8.0.0/14");
        /** Two zone lists of one region: the second drops, adds and reorders zones of the first. */
        const zoneChange = fc
            .record({
                first: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 2, maxLength: 8 }),
                added: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 4 }),
                seed: fc.integer(),
            })
            .chain(({ first, added, seed }) =>
                fc.shuffledSubarray(first).chain((kept) => {
                    const extra = added.filter((n) => !first.includes(n));
                    const merged = [...kept, ...extra];
                    return fc.shuffledSubarray(merged, { minLength: merged.length, maxLength: merged.length }).map((second) => ({ first, second, seed }));
                }),
            )
            .filter(({ second }) => second.length >= 2)
            .map(({ first, second }) => ({ first: first.map((n) => `ap-guangzhou-${n}`), second: second.map((n) => `ap-guangzhou-${n}`) }));

        it("a zone's subnets keep their resource name and range under any add, remove and reorder of zones (planner)", () => {
            fc.assert(
                fc.property(zoneChange, vpcs, ({ first, second }, cidrBlock) => {
                    const p1 = planZonalNetwork("net", { zones: first, cidrBlock });
                    const p2 = planZonalNetwork("net", { zones: second, cidrBlock });
                    const key = (s: { tier: string; zone: string }) => `${s.tier} ${s.zone}`;
                    const byKey = new Map(p1.subnets.map((s) => [key(s), s]));
                    for (const s of p2.subnets) {
                        const old = byKey.get(key(s));
                        if (!old) continue;
                        expect(s.resourceName).to.equal(old.resourceName);
                        expect(s.cidrBlock).to.equal(old.cidrBlock);
                    }
                    // A range once given to one zone is never handed to another zone.
                    const owner = new Map(p1.subnets.map((s) => [s.cidrBlock, key(s)]));
                    for (const s of p2.subnets) expect(owner.get(s.cidrBlock) ?? key(s)).to.equal(key(s));
                }),
                { numRuns: 300 },
            );
        });

        it("the same under the embedded engine: URNs and recorded cidrBlock inputs", async () => {
            await fc.assert(
                fc.asyncProperty(zoneChange, async ({ first, second }) => {
                    const s1 = await record(() => {
                new ZonalNetwork("net", { zones: first });
            });
                    const s2 = await record(() => {
                new ZonalNetwork("net", { zones: second });
            });
                    const kept = second.filter((z) => first.includes(z));
                    const same = expectSame(s1, s2, (r) => r.type === T.subnet && kept.includes(zoneOf(r)!));
                    expect(same).to.equal(kept.length * TIERS.length);
                }),
                { numRuns: 12 },
            );
        });

        it("a listener's and its rules' resource names do not depend on the order of listeners or rules (planner)", () => {
            const listeners = fc.uniqueArray(fc.integer({ min: 1, max: 65535 }), { minLength: 1, maxLength: 6 }).chain((ports) =>
                fc.tuple(
                    ...ports.map((port) =>
                        fc.record({
                            protocol: fc.constantFrom("HTTP" as const, "TCP" as const),
                            paths: fc.uniqueArray(fc.constantFrom("/", "/api", "/api/*", "/static", "/a b"), { minLength: 1, maxLength: 3 }),
                        }).map(({ protocol, paths }): ClbListenerSpec =>
                            protocol === "HTTP"
                                ? { name: `l${port}`, protocol, port, rules: paths.map((url) => ({ domain: "shop.example.com", url })) }
                                : { name: `l${port}`, protocol, port },
                        ),
                    ),
                ),
            );
            fc.assert(
                fc.property(
                    listeners.chain((ls) => fc.shuffledSubarray(ls, { minLength: ls.length, maxLength: ls.length }).map((shuffled) => ({ ls, shuffled }))),
                    ({ ls, shuffled }) => {
                        const names = (list: ClbListenerSpec[]) =>
                            new Map(planMultiAzClb("web", clbArgs(list)).listeners.map((l) => [l.port, [l.resourceName, ...l.rules.map((r) => `${r.url}=${r.resourceName}`).sort()].join(" ")]));
                        const reversedRules = shuffled.map((l) => (l.rules ? { ...l, rules: [...l.rules].reverse() } : l));
                        expect(names(reversedRules)).to.deep.equal(names(ls));
                    },
                ),
                { numRuns: 200 },
            );
        });
    });

    describe("migration from the 0.1 positional names", () => {
        it("every renamed ZonalNetwork, MultiAzClb and ThreeNodeMysql child aliases its 0.1 name; by-position keeps the 0.1 ranges", async () => {
            const zones = [A, B, C];
            const { stack, aliases } = await recordWithAliases(() => {
                new ZonalNetwork("net", { zones, cidrLayout: "by-position" });
                new MultiAzClb("web", clbArgs([https, tcp, udp]));
                mysqlIn(zones);
            });
            // The 0.1 names and ranges, written out from 0.1's rules: `<name>-subnet-<tier>-<position>`,
            // block `<tier> × (quarter size) + position` of a /16 carved into /24s.
            const legacy = new Map<string, string>();
            TIERS.forEach((tier, t) =>
                zones.forEach((zone, i) => {
                    const r = stack.resources.find((x) => x.name === `net-subnet-${tier}-${zone}`)!;
                    expect(r.inputs.cidrBlock, `${r.name}: the range 0.1 gave it`).to.equal(`10.0.${t * 64 + i}.0/24`);
                    legacy.set(r.name, `net-subnet-${tier}-${i + 1}`);
                }),
            );
            const rule = (url: string) => `web-listener-https-443-rule-${createHash("sha256").update(`shop.example.com ${url}`).digest("hex").slice(0, 8)}`;
            const old: Record<string, string> = {
                "web-listener-https-443": "web-listener-1",
                "web-listener-tcp-80": "web-listener-2",
                "web-listener-udp-53": "web-listener-3",
                [rule("/")]: "web-listener-1-rule-1",
                [rule("/api/*")]: "web-listener-1-rule-2",
                [`${rule("/")}-asg-1`]: "web-listener-1-rule-1-asg-1",
                [`${rule("/api/*")}-backends`]: "web-listener-1-rule-2-backends",
                "web-listener-tcp-80-backends": "web-listener-2-backends",
                "web-listener-udp-53-asg-1": "web-listener-3-asg-1",
                [`orders-ro-${A}`]: "orders-ro-1",
                [`orders-ro-${B}`]: "orders-ro-2",
                [`orders-ro-${C}`]: "orders-ro-3",
            };
            for (const [name, was] of Object.entries(old)) legacy.set(name, was);
            expect(legacy.size).to.equal(9 + 12);
            for (const [name, was] of legacy) {
                const r = stack.resources.filter((x) => x.name === name);
                expect(r, name).to.have.length(1);
                const given = aliases.get(`${r[0].type}::${name}`);
                expect(given, `${name}'s aliases`).to.have.length(1);
                expect(aliasUrn(r[0], given![0])).to.equal(`${r[0].urn.slice(0, r[0].urn.lastIndexOf("::") + 2)}${was}`);
            }
            // Every child whose name changed is in the table above; the others kept their 0.1 names.
            const renamed = stack.resources.filter((r) => r.custom && (aliases.get(`${r.type}::${r.name}`)?.length ?? 0) > 0).map((r) => r.name);
            expect(renamed).to.have.members([...legacy.keys()]);
        });

        it("the retail stack: every 0.1 resource is either kept or aliased by exactly one resource of its type, parent and zone", async () => {
            const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, "fixtures", "retail-prod-0.1.resources.json"), "utf8")) as {
                resources: { urn: string; type: string; parent: string; availabilityZone?: string; zone?: string; cidrBlock?: string }[];
            };
            const { stack, aliases } = await runRetail();
            const byUrn = new Map(stack.resources.map((r) => [r.urn, r]));
            const aliasOf = new Map<string, ResourceRecord[]>();
            for (const r of stack.resources) {
                // Only the `{ name }` aliases of the components; the Kubernetes SDK adds type aliases of its own (API versions).
                for (const a of (aliases.get(`${r.type}::${r.name}`) ?? []).filter((x) => typeof x === "object" && x !== null && "name" in x)) {
                    const u = aliasUrn(r, a);
                    aliasOf.set(u, [...(aliasOf.get(u) ?? []), r]);
                }
            }
            let renamed = 0;
            for (const old of fixture.resources) {
                const kept = byUrn.get(old.urn);
                const heirs = aliasOf.get(old.urn) ?? [];
                expect(Boolean(kept) || heirs.length === 1, `${old.urn}: kept, or aliased by exactly one resource`).to.equal(true);
                const now = kept ?? heirs[0];
                if (!kept) renamed++;
                expect(now.type).to.equal(old.type);
                expect(now.parent).to.equal(old.parent);
                expect(zoneOf(now), `${now.name} is where 0.1 put ${old.urn}`).to.equal(old.availabilityZone ?? old.zone);
            }
            // 9 subnets, the listener, its rule, the rule's scaling-group attachment, 2 read-only instances.
            expect(renamed).to.equal(14);
            // What the stack's peak events add (scheduled capacity, dashboards, each named by its event) has no 0.1 counterpart.
            const events = readEvents(loadStack(loadProject(ROOT), "retail-prod").config[EVENTS_CONFIG_KEY]).events.map((e) => `-${e.name}`);
            const since01 = (r: ResourceRecord) => events.some((e) => r.name.includes(e));
            expect(fixture.resources).to.have.length(stack.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:") && !since01(r)).length);
        });

        it("the retail network with cidrLayout by-position: each subnet's range is the one 0.1 recorded for the resource it aliases", async () => {
            const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, "fixtures", "retail-prod-0.1.resources.json"), "utf8")) as {
                resources: { urn: string; type: string; availabilityZone?: string; cidrBlock?: string }[];
            };
            const zones = [A, B, C];
            const { stack, aliases } = await recordWithAliases(
                () => {
                    new ZonalNetwork("retail", { zones, cidrLayout: "by-position" });
                },
                { project: "zonesafe", stack: "retail-prod" });
            const subnets = ofType(stack, T.subnet);
            expect(subnets).to.have.length(9);
            for (const r of subnets) {
                const was = fixture.resources.find((x) => x.urn === aliasUrn(r, aliases.get(`${r.type}::${r.name}`)![0]));
                expect(was, `${r.name}'s 0.1 record`).to.not.equal(undefined);
                expect(r.inputs.cidrBlock).to.equal(was!.cidrBlock);
                expect(r.inputs.availabilityZone).to.equal(was!.availabilityZone);
            }
            // By default (by-zone) the ranges differ from 0.1's: a 0.1 stack must set by-position.
            const byZone = await record(() => {
                new ZonalNetwork("retail", { zones });
            });
            expect(ofType(byZone, T.subnet).filter((r) => subnets.some((s) => s.name === r.name && s.inputs.cidrBlock !== r.inputs.cidrBlock))).to.have.length.greaterThan(0);
        });
    });
});
