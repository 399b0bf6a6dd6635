import * as crypto from "node:crypto";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import * as tencentcloud from "@pulumi/tencentcloud";
import {
    COMMON_CAUSE_FAULT,
    FAULT_LABEL,
    isPinnedImage,
    NODE_GUARD_ALERTMANAGER_PATH,
    NODE_GUARD_APP,
    NODE_GUARD_CLOUD_MONITOR_PATH,
    NODE_GUARD_COMPONENT_TYPE,
    NODE_GUARD_CONFIG_KEY,
    NODE_GUARD_DEFAULT_LIMIT,
    NODE_GUARD_LIMIT_ANNOTATION,
    NODE_GUARD_MAX_LIMIT,
    NODE_GUARD_MIN_LIMIT,
    NODE_GUARD_PORT,
    SINGLE_NODE_FAULT,
    SINGLETON_ANNOTATION,
} from "@zonesafe/model";
import * as YAML from "yaml";
import type { ClusterLike, NodeGuardLike } from "../compose";
import { inheritOptions, regionOf, withClusterProvider } from "../compose";
import { DNS_LABEL, Validator } from "../errors";
import { AlertRulesArgs, AlertRulesPlan, planAlertRules, prometheusRuleSpec } from "./alertRules";

/** The component's type token. */
export const NODE_FAULT_AUTOMATION_TYPE = NODE_GUARD_COMPONENT_TYPE;

/** Where the guard takes nodes out of service. */
export const GuardBackendKind = { CLB: "clb", TSE_POLARIS: "tse-polaris", POLARIS: "polaris", TKE: "tke" } as const;
/** Where the guard takes nodes out of service. */
export type GuardBackendKind = (typeof GuardBackendKind)[keyof typeof GuardBackendKind];

/** Where the alert rules go. */
export const AlertRulesTarget = {
    /** A `PrometheusRule` for the Prometheus Operator (kube-prometheus) in the cluster, with an `AlertmanagerConfig` that routes the alerts to the guard. */
    PROMETHEUS_RULE: "prometheus-rule",
    /** Tencent Cloud Managed Prometheus: a `MonitorTmpAlertGroup` whose receiver is the guard. */
    MANAGED_PROMETHEUS: "managed-prometheus",
} as const;
/** Where the alert rules go. */
export type AlertRulesTarget = (typeof AlertRulesTarget)[keyof typeof AlertRulesTarget];

/** How the guard's Service is reached. */
export const GuardExposure = {
    /** Inside the cluster only (ClusterIP): enough for an in-cluster Alertmanager, not for Cloud Monitor. */
    CLUSTER: "cluster",
    /** A private CLB in the VPC (TKE's internal load balancer): Managed Prometheus reaches it. */
    VPC: "vpc",
    /** A public CLB: Cloud Monitor's callbacks reach it (every call carries the token). */
    INTERNET: "internet",
} as const;
/** How the guard's Service is reached. */
export type GuardExposure = (typeof GuardExposure)[keyof typeof GuardExposure];

/** The guard's backend: the service discovery it removes nodes from. */
export interface GuardBackendArgs {
    /** `clb` (CLB targets), `tse-polaris` (TSE's Polaris), `polaris` (self-hosted Polaris) or `tke` (cordon and evict). */
    kind: GuardBackendKind;
    /** clb: the load balancer whose listener serves the nodes. */
    loadBalancerId?: pulumi.Input<string>;
    /** clb: the listener. */
    listenerId?: pulumi.Input<string>;
    /** clb: the forwarding rule of a layer-7 listener. */
    locationId?: pulumi.Input<string>;
    /** tse-polaris: the TSE engine's id. */
    instanceId?: pulumi.Input<string>;
    /** polaris: the Polaris server's URL. */
    url?: pulumi.Input<string>;
    /** polaris, tse-polaris: the Polaris namespace of the service; tke: the Kubernetes namespace of the workload's pods. */
    namespace?: string;
    /** polaris, tse-polaris: the Polaris service whose instances are the nodes. */
    service?: string;
    /** tke: a label selector of the nodes the guard watches, e.g. `zonesafe.io/pool=gateway`. */
    nodeSelector?: string;
    /** tke: a label selector of the workload's pods evicted from a removed node, e.g. `app=log-gateway`. */
    podSelector?: string;
    /** clb, tse-polaris: the region of the API calls. Defaults to the region of the cluster's zones. */
    region?: string;
    /** The Tencent Cloud API endpoint, e.g. a private endpoint. Defaults to the public one of the region. */
    endpoint?: string;
}

