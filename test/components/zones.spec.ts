import { expect } from "chai";
import * as fc from "fast-check";
import { ComponentArgsError, Validator, describeValue } from "../../components/errors";
import {
    defaultZones,
    evenSpread,
    numericZoneId,
    otherZone,
    parseZone,
    resolveNumericZoneIds,
    roundRobin,
    validateZonalSubnets,
    validateZoneList,
    validateZoneNames,
} from "../../components/zones";

const validator = () => new Validator("zonesafe:test:Planner", "t");

describe("zone planner", () => {
    describe("parseZone", () => {
        const table: [string, string, number][] = [
            ["ap-guangzhou-3", "ap-guangzhou", 3],
            ["ap-shanghai-fsi-1", "ap-shanghai-fsi", 1],
            ["na-siliconvalley-2", "na-siliconvalley", 2],
            ["eu-frankfurt-1", "eu-frankfurt", 1],
            ["ap-beijing-12", "ap-beijing", 12],
        ];
        for (const [zone, region, n] of table) {
            it(`parses ${zone}`, () => expect(parseZone(zone)).to.deep.equal({ zone, region, number: n }));
        }
        for (const bad of ["ap-guangzhou", "guangzhou-3", "ap-guangzhou-0", "AP-GUANGZHOU-3", "", "ap-guangzhou-3 ", 3, undefined, null]) {
            it(`refuses ${JSON.stringify(bad)}`, () => expect(parseZone(bad)).to.equal(undefined));
        }
    });

    describe("numericZoneId", () => {
        const table: [string, number][] = [
            ["ap-guangzhou-3", 100003],
            ["ap-guangzhou-6", 100006],
            ["ap-shanghai-2", 200002],
            ["ap-beijing-7", 800007],
            ["ap-nanjing-1", 330001],
            ["ap-chengdu-2", 160002],
            ["ap-chongqing-1", 190001],
            ["ap-hongkong-2", 300002],
            ["ap-singapore-1", 900001],
            ["ap-shanghai-fsi-1", 700001],
            ["ap-shenzhen-fsi-2", 110002],
            ["ap-tokyo-1", 250001],
            ["na-toronto-1", 400001],
        ];
        for (const [zone, id] of table) it(`maps ${zone} to ${id}`, () => expect(numericZoneId(zone)).to.equal(id));
        it("prefers an explicit mapping", () => expect(numericZoneId("ap-tokyo-1", { "ap-tokyo-1": 250009 })).to.equal(250009));
        it("knows nothing of a region outside the table", () => expect(numericZoneId("xx-nowhere-1")).to.equal(undefined));
        it("ignores an invalid explicit id", () => expect(numericZoneId("ap-guangzhou-3", { "ap-guangzhou-3": -1 })).to.equal(undefined));
        it("reports each zone without an id, naming the field and the fix", () => {
            const v = validator();
            expect(resolveNumericZoneIds(v, "zones", ["ap-guangzhou-3", "xx-nowhere-1"])).to.equal(undefined);
            expect(v.problems).to.have.length(1);
            expect(v.problems[0].field).to.equal("zones[1]");
            expect(v.problems[0].fix).to.include("zoneIds");
        });
    });

    describe("validateZoneList", () => {
        const check = (value: unknown, min?: number, max?: number) => {
            const v = validator();
            const zones = validateZoneList(v, "zones", value, { min, max, purpose: "for a test" });
            return { zones, problems: v.problems };
        };
        it("accepts distinct zones of one region", () => expect(check(["ap-guangzhou-3", "ap-guangzhou-4"]).zones).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4"]));
        it("refuses a single zone with the message STYLE.md shows", () => {
            const { problems } = check(["ap-guangzhou-3"]);
            const err = new ComponentArgsError("zonesafe:test:Planner", "t", problems);
            expect(err.message).to.include("`zones` must list at least 2 distinct zones for a test; got 1 (ap-guangzhou-3).");
        });
        it("refuses repeated zones", () => expect(check(["ap-guangzhou-3", "ap-guangzhou-3"]).problems[0].rule).to.include("each zone once"));
        it("refuses mixed regions", () => expect(check(["ap-guangzhou-3", "ap-shanghai-2"]).problems[0].rule).to.include("one region"));
        it("refuses a malformed zone, naming its index", () => expect(check(["ap-guangzhou-3", "gz4"]).problems[0].field).to.equal("zones[1]"));
        it("refuses a non-list", () => expect(check("ap-guangzhou-3").problems[0].field).to.equal("zones"));
        it("enforces a maximum", () => expect(check(["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"], 2, 2).problems[0].rule).to.include("at most 2"));
        it("allows repeats where replicas may share a zone", () => {
            const v = validator();
            expect(validateZoneNames(v, "replicaZones", ["ap-guangzhou-3", "ap-guangzhou-3"])).to.have.length(2);
            expect(v.problems).to.deep.equal([]);
        });
    });

    describe("validateZonalSubnets", () => {
        it("returns the zones of subnets given with their ids", () => {
            const v = validator();
            const zones = validateZonalSubnets(v, "subnets", [{ zone: "ap-guangzhou-3", subnetId: "s1" }, { zone: "ap-guangzhou-4", subnetId: "s2" }], { purpose: "for a pool" });
            expect(zones).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4"]);
        });
        it("names the subnet without an id and the subnet with a bad zone", () => {
            const v = validator();
            validateZonalSubnets(v, "subnets", [{ zone: "ap-guangzhou-3" }, { zone: "x", subnetId: "s2" }], { purpose: "for a pool" });
            expect(v.problems.map((p) => p.field)).to.deep.equal(["subnets[0].subnetId"]);
            const w = validator();
            validateZonalSubnets(w, "subnets", [{ zone: "ap-guangzhou-3", subnetId: "s1" }, { zone: "x", subnetId: "s2" }], { purpose: "for a pool" });
            expect(w.problems.map((p) => p.field)).to.deep.equal(["subnets[1].zone"]);
        });
        it("refuses two subnets in one zone", () => {
            const v = validator();
            validateZonalSubnets(v, "subnets", [{ zone: "ap-guangzhou-3", subnetId: "s1" }, { zone: "ap-guangzhou-3", subnetId: "s2" }], { purpose: "for a pool" });
            expect(v.problems[0].rule).to.include("each zone once");
        });
    });

    describe("placement", () => {
        it("places round-robin", () => expect(roundRobin(5, ["a-b-1", "a-b-2"])).to.deep.equal(["a-b-1", "a-b-2", "a-b-1", "a-b-2", "a-b-1"]));
        it("spreads evenly, the first zones taking the remainder", () => expect(evenSpread(7, ["z-a-1", "z-a-2", "z-a-3"])).to.deep.equal({ "z-a-1": 3, "z-a-2": 2, "z-a-3": 2 }));
        it("picks another zone", () => expect(otherZone(["z-a-1", "z-a-2"], "z-a-1")).to.equal("z-a-2"));
        it("has three default zones for Guangzhou", () => expect(defaultZones("ap-guangzhou")).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"]));
        it("has no default zones for a region it does not know, whatever its name", () => {
            for (const region of ["ap-mars", "constructor", "__proto__", "toString"]) expect(defaultZones(region), region).to.equal(undefined);
        });

        const zoneLists = fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }).map((ns) => ns.map((n) => `ap-guangzhou-${n}`));
        it("round-robin uses every zone and never skews by more than one", () => {
            fc.assert(
                fc.property(zoneLists, fc.integer({ min: 0, max: 200 }), (zones, count) => {
                    const placed = roundRobin(count, zones);
                    expect(placed).to.have.length(count);
                    const counts = zones.map((z) => placed.filter((p) => p === z).length);
                    expect(Math.max(...counts) - Math.min(...counts)).to.be.at.most(1);
                    expect(evenSpread(count, zones)).to.deep.equal(Object.fromEntries(zones.map((z, i) => [z, counts[i]])));
                }),
            );
        });
        it("validateZoneList either returns ≥ min distinct zones of one region or names the field", () => {
            const zone = fc.oneof(fc.constantFrom("ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6", "ap-shanghai-2", "bad"), fc.string());
            fc.assert(
                fc.property(fc.oneof(fc.array(zone, { maxLength: 5 }), fc.anything()), fc.integer({ min: 1, max: 4 }), (value, min) => {
                    const v = validator();
                    const zones = validateZoneList(v, "zones", value, { min, purpose: "for a test" });
                    if (zones) {
                        expect(new Set(zones).size).to.equal(zones.length);
                        expect(zones.length).to.be.at.least(min);
                        expect(new Set(zones.map((z) => parseZone(z)!.region)).size).to.equal(1);
                        expect(v.problems).to.deep.equal([]);
                    } else {
                        expect(v.problems.length).to.be.greaterThan(0);
                        for (const p of v.problems) expect(p.field.startsWith("zones")).to.equal(true);
                    }
                }),
            );
        });
    });

    describe("describeValue", () => {
        it("describes values for messages", () => {
            expect(describeValue(undefined)).to.equal("nothing");
            expect(describeValue("a")).to.equal('"a"');
            expect(describeValue([1, "b"])).to.equal('[1, "b"]');
            expect(describeValue({ a: 1 })).to.equal("{a: 1}");
            expect(describeValue("x".repeat(200))).to.have.length(120);
        });
    });
});
