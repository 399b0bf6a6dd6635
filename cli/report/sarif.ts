/**
 * The report as SARIF 2.1.0, the format GitHub code scanning reads to annotate pull requests.
 *
 * - `tool.driver` is zonesafe; its rules are the policies of every pack that ran (help text = the
 *   policy's fix), so a rule exists even for policies without a violation.
 * - Each finding is a result: `level` is `error` for a mandatory violation and `warning` for an advisory
 *   one; the resource is a logical location (its URN); the physical location is the stack's
 *   `Pulumi.<stack>.yaml` (preview) or the state file (assess), relative to the repository root, so code
 *   scanning has a file to annotate.
 * - `partialFingerprints` carry the finding's stable id, so re-uploads deduplicate; the run's
 *   `automationDetails.id` is `zonesafe/<project>/<stack>/`, so each stack is its own category.
 */
import * as path from "path";
import { displayPath, repositoryRoot } from "./paths";
import type { Report, ReportPolicy, ReportSeverity } from "./model";

/** The `$schema` URI written into SARIF logs. */
export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

/** The key of zonesafe's fingerprint in `partialFingerprints`. */
export const FINGERPRINT_KEY = "zonesafeFinding/v1";

/** Options for {@link renderSarif}. */
export interface SarifOptions {
    /**
     * The directory artifact URIs are relative to. Defaults to the git repository that holds the
     * artifact, else the one the command was started in, else the current directory.
     */
    root?: string;
    /** The directory the command was started in. Defaults to the current directory. */
    cwd?: string;
}

export { repositoryRoot } from "./paths";

const SECURITY_SEVERITY: Record<ReportSeverity, string> = { critical: "9.5", high: "7.5", medium: "5.0", low: "2.5" };

function sarifLevel(level: ReportPolicy["level"]): "error" | "warning" | "none" {
    return level === "mandatory" || level === "remediate" ? "error" : level === "advisory" ? "warning" : "none";
}

/**
 * A URI for `file` relative to `root` (forward slashes), based on `%SRCROOT%`. A file outside `root`
 * keeps a relative URI (`../shop/Pulumi.dev.yaml`): no absolute path of this machine is ever written.
 */
function artifactUri(file: string, root: string): { uri: string; uriBaseId: string } {
    return { uri: encodeURI(displayPath(file, root)), uriBaseId: "%SRCROOT%" };
}

/** Renders the report as a SARIF 2.1.0 log (a JSON text). */
export function renderSarif(report: Report, opts: SarifOptions = {}): string {
    const src = report.source;
    const artifact = src.kind === "program" ? (src.stackFile ?? src.entryFile ?? src.path) : src.path;
    const cwd = opts.cwd ?? process.cwd();
    const root = path.resolve(opts.root ?? repositoryRoot(path.dirname(path.resolve(artifact))) ?? repositoryRoot(cwd) ?? cwd);
    const location = artifactUri(path.resolve(artifact), root);

    // One rule per policy; a policy name that two packs share is qualified by its pack.
    const counts = new Map<string, number>();
    for (const p of report.packs) for (const pol of p.policies) counts.set(pol.name, (counts.get(pol.name) ?? 0) + 1);
    const ruleId = (pack: string, policy: string) => ((counts.get(policy) ?? 0) > 1 ? `${pack}/${policy}` : policy);
    const rules: Record<string, unknown>[] = [];
    const ruleIndex = new Map<string, number>();
    const addRule = (pack: string, version: string, pol: ReportPolicy) => {
        const id = ruleId(pack, pol.name);
        if (ruleIndex.has(id)) return;
        const security = pol.pillar === "security" || pol.tags.includes("security");
        const properties: Record<string, unknown> = { pack, packVersion: version, tags: [...new Set([...(pol.pillar ? [pol.pillar] : []), ...pol.tags])] };
        if (pol.severity) properties.severity = pol.severity;
        if (security && pol.severity) properties["security-severity"] = SECURITY_SEVERITY[pol.severity];
        const rule: Record<string, unknown> = {
            id,
            name: pol.name,
            shortDescription: { text: pol.description || pol.name },
            fullDescription: { text: pol.description || pol.name },
            defaultConfiguration: pol.level === "disabled" ? { enabled: false, level: "none" } : { level: sarifLevel(pol.level) },
            properties,
        };
        if (pol.fix) rule.help = { text: pol.fix };
        ruleIndex.set(id, rules.length);
        rules.push(rule);
    };
    for (const p of report.packs) for (const pol of p.policies) addRule(p.name, p.version, pol);

    const stackName = `${report.stack.project}-${report.stack.stack}`;
    const results = report.findings.map((f) => {
        const id = ruleId(f.pack, f.policy);
        if (!ruleIndex.has(id)) {
            addRule(f.pack, f.packVersion, {
                name: f.policy,
                description: f.description,
                level: f.level,
                severity: f.severity,
                pillar: f.pillar,
                fix: f.fix,
                tags: f.tags,
                type: f.urn ? "resource" : "stack",
            });
        }
        const logical = f.urn
            ? { name: f.resourceName ?? f.urn, fullyQualifiedName: f.urn, kind: "resource" }
            : { name: stackName, fullyQualifiedName: `${report.stack.project}/${report.stack.stack}`, kind: "module" };
        const properties: Record<string, unknown> = { pack: f.pack };
        if (f.severity) properties.severity = f.severity;
        if (f.pillar) properties.pillar = f.pillar;
        if (f.resourceType) properties.resourceType = f.resourceType;
        return {
            ruleId: id,
            ruleIndex: ruleIndex.get(id) as number,
            level: f.level === "mandatory" ? "error" : "warning",
            message: { text: f.message },
            locations: [
                {
                    physicalLocation: { artifactLocation: location, region: { startLine: 1 } },
                    logicalLocations: [logical],
                },
            ],
            partialFingerprints: { [FINGERPRINT_KEY]: f.id },
            properties,
        };
    });

    const runProperties: Record<string, unknown> = {
        project: report.stack.project,
        stack: report.stack.stack,
        mandatoryViolations: report.result.mandatoryViolations,
    };
    if (report.score) runProperties.healthScore = report.score.value;
    const run: Record<string, unknown> = {
        tool: {
            driver: {
                name: "zonesafe",
                fullName: "zonesafe offline policy check for Pulumi stacks",
                version: report.tool.version,
                semanticVersion: report.tool.version,
                rules,
            },
        },
        automationDetails: { id: `zonesafe/${report.stack.project}/${report.stack.stack}/` },
        invocations: [{ executionSuccessful: true, exitCode: report.result.exitCode, endTimeUtc: report.generatedAt }],
        results,
        properties: runProperties,
    };
    // The base is named, not located: its absolute path belongs to the machine that ran the command.
    run.originalUriBaseIds = { "%SRCROOT%": { description: { text: "The root of the repository that holds the stack's files." } } };
    const log = { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
    return JSON.stringify(log, null, 2) + "\n";
}
