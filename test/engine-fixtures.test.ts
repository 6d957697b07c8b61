import path from "node:path";
import { describe } from "node:test";
import { fixtureTests } from "./support/fixture-suite";

// Suppression comments, syntax errors and other engine behavior, checked like rule fixtures.
describe("engine fixtures", () => fixtureTests(path.join(__dirname, "..", "test-fixtures", "engine")));
