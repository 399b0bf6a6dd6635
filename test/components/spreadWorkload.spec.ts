import { expect } from "chai";
import * as fc from "fast-check";
import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { Service } from "kubernetes-models/v1";
import { ComponentArgsError } from "../../components/errors";
import {
    SpreadWorkload,
    SpreadWorkloadArgs,
    SpreadWorkloadManifests,
    buildSpreadWorkloadManifests,
    isPinnedImage,
    assertPinnedImage,
    planSpreadWorkload,
} from "../../components/kubernetes/spreadWorkload";
import { TkeCluster } from "../../components/kubernetes/tkeCluster";
import { ZonalNodePool } from "../../components/kubernetes/zonalNodePool";
import { ZonalNetwork } from "../../components/network/zonalNetwork";
import * as pulumi from "@pulumi/pulumi";
import { GZ, T, expectProblem, one, ofType, record, refusal } from "./support";

const base: SpreadWorkloadArgs = { image: "registry.example.com/shop/api:1.4.2", containerPort: 8080, zones: GZ };

/** Validates each manifest against the Kubernetes API schema (kubernetes-models); throws on a violation. */
function validateAll(m: SpreadWorkloadManifests): void {
    new Deployment(m.deployment as any).validate();
    new Service(m.service as any).validate();
    new PodDisruptionBudget(m.podDisruptionBudget as any).validate();
    new HorizontalPodAutoscaler(m.horizontalPodAutoscaler as any).validate();
}

