plugins {
    id("org.flywaydb.flyway") version "11.14.1"
}

flyway { url = "jdbc:postgresql://pg-prod.acme.internal:5432/shop" } // expect: remote-migration-url "`./gradlew flywayClean` on any laptop drops every table on pg-prod.acme.internal"

flyway {
    cleanDisabled = false // expect: destructive-schema-setting
    url = "jdbc:postgresql://$dbHost:5432/shop" // clean: built at run time
    url = System.getenv("FLYWAY_URL") // clean: from the environment of the run
    url.set("jdbc:postgresql://host.docker.internal/shop") // clean: the machine itself, from a container
}
