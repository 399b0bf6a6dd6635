import { expect } from "chai";
import {
    asAttachmentMultiAz,
    asGroupBackendLimit,
    asGroupEvenSpread,
    asGroupMinSize,
    asGroupMultiAz,
    asGroupScalingPolicies,
    asGroupSplitAdvice,
    asGroupUnhealthyReplacement,
} from "../../policies/rules/autoscaling";
import { StackResourceSpec, UNKNOWN, urnOf } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkResource, checkStack, ROUTES, tok, useTestEnvironment } from "./helpers";
import { cvm, MODES, mutate, record, ref, trafficEstate, urnIn } from "./traffic.fixtures";

type Props = Record<string, unknown>;

const groupUrn = urnOf(tok("tencentcloud_as_scaling_group"), "ingest");

function group(props: Props = {}, route: "official" | "static" = "official"): StackResourceSpec {
    return { type: tok("tencentcloud_as_scaling_group", route), name: "ingest", urn: groupUrn, props: { ...good.asGroup(), id: "asg-ingest", ...props } };
}

function subnet(name: string, zone: string): StackResourceSpec {
    return { type: tok("tencentcloud_subnet"), name, props: { availabilityZone: zone, vpcId: "vpc-1", cidrBlock: "10.0.0.0/24", id: name } };
}

function policy(direction: "out" | "in", extra: Props = {}, route: "official" | "static" = "official"): StackResourceSpec {
    const name = `cpu-${direction}`;
    return { type: tok("tencentcloud_as_scaling_policy", route), name, urn: urnOf(tok("tencentcloud_as_scaling_policy", route), name), props: good.asPolicy(direction, extra) };
}

