import { expect } from "chai";
import * as pulumi from "@pulumi/pulumi";
import * as YAML from "yaml";
import { checkConfig } from "@zonesafe/node-guard/config";
import { MultiAzClb, NodeAlarms, NodeFaultAutomation, planAlertRules, planNodeFaultAutomation, TkeCluster, ZonalNetwork, ZonalNodePool } from "@zonesafe/components";
import type { NodeFaultAutomationArgs } from "@zonesafe/components";
import { COMMON_CAUSE_ALERT, FAULT_LABEL, NODE_GUARD_CONFIG_KEY } from "@zonesafe/model";
import { isSecret } from "../support/mocks";
import { GZ, T, expectProblem, fieldsOf, inputsOf, list, one, ofType, record, refusal } from "./support";

const K = {
    configMap: "kubernetes:core/v1:ConfigMap",
    secret: "kubernetes:core/v1:Secret",
    pvc: "kubernetes:core/v1:PersistentVolumeClaim",
    custom: (kind: string) => `kubernetes:monitoring.coreos.com/${kind === "PrometheusRule" ? "v1" : "v1alpha1"}:${kind}`,
    notice: "tencentcloud:index/monitorAlarmNotice:MonitorAlarmNotice",
    tmpGroup: "tencentcloud:index/monitorTmpAlertGroup:MonitorTmpAlertGroup",
    serviceAccount: "kubernetes:core/v1:ServiceAccount",
    clusterRole: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole",
};

const TOKEN = "tok-0123456789abcdef";
const SECRET_KEY = "sk-very-secret-key";
const cluster = { clusterId: "cls-1", vpcId: "vpc-1", zonePlan: { zones: GZ } };
const clbArgs: NodeFaultAutomationArgs = {
    cluster,
    image: "registry.example.com/zonesafe/node-guard:0.1.0",
    token: TOKEN,
    pageWebhook: "http://alertmanager.monitoring.svc:9093/api/v2/alerts",
    backend: { kind: "clb", loadBalancerId: "lb-1", listenerId: "lbl-1" },
    credentials: { secretId: "AKID-guard", secretKey: SECRET_KEY },
};

/** A program that builds the guard and its pool's alarms the way the components compose: by object. */
function guardedPool(args: Partial<NodeFaultAutomationArgs> = {}) {
    const network = new ZonalNetwork("gw", { zones: GZ });
    const tke = new TkeCluster("ops", { network });
    const pool = new ZonalNodePool("gw-nodes", { cluster: tke, instanceType: "SA5.LARGE8" });
    const clb = new MultiAzClb("gw", { networkType: "OPEN", network, listeners: [{ name: "ingest", protocol: "TCP", port: 443 }] });
    const guard = new NodeFaultAutomation("gw", {
        ...clbArgs,
        cluster: tke,
        token: pulumi.secret(TOKEN),
        credentials: { secretId: pulumi.secret("AKID-guard"), secretKey: pulumi.secret(SECRET_KEY) },
        backend: { kind: "clb", loadBalancerId: clb.clbId, listenerId: clb.listeners[0].listenerId },
        ...args,
    });
    new NodeAlarms("gw-nodes", { target: pool, guard });
}

