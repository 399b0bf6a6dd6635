/** Acme's CrossGuard pack: `pulumi preview --policy-pack <this folder>` or `zonesafe preview --policy-pack <this folder>`. */
import { PolicyPack } from "@pulumi/policy";
import { policies } from "./policies";

new PolicyPack("acme-clb-guard", { policies });
