/**
 * Keys that come from outside (a zone, a label, a tag, a config key) on plain objects. Every plain
 * object inherits `constructor`, `toString` and the `__proto__` accessor, so such a key is read
 * through own properties only ({@link getOwn}) and written by definition ({@link setOwn}): assigning
 * `__proto__` would set the object's prototype instead of a property.
 */

/** The own property `key` of `target`, or `undefined` when it has none (never an inherited member). */
export function getOwn<T>(target: Readonly<Record<string, T>>, key: string): T | undefined {
    return Object.hasOwn(target, key) ? target[key] : undefined;
}

/** Sets `target[key]` as an own, enumerable data property, whatever the key. */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
    if (key === "__proto__") {
        // Object.prototype has no other setter, so every other key takes a plain (faster) assignment alike.
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    } else {
        target[key] = value;
    }
}
