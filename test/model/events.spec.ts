import { expect } from "chai";
import { declaredEvent, DEFAULT_WARM_UP_MINUTES, formatInOffsetOf, readCapacityFigures, readEvents, readReadinessDays, warmUpStartMs, withinHorizon } from "@zonesafe/model";

const double11 = { name: "double-11", start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T02:00:00+08:00", peakQps: 120000, warmUpMinutes: 90 };

describe("model: peak events (zonesafe:events)", () => {
    it("reads events from the JSON text Pulumi stores and from a parsed list alike", () => {
        for (const value of [JSON.stringify([double11]), [double11]]) {
            const { events, problems } = readEvents(value);
            expect(problems).to.deep.equal([]);
            expect(events).to.have.length(1);
            expect(events[0]).to.include({ name: "double-11", peakQps: 120000, warmUpMinutes: 90 });
            expect(events[0].startMs).to.equal(Date.UTC(2026, 10, 10, 16, 0, 0));
            expect(events[0].endMs - events[0].startMs).to.equal(26 * 3600_000);
        }
    });

    it("takes an hour of warm-up when none is given, and none when the key is not set", () => {
        const { warmUpMinutes, ...rest } = double11;
        expect(warmUpMinutes).to.equal(90);
        const [event] = readEvents([rest]).events;
        expect(event.warmUpMinutes).to.equal(DEFAULT_WARM_UP_MINUTES);
        expect(warmUpStartMs(event)).to.equal(event.startMs - 60 * 60_000);
        expect(readEvents(undefined)).to.deep.equal({ events: [], problems: [] });
    });

    it("names every bad field with its fix, and keeps the good events", () => {
        const { events, problems } = readEvents([
            double11,
            { name: "Spring Festival", start: "2027-02-06T00:00:00", end: "2027-02-05T00:00:00+08:00", peakQps: 0, warmUpMinutes: -5, qps: 1 },
            { ...double11 },
            "618",
        ]);
        expect(events.map((e) => e.name)).to.deep.equal(["double-11"]);
        const fields = problems.map((p) => p.field);
        expect(fields).to.have.members([
            "events[1].qps",
            "events[1].name",
            "events[1].start",
            "events[1].peakQps",
            "events[1].warmUpMinutes",
            "events[2].name",
            "events[3]",
        ]);
        const start = problems.find((p) => p.field === "events[1].start")!;
        expect(start.message).to.contain("time zone").and.contain("2026-11-11T00:00:00+08:00");
        expect(problems.find((p) => p.field === "events[2].name")!.message).to.contain("declared twice");
    });

    it("refuses an end at or before the start, and text that is not a list", () => {
        const { problems } = readEvents([{ ...double11, end: double11.start }]);
        expect(problems).to.have.length(1);
        expect(problems[0]).to.include({ field: "events[0].end" });
        expect(readEvents("{not json").problems[0].field).to.equal("events");
        expect(readEvents({ double11 }).problems[0].message).to.contain("must be a list");
    });

    it("formats instants on the event's own clock", () => {
        const ms = Date.parse("2026-11-10T23:00:00+08:00");
        expect(formatInOffsetOf(ms, double11.start)).to.equal("2026-11-10T23:00:00+08:00");
        expect(formatInOffsetOf(ms, "2026-11-11T00:00:00Z")).to.equal("2026-11-10T15:00:00+00:00");
        expect(formatInOffsetOf(ms, "2026-11-11T00:00:00-05:30")).to.equal("2026-11-10T09:30:00-05:30");
    });

    it("holds an event ready from the horizon before its start until its end", () => {
        const [event] = readEvents([double11]).events;
        const day = 86_400_000;
        expect(withinHorizon(event, event.startMs - 14 * day, 14)).to.equal(true);
        expect(withinHorizon(event, event.startMs - 14 * day - 1, 14)).to.equal(false);
        expect(withinHorizon(event, event.endMs - 1, 14)).to.equal(true);
        expect(withinHorizon(event, event.endMs, 14)).to.equal(false);
        expect(declaredEvent(event)).to.deep.equal(double11);
        expect(readEvents([declaredEvent(event)]).problems).to.deep.equal([]);
    });

    it("reads the readiness horizon and the capacity figures, naming a bad field with its fix", () => {
        expect(readReadinessDays(undefined)).to.deep.equal({ days: undefined });
        expect(readReadinessDays("30")).to.deep.equal({ days: 30 });
        expect(readReadinessDays(30)).to.deep.equal({ days: 30 });
        expect(readReadinessDays("30.5").problem).to.include({ field: "eventReadinessDays" });
        expect(readCapacityFigures('{"qpsPerNode":1000}')).to.deep.equal({ figures: { qpsPerNode: 1000 }, problems: [] });
        expect(readCapacityFigures(undefined)).to.deep.equal({ figures: {}, problems: [] });
        const bad = readCapacityFigures({ qpsPerReplica: "fast", qpsPerInstance: 5 });
        expect(bad.figures).to.deep.equal({ qpsPerInstance: 5 });
        expect(bad.problems.map((p) => p.field)).to.deep.equal(["capacity.qpsPerReplica"]);
        expect(readCapacityFigures("[1]").problems[0]).to.include({ field: "capacity" });
    });
});
