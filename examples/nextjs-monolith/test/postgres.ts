// A PostgreSQL cluster of the test's own (Debian's initdb/pg_ctl: on PATH, or where Debian's
// postgresql package puts them), on a free loopback port, with the app's migrations applied by
// scripts/migrate.mjs.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
// @ts-expect-error plain ESM script without types
import { migrate } from "../scripts/migrate.mjs";

export type Cluster = { url: string; port: number; stop: () => void; remove: () => void };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** A PostgreSQL tool: from PATH, else from the newest /usr/lib/postgresql/<version>/bin (Debian keeps them there). */
function tool(name: string): string {
  const onPath = (process.env.PATH ?? "").split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, name)));
  if (onPath) return name;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", name))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error(`${name} not found on PATH or in ${root}/*/bin: install PostgreSQL (apt-get install postgresql)`);
  return path.join(root, versions[0], "bin", name);
}

export async function startCluster(): Promise<Cluster> {
  const root = mkdtempSync(path.join(tmpdir(), "nextjs-monolith-pg-"));
  const data = path.join(root, "data");
  // PostgreSQL refuses to run as root: then run its tools as the postgres user, in a folder it owns
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) =>
    execFileSync(asRoot ? "runuser" : command, asRoot ? ["-u", "postgres", "--", command, ...args] : args,
      { cwd: root, stdio: "pipe" });
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(root, uid, gid);
    chmodSync(root, 0o700);
  }
  run(tool("initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
  const port = await freePort();
  run(tool("pg_ctl"), ["-D", data, "-l", path.join(root, "server.log"), "-w", "-t", "30", "start", "-o",
    `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`]);
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  await migrate({ databaseUrl: url, log: () => {} });
  let running = true;
  const stop = () => {
    if (!running) return;
    running = false;
    run(tool("pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
  };
  return { url, port, stop, remove: () => { stop(); rmSync(root, { recursive: true, force: true }); } };
}