/** The Tencent Cloud credentials of the clb and tse-polaris backends (a CAM user with CLB/CVM or TSE rights only). */
export interface GuardCredentials {
    secretId: pulumi.Input<string>;
    secretKey: pulumi.Input<string>;
}

/** Where the alert rules go and how they read the nodes. */
export interface GuardAlertRulesArgs extends AlertRulesArgs {
    /** `prometheus-rule` (default) or `managed-prometheus`. */
    target?: AlertRulesTarget;
    /** managed-prometheus: the Managed Prometheus instance (`prom-...`). */
    instanceId?: pulumi.Input<string>;
    /** prometheus-rule: the labels the Prometheus' `ruleSelector` matches. Defaults to kube-prometheus' `{ prometheus: "k8s", role: "alert-rules" }`. */
    ruleLabels?: Record<string, string>;
}

/** The arguments of {@link NodeFaultAutomation}. */
export interface NodeFaultAutomationArgs {
    /** The TKE cluster the guard runs on; its Kubernetes and Tencent Cloud providers come with it. Or pass a `kubernetes` provider in the options. */
    cluster?: ClusterLike;
    /** The guard's container image, pinned to a tag or digest: an image with `@zonesafe/node-guard` installed (its `zonesafe-node-guard` command on the PATH). */
    image: pulumi.Input<string>;
    /** The webhook token every caller presents (bearer, or basic auth's password). A secret; at least 16 characters. */
    token: pulumi.Input<string>;
    /** Where the guard pages a person: a webhook (an Alertmanager route's receiver, an on-call tool). */
    pageWebhook: pulumi.Input<string>;
    /** The service discovery the guard removes nodes from. */
    backend: GuardBackendArgs;
    /** The credentials of the clb and tse-polaris backends, stored in the guard's Secret. */
    credentials?: GuardCredentials;
    /** Faulty nodes at which the guard stops removing and pages, 2–5. Defaults to `3`. It is also the alert rules' common-cause threshold. */
    limit?: number;
    /** Whether a node whose alerts resolved is restarted before it is registered again (clb only). Defaults to `true` with clb, `false` otherwise. */
    restartOnRecovery?: boolean;
    /** The alert rules: NodeAlarms' thresholds and the Prometheus business metrics, and where the rules go. Defaults to a PrometheusRule with the default thresholds. */
    rules?: GuardAlertRulesArgs;
    /** An Alertmanager the guard asks for the alerts active at its start (reconciliation). Defaults to none. */
    alertmanagerUrl?: pulumi.Input<string>;
    /** How the guard is reached. Defaults to `internet` (Cloud Monitor's callbacks come from outside the VPC). */
    expose?: GuardExposure;
    /** The base URL (scheme, host, port) callers reach the guard at, when something else exposes it (an ingress). Defaults to its Service's load balancer address. */
    callbackBaseUrl?: pulumi.Input<string>;
    /** The Kubernetes namespace, which must exist. Defaults to `kube-system`. */
    namespace?: string;
    /** The storage class of the guard's state volume (a file of removed nodes and open pages). Defaults to the cluster's default class; a CFS class lets the guard move across zones. */
    stateStorageClass?: string;
    /** The port Prometheus scrapes on each node (`/sd` lists the nodes with it); required with the tke backend. Defaults to the backend targets' ports. */
    sdPort?: number;
}

