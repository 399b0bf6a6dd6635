"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.output = exports.input = void 0;
const input = require("./input");
exports.input = input;
const output = require("./output");
exports.output = output;
