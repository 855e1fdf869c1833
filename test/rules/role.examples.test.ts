/**
 * Examples of src/rules/role.ts (STYLE.md): positive cases with their offsets,
 * re-run as NFD, with the old tone placement and with NBSP; negative cases that
 * must yield nothing. The cases live in ./examples.ts (the meta-test reads them too).
 */

import { role } from "./examples.js";
import { describeExamples } from "./harness.js";

describeExamples("role", role);
