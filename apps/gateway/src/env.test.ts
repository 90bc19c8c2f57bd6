import { describe, expect, it } from "vitest";
import { parseTrustProxy, readEnv, servesStorybook } from "./env.ts";
import { fastifyTrustProxy } from "./server.ts";

describe("TRUST_PROXY", () => {
  it("trusts nobody by default", () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy("")).toBe(false);
    expect(parseTrustProxy("false")).toBe(false);
    expect(readEnv({}).TRUST_PROXY).toBe(false);
    expect(fastifyTrustProxy(false)).toBe(false);
  });

  it("takes a hop count, trusting exactly that many peers nearest first", () => {
    expect(parseTrustProxy("2")).toBe(2);
    const trust = fastifyTrustProxy(2) as (addr: string, hop: number) => boolean;
    expect([0, 1, 2].map((hop) => trust("10.0.0.1", hop))).toEqual([true, true, false]);
  });

  it("takes a list of addresses and CIDR ranges", () => {
    expect(parseTrustProxy("10.0.0.0/8, 192.168.1.5 ,::1,fd00::/8,loopback")).toEqual([
      "10.0.0.0/8",
      "192.168.1.5",
      "::1",
      "fd00::/8",
      "loopback",
    ]);
    expect(readEnv({ TRUST_PROXY: "127.0.0.1" }).TRUST_PROXY).toEqual(["127.0.0.1"]);
  });

  it("refuses anything else at start-up, naming the variable", () => {
    for (const bad of ["true", "10.0.0.0/33", "example.com", "1.2.3.4/8/9", "::1/129", "10.0.0.0/x"]) {
      expect(() => parseTrustProxy(bad), bad).toThrow(/TRUST_PROXY/);
      expect(() => readEnv({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
  });
});

describe("session and Storybook settings", () => {
  it("ends idle sessions after 120 minutes unless SESSION_IDLE_MINUTES says otherwise", () => {
    expect(readEnv({}).SESSION_IDLE_MINUTES).toBe(120);
    expect(readEnv({ SESSION_IDLE_MINUTES: "30" }).SESSION_IDLE_MINUTES).toBe(30);
    expect(() => readEnv({ SESSION_IDLE_MINUTES: "0" })).toThrow(/SESSION_IDLE_MINUTES/);
  });

  it("serves Storybook on the embedded demo, and with DATABASE_URL only when SERVE_STORYBOOK=true", () => {
    expect(servesStorybook(readEnv({}))).toBe(true);
    expect(servesStorybook(readEnv({ DATABASE_URL: "postgres://u@h/db" }))).toBe(false);
    expect(servesStorybook(readEnv({ DATABASE_URL: "postgres://u@h/db", SERVE_STORYBOOK: "true" }))).toBe(true);
    expect(servesStorybook(readEnv({ SERVE_STORYBOOK: "false" }))).toBe(false);
  });
});
