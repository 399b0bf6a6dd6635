/**
 * CBS (cloud block storage): disks encrypted at rest — standalone disks, the data disks of CVMs, of
 * TKE node pools and cluster node configurations, and of Auto Scaling launch configurations.
 *
 * Property names, from the provider's source at v1.82.42:
 * - `tencentcloud_cbs_storage.encrypt` (bool, optional, ForceNew; absent means a plain disk) and
 *   `snapshot_id` (tencentcloud/services/cbs/resource_tc_cbs_storage.go);
 * - `tencentcloud_instance.data_disks[].encrypt` (tencentcloud/services/cvm/resource_tc_instance.go);
 *   `system_disk_encrypt` exists only in newer provider versions (`tfFieldsAddedAfterV1_82_42`), so
 *   the system disk is checked only when the configuration asks for it;
 * - `tencentcloud_kubernetes_node_pool.auto_scaling_config.data_disk[].encrypt` (→
 *   `autoScalingConfig.dataDisks[].encrypt`) and the cluster's `master_config[]`/`worker_config[]`
 *   `.data_disk[].encrypt` (→ `masterConfigs[].dataDisks[].encrypt`, `workerConfigs[]…`);
 * - `tencentcloud_as_scaling_config.data_disk[]` has no `encrypt` (neither at v1.82.42 nor later,
 *   tencentcloud/services/as/resource_tc_as_scaling_config.go): a launch configuration's data disk is
 *   encrypted only when it is created from an encrypted snapshot (`snapshotId`).
 *
 * A disk created from a snapshot inherits the snapshot's encryption, which a plan cannot see: such a
 * disk (and an existing disk a CVM takes over, `dataDiskId`) is not judged.
 */
import { boolean, defineConfig } from "../config";
import { prop } from "../describe";
import { resourceRule } from "../rule";
import { at, bool, objs, PlainObject, Read, str, UNKNOWN } from "../values";

/**
 * Whether a disk is created from a snapshot (whose encryption it inherits) or is an existing disk, or
 * that is unknown: such a disk is not judged.
 */
function fromSnapshot(disk: PlainObject, ...keys: string[]): boolean {
    return keys.some((key) => {
        const value = str(at(disk, key));
        return value === UNKNOWN || (typeof value === "string" && value.trim() !== "");
    });
}

/** The paths of the data disks of a list that are not encrypted (`encrypt` not true, no snapshot). */
function plainDataDisks(disks: Read, path: string, ...snapshotKeys: string[]): string[] {
    const list = objs(disks);
    if (list === UNKNOWN || list === undefined) {
        return [];
    }
    const plain: string[] = [];
    list.forEach((disk, i) => {
        if (disk === UNKNOWN || fromSnapshot(disk, ...snapshotKeys)) {
            return;
        }
        const encrypt = bool(at(disk, "encrypt"));
        if (encrypt !== true && encrypt !== UNKNOWN) {
            plain.push(`${path}[${i}]`);
        }
    });
    return plain;
}

function dataDiskMessage(label: string, paths: readonly string[]): string[] {
    return paths.map((p) => `${label} must encrypt its data disks; ${prop(`${p}.encrypt`)} is not true.`);
}

/** Disks are encrypted at rest. */
export const cbsDiskEncrypted = resourceRule({
    kind: "resource",
    name: "cbs-disk-encrypted",
    description: "Checks whether cloud disks are encrypted at rest: CBS disks (`encrypt`), the data disks of CVM instances, of TKE node pools and of a TKE cluster's node configurations (`dataDisks[].encrypt`), and the data disks of Auto Scaling launch configurations (which can only be encrypted through an encrypted snapshot).",
    severity: "medium",
    pillar: "security",
    service: "cbs",
    fix: "Set `encrypt: true` on the CBS disk and on every data disk (`dataDisks[].encrypt`, with `kmsKeyId` for a key of your own); disk encryption is chosen at creation, so the disk is replaced. A launch configuration's data disks have no `encrypt` field: create them from an encrypted snapshot (`dataDisks[].snapshotId`), or use a TKE node pool, whose data disks can be encrypted.",
    resources: ["tencentcloud_cbs_storage", "tencentcloud_instance", "tencentcloud_kubernetes_node_pool", "tencentcloud_kubernetes_cluster", "tencentcloud_as_scaling_config"],
    config: defineConfig({
        systemDisk: boolean({
            default: false,
            description: "Also require `systemDiskEncrypt: true` on CVM instances (a field of provider versions newer than 1.82.42, which the official route exposes when given such a version).",
        }),
    }),
    check(r, ctx) {
        const p = r.props;
        switch (r.resource) {
            case "tencentcloud_cbs_storage": {
                const encrypt = bool(at(p, "encrypt"));
                if (encrypt === true || encrypt === UNKNOWN || fromSnapshot(p, "snapshotId")) {
                    return [];
                }
                const state = encrypt === undefined ? "is not set (a plain disk)" : "is false";
                return [`CBS disk must be encrypted; ${prop("encrypt")} ${state}.`];
            }
            case "tencentcloud_instance": {
                const messages = dataDiskMessage("CVM instance", plainDataDisks(at(p, "dataDisks"), "dataDisks", "dataDiskSnapshotId", "dataDiskId"));
                if (ctx.config.systemDisk) {
                    const system = bool(at(p, "systemDiskEncrypt"));
                    if (system !== true && system !== UNKNOWN) {
                        messages.unshift(`CVM instance must encrypt its system disk; ${prop("systemDiskEncrypt")} is not true.`);
                    }
                }
                return messages;
            }
            case "tencentcloud_kubernetes_node_pool":
                return dataDiskMessage("TKE node pool", plainDataDisks(at(p, "autoScalingConfig", "dataDisks"), "autoScalingConfig.dataDisks", "snapshotId"));
            case "tencentcloud_kubernetes_cluster": {
                const messages: string[] = [];
                for (const role of ["masterConfigs", "workerConfigs"]) {
                    const configs = objs(at(p, role));
                    if (configs === UNKNOWN || configs === undefined) {
                        continue;
                    }
                    configs.forEach((config, i) => {
                        if (config !== UNKNOWN) {
                            messages.push(...dataDiskMessage("TKE cluster", plainDataDisks(at(config, "dataDisks"), `${role}[${i}].dataDisks`, "snapshotId")));
                        }
                    });
                }
                return messages;
            }
            case "tencentcloud_as_scaling_config": {
                const disks = objs(at(p, "dataDisks"));
                if (disks === UNKNOWN || disks === undefined) {
                    return [];
                }
                const messages: string[] = [];
                disks.forEach((disk, i) => {
                    if (disk !== UNKNOWN && !fromSnapshot(disk, "snapshotId")) {
                        messages.push(
                            `Auto Scaling launch configuration must create its data disks encrypted; ${prop(`dataDisks[${i}]`)} is a blank disk, and a launch configuration can encrypt a data disk only through an encrypted snapshot (${prop("snapshotId")}).`,
                        );
                    }
                });
                return messages;
            }
            default:
                return [];
        }
    },
});

/** The CBS rules. */
export const cbsRules = [cbsDiskEncrypted];
