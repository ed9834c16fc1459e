// Runs a GitHub Actions workflow of docs/ci.md on this machine, as far as a machine without
// GitHub's runners allows: the workflow is first read by GitHub's own parser (the one behind the
// editor's Actions extension), which rejects what GitHub would reject; then every job's steps run
// in order, `run` steps in bash as the runner runs them, their `if` and `${{ }}` evaluated by
// GitHub's own expression library. The few actions the recipes use are played by small stand-ins
// that check what the real action would check (see ACTIONS below); any other action fails the run,
// so that a recipe never passes by an action being skipped.
//
// usage: node --import ./register.mjs run-workflow.mjs WORKFLOW.yml SETUP.json
// SETUP.json: { "workspace": dir, "vars": {...}, "secrets": {...},
//               "repositories": { "<repository or empty for the workflow's own>": dir } }
// Prints one line per step and exits 0 when the job succeeded, 1 when it failed, 2 when the
// workflow does not parse.
import { parseWorkflow, NoOperationTraceWriter } from "@actions/workflow-parser";
import { Lexer, Parser, Evaluator, data } from "@actions/expressions";
import { truthy } from "@actions/expressions/result";
import { parse as parseYaml } from "yaml";
import { globSync } from "glob";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";

const [workflowFile, setupFile] = process.argv.slice(2);
const content = readFileSync(workflowFile, "utf8");
const setup = JSON.parse(readFileSync(setupFile, "utf8"));

const parsed = parseWorkflow({ name: workflowFile, content }, new NoOperationTraceWriter());
const errors = parsed.context.errors.getErrors();
if (errors.length > 0) {
  for (const error of errors) console.log(`parse: ${error.message}`);
  process.exit(2);
}

const workflow = parseYaml(content);
const workspace = resolve(setup.workspace);
const runnerTemp = mkdtempSync(join(workspace, "..", "runner-temp-"));
const summary = join(runnerTemp, "step-summary.md");
writeFileSync(summary, "");

let jobFailed = false;

// A step's `if` is an expression with or without ${{ }}; without a status function, GitHub
// runs the step only after success.
function condition(text) {
  if (text === undefined || text === null) return "success()";
  let expression = String(text).trim();
  const whole = expression.match(/^\$\{\{(.*)\}\}$/s);
  if (whole) expression = whole[1].trim();
  return /\b(success|always|failure|cancelled)\(\)/.test(expression) ? expression : `success() && (${expression})`;
}

function contextFor(steps) {
  return {
    vars: setup.vars ?? {},
    secrets: setup.secrets ?? {},
    steps,
    github: { workspace, event_name: "pull_request", repository: "owner/repository" },
    runner: { temp: runnerTemp, os: "Linux" },
    env: {},
  };
}

function evaluate(expression, context, failed) {
  const lexed = new Lexer(expression).lex();
  const ast = new Parser(lexed.tokens, Object.keys(context), [
    { name: "hashFiles", minArgs: 1, maxArgs: 255 },
    { name: "success", minArgs: 0, maxArgs: 0 },
    { name: "always", minArgs: 0, maxArgs: 0 },
    { name: "failure", minArgs: 0, maxArgs: 0 },
    { name: "cancelled", minArgs: 0, maxArgs: 0 },
  ]).parse();
  const functions = new Map([
    ["success", { name: "success", minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(!failed) }],
    ["always", { name: "always", minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(true) }],
    ["failure", { name: "failure", minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(failed) }],
    ["cancelled", { name: "cancelled", minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(false) }],
    ["hashfiles", { name: "hashFiles", minArgs: 1, maxArgs: 255,
      call: (...patterns) => new data.StringData(hashFiles(patterns.map((p) => p.coerceString()))) }],
  ]);
  const dictionary = JSON.parse(JSON.stringify(context), data.reviver);
  return new Evaluator(ast, dictionary, functions).evaluate();
}

function interpolate(text, context) {
  return String(text).replace(/\$\{\{(.*?)\}\}/gs, (_, expression) =>
    evaluate(expression.trim(), context, jobFailed).coerceString());
}

// As GitHub's hashFiles (and setup-java's cache key): a hash of the matching files, empty when
// none match; files outside the workspace never count, as on GitHub.
function hashFiles(patterns) {
  const files = patterns
    .flatMap((pattern) => globSync(pattern, { cwd: workspace, nodir: true, absolute: true }))
    .filter((file) => file.startsWith(workspace + sep))
    .sort();
  if (files.length === 0) return "";
  const hash = createHash("sha256");
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest("hex");
}

function withInputs(step, context) {
  return Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, interpolate(value, context)]));
}

