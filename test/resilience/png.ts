/**
 * A minimal PNG decoder for screenshot assertions. Chromium's screenshots are 8-bit, non-interlaced
 * RGB or RGBA PNGs; decoding them needs only zlib (Node's) and the five scanline filters, so the tests
 * count pixels without an image library as a dependency. Anything else is refused with an error.
 */
import { inflateSync } from "zlib";

/** A decoded image: RGBA bytes, row by row. */
export interface Image {
    readonly width: number;
    readonly height: number;
    /** 4 bytes (R, G, B, A) per pixel. */
    readonly rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(a: number, b: number, c: number): number {
    const p = a + b - c;
    const pa = Math.abs(p - a);
    const pb = Math.abs(p - b);
    const pc = Math.abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG. */
export function decodePng(png: Buffer): Image {
    if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) {
        throw new Error("not a PNG file");
    }
    let offset = 8;
    let width = 0;
    let height = 0;
    let channels = 0;
    const data: Buffer[] = [];
    while (offset + 8 <= png.length) {
        const length = png.readUInt32BE(offset);
        const type = png.toString("latin1", offset + 4, offset + 8);
        const body = png.subarray(offset + 8, offset + 8 + length);
        if (type === "IHDR") {
            width = body.readUInt32BE(0);
            height = body.readUInt32BE(4);
            const depth = body[8];
            const colorType = body[9];
            const interlace = body[12];
            if (depth !== 8 || (colorType !== 2 && colorType !== 6) || interlace !== 0) {
                throw new Error(`unsupported PNG: bit depth ${depth}, color type ${colorType}, interlace ${interlace}`);
            }
            channels = colorType === 6 ? 4 : 3;
        } else if (type === "IDAT") {
            data.push(body);
        } else if (type === "IEND") {
            break;
        }
        offset += 12 + length;
    }
    if (width === 0 || channels === 0) {
        throw new Error("PNG without IHDR");
    }
    const raw = inflateSync(Buffer.concat(data));
    const stride = width * channels;
    const pixels = new Uint8Array(height * stride);
    for (let y = 0; y < height; y++) {
        const filter = raw[y * (stride + 1)];
        const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
        const row = y * stride;
        for (let x = 0; x < stride; x++) {
            const a = x >= channels ? pixels[row + x - channels] : 0;
            const b = y > 0 ? pixels[row - stride + x] : 0;
            const c = x >= channels && y > 0 ? pixels[row - stride + x - channels] : 0;
            const v = line[x];
            let out: number;
            switch (filter) {
                case 0:
                    out = v;
                    break;
                case 1:
                    out = v + a;
                    break;
                case 2:
                    out = v + b;
                    break;
                case 3:
                    out = v + ((a + b) >> 1);
                    break;
                case 4:
                    out = v + paeth(a, b, c);
                    break;
                default:
                    throw new Error(`unknown PNG filter ${filter} on row ${y}`);
            }
            pixels[row + x] = out & 0xff;
        }
    }
    if (channels === 4) {
        return { width, height, rgba: pixels };
    }
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0, j = 0; i < pixels.length; i += 3, j += 4) {
        rgba[j] = pixels[i];
        rgba[j + 1] = pixels[i + 1];
        rgba[j + 2] = pixels[i + 2];
        rgba[j + 3] = 255;
    }
    return { width, height, rgba };
}

/** How many pixels are not (near) white. */
export function inkedPixels(image: Image, tolerance = 24): number {
    let count = 0;
    for (let i = 0; i < image.rgba.length; i += 4) {
        if (image.rgba[i] < 255 - tolerance || image.rgba[i + 1] < 255 - tolerance || image.rgba[i + 2] < 255 - tolerance) {
            count++;
        }
    }
    return count;
}

/** How many pixels are close to a color (`#rrggbb`), channel by channel within `tolerance`. */
export function pixelsNear(image: Image, hex: string, tolerance = 40): number {
    const r = parseInt(hex.slice(1, 3), 16);
    const g = parseInt(hex.slice(3, 5), 16);
    const b = parseInt(hex.slice(5, 7), 16);
    let count = 0;
    for (let i = 0; i < image.rgba.length; i += 4) {
        if (Math.abs(image.rgba[i] - r) <= tolerance && Math.abs(image.rgba[i + 1] - g) <= tolerance && Math.abs(image.rgba[i + 2] - b) <= tolerance) {
            count++;
        }
    }
    return count;
}
