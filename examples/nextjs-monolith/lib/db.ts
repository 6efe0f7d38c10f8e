import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";

export type Db = InstanceType<typeof PrismaClient>;

/**
 * A Prisma client on node-postgres (no Prisma engine binary). `connectionTimeoutMillis` keeps a
 * request from hanging when PostgreSQL is down: the webhook route answers 503 quickly instead, and
 * the service retries later.
 */
export function createDb(databaseUrl: string): Db {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 }),
  });
}

const globalForDb = globalThis as unknown as { invoiceOcrDb?: Db };

/**
 * The app's client, created on first use (never at import time, so that `next build` needs no
 * database) and kept on globalThis so that dev-mode reloads do not open a new pool each time.
 */
export function db(): Db {
  if (!globalForDb.invoiceOcrDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error("DATABASE_URL is not set: point it at the app's PostgreSQL database (see .env.example)");
    }
    globalForDb.invoiceOcrDb = createDb(url);
  }
  return globalForDb.invoiceOcrDb;
}