describe("NodeFaultAutomation", () => {
    it("deploys the guard with one active replica, its token and credentials in a Secret only, and a configuration the guard accepts", async () => {
        // Ids as the CLB API returns them (the mocks' ids are not), so that the guard's own check applies in full.
        const stack = await record(() => guardedPool({ backend: { kind: "clb", loadBalancerId: "lb-12345678", listenerId: "lbl-12345678" } }));
        const deployment = one(stack, T.deployment, "gw-deployment");
        const spec = inputsOf(deployment).spec as any;
        expect(spec.replicas).to.equal(1);
        expect((inputsOf(deployment).metadata as any).annotations).to.include({ "zonesafe.io/node-guard-limit": "3" });
        // A singleton by design, declared as the pack reads it; placed and drained like every workload.
        expect((inputsOf(deployment).metadata as any).annotations["zonesafe.io/singleton"]).to.contain("two would each count the faulty nodes");
        expect(spec.template.spec.topologySpreadConstraints.map((c: any) => c.topologyKey)).to.deep.equal(["topology.kubernetes.io/zone", "kubernetes.io/hostname"]);
        expect(one(stack, T.pdb).inputs.spec).to.deep.include({ maxUnavailable: 1 });
        expect(spec.strategy).to.deep.equal({ type: "Recreate" });
        const container = spec.template.spec.containers[0];
        expect(container.image).to.equal("registry.example.com/zonesafe/node-guard:0.1.0");
        expect(container.command).to.deep.equal(["zonesafe-node-guard", "--config", `/etc/zonesafe-node-guard/${NODE_GUARD_CONFIG_KEY}`]);
        expect(container.envFrom).to.deep.equal([{ secretRef: { name: "gw-node-guard" } }]);
        expect(spec.template.spec.volumes.map((v: any) => v.persistentVolumeClaim?.claimName ?? v.configMap?.name)).to.deep.equal(["gw-node-guard", "gw-node-guard"]);
        expect(one(stack, K.pvc).inputs.spec).to.deep.include({ accessModes: ["ReadWriteOnce"] });

        const secret = one(stack, K.secret);
        expect(isSecret(secret.inputs.stringData), "the Secret's data is a Pulumi secret").to.equal(true);
        expect(inputsOf(secret).stringData).to.deep.equal({ NODE_GUARD_TOKEN: TOKEN, TENCENTCLOUD_SECRET_ID: "AKID-guard", TENCENTCLOUD_SECRET_KEY: SECRET_KEY });

        const configMap = one(stack, K.configMap);
        const text = (inputsOf(configMap).data as Record<string, string>)[NODE_GUARD_CONFIG_KEY];
        expect(text).to.not.contain(TOKEN).and.not.contain(SECRET_KEY);
        // The guard's own configuration check accepts it, with the environment the Secret gives the pod.
        const checked = checkConfig(YAML.parse(text), NODE_GUARD_CONFIG_KEY, { NODE_GUARD_TOKEN: TOKEN, TENCENTCLOUD_SECRET_ID: "AKID-guard", TENCENTCLOUD_SECRET_KEY: SECRET_KEY });
        expect(checked).to.deep.include({ limit: 3, restartOnRecovery: true, token: TOKEN, port: 9095 });
        expect(checked.backend).to.deep.include({ kind: "clb", region: "ap-guangzhou", loadBalancerId: "lb-12345678", listenerId: "lbl-12345678" });
        // A changed configuration restarts the pod.
        expect(spec.template.metadata.annotations["zonesafe.io/config-sha256"]).to.match(/^[0-9a-f]{64}$/);
    });

    it("routes the rules' single-node and common-cause alerts to the guard, the common cause at the guard's limit", async () => {
        const stack = await record(() => guardedPool({ limit: 4, rules: { cpuPercent: 80, nodeExporterMatchers: 'job="node-exporter"' } }));
        const rule = one(stack, K.custom("PrometheusRule"));
        const expected = planAlertRules("gw", { cpuPercent: 80, nodeExporterMatchers: 'job="node-exporter"', commonCauseNodes: 4 });
        expect(JSON.parse(JSON.stringify((inputsOf(rule).spec as any).groups))).to.deep.equal(JSON.parse(JSON.stringify(expected.groups)));
        const common = (inputsOf(rule).spec as any).groups.flatMap((g: any) => g.rules).find((r: any) => r.alert === COMMON_CAUSE_ALERT);
        expect(common.expr).to.contain(">= 4");
        expect((inputsOf(rule).metadata as any).labels).to.include({ prometheus: "k8s", role: "alert-rules" });

        const routing = inputsOf(one(stack, K.custom("AlertmanagerConfig"))).spec as any;
        expect(routing.route.matchers).to.deep.equal([{ name: FAULT_LABEL, value: "single-node|common-cause", matchType: "=~" }]);
        const hook = routing.receivers[0].webhookConfigs[0];
        expect(hook.url).to.equal("http://gw-node-guard.kube-system.svc:9095/alertmanager");
        expect(hook.sendResolved).to.equal(true);
        expect(hook.httpConfig.authorization.credentials).to.deep.equal({ name: "gw-node-guard", key: "NODE_GUARD_TOKEN" });
    });

    it("gives Cloud Monitor a notice whose callback is the guard, and wires it into the pool's alarms", async () => {
        const stack = await record(() => guardedPool({ callbackBaseUrl: "https://guard.example.com/" }));
        const notice = one(stack, K.notice);
        expect(notice.inputs).to.include({ noticeType: "ALL", noticeLanguage: "en-US" });
        const [url] = list(notice.inputs.urlNotices as never) as any[];
        expect(isSecret(url.url) || isSecret(notice.inputs.urlNotices), "the callback URL (with the token) is a secret").to.equal(true);
        expect((list(inputsOf(notice).urlNotices as never)[0] as any).url).to.equal(`https://guard:${TOKEN}@guard.example.com/cloud-monitor`);
        for (const p of ofType(stack, T.alarmPolicy)) {
            expect(p.inputs.noticeIds).to.deep.equal([notice.id ?? "gw-notice-id"]);
            expect(p.inputs.remark).to.contain("<3 alarming nodes are removed automatically, >=3 page a person");
        }
        expect(one(stack, T.service, "gw-service").inputs.spec).to.deep.include({ type: "LoadBalancer" });
    });

    it("calls Cloud Monitor back at the guard's load balancer address when no URL is given", async () => {
        const stack = await record(() => guardedPool());
        expect((list(inputsOf(one(stack, K.notice)).urlNotices as never)[0] as any).url).to.equal(`http://guard:${TOKEN}@203.0.113.10:9095/cloud-monitor`);
    });

    it("puts the rules in Managed Prometheus with the guard as the alert group's webhook", async () => {
        const stack = await record(() => guardedPool({ expose: "vpc", callbackBaseUrl: "http://10.0.1.8:9095", rules: { target: "managed-prometheus", instanceId: "prom-abc123" } }));
        expect(ofType(stack, K.custom("PrometheusRule"))).to.have.length(0);
        const group = one(stack, K.tmpGroup);
        const inputs = inputsOf(group) as any;
        expect(inputs.instanceId).to.equal("prom-abc123");
        expect(inputs.customReceiver).to.deep.equal({ type: "webhook", url: `http://guard:${TOKEN}@10.0.1.8:9095/alertmanager` });
        const planned = planAlertRules("gw", { commonCauseNodes: 3 }).groups.flatMap((g) => g.rules);
        expect(inputs.rules.map((r: any) => r.ruleName)).to.deep.equal(planned.map((r) => r.alert));
        expect(inputs.rules.every((r: any) => r.state === 2 && typeof r.duration === "string")).to.equal(true);
    });

    it("runs the tke backend with a service account allowed to cordon and evict, and nothing else", async () => {
        const stack = await record(() =>
            guardedPool({ backend: { kind: "tke", nodeSelector: "zonesafe.io/pool=gateway", namespace: "gateway", podSelector: "app=log-gateway" }, credentials: undefined, sdPort: 9100, expose: "cluster" }),
        );
        expect(one(stack, K.serviceAccount).inputs.metadata).to.deep.include({ name: "gw-node-guard" });
        const rules = (inputsOf(one(stack, K.clusterRole)).rules as any[]).map((r) => `${r.resources.join(",")}:${r.verbs.join(",")}`);
        expect(rules).to.deep.equal(["nodes:get,list,patch", "pods:get,list", "pods/eviction:create"]);
        expect(inputsOf(one(stack, K.secret)).stringData).to.deep.equal({ NODE_GUARD_TOKEN: TOKEN });
        const text = (inputsOf(one(stack, K.configMap)).data as Record<string, string>)[NODE_GUARD_CONFIG_KEY];
        const checked = checkConfig(YAML.parse(text), NODE_GUARD_CONFIG_KEY, { NODE_GUARD_TOKEN: TOKEN });
        expect(checked).to.deep.include({ restartOnRecovery: false, sdPort: 9100 });
        expect(one(stack, T.service, "gw-service").inputs.spec).to.deep.include({ type: "ClusterIP" });
    });

    it("refuses every unsafe argument at once, each with its fix, and creates nothing", async () => {
        const e = refusal(() =>
            planNodeFaultAutomation("gw", {
                ...clbArgs,
                image: "registry.example.com/zonesafe/node-guard:latest",
                token: "short",
                limit: 6,
                credentials: undefined,
                backend: { kind: "clb", loadBalancerId: "lb-1" },
                rules: { target: "managed-prometheus", commonCauseNodes: 2, cpuPercent: 120 },
            }),
        );
        expect(fieldsOf(e)).to.have.members(["image", "token", "limit", "credentials", "backend.listenerId", "rules.instanceId", "rules.commonCauseNodes", "rules.cpuPercent"]);
        expectProblem(e, "limit", "between 2 and 5");
        expectProblem(e, "credentials", "CAM user");
        expect(e.message).to.not.contain("short");

        const tke = refusal(() => planNodeFaultAutomation("gw", { ...clbArgs, backend: { kind: "tke" }, credentials: undefined, restartOnRecovery: true }));
        expect(fieldsOf(tke)).to.have.members(["backend.nodeSelector", "backend.namespace", "backend.podSelector", "sdPort", "restartOnRecovery"]);
        expect(() => planNodeFaultAutomation("gw", { ...clbArgs, limit: 1 })).to.throw(/`limit`/);

        const stack = await record(() => {
            try {
                new NodeFaultAutomation("gw", { ...clbArgs, limit: 9 });
            } catch {
                // refused: nothing registered
            }
        });
        expect(stack.resources.filter((r) => r.type !== "pulumi:pulumi:Stack")).to.have.length(0);
    });
});
