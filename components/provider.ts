/**
 * The component provider: serves every component of this package over the Pulumi provider
 * protocol, so that Python, Go, .NET and YAML programs use them after `pulumi package add`
 * (see `plugin/PulumiPlugin.yaml`). The schema is derived from the TypeScript sources: the
 * constructors' `args` interfaces are the inputs, the public fields the outputs.
 */
import * as path from "node:path";
import { componentProviderHost, getPulumiComponents } from "@pulumi/pulumi/provider/experimental";
import * as components from "./index";

/** The package name of the schema: resource tokens are `zonesafe:index:<Component>`. */
export const PROVIDER_NAME = "zonesafe";

// The host reads tsconfig.json and the .ts sources from the package root, one level above dist/.
void componentProviderHost({ name: PROVIDER_NAME, dirname: path.resolve(__dirname, ".."), components: getPulumiComponents(components) });