describe("SpreadWorkload", () => {
    describe("plan", () => {
        it("defaults to one replica per zone (at least 2), CPU autoscaling at 60 %, a PDB of maxUnavailable 1 and a 30 s toleration", () => {
            const plan = planSpreadWorkload("api", base);
            expect(plan).to.include({ minReplicas: 3, maxReplicas: 15, targetCpuUtilization: 60, tolerationSeconds: 30, serviceType: "ClusterIP", probe: "tcp" });
            expect(plan.pdb).to.deep.equal({ maxUnavailable: 1 });
            expect(plan.evictionSeconds).to.be.below(120);
            expect(plan.minReplicasAfterZoneLoss).to.equal(2);
            expect(planSpreadWorkload("api", { ...base, zones: GZ.slice(0, 2) }).minReplicas).to.equal(2);
        });

        it("refuses fewer replicas than zones", () => {
            expectProblem(refusal(() => planSpreadWorkload("api", { ...base, minReplicas: 2 })), "minReplicas", "never fewer than the 3 zones", "got 2");
        });

        it("refuses a single replica even with two zones", () => {
            expectProblem(refusal(() => planSpreadWorkload("api", { ...base, zones: GZ.slice(0, 2), minReplicas: 1 })), "minReplicas", "at least 2");
        });

        it("refuses a toleration that keeps pods on a failed node for 2 minutes or more", () => {
            expectProblem(refusal(() => planSpreadWorkload("api", { ...base, nodeFailureTolerationSeconds: 300 })), "nodeFailureTolerationSeconds", "between 1 and 60", "within 120 s");
        });

        it("refuses a PDB that would block every drain", () => {
            expectProblem(refusal(() => planSpreadWorkload("api", { ...base, pdbMinAvailable: 3 })), "pdbMinAvailable", "between 1 and 2", "minReplicas − 1");
            expect(planSpreadWorkload("api", { ...base, pdbMinAvailable: 2 }).pdb).to.deep.equal({ minAvailable: 2 });
        });

        it("refuses an unpinned image and a single zone, all at once", () => {
            const e = refusal(() => planSpreadWorkload("api", { ...base, image: "nginx:latest", zones: [GZ[0]] }));
            expect(e.problems.map((p) => p.field)).to.have.members(["image", "zones"]);
            expect(isPinnedImage("nginx")).to.equal(false);
            expect(isPinnedImage("registry:5000/nginx")).to.equal(false);
            expect(isPinnedImage("registry:5000/nginx:1.27")).to.equal(true);
            expect(isPinnedImage(`nginx@sha256:${"a".repeat(64)}`)).to.equal(true);
        });

        it("refuses resources other than a map of cpu and memory quantities, naming each, and takes one that is", () => {
            const e = refusal(() => planSpreadWorkload("api", { ...base, resources: { requests: [null] as never, limits: { cpu: "1", gpu: 1, memory: "lots" } as never } }));
            expect(e.problems.map((p) => p.field)).to.have.members(["resources.requests", "resources.limits.gpu", "resources.limits.memory"]);
            expectProblem(e, "resources.limits.gpu", "not a resource the component sets", "only `cpu` and `memory`");
            const plan = planSpreadWorkload("api", { ...base, resources: { requests: { cpu: "100m" }, limits: { memory: "1Gi" } } });
            expect(plan.resources.requests.cpu).to.equal("100m");
            expect(plan.resources.limits.memory).to.equal("1Gi");
        });

        it("refuses a name Kubernetes would reject", () => {
            expectProblem(refusal(() => planSpreadWorkload("Shop_API", base)), "name", "DNS label");
        });
    });

    describe("manifests", () => {
        const m = buildSpreadWorkloadManifests("api", { ...base, healthCheckPath: "/healthz", service: { existingLoadBalancerId: "lb-123" } });
        const pod = (m.deployment.spec as any).template.spec;

        it("validate against the Kubernetes API schema", () => {
            validateAll(m);
        });

        it("the schema validator does reject a broken manifest", () => {
            const broken = JSON.parse(JSON.stringify(m.deployment));
            broken.spec.template.spec.topologySpreadConstraints[0].whenUnsatisfiable = "Sometimes";
            expect(() => new Deployment(broken).validate()).to.throw();
            const noSelector = JSON.parse(JSON.stringify(m.deployment));
            delete noSelector.spec.selector;
            expect(() => new Deployment(noSelector).validate()).to.throw();
        });

        it("spread pods across zones (DoNotSchedule) and nodes (ScheduleAnyway) with maxSkew 1", () => {
            expect(pod.topologySpreadConstraints).to.deep.equal([
                { maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "DoNotSchedule", labelSelector: { matchLabels: { "app.kubernetes.io/name": "api" } } },
                { maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: { "app.kubernetes.io/name": "api" } } },
            ]);
            expect(pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values).to.deep.equal(GZ);
        });

        it("leave a failed node in under 2 minutes", () => {
            expect(pod.tolerations).to.deep.equal([
                { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 30 },
                { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 30 },
            ]);
        });

        it("have probes, requests and limits", () => {
            const c = pod.containers[0];
            expect(c.readinessProbe.httpGet).to.deep.equal({ path: "/healthz", port: 8080 });
            expect(c.livenessProbe.httpGet).to.deep.equal({ path: "/healthz", port: 8080 });
            expect(c.resources).to.deep.equal({ requests: { cpu: "250m", memory: "256Mi" }, limits: { cpu: "1", memory: "512Mi" } });
        });

        it("leave the replica count to the autoscaler", () => {
            expect((m.deployment.spec as any).replicas).to.equal(undefined);
            expect(m.horizontalPodAutoscaler.spec).to.deep.include({ minReplicas: 3, maxReplicas: 15, scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "api" } });
            expect((m.horizontalPodAutoscaler.spec as any).metrics[0].resource).to.deep.equal({ name: "cpu", target: { type: "Utilization", averageUtilization: 60 } });
            expect(m.podDisruptionBudget.spec).to.deep.equal({ maxUnavailable: 1, selector: { matchLabels: { "app.kubernetes.io/name": "api" } } });
        });

        it("bind the Service to an existing CLB", () => {
            expect((m.service.metadata as any).annotations).to.deep.equal({ "service.kubernetes.io/tke-existed-lbid": "lb-123" });
            expect((m.service.spec as any).type).to.equal("LoadBalancer");
        });

        it("validate for any accepted argument set", () => {
            const args = fc.record({
                zones: fc.integer({ min: 2, max: 3 }).map((n) => GZ.slice(0, n)),
                extraReplicas: fc.integer({ min: 0, max: 20 }),
                extraMax: fc.integer({ min: 0, max: 50 }),
                cpu: fc.integer({ min: 1, max: 100 }),
                toleration: fc.integer({ min: 1, max: 60 }),
                path: fc.option(fc.constantFrom("/", "/healthz", "/ready"), { nil: undefined }),
                port: fc.integer({ min: 1, max: 65535 }),
                internal: fc.boolean(),
            });
            fc.assert(
                fc.property(args, (a) => {
                    const minReplicas = Math.max(2, a.zones.length) + a.extraReplicas;
                    const manifests = buildSpreadWorkloadManifests("api", {
                        ...base,
                        zones: a.zones,
                        containerPort: a.port,
                        minReplicas,
                        maxReplicas: minReplicas + a.extraMax,
                        targetCpuUtilization: a.cpu,
                        nodeFailureTolerationSeconds: a.toleration,
                        healthCheckPath: a.path,
                        service: a.internal ? { internalSubnetId: "subnet-1" } : undefined,
                    });
                    validateAll(manifests);
                }),
                { numRuns: 60 },
            );
        });
    });

    describe("under mocks", () => {
        it("creates the four objects with the cluster's provider, parented to the component", async () => {
            const stack = await record(() => {
                const tke = new TkeCluster("tke", { vpcId: "vpc-1", intranetSubnet: { zone: GZ[0], subnetId: "subnet-app-1" } });
                new SpreadWorkload("api", base, { provider: tke.provider });
            });
            const component = one(stack, "zonesafe:kubernetes:SpreadWorkload");
            const provider = one(stack, T.k8sProvider);
            for (const type of [T.deployment, T.service, T.pdb, T.hpa]) {
                const r = one(stack, type);
                expect(r.parent).to.equal(component.urn);
                expect(r.providerRef.startsWith(provider.urn)).to.equal(true);
            }
            const d = one(stack, T.deployment, "api-deployment");
            expect((d.inputs.metadata as any).name).to.equal("api");
            expect((d.inputs.spec as any).replicas).to.equal(undefined);
            expect((d.inputs.spec as any).template.spec.topologySpreadConstraints[0].topologyKey).to.equal("topology.kubernetes.io/zone");
            expect((one(stack, T.hpa).inputs.spec as any).minReplicas).to.equal(3);
        });

        it("creates nothing when refused", async () => {
            let error: unknown;
            const stack = await record(() => {
                try {
                    new SpreadWorkload("api", { ...base, minReplicas: 1 });
                } catch (e) {
                    error = e;
                }
            });
            expect(ComponentArgsError.isComponentArgsError(error)).to.equal(true);
            expect(stack.resources.map((r) => r.type)).to.deep.equal(["pulumi:pulumi:Stack"]);
            expect(ofType(stack, T.deployment)).to.have.length(0);
        });
    });
});

