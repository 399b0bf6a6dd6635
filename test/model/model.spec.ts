// The shared model: Tencent Cloud's published zone ids, the tag keys, the tier vocabularies, the wire
// sentinels and image pinning, each defined once and read by every layer.
import { expect } from "chai";
import * as fc from "fast-check";
import * as model from "@zonesafe/model";
import {
    ARCHITECTURE_TIERS,
    CRITICAL_DATA_TIER,
    DATA_TIER_CLASSES,
    isPinnedImage,
    isUnknownSentinel,
    isWireSecret,
    KNOWN_ZONE_ID_REGIONS,
    NETWORK_TIERS,
    OUTPUT_VALUE_SIG,
    parseZone,
    REGION_ZONE_CODES,
    RESOURCE_REF_SIG,
    SECRET_SIG,
    SIG_KEY,
    SIMULATED_TIERS,
    UNKNOWN,
    UNKNOWN_SENTINELS,
    zoneIdOf,
    zoneNameOf,
} from "@zonesafe/model";
import * as components from "@zonesafe/components";
import { COMPONENT_TAG, POOL_TAG, ZONE_TAG } from "../../components/types";
import { numericZoneId } from "../../components/zones";
import { TIERS } from "../../components/network/zonalNetwork";
import * as engineTypes from "../../engine/types";
import { CRITICAL_DATA_TIER as PACK_CRITICAL, DATA_TIER_KEY, ENVIRONMENT_KEY } from "../../policies/levels";
import { SIM_TIERS } from "../../policies/resilience/model";
import { TIER_TAG as PACK_TIER_TAG } from "../../policies/rules/cvm";
import { UNKNOWN as READ_UNKNOWN, UNKNOWN_SENTINEL, UNKNOWN_SENTINELS as PACK_SENTINELS, str } from "../../policies/values";
import { WAIVER_ANNOTATION_PREFIX, WAIVER_TAG_PREFIX } from "../../policies/waivers";
import { zoneIdOf as packZoneIdOf, zoneLabel, zoneNameOf as packZoneNameOf } from "../../policies/zones";
import { DATA_TIERS } from "../../stacks/config";

