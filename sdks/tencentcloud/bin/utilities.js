"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.getVersion = getVersion;
exports.resourceOptsDefaults = resourceOptsDefaults;
exports.getPackage = getPackage;
const pulumi = require("@pulumi/pulumi");
const resproto = require("@pulumi/pulumi/proto/resource_pb");
/** The version of the tencentcloud package this SDK was generated for. */
function getVersion() {
    return "1.82.42";
}
/** Default resource options for this package. */
function resourceOptsDefaults() {
    return { version: getVersion() };
}
/**
 * The parameterization of the base provider that this SDK was generated from:
 * {"remote":{"url":"registry.opentofu.org/tencentcloudstack/tencentcloud","version":"1.82.42"}}
 */
const PARAMETER = "eyJyZW1vdGUiOiB7InVybCI6ICJyZWdpc3RyeS5vcGVudG9mdS5vcmcvdGVuY2VudGNsb3Vkc3RhY2svdGVuY2VudGNsb3VkIiwgInZlcnNpb24iOiAiMS44Mi40MiJ9fQ==";
let packageRef;
/**
 * Registers the parameterized package with the engine once and returns its reference, which every
 * resource of this package sends with its registration.
 */
function getPackage() {
    if (packageRef === undefined) {
        if (!pulumi.runtime.supportsParameterization()) {
            throw new Error("The Pulumi CLI does not support parameterization. Please update the Pulumi CLI.");
        }
        const monitor = pulumi.runtime.getMonitor();
        packageRef = new Promise((resolve, reject) => {
            monitor.registerPackage(new resproto.RegisterPackageRequest()
                .setName("terraform-provider")
                .setVersion("1.0.2")
                .setDownloadUrl("")
                .setParameterization(new resproto.Parameterization()
                .setName("tencentcloud")
                .setVersion(getVersion())
                .setValue(Buffer.from(PARAMETER, "base64"))), (err, resp) => (err ? reject(err) : resolve(resp.getRef())));
        });
    }
    return packageRef;
}