/** The resolved plan (plain data, except the Inputs passed through). */
export interface NodeFaultAutomationPlan {
    namespace: string;
    /** The Kubernetes name shared by the guard's Deployment, Service, ConfigMap, Secret and volume. */
    resourceName: string;
    labels: Record<string, string>;
    limit: number;
    restartOnRecovery: boolean;
    expose: GuardExposure;
    backendKind: GuardBackendKind;
    rulesTarget: AlertRulesTarget;
    /** The alert rules, their common-cause threshold equal to the limit. */
    rules: AlertRulesPlan;
    /** The region of the backend's API calls (clb, tse-polaris). */
    region: string | undefined;
    /** The in-cluster URL of the guard (`http://<name>.<namespace>.svc:9095`). */
    inClusterUrl: string;
}

const NEEDS_CREDENTIALS: readonly GuardBackendKind[] = [GuardBackendKind.CLB, GuardBackendKind.TSE_POLARIS];

/**
 * Resolves defaults, validates (every problem at once) and plans the guard. Throws a
 * `ComponentArgsError` when the arguments are refused.
 */
export function planNodeFaultAutomation(name: string, args: NodeFaultAutomationArgs): NodeFaultAutomationPlan {
    const v = new Validator(NODE_FAULT_AUTOMATION_TYPE, name);
    const a = (args ?? {}) as NodeFaultAutomationArgs;
    v.check(DNS_LABEL.test(`${name}-node-guard`) && name.length <= 40, "name", "must be a lower-case DNS label of at most 40 characters (it names the guard's Kubernetes objects)", name, "use e.g. \"gateway\".");
    v.present("image", a.image, "set the guard's image, pinned to a tag or digest, e.g. registry.example.com/zonesafe/node-guard:0.1.0.");
    if (typeof a.image === "string") {
        v.check(isPinnedImage(a.image), "image", "must be pinned to a tag other than latest, or to a digest", a.image, "pin the image, e.g. registry.example.com/zonesafe/node-guard:0.1.0.");
    }
    if (v.present("token", a.token, "set a random token of at least 16 characters, from a secret (e.g. `config.requireSecret(\"nodeGuardToken\")`).") && typeof a.token === "string") {
        v.check(a.token.length >= 16, "token", "must be at least 16 characters", "(hidden)", "use a random token of at least 16 characters.");
    }
    v.present("pageWebhook", a.pageWebhook, "set the webhook that pages the on-call (e.g. an Alertmanager route's receiver).");
    const limit = a.limit ?? NODE_GUARD_DEFAULT_LIMIT;
    v.integer("limit", limit, NODE_GUARD_MIN_LIMIT, NODE_GUARD_MAX_LIMIT, `set \`limit\` between ${NODE_GUARD_MIN_LIMIT} and ${NODE_GUARD_MAX_LIMIT}: at 1 nothing is ever removed, above ${NODE_GUARD_MAX_LIMIT} a common-cause outage is met by removing nodes.`);
    const namespace = a.namespace ?? "kube-system";
    v.check(typeof namespace === "string" && DNS_LABEL.test(namespace), "namespace", "must be a Kubernetes namespace name", namespace, "name an existing namespace, e.g. kube-system.");
    const expose = a.expose ?? GuardExposure.INTERNET;
    v.oneOf("expose", expose, Object.values(GuardExposure));

    const b = (a.backend ?? {}) as GuardBackendArgs;
    let kind: GuardBackendKind = GuardBackendKind.CLB;
    if (v.check(typeof a.backend === "object" && a.backend !== null, "backend", "is required: the service discovery the guard removes nodes from", a.backend, "pass e.g. `{ kind: \"clb\", loadBalancerId: clb.clbId, listenerId: clb.listeners[0].listenerId }`.")) {
        if (v.oneOf("backend.kind", b.kind, Object.values(GuardBackendKind))) kind = b.kind;
        if (kind === GuardBackendKind.CLB) {
            v.present("backend.loadBalancerId", b.loadBalancerId, "pass the CLB that serves the nodes, e.g. `clb.clbId`.");
            v.present("backend.listenerId", b.listenerId, "pass the listener, e.g. `clb.listeners[0].listenerId`.");
        } else if (kind === GuardBackendKind.TSE_POLARIS || kind === GuardBackendKind.POLARIS) {
            if (kind === GuardBackendKind.TSE_POLARIS) v.present("backend.instanceId", b.instanceId, "pass the TSE engine's id (ins-...).");
            else v.present("backend.url", b.url, "pass the Polaris server's URL.");
            v.nonEmptyString("backend.namespace", b.namespace, "name the Polaris namespace of the service.");
            v.nonEmptyString("backend.service", b.service, "name the Polaris service whose instances are the nodes.");
        } else if (kind === GuardBackendKind.TKE) {
            v.nonEmptyString("backend.nodeSelector", b.nodeSelector, "select the nodes the guard watches, e.g. `zonesafe.io/pool=gateway`.");
            v.nonEmptyString("backend.namespace", b.namespace, "name the namespace of the workload's pods.");
            v.nonEmptyString("backend.podSelector", b.podSelector, "select the workload's pods evicted from a removed node, e.g. `app=log-gateway`.");
            v.check(a.sdPort !== undefined, "sdPort", "is required with the tke backend", a.sdPort, "set the port Prometheus scrapes on each node, e.g. 9100.");
        }
    }
    if (a.sdPort !== undefined) v.integer("sdPort", a.sdPort, 1, 65535);
    const clusterRegion = regionOf(a.cluster?.zonePlan?.zones ?? []);
    const region = b.region ?? clusterRegion;
    if (NEEDS_CREDENTIALS.includes(kind)) {
        if (b.region !== undefined && clusterRegion !== undefined) {
            v.check(b.region === clusterRegion, "backend.region", `must be the region of the cluster's zones (${clusterRegion}); it is derived from them`, b.region, "remove `backend.region`.");
        }
        v.check(region !== undefined, "backend.region", `is required with the ${kind} backend when the cluster's zones are not known`, b.region, "set the region of the backend, e.g. ap-guangzhou.");
        v.check(
            typeof a.credentials === "object" && a.credentials !== null && a.credentials.secretId !== undefined && a.credentials.secretKey !== undefined,
            "credentials",
            `is required with the ${kind} backend: the guard calls the Tencent Cloud API`,
            a.credentials === undefined ? undefined : "(hidden)",
            "pass `{ secretId, secretKey }` of a CAM user limited to the calls the guard makes, from secrets.",
        );
    }
    const restartOnRecovery = a.restartOnRecovery ?? kind === GuardBackendKind.CLB;
    if (restartOnRecovery && kind !== GuardBackendKind.CLB) {
        v.add("restartOnRecovery", `must be false with the ${kind} backend: only the clb backend can restart a machine`, true, "remove `restartOnRecovery` (a recovered node is registered again without a restart).");
    }

    const r = (a.rules ?? {}) as GuardAlertRulesArgs;
    const rulesTarget = r.target ?? AlertRulesTarget.PROMETHEUS_RULE;
    if (v.optionalObject("rules", a.rules)) {
        v.oneOf("rules.target", rulesTarget, Object.values(AlertRulesTarget));
        if (rulesTarget === AlertRulesTarget.MANAGED_PROMETHEUS) {
            v.present("rules.instanceId", r.instanceId, "pass the Managed Prometheus instance (prom-...).");
            v.check(expose !== GuardExposure.CLUSTER || a.callbackBaseUrl !== undefined, "expose", "must be vpc or internet with managed-prometheus: Managed Prometheus runs outside the cluster", expose, "set `expose: \"vpc\"`, or give `callbackBaseUrl`.");
        }
        v.check(r.commonCauseNodes === undefined || r.commonCauseNodes === limit, "rules.commonCauseNodes", "must equal the guard's limit (the rules' common-cause alert is the guard's signal to page)", r.commonCauseNodes, "remove `rules.commonCauseNodes`; it follows `limit`.");
    }
    let rules: AlertRulesPlan | undefined;
    try {
        const { target: _t, instanceId: _i, ruleLabels: _l, ...thresholds } = r;
        rules = planAlertRules(name, { ...thresholds, commonCauseNodes: typeof limit === "number" ? limit : NODE_GUARD_DEFAULT_LIMIT }, NODE_FAULT_AUTOMATION_TYPE);
    } catch (e) {
        for (const p of (e as { problems?: { field: string; rule: string; value: string; fix: string }[] }).problems ?? []) v.add(`rules.${p.field}`, p.rule, p.value, p.fix, { described: true });
        if (!(e as { problems?: unknown }).problems) throw e;
    }
    v.throwIfAny();

    const resourceName = `${name}-node-guard`;
    return {
        namespace,
        resourceName,
        labels: { "app.kubernetes.io/name": NODE_GUARD_APP, "app.kubernetes.io/instance": resourceName, "app.kubernetes.io/managed-by": "zonesafe" },
        limit,
        restartOnRecovery,
        expose,
        backendKind: kind,
        rulesTarget,
        rules: rules!,
        region: NEEDS_CREDENTIALS.includes(kind) ? region : undefined,
        inClusterUrl: `http://${resourceName}.${namespace}.svc:${NODE_GUARD_PORT}`,
    };
}

