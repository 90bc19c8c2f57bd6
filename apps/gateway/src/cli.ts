import { parseArgs } from "node:util";
import { assertPiiKeyOpens, createAdmin, rotatePii, sealPlaintextPii, seedDemo } from "@hall/api";
import { migrateToLatest } from "@hall/db";
import { clockFrom, dataDirOf, openDatabase } from "./boot.ts";
import { readEnv } from "./env.ts";
import { loadPii } from "./pii-keys.ts";

const [command, ...rest] = process.argv.slice(2);
const env = readEnv();
const handle = await openDatabase(env);

try {
  switch (command) {
    case "migrate": {
      const done = await migrateToLatest(handle.db);
      console.log(done.length ? `migrated: ${done.join(", ")}` : "database is up to date");
      // A migration cannot read the key: plaintext ID and phone numbers left by older versions are sealed here.
      const { pii } = loadPii(env, dataDirOf(env));
      const s = await sealPlaintextPii(handle.db, pii);
      await assertPiiKeyOpens(handle.db, pii);
      if (s.users + s.staff + s.complaints) console.log(`personal data sealed: ${JSON.stringify(s)}`);
      break;
    }
    case "rotate-pii": {
      // Re-seals everything under PII_KEY (the new key); PII_PREVIOUS_KEYS must still hold the old one.
      await migrateToLatest(handle.db);
      const { pii } = loadPii(env, dataDirOf(env));
      await sealPlaintextPii(handle.db, pii);
      const done = await rotatePii(handle.db, pii);
      await assertPiiKeyOpens(handle.db, pii);
      console.log(`re-sealed under ${pii.keyId}: ${JSON.stringify(done)}; the previous keys can now be removed`);
      break;
    }
    case "seed": {
      const { values } = parseArgs({ args: rest, options: { demo: { type: "boolean", default: false } } });
      await migrateToLatest(handle.db);
      const { pii } = loadPii(env, dataDirOf(env));
      await sealPlaintextPii(handle.db, pii);
      if (!values.demo) {
        console.log("nothing to seed: pass --demo to load the demo hall (with demo accounts)");
        break;
      }
      const r = await seedDemo(handle.db, pii, clockFrom(env).now());
      console.log(
        r.created ? `demo hall loaded (hall id ${r.hallId})` : `demo hall already present (hall id ${r.hallId})`,
      );
      break;
    }
    case "create-admin": {
      const { values } = parseArgs({
        args: rest,
        options: {
          login: { type: "string" },
          password: { type: "string" },
          name: { type: "string", default: "大厅管理员" },
          org: { type: "string", default: "本级政务服务管理机构" },
        },
      });
      if (!values.login || !values.password || values.password.length < 8) {
        console.error(
          "usage: pnpm create-admin --login <login> --password <at least 8 characters> [--name 姓名] [--org 机构名称]",
        );
        process.exitCode = 2;
        break;
      }
      await migrateToLatest(handle.db);
      const r = await createAdmin(handle.db, {
        login: values.login,
        password: values.password,
        name: values.name,
        orgName: values.org,
      });
      console.log(`admin '${values.login}' created (user ${r.userId}, org unit ${r.orgUnitId})`);
      break;
    }
    default:
      console.error("usage: cli <migrate | seed [--demo] | create-admin --login … --password … | rotate-pii>");
      process.exitCode = 2;
  }
} finally {
  await handle.close();
}
