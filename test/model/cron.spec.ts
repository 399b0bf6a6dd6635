import { expect } from "chai";
import * as fc from "fast-check";
import { cronAt, firstFiringAfter, formatInOffsetOf, lastFiringAtOrBefore, offsetMinutesOf, readCron, TKE_CRON_SCALER, TKE_CRON_SCALER_TYPE } from "@zonesafe/model";
import { cronAt as componentsCronAt } from "../../components/scaling/eventCapacity";
import { TKE_CRON_SCALER as componentsScaler } from "../../components/kubernetes/spreadWorkload";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A cron that must read. */
function cron(text: string) {
    const r = readCron(text);
    if (r.cron === undefined) throw new Error(`${text}: ${r.problem}`);
    return r.cron;
}

describe("model: the six-field cron of TKE's scheduled HPA scaling (HorizontalPodCronscaler)", () => {
    it("is the one writer the components use, and names the custom resource once", () => {
        expect(componentsCronAt).to.equal(cronAt);
        expect(componentsScaler).to.equal(TKE_CRON_SCALER);
        expect(TKE_CRON_SCALER_TYPE).to.equal("kubernetes:autoscaling.cloud.tencent.com/v1:HorizontalPodCronscaler");
        expect(cronAt("2027-11-10T23:00:00+08:00")).to.equal("0 0 23 10 11 *");
        expect(() => cronAt("tomorrow")).to.throw("not a schedule time: tomorrow");
    });

    it("reads back what it writes: the cron fires at that time in the time's offset, and at no other within 300 days either side", () => {
        const offsets = ["+08:00", "+00:00", "-05:00", "+05:30", "+09:00"];
        fc.assert(
            fc.property(fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2030, 11, 31) }), fc.constantFrom(...offsets), (raw, offset) => {
                const ms = Math.floor(raw / 1000) * 1000;
                const time = formatInOffsetOf(ms, `2026-01-01T00:00:00${offset}`);
                const c = cron(cronAt(time));
                const minutes = offsetMinutesOf(time);
                expect(lastFiringAtOrBefore(c, ms, minutes, 0)).to.equal(ms);
                expect(lastFiringAtOrBefore(c, ms - 1000, minutes, 300 * DAY)).to.equal(undefined);
                expect(firstFiringAfter(c, ms - 1000, minutes, ms + 1000)).to.equal(ms);
                expect(firstFiringAfter(c, ms, minutes, ms + 300 * DAY)).to.equal(undefined);
            }),
            { numRuns: 60 },
        );
    });

    it("reads values, ranges, lists, steps, names, `?` and descriptors; day of month or day of week when both are set", () => {
        const c = cron("*/15 0 9-17/4 ? JAN-MAR mon,FRI");
        expect(c.seconds).to.deep.equal([0, 15, 30, 45]);
        expect(c.hours).to.deep.equal([9, 13, 17]);
        expect(c.months).to.deep.equal([1, 2, 3]);
        expect(c.daysOfWeek).to.deep.equal([1, 5]);
        expect(c.eitherDay).to.equal(false);
        expect(cron("0 0 0 * * 7").daysOfWeek).to.deep.equal([0]);
        expect(cron("@daily").text).to.equal("@daily");
        // 1 December 2027 is a Wednesday: `0 0 12 1 * MON` fires on it (the 1st) and on Monday 6th.
        const both = cron("0 0 12 1 * MON");
        expect(both.eitherDay).to.equal(true);
        const from = Date.UTC(2027, 11, 1);
        const first = firstFiringAfter(both, from, 0, from + 10 * DAY)!;
        expect(new Date(first).toISOString()).to.equal("2027-12-01T12:00:00.000Z");
        expect(new Date(firstFiringAfter(both, first, 0, from + 10 * DAY)!).toISOString()).to.equal("2027-12-06T12:00:00.000Z");
    });

    it("finds the latest firing within a lookback and the first before a deadline, in the offset given", () => {
        const daily = cron("0 30 22 * * *");
        const readyBy = Date.parse("2027-11-10T23:00:00+08:00");
        expect(formatInOffsetOf(lastFiringAtOrBefore(daily, readyBy, 480, DAY)!, "+08:00")).to.equal("2027-11-10T22:30:00+08:00");
        expect(lastFiringAtOrBefore(daily, readyBy, 480, 20 * 60_000)).to.equal(undefined);
        // Read in UTC, the same cron fires at 22:30Z, 06:30 the next day in +08:00.
        expect(formatInOffsetOf(firstFiringAfter(daily, readyBy, 0, readyBy + DAY)!, "+08:00")).to.equal("2027-11-11T06:30:00+08:00");
        expect(offsetMinutesOf("2027-11-10T23:00:00-03:30")).to.equal(-210);
        expect(offsetMinutesOf("2027-11-10T23:00:00Z")).to.equal(0);
    });

    it("never throws on a cron it cannot read, and names the field and the rule", () => {
        expect(readCron("0 0 23 10 11")).to.deep.equal({ problem: "`0 0 23 10 11` has 5 fields; TKE's scheduled scaling takes six (seconds minutes hours day-of-month month day-of-week)" });
        expect(readCron("0 0 24 10 11 *").problem).to.equal("hours `24` must lie within 0–23");
        expect(readCron("0 0 1 32 11 *").problem).to.equal("day of month `32` must lie within 1–31");
        expect(readCron("0 0 1 1 NOPE *").problem).to.equal("month `NOPE` must lie within 1–12");
        expect(readCron("0 0 1 1 1 */0").problem).to.equal("day of week `*/0` has a step below 1");
        expect(readCron("0 0 ? 1 1 *").problem).to.equal("hours `?` must lie within 0–23");
        expect(readCron("CRON_TZ=Asia/Shanghai 0 0 23 10 11 *").problem).to.contain("is a form that is not read here");
        expect(readCron(undefined).problem).to.equal("is not a cron expression");
        for (const member of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
            expect(readCron(member).problem).to.equal(`\`${member}\` has 1 field; TKE's scheduled scaling takes six (seconds minutes hours day-of-month month day-of-week)`);
        }
        fc.assert(
            fc.property(fc.oneof(fc.string(), fc.array(fc.constantFrom("*", "?", "0", "5-1", "1/2", "MON", "x", ",", "-", "/", "99"), { maxLength: 8 }).map((a) => a.join(" "))), (text) => {
                const r = readCron(text);
                expect(r.cron === undefined).to.equal(typeof r.problem === "string");
            }),
        );
    });
});