/** The guard's configuration file (YAML), as `zonesafe-node-guard --config` reads it; the token and credentials come from the environment. */
export function renderGuardConfig(
    plan: NodeFaultAutomationPlan,
    values: { pageWebhook: string; alertmanagerUrl?: string; backend: Record<string, string | undefined>; sdPort?: number },
): string {
    const backend: Record<string, string> = { kind: plan.backendKind };
    for (const [k, v] of Object.entries(values.backend)) if (v !== undefined && v !== "") backend[k] = v;
    if (plan.region !== undefined) backend.region = plan.region;
    const config = {
        listen: `0.0.0.0:${NODE_GUARD_PORT}`,
        token: "${NODE_GUARD_TOKEN}",
        limit: plan.limit,
        stateFile: "/var/lib/zonesafe-node-guard/state.json",
        ...(values.alertmanagerUrl ? { alertmanager: values.alertmanagerUrl } : {}),
        page: { webhook: values.pageWebhook },
        restartOnRecovery: plan.restartOnRecovery,
        ...(values.sdPort !== undefined ? { sdPort: values.sdPort } : {}),
        backend,
    };
    return YAML.stringify(config, { lineWidth: 0 });
}

/**
 * The single-machine fault automation: the node guard (`@zonesafe/node-guard`) on a TKE cluster —
 * a Deployment with one active replica (`Recreate`, so two never act at once) and a state volume, a
 * Secret for the token and credentials, a ConfigMap for its configuration, a Service — plus the alert
 * rules that feed it (a `PrometheusRule` and an `AlertmanagerConfig` routing the single-node and
 * common-cause alerts to it, or a Managed Prometheus alert group whose receiver is the guard) and a
 * Cloud Monitor notice whose URL callback is the guard, for {@link NodeAlarms}' `guard`.
 *
 * The guard removes a faulty node from service while fewer than `limit` nodes are faulty, pages a
 * person at `limit` or more (or while the common-cause alert fires), and restarts and registers a
 * node again when its alerts resolve.
 */
