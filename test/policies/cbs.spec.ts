import { expect } from "chai";
import { cbsDiskEncrypted } from "../../policies/rules/cbs";
import { TENCENTCLOUD_EXTRA_TOKENS } from "../../policies/tokens";
import { UNKNOWN } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkResource, ROUTES, tok, useTestEnvironment } from "./helpers";

const CBS = TENCENTCLOUD_EXTRA_TOKENS.tencentcloud_cbs_storage;

/** The provider's documented CBS disk example, as a program gives it. */
const disk = (extra: Record<string, unknown> = {}) => ({ storageName: "orders-data", storageType: "CLOUD_SSD", storageSize: 100, availabilityZone: "ap-guangzhou-3", projectId: 0, encrypt: true, ...extra });

describe("CBS rules", () => {
    useTestEnvironment();

    describe("cbs-disk-encrypted", () => {
        for (const route of ROUTES) {
            it(`passes encrypted disks of every kind (${route} route)`, async () => {
                expect(await checkResource(cbsDiskEncrypted, { type: CBS[route], props: disk() })).to.deep.equal([]);
                const cvm = { ...good.cvm(), dataDisks: [{ dataDiskType: "CLOUD_SSD", dataDiskSize: 100, encrypt: true }] };
                expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_instance", route), props: cvm })).to.deep.equal([]);
                const pool = { ...good.nodePool(), autoScalingConfig: { ...(good.nodePool().autoScalingConfig as object), dataDisks: [{ diskType: "CLOUD_PREMIUM", diskSize: 50, encrypt: true }] } };
                expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_kubernetes_node_pool", route), props: pool })).to.deep.equal([]);
                const cluster = { ...good.cluster(), workerConfigs: [{ instanceType: "S5.LARGE8", dataDisks: [{ diskType: "CLOUD_SSD", diskSize: 50, encrypt: true }] }] };
                expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_kubernetes_cluster", route), props: cluster })).to.deep.equal([]);
                const config = { configurationName: "ingest", instanceTypes: ["S5.MEDIUM4"], dataDisks: [{ diskType: "CLOUD_SSD", diskSize: 100, snapshotId: "snap-encrypted" }] };
                expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_as_scaling_config", route), props: config })).to.deep.equal([]);
            });

            it(`reports a CBS disk without encryption, unset or false (${route} route)`, async () => {
                const { encrypt: _encrypt, ...plain } = disk();
                expect(await checkResource(cbsDiskEncrypted, { type: CBS[route], props: plain })).to.deep.equal(["CBS disk must be encrypted; `encrypt` is not set (a plain disk)."]);
                expect(await checkResource(cbsDiskEncrypted, { type: CBS[route], props: disk({ encrypt: false }) })).to.deep.equal(["CBS disk must be encrypted; `encrypt` is false."]);
            });
        }

        it("reports each plain data disk of a CVM instance", async () => {
            const cvm = { ...good.cvm(), dataDisks: [{ dataDiskType: "CLOUD_SSD", dataDiskSize: 100, encrypt: true }, { dataDiskType: "CLOUD_SSD", dataDiskSize: 200 }] };
            expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_instance", "static"), props: cvm })).to.deep.equal([
                "CVM instance must encrypt its data disks; `dataDisks[1].encrypt` is not true.",
            ]);
        });

        it("checks a CVM's system disk (`systemDiskEncrypt`, newer provider versions) only when configured", async () => {
            expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_instance"), props: good.cvm() })).to.deep.equal([]);
            expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_instance"), props: good.cvm(), config: { systemDisk: true } })).to.deep.equal([
                "CVM instance must encrypt its system disk; `systemDiskEncrypt` is not true.",
            ]);
            expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_instance"), props: { ...good.cvm(), systemDiskEncrypt: true }, config: { systemDisk: true } })).to.deep.equal([]);
        });

        it("reports a node pool's plain data disk", async () => {
            const pool = { ...good.nodePool(), autoScalingConfig: { instanceType: "S5.LARGE8", dataDisks: [{ diskType: "CLOUD_PREMIUM", diskSize: 50, encrypt: false }] } };
            expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_kubernetes_node_pool"), props: pool })).to.deep.equal([
                "TKE node pool must encrypt its data disks; `autoScalingConfig.dataDisks[0].encrypt` is not true.",
            ]);
        });

        it("reports plain data disks of a cluster's master and worker configurations", async () => {
            const cluster = {
                ...good.cluster(),
                masterConfigs: [{ instanceType: "S5.LARGE8", dataDisks: [{ diskType: "CLOUD_SSD", diskSize: 50 }] }],
                workerConfigs: [{ instanceType: "S5.LARGE8", dataDisks: [{ diskType: "CLOUD_SSD", diskSize: 50, encrypt: false }] }],
            };
            expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_kubernetes_cluster"), props: cluster })).to.deep.equal([
                "TKE cluster must encrypt its data disks; `masterConfigs[0].dataDisks[0].encrypt` is not true.",
                "TKE cluster must encrypt its data disks; `workerConfigs[0].dataDisks[0].encrypt` is not true.",
            ]);
        });

        it("reports a launch configuration's blank data disk, which only an encrypted snapshot can encrypt", async () => {
            const config = { configurationName: "ingest", instanceTypes: ["S5.MEDIUM4"], dataDisks: [{ diskType: "CLOUD_SSD", diskSize: 100 }] };
            expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_as_scaling_config"), props: config })).to.deep.equal([
                "Auto Scaling launch configuration must create its data disks encrypted; `dataDisks[0]` is a blank disk, and a launch configuration can encrypt a data disk only through an encrypted snapshot (`snapshotId`).",
            ]);
        });

        it("does not judge disks made from a snapshot or taken over, nor instances without data disks", async () => {
            const { encrypt: _encrypt, ...plain } = disk();
            expect(await checkResource(cbsDiskEncrypted, { type: CBS.official, props: { ...plain, snapshotId: "snap-1" } })).to.deep.equal([]);
            const cvm = { ...good.cvm(), dataDisks: [{ dataDiskSnapshotId: "snap-1" }, { dataDiskId: "disk-1" }] };
            expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_instance"), props: cvm })).to.deep.equal([]);
            expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_kubernetes_node_pool"), props: good.nodePool() })).to.deep.equal([]);
        });

        it("stays silent on unknowns", async () => {
            expect(await checkResource(cbsDiskEncrypted, { type: CBS.static, props: disk({ encrypt: UNKNOWN }) })).to.deep.equal([]);
            expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_instance"), props: { ...good.cvm(), dataDisks: UNKNOWN } })).to.deep.equal([]);
            expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_instance"), props: { ...good.cvm(), dataDisks: [{ dataDiskSize: 10, encrypt: UNKNOWN }] } })).to.deep.equal([]);
            const config = { configurationName: "ingest", instanceTypes: ["S5.MEDIUM4"], dataDisks: [{ diskSize: 100, snapshotId: UNKNOWN }] };
            expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_as_scaling_config"), props: config })).to.deep.equal([]);
            expect(await checkResource(cbsDiskEncrypted, { type: tok("tencentcloud_kubernetes_cluster"), props: { ...good.cluster(), workerConfigs: UNKNOWN } })).to.deep.equal([]);
        });
    });
});
