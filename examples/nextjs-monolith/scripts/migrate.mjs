#!/usr/bin/env node
// Applies prisma/migrations/<name>/migration.sql in name order, each in its own transaction, and
// records them in "_prisma_migrations" -- the table `prisma migrate deploy` keeps, in its layout,
// so that a project which later has Prisma's schema engine can switch to it without re-applying
// anything. Needed because the schema engine cannot be downloaded everywhere; the app itself only
// uses the engine-free Prisma client.
//
//   DATABASE_URL=postgresql://... node scripts/migrate.mjs
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultDir = path.join(here, "..", "prisma", "migrations");

// The advisory lock number Prisma's migrate takes, so two deployers never migrate at once.
const LOCK = 72707369;

/** Applies the pending migrations; returns the names applied. */
export async function migrate({ databaseUrl, dir = defaultDir, log = console.log } = {}) {
  if (!databaseUrl) {
    throw new Error("DATABASE_URL is not set: point it at the PostgreSQL database to migrate");
  }
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    const done = [];
    for (const name of names) {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const previous = applied.get(name);
      if (previous && !previous.finished_at) {
        throw new Error(`migration ${name} was started and did not finish: repair the database by hand, `
          + `then delete its row from "_prisma_migrations" and run again`);
      }
      if (previous) {
        if (previous.checksum !== checksum) {
          throw new Error(`migration ${name} was changed after it was applied: `
            + "restore its migration.sql and put the change in a new migration folder");
        }
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${name} failed and was rolled back: ${error.message}`);
      }
      log(`applied ${name}`);
      done.push(name);
    }
    if (done.length === 0) log(`database is up to date (${names.length} migration(s))`);
    return done;
  } finally {
    await client.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  // like next start, read .env when there is one (variables already set win)
  try {
    process.loadEnvFile(path.join(here, "..", ".env"));
  } catch {
    // no .env: the environment alone
  }
  migrate({ databaseUrl: process.env.DATABASE_URL }).catch((error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}
