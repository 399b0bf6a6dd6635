/**
 * The drill runner's clock: every figure it measures (RTO, the heartbeat's acknowledgement times and
 * so RPO) and every wait between polls goes through one `Clock`, real by default. Tests inject a
 * {@link ManualClock}, whose time moves only when something sleeps, so that the arithmetic of a run is
 * exact and a run that polls for minutes takes milliseconds.
 */

/** Time for the runner: milliseconds since the epoch, and waiting. */
export interface Clock {
    /** The current time, in milliseconds since the epoch. */
    now(): number;
    /** Waits `ms` milliseconds of this clock's time. */
    sleep(ms: number): Promise<void>;
}

/** The real clock: `Date.now()` and timers. */
export const realClock: Clock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/**
 * A clock whose time advances only by `sleep` (and {@link advance}): a sleep moves the time forward at
 * once and resolves after the pending I/O callbacks, so that real requests still make progress.
 */
export class ManualClock implements Clock {
    private time: number;

    /** Starts at `start` milliseconds since the epoch. */
    constructor(start = Date.UTC(2026, 0, 1)) {
        this.time = start;
    }

    now(): number {
        return this.time;
    }

    async sleep(ms: number): Promise<void> {
        this.time += Math.max(0, ms);
        await new Promise((resolve) => setImmediate(resolve));
    }

    /** Moves the time forward by `ms`. */
    advance(ms: number): void {
        this.time += Math.max(0, ms);
    }
}
