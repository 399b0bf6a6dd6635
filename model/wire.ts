/**
 * The sentinels of the Pulumi wire format: the JSON shape in which the engine hands property values
 * to an analyzer (and a program's mock monitor receives them). Special objects carry the signature
 * key {@link SIG_KEY} with one of the signature values below; a value unknown during a preview is
 * the string {@link UNKNOWN}. The values are those of the Pulumi SDK's `runtime/rpc` module
 * (`specialSigKey`, `specialSecretSig`, `specialResourceSig`, `specialOutputValueSig`,
 * `unknownValue`) and the policy SDK's unknown sentinels per type.
 */

/** The signature key the wire format uses to mark special objects. */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
/** The signature value of a secret: `{[SIG_KEY]: SECRET_SIG, value}`. */
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
/** The signature value of a resource reference: `{[SIG_KEY]: RESOURCE_REF_SIG, urn, id?, packageVersion?}`. */
export const RESOURCE_REF_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
/** The signature value of an output value: `{[SIG_KEY]: OUTPUT_VALUE_SIG, value?, secret?, dependencies?}`. */
export const OUTPUT_VALUE_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
/** The sentinel string of a value unknown during a preview, as the engine sends it on the wire. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/**
 * Every sentinel string that stands for an unknown value: {@link UNKNOWN} (a string, and what the
 * engine sends) and the policy SDK's typed ones, which a pack may meet in values it copies.
 */
export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
    UNKNOWN, // string
    "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
    "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
    "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
    "030794c1-ac77-496b-92df-f27374a8bd58", // asset
    "e48ece36-62e2-4504-bad9-02848725956a", // archive
    "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);

/** Whether a raw value is one of the unknown sentinels. */
export function isUnknownSentinel(value: unknown): boolean {
    return typeof value === "string" && UNKNOWN_SENTINELS.has(value);
}

/** Whether a raw value is a wire-form secret, `{[SIG_KEY]: SECRET_SIG, value}`. */
export function isWireSecret(value: unknown): value is { [SIG_KEY]: typeof SECRET_SIG; value?: unknown } {
    return typeof value === "object" && value !== null && !Array.isArray(value) && (value as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;
}
