/**
 * The HTML report with the resilience sections, opened in a real headless Chromium (Debian's
 * `chromium`, driven by playwright-core; no browser is downloaded): no console error, nothing
 * fetched, and the diagram drawn — the SVG has a size, holds a node per resource placement, and its
 * screenshot has ink in the risk colors; choosing a lost zone shows its overlay.
 *
 * Pending, with the reason and how to install it, only when no Chromium is found outside CI
 * (test/support/chromium.ts); under CI=true a missing browser fails.
 */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import type { BrowserContext, Page } from "playwright-core";
import { buildResilienceSection, resilienceConfigOf, resilienceSectionProvider, ResilienceSection } from "../../cli/analysis";
import { PALETTE } from "../../cli/report/diagram";
import { renderHtml } from "../../cli/report/html";
import { buildReport } from "../../cli/report/model";
import { evaluatePolicyPacks } from "../../engine/evaluate";
import { AZ_FAILURE_POLICY } from "../../policies/resilience";
import { legacyStack } from "./fixtures";
import { decodePng, inkedPixels, pixelsNear } from "./png";
import { requireChromium } from "../support/chromium";

let browserPath = "";
const LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];
const PACK = path.resolve(__dirname, "../../policies");

describe("resilience/html: the report in a real headless Chromium", function () {
    this.timeout(180_000);
    let tmp: string;
    let context: BrowserContext | undefined;
    let page: Page;
    let section: ResilienceSection;
    const consoleErrors: string[] = [];
    const requests: string[] = [];
    let reportFile: string;

    before(async function () {
        browserPath = requireChromium(this);
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zonesafe-resilience-html-"));
        const stack = legacyStack();
        const started = Date.now();
        const evaluation = await evaluatePolicyPacks(stack, [
            { dir: PACK, config: { all: "advisory", "mysql-instance-multi-az": "mandatory", [AZ_FAILURE_POLICY]: { enforcementLevel: "mandatory" } } },
        ]);
        const evaluationMs = Date.now() - started;
        section = await buildResilienceSection(stack, evaluation.findings, resilienceConfigOf(evaluation));
        const report = buildReport({
            command: "assess",
            source: { kind: "stack-export", path: "retail-legacy.json" },
            evaluation,
            notes: [],
            evaluationMs,
            totalMs: Date.now() - started,
        });
        reportFile = path.join(tmp, "report.html");
        fs.writeFileSync(reportFile, renderHtml(report, [resilienceSectionProvider(section)]));

        const { chromium } = await import("playwright-core");
        context = await chromium.launchPersistentContext(path.join(tmp, "profile"), { executablePath: browserPath, headless: true, args: LAUNCH_ARGS, viewport: { width: 1400, height: 1000 } });
        page = context.pages()[0] ?? (await context.newPage());
        page.on("console", (msg) => {
            if (msg.type() === "error") consoleErrors.push(msg.text());
        });
        page.on("pageerror", (err) => consoleErrors.push(err.message));
        page.on("request", (req) => requests.push(req.url()));
        await page.goto(pathToFileURL(reportFile).href, { waitUntil: "load" });
    });

    after(async () => {
        await context?.close();
        if (tmp && process.env.ZONESAFE_KEEP_SCREENSHOTS !== "1") fs.rmSync(tmp, { recursive: true, force: true });
    });

    it("opens with no console error, no script and nothing fetched", async () => {
        expect(consoleErrors).to.deep.equal([]);
        expect(requests).to.deep.equal([pathToFileURL(reportFile).href]);
        expect(await page.locator("script").count()).to.equal(0);
        expect(await page.locator("section#resilience h2").textContent()).to.equal("Resilience: architecture and AZ-failure simulation (estimates)");
        expect(await page.locator("section#capacity").count()).to.equal(1);
    });

    it("draws the diagram: a sized SVG with a node per resource placement, and ink in the risk colors", async () => {
        const svg = page.locator("#zs-diagram .zs-view-0 svg");
        const box = await svg.boundingBox();
        expect(box, "the diagram has a bounding box").not.to.equal(null);
        expect(box!.width).to.be.greaterThan(200);
        expect(box!.height).to.be.greaterThan(200);
        const placements = section.model.resources.reduce((n, r) => n + r.placements.length, 0);
        expect(await svg.locator("g.node.resource").count()).to.equal(placements);
        const distinct = await svg.evaluate((el) => new Set([...el.querySelectorAll("g.node.resource")].map((g) => [...g.classList].find((c) => c.startsWith("rid-")))).size);
        expect(distinct).to.equal(section.model.resources.length);
        // Every node is painted: its shape has a rendered size.
        const sizes = await svg.evaluate((el) => [...el.querySelectorAll("g.node.resource path, g.node.resource polygon")].map((s) => (s as unknown as { getBBox(): { width: number } }).getBBox().width));
        expect(sizes.length).to.be.at.least(placements);
        expect(Math.min(...sizes)).to.be.greaterThan(20);

        const file = path.join(tmp, "diagram.png");
        const image = decodePng(await svg.screenshot({ path: file }));
        expect(image.width).to.be.greaterThan(200);
        const inked = inkedPixels(image) / (image.width * image.height);
        expect(inked, "share of non-white pixels").to.be.greaterThan(0.05);
        // orders-db carries a mandatory finding (red); the other resources advisory ones (amber).
        expect(section.model.resources.find((r) => r.name === "orders-db")?.level).to.equal("mandatory");
        expect(pixelsNear(image, PALETTE.mandatory.stroke, 30), "red outline pixels").to.be.greaterThan(100);
        expect(pixelsNear(image, PALETTE.advisory.fill, 6), "amber fill pixels").to.be.greaterThan(1000);
        await page.screenshot({ path: path.join(tmp, "report.png"), fullPage: true });
        expect(fs.statSync(path.join(tmp, "report.png")).size).to.be.greaterThan(10_000);
    });

    it("shows the overlay of a lost zone when it is chosen", async () => {
        expect(await page.locator("#zs-diagram .zs-view-1").isVisible()).to.equal(false);
        await page.locator('label[for="zs-view-1"]').click();
        expect(await page.locator("#zs-diagram .zs-view-0").isVisible()).to.equal(false);
        const overlay = page.locator("#zs-diagram .zs-view-1 svg");
        expect(await overlay.isVisible()).to.equal(true);
        expect(await overlay.locator("g.node.resource.down").count()).to.equal(await overlay.locator("g.node.resource").count());
        expect(await overlay.locator("g.cluster.lost text").first().textContent()).to.equal("ap-guangzhou-3 — LOST");
        const image = decodePng(await overlay.screenshot({ path: path.join(tmp, "overlay.png") }));
        expect(pixelsNear(image, PALETTE.lostZone.fill, 4), "greyed-out zone pixels").to.be.greaterThan(10_000);
        expect(consoleErrors).to.deep.equal([]);
    });
});
