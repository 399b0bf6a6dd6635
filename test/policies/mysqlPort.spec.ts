import { expect } from "chai";
import { mysqlInstanceDefaultPort } from "../../policies/rules/mysql";
import { UNKNOWN } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkResource, ROUTES, tok, useTestEnvironment } from "./helpers";

describe("MySQL port rule", () => {
    useTestEnvironment();

    describe("mysql-instance-default-port", () => {
        for (const route of ROUTES) {
            it(`passes an instance on a port of its own (${route} route)`, async () => {
                expect(await checkResource(mysqlInstanceDefaultPort, { type: tok("tencentcloud_mysql_instance", route), props: { ...good.mysql(), intranetPort: 3307 } })).to.deep.equal([]);
            });

            it(`reports an instance on 3306, explicit or by default (${route} route)`, async () => {
                expect(await checkResource(mysqlInstanceDefaultPort, { type: tok("tencentcloud_mysql_instance", route), props: { ...good.mysql(), intranetPort: 3306 } })).to.deep.equal([
                    "MySQL instance must not listen on the default port; `intranetPort` is 3306.",
                ]);
                const { intranetPort: _port, ...unset } = { ...good.mysql(), intranetPort: 0 };
                expect(await checkResource(mysqlInstanceDefaultPort, { type: tok("tencentcloud_mysql_instance", route), props: unset })).to.deep.equal([
                    "MySQL instance must not listen on the default port; `intranetPort` is not set (provider default 3306).",
                ]);
            });
        }

        it("stays silent while the port is unknown", async () => {
            expect(await checkResource(mysqlInstanceDefaultPort, { type: tok("tencentcloud_mysql_instance"), props: { ...good.mysql(), intranetPort: UNKNOWN } })).to.deep.equal([]);
        });
    });
});
