import { expect } from "chai";
import { NODE_GUARD_COMPONENT_TYPE } from "@zonesafe/model";
import { nodeAlarmsNotifyGuard, nodeGuardLimit } from "../../policies/stack/nodeGuard";
import { StackResourceSpec, UNKNOWN, urnOf } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkStack, K8S, ROUTES, tok, useTestEnvironment } from "./helpers";

describe("Node guard rules", () => {
    useTestEnvironment();

    const poolUrn = urnOf(tok("tencentcloud_kubernetes_node_pool"), "gateway");
    const pool: StackResourceSpec = { type: tok("tencentcloud_kubernetes_node_pool"), name: "gateway", urn: poolUrn, props: { ...good.nodePool(), id: "np-gw" } };
    const notice = (url: unknown, name = "guard-notice", parentType?: string, route: "official" | "static" = "official"): StackResourceSpec => ({
        type: tok("tencentcloud_monitor_alarm_notice", route),
        name,
        urn: urnOf(tok("tencentcloud_monitor_alarm_notice", route), name, "test", "zonesafe", parentType),
        props: { id: `notice-${name}`, noticeType: "ALL", noticeLanguage: "en-US", urlNotices: [{ url }] },
    });
    const alarm = (noticeIds: unknown, extra: Partial<StackResourceSpec> = {}): StackResourceSpec => ({
        type: tok("tencentcloud_monitor_alarm_policy"),
        name: "gateway-cpu",
        props: { ...good.alarmPolicy(), noticeIds },
        ...extra,
    });

    describe("monitoring-node-alarms-guard", () => {
        for (const route of ROUTES) {
            it(`passes a pool whose alarms notify a notice calling a guard's /cloud-monitor (${route} route)`, async () => {
                const guard = notice("https://guard:secret-token@guard.example.com/cloud-monitor", "guard-notice", undefined, route);
                expect(await checkStack(nodeAlarmsNotifyGuard, [pool, guard, alarm(["notice-guard-notice"])])).to.deep.equal([]);
            });
        }

        it("reports a pool whose alarms notify only people, naming the alarms", async () => {
            const oncall = notice("https://oncall.example.com/hook", "oncall");
            expect(await checkStack(nodeAlarmsNotifyGuard, [pool, oncall, alarm(["notice-oncall"])])).to.deep.equal([
                { urn: poolUrn, message: "TKE node pool has single-machine fault alarms (gateway-cpu) but none notifies a node guard, so a faulty node stays in service until a person acts." },
            ]);
        });

        it("recognizes the guard's notice by its component while its URL is unknown in a preview, through the property dependency", async () => {
            const guard = notice(UNKNOWN, "gw-notice", NODE_GUARD_COMPONENT_TYPE);
            const policy = alarm([UNKNOWN], { propertyDependencies: { noticeIds: [guard.urn!] } });
            expect(await checkStack(nodeAlarmsNotifyGuard, [pool, guard, policy])).to.deep.equal([]);
        });

        it("stays silent while a notice's URL is unknown or the notice lives outside the stack, and leaves pools without alarms to the coverage rule", async () => {
            const oncall = notice("https://oncall.example.com/hook", "oncall");
            expect(await checkStack(nodeAlarmsNotifyGuard, [pool, oncall, alarm(["notice-oncall", "notice-created-elsewhere"])])).to.deep.equal([]);
            const unknownNotice = notice(UNKNOWN, "hook");
            expect(await checkStack(nodeAlarmsNotifyGuard, [pool, unknownNotice, alarm(["notice-hook"])])).to.deep.equal([]);
            expect(await checkStack(nodeAlarmsNotifyGuard, [pool])).to.deep.equal([]);
        });
    });

    describe("monitoring-node-guard-limit", () => {
        const guard = (limit: string | undefined): StackResourceSpec => ({
            type: K8S.deployment,
            name: "gw-deployment",
            props: {
                metadata: {
                    name: "gw-node-guard",
                    labels: { "app.kubernetes.io/name": "zonesafe-node-guard" },
                    ...(limit === undefined ? {} : { annotations: { "zonesafe.io/node-guard-limit": limit } }),
                },
                spec: { replicas: 1, selector: { matchLabels: { "app.kubernetes.io/name": "zonesafe-node-guard" } }, template: { metadata: { labels: { "app.kubernetes.io/name": "zonesafe-node-guard" } }, spec: { containers: [] } } },
            },
        });

        it("passes limits 2 to 5 and a guard that declares none", async () => {
            for (const limit of ["2", "3", "5", undefined]) expect(await checkStack(nodeGuardLimit, [guard(limit)]), `limit ${limit}`).to.deep.equal([]);
        });

        it("reports a limit of 1, of 6 and one that is not a number", async () => {
            for (const limit of ["1", "6", "three"]) {
                const found = await checkStack(nodeGuardLimit, [guard(limit)]);
                expect(found, `limit ${limit}`).to.have.length(1);
                expect(found[0].message).to.contain(`limit of "${limit}"`).and.contain("from 2 to 5");
            }
        });

        it("ignores Deployments that are not a guard", async () => {
            const other = guard("9");
            (other.props.metadata as any).labels = { "app.kubernetes.io/name": "storefront" };
            expect(await checkStack(nodeGuardLimit, [other])).to.deep.equal([]);
        });
    });
});
