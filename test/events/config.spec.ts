import { expect } from "chai";
import { ConfigError, parseSettings } from "../../stacks/config";
import { raw, RETAIL } from "../support/stackConfig";

const retail = RETAIL;
const double11 = { name: "double-11", start: "2027-11-11T00:00:00+08:00", end: "2027-11-12T02:00:00+08:00", peakQps: 24000, warmUpMinutes: 60 };

/** The error's lines, `zonesafe:<key>: <message>`, or [] when the configuration is accepted. */
function linesOf(values: Record<string, unknown>): string[] {
    try {
        parseSettings(raw(values));
    } catch (e) {
        expect(e).to.be.instanceOf(ConfigError);
        return (e as ConfigError).message.split("\n").slice(1).map((l) => l.trim());
    }
    return [];
}

describe("events: the stack configuration (zonesafe:events, zonesafe:capacity, zonesafe:eventReadinessDays)", () => {
    it("reads the events, the capacity figures and the readiness horizon into the settings", () => {
        const s = parseSettings(raw({ ...retail, events: [double11], capacity: { qpsPerNode: 1000, qpsPerReplica: 1500 }, eventReadinessDays: "730" }));
        expect(s.events).to.have.length(1);
        expect(s.events[0]).to.include({ name: "double-11", start: double11.start, peakQps: 24000, warmUpMinutes: 60 });
        expect(s.events[0].startMs).to.equal(Date.UTC(2027, 10, 10, 16));
        expect(s.capacity).to.deep.equal({ qpsPerNode: 1000, qpsPerReplica: 1500 });
        expect(s.eventReadinessDays).to.equal(730);
    });

    it("has no events, no figures and no horizon of its own when the keys are not set", () => {
        const s = parseSettings(raw(retail));
        expect(s.events).to.deep.equal([]);
        expect(s.capacity).to.deep.equal({});
        expect(s).to.not.have.property("eventReadinessDays");
    });

    it("names each bad event field (events[0].end) among the other keys' problems, with its fix", () => {
        const lines = linesOf({
            ...retail,
            nodesPerZone: 0,
            events: [double11, { ...double11, start: "2027-11-11 00:00", peakQps: -1 }, { ...double11, name: "spring-festival", end: "2027-11-10T00:00:00+08:00" }],
        });
        expect(lines).to.deep.equal([
            "- zonesafe:nodesPerZone: must be a whole number between 1 and 100; got '0'",
            '- zonesafe:events[1].name: must be unique; \'double-11\' is declared twice, rename one of them',
            '- zonesafe:events[1].start: must be an ISO 8601 time with its time zone, e.g. 2026-11-11T00:00:00+08:00; got "2027-11-11 00:00"',
            "- zonesafe:events[1].peakQps: must be the expected peak in requests per second, a number above 0; got -1",
            "- zonesafe:events[2].end: must be after start (2027-11-11T00:00:00+08:00); got 2027-11-10T00:00:00+08:00",
        ]);
    });

    it("refuses events that are not a list, naming the key", () => {
        expect(linesOf({ ...retail, events: { name: "double-11" } })).to.deep.equal([
            '- zonesafe:events: must be a list of events, e.g. [{ name: "double-11", start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T02:00:00+08:00", peakQps: 120000, warmUpMinutes: 60 }]; got {"name":"double-11"}',
        ]);
    });

    it("refuses a bad capacity figure or an unknown one, and a horizon that is not whole days", () => {
        expect(linesOf({ ...retail, capacity: { qpsPerNode: 0, qpsPerPod: 5 }, eventReadinessDays: "two weeks" })).to.deep.equal([
            '- zonesafe:eventReadinessDays: must be whole days from 1 to 3650 (events starting within them must be ready); got "two weeks"',
            "- zonesafe:capacity.qpsPerPod: is not a capacity figure; use qpsPerNode, qpsPerReplica, qpsPerInstance",
            "- zonesafe:capacity.qpsPerNode: must be the requests per second one unit serves, a number above 0 (measure it with a load test); got 0",
        ]);
        expect(linesOf({ ...retail, eventReadinessDays: "0" })).to.have.length(1);
        expect(linesOf({ ...retail, eventReadinessDays: "3651" })).to.have.length(1);
        expect(linesOf({ ...retail, eventReadinessDays: "3650" })).to.deep.equal([]);
    });
});
