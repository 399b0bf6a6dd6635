/**
 * Container image pinning: an image runs the same code wherever and whenever it starts only when
 * its reference names a digest or a fixed tag.
 */

/** The digest form `@sha256:<64 hex digits>` at the end of an image reference. */
const DIGEST = /@sha256:[0-9a-f]{64}$/;

/**
 * Whether an image reference is pinned: it ends in a sha256 digest, or its last path part has a
 * tag other than `latest` (`registry:5000/app` has none: the port is not a tag). A reference with
 * an `@` is pinned only by a well-formed digest.
 */
export function isPinnedImage(image: unknown): image is string {
    if (typeof image !== "string" || image.trim() === "" || /\s/.test(image)) return false;
    if (image.includes("@")) return DIGEST.test(image);
    const last = image.slice(image.lastIndexOf("/") + 1);
    const colon = last.lastIndexOf(":");
    if (colon <= 0) return false;
    const tag = last.slice(colon + 1);
    return tag !== "" && tag !== "latest";
}
