import { expect } from "chai";
import {
    elasticsearchInstanceCosBackup,
    elasticsearchInstanceDedicatedMaster,
    elasticsearchInstanceMultiAz,
    elasticsearchInstanceNoPublicAccess,
} from "../../policies/rules/elasticsearch";
import { UNKNOWN } from "../support/policyArgs";
import { goodData } from "./dataFixtures";
import { checkResource, ROUTES, tok, useTestEnvironment } from "./helpers";

type Props = Record<string, unknown>;

function without(props: Props, ...keys: string[]): Props {
    return Object.fromEntries(Object.entries(props).filter(([k]) => !keys.includes(k)));
}

describe("Elasticsearch rules", () => {
    useTestEnvironment();
    const es = (route: "official" | "static" = "official") => tok("tencentcloud_elasticsearch_instance", route);

    describe("elasticsearch-instance-multi-az", () => {
        for (const route of ROUTES) {
            it(`passes deployMode 1 over two zones (${route} route)`, async () => {
                expect(await checkResource(elasticsearchInstanceMultiAz, { type: es(route), props: goodData.elasticsearch() })).to.deep.equal([]);
            });

            it(`reports single-AZ mode left to the provider default (${route} route)`, async () => {
                const props = { ...without(goodData.elasticsearch(), "deployMode", "multiZoneInfos"), availabilityZone: "ap-guangzhou-3" };
                expect(await checkResource(elasticsearchInstanceMultiAz, { type: es(route), props })).to.deep.equal([
                    "Elasticsearch instance must be deployed across availability zones with `deployMode` 1; it is not set (provider default 0, single AZ).",
                ]);
            });
        }

        it("reports multi-AZ mode over one distinct zone", async () => {
            const props = { ...goodData.elasticsearch(), multiZoneInfos: [{ availabilityZone: "ap-guangzhou-3", subnetId: "subnet-a" }, { availabilityZone: "ap-guangzhou-3", subnetId: "subnet-a2" }] };
            expect(await checkResource(elasticsearchInstanceMultiAz, { type: es("static"), props })).to.deep.equal([
                "Elasticsearch instance must list at least 2 distinct zones in `multiZoneInfos`; it lists 1 (ap-guangzhou-3).",
            ]);
        });

        it("reports deployMode 0 set explicitly", async () => {
            expect(await checkResource(elasticsearchInstanceMultiAz, { type: es(), props: { ...without(goodData.elasticsearch(), "multiZoneInfos"), deployMode: 0 } })).to.deep.equal([
                "Elasticsearch instance must be deployed across availability zones with `deployMode` 1; it is 0 (single AZ).",
            ]);
        });

        it("stays silent on an unknown mode or unknown zones", async () => {
            expect(await checkResource(elasticsearchInstanceMultiAz, { type: es(), props: { ...goodData.elasticsearch(), deployMode: UNKNOWN } })).to.deep.equal([]);
            expect(await checkResource(elasticsearchInstanceMultiAz, { type: es(), props: { ...goodData.elasticsearch(), multiZoneInfos: [{ availabilityZone: "ap-guangzhou-3" }, { availabilityZone: UNKNOWN }] } })).to.deep.equal([]);
        });
    });

    describe("elasticsearch-instance-dedicated-master", () => {
        for (const route of ROUTES) {
            it(`passes three dedicated masters (${route} route)`, async () => {
                expect(await checkResource(elasticsearchInstanceDedicatedMaster, { type: es(route), props: goodData.elasticsearch() })).to.deep.equal([]);
            });
        }

        it("reports no dedicated master entry", async () => {
            const props = { ...goodData.elasticsearch(), nodeInfoLists: [{ nodeNum: 4, nodeType: "ES.SA2.MEDIUM4" }] };
            expect(await checkResource(elasticsearchInstanceDedicatedMaster, { type: es("static"), props })).to.deep.equal([
                "Elasticsearch instance must run dedicated master nodes; no `nodeInfoLists` entry has `type` dedicatedMaster.",
            ]);
        });

        it("reports too few dedicated masters", async () => {
            const props = { ...goodData.elasticsearch(), nodeInfoLists: [{ nodeNum: 4, nodeType: "ES.SA2.MEDIUM4" }, { nodeNum: 2, nodeType: "ES.SA2.MEDIUM4", type: "dedicatedMaster" }] };
            expect(await checkResource(elasticsearchInstanceDedicatedMaster, { type: es(), props })).to.deep.equal([
                "Elasticsearch instance must run at least 3 dedicated master nodes; its dedicatedMaster `nodeNum` is 2.",
            ]);
        });

        it("stays silent on unknown node lists", async () => {
            expect(await checkResource(elasticsearchInstanceDedicatedMaster, { type: es(), props: { ...goodData.elasticsearch(), nodeInfoLists: UNKNOWN } })).to.deep.equal([]);
            expect(await checkResource(elasticsearchInstanceDedicatedMaster, { type: es(), props: { ...goodData.elasticsearch(), nodeInfoLists: [{ nodeNum: 4, nodeType: "x", type: UNKNOWN }] } })).to.deep.equal([]);
        });
    });

    describe("elasticsearch-instance-cos-backup", () => {
        for (const route of ROUTES) {
            it(`passes automatic backups to COS (${route} route)`, async () => {
                expect(await checkResource(elasticsearchInstanceCosBackup, { type: es(route), props: goodData.elasticsearch() })).to.deep.equal([]);
            });
        }

        it("reports no COS backup, and automatic backup switched off", async () => {
            expect(await checkResource(elasticsearchInstanceCosBackup, { type: es(), props: without(goodData.elasticsearch(), "cosBackup") })).to.deep.equal([
                "Elasticsearch instance must back up to COS automatically; `cosBackup` is not set (no automatic backup).",
            ]);
            expect(await checkResource(elasticsearchInstanceCosBackup, { type: es("static"), props: { ...goodData.elasticsearch(), cosBackup: { isAutoBackup: false, backupTime: "02:00" } } })).to.deep.equal([
                "Elasticsearch instance must back up to COS automatically; `cosBackup.isAutoBackup` is false.",
            ]);
        });

        it("stays silent on an unknown backup setting", async () => {
            expect(await checkResource(elasticsearchInstanceCosBackup, { type: es(), props: { ...goodData.elasticsearch(), cosBackup: UNKNOWN } })).to.deep.equal([]);
            expect(await checkResource(elasticsearchInstanceCosBackup, { type: es(), props: { ...goodData.elasticsearch(), cosBackup: { isAutoBackup: UNKNOWN } } })).to.deep.equal([]);
        });
    });

    describe("elasticsearch-instance-no-public-access", () => {
        for (const route of ROUTES) {
            it(`passes closed public access to the cluster and Kibana (${route} route)`, async () => {
                expect(await checkResource(elasticsearchInstanceNoPublicAccess, { type: es(route), props: goodData.elasticsearch() })).to.deep.equal([]);
            });
        }

        it("reports public access to the cluster", async () => {
            expect(await checkResource(elasticsearchInstanceNoPublicAccess, { type: es(), props: { ...goodData.elasticsearch(), publicAccess: "OPEN" } })).to.deep.equal([
                "Elasticsearch instance must not expose the cluster to the internet; `publicAccess` is OPEN.",
            ]);
        });

        it("reports public access to Kibana", async () => {
            expect(await checkResource(elasticsearchInstanceNoPublicAccess, { type: es("static"), props: { ...goodData.elasticsearch(), kibanaPublicAccess: "OPEN" } })).to.deep.equal([
                "Elasticsearch instance must not expose Kibana to the internet; `kibanaPublicAccess` is OPEN.",
            ]);
        });

        it("stays silent on unknown access settings", async () => {
            expect(await checkResource(elasticsearchInstanceNoPublicAccess, { type: es(), props: { ...goodData.elasticsearch(), publicAccess: UNKNOWN, kibanaPublicAccess: UNKNOWN } })).to.deep.equal([]);
        });
    });
});
