import * as pulumi from "@pulumi/pulumi";
/** The version of the tencentcloud package this SDK was generated for. */
export declare function getVersion(): string;
/** Default resource options for this package. */
export declare function resourceOptsDefaults(): pulumi.ResourceOptions;
/**
 * Registers the parameterized package with the engine once and returns its reference, which every
 * resource of this package sends with its registration.
 */
export declare function getPackage(): Promise<string | undefined>;
