package io.github.sqlguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.rules.DatabaseUrl.Host;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    private static DatabaseUrl parse(String text) {
        return DatabaseUrl.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
    }

    @Test
    void postgresqlWithPortAndDatabase() {
        DatabaseUrl url = parse("jdbc:postgresql://pg-prod.acme.internal:5432/shop?sslmode=require");
        assertThat(url.vendor()).isEqualTo("postgresql");
        assertThat(url.hosts()).containsExactly(new Host("pg-prod.acme.internal", 5432));
        assertThat(url.database()).isEqualTo("shop");
        assertThat(url.embedded()).isFalse();
    }

    @Test
    void mysqlWithoutPortAndWithOptions() {
        DatabaseUrl url = parse("jdbc:mysql://DB.Example.com/orders?useSSL=false&serverTimezone=UTC");
        assertThat(url.hosts()).containsExactly(new Host("db.example.com", -1));
        assertThat(url.database()).isEqualTo("orders");
    }

    @Test
    void sqlServerDatabaseNameProperty() {
        DatabaseUrl url = parse("jdbc:sqlserver://sql1.corp:1433;databaseName=billing;encrypt=true");
        assertThat(url.hosts()).containsExactly(new Host("sql1.corp", 1433));
        assertThat(url.database()).isEqualTo("billing");
        assertThat(parse("jdbc:sqlserver://sql2\\reports;database=r").hosts()).containsExactly(new Host("sql2", -1));
    }

    @Test
    void oracleServiceSidAndDescription() {
        DatabaseUrl service = parse("jdbc:oracle:thin:@//ora-prd.corp:1521/ORDERS");
        assertThat(service.hosts()).containsExactly(new Host("ora-prd.corp", 1521));
        assertThat(service.database()).isEqualTo("ORDERS");

        DatabaseUrl sid = parse("jdbc:oracle:thin:@ora1:1521:XE");
        assertThat(sid.hosts()).containsExactly(new Host("ora1", 1521));
        assertThat(sid.database()).isEqualTo("XE");

        DatabaseUrl withUser = parse("jdbc:oracle:thin:scott/tiger@ora1:1521:XE");
        assertThat(withUser.hosts()).containsExactly(new Host("ora1", 1521));

        DatabaseUrl description = parse("jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=a.corp)"
                + "(PORT=1522))(ADDRESS=(PROTOCOL=TCP)(HOST=b.corp)(PORT=1522))(CONNECT_DATA=(SERVICE_NAME=svc)))");
        assertThat(description.hosts()).containsExactly(new Host("a.corp", 1522), new Host("b.corp", 1522));
        assertThat(description.database()).isEqualTo("svc");
    }

    @Test
    void wrappingDriversLeadToTheDatabaseTheyWrap() {
        DatabaseUrl p6spy = parse("jdbc:p6spy:mysql://db.prod.acme.com:3306/orders");
        assertThat(p6spy.vendor()).isEqualTo("mysql");
        assertThat(p6spy.hosts()).containsExactly(new Host("db.prod.acme.com", 3306));
        assertThat(p6spy.identity()).isEqualTo(parse("jdbc:mysql://db.prod.acme.com/orders").identity());
        assertThat(parse("jdbc:log4jdbc:postgresql://pg1.corp/shop").hosts()).containsExactly(new Host("pg1.corp", -1));
        assertThat(parse("jdbc:aws-wrapper:postgresql://c1.cluster-x.rds.amazonaws.com:5432/shop").vendor())
                .isEqualTo("postgresql");
        assertThat(parse("jdbc-secretsmanager:mysql://db1.corp/app").hosts()).containsExactly(new Host("db1.corp", -1));
        assertThat(parse("jdbc:otel:p6spy:oracle:thin:@//ora-prd.corp:1521/ORDERS").database()).isEqualTo("ORDERS");
        assertThat(parse("jdbc:p6spy:tc:postgresql:16:///shop").embedded()).isTrue();
    }

    @Test
    void aWrapperWithoutADriverIsNoUrl() {
        assertThat(DatabaseUrl.parse("jdbc:p6spy:")).isEmpty();
        assertThat(DatabaseUrl.parse("p6spy:mysql://db.corp/app")).isEmpty();
    }

    @Test
    void severalHosts() {
        assertThat(parse("jdbc:postgresql://h1:5432,h2:5433/db?targetServerType=primary").hosts())
                .containsExactly(new Host("h1", 5432), new Host("h2", 5433));
        assertThat(parse("jdbc:mysql:loadbalance://m1,m2:3307/app").hosts())
                .containsExactly(new Host("m1", -1), new Host("m2", 3307));
        assertThat(parse("jdbc:mysql://address=(host=m3)(port=3310)(type=master)/app").hosts())
                .containsExactly(new Host("m3", 3310));
        assertThat(parse("jdbc:postgresql://[::1]:5432/db").hosts()).containsExactly(new Host("::1", 5432));
    }

    @Test
    void uriFormsWithCredentials() {
        DatabaseUrl url = parse("postgres://shop:s3cret@pg-prod.acme.internal:6432/shop");
        assertThat(url.vendor()).isEqualTo("postgresql");
        assertThat(url.hosts()).containsExactly(new Host("pg-prod.acme.internal", 6432));
        assertThat(url.database()).isEqualTo("shop");
        assertThat(parse("mysql://root@db/app").hosts()).containsExactly(new Host("db", -1));
        assertThat(parse("r2dbc:pool:postgresql://pg1/app").hosts()).containsExactly(new Host("pg1", -1));
    }

    @Test
    void embeddedDatabasesHaveNoHost() {
        for (String text : List.of("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", "jdbc:h2:file:./target/db", "jdbc:h2:~/shop",
                "jdbc:hsqldb:mem:shop", "jdbc:hsqldb:file:/tmp/db", "jdbc:derby:memory:shop;create=true",
                "jdbc:derby:shopdb;create=true", "jdbc:sqlite:shop.db", "jdbc:tc:postgresql:16:///shop")) {
            assertThat(parse(text).embedded()).as(text).isTrue();
            assertThat(parse(text).hosts()).as(text).isEmpty();
        }
        assertThat(parse("jdbc:h2:tcp://h2.corp:9092/~/shop").hosts()).containsExactly(new Host("h2.corp", 9092));
        assertThat(parse("jdbc:h2:tcp://h2.corp:9092/~/shop").database()).isEqualTo("shop");
        assertThat(parse("jdbc:hsqldb:hsql://hs.corp/xdb").hosts()).containsExactly(new Host("hs.corp", -1));
        assertThat(parse("jdbc:derby://dy.corp:1527/app").hosts()).containsExactly(new Host("dy.corp", 1527));
    }

    @Test
    void aPostgresqlUrlWithoutHostMeansLocalhost() {
        DatabaseUrl url = parse("jdbc:postgresql:shop");
        assertThat(url.hosts()).containsExactly(new Host("localhost", -1));
        assertThat(url.database()).isEqualTo("shop");
    }

    @Test
    void otherTextIsNoDatabaseUrl() {
        for (String text : List.of("https://example.com/db", "redis://cache:6379", "mongodb://m/db", "db.example.com",
                "jdbc:", "jdbc:odbc:dsn", "", "classpath:db/migration")) {
            assertThat(DatabaseUrl.parse(text)).as(text).isEmpty();
        }
    }

    @Test
    void identityIgnoresCredentialsOptionsCaseAndDefaultPorts() {
        assertThat(parse("jdbc:postgresql://PG.corp/shop?user=a").identity())
                .isEqualTo(parse("postgresql://b:c@pg.corp:5432/shop").identity());
        assertThat(parse("jdbc:postgresql://pg.corp/shop").identity())
                .isNotEqualTo(parse("jdbc:postgresql://pg.corp/shop2").identity())
                .isNotEqualTo(parse("jdbc:postgresql://pg.corp:5433/shop").identity());
        assertThat(parse("jdbc:h2:mem:x").identity()).isNull();
    }

    @Test
    void masksUserInfoAndPasswords() {
        assertThat(DatabaseUrl.mask("postgres://shop:s3cret@pg/shop")).isEqualTo("postgres://***@pg/shop");
        assertThat(DatabaseUrl.mask("jdbc:mysql://root:s3cret@db/app?password=s3cret&x=1"))
                .isEqualTo("jdbc:mysql://***@db/app?password=***&x=1");
        assertThat(DatabaseUrl.mask("jdbc:sqlserver://s;user=sa;Password={s3;cret};db=x"))
                .isEqualTo("jdbc:sqlserver://s;user=sa;Password=***;db=x");
        assertThat(DatabaseUrl.mask("jdbc:oracle:thin:scott/s3cret@ora:1521:XE"))
                .isEqualTo("jdbc:oracle:thin:***@ora:1521:XE");
        assertThat(DatabaseUrl.mask("jdbc:oracle:thin:@//ora:1521/svc")).isEqualTo("jdbc:oracle:thin:@//ora:1521/svc");
        assertThat(parse("postgresql://u:s3cret@h/db?pwd=s3cret").masked()).doesNotContain("s3cret");
    }
}
