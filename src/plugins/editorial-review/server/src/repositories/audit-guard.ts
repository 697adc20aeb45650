import type { Core } from '@strapi/strapi';
import { AUDIT_TABLE } from '../content-types';

const DAY_MS = 86_400_000;
const MESSAGE = `${AUDIT_TABLE} is append-only`;

/**
 * Database triggers that make the audit log append-only whatever writes to it: UPDATE is always
 * refused, and DELETE is refused for entries younger than the retention (all of them when the
 * retention is 0). Re-created at every boot, so a changed retention takes effect and a table
 * Strapi's schema sync rebuilt gets its triggers back.
 */
export async function installAuditGuard(strapi: Core.Strapi, retentionDays: number): Promise<void> {
  const knex = strapi.db.connection;
  const keepMs = retentionDays * DAY_MS;
  if (strapi.db.dialect.client === 'postgres') {
    const deletable =
      retentionDays > 0
        ? `IF TG_OP = 'DELETE' AND OLD.occurred_at <= (extract(epoch from now()) * 1000 - ${keepMs}) THEN RETURN OLD; END IF;`
        : '';
    await knex.raw(`CREATE OR REPLACE FUNCTION er_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${deletable} RAISE EXCEPTION '${MESSAGE}'; END $$`);
    await knex.raw(`DROP TRIGGER IF EXISTS er_audit_guard ON ${AUDIT_TABLE}`);
    await knex.raw(
      `CREATE TRIGGER er_audit_guard BEFORE UPDATE OR DELETE ON ${AUDIT_TABLE} FOR EACH ROW EXECUTE FUNCTION er_audit_guard()`
    );
    await knex.raw(`DROP TRIGGER IF EXISTS er_audit_no_truncate ON ${AUDIT_TABLE}`);
    await knex.raw(
      `CREATE TRIGGER er_audit_no_truncate BEFORE TRUNCATE ON ${AUDIT_TABLE} FOR EACH STATEMENT EXECUTE FUNCTION er_audit_guard()`
    );
    return;
  }
  if (strapi.db.dialect.client !== 'sqlite')
    throw new Error(
      `editorial-review: the audit guard supports sqlite and postgres, not ${strapi.db.dialect.client}`
    );
  await knex.raw('DROP TRIGGER IF EXISTS er_audit_no_update');
  await knex.raw(
    `CREATE TRIGGER er_audit_no_update BEFORE UPDATE ON ${AUDIT_TABLE} BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`
  );
  const when =
    retentionDays > 0
      ? `WHEN old.occurred_at > (CAST(strftime('%s', 'now') AS INTEGER) * 1000 - ${keepMs})`
      : '';
  await knex.raw('DROP TRIGGER IF EXISTS er_audit_no_delete');
  await knex.raw(
    `CREATE TRIGGER er_audit_no_delete BEFORE DELETE ON ${AUDIT_TABLE} ${when} BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`
  );
}

/** Deletes entries older than the retention: the one delete the triggers let through. */
export async function purgeExpiredAudit(
  strapi: Core.Strapi,
  retentionDays: number
): Promise<number> {
  if (retentionDays <= 0) return 0;
  // A minute of slack, so the database clock never sees a row as younger than this one does.
  const cutoff = Date.now() - retentionDays * DAY_MS - 60_000;
  return strapi.db.connection(AUDIT_TABLE).where('occurred_at', '<', cutoff).delete();
}
