/**
 * Vitest setup file: a `console.error` during a test fails that test (CONVENTIONS, Tests).
 * React warnings, unhandled-rejection logs from libraries and our own error logging all go
 * through console.error, and each is a bug a green run would otherwise hide.
 *
 * A test that expects an error to be logged says so with `allowConsoleError(/pattern/)`;
 * only matching messages are then tolerated, for that test only. Errors logged in
 * beforeAll/afterAll (outside any test) fail the file's afterAll.
 */
import { format } from "node:util";
import { afterAll, afterEach, beforeEach } from "vitest";

const original = console.error.bind(console);
let allowed: RegExp[] = [];
let insideTest = false;
const duringTest: string[] = [];
const outsideTests: string[] = [];

console.error = (...args: unknown[]) => {
  const message = format(...args);
  if (!allowed.some((re) => re.test(message)))
    (insideTest ? duringTest : outsideTests).push(message);
  original(...args);
};

/** Tolerates console.error messages matching `pattern` in the current test only. */
export function allowConsoleError(pattern: RegExp): void {
  allowed.push(pattern);
}

beforeEach(() => {
  insideTest = true;
  allowed = [];
  duringTest.length = 0;
});

afterEach(() => {
  insideTest = false;
  allowed = [];
  if (duringTest.length > 0) {
    const messages = duringTest.splice(0).map((m) => `  - ${m.split("\n")[0]}`);
    throw new Error(`console.error was called during the test:\n${messages.join("\n")}`);
  }
});

afterAll(() => {
  if (outsideTests.length > 0) {
    const messages = outsideTests.splice(0).map((m) => `  - ${m.split("\n")[0]}`);
    throw new Error(`console.error was called outside a test (in a hook):\n${messages.join("\n")}`);
  }
});
