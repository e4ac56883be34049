// npm run bench:profile -- <file.cpuprofile> [--top 40] [--match text]
// Reads a V8 CPU profile (`npm run bench -- --profile DIR`, or `node --cpu-prof`) and prints where the time went:
// self time by function, self time by module (npm package, or the app's own file), and total time (self and callees)
// of the functions whose name or file contains --match. Times are the profile's own sample deltas.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The npm package of a bundled or installed file, or the file itself (chunks keep their path). */
export function moduleOf(url: string): string {
  if (!url) return "(native)";
  const packages = url.split("node_modules/");
  if (packages.length > 1) {
    const rest = packages[packages.length - 1]!.split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith("node:")) return url;
  return url.replace(/^file:\/\//, "").replace(/^.*\.next\//, ".next/");
}

/** Each node by its id, and each node's parent. */
function treeOf(profile: CpuProfile) {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  return { parent, byId };
}

/** The profile without its first `ms` milliseconds of samples. */
export function withoutFirst(profile: CpuProfile, ms: number): CpuProfile {
  let elapsed = 0;
  const start = profile.timeDeltas.findIndex((delta) => (elapsed += delta / 1000) >= ms);
  if (start <= 0) return profile;
  return { ...profile, samples: profile.samples.slice(start), timeDeltas: profile.timeDeltas.slice(start) };
}

/** Self milliseconds of the samples whose leaf matches, by the chain of `depth` callers above it. */
export function callersOf(
  profile: CpuProfile,
  matches: (key: string) => boolean,
  keyOf: (frame: CallFrame) => string,
  depth: number,
) {
  const { parent, byId } = treeOf(profile);
  const chains = new Map<string, number>();
  profile.samples.forEach((sample, index) => {
    if (!matches(keyOf(byId.get(sample)!.callFrame))) return;
    const chain: string[] = [];
    for (let id = parent.get(sample); id !== undefined && chain.length < depth; id = parent.get(id))
      chain.push(keyOf(byId.get(id)!.callFrame));
    const key = chain.join("  <  ");
    chains.set(key, (chains.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return chains;
}

/** Self and total milliseconds per key, from the samples and the tree (a key counts once per sample). */
export function aggregate(profile: CpuProfile, keyOf: (frame: CallFrame) => string | null) {
  const { parent, byId } = treeOf(profile);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((sample, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    all += ms;
    const leaf = byId.get(sample)!;
    const leafKey = keyOf(leaf.callFrame);
    if (leafKey) self.set(leafKey, (self.get(leafKey) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const key = keyOf(byId.get(id)!.callFrame);
      if (key && !seen.has(key)) {
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + ms);
      }
    }
  });
  return { self, total, all };
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      top: { type: "string", default: "40" },
      match: { type: "string", multiple: true },
      callers: { type: "string", multiple: true },
      depth: { type: "string", default: "6" },
      /** Leaves out the first seconds of the profile (the server's start and module loading). */
      from: { type: "string", default: "0" },
    },
  });
  const profile = withoutFirst(
    JSON.parse(readFileSync(positionals[0]!, "utf8")) as CpuProfile,
    Number(values.from) * 1000,
  );
  const top = Number(values.top);
  const idle = new Set(["(idle)", "(program)", "(garbage collector)"]);
  const functionKey = (frame: CallFrame) =>
    `${frame.functionName || "(anonymous)"} ${moduleOf(frame.url)}:${frame.lineNumber + 1}`;
  const functions = aggregate(profile, functionKey);
  const modules = aggregate(profile, (frame) =>
    idle.has(frame.functionName) ? frame.functionName : moduleOf(frame.url),
  );
  const busy = functions.all - (functions.self.get("(idle) (native):0") ?? 0);
  const share = (ms: number) =>
    `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)} %`;
  console.log(
    `profile: ${functions.all.toFixed(0)} ms sampled, ${busy.toFixed(0)} ms not idle (shares of that)`,
  );
  const print = (title: string, map: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${share(ms)}  ${key}`);
  };
  print("self time by module", modules.self);
  print("self time by function", functions.self);
  for (const text of values.match ?? [])
    print(
      `total time of functions matching "${text}"`,
      new Map([...functions.total].filter(([key]) => key.includes(text))),
    );
  for (const text of values.callers ?? [])
    print(
      `callers of the self time of functions matching "${text}"`,
      callersOf(profile, (key) => key.includes(text), functionKey, Number(values.depth)),
    );
}

if (process.argv[1]?.endsWith("profile.ts")) main();