describe("SpreadWorkload composed by object", () => {
    const pool = (zones: string[]) => ({ zonePlan: { zones } }) as unknown as ZonalNodePool;

    it("takes its zones from the node pool; stated zones must be the pool's (a subset narrows)", () => {
        const args = { image: base.image, containerPort: 8080 };
        const plan = planSpreadWorkload("api", { ...args, nodePool: pool(GZ) });
        expect(plan).to.include({ zonesFrom: "nodePool", minReplicas: 3, imagePinCheck: "checked" });
        expect(plan.zones).to.deep.equal(GZ);
        expect(planSpreadWorkload("api", { ...args, nodePool: pool(GZ), zones: GZ.slice(0, 2) }).zones).to.deep.equal(GZ.slice(0, 2));
        const e = refusal(() => planSpreadWorkload("api", { ...args, nodePool: pool(GZ.slice(0, 2)), zones: [GZ[0], GZ[2]] }));
        expectProblem(e, "zones[1]", "must be a zone of nodePool (ap-guangzhou-3, ap-guangzhou-4)", '"ap-guangzhou-6"', "remove `zones`");
        expectProblem(refusal(() => planSpreadWorkload("api", args)), "zones", "at least 2 distinct zones");
    });

    it("a NodePort Service with a fixed node port (30000–32767) for a CLB", () => {
        const plan = planSpreadWorkload("api", { ...base, service: { nodePort: 30080 } });
        expect(plan).to.include({ serviceType: "NodePort", nodePort: 30080 });
        const m = buildSpreadWorkloadManifests("api", { ...base, service: { nodePort: 30080 } });
        validateAll(m);
        expect(m.service.spec).to.deep.include({ type: "NodePort" });
        expectProblem(refusal(() => planSpreadWorkload("api", { ...base, service: { nodePort: 8080 } })), "service.nodePort", "between 30000 and 32767");
        expectProblem(refusal(() => planSpreadWorkload("api", { ...base, service: { type: "ClusterIP", nodePort: 30080 } })), "service.nodePort", "applies only to NodePort and LoadBalancer");
    });

    it("accepts an image output: checked when known (pinned is deployed, unpinned is the same refusal); a preview says nothing false", async () => {
        expect(planSpreadWorkload("api", { ...base, image: pulumi.output("r/app:1.0.0") }).imagePinCheck).to.equal("when-known");
        const pinned = await record(() => {
            new SpreadWorkload("api", { ...base, image: pulumi.output("r/app:1.0.0") });
        });
        const container = ((one(pinned, T.deployment).inputs.spec as any).template.spec.containers as { image: string }[])[0];
        expect(container.image).to.equal("r/app:1.0.0");
        // Once known, the value goes through the same check; unpinned, the image output fails with the
        // component's refusal (so the Deployment that would run it is never registered).
        expect(assertPinnedImage("api", "r/app:1.0.0")).to.equal("r/app:1.0.0");
        expectProblem(refusal(() => assertPinnedImage("api", "r/app:latest")), "image", "must be pinned by a tag other than `latest`", '"r/app:latest"');
        // In a preview the image is unknown: accepted, and the check waits for the value.
        const preview = await record(
            () => {
                new SpreadWorkload("api", { ...base, image: pulumi.output("r/app:1.0.0").apply((x) => x) });
            },
            { preview: true },
        );
        expect(ofType(preview, T.deployment)).to.have.length(1);
        // A plain unpinned string is still refused at once.
        expectProblem(refusal(() => planSpreadWorkload("api", { ...base, image: "r/app:latest" })), "image", "must be pinned");
    });

    it("on a node pool: the pool's cluster's Kubernetes provider and a dependency on the pool come with it", async () => {
        const stack = await record(() => {
            const network = new ZonalNetwork("net", { zones: GZ });
            const cluster = new TkeCluster("tke", { network });
            const nodes = new ZonalNodePool("nodes", { cluster, instanceType: "SA5.LARGE8" });
            new SpreadWorkload("api", { nodePool: nodes, image: base.image, containerPort: 8080 });
        });
        for (const t of [T.deployment, T.service, T.pdb, T.hpa]) expect(one(stack, t).providerRef, t).to.include("tke-k8s");
        expect(one(stack, "zonesafe:kubernetes:SpreadWorkload").dependencies).to.include(one(stack, T.nodePool).urn);
        const affinity = (one(stack, T.deployment).inputs.spec as any).template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0];
        expect(affinity.values).to.deep.equal(GZ);
    });
});