describe("model", () => {
    describe("zone ids", () => {
        // Pairs printed in Tencent Cloud's own API documentation: the CVM API's DescribeZones example
        // (https://intl.cloud.tencent.com/document/api/213/15707) and the Redis API's
        // DescribeRedisZones example (https://cloud.tencent.com/document/product/237/4951).
        const published: [string, number][] = [
            ["ap-guangzhou-1", 100001],
            ["ap-guangzhou-2", 100002],
            ["ap-guangzhou-3", 100003],
            ["ap-shanghai-1", 200001],
            ["ap-hongkong-1", 300001],
            ["na-toronto-1", 400001],
        ];
        for (const [zone, id] of published) {
            it(`maps ${zone} to the published ${id} and back`, () => {
                expect(zoneIdOf(zone)).to.equal(id);
                expect(zoneNameOf(id)).to.equal(zone);
            });
        }

        it("knows the union of the components' 14 regions and the pack's 19, 20 in all, one code each", () => {
            const componentsOld = ["ap-guangzhou", "ap-shenzhen-fsi", "na-siliconvalley", "ap-chengdu", "eu-frankfurt", "ap-seoul", "ap-chongqing", "ap-shanghai", "ap-hongkong", "ap-nanjing", "ap-beijing-fsi", "ap-shanghai-fsi", "ap-beijing", "ap-singapore"];
            const packOld = ["ap-guangzhou", "ap-shanghai", "ap-hongkong", "na-toronto", "ap-shanghai-fsi", "ap-beijing", "ap-singapore", "ap-shenzhen-fsi", "na-siliconvalley", "ap-chengdu", "eu-frankfurt", "ap-seoul", "ap-chongqing", "ap-mumbai", "na-ashburn", "ap-bangkok", "eu-moscow", "ap-tokyo", "ap-nanjing"];
            expect(componentsOld).to.have.length(14);
            expect(packOld).to.have.length(19);
            expect([...KNOWN_ZONE_ID_REGIONS].sort()).to.deep.equal([...new Set([...componentsOld, ...packOld])].sort());
            const codes = Object.values(REGION_ZONE_CODES);
            expect(new Set(codes).size).to.equal(codes.length);
        });

        it("maps ap-tokyo-1 to 250001 in the components and in the pack alike", () => {
            expect(zoneIdOf("ap-tokyo-1")).to.equal(250001);
            expect(numericZoneId("ap-tokyo-1")).to.equal(250001);
            expect(packZoneIdOf("ap-tokyo-1")).to.equal(250001);
            expect(zoneLabel(250001)).to.equal("ap-tokyo-1");
        });

        it("round-trips every zone of every known region, in the components and the pack alike", () => {
            fc.assert(
                fc.property(fc.constantFrom(...KNOWN_ZONE_ID_REGIONS), fc.integer({ min: 1, max: 99 }), (region, n) => {
                    const zone = `${region}-${n}`;
                    const id = zoneIdOf(zone)!;
                    expect(id).to.be.a("number").and.equal(REGION_ZONE_CODES[region] * 10000 + n);
                    expect(zoneNameOf(id)).to.equal(zone);
                    expect(numericZoneId(zone)).to.equal(id);
                    expect(packZoneIdOf(` ${zone} `)).to.equal(id);
                    expect(packZoneNameOf(id)).to.equal(zone);
                }),
            );
        });

        it("has no id for malformed names, unknown regions, or ids outside a known region's zones", () => {
            for (const zone of ["", "ap-guangzhou", "ap-guangzhou-0", "ap-guangzhou-100", "AP-GUANGZHOU-3", "xx-nowhere-1", "ap-guangzhou-3 "]) {
                expect(zoneIdOf(zone), zone).to.equal(undefined);
            }
            for (const id of [0, -100003, 100000, 100100, 100003.5, 990001, 5, Number.NaN]) {
                expect(zoneNameOf(id), String(id)).to.equal(undefined);
            }
            expect(parseZone("ap-shanghai-fsi-2")).to.deep.equal({ zone: "ap-shanghai-fsi-2", region: "ap-shanghai-fsi", number: 2 });
        });

        it("is the one table the components and the pack read", () => {
            expect(components.zones.REGION_ZONE_CODES).to.equal(REGION_ZONE_CODES);
            expect(Object.isFrozen(REGION_ZONE_CODES)).to.equal(true);
        });
    });

    describe("tag and annotation keys", () => {
        it("are the ones the components, the pack and the stacks use", () => {
            expect(COMPONENT_TAG).to.equal(model.COMPONENT_TAG).and.equal("zonesafe:component");
            expect(ZONE_TAG).to.equal(model.ZONE_TAG);
            expect(POOL_TAG).to.equal(model.POOL_TAG);
            expect(model.ZONE_TAG).to.equal("zonesafe:zone");
            expect(model.POOL_TAG).to.equal("zonesafe:pool");
            expect(model.TIER_TAG).to.equal("zonesafe:tier");
            expect(PACK_TIER_TAG).to.equal(model.TIER_TAG);
            expect(ENVIRONMENT_KEY).to.equal(model.ENVIRONMENT_KEY).and.equal("zonesafe:environment");
            expect(DATA_TIER_KEY).to.equal(model.DATA_TIER_KEY).and.equal("zonesafe:data-tier");
            expect(WAIVER_TAG_PREFIX).to.equal(model.WAIVER_TAG_PREFIX).and.equal("zonesafe:waive:");
            expect(WAIVER_ANNOTATION_PREFIX).to.equal(model.WAIVER_ANNOTATION_PREFIX).and.equal("zonesafe.io/waive.");
        });

        it("are distinct", () => {
            const keys = Object.entries(model).filter(([name, value]) => /(_TAG|_KEY|_PREFIX)$/.test(name) && typeof value === "string" && name !== "SIG_KEY").map(([, value]) => value);
            expect(keys.length).to.be.at.least(13);
            expect(new Set(keys).size).to.equal(keys.length);
        });
    });

    describe("tiers", () => {
        it("keeps network tiers, architecture tiers and data-tier classes apart, each defined once", () => {
            expect(TIERS).to.equal(NETWORK_TIERS);
            expect([...NETWORK_TIERS]).to.deep.equal(["public", "app", "data"]);
            expect(SIM_TIERS).to.equal(SIMULATED_TIERS);
            for (const t of SIMULATED_TIERS) expect(ARCHITECTURE_TIERS).to.include(t);
            expect(DATA_TIERS).to.equal(DATA_TIER_CLASSES);
            expect(PACK_CRITICAL).to.equal(CRITICAL_DATA_TIER).and.equal("critical");
            expect(DATA_TIER_CLASSES).to.include(CRITICAL_DATA_TIER);
        });
    });

    describe("wire sentinels", () => {
        it("are what the engine exports and what the pack reads", () => {
            expect(engineTypes.SIG_KEY).to.equal(SIG_KEY);
            expect(engineTypes.SECRET_SIG).to.equal(SECRET_SIG);
            expect(engineTypes.UNKNOWN).to.equal(UNKNOWN);
            expect(engineTypes.RESOURCE_REF_SIG).to.equal(RESOURCE_REF_SIG);
            expect(engineTypes.OUTPUT_VALUE_SIG).to.equal(OUTPUT_VALUE_SIG);
            expect(UNKNOWN_SENTINEL).to.equal(UNKNOWN);
            expect(PACK_SENTINELS).to.equal(UNKNOWN_SENTINELS);
            expect(UNKNOWN_SENTINELS.has(UNKNOWN)).to.equal(true);
            expect(new Set([SIG_KEY, SECRET_SIG, RESOURCE_REF_SIG, OUTPUT_VALUE_SIG, UNKNOWN]).size).to.equal(5);
        });

        it("are what the Pulumi SDK itself uses", () => {
            const rpc = require("@pulumi/pulumi/runtime/rpc") as Record<string, unknown>;
            expect(rpc.specialSigKey).to.equal(SIG_KEY);
            expect(rpc.specialSecretSig).to.equal(SECRET_SIG);
            expect(rpc.specialResourceSig).to.equal(RESOURCE_REF_SIG);
            expect(rpc.specialOutputValueSig).to.equal(OUTPUT_VALUE_SIG);
            expect(rpc.unknownValue).to.equal(UNKNOWN);
        });

        it("turn into the pack's Symbol marker when a reader meets any unknown sentinel", () => {
            expect(typeof READ_UNKNOWN).to.equal("symbol");
            for (const sentinel of UNKNOWN_SENTINELS) {
                expect(isUnknownSentinel(sentinel)).to.equal(true);
                expect(str(sentinel)).to.equal(READ_UNKNOWN);
            }
            expect(isUnknownSentinel("unknown")).to.equal(false);
            expect(isUnknownSentinel(undefined)).to.equal(false);
        });

        it("recognise a wire-form secret and nothing else", () => {
            expect(isWireSecret({ [SIG_KEY]: SECRET_SIG, value: "p" })).to.equal(true);
            expect(isWireSecret({ [SIG_KEY]: RESOURCE_REF_SIG, urn: "u" })).to.equal(false);
            expect(isWireSecret([SECRET_SIG])).to.equal(false);
            expect(isWireSecret(null)).to.equal(false);
        });
    });

    describe("isPinnedImage", () => {
        it("accepts a digest or a tag other than latest, and nothing else", () => {
            const table: [unknown, boolean][] = [
                ["registry/app:1.4.2", true],
                [`app@sha256:${"0".repeat(64)}`, true],
                ["registry:5000/app:2", true],
                ["app", false],
                ["app:latest", false],
                ["registry:5000/app", false],
                [`app@sha256:${"0".repeat(12)}`, false],
                ["app:", false],
                ["app :1", false],
                ["", false],
                [undefined, false],
                [42, false],
            ];
            for (const [image, pinned] of table) expect(isPinnedImage(image), String(image)).to.equal(pinned);
        });

        it("is the check the components and the stack configuration both use", () => {
            expect(components.isPinnedImage).to.equal(isPinnedImage);
        });
    });
});

describe("model: keys from outside on plain objects", () => {
    it("reads own properties only, and writes every key, __proto__ included, as an own property", () => {
        const table: Record<string, number> = { "ap-guangzhou-3": 1 };
        for (const member of ["constructor", "toString", "hasOwnProperty", "__proto__"]) expect(model.getOwn(table, member), member).to.equal(undefined);
        expect(model.getOwn(table, "ap-guangzhou-3")).to.equal(1);
        for (const key of ["__proto__", "constructor", "zone"]) model.setOwn(table, key, 7);
        expect(Object.getPrototypeOf(table)).to.equal(Object.prototype);
        expect(Object.keys(table)).to.deep.equal(["ap-guangzhou-3", "__proto__", "constructor", "zone"]);
        expect(JSON.parse(JSON.stringify(table))).to.deep.equal({ "ap-guangzhou-3": 1, ["__proto__"]: 7, constructor: 7, zone: 7 });
        expect(model.getOwn(table, "__proto__")).to.equal(7);
    });
});