function runStep(step, context) {
  const outputFile = join(runnerTemp, `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(outputFile, "");
  const scriptFile = join(runnerTemp, "step.sh");
  writeFileSync(scriptFile, interpolate(step.run, context));
  const env = { ...process.env, CI: "true", GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: runnerTemp, RUNNER_OS: "Linux" };
  for (const [key, value] of Object.entries(step.env ?? {})) env[key] = interpolate(value, context);
  // The runner's default shell for a step without `shell` on Linux.
  const shell = step.shell === undefined ? ["bash", "-e"] : step.shell === "bash"
    ? ["bash", "--noprofile", "--norc", "-eo", "pipefail"] : null;
  if (shell === null) return { ok: false, outputs: {}, message: `the stand-in runner has no shell ${step.shell}` };
  const cwd = step["working-directory"] ? join(workspace, interpolate(step["working-directory"], context)) : workspace;
  const run = spawnSync(shell[0], [...shell.slice(1), scriptFile], { cwd, env, stdio: ["ignore", "inherit", "inherit"] });
  return { ok: run.status === 0, outputs: readOutputs(outputFile), message: run.status === 0 ? "" : `exit code ${run.status}` };
}

// GITHUB_OUTPUT holds name=value lines and name<<DELIMITER blocks.
function readOutputs(file) {
  const outputs = {};
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const block = lines[i].match(/^([^=<]+)<<(.+)$/);
    if (block) {
      const value = [];
      while (++i < lines.length && lines[i] !== block[2]) value.push(lines[i]);
      outputs[block[1]] = value.join("\n");
    } else if (lines[i].includes("=")) {
      const at = lines[i].indexOf("=");
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

function actionStep(step, context) {
  const [action] = String(step.uses).split("@");
  const stand = ACTIONS[action];
  if (!stand) return { ok: false, outputs: {}, message: `the stand-in runner does not know the action ${step.uses}` };
  try {
    return { ok: true, outputs: {}, ...stand(withInputs(step, context)) };
  } catch (error) {
    return { ok: false, outputs: {}, message: error.message };
  }
}

const ACTIONS = {
  // Copies the repository's files (given in SETUP.json) into the workspace, or into `path`.
  "actions/checkout": (inputs) => {
    const repository = inputs.repository ?? "";
    const source = setup.repositories?.[repository];
    if (!source) throw new Error(`no repository "${repository}" was set up for actions/checkout`);
    if (repository !== "" && !inputs.token && !inputs["ssh-key"] && setup.private?.includes(repository)) {
      throw new Error(`${repository} is private and the step gives neither token nor ssh-key`);
    }
    const target = inputs.path ? join(workspace, inputs.path) : workspace;
    mkdirSync(target, { recursive: true });
    cpSync(source, target, { recursive: true });
    return {};
  },
  // The real action restores a Maven cache keyed on a hash of the files `cache-dependency-path`
  // names (default **/pom.xml) and stops the job when none exists yet: the fault this replays.
  "actions/setup-java": (inputs) => {
    const version = spawnSync("java", ["-XshowSettings:properties", "-version"], { encoding: "utf8" });
    const major = Number((version.stderr.match(/java\.specification\.version = (\d+)/) ?? [])[1]);
    if (!(major >= Number(inputs["java-version"]))) throw new Error(`java ${inputs["java-version"]} is not on this machine`);
    if (inputs.cache === "maven") {
      const paths = (inputs["cache-dependency-path"] ?? "**/pom.xml").split("\n").map((p) => p.trim()).filter(Boolean);
      if (hashFiles(paths) === "") throw new Error(`no file matched ${paths.join(", ")} for the Maven cache key`);
    }
    return {};
  },
  "actions/upload-artifact": (inputs) => {
    const found = globSync(inputs.path, { cwd: workspace }).length > 0;
    if (!found && (inputs["if-no-files-found"] ?? "warn") === "error") throw new Error(`no file at ${inputs.path}`);
    return { message: found ? `would upload ${inputs.path}` : `nothing at ${inputs.path}` };
  },
  "github/codeql-action/upload-sarif": (inputs) => {
    const file = join(workspace, inputs.sarif_file);
    if (!existsSync(file)) throw new Error(`no SARIF file at ${inputs.sarif_file}`);
    const log = JSON.parse(readFileSync(file, "utf8"));
    if (log.version !== "2.1.0" || !Array.isArray(log.runs)) throw new Error(`${inputs.sarif_file} is not a SARIF 2.1.0 log`);
    return { message: `would upload ${inputs.sarif_file}` };
  },
};

function main() {
  for (const [jobId, job] of Object.entries(workflow.jobs)) {
    const steps = {};
    console.log(`job ${jobId}`);
    for (const [index, step] of job.steps.entries()) {
      const name = step.name ?? step.uses ?? `step ${index + 1}`;
      const context = contextFor(steps);
      if (!truthy(evaluate(condition(step.if), context, jobFailed))) {
        console.log(`  skipped: ${name}`);
        if (step.id) steps[step.id] = { outputs: {}, outcome: "skipped", conclusion: "skipped" };
        continue;
      }
      const result = step.run !== undefined ? runStep(step, context) : actionStep(step, context);
      if (step.id) steps[step.id] = { outputs: result.outputs, outcome: result.ok ? "success" : "failure",
        conclusion: result.ok ? "success" : "failure" };
      console.log(`  ${result.ok ? "passed" : "FAILED"}: ${name}${result.message ? ` (${result.message})` : ""}`);
      if (!result.ok) jobFailed = true;
    }
  }
  rmSync(runnerTemp, { recursive: true, force: true });
  process.exit(jobFailed ? 1 : 0);
}

main();
