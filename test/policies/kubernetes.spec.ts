import { expect } from "chai";
import {
    allowedDisruptions,
    kubernetesHpaReplicaBounds,
    kubernetesWorkloadPdb,
    kubernetesWorkloadProbes,
    kubernetesWorkloadReplicas,
    kubernetesWorkloadResourceRequests,
    kubernetesWorkloadTopologySpread,
} from "../../policies/rules/kubernetes";
import { secret, StackResourceSpec, UNKNOWN, urnOf } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkResource, checkStack, K8S, remediate, useTestEnvironment } from "./helpers";

type Props = Record<string, any>;

/** A good Deployment with a change to its pod spec. */
function withPodSpec(change: (pod: Props) => void, name = "web"): Props {
    const props = good.deployment(name) as Props;
    change(props.spec.template.spec);
    return props;
}

const deploymentUrn = urnOf(K8S.deployment, "web");
const pdbUrn = urnOf(K8S.pdb, "web");

function workload(props: Props = good.deployment()): StackResourceSpec {
    return { type: K8S.deployment, name: "web", urn: deploymentUrn, props };
}

describe("Kubernetes rules", () => {
    useTestEnvironment();

    describe("kubernetes-workload-topology-spread", () => {
        it("passes zone and hostname spread constraints, for Deployments and StatefulSets", async () => {
            expect(await checkResource(kubernetesWorkloadTopologySpread, { type: K8S.deployment, props: good.deployment() })).to.deep.equal([]);
            const sts = { ...good.deployment("db"), kind: "StatefulSet" };
            expect(await checkResource(kubernetesWorkloadTopologySpread, { type: K8S.statefulSet, props: sts })).to.deep.equal([]);
        });

        it("accepts a pod anti-affinity on the hostname instead of a hostname constraint", async () => {
            const props = withPodSpec((pod) => {
                pod.topologySpreadConstraints = [pod.topologySpreadConstraints[0]];
                pod.affinity = {
                    podAntiAffinity: {
                        preferredDuringSchedulingIgnoredDuringExecution: [
                            { weight: 100, podAffinityTerm: { topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: { app: "web" } } } },
                        ],
                    },
                };
            });
            expect(await checkResource(kubernetesWorkloadTopologySpread, { type: K8S.deployment, props })).to.deep.equal([]);
        });

        it("reports a workload with no zone spread", async () => {
            const props = withPodSpec((pod) => {
                pod.topologySpreadConstraints = [pod.topologySpreadConstraints[1]];
            });
            expect(await checkResource(kubernetesWorkloadTopologySpread, { type: K8S.deployment, props })).to.deep.equal([
                "Deployment must spread its pods across availability zones with a topology spread constraint on `topology.kubernetes.io/zone`; `spec.template.spec.topologySpreadConstraints` has none.",
            ]);
        });

        it("reports a workload with no hostname spread", async () => {
            const props = withPodSpec((pod) => {
                pod.topologySpreadConstraints = [pod.topologySpreadConstraints[0]];
            });
            expect(await checkResource(kubernetesWorkloadTopologySpread, { type: K8S.deployment, props })).to.deep.equal([
                "Deployment must also spread its pods across nodes, with a topology spread constraint or a pod anti-affinity on `kubernetes.io/hostname`; it has neither.",
            ]);
        });

        it("reports a zone constraint without a label selector and with a zero skew", async () => {
            const props = withPodSpec((pod) => {
                pod.topologySpreadConstraints[0] = { maxSkew: 0, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "DoNotSchedule" };
            });
            expect(await checkResource(kubernetesWorkloadTopologySpread, { type: K8S.deployment, props })).to.deep.equal([
                "Deployment must give its zone topology spread constraint a `labelSelector` matching its pod labels; without one the constraint counts no pods.",
                "Deployment must give its zone topology spread constraint a `maxSkew` of at least 1; it is 0.",
            ]);
        });

        it("stays silent while the constraints are unknown", async () => {
            const props = withPodSpec((pod) => {
                pod.topologySpreadConstraints = UNKNOWN;
            });
            expect(await checkResource(kubernetesWorkloadTopologySpread, { type: K8S.deployment, props })).to.deep.equal([]);
        });

        it("remediates by adding soft zone and hostname constraints on the selector labels, keeping secrets secret", async () => {
            const props = withPodSpec((pod) => {
                delete pod.topologySpreadConstraints;
                pod.containers[0].env = [{ name: "DB_PASSWORD", value: secret("s3cret") }];
            });
            const fixed = (await remediate(kubernetesWorkloadTopologySpread, { type: K8S.deployment, props })) as Props;
            expect(fixed.spec.template.spec.topologySpreadConstraints).to.deep.equal([
                { maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: { app: "web" } } },
                { maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: { app: "web" } } },
            ]);
            expect(fixed.spec.template.spec.containers[0].env[0].value).to.deep.equal(secret("s3cret"));
            expect(await checkResource(kubernetesWorkloadTopologySpread, { type: K8S.deployment, props: fixed })).to.deep.equal([]);
        });

        it("remediates by appending to existing constraints", async () => {
            const props = withPodSpec((pod) => {
                pod.topologySpreadConstraints = [pod.topologySpreadConstraints[1]];
            });
            const fixed = (await remediate(kubernetesWorkloadTopologySpread, { type: K8S.deployment, props })) as Props;
            expect(fixed.spec.template.spec.topologySpreadConstraints.map((c: Props) => c.topologyKey)).to.deep.equal([
                "kubernetes.io/hostname",
                "topology.kubernetes.io/zone",
            ]);
        });

        it("does not remediate when the selector labels are unknown", async () => {
            const props = withPodSpec((pod) => {
                delete pod.topologySpreadConstraints;
            });
            props.spec.selector.matchLabels = UNKNOWN;
            expect(await remediate(kubernetesWorkloadTopologySpread, { type: K8S.deployment, props })).to.equal(undefined);
        });
    });

    describe("kubernetes-workload-probes", () => {
        it("passes containers with both probes", async () => {
            expect(await checkResource(kubernetesWorkloadProbes, { type: K8S.deployment, props: good.deployment() })).to.deep.equal([]);
        });

        it("reports a missing readiness probe", async () => {
            const props = withPodSpec((pod) => delete pod.containers[0].readinessProbe);
            expect(await checkResource(kubernetesWorkloadProbes, { type: K8S.deployment, props })).to.deep.equal([
                "Deployment must define a readiness probe on every container; container `web` has no `readinessProbe`.",
            ]);
        });

        it("reports a missing liveness probe", async () => {
            const props = withPodSpec((pod) => delete pod.containers[0].livenessProbe);
            expect(await checkResource(kubernetesWorkloadProbes, { type: K8S.statefulSet, props: { ...props, kind: "StatefulSet" } })).to.deep.equal([
                "StatefulSet must define a liveness probe on every container; container `web` has no `livenessProbe`.",
            ]);
        });
    });

    describe("kubernetes-workload-resource-requests", () => {
        it("passes containers with CPU and memory requests", async () => {
            expect(await checkResource(kubernetesWorkloadResourceRequests, { type: K8S.deployment, props: good.deployment() })).to.deep.equal([]);
        });

        it("reports a missing CPU request", async () => {
            const props = withPodSpec((pod) => delete pod.containers[0].resources.requests.cpu);
            expect(await checkResource(kubernetesWorkloadResourceRequests, { type: K8S.deployment, props })).to.deep.equal([
                "Deployment must request CPU and memory for every container; container `web` has no `resources.requests.cpu`.",
            ]);
        });

        it("reports a missing memory request", async () => {
            const props = withPodSpec((pod) => delete pod.containers[0].resources.requests.memory);
            expect(await checkResource(kubernetesWorkloadResourceRequests, { type: K8S.deployment, props })).to.deep.equal([
                "Deployment must request CPU and memory for every container; container `web` has no `resources.requests.memory`.",
            ]);
        });
    });

    describe("kubernetes-hpa-replica-bounds", () => {
        it("passes an HPA that can scale out", async () => {
            expect(await checkResource(kubernetesHpaReplicaBounds, { type: K8S.hpa, props: good.hpa() })).to.deep.equal([]);
        });

        it("reports maxReplicas equal to minReplicas", async () => {
            expect(await checkResource(kubernetesHpaReplicaBounds, { type: K8S.hpa, props: good.hpa("web", 3, 3) })).to.deep.equal([
                "HorizontalPodAutoscaler must be able to scale out; `spec.maxReplicas` is 3 and `spec.minReplicas` is 3.",
            ]);
        });

        it("reports maxReplicas 1 with minReplicas left to the default", async () => {
            const props = good.hpa() as Props;
            delete props.spec.minReplicas;
            props.spec.maxReplicas = 1;
            expect(await checkResource(kubernetesHpaReplicaBounds, { type: "kubernetes:autoscaling/v2beta2:HorizontalPodAutoscaler", props })).to.deep.equal([
                "HorizontalPodAutoscaler must be able to scale out; `spec.maxReplicas` is 1 and `spec.minReplicas` is not set (Kubernetes default 1).",
            ]);
        });
    });

    describe("kubernetes-workload-replicas (stack)", () => {
        it("passes three replicas", async () => {
            expect(await checkStack(kubernetesWorkloadReplicas, [workload()])).to.deep.equal([]);
        });

        it("passes an HPA minimum of two with replicas left unset", async () => {
            const props = good.deployment() as Props;
            delete props.spec.replicas;
            expect(await checkStack(kubernetesWorkloadReplicas, [workload(props), { type: K8S.hpa, name: "web", props: good.hpa("web", 2, 10) }])).to.deep.equal([]);
        });

        it("reports a single replica without an HPA", async () => {
            const props = good.deployment() as Props;
            props.spec.replicas = 1;
            expect(await checkStack(kubernetesWorkloadReplicas, [workload(props)])).to.deep.equal([
                { urn: deploymentUrn, message: "Deployment must run at least 2 replicas; `spec.replicas` is 1 and no HorizontalPodAutoscaler scales it." },
            ]);
        });

        it("does not ask a declared singleton (annotation with a reason, one replica, Recreate) for two, and only such a one", async () => {
            const singleton = (change: (p: Props) => void = () => undefined): StackResourceSpec => {
                const props = good.deployment() as Props;
                props.spec.replicas = 1;
                props.spec.strategy = { type: "Recreate" };
                props.metadata.annotations = { "zonesafe.io/singleton": "one active controller: two would act twice" };
                change(props);
                return workload(props);
            };
            expect(await checkStack(kubernetesWorkloadReplicas, [singleton()])).to.deep.equal([]);
            const broken: [string, (p: Props) => void][] = [
                ["no reason", (p) => (p.metadata.annotations["zonesafe.io/singleton"] = " ")],
                ["a rolling update (two pods during a rollout)", (p) => (p.spec.strategy = { type: "RollingUpdate" })],
                ["replicas left to the default", (p) => delete p.spec.replicas],
            ];
            for (const [what, change] of broken) {
                expect(await checkStack(kubernetesWorkloadReplicas, [singleton(change)]), what).to.have.length(1);
            }
            expect(await checkStack(kubernetesWorkloadReplicas, [singleton(), { type: K8S.hpa, name: "web", props: good.hpa("web", 1, 3) }]), "an autoscaled singleton").to.have.length(1);
        });

        it("reports replicas left to the Kubernetes default", async () => {
            const props = good.deployment() as Props;
            delete props.spec.replicas;
            expect((await checkStack(kubernetesWorkloadReplicas, [workload(props)])).map((r) => r.message)).to.deep.equal([
                "Deployment must run at least 2 replicas; `spec.replicas` is not set (Kubernetes default 1) and no HorizontalPodAutoscaler scales it.",
            ]);
        });

        it("reports an HPA minimum of one", async () => {
            expect((await checkStack(kubernetesWorkloadReplicas, [workload(), { type: K8S.hpa, name: "web", props: good.hpa("web", 1, 10) }])).map((r) => r.message)).to.deep.equal([
                "Deployment must run at least 2 replicas; its HorizontalPodAutoscaler `web` has `spec.minReplicas` 1.",
            ]);
        });

        it("matches an HPA whose target name is unknown through its property dependencies", async () => {
            const hpa = good.hpa("web", 1, 10) as Props;
            hpa.spec.scaleTargetRef = UNKNOWN;
            const reported = await checkStack(kubernetesWorkloadReplicas, [workload(), { type: K8S.hpa, name: "web", props: hpa, propertyDependencies: { spec: [deploymentUrn] } }]);
            expect(reported.map((r) => r.message)).to.deep.equal(["Deployment must run at least 2 replicas; its HorizontalPodAutoscaler `web` has `spec.minReplicas` 1."]);
        });
    });

    describe("kubernetes-workload-pdb (stack)", () => {
        const pdb = (spec: Props = { maxUnavailable: 1 }): StackResourceSpec => ({ type: K8S.pdb, name: "web", urn: pdbUrn, props: good.pdb("web", spec) });

        it("passes a PDB with maxUnavailable 1", async () => {
            expect(await checkStack(kubernetesWorkloadPdb, [workload(), pdb()])).to.deep.equal([]);
        });

        it("reports a workload no PDB selects", async () => {
            const other = { ...pdb(), props: good.pdb("api") };
            expect(await checkStack(kubernetesWorkloadPdb, [workload(), other])).to.deep.equal([
                { urn: deploymentUrn, message: "Deployment must be selected by a PodDisruptionBudget that allows at least one disruption; no PodDisruptionBudget selects its pod labels." },
            ]);
        });

        it("does not match a PDB of another namespace", async () => {
            const elsewhere = pdb();
            (elsewhere.props.metadata as Props).namespace = "other";
            expect((await checkStack(kubernetesWorkloadPdb, [workload(), elsewhere])).map((r) => r.urn)).to.deep.equal([deploymentUrn]);
        });

        it("reports a PDB that allows no disruption of the replicas", async () => {
            expect(await checkStack(kubernetesWorkloadPdb, [workload(), pdb({ minAvailable: 3 })])).to.deep.equal([
                { urn: pdbUrn, message: "PodDisruptionBudget `web` must allow at least one disruption of Deployment `web` (3 replicas); `spec.minAvailable` is 3." },
            ]);
        });

        it("reports a PDB with maxUnavailable 0", async () => {
            expect((await checkStack(kubernetesWorkloadPdb, [workload(), pdb({ maxUnavailable: 0 })])).map((r) => r.message)).to.deep.equal([
                "PodDisruptionBudget `web` must allow at least one disruption of Deployment `web` (3 replicas); `spec.maxUnavailable` is 0.",
            ]);
        });

        it("reports a PDB inconsistent with the HPA minimum", async () => {
            const stack = [workload(), pdb({ minAvailable: 2 }), { type: K8S.hpa, name: "web", props: good.hpa("web", 2, 10) }];
            expect((await checkStack(kubernetesWorkloadPdb, stack)).map((r) => r.message)).to.deep.equal([
                "PodDisruptionBudget `web` must allow at least one disruption when HorizontalPodAutoscaler `web` keeps Deployment `web` at its minimum of 2 replicas; `spec.minAvailable` is 2.",
            ]);
        });

        it("reports a PDB that sets neither field", async () => {
            expect((await checkStack(kubernetesWorkloadPdb, [workload(), pdb({})])).map((r) => r.message)).to.deep.equal([
                "PodDisruptionBudget `web` must set `spec.maxUnavailable` or `spec.minAvailable`; neither is set.",
            ]);
        });

        it("stays silent while the PDB selector is unknown", async () => {
            const unknown = pdb();
            (unknown.props.spec as Props).selector = UNKNOWN;
            expect(await checkStack(kubernetesWorkloadPdb, [workload(), unknown])).to.deep.equal([]);
        });
    });

    describe("allowedDisruptions", () => {
        const view = (spec: Props) => ({ urn: "u", name: "p", type: K8S.pdb, resource: "PodDisruptionBudget" as const, props: { spec } as any, protect: false });
        it("rounds percentages up, as Kubernetes does", () => {
            expect(allowedDisruptions(view({ maxUnavailable: "25%" }), 3)).to.equal(1);
            expect(allowedDisruptions(view({ minAvailable: "50%" }), 3)).to.equal(1);
            expect(allowedDisruptions(view({ minAvailable: "100%" }), 3)).to.equal(0);
        });
    });
});
