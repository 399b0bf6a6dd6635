// The node guard's configuration: the documented shape is accepted; every problem is reported at once
// with the field, the rule and the fix; credentials never come from the file; the token never appears.
import { expect } from "chai";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkConfig, ConfigError, loadConfig } from "@zonesafe/node-guard";

const ENV = { NODE_GUARD_TOKEN: "s3cr3t-token-value-0123456789", TENCENTCLOUD_SECRET_ID: "AKIDx", TENCENTCLOUD_SECRET_KEY: "key-value-secret" };
const DOC = `listen: 127.0.0.1:9095
token: \${NODE_GUARD_TOKEN}          # required on every webhook
limit: 3
stateFile: ./node-guard-state.json
alertmanager: http://127.0.0.1:9093 # optional: reconcile active alerts at start
page: { webhook: http://127.0.0.1:9097/page }
restartOnRecovery: true
backend:
  kind: clb                          # clb | tse-polaris | polaris | tke
  region: ap-guangzhou
  endpoint: http://127.0.0.1:19200   # optional: override the Tencent Cloud API endpoint
  loadBalancerId: lb-xxxx
  listenerId: lbl-xxxx
`;

function problems(raw: unknown, env: NodeJS.ProcessEnv = ENV): string[] {
    try {
        checkConfig(raw, "/etc/guard.yaml", env);
    } catch (err) {
        expect(err).to.be.instanceOf(ConfigError);
        return (err as ConfigError).problems;
    }
    return [];
}