export class NodeFaultAutomation extends pulumi.ComponentResource implements NodeGuardLike {
    /** The Cloud Monitor notice (URL callback: the guard), to pass to NodeAlarms as `guard`. */
    public readonly notice: tencentcloud.MonitorAlarmNotice;
    /** The notice's id. */
    public readonly noticeId: pulumi.Output<string>;
    /** The guard's limit. */
    public readonly limit: number;
    public readonly deployment: k8s.apps.v1.Deployment;
    public readonly service: k8s.core.v1.Service;
    public readonly configMap: k8s.core.v1.ConfigMap;
    public readonly secret: k8s.core.v1.Secret;
    /** The guard's base URL inside the cluster. */
    public readonly url: string;
    /** The base URL callers outside the cluster use (secret-free: no token in it). */
    public readonly externalUrl: pulumi.Output<string>;
    /** The names of the alert rule groups (in the PrometheusRule, or in the Managed Prometheus alert group). */
    public readonly ruleGroups: string[];
    /** The alert rules as a Managed Prometheus alert group (`rules.target: "managed-prometheus"`). */
    public readonly alertGroup?: tencentcloud.MonitorTmpAlertGroup;
    /** The resolved plan. */
    public readonly guardPlan: NodeFaultAutomationPlan;

    constructor(name: string, args: NodeFaultAutomationArgs, opts?: pulumi.ComponentResourceOptions) {
        const plan = planNodeFaultAutomation(name, args);
        const own = withClusterProvider(inheritOptions(opts, args.cluster, "tencentcloud"), args.cluster);
        super(NODE_FAULT_AUTOMATION_TYPE, name, {}, own);
        this.guardPlan = plan;
        this.limit = plan.limit;
        this.url = plan.inClusterUrl;
        const meta = { name: plan.resourceName, namespace: plan.namespace, labels: plan.labels };
        const child = { parent: this };

        const env: Record<string, pulumi.Input<string>> = { NODE_GUARD_TOKEN: args.token };
        if (args.credentials !== undefined && NEEDS_CREDENTIALS.includes(plan.backendKind)) {
            env.TENCENTCLOUD_SECRET_ID = args.credentials.secretId;
            env.TENCENTCLOUD_SECRET_KEY = args.credentials.secretKey;
        }
        this.secret = new k8s.core.v1.Secret(`${name}-secret`, { metadata: meta, type: "Opaque", stringData: pulumi.secret(pulumi.output(env)) }, child);

        const b = args.backend;
        const configYaml = pulumi
            .all([args.pageWebhook, args.alertmanagerUrl, b.loadBalancerId, b.listenerId, b.locationId, b.instanceId, b.url])
            .apply(([pageWebhook, alertmanagerUrl, loadBalancerId, listenerId, locationId, instanceId, url]) =>
                renderGuardConfig(plan, {
                    pageWebhook,
                    alertmanagerUrl,
                    sdPort: args.sdPort,
                    backend: { endpoint: b.endpoint, loadBalancerId, listenerId, locationId, instanceId, url, namespace: b.namespace, service: b.service, nodeSelector: b.nodeSelector, podSelector: b.podSelector },
                }),
            );
        this.configMap = new k8s.core.v1.ConfigMap(`${name}-config`, { metadata: meta, data: { [NODE_GUARD_CONFIG_KEY]: configYaml } }, child);
        const state = new k8s.core.v1.PersistentVolumeClaim(
            `${name}-state`,
            {
                metadata: meta,
                spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } }, ...(args.stateStorageClass ? { storageClassName: args.stateStorageClass } : {}) },
            },
            child,
        );

        let serviceAccountName: string | undefined;
        if (plan.backendKind === GuardBackendKind.TKE) {
            serviceAccountName = plan.resourceName;
            new k8s.core.v1.ServiceAccount(`${name}-account`, { metadata: meta }, child);
            const role = new k8s.rbac.v1.ClusterRole(
                `${name}-role`,
                {
                    metadata: { name: plan.resourceName, labels: plan.labels },
                    rules: [
                        { apiGroups: [""], resources: ["nodes"], verbs: ["get", "list", "patch"] },
                        { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
                        { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
                    ],
                },
                child,
            );
            new k8s.rbac.v1.ClusterRoleBinding(
                `${name}-role-binding`,
                {
                    metadata: { name: plan.resourceName, labels: plan.labels },
                    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: role.metadata.name },
                    subjects: [{ kind: "ServiceAccount", name: plan.resourceName, namespace: plan.namespace }],
                },
                child,
            );
        }

        this.deployment = new k8s.apps.v1.Deployment(
            `${name}-deployment`,
            {
                metadata: {
                    ...meta,
                    annotations: {
                        // The limit, declared where policies read it (the configuration may be unknown in a preview).
                        [NODE_GUARD_LIMIT_ANNOTATION]: String(plan.limit),
                        [SINGLETON_ANNOTATION]: "one active guard: two would each count the faulty nodes and together remove more than the limit allows",
                    },
                },
                spec: {
                    // One active replica: two guards would each count the faulty nodes and together remove more than the limit allows.
                    replicas: 1,
                    strategy: { type: "Recreate" },
                    selector: { matchLabels: plan.labels },
                    template: {
                        metadata: { labels: plan.labels, annotations: { "zonesafe.io/config-sha256": configYaml.apply(sha256) } },
                        spec: {
                            ...(serviceAccountName ? { serviceAccountName } : { automountServiceAccountToken: false }),
                            securityContext: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 1000 },
                            // One pod, but placed like every workload: a replacement may go to any zone and node.
                            topologySpreadConstraints: [
                                { maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: plan.labels } },
                                { maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: plan.labels } },
                            ],
                            containers: [
                                {
                                    name: "node-guard",
                                    image: args.image,
                                    command: ["zonesafe-node-guard", "--config", `/etc/zonesafe-node-guard/${NODE_GUARD_CONFIG_KEY}`],
                                    ports: [{ name: "http", containerPort: NODE_GUARD_PORT }],
                                    envFrom: [{ secretRef: { name: plan.resourceName } }],
                                    readinessProbe: { httpGet: { path: "/healthz", port: "http" }, periodSeconds: 10 },
                                    livenessProbe: { httpGet: { path: "/healthz", port: "http" }, periodSeconds: 20, failureThreshold: 3 },
                                    resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "256Mi" } },
                                    securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
                                    volumeMounts: [
                                        { name: "config", mountPath: "/etc/zonesafe-node-guard", readOnly: true },
                                        { name: "state", mountPath: "/var/lib/zonesafe-node-guard" },
                                    ],
                                },
                            ],
                            volumes: [
                                { name: "config", configMap: { name: plan.resourceName } },
                                { name: "state", persistentVolumeClaim: { claimName: plan.resourceName } },
                            ],
                        },
                    },
                },
            },
            { parent: this, dependsOn: [this.secret, this.configMap, state] },
        );

        // Node drains may move the guard (it restarts from its state file and reconciles).
        new k8s.policy.v1.PodDisruptionBudget(`${name}-pdb`, { metadata: meta, spec: { maxUnavailable: 1, selector: { matchLabels: plan.labels } } }, child);

        const lbAnnotations: Record<string, pulumi.Input<string>> = {};
        if (plan.expose === GuardExposure.VPC) {
            const subnet = args.cluster?.network?.subnets?.app?.[0]?.subnetId;
            if (subnet !== undefined) lbAnnotations["service.kubernetes.io/qcloud-loadbalancer-internal-subnetid"] = subnet;
        }
        this.service = new k8s.core.v1.Service(
            `${name}-service`,
            {
                metadata: { ...meta, annotations: lbAnnotations },
                spec: {
                    type: plan.expose === GuardExposure.CLUSTER ? "ClusterIP" : "LoadBalancer",
                    selector: plan.labels,
                    ports: [{ name: "http", port: NODE_GUARD_PORT, targetPort: "http" }],
                },
            },
            child,
        );
        this.externalUrl = args.callbackBaseUrl
            ? pulumi.output(args.callbackBaseUrl).apply((u) => u.replace(/\/+$/, ""))
            : plan.expose === GuardExposure.CLUSTER
              ? pulumi.output(plan.inClusterUrl)
              : this.service.status.apply((s) => {
                    const ingress = s?.loadBalancer?.ingress?.[0];
                    const host = ingress?.ip ?? ingress?.hostname;
                    if (!host) throw new Error(`${name}: the guard's Service got no load balancer address, so Cloud Monitor cannot reach it; set \`callbackBaseUrl\` to the URL that exposes the guard, or \`expose: "cluster"\``);
                    return `http://${host.includes(":") ? `[${host}]` : host}:${NODE_GUARD_PORT}`;
                });
        // Callers that cannot send a header (Cloud Monitor, Managed Prometheus' webhook) carry the token as basic auth's password.
        const withToken = (base: pulumi.Input<string>, path: string) =>
            pulumi.secret(pulumi.all([base, args.token]).apply(([u, token]) => {
                const url = new URL(`${u}${path}`);
                url.username = "guard";
                url.password = token;
                return url.toString();
            }));

        const group = plan.rules.groups;
        this.ruleGroups = group.map((g) => g.name);
        if (plan.rulesTarget === AlertRulesTarget.MANAGED_PROMETHEUS) {
            this.alertGroup = new tencentcloud.MonitorTmpAlertGroup(
                `${name}-rules`,
                {
                    instanceId: args.rules!.instanceId!,
                    groupName: plan.resourceName,
                    repeatInterval: "5m",
                    customReceiver: { type: "webhook", url: withToken(this.externalUrl, NODE_GUARD_ALERTMANAGER_PATH) },
                    rules: group.flatMap((g) =>
                        g.rules.map((r) => ({
                            ruleName: r.alert,
                            expr: r.expr,
                            duration: r.for ?? "0s",
                            labels: r.labels,
                            annotations: r.annotations,
                            // Managed Prometheus' rule states: 2 enabled, 3 disabled (the API's AlertRule.State).
                            state: 2,
                        })),
                    ),
                },
                child,
            );
        } else {
            new k8s.apiextensions.CustomResource(
                `${name}-rules`,
                {
                    apiVersion: "monitoring.coreos.com/v1",
                    kind: "PrometheusRule",
                    metadata: { ...meta, labels: { ...plan.labels, ...(args.rules?.ruleLabels ?? { prometheus: "k8s", role: "alert-rules" }) } },
                    spec: prometheusRuleSpec(plan.rules),
                },
                child,
            );
            new k8s.apiextensions.CustomResource(
                `${name}-routing`,
                {
                    apiVersion: "monitoring.coreos.com/v1alpha1",
                    kind: "AlertmanagerConfig",
                    metadata: meta,
                    spec: {
                        route: {
                            receiver: "node-guard",
                            groupBy: ["alertname", "node"],
                            groupWait: "0s",
                            groupInterval: "1m",
                            repeatInterval: "5m",
                            matchers: [{ name: FAULT_LABEL, value: `${SINGLE_NODE_FAULT}|${COMMON_CAUSE_FAULT}`, matchType: "=~" }],
                        },
                        receivers: [
                            {
                                name: "node-guard",
                                webhookConfigs: [
                                    {
                                        url: `${plan.inClusterUrl}${NODE_GUARD_ALERTMANAGER_PATH}`,
                                        sendResolved: true,
                                        httpConfig: { authorization: { type: "Bearer", credentials: { name: plan.resourceName, key: "NODE_GUARD_TOKEN" } } },
                                    },
                                ],
                            },
                        ],
                    },
                },
                child,
            );
        }

        this.notice = new tencentcloud.MonitorAlarmNotice(
            `${name}-notice`,
            {
                name: plan.resourceName,
                // Both the alarm and its recovery: the guard restores a node when its alarm clears.
                noticeType: "ALL",
                noticeLanguage: "en-US",
                urlNotices: [{ url: withToken(this.externalUrl, NODE_GUARD_CLOUD_MONITOR_PATH), startTime: 0, endTime: 86399, weekdays: [1, 2, 3, 4, 5, 6, 7] }],
            },
            child,
        );
        this.noticeId = this.notice.id;

        this.registerOutputs({ noticeId: this.noticeId, limit: this.limit, url: this.url, externalUrl: this.externalUrl, guardPlan: plan });
    }
}

function sha256(text: string): string {
    return crypto.createHash("sha256").update(text).digest("hex");
}