describe("Auto Scaling rules", () => {
    useTestEnvironment();

    describe("as-group-multi-az (stack)", () => {
        for (const route of ROUTES) {
            it(`passes a group over two zones (${route} route)`, async () => {
                const stack = [subnet("subnet-a", "ap-guangzhou-3"), subnet("subnet-b", "ap-guangzhou-4"), group({}, route)];
                expect(await checkStack(asGroupMultiAz, stack)).to.deep.equal([]);
            });
        }

        it("reports a group in one zone", async () => {
            const stack = [subnet("subnet-a", "ap-guangzhou-3"), subnet("subnet-b", "ap-guangzhou-3"), group()];
            expect(await checkStack(asGroupMultiAz, stack)).to.deep.equal([
                { urn: groupUrn, message: "Auto Scaling group must launch instances in at least 2 availability zones; `subnetIds` resolve to 1 zone (ap-guangzhou-3)." },
            ]);
        });

        it("reads the zones of a basic-network group", async () => {
            const stack = [group({ subnetIds: undefined, zones: ["ap-guangzhou-3"] })];
            stack[0].props = JSON.parse(JSON.stringify(stack[0].props));
            expect((await checkStack(asGroupMultiAz, stack)).map((r) => r.message)).to.deep.equal([
                "Auto Scaling group must launch instances in at least 2 availability zones; `zones` resolve to 1 zone (ap-guangzhou-3).",
            ]);
        });
    });

    describe("as-group-even-spread", () => {
        it("passes EQUALITY", async () => {
            expect(await checkResource(asGroupEvenSpread, { type: tok("tencentcloud_as_scaling_group"), props: good.asGroup() })).to.deep.equal([]);
        });

        it("reports the provider default PRIORITY", async () => {
            const { multiZoneSubnetPolicy: _, ...props } = good.asGroup();
            expect(await checkResource(asGroupEvenSpread, { type: tok("tencentcloud_as_scaling_group", "static"), props })).to.deep.equal([
                "Auto Scaling group must spread instances evenly over its subnets with `multiZoneSubnetPolicy` EQUALITY; it is not set (provider default PRIORITY).",
            ]);
        });
    });

    describe("as-group-min-size", () => {
        it("passes at least two instances", async () => {
            expect(await checkResource(asGroupMinSize, { type: tok("tencentcloud_as_scaling_group"), props: good.asGroup() })).to.deep.equal([]);
        });

        it("reports a minimum of one", async () => {
            expect(await checkResource(asGroupMinSize, { type: tok("tencentcloud_as_scaling_group"), props: { ...good.asGroup(), minSize: 1 } })).to.deep.equal([
                "Auto Scaling group must keep at least 2 instances; `minSize` is 1.",
            ]);
        });
    });

    describe("as-group-scaling-policies (stack)", () => {
        for (const route of ROUTES) {
            it(`passes scale-out above 60 and scale-in below 20 with cooldowns (${route} route)`, async () => {
                expect(await checkStack(asGroupScalingPolicies, [group(), policy("out", {}, route), policy("in", {}, route)])).to.deep.equal([]);
            });
        }

        it("resolves the group through property dependencies during a preview", async () => {
            const out = { ...policy("out", { scalingGroupId: UNKNOWN }), propertyDependencies: { scalingGroupId: [groupUrn] } };
            const reported = await checkStack(asGroupScalingPolicies, [group(), out]);
            expect(reported.map((r) => r.message)).to.deep.equal(["Auto Scaling group must have a scale-in policy (an alarm policy that removes instances); it has none."]);
        });

        it("reports a missing scale-out policy", async () => {
            expect(await checkStack(asGroupScalingPolicies, [group(), policy("in")])).to.deep.equal([
                { urn: groupUrn, message: "Auto Scaling group must have a scale-out policy (an alarm policy that adds instances); it has none." },
            ]);
        });

        it("reports thresholds closer than the gap", async () => {
            const reported = await checkStack(asGroupScalingPolicies, [group(), policy("out", { threshold: 50 }), policy("in", { threshold: 40 })]);
            expect(reported).to.deep.equal([
                {
                    urn: urnOf(tok("tencentcloud_as_scaling_policy"), "cpu-in"),
                    message: "Auto Scaling group must scale in at least 20 points below where it scales out; on CPU_UTILIZATION the scale-in `threshold` is 40 and the scale-out `threshold` is 50 (gap 10).",
                },
            ]);
        });

        it("accepts a smaller gap when configured", async () => {
            const stack = [group(), policy("out", { threshold: 50 }), policy("in", { threshold: 40 })];
            expect(await checkStack(asGroupScalingPolicies, stack, { config: { minGap: 10 } })).to.deep.equal([]);
        });

        it("reports a cooldown that is too short", async () => {
            const reported = await checkStack(asGroupScalingPolicies, [group(), policy("out", { cooldown: 0 }), policy("in")]);
            expect(reported.map((r) => r.message)).to.deep.equal(["Auto Scaling policy must set a `cooldown` of at least 60 seconds; it is 0."]);
        });

        it("treats a target-tracking policy as scaling both ways", async () => {
            const tracking = policy("out", { policyType: "TARGET_TRACKING", predefinedMetricType: "ASG_AVG_CPU_UTILIZATION", targetValue: 50, adjustmentValue: undefined });
            tracking.props = JSON.parse(JSON.stringify(tracking.props));
            expect(await checkStack(asGroupScalingPolicies, [group(), tracking])).to.deep.equal([]);
        });
    });

    describe("as-group-backend-limit", () => {
        it("passes a maximum within the limit", async () => {
            expect(await checkResource(asGroupBackendLimit, { type: tok("tencentcloud_as_scaling_group"), props: { ...good.asGroup(), maxSize: 1000 } })).to.deep.equal([]);
        });

        it("reports a maximum above the gateway's limit", async () => {
            expect(await checkResource(asGroupBackendLimit, { type: tok("tencentcloud_as_scaling_group"), props: { ...good.asGroup(), maxSize: 1200 } })).to.deep.equal([
                "Auto Scaling group must not scale beyond the gateway's limit of 1000 backends; `maxSize` is 1200.",
            ]);
        });

        it("honours an older gateway's limit of 200", async () => {
            const messages = await checkResource(asGroupBackendLimit, { type: tok("tencentcloud_as_scaling_group"), props: good.asGroup(), config: { backendLimit: 200 } });
            expect(messages).to.deep.equal(["Auto Scaling group must not scale beyond the gateway's limit of 200 backends; `maxSize` is 500."]);
        });
    });

    describe("as-group-split-advice", () => {
        it("passes a maximum at half the limit", async () => {
            expect(await checkResource(asGroupSplitAdvice, { type: tok("tencentcloud_as_scaling_group"), props: good.asGroup() })).to.deep.equal([]);
        });

        it("advises a split above half the limit", async () => {
            expect(await checkResource(asGroupSplitAdvice, { type: tok("tencentcloud_as_scaling_group", "static"), props: { ...good.asGroup(), maxSize: 1000 } })).to.deep.equal([
                "Auto Scaling group must stay at or below 500 instances (half the gateway's limit of 1000) or be split by business or region; `maxSize` is 1000.",
            ]);
        });
    });

    describe("as-group-unhealthy-replacement", () => {
        it("passes a group replacing unhealthy instances", async () => {
            expect(await checkResource(asGroupUnhealthyReplacement, { type: tok("tencentcloud_as_scaling_group"), props: good.asGroup() })).to.deep.equal([]);
        });

        it("reports replacement left to the provider defaults", async () => {
            const { replaceLoadBalancerUnhealthy: _, ...props } = good.asGroup();
            expect(await checkResource(asGroupUnhealthyReplacement, { type: tok("tencentcloud_as_scaling_group"), props })).to.deep.equal([
                "Auto Scaling group must replace unhealthy instances; `replaceMonitorUnhealthy` is not set (provider default false) and `replaceLoadBalancerUnhealthy` is not set (provider default false).",
            ]);
        });

        it("reports replacement switched off", async () => {
            const props = { ...good.asGroup(), replaceLoadBalancerUnhealthy: false, replaceMonitorUnhealthy: false };
            expect(await checkResource(asGroupUnhealthyReplacement, { type: tok("tencentcloud_as_scaling_group"), props })).to.deep.equal([
                "Auto Scaling group must replace unhealthy instances; `replaceMonitorUnhealthy` is false and `replaceLoadBalancerUnhealthy` is false.",
            ]);
        });
    });

    describe("as-attachment-multi-az (stack)", () => {
        /** The clean estate with the attached instances both in ap-guangzhou-3. */
        const oneZone = () =>
            mutate(trafficEstate(), "ingest-4a", (d) => ({ ...d, props: { ...d.props, availabilityZone: "ap-guangzhou-3", subnetId: ref("app-3") } }));
        const message =
            "Auto Scaling attachment must attach instances from at least 2 availability zones to group ingest; its 2 attached instances (ingest-3a, ingest-4a) are all in ap-guangzhou-3.";

        for (const route of ROUTES) {
            for (const mode of MODES) {
                it(`passes attached instances over two zones (${mode}, ${route} route)`, async () => {
                    expect(await checkStack(asAttachmentMultiAz, record(trafficEstate(), mode, route))).to.deep.equal([]);
                });

                it(`reports attached instances all in one zone, on the attachment (${mode}, ${route} route)`, async () => {
                    const estate = oneZone();
                    expect(await checkStack(asAttachmentMultiAz, record(estate, mode, route))).to.deep.equal([{ urn: urnIn(estate, "ingest-existing", route), message }]);
                });
            }
        }

        it("judges a group's attachments together and reports each of them", async () => {
            const estate = [
                ...mutate(oneZone(), "ingest-existing", (d) => ({ ...d, props: { ...d.props, instanceIds: [ref("ingest-3a")] } })),
                { tf: "tencentcloud_as_attachment" as const, name: "ingest-more", id: "asg-ingest#more", props: { scalingGroupId: ref("ingest"), instanceIds: [ref("ingest-4a")] } },
            ];
            const reported = await checkStack(asAttachmentMultiAz, record(estate, "state"));
            expect(reported.map((r) => r.urn)).to.deep.equal([urnIn(estate, "ingest-existing"), urnIn(estate, "ingest-more")]);
            const spread = [...estate, cvm("ingest-4b", "app-4", "ap-guangzhou-4", "10.0.2.22")].map((d) =>
                d.name === "ingest-more" ? { ...d, props: { ...d.props, instanceIds: [ref("ingest-4b")] } } : d,
            );
            expect(await checkStack(asAttachmentMultiAz, record(spread, "state"))).to.deep.equal([]);
        });

        it("leaves a single attached instance alone, and stays silent while a zone is unknown", async () => {
            const single = mutate(trafficEstate(), "ingest-existing", (d) => ({ ...d, props: { ...d.props, instanceIds: [ref("ingest-3a")] } }));
            expect(await checkStack(asAttachmentMultiAz, record(single, "state"))).to.deep.equal([]);
            const unknownZone = record(oneZone(), "preview").map((r) => (r.name === "ingest-4a" ? { ...r, props: { ...r.props, availabilityZone: UNKNOWN, subnetId: UNKNOWN }, propertyDependencies: {} } : r));
            expect(await checkStack(asAttachmentMultiAz, unknownZone)).to.deep.equal([]);
        });
    });
});
