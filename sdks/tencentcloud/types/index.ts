// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as input from "./input";
import * as output from "./output";

export { input, output };
