/**
 * The `zonesafe drill` command group: `drill plan` (offline: the experiments that verify a stack's
 * AZ-failure estimates) and `drill run` (online: one experiment run for real and measured; run.ts). Each subcommand is registered by its own function below, so that another one
 * is a function and one line in {@link registerDrillCommands}.
 *
 * The program-level `--format` is shared with the report commands: it also accepts the plan formats
 * (`yaml`, `md`), and a command other than `drill` refuses them.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import { ZONE_LABELS } from "@zonesafe/drills/chaosMesh";
import { parseDuration } from "@zonesafe/engine/supervisor";
import { CliError } from "../errors";
import { DRILL_PLAN_FORMATS, drillPlanCommand, DrillIo } from "./plan";
import { addDrillRunCommand } from "./run";

const collect = (value: string, previous: string[]) => [...previous, value];

/** Parses `--duration`: seconds, or an amount with a unit (`90s`, `15m`); milliseconds. */
export function durationOption(value: string): number {
    try {
        return parseDuration(value);
    } catch (e) {
        throw new InvalidArgumentError((e as Error).message.replace(/^./, (c) => c.toUpperCase()) + ".");
    }
}

/**
 * Lets the program-level `--format` take the drill plan formats too, and makes every other command
 * refuse them with one line.
 */
function shareFormatOption(program: Command): void {
    const format = program.options.find((o) => o.long === "--format");
    const reportFormats = format?.argChoices ?? [];
    if (!format || reportFormats.length === 0) return;
    const planOnly = DRILL_PLAN_FORMATS.filter((f) => !reportFormats.includes(f));
    format.choices([...reportFormats, ...planOnly]);
    program.hook("preSubcommand", (root, sub) => {
        const value = root.getOptionValue("format") as string | undefined;
        if (sub.name() !== "drill" && value !== undefined && (planOnly as readonly string[]).includes(value)) {
            throw new CliError(`--format ${value} is a drill plan format, not a report format of ${sub.name()}`, `use --format ${reportFormats.join(", ")}`);
        }
    });
}

/** `zonesafe drill plan`. */
function registerPlan(drill: Command, io: DrillIo, setExit: (code: number) => void): void {
    drill
        .command("plan")
        .description("plan the chaos drills that verify the AZ-failure estimates: an az-loss experiment per zone, two data drills per MySQL instance (offline; prints JSON, YAML or a Markdown runbook with --format json|yaml|md)")
        .option("--cwd <dir>", "the project directory, holding Pulumi.yaml (default: the current directory)")
        .option("-s, --stack <name>", "the stack whose Pulumi.<stack>.yaml configures the program run (default: the only one)")
        .option("--state <file>", "plan from a deployed stack (`pulumi stack export`) or a `pulumi preview --json` document instead of running the program")
        .option("-c, --config <key=value>", "set or override a config value (repeatable)", collect, [])
        .option("--secret <key=value>", "set a secret config value (repeatable)", collect, [])
        .option("--check-url <url>", "the service's health endpoint the status checks probe (default: resolved when the drill runs)")
        .option("--namespace <name>", "the namespace of the Chaos Mesh objects (default: chaos-mesh)")
        .addOption(new Option("--zone-label <label>", "the node label a zone is selected by (TKE sets both to the numeric zone id)").choices(ZONE_LABELS))
        .addOption(new Option("--duration <duration>", "how long a zone stays lost (60s to 24h; default: the RTO target)").argParser(durationOption))
        .addOption(new Option("--check-interval <duration>", "time between two probes of a status check (2s to 5m; default: 10s)").argParser(durationOption))
        .option("--drill-database <name>", "the database the data drills write their heartbeat rows to (default: zonesafe_drill)")
        .action(async (_o, cmd: Command) => {
            const opts = cmd.optsWithGlobals();
            const root = cmd.parent?.parent;
            // The program-level --format defaults to the report's text: a plan without --format is JSON.
            const format = root?.getOptionValueSource("format") === "default" ? undefined : (opts.format as string | undefined);
            setExit(await drillPlanCommand({ ...opts, format }, io));
        });
}

/** Registers the `drill` command group on the program. */
export function registerDrillCommands(program: Command, io: DrillIo, setExit: (code: number) => void): Command {
    shareFormatOption(program);
    const drill = program.command("drill").description("plan and run chaos drills that measure RTO and RPO instead of estimating them");
    registerPlan(drill, io, setExit);
    addDrillRunCommand(drill, io, setExit);
    return drill;
}