describe("node guard: configuration", () => {
    let dir: string;
    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "node-guard-config-"));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("reads the documented example, substituting the token from the environment and the credentials from theirs", () => {
        const file = path.join(dir, "guard.yaml");
        fs.writeFileSync(file, DOC);
        const c = loadConfig(file, ENV);
        expect(c).to.deep.equal({
            host: "127.0.0.1",
            port: 9095,
            token: ENV.NODE_GUARD_TOKEN,
            limit: 3,
            stateFile: path.join(dir, "node-guard-state.json"),
            alertmanager: "http://127.0.0.1:9093",
            pageWebhook: "http://127.0.0.1:9097/page",
            restartOnRecovery: true,
            sdPort: undefined,
            backend: { kind: "clb", region: "ap-guangzhou", endpoint: "http://127.0.0.1:19200", loadBalancerId: "lb-xxxx", listenerId: "lbl-xxxx" },
            credentials: { secretId: "AKIDx", secretKey: "key-value-secret" },
        });
    });

    it("reports every problem at once, each with the field, the rule and the fix", () => {
        const found = problems(
            { listen: "nowhere", limit: 1, alertmanager: "ftp://x", restartOnRecovery: "yes", backend: { kind: "clb", region: "Guangzhou", loadBalancerId: "lb_1", listenerId: 3, secretKey: "k" }, extra: 1 },
            {},
        );
        expect(found).to.deep.equal([
            "`extra` is not a field of the node guard's configuration (known: listen, token, limit, stateFile, alertmanager, page, restartOnRecovery, sdPort, backend); remove it or fix its spelling",
            '`listen` must be host:port (e.g. 127.0.0.1:9095); got "nowhere"',
            "`token` is required: every webhook must carry it; set `token: ${NODE_GUARD_TOKEN}` and export NODE_GUARD_TOKEN",
            "`limit` must be an integer of at least 2 (the number of faulty nodes at which the guard stops removing and pages); got 1",
            "`stateFile` is required: the path of the JSON file the guard keeps its state in (e.g. ./node-guard-state.json)",
            '`alertmanager` must be an http(s) URL of Alertmanager (e.g. http://127.0.0.1:9093); got "ftp://x"',
            "`page.webhook` is required: the http(s) URL the guard POSTs a page to when it stops removing (e.g. the on-call's notice URL)",
            '`restartOnRecovery` must be true or false; got "yes"',
            "`backend.secretKey`: credentials are never read from the file; remove it and set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY in the guard's environment",
            '`backend.region` must be a Tencent Cloud region such as ap-guangzhou; got "Guangzhou"',
            '`backend.loadBalancerId` must be a CLB id such as lb-12345678; got "lb_1"',
            "`backend.listenerId` must be a listener id such as lbl-12345678; got 3",
            "the cloud credentials are missing: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY in the guard's environment (they are never read from the file)",
        ]);
    });

    it("names a token variable that is not set, refuses a short token, and never prints the token's value", () => {
        const base = { token: "${GUARD_TOKEN_X}", stateFile: "s.json", page: { webhook: "http://127.0.0.1:1/p" }, backend: { kind: "clb", region: "ap-guangzhou", loadBalancerId: "lb-1", listenerId: "lbl-1" } };
        expect(problems(base)).to.deep.equal(["`token` names the environment variable GUARD_TOKEN_X, which is not set; export GUARD_TOKEN_X before starting the guard"]);
        const short = problems({ ...base, token: "tiny-secret" });
        expect(short).to.deep.equal(["`token` must be at least 16 characters long (it guards who can remove nodes); use a long random value"]);
        expect(short.join("\n")).not.to.include("tiny-secret");
        // A variable named like an object member is a variable like any other: unset here, not a function's text.
        for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
            const unset = [`\`token\` names the environment variable ${name}, which is not set; export ${name} before starting the guard`];
            expect(problems({ ...base, token: `\${${name}}` })).to.deep.equal(unset);
            const file = path.join(dir, `${name}.yaml`);
            fs.writeFileSync(file, DOC.replace("${NODE_GUARD_TOKEN}", `\${${name}}`));
            let error: unknown;
            try {
                loadConfig(file);
            } catch (err) {
                error = err;
            }
            expect(error, "the guard's own environment").to.be.instanceOf(ConfigError);
            expect((error as ConfigError).problems).to.include(unset[0]);
        }
        expect(problems({ ...base, token: "${NODE_GUARD_TOKEN}", secretId: "AKID" })).to.deep.equal([
            "`secretId`: credentials are never read from the file; remove it and set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY in the guard's environment",
        ]);
    });

    it("masks a password in a URL it quotes", () => {
        const base = { token: "${NODE_GUARD_TOKEN}", stateFile: "s.json", page: { webhook: "http://127.0.0.1:1/p" }, backend: { kind: "clb", region: "ap-guangzhou", loadBalancerId: "lb-1", listenerId: "lbl-1" } };
        expect(problems({ ...base, alertmanager: "ftp://am:hunter2secret@am.local:9093" })).to.deep.equal(['`alertmanager` must be an http(s) URL of Alertmanager (e.g. http://127.0.0.1:9093); got "ftp://***@am.local:9093"']);
    });

    it("checks the tse-polaris backend, and refuses unknown kinds", () => {
        const base = { token: "${NODE_GUARD_TOKEN}", stateFile: "s.json", page: { webhook: "http://127.0.0.1:1/p" } };
        expect(problems({ ...base, backend: { kind: "tse-polaris", instanceId: "polaris-1", service: "gw", secretKey: "k" } })).to.deep.equal([
            "`backend.secretKey`: credentials are never read from the file; remove it and set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY in the guard's environment",
            "`backend.region` must be a Tencent Cloud region such as ap-guangzhou; got undefined",
            '`backend.instanceId` must be the TSE engine\'s id such as ins-12345678; got "polaris-1"',
            "`backend.namespace` is required: the Polaris namespace of the nodes the guard watches",
            "`restartOnRecovery` must be false with the tse-polaris backend: TSE cannot restart a machine (a recovered node is un-isolated only)",
        ]);
        expect(problems({ ...base, backend: { kind: "f5" } })).to.deep.equal(['`backend.kind` must be one of clb, tse-polaris, polaris, tke; got "f5"']);
    });

    it("checks the polaris backend: its fields, no restart, the token from POLARIS_TOKEN only, no cloud credentials needed", () => {
        const base = { token: "${NODE_GUARD_TOKEN}", stateFile: "s.json", page: { webhook: "http://127.0.0.1:1/p" } };
        const env = { NODE_GUARD_TOKEN: ENV.NODE_GUARD_TOKEN, POLARIS_TOKEN: "polaris-access-token" };
        const c = checkConfig({ ...base, restartOnRecovery: false, backend: { kind: "polaris", url: "http://127.0.0.1:8090", namespace: "default", service: "gateway" } }, "/etc/guard.yaml", env);
        expect(c.backend).to.deep.equal({ kind: "polaris", url: "http://127.0.0.1:8090", namespace: "default", service: "gateway" });
        expect(c.polarisToken).to.equal("polaris-access-token");
        expect(problems({ ...base, backend: { kind: "polaris", url: "polaris:8090", service: "", token: "t" } }, env)).to.deep.equal([
            "`backend.token`: secrets are never read from the file; remove it and set POLARIS_TOKEN in the guard's environment",
            '`backend.url` must be the http(s) URL of the Polaris server\'s HTTP API (e.g. http://polaris:8090); got "polaris:8090"',
            "`backend.namespace` is required: the Polaris namespace of the nodes the guard watches",
            "`backend.service` is required: the Polaris service of the nodes the guard watches",
            "`restartOnRecovery` must be false with the polaris backend: Polaris cannot restart a machine (a recovered node is un-isolated only)",
        ]);
    });

    it("checks the tke backend: selectors, no restart, an sdPort, the token from KUBERNETES_TOKEN only", () => {
        const base = { token: "${NODE_GUARD_TOKEN}", stateFile: "s.json", page: { webhook: "http://127.0.0.1:1/p" } };
        const env = { NODE_GUARD_TOKEN: ENV.NODE_GUARD_TOKEN, KUBERNETES_TOKEN: "kube-token" };
        const backend = { kind: "tke", apiServer: "https://10.0.0.1:443", nodeSelector: "pool=gw", namespace: "logs", podSelector: "app=gw" };
        const c = checkConfig({ ...base, restartOnRecovery: false, sdPort: 9100, backend }, "/etc/guard.yaml", env);
        expect(c.backend).to.deep.equal(backend);
        expect(c.kubernetesToken).to.equal("kube-token");
        expect(problems({ ...base, backend: { kind: "tke", apiServer: "10.0.0.1", token: "t", nodeSelector: "" } }, env)).to.deep.equal([
            "`backend.token`: secrets are never read from the file; remove it and set KUBERNETES_TOKEN (or run in a pod with a service account)",
            '`backend.apiServer` must be the http(s) URL of the Kubernetes API server; got "10.0.0.1"',
            "`backend.nodeSelector` is required: the label selector of the Nodes the guard watches (e.g. pool=log-gateway)",
            "`backend.namespace` is required: the namespace of the workload's pods",
            "`backend.podSelector` is required: the label selector of the workload's pods evicted from a removed Node (e.g. app=log-gateway)",
            "`restartOnRecovery` must be false with the tke backend: the Kubernetes API cannot restart a machine (a recovered node is uncordoned only)",
            "`sdPort` is required with the tke backend: the port Prometheus scrapes on each node (e.g. 9100 for node_exporter)",
        ]);
    });

    it("reports an unreadable file and invalid YAML as problems of the file", () => {
        expect(() => loadConfig(path.join(dir, "missing.yaml"), ENV)).to.throw(ConfigError, "cannot read the file (ENOENT); pass an existing file with --config");
        const bad = path.join(dir, "bad.yaml");
        fs.writeFileSync(bad, "token: [unclosed\n");
        expect(() => loadConfig(bad, ENV)).to.throw(ConfigError, "it is not valid YAML");
    });
});
